#include "core/io/XlsxWriter.h"

#include "core/db/Error.h"
#include "core/io/Csv.h"
#include "core/io/FileName.h"
#include "core/io/ZipArchive.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <xlsxwriter.h>

#include <cerrno>
#include <limits>

namespace ud::core {

namespace {

// The context the messages of this file are translated under; written Tr::tr() so that lupdate files them there.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ud::core::XlsxWriter)
};

// Excel keeps at most this many characters in a cell.
constexpr int MaxCellLength = 32767;

// Day 0 of Excel's 1900 date system as it counts from March 1900 on (its phantom 29 February 1900 before).
const qint64 ExcelEpoch = QDate(1899, 12, 30).toJulianDay();
const QDate FirstExactDate(1900, 3, 1);

QString sheetNameFor(const QString& name, const QStringList& taken)
{
    QString clean;
    for (QChar c : name.trimmed()) {
        if (QStringLiteral("[]:*?/\\").contains(c) || c.category() == QChar::Other_Control)
            clean += QLatin1Char('_');
        else
            clean += c;
    }
    while (clean.startsWith(QLatin1Char('\'')))
        clean.remove(0, 1);
    while (clean.endsWith(QLatin1Char('\'')))
        clean.chop(1);
    if (clean.isEmpty())
        clean = QStringLiteral("Sheet");
    clean = clean.left(31);
    QString candidate = clean;
    for (int n = 2; taken.contains(candidate, Qt::CaseInsensitive); ++n) {
        const QString suffix = QStringLiteral(" (%1)").arg(n);
        candidate = clean.left(31 - suffix.size()) + suffix;
    }
    return candidate;
}

QDate dateOf(const QVariant& value)
{
    if (value.typeId() == QMetaType::QDate)
        return value.toDate();
    if (value.typeId() == QMetaType::QDateTime)
        return value.toDateTime().date();
    return QDate::fromString(value.toString().left(10), Qt::ISODate);
}

/// libxlsxwriter does not check its writes to the scratch files that hold the rows in constant-memory mode:
/// on a full disk it can zip a cut-off worksheet and report success. So each worksheet must end properly and
/// its last row must be the last row written (`lastRows`: the 1-based row number per worksheet, 0 for none).
bool isComplete(const QString& path, const QList<int>& lastRows)
{
    static const QByteArray rowTag = QByteArrayLiteral("<row r=\"");
    try {
        const ZipArchive archive(path, ZipArchive::Check::Consistency);
        for (int sheet = 0; sheet < lastRows.size(); ++sheet) {
            const QString name = QStringLiteral("xl/worksheets/sheet%1.xml").arg(sheet + 1);
            QByteArray tail; // the end of what was read so far, enough to hold a row tag cut by a piece boundary
            int lastRow = 0;
            // Read in pieces and never held whole, so no size is too large.
            archive.read(
                name,
                [&](const char* data, qsizetype size) {
                    const QByteArray text = tail + QByteArray::fromRawData(data, size);
                    const qsizetype at = text.lastIndexOf(rowTag);
                    if (at >= 0) {
                        const qsizetype end = text.indexOf('"', at + rowTag.size());
                        if (end > 0)
                            lastRow = text.mid(at + rowTag.size(), end - at - rowTag.size()).toInt();
                    }
                    tail = text.right(64);
                    return true;
                },
                std::numeric_limits<qint64>::max());
            if (lastRow != lastRows.at(sheet) || !tail.trimmed().endsWith("</worksheet>"))
                return false;
        }
    } catch (const Error&) {
        return false; // missing, unreadable or damaged: not what was written
    }
    return true;
}

} // namespace

