#include "core/io/XlsxSheetParser.h"

#include "core/io/DateText.h"
#include "core/io/ZipArchive.h"

#include <QCoreApplication>

#include <cmath>

namespace ud::core::xlsx {

namespace {

using namespace xml;

// The sheet's messages are part of XlsxReader's; written Tr::tr() so that lupdate files them there.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ud::core::XlsxReader)
};

// The column and row of a cell reference such as "Q50001" (column zero-based, row as the spreadsheet shows it); false
// when it is none.
bool cellPosition(std::string_view reference, int* column, int* row)
{
    size_t letters = 0;
    while (letters < reference.size() && ((reference[letters] >= 'A' && reference[letters] <= 'Z') ||
                                          (reference[letters] >= 'a' && reference[letters] <= 'z')))
        ++letters;
    *column = columnOf(reference.data(), qsizetype(letters));
    bool ok = false;
    *row = letters < reference.size() ? toInt(reference.substr(letters), &ok) : 0;
    return *column >= 0 && ok && *row > 0;
}

QString tooManyRowsMessage(const QString& sheetName)
{
    return Tr::tr("sheet %1 has more than %L2 rows, the most that is read from one sheet. Split it into smaller files.")
        .arg(sheetName)
        .arg(XlsxReader::kMaxRows);
}

QString tooManyCellsMessage(const QString& sheetName)
{
    return Tr::tr("sheet %1 has more than %L2 cells, the most that is read from one sheet (each row counts from column "
                  "A to its last filled cell). Delete the columns that are not needed, or split the sheet into smaller "
                  "files.")
        .arg(sheetName)
        .arg(XlsxReader::kMaxCells);
}

// The rows of a worksheet. A cell with a shared string holds the string's index until resolveSharedStrings().
class SheetHandler {
public:
    explicit SheetHandler(const SheetContext& context)
        : m_sheetName(context.sheetName), m_dateStyles(context.dateStyles), m_date1904(context.date1904)
    {
    }

    XmlParser* parser = nullptr;
    QList<XlsxReader::Row> rows;
    std::vector<bool> sharedUsed;

    void start(const char* qualified, const char** attributes)
    {
        if (m_skip > 0 || m_inValue) { // inside a formula, or an element inside a value
            ++m_skip;
            return;
        }
        const char* name = localName(qualified);
        if (m_inInline) {
            m_inline.start(name);
        } else if (equals(name, "c")) {
            startCell(attributes);
        } else if (equals(name, "v")) {
            m_inValue = true;
            m_text.clear();
        } else if (equals(name, "is")) {
            m_inInline = true;
            m_inline.clear();
        } else if (equals(name, "f")) {
            m_skip = 1;
        } else if (equals(name, "row")) {
            startRow(attributes);
        } else if (equals(name, "dimension")) {
            checkDimension(attribute(attributes, "ref"));
        }
    }

    void end(const char* qualified)
    {
        if (m_skip > 0) {
            --m_skip;
            return;
        }
        const char* name = localName(qualified);
        if (m_inInline) {
            if (!equals(name, "is")) {
                m_inline.end(name);
                return;
            }
            m_inInline = false;
            if (m_type == Type::Inline)
                m_value = QString::fromUtf8(m_inline.text.data(), qsizetype(m_inline.text.size()));
        } else if (m_inValue) { // the end of the <v>
            m_inValue = false;
            QVariant v = value();
            // An inline string's <is> wins over a <v>.
            if (!(m_type == Type::Inline && !m_value.isNull()))
                m_value = std::move(v);
        } else if (equals(name, "c")) {
            // An empty string is an empty cell, as a spreadsheet shows it.
            const bool emptyText = m_value.typeId() == QMetaType::QString &&
                                   static_cast<const QString*>(m_value.constData())->isEmpty(); // without a copy
            if (!m_value.isNull() && !emptyText) {
                if (m_row.cells.size() <= m_column)
                    m_row.cells.resize(m_column + 1);
                m_row.cells[m_column] = std::move(m_value);
                m_rowHasValue = true;
            }
            m_value = QVariant();
        } else if (equals(name, "row")) {
            finishRow();
        } else if (equals(name, "sheetData")) {
            finishRow();
            parser->stop(); // the rest of the sheet is layout
        }
    }

    void text(const char* data, int length)
    {
        if (m_skip > 0)
            return;
        if (m_inValue)
            m_text.append(data, size_t(length));
        else if (m_inInline)
            m_inline.add(data, length);
    }

