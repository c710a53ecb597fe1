#include "core/io/XlsxReader.h"

#include "core/db/Error.h"
#include "core/io/XlsxSheetParser.h"
#include "core/io/XmlParser.h"
#include "core/io/ZipArchive.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <cmath>

namespace ud::core {

namespace {

using namespace xml;
using xlsx::columnOf;
using xlsx::RichText;

// The context the messages of this file are translated under; written Tr::tr() so that lupdate files them there.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ud::core::XlsxReader)
};

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
    struct Handler {
        const QString& sourcePart;
        QHash<QString, Relationship> rels;
        void start(const char* name, const char** attributes)
        {
            if (!equals(localName(name), "Relationship"))
                return;
            const char* mode = attribute(attributes, "TargetMode");
            if (mode && equals(mode, "External"))
                return;
            const QString type = attributeText(attributes, "Type");
            rels.insert(attributeText(attributes, "Id"),
                        {type.mid(type.lastIndexOf(QLatin1Char('/')) + 1),
                         resolveTarget(sourcePart, attributeText(attributes, "Target"))});
        }
        void end(const char*) {}
        void text(const char*, int) {}
    } handler{sourcePart, {}};
    XmlParser parser(handler);
    parser.parseAll(xml); // what a damaged list of relationships names up to the damage is kept
    return handler.rels;
}

} // namespace

XlsxReader::XlsxReader(const QString& path) : m_path(path)
{
    QFile file(path);
    if (file.open(QIODevice::ReadOnly)) { // when it cannot be opened, ZipArchive says why
        const QByteArray magic = file.read(4);
        file.close();
        if (magic == QByteArray("\xD0\xCF\x11\xE0", 4))
            fail(Tr::tr(
                "it is an old Excel 97–2003 workbook (.xls) or a password-protected one. Open it in Excel or WPS, "
                "remove the password if there is one, and save it as an Excel workbook (.xlsx)."));
        if (!ZipArchive::hasZipSignature(magic))
            fail(Tr::tr("it is not an Excel workbook (.xlsx)."));
    }
    m_zip = std::make_unique<ZipArchive>(path);
    readWorkbook();
}

XlsxReader::~XlsxReader() = default;

void XlsxReader::fail(const QString& why) const
{
    throw Error(Tr::tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(m_path), why));
}

QByteArray XlsxReader::readPart(const QString& part, bool required) const
{
    if (!m_zip->contains(part)) {
        if (required)
            fail(Tr::tr("the part %1 is missing; it is not an Excel workbook (.xlsx) or it is damaged.").arg(part));
        return {};
    }
    return m_zip->entry(part, true, kMaxWholePartSize);
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

    struct Handler {
        const QHash<QString, Relationship>& rels;
        QList<SheetEntry> sheets;
        bool date1904 = false;
        void start(const char* qualified, const char** attributes)
        {
            const char* name = localName(qualified);
            if (equals(name, "workbookPr")) {
                const char* v = attribute(attributes, "date1904");
                date1904 = v && (equals(v, "1") || equals(v, "true"));
            } else if (equals(name, "sheet")) {
                // r:id is in the relationships namespace; match by local name whatever the prefix.
                QString relId;
                for (const char** a = attributes; *a; a += 2)
                    if (equals(localName(a[0]), "id"))
                        relId = QString::fromUtf8(a[1]);
                const auto rel = rels.constFind(relId);
                if (rel != rels.constEnd() && rel->type == QLatin1String("worksheet"))
                    sheets.append({attributeText(attributes, "name"), rel->target});
            }
        }
        void end(const char*) {}
        void text(const char*, int) {}
    } handler{rels, {}};
    XmlParser parser(handler);
    if (!parser.parseAll(workbook))
        fail(Tr::tr("the workbook part is damaged (%1).").arg(parser.error()));
    m_sheets = std::move(handler.sheets);
    m_date1904 = handler.date1904;
    if (m_sheets.isEmpty())
        fail(Tr::tr("the workbook has no worksheet."));

    QString stylesPart;
    for (const Relationship& r : rels) {
        if (r.type == QLatin1String("sharedStrings"))
            m_sharedStringsPart = r.target;
        else if (r.type == QLatin1String("styles"))
            stylesPart = r.target;
    }
    if (!stylesPart.isEmpty())
        readStyles(stylesPart);
}