XlsxWriter::XlsxWriter(const QString& path) : m_output(path)
{
    // libxlsxwriter's own scratch files go to the system's temporary folder: its default (the C library's
    // tmpfile()) fails on Windows without administrator rights. It opens them with the C library, which takes
    // the local encoding.
    m_tempDir = QFile::encodeName(QDir::toNativeSeparators(QDir::tempPath()));
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;
    options.tmpdir = m_tempDir.data();
    options.use_zip64 = LXW_FALSE;
    errno = 0;
    m_workbook = workbook_new_opt(fileNameBytes(m_output.tempPath()).constData(), &options);
    if (!m_workbook)
        throw Error(Tr::tr("The workbook %1 could not be started: %2")
                        .arg(QDir::toNativeSeparators(m_output.targetPath()),
                             errno ? qt_error_string(errno) : Tr::tr("out of memory")));
    m_headerFormat = workbook_add_format(m_workbook);
    m_textFormat = workbook_add_format(m_workbook);
    m_dateFormat = workbook_add_format(m_workbook);
    m_moneyFormat = workbook_add_format(m_workbook);
    m_generalFormat = workbook_add_format(m_workbook);
    if (!m_headerFormat || !m_textFormat || !m_dateFormat || !m_moneyFormat || !m_generalFormat)
        throw Error(Tr::tr("The workbook %1 could not be started: %2")
                        .arg(QDir::toNativeSeparators(m_output.targetPath()), Tr::tr("out of memory")));
    format_set_bold(m_headerFormat);
    format_set_num_format(m_textFormat, "@"); // a cell typed into later stays text too
    format_set_num_format(m_dateFormat, "yyyy-mm-dd");
    format_set_num_format(m_moneyFormat, "#,##0.00");
    format_set_num_format(m_generalFormat, "General");
}

XlsxWriter::~XlsxWriter()
{
    if (m_workbook)
        workbook_close(m_workbook); // frees it; the half-written file is removed with the temporary file
}

QString XlsxWriter::failure(int error) const
{
    switch (error) {
    case LXW_ERROR_MEMORY_MALLOC_FAILED:
        return Tr::tr("out of memory");
    case LXW_ERROR_CREATING_XLSX_FILE:
    case LXW_ERROR_CREATING_TMPFILE:
    case LXW_ERROR_READING_TMPFILE:
    case LXW_ERROR_ZIP_FILE_OPERATION:
    case LXW_ERROR_ZIP_FILE_ADD:
    case LXW_ERROR_ZIP_CLOSE:
        // A file operation: the system's reason ("No space left on device") says the most.
        if (errno)
            return qt_error_string(errno);
        return Tr::tr("the file could not be written (%1)").arg(QString::fromUtf8(lxw_strerror(lxw_error(error))));
    case LXW_ERROR_WORKSHEET_INDEX_OUT_OF_RANGE:
        return Tr::tr("more rows or columns than a worksheet can hold");
    default:
        return QString::fromUtf8(lxw_strerror(lxw_error(error)));
    }
}

void XlsxWriter::check(int error, const QString& what)
{
    if (error == LXW_NO_ERROR)
        return;
    throw Error(Tr::tr("The workbook %1 could not be written: %2 (%3).")
                    .arg(QDir::toNativeSeparators(m_output.targetPath()), failure(error), what));
}

void XlsxWriter::addSheet(const QString& name, const QList<XlsxColumn>& columns)
{
    if (!m_workbook)
        throw Error(
            Tr::tr("The workbook %1 is already complete.").arg(QDir::toNativeSeparators(m_output.targetPath())));
    closeSheet();
    const QString sheetName = sheetNameFor(name, m_sheetNames);
    const QByteArray utf8 = sheetName.toUtf8();
    check(workbook_validate_sheet_name(m_workbook, utf8.constData()), Tr::tr("sheet name"));
    errno = 0;
    m_sheet = workbook_add_worksheet(m_workbook, utf8.constData());
    if (!m_sheet)
        check(LXW_ERROR_CREATING_TMPFILE, Tr::tr("new worksheet"));
    m_sheetNames << sheetName;
    m_lastRows << (columns.isEmpty() ? 0 : 1);
    m_columns = columns;
    m_sheetFormats.clear();
    m_firstColumns = int(columns.size());
    m_row = 0;
    m_headerRow = 0;
    m_filterLastRow = -1;

    for (int c = 0; c < columns.size(); ++c) {
        const XlsxColumn& col = columns.at(c);
        lxw_format* format = col.kind == XlsxColumn::Kind::Date    ? m_dateFormat
                             : col.kind == XlsxColumn::Kind::Money ? m_moneyFormat
                             : col.kind == XlsxColumn::Kind::Text  ? m_textFormat
                                                                   : nullptr;
        check(worksheet_set_column(m_sheet, lxw_col_t(c), lxw_col_t(c), col.width, format), Tr::tr("column width"));
        m_sheetFormats << format;
        // A string cell is never run as a formula: the text goes in as it is (an apostrophe would become data).
        const QByteArray title = col.title.left(MaxCellLength).toUtf8();
        check(worksheet_write_string(m_sheet, 0, lxw_col_t(c), title.constData(), m_headerFormat), Tr::tr("header"));
    }
    worksheet_freeze_panes(m_sheet, 1, 0);
}