    void finishRow()
    {
        if (m_inRow && m_rowHasValue) {
            // The limits are checked as the rows come, so that a sheet that is too large costs no more than them.
            if (rows.size() >= XlsxReader::kMaxRows)
                return fail(tooManyRowsMessage(m_sheetName));
            m_cells += m_row.cells.size();
            if (m_cells > XlsxReader::kMaxCells)
                return fail(tooManyCellsMessage(m_sheetName));
            // A row far narrower than the one before it keeps no more room than it needs.
            if (m_row.cells.capacity() > 2 * m_row.cells.size() + 16)
                m_row.cells.squeeze();
            m_width = int(m_row.cells.size());
            rows.append(std::move(m_row));
        }
        m_row = XlsxReader::Row();
        m_row.cells.reserve(m_width); // most rows are as wide as the one before
        m_inRow = false;
        m_rowHasValue = false;
    }

private:
    enum class Type { Number, Shared, Inline, String, Bool, Date };

    void fail(const QString& why)
    {
        parser->stop(why);
        m_value = QVariant();
    }

    // The used range the sheet declares before its rows ("A1:Q50001"): a sheet too large is refused before any row is
    // read. A range that cannot be read is left to the rows.
    void checkDimension(const char* reference)
    {
        if (!reference)
            return;
        const std::string_view range(reference);
        const size_t colon = range.find(':');
        int firstColumn = 0, firstRow = 0, lastColumn = 0, lastRow = 0;
        if (!cellPosition(range.substr(0, colon), &firstColumn, &firstRow))
            return;
        if (colon == std::string_view::npos) {
            lastColumn = firstColumn;
            lastRow = firstRow;
        } else if (!cellPosition(range.substr(colon + 1), &lastColumn, &lastRow)) {
            return;
        }
        const qint64 rowCount = qint64(lastRow) - firstRow + 1;
        if (rowCount > XlsxReader::kMaxRows)
            fail(tooManyRowsMessage(m_sheetName));
        else if (rowCount * (lastColumn + 1) > XlsxReader::kMaxCells)
            fail(tooManyCellsMessage(m_sheetName));
    }

    void startRow(const char** attributes)
    {
        finishRow();
        m_inRow = true;
        const char* r = attribute(attributes, "r");
        m_row.number = !r || !*r ? m_lastRow + 1 : toIntOrZero(r);
        if (m_row.number <= 0)
            return fail(Tr::tr("a row number in sheet %1 is not valid.").arg(m_sheetName));
        m_lastRow = m_row.number;
        m_column = -1;
    }

    void startCell(const char** attributes)
    {
        const char* ref = nullptr;
        const char* type = nullptr;
        m_style = 0;
        for (const char** a = attributes; *a; a += 2) {
            if (a[0][0] == 0 || a[0][1] != 0)
                continue;
            if (a[0][0] == 'r')
                ref = a[1];
            else if (a[0][0] == 't')
                type = a[1];
            else if (a[0][0] == 's')
                m_style = toIntOrZero(a[1]);
        }
        // columnOf() stops at the first character that is no letter (the terminating null at the latest) or at the
        // fourth letter: the length of the reference is not needed.
        m_column = !ref || !*ref ? m_column + 1 : columnOf(ref, 4);
        if (m_column < 0 || m_column > 16383)
            return fail(Tr::tr("the cell reference \"%1\" in sheet %2 is not valid.")
                            .arg(QString::fromUtf8(ref ? ref : ""), m_sheetName));
        if (!type || !*type || equals(type, "n"))
            m_type = Type::Number;
        else if (equals(type, "s"))
            m_type = Type::Shared;
        else if (equals(type, "inlineStr"))
            m_type = Type::Inline;
        else if (equals(type, "b"))
            m_type = Type::Bool;
        else if (equals(type, "d"))
            m_type = Type::Date;
        else // "str" (a formula's text), "e" (an error such as #N/A)
            m_type = Type::String;
        m_value = QVariant();
    }

