#include "core/io/XlsxReader.h"

#include "core/db/Error.h"
#include "core/io/Cores.h"
#include "core/members/DateText.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QXmlStreamReader>

#include <zip.h>

#include <cmath>
#include <exception>
#include <vector>

namespace ud::core {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ud::core::XlsxReader", text);
}

zip_t* zipOf(void* p)
{
    return static_cast<zip_t*>(p);
}

// A part larger than this is refused rather than read into memory (a zip bomb, or not a roster).
constexpr zip_uint64_t kMaxPartSize = 1024ull * 1024 * 1024;

// The folder of a part ("xl/workbook.xml" → "xl/").
QString folderOf(const QString& part)
{
    const int slash = part.lastIndexOf(QLatin1Char('/'));
    return slash < 0 ? QString() : part.left(slash + 1);
}

// A relationship target is relative to the folder of the part that names it, or absolute from the package root.
QString resolveTarget(const QString& sourcePart, const QString& target)
{
    QString path = target.startsWith(QLatin1Char('/')) ? target.mid(1) : folderOf(sourcePart) + target;
    path = QDir::cleanPath(path);
    return path.startsWith(QLatin1String("./")) ? path.mid(2) : path;
}

QString relsPartOf(const QString& part)
{
    const int slash = part.lastIndexOf(QLatin1Char('/'));
    return folderOf(part) + QStringLiteral("_rels/") + part.mid(slash + 1) + QStringLiteral(".rels");
}

struct Relationship {
    QString type; // the last word of the type URI: "worksheet", "sharedStrings", "styles", "officeDocument"
    QString target;
};

QHash<QString, Relationship> parseRelationships(const QByteArray& xml, const QString& sourcePart)
{
    QHash<QString, Relationship> rels;
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        if (reader.readNext() != QXmlStreamReader::StartElement || reader.name() != QLatin1String("Relationship"))
            continue;
        const auto attrs = reader.attributes();
        if (attrs.value(QLatin1String("TargetMode")) == QLatin1String("External"))
            continue;
        const QString type = attrs.value(QLatin1String("Type")).toString();
        rels.insert(attrs.value(QLatin1String("Id")).toString(),
                    {type.mid(type.lastIndexOf(QLatin1Char('/')) + 1),
                     resolveTarget(sourcePart, attrs.value(QLatin1String("Target")).toString())});
    }
    return rels;
}

// The element name without a namespace prefix ("x:c" → "c"): namespaces are not resolved, which saves the reader
// much work, and a few writers put a prefix on the spreadsheet elements.
QStringView localName(QStringView qualified)
{
    const qsizetype colon = qualified.lastIndexOf(QLatin1Char(':'));
    return colon < 0 ? qualified : qualified.sliced(colon + 1);
}

// The text of an <si> or <is> element: its <t>, or the <t> of each rich-text run <r>; phonetic guides (<rPh>)
// are not part of the value. The reader stands on the start element and ends on its end element.
QString readRichText(QXmlStreamReader& reader)
{
    QString text;
    int depth = 0;
    int phonetic = 0;
    bool inText = false;
    while (!reader.atEnd()) {
        const auto token = reader.readNext();
        if (token == QXmlStreamReader::Characters) {
            if (inText && phonetic == 0)
                text += reader.text();
        } else if (token == QXmlStreamReader::StartElement) {
            ++depth;
            const QStringView name = localName(reader.name());
            if (name == QLatin1String("rPh"))
                ++phonetic;
            else if (name == QLatin1String("t"))
                inText = true;
        } else if (token == QXmlStreamReader::EndElement) {
            if (depth-- == 0)
                break; // the end of the <si> or <is>
            const QStringView name = localName(reader.name());
            if (name == QLatin1String("rPh"))
                --phonetic;
            else if (name == QLatin1String("t"))
                inText = false;
        }
    }
    return text;
}

} // namespace