void XlsxWriter::addRow(const QVariantList& values)
{
    if (!m_sheet)
        throw Error(Tr::tr("The workbook %1 has no worksheet to write to.")
                        .arg(QDir::toNativeSeparators(m_output.targetPath())));
    if (nextRow() > MaxRows)
        check(LXW_ERROR_WORKSHEET_INDEX_OUT_OF_RANGE, Tr::tr("row %1").arg(m_row + 2));
    const lxw_row_t row = lxw_row_t(nextRow());
    const int n = std::min(int(values.size()), int(m_columns.size()));
    bool anyCell = false;
    for (int c = 0; c < n; ++c) {
        const QVariant& value = values.at(c);
        if (value.isNull())
            continue;
        const lxw_col_t col = lxw_col_t(c);
        int error = LXW_NO_ERROR;
        bool written = false;
        switch (m_columns.at(c).kind) {
        case XlsxColumn::Kind::Date: {
            const QDate date = dateOf(value);
            if (date.isValid() && date >= FirstExactDate) {
                error =
                    worksheet_write_number(m_sheet, row, col, double(date.toJulianDay() - ExcelEpoch), m_dateFormat);
                written = true;
            }
            break;
        }
        case XlsxColumn::Kind::Integer:
        case XlsxColumn::Kind::Money: {
            bool ok = false;
            const qint64 number = value.toLongLong(&ok);
            if (ok) {
                const bool money = m_columns.at(c).kind == XlsxColumn::Kind::Money;
                error = worksheet_write_number(m_sheet, row, col, money ? double(number) / 100.0 : double(number),
                                               money ? m_moneyFormat : plainNumberFormat(c));
                written = true;
            }
            break;
        }
        case XlsxColumn::Kind::Decimal: {
            bool ok = false;
            const double number = value.toDouble(&ok);
            if (ok) {
                error = worksheet_write_number(m_sheet, row, col, number, plainNumberFormat(c));
                written = true;
            }
            break;
        }
        case XlsxColumn::Kind::Text:
            break;
        }
        if (!written) {
            // Text, or a value that does not fit its column's kind: kept as the text it is, never guessed.
            const QString text =
                value.typeId() == QMetaType::QDate ? value.toDate().toString(Qt::ISODate) : value.toString();
            if (text.isEmpty())
                continue;
            const QByteArray utf8 = text.left(MaxCellLength).toUtf8();
            error = worksheet_write_string(m_sheet, row, col, utf8.constData(), nullptr);
        }
        if (error != LXW_NO_ERROR)
            check(error, Tr::tr("row %1").arg(m_row + 2));
        anyCell = true;
    }
    ++m_row;
    if (anyCell) // a row of blanks leaves no trace in the worksheet
        m_lastRows.last() = m_headerRow + m_row + 1;
}

void XlsxWriter::addTable(const QString& title, const QList<XlsxColumn>& columns)
{
    if (!m_sheet)
        throw Error(Tr::tr("The workbook %1 has no worksheet to write to.")
                        .arg(QDir::toNativeSeparators(m_output.targetPath())));
    if (m_filterLastRow < 0) {
        // The first table's autofilter now: in constant-memory mode no range may end above the row last written.
        m_filterLastRow = m_row;
        if (m_firstColumns > 0)
            check(worksheet_autofilter(m_sheet, 0, 0, lxw_row_t(m_filterLastRow), lxw_col_t(m_firstColumns - 1)),
                  Tr::tr("autofilter"));
    }
    const int titleRow = nextRow() + 1; // one blank row between tables
    if (titleRow + 2 > MaxRows)
        check(LXW_ERROR_WORKSHEET_INDEX_OUT_OF_RANGE, Tr::tr("row %1").arg(titleRow + 1));
    const QByteArray titleText = title.left(MaxCellLength).toUtf8();
    check(worksheet_write_string(m_sheet, lxw_row_t(titleRow), 0, titleText.constData(), m_headerFormat),
          Tr::tr("header"));
    for (int c = 0; c < columns.size(); ++c) {
        const QByteArray text = columns.at(c).title.left(MaxCellLength).toUtf8();
        check(worksheet_write_string(m_sheet, lxw_row_t(titleRow + 1), lxw_col_t(c), text.constData(), m_headerFormat),
              Tr::tr("header"));
    }
    m_columns = columns;
    m_headerRow = titleRow + 1;
    m_row = 0;
    m_lastRows.last() = m_headerRow + 1;
}