// The shared strings as far as the last one `used` (index → a cell refers to it) names, read as the part is unzipped:
// the others are not kept, and what follows the last one used is not read.
QList<QString> XlsxReader::sharedStrings(const std::vector<bool>& used) const
{
    struct Handler {
        explicit Handler(const std::vector<bool>& usedStrings) : used(usedStrings) {}
        const std::vector<bool>& used;
        XmlParser* parser = nullptr;
        QList<QString> strings; // by index; those no cell uses stay null
        bool inItem = false;
        bool keep = false;
        RichText item;
        void start(const char* qualified, const char** attributes)
        {
            const char* name = localName(qualified);
            if (inItem) {
                item.start(name);
            } else if (equals(name, "si")) {
                inItem = true;
                keep = used[size_t(strings.size())]; // the parse stops after the last one used
                item.clear();
            } else if (equals(name, "sst")) {
                // How many strings the part has, when it says: too many are refused before any is read.
                bool ok = false;
                const qint64 unique = QByteArray(attribute(attributes, "uniqueCount")).toLongLong(&ok);
                if (ok && unique > kMaxSharedStrings)
                    parser->stop(xlsx::tooManySharedStringsMessage());
                else if (ok && unique > 0)
                    strings.reserve(qsizetype(qMin<qint64>(unique, qint64(used.size()))));
            }
        }
        void end(const char* qualified)
        {
            if (!inItem)
                return;
            const char* name = localName(qualified);
            if (!equals(name, "si")) {
                item.end(name);
                return;
            }
            inItem = false;
            strings.append(keep ? QString::fromUtf8(item.text.data(), qsizetype(item.text.size())) : QString());
            if (size_t(strings.size()) >= used.size())
                parser->stop(); // no cell uses the rest
        }
        void text(const char* data, int length)
        {
            if (keep)
                item.add(data, length);
        }
    } handler(used);
    if (used.empty() || m_sharedStringsPart.isEmpty() || !m_zip->contains(m_sharedStringsPart))
        return {}; // a cell that refers to one is refused when the strings are put in
    XmlParser parser(handler);
    handler.parser = &parser;
    bool ok = true;
    m_zip->read(m_sharedStringsPart,
                [&](const char* data, qsizetype size) { return ok = parser.parse(data, size, false); });
    if (ok)
        ok = parser.parse(nullptr, 0, true);
    if (!ok && !parser.succeeded())
        fail(!parser.failure().isEmpty() ? parser.failure()
                                         : Tr::tr("the shared strings are damaged (%1).").arg(parser.error()));
    return std::move(handler.strings);
}

void XlsxReader::readStyles(const QString& part)
{
    struct Handler {
        QHash<int, QString> customFormats;
        QList<int> xfFormats;
        bool inCellXfs = false;
        void start(const char* qualified, const char** attributes)
        {
            const char* name = localName(qualified);
            if (equals(name, "numFmt"))
                customFormats.insert(toIntOrZero(attribute(attributes, "numFmtId")),
                                     attributeText(attributes, "formatCode"));
            else if (equals(name, "cellXfs"))
                inCellXfs = true;
            else if (inCellXfs && equals(name, "xf"))
                xfFormats.append(toIntOrZero(attribute(attributes, "numFmtId")));
        }
        void end(const char* qualified)
        {
            if (equals(localName(qualified), "cellXfs"))
                inCellXfs = false;
        }
        void text(const char*, int) {}
    } handler;
    const QByteArray xml = readPart(part, false);
    XmlParser parser(handler);
    if (!parser.parseAll(xml))
        fail(Tr::tr("the cell formats are damaged (%1).").arg(parser.error()));
    m_dateStyles.reserve(handler.xfFormats.size());
    for (int id : handler.xfFormats)
        m_dateStyles.append(isDateFormat(id, handler.customFormats.value(id)));
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
    return columnOf(reference.utf16(), reference.size());
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
        fail(Tr::tr("the workbook has no sheet number %1.").arg(index + 1));
    return readSheet(m_sheets.at(index));
}

XlsxReader::Sheet XlsxReader::sheet(const QString& name) const
{
    for (const SheetEntry& s : m_sheets)
        if (s.name == name)
            return readSheet(s);
    fail(Tr::tr("the workbook has no sheet named \"%1\" (it has: %2).")
             .arg(name, sheetNames().join(QLatin1String(", "))));
}

XlsxReader::Sheet XlsxReader::readSheet(const SheetEntry& entry) const
{
    if (!m_zip->contains(entry.part))
        fail(Tr::tr("the part %1 is missing; it is not an Excel workbook (.xlsx) or it is damaged.").arg(entry.part));
    QString failure;
    xlsx::SheetRows read = xlsx::readSheetRows(*m_zip, entry.part, {entry.name, m_dateStyles, m_date1904}, &failure);
    // The shared strings after the sheet: only those its cells use are kept, and none are read when it uses none.
    if (failure.isEmpty() && !read.sharedUsed.empty())
        xlsx::resolveSharedStrings(read.rows, sharedStrings(read.sharedUsed), entry.name, &failure);
    if (!failure.isEmpty())
        fail(failure);
    Sheet sheet;
    sheet.name = entry.name;
    sheet.rows = std::move(read.rows);
    return sheet;
}

} // namespace ud::core
