#include "core/io/TableFile.h"

#include "core/db/Error.h"
#include "core/io/Text.h"
#include "core/io/XlsxReader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

namespace ud::core {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ud::core::TableFile)
};

bool isEmptyRow(const QVariantList& row)
{
    return std::all_of(row.cbegin(), row.cend(), [](const QVariant& v) {
        return v.isNull() || (v.typeId() == QMetaType::QString && Text::cleaned(v.toString()).isEmpty());
    });
}

} // namespace

TableFile TableFile::load(const QString& path, std::optional<Csv::Encoding> encoding)
{
    TableFile table;
    table.path = path;
    QList<QVariantList> rows;
    QList<int> numbers;
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (isOldWorkbook(path))
        throw Error(oldWorkbookMessage(path));
    if (suffix == QLatin1String("xlsx") || suffix == QLatin1String("xlsm")) {
        table.isXlsx = true;
        const XlsxReader reader(path);
        XlsxReader::Sheet sheet = reader.sheet(0);
        table.sheetName = sheet.name;
        rows.reserve(sheet.rows.size());
        numbers.reserve(sheet.rows.size());
        for (XlsxReader::Row& r : sheet.rows) {
            numbers << r.number;
            rows << std::move(r.cells);
        }
    } else {
        Csv::CellTable csv = Csv::readCells(path, encoding);
        table.encoding = csv.encoding;
        rows = std::move(csv.rows);
        // The apostrophe a CSV export puts before a formula-like cell ('=…, '-5) is no part of the value.
        for (QVariantList& row : rows)
            for (QVariant& cell : row)
                if (static_cast<const QString*>(cell.constData())->startsWith(QLatin1Char('\'')))
                    cell = Csv::unescapeFormula(cell.toString());
        numbers.reserve(rows.size());
        for (qsizetype i = 0; i < rows.size(); ++i)
            numbers << int(i + 1);
    }
    int first = 0;
    while (first < rows.size() && isEmptyRow(rows.at(first)))
        ++first;
    if (first >= rows.size())
        throw Error(Tr::tr("%1 holds no rows.").arg(QFileInfo(path).fileName()));
    for (const QVariant& cell : rows.at(first))
        table.header << cellText(cell);
    table.headerRow = numbers.at(first);
    for (int i = first + 1; i < rows.size(); ++i) {
        if (isEmptyRow(rows.at(i)))
            continue;
        table.rowNumbers << numbers.at(i);
        table.rows << std::move(rows[i]);
    }
    return table;
}

bool TableFile::isOldWorkbook(const QString& path)
{
    static const QStringList oldSuffixes{QStringLiteral("xls"), QStringLiteral("xlt"), QStringLiteral("et"),
                                         QStringLiteral("ett")};
    if (oldSuffixes.contains(QFileInfo(path).suffix().toLower()))
        return true;
    // Whatever the name says: a compound file (OLE2) is an .xls, an .et or a workbook protected by a password, never
    // text or an .xlsx. A file that cannot be opened is left to the reader, which says why.
    QFile file(path);
    return file.open(QIODevice::ReadOnly) &&
           file.read(8).startsWith(QByteArrayView("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8));
}

QString TableFile::oldWorkbookMessage(const QString& path)
{
    return Tr::tr("%1 is an Excel 97–2003 workbook (.xls), a WPS workbook (.et) or a workbook protected by a password, "
                  "which cannot be read here. Open it in Excel or WPS, remove the password if there is one, save it "
                  "as an Excel workbook (.xlsx) and import that file.")
        .arg(QFileInfo(path).fileName());
}

QString TableFile::cellText(const QVariant& cell)
{
    if (cell.isNull())
        return QStringLiteral("");
    if (cell.typeId() == QMetaType::QString)
        return Text::cleaned(cell.toString());
    return Text::cleaned(XlsxReader::text(cell));
}

QString TableFile::headerKey(const QString& header)
{
    static const QRegularExpression notes(QStringLiteral(R"(\(.*?\)|【.*?】|\[.*?\])"));
    static const QRegularExpression noise(QStringLiteral(R"([\s*:：#])"));
    QString key = Text::halfWidthTrimmed(header).toLower();
    key.remove(notes);
    key.remove(noise);
    return key;
}

QHash<QString, int> TableFile::matchHeader(const QHash<QString, QString>& aliases) const
{
    QHash<QString, QString> byKey;
    for (auto it = aliases.cbegin(); it != aliases.cend(); ++it)
        byKey.insert(headerKey(it.key()), it.value());
    QHash<QString, int> columns;
    for (int i = 0; i < header.size(); ++i) {
        const QString field = byKey.value(headerKey(header.at(i)));
        if (!field.isEmpty() && !columns.contains(field))
            columns.insert(field, i);
    }
    return columns;
}

QString TableFile::rowMessage(int row, const QString& reason)
{
    return QStringLiteral("row %1: %2").arg(row).arg(reason);
}

int TableFile::messageRow(const QString& message, QString* reason)
{
    static const QRegularExpression prefix(QStringLiteral("^row (\\d+): "));
    const QRegularExpressionMatch m = prefix.match(message);
    if (!m.hasMatch())
        return 0;
    if (reason)
        *reason = message.mid(m.capturedLength());
    return m.captured(1).toInt();
}

QStringList TableFile::cappedMessages(const QStringList& messages, int shown)
{
    if (messages.size() <= shown)
        return messages;
    QStringList list = messages.first(shown);
    const int rest = int(messages.size()) - shown;
    list << QCoreApplication::translate("ud::core::TableFile", "… and %n more problem(s) not listed.", nullptr, rest);
    return list;
}

} // namespace ud::core