    // The value of the <v> just read, by the type of its cell.
    QVariant value()
    {
        const std::string_view text(m_text);
        switch (m_type) {
        case Type::Shared: {
            bool ok = false;
            const int i = toInt(trimmed(text), &ok);
            if (!ok || i < 0) {
                fail(Tr::tr("a cell in sheet %1 refers to a missing shared string.").arg(m_sheetName));
                return {};
            }
            if (i >= XlsxReader::kMaxSharedStrings) {
                fail(tooManySharedStringsMessage());
                return {};
            }
            if (size_t(i) >= sharedUsed.size())
                sharedUsed.resize(size_t(i) + 1);
            sharedUsed[size_t(i)] = true;
            return QVariant(i);
        }
        case Type::Inline:
        case Type::String:
            return QString::fromUtf8(text.data(), qsizetype(text.size()));
        case Type::Bool: {
            const std::string_view t = trimmed(text);
            return QVariant(t == "1" || (t.size() == 4 && qstrnicmp(t.data(), "true", 4) == 0));
        }
        case Type::Date: {
            const QString s = QString::fromUtf8(text.data(), qsizetype(text.size()));
            const QDate d = QDate::fromString(s.left(10), Qt::ISODate);
            return d.isValid() ? QVariant(d) : QVariant(s);
        }
        case Type::Number:
            break;
        }
        if (text.empty())
            return QVariant();
        bool ok = false;
        const double number = toDouble(trimmed(text), &ok);
        if (!ok) {
            fail(Tr::tr("the number \"%1\" in sheet %2 is not valid.")
                     .arg(QString::fromUtf8(text.data(), qsizetype(text.size())), m_sheetName));
            return {};
        }
        if (m_style >= 0 && m_style < m_dateStyles.size() && m_dateStyles.at(m_style)) {
            const QDate d = fromExcelSerial(m_date1904 ? number + 1462 : number);
            if (d.isValid())
                return QVariant(d);
        }
        return QVariant(number);
    }

    const QString& m_sheetName;
    const QList<bool>& m_dateStyles;
    const bool m_date1904;

    XlsxReader::Row m_row;
    bool m_inRow = false;
    bool m_rowHasValue = false;
    int m_lastRow = 0;
    int m_column = -1;
    int m_width = 0;    // of the row before
    qint64 m_cells = 0; // in the rows so far
    Type m_type = Type::Number;
    int m_style = 0;
    QVariant m_value;
    int m_skip = 0; // depth inside an element whose content is not read
    bool m_inValue = false;
    std::string m_text; // the text of the <v>; kept from cell to cell, a number needs no allocation of its own
    bool m_inInline = false;
    RichText m_inline;
};

} // namespace

QString tooManySharedStringsMessage()
{
    return Tr::tr("the workbook has more than %L1 shared strings (the texts its cells share), the most that is read.")
        .arg(XlsxReader::kMaxSharedStrings);
}

SheetRows readSheetRows(ZipArchive& zip, const QString& part, const SheetContext& context, QString* failure)
{
    SheetHandler handler(context);
    XmlParser parser(handler);
    handler.parser = &parser;
    bool ok = true;
    zip.read(part, [&](const char* data, qsizetype size) { return ok = parser.parse(data, size, false); });
    if (ok)
        ok = parser.parse(nullptr, 0, true);
    if (!ok && !parser.succeeded()) {
        *failure = !parser.failure().isEmpty()
                       ? parser.failure()
                       : Tr::tr("sheet %1 is damaged (%2).").arg(context.sheetName, parser.error());
        return {};
    }
    handler.finishRow();
    if (!parser.failure().isEmpty()) { // the last row was one too many
        *failure = parser.failure();
        return {};
    }
    return {std::move(handler.rows), std::move(handler.sharedUsed)};
}

void resolveSharedStrings(QList<XlsxReader::Row>& rows, const QList<QString>& strings, const QString& sheetName,
                          QString* failure)
{
    qsizetype kept = 0;
    for (qsizetype r = 0; r < rows.size(); ++r) {
        XlsxReader::Row& row = rows[r];
        bool hasValue = false;
        for (QVariant& cell : row.cells) {
            if (cell.typeId() == QMetaType::Int) {
                const int i = *static_cast<const int*>(cell.constData());
                if (i >= strings.size()) {
                    *failure = Tr::tr("a cell in sheet %1 refers to a missing shared string.").arg(sheetName);
                    return;
                }
                // An empty string is an empty cell, as a spreadsheet shows it.
                const QString& s = strings.at(i);
                cell = s.isEmpty() ? QVariant() : QVariant(s);
            }
            hasValue = hasValue || !cell.isNull();
        }
        if (!hasValue) // nothing but empty strings
            continue;
        if (kept != r)
            rows[kept] = std::move(row);
        ++kept;
    }
    rows.resize(kept);
}

} // namespace ud::core::xlsx