XlsxReader::XlsxReader(const QString& path) : m_path(path)
{
    const QFileInfo info(path);
    if (!info.exists())
        throw Error(tr("The file %1 does not exist.").arg(QDir::toNativeSeparators(path)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(tr("The file %1 cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    const QByteArray magic = file.read(4);
    file.close();
    if (magic == QByteArray("\xD0\xCF\x11\xE0", 4))
        fail(tr("it is an old Excel 97–2003 workbook (.xls) or a password-protected one. Open it in Excel or WPS, "
                "remove the password if there is one, and save it as an Excel workbook (.xlsx)."));
    if (magic != QByteArray("PK\x03\x04", 4))
        fail(tr("it is not an Excel workbook (.xlsx)."));

    int error = 0;
    m_zip = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY, &error);
    if (!m_zip) {
        zip_error_t ze;
        zip_error_init_with_code(&ze, error);
        const QString why = QString::fromLocal8Bit(zip_error_strerror(&ze));
        zip_error_fini(&ze);
        fail(tr("the file is damaged (%1).").arg(why));
    }
    try {
        readWorkbook();
    } catch (...) {
        zip_discard(zipOf(m_zip));
        m_zip = nullptr;
        throw;
    }
}

XlsxReader::~XlsxReader()
{
    if (m_zip)
        zip_discard(zipOf(m_zip));
}

void XlsxReader::fail(const QString& why) const
{
    throw Error(tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(m_path), why));
}

QByteArray XlsxReader::readPart(const QString& part, bool required) const
{
    zip_t* zip = zipOf(m_zip);
    const zip_int64_t index = zip_name_locate(zip, part.toUtf8().constData(), ZIP_FL_NOCASE);
    if (index < 0) {
        if (required)
            fail(tr("the part %1 is missing; it is not an Excel workbook (.xlsx) or it is damaged.").arg(part));
        return {};
    }
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat_index(zip, zip_uint64_t(index), 0, &st) != 0 || !(st.valid & ZIP_STAT_SIZE))
        fail(tr("the part %1 cannot be read.").arg(part));
    if (st.size > kMaxPartSize)
        fail(tr("the part %1 is too large.").arg(part));
    zip_file_t* f = zip_fopen_index(zip, zip_uint64_t(index), 0);
    if (!f)
        fail(tr("the part %1 cannot be opened (%2).").arg(part, QString::fromLocal8Bit(zip_strerror(zip))));
    QByteArray data(qsizetype(st.size), Qt::Uninitialized);
    zip_int64_t done = 0;
    while (done < zip_int64_t(st.size)) {
        const zip_int64_t n = zip_fread(f, data.data() + done, st.size - zip_uint64_t(done));
        if (n <= 0)
            break;
        done += n;
    }
    const QString why = done == zip_int64_t(st.size) ? QString() : QString::fromLocal8Bit(zip_file_strerror(f));
    zip_fclose(f);
    if (done != zip_int64_t(st.size))
        fail(tr("the part %1 is damaged (%2).").arg(part, why));
    return data;
}

void XlsxReader::readWorkbook()
{
    QString workbookPart = QStringLiteral("xl/workbook.xml");
    const QByteArray packageRels = readPart(QStringLiteral("_rels/.rels"), false);
    for (const Relationship& r : parseRelationships(packageRels, QString()))
        if (r.type == QLatin1String("officeDocument"))
            workbookPart = r.target;
    const QByteArray workbook = readPart(workbookPart, true);
    const auto rels = parseRelationships(readPart(relsPartOf(workbookPart), true), workbookPart);

    QXmlStreamReader reader(workbook);
    while (!reader.atEnd()) {
        if (reader.readNext() != QXmlStreamReader::StartElement)
            continue;
        const auto attrs = reader.attributes();
        if (reader.name() == QLatin1String("workbookPr")) {
            const auto v = attrs.value(QLatin1String("date1904"));
            m_date1904 = v == QLatin1String("1") || v == QLatin1String("true");
        } else if (reader.name() == QLatin1String("sheet")) {
            // r:id is in the relationships namespace; match by local name whatever the prefix.
            QString relId;
            for (const auto& a : attrs)
                if (a.name() == QLatin1String("id"))
                    relId = a.value().toString();
            const auto rel = rels.constFind(relId);
            if (rel != rels.constEnd() && rel->type == QLatin1String("worksheet"))
                m_sheets.append({attrs.value(QLatin1String("name")).toString(), rel->target});
        }
    }
    if (reader.hasError())
        fail(tr("the workbook part is damaged (%1).").arg(reader.errorString()));
    if (m_sheets.isEmpty())
        fail(tr("the workbook has no worksheet."));

    QString sharedPart, stylesPart;
    for (const Relationship& r : rels) {
        if (r.type == QLatin1String("sharedStrings"))
            sharedPart = r.target;
        else if (r.type == QLatin1String("styles"))
            stylesPart = r.target;
    }
    if (!sharedPart.isEmpty())
        readSharedStrings(sharedPart);
    if (!stylesPart.isEmpty())
        readStyles(stylesPart);
}

void XlsxReader::readSharedStrings(const QString& part)
{
    const QByteArray xml = readPart(part, false); // libzip is read on this thread only
    m_sharedStrings = std::async(std::launch::async, [this, xml] {
                          QStringList strings;
                          QXmlStreamReader reader(xml);
                          reader.setNamespaceProcessing(false);
                          while (!reader.atEnd()) {
                              if (reader.readNext() != QXmlStreamReader::StartElement)
                                  continue;
                              const QStringView name = localName(reader.name());
                              if (name == QLatin1String("si")) {
                                  strings.append(readRichText(reader));
                              } else if (name == QLatin1String("sst")) {
                                  const int unique = reader.attributes().value(QLatin1String("uniqueCount")).toInt();
                                  if (unique > 0 && unique < 10'000'000)
                                      strings.reserve(unique);
                              }
                          }
                          if (reader.hasError())
                              fail(tr("the shared strings are damaged (%1).").arg(reader.errorString()));
                          return strings;
                      }).share();
}

void XlsxReader::readStyles(const QString& part)
{
    const QByteArray xml = readPart(part, false);
    QHash<int, QString> customFormats;
    QList<int> xfFormats;
    QXmlStreamReader reader(xml);
    bool inCellXfs = false;
    while (!reader.atEnd()) {
        const auto token = reader.readNext();
        if (token == QXmlStreamReader::StartElement) {
            const auto attrs = reader.attributes();
            if (reader.name() == QLatin1String("numFmt"))
                customFormats.insert(attrs.value(QLatin1String("numFmtId")).toInt(),
                                     attrs.value(QLatin1String("formatCode")).toString());
            else if (reader.name() == QLatin1String("cellXfs"))
                inCellXfs = true;
            else if (inCellXfs && reader.name() == QLatin1String("xf"))
                xfFormats.append(attrs.value(QLatin1String("numFmtId")).toInt());
        } else if (token == QXmlStreamReader::EndElement && reader.name() == QLatin1String("cellXfs")) {
            inCellXfs = false;
        }
    }
    if (reader.hasError())
        fail(tr("the cell formats are damaged (%1).").arg(reader.errorString()));
    m_dateStyles.reserve(xfFormats.size());
    for (int id : xfFormats)
        m_dateStyles.append(isDateFormat(id, customFormats.value(id)));
}

bool XlsxReader::isDateFormat(int numFmtId, const QString& formatCode)
{
    if (formatCode.isEmpty()) {
        // Built-in formats: 14–22 dates and times, 45–47 times; 27–36 and 50–58 are the East Asian date
        // formats (yyyy"年"m"月"d"日" and the like) that Chinese Excel and WPS write without declaring them.
        return (numFmtId >= 14 && numFmtId <= 22) || (numFmtId >= 27 && numFmtId <= 36) ||
               (numFmtId >= 45 && numFmtId <= 47) || (numFmtId >= 50 && numFmtId <= 58);
    }
    // Look at the first section only, without quoted text, escaped characters and [colour]/[$-804] parts.
    QString plain;
    bool quoted = false;
    int bracket = 0;
    for (int i = 0; i < formatCode.size(); ++i) {
        const QChar c = formatCode.at(i);
        if (quoted) {
            quoted = c != QLatin1Char('"');
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char('\\') || c == QLatin1Char('_') || c == QLatin1Char('*')) {
            ++i; // the next character is literal (or padding)
        } else if (c == QLatin1Char('[')) {
            ++bracket;
        } else if (c == QLatin1Char(']')) {
            bracket = qMax(0, bracket - 1);
        } else if (bracket == 0) {
            if (c == QLatin1Char(';'))
                break;
            plain += c.toLower();
        }
    }
    if (plain.contains(QLatin1String("general")))
        return false;
    if (plain.contains(QLatin1Char('y')) || plain.contains(QLatin1Char('d')))
        return true;
    // "m" alone is a month; beside hours or seconds it is minutes.
    return plain.contains(QLatin1Char('m')) && !plain.contains(QLatin1Char('h')) && !plain.contains(QLatin1Char('s'));
}

int XlsxReader::columnIndex(QStringView reference)
{
    int column = 0;
    int letters = 0;
    for (const QChar c : reference) {
        const char16_t u = c.unicode();
        if (u >= u'A' && u <= u'Z')
            column = column * 26 + (u - u'A' + 1);
        else if (u >= u'a' && u <= u'z')
            column = column * 26 + (u - u'a' + 1);
        else
            break;
        if (++letters > 3)
            return -1;
    }
    return letters == 0 ? -1 : column - 1;
}

QString XlsxReader::text(const QVariant& cell)
{
    switch (cell.typeId()) {
    case QMetaType::Double: {
        const double v = cell.toDouble();
        if (std::isfinite(v) && v == std::floor(v) && std::fabs(v) < 1e18)
            return QString::number(static_cast<qint64>(v));
        return QString::number(v, 'g', 15);
    }
    case QMetaType::QDate:
        return cell.toDate().toString(Qt::ISODate);
    case QMetaType::Bool:
        return cell.toBool() ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
    default:
        return cell.isNull() ? QString() : cell.toString();
    }
}

QStringList XlsxReader::sheetNames() const
{
    QStringList names;
    for (const SheetEntry& s : m_sheets)
        names << s.name;
    return names;
}

XlsxReader::Sheet XlsxReader::sheet(int index) const
{
    if (index < 0 || index >= m_sheets.size())
        fail(tr("the workbook has no sheet number %1.").arg(index + 1));
    return readSheet(m_sheets.at(index));
}

XlsxReader::Sheet XlsxReader::sheet(const QString& name) const
{
    for (const SheetEntry& s : m_sheets)
        if (s.name == name)
            return readSheet(s);
    fail(tr("the workbook has no sheet named \"%1\" (it has: %2).").arg(name, sheetNames().join(QLatin1String(", "))));
}

namespace {

// Where the rows of a worksheet can be cut for reading on several threads: the offsets of "<row" start tags (with
// the prefix the sheet uses) that carry their row number, about evenly apart. Empty when the sheet is small or has
// anything a cut could fall into (comments, CDATA).
QList<qsizetype> rowCuts(const QByteArray& xml, int parts)
{
    constexpr qsizetype kMinBytesPerPart = 2 * 1024 * 1024;
    if (parts < 2 || xml.size() < 2 * kMinBytesPerPart)
        return {};
    parts = int(qMin<qsizetype>(parts, xml.size() / kMinBytesPerPart));
    const QByteArrayView all(xml);
    const qsizetype data = all.indexOf("sheetData");
    if (data < 1 || (xml.at(data - 1) != '<' && xml.at(data - 1) != ':'))
        return {};
    const qsizetype open = all.lastIndexOf('<', data);
    const QByteArray prefix = xml.mid(open + 1, data - open - 1); // "" or "x:"
    const qsizetype end = all.indexOf(QByteArray("</" + prefix + "sheetData>"), data);
    if (end < 0)
        return {};
    const QByteArrayView rows = all.sliced(data, end - data);
    if (rows.indexOf("<!--") >= 0 || rows.indexOf("<![CDATA[") >= 0)
        return {};
    const QByteArray rowTag = "<" + prefix + "row r=\"";
    QList<qsizetype> cuts;
    for (int k = 1; k < parts; ++k) {
        const qsizetype at = all.indexOf(rowTag, data + (end - data) * k / parts);
        if (at < 0 || at >= end || (!cuts.isEmpty() && at <= cuts.last()))
            break;
        cuts << at;
    }
    if (!cuts.isEmpty()) {
        cuts.prepend(all.indexOf('>', data) + 1); // the first piece starts right after <sheetData …>
        cuts << end;
    }
    return cuts;
}

} // namespace

XlsxReader::Sheet XlsxReader::readSheet(const SheetEntry& entry) const
{
    const QByteArray xml = readPart(entry.part, true);
    Sheet sheet;
    sheet.name = entry.name;

    // A large sheet is cut between rows and the pieces are read at once on the processor's cores: the XML reader
    // is most of the time of an import from .xlsx.
    const QList<qsizetype> cuts = rowCuts(xml, usableCores());
    if (cuts.size() < 3) {
        sheet.rows = readRows(xml, entry.name);
    } else {
        std::vector<std::future<QList<Row>>> pieces;
        for (qsizetype k = 1; k + 1 < cuts.size(); ++k) {
            const QByteArray piece = "<sheetData>" + xml.mid(cuts.at(k), cuts.at(k + 1) - cuts.at(k)) + "</sheetData>";
            pieces.push_back(
                std::async(std::launch::async, [this, piece, &entry] { return readRows(piece, entry.name); }));
        }
        const QByteArray first = "<sheetData>" + xml.mid(cuts.at(0), cuts.at(1) - cuts.at(0)) + "</sheetData>";
        std::exception_ptr error;
        try {
            sheet.rows = readRows(first, entry.name);
        } catch (...) {
            error = std::current_exception();
        }
        for (auto& piece : pieces) {
            try {
                QList<Row> rows = piece.get();
                if (!error)
                    sheet.rows.append(std::move(rows));
            } catch (...) {
                if (!error)
                    error = std::current_exception();
            }
        }
        if (error)
            std::rethrow_exception(error);
    }

    // The shared strings in place of their index; a row of empty strings only is no row.
    const QStringList strings = m_sharedStrings.valid() ? m_sharedStrings.get() : QStringList();
    qsizetype kept = 0;
    for (qsizetype r = 0; r < sheet.rows.size(); ++r) {
        Row& current = sheet.rows[r];
        bool hasValue = false;
        for (QVariant& cell : current.cells) {
            if (cell.typeId() == QMetaType::Int) {
                const int i = cell.toInt();
                if (i >= strings.size())
                    fail(tr("a cell in sheet %1 refers to a missing shared string.").arg(entry.name));
                cell = strings.at(i).isEmpty() ? QVariant() : QVariant(strings.at(i));
            }
            hasValue = hasValue || !cell.isNull();
        }
        if (hasValue) {
            if (kept != r)
                sheet.rows[kept] = std::move(current);
            ++kept;
        }
    }
    sheet.rows.resize(kept);
    return sheet;
}

QList<XlsxReader::Row> XlsxReader::readRows(const QByteArray& xml, const QString& sheetName) const
{
    QList<Row> rows;
    enum class Type { Number, Shared, Inline, String, Bool, Date };
    QXmlStreamReader reader(xml);
    reader.setNamespaceProcessing(false);
    Row row;
    bool inRow = false;
    bool rowHasValue = false;
    int lastRow = 0;
    int column = -1;
    Type type = Type::Number;
    int style = 0;
    QVariant value;

    const auto finishRow = [&] {
        if (inRow && rowHasValue)
            rows.append(std::move(row));
        row = Row();
        inRow = false;
        rowHasValue = false;
    };
    // The value of the <v> the reader stands on, by the type of its cell.
    QString valueText; // kept from cell to cell: a number or a shared string's index needs no text of its own
    const auto readValue = [&] {
        QString& text = valueText;
        text.truncate(0);
        while (!reader.atEnd()) {
            const auto token = reader.readNext();
            if (token == QXmlStreamReader::Characters)
                text += reader.text();
            else if (token == QXmlStreamReader::EndElement)
                break;
            else if (token == QXmlStreamReader::StartElement)
                reader.skipCurrentElement();
        }
        switch (type) {
        case Type::Shared: {
            bool ok = false;
            const int i = QStringView(text).trimmed().toInt(&ok);
            if (!ok || i < 0)
                fail(tr("a cell in sheet %1 refers to a missing shared string.").arg(sheetName));
            return QVariant(i); // resolved when the shared strings are read
        }
        case Type::Inline:
        case Type::String:
            return QVariant(text);
        case Type::Bool:
            return QVariant(text.trimmed() == QLatin1String("1") ||
                            text.trimmed().compare(QLatin1String("true"), Qt::CaseInsensitive) == 0);
        case Type::Date: {
            const QDate d = QDate::fromString(text.left(10), Qt::ISODate);
            return d.isValid() ? QVariant(d) : QVariant(text);
        }
        case Type::Number:
            break;
        }
        if (text.isEmpty())
            return QVariant();
        bool ok = false;
        const double number = text.toDouble(&ok);
        if (!ok)
            fail(tr("the number \"%1\" in sheet %2 is not valid.").arg(text, sheetName));
        if (style >= 0 && style < m_dateStyles.size() && m_dateStyles.at(style)) {
            const QDate d = fromExcelSerial(m_date1904 ? number + 1462 : number);
            if (d.isValid())
                return QVariant(d);
        }
        return QVariant(number);
    };

    while (!reader.atEnd()) {
        const auto token = reader.readNext();
        if (token == QXmlStreamReader::StartElement) {
            const QStringView name = localName(reader.name());
            if (name == QLatin1String("c")) {
                QStringView ref;
                QStringView typeText;
                style = 0;
                for (const QXmlStreamAttribute& a : reader.attributes()) {
                    const QStringView attribute = a.qualifiedName();
                    if (attribute == QLatin1String("r"))
                        ref = a.value();
                    else if (attribute == QLatin1String("t"))
                        typeText = a.value();
                    else if (attribute == QLatin1String("s"))
                        style = a.value().toInt();
                }
                column = ref.isEmpty() ? column + 1 : columnIndex(ref);
                if (column < 0 || column > 16383)
                    fail(tr("the cell reference \"%1\" in sheet %2 is not valid.").arg(ref.toString(), sheetName));
                if (typeText.isEmpty() || typeText == QLatin1String("n"))
                    type = Type::Number;
                else if (typeText == QLatin1String("s"))
                    type = Type::Shared;
                else if (typeText == QLatin1String("inlineStr"))
                    type = Type::Inline;
                else if (typeText == QLatin1String("b"))
                    type = Type::Bool;
                else if (typeText == QLatin1String("d"))
                    type = Type::Date;
                else // "str" (a formula's text), "e" (an error such as #N/A)
                    type = Type::String;
                value = QVariant();
            } else if (name == QLatin1String("v")) {
                const QVariant v = readValue();
                // An inline string's <is> wins over a <v>.
                if (!(type == Type::Inline && !value.isNull()))
                    value = v;
            } else if (name == QLatin1String("is")) {
                const QString text = readRichText(reader);
                if (type == Type::Inline)
                    value = text;
            } else if (name == QLatin1String("f")) {
                reader.skipCurrentElement();
            } else if (name == QLatin1String("row")) {
                finishRow();
                inRow = true;
                const auto r = reader.attributes().value(QLatin1String("r"));
                row.number = r.isEmpty() ? lastRow + 1 : r.toInt();
                if (row.number <= 0)
                    fail(tr("a row number in sheet %1 is not valid.").arg(sheetName));
                lastRow = row.number;
                column = -1;
            }
        } else if (token == QXmlStreamReader::EndElement) {
            const QStringView name = localName(reader.name());
            if (name == QLatin1String("c")) {
                // An empty string is an empty cell, as a spreadsheet shows it.
                if (!value.isNull() && !(value.typeId() == QMetaType::QString && value.toString().isEmpty())) {
                    if (row.cells.size() <= column)
                        row.cells.resize(column + 1);
                    row.cells[column] = std::move(value);
                    rowHasValue = true;
                }
                value = QVariant();
            } else if (name == QLatin1String("row")) {
                finishRow();
            } else if (name == QLatin1String("sheetData")) {
                break;
            }
        }
    }
    if (reader.hasError())
        fail(tr("sheet %1 is damaged (%2).").arg(sheetName, reader.errorString()));
    finishRow();
    return rows;
}

} // namespace ud::core