void XlsxWriter::addChart(const XlsxChart& spec)
{
    if (!m_sheet)
        throw Error(Tr::tr("The workbook %1 has no worksheet to write to.")
                        .arg(QDir::toNativeSeparators(m_output.targetPath())));
    uint8_t type = LXW_CHART_COLUMN;
    switch (spec.type) {
    case XlsxChart::Type::Column:
        type = LXW_CHART_COLUMN;
        break;
    case XlsxChart::Type::Bar:
        type = LXW_CHART_BAR;
        break;
    case XlsxChart::Type::Line:
        type = LXW_CHART_LINE;
        break;
    case XlsxChart::Type::Pie:
        type = LXW_CHART_PIE;
        break;
    }
    lxw_chart* chart = workbook_add_chart(m_workbook, type);
    if (!chart)
        check(LXW_ERROR_MEMORY_MALLOC_FAILED, Tr::tr("chart"));
    // The strings are copied by libxlsxwriter.
    const QByteArray sheet = m_sheetNames.last().toUtf8();
    const QByteArray title = spec.title.toUtf8();
    if (!title.isEmpty())
        chart_title_set_name(chart, title.constData());
    const lxw_row_t first = lxw_row_t(spec.firstRow);
    const lxw_row_t last = lxw_row_t(std::max(spec.firstRow, spec.lastRow));
    for (const XlsxChart::Series& s : spec.series) {
        lxw_chart_series* series = chart_add_series(chart, nullptr, nullptr);
        if (!series)
            check(LXW_ERROR_MEMORY_MALLOC_FAILED, Tr::tr("chart"));
        chart_series_set_categories(series, sheet.constData(), first, lxw_col_t(spec.categoryColumn), last,
                                    lxw_col_t(spec.categoryColumn));
        chart_series_set_values(series, sheet.constData(), first, lxw_col_t(s.column), last, lxw_col_t(s.column));
        if (s.nameRow >= 0)
            chart_series_set_name_range(series, sheet.constData(), lxw_row_t(s.nameRow), lxw_col_t(s.column));
    }
    if (spec.series.size() < 2 && spec.type != XlsxChart::Type::Pie)
        chart_legend_set_position(chart, LXW_CHART_LEGEND_NONE);
    else
        chart_legend_set_position(chart, LXW_CHART_LEGEND_BOTTOM);
    check(worksheet_insert_chart(m_sheet, lxw_row_t(spec.anchorRow), lxw_col_t(spec.anchorColumn), chart),
          Tr::tr("chart"));
}

lxw_format* XlsxWriter::plainNumberFormat(int column) const
{
    // A cell without a format takes its column's: a number of a further table under a date or text column of the
    // first one is given the general format instead.
    return column < m_sheetFormats.size() && m_sheetFormats.at(column) ? m_generalFormat : nullptr;
}

void XlsxWriter::closeSheet()
{
    if (!m_sheet)
        return;
    if (m_filterLastRow < 0 && m_firstColumns > 0)
        check(worksheet_autofilter(m_sheet, 0, 0, lxw_row_t(m_row), lxw_col_t(m_firstColumns - 1)),
              Tr::tr("autofilter"));
    m_sheet = nullptr;
}

void XlsxWriter::finish()
{
    if (!m_workbook)
        throw Error(
            Tr::tr("The workbook %1 is already complete.").arg(QDir::toNativeSeparators(m_output.targetPath())));
    closeSheet();
    if (m_sheetNames.isEmpty())
        addSheet(QStringLiteral("Sheet1"), {}); // a workbook needs one worksheet
    closeSheet();
    errno = 0;
    lxw_workbook* workbook = m_workbook;
    m_workbook = nullptr;
    const lxw_error error = workbook_close(workbook);
    if (error != LXW_NO_ERROR) {
        const QString reason = failure(error);
        m_output.discard();
        throw Error(Tr::tr("The workbook %1 could not be written: %2.")
                        .arg(QDir::toNativeSeparators(m_output.targetPath()), reason));
    }
    if (!isComplete(m_output.tempPath(), m_lastRows)) {
        m_output.discard();
        throw Error(Tr::tr("The workbook %1 could not be written completely; the disk may be full.")
                        .arg(QDir::toNativeSeparators(m_output.targetPath())));
    }
    m_output.commit();
}

} // namespace ud::core
