#include "core/io/XlsxReader.h"

#include "core/db/Error.h"
#include "core/io/ZipArchive.h"
#include "core/members/DateText.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <expat.h>

#include <charconv>
#include <cmath>
#include <cstring>
#include <new>
#include <string>

namespace ud::core {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ud::core::XlsxReader", text);
}

// lupdate files a tr() call under the class it stands in: the classes below that are not XlsxReader write Tr::tr().
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

// ---------------------------------------------------------------------------------------------------------
// expat

// The element or attribute name without a namespace prefix ("x:c" → "c"): namespaces are not resolved, which saves
// the parser much work, and a few writers put a prefix on the spreadsheet elements.
const char* localName(const char* qualified)
{
    const char* colon = std::strrchr(qualified, ':');
    return colon ? colon + 1 : qualified;
}

bool equals(const char* a, const char* b)
{
    return std::strcmp(a, b) == 0;
}

// The value of the attribute with this (qualified) name, or null. Expat hands attributes over as name, value, …, null.
const char* attribute(const char** attributes, const char* name)
{
    for (const char** a = attributes; *a; a += 2)
        if (equals(a[0], name))
            return a[1];
    return nullptr;
}

QString attributeText(const char** attributes, const char* name)
{
    const char* value = attribute(attributes, name);
    return value ? QString::fromUtf8(value) : QString();
}

std::string_view trimmed(std::string_view s)
{
    const auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
    while (!s.empty() && space(s.front()))
        s.remove_prefix(1);
    while (!s.empty() && space(s.back()))
        s.remove_suffix(1);
    return s;
}

// Plain digits are read at once; anything else as Qt reads a number, so that both agree on what is valid.
int toInt(std::string_view s, bool* ok)
{
    int value = 0;
    const auto [end, error] = std::from_chars(s.data(), s.data() + s.size(), value);
    if (error == std::errc() && end == s.data() + s.size() && !s.empty()) {
        *ok = true;
        return value;
    }
    return QString::fromUtf8(s.data(), qsizetype(s.size())).toInt(ok);
}

int toIntOrZero(const char* s)
{
    bool ok = false;
    const int value = s ? toInt(s, &ok) : 0;
    return ok ? value : 0;
}

double toDouble(std::string_view s, bool* ok)
{
    // std::from_chars knows no locale and rounds as Qt does; it is tried on what a spreadsheet writes.
    const bool plain =
        !s.empty() && s.find_first_not_of("0123456789.eE+-") == std::string_view::npos && s.front() != '+';
    if (plain) {
        double value = 0;
        const auto [end, error] = std::from_chars(s.data(), s.data() + s.size(), value);
        if (error == std::errc() && end == s.data() + s.size()) {
            *ok = true;
            return value;
        }
    }
    return QString::fromUtf8(s.data(), qsizetype(s.size())).toDouble(ok);
}

// Zero-based column of the letters at the start of `s`; -1 when there are none or more than three.
template <typename Unit> int columnOf(const Unit* s, qsizetype size)
{
    int column = 0;
    int letters = 0;
    for (qsizetype i = 0; i < size; ++i) {
        const auto u = s[i];
        if (u >= 'A' && u <= 'Z')
            column = column * 26 + (u - 'A' + 1);
        else if (u >= 'a' && u <= 'z')
            column = column * 26 + (u - 'a' + 1);
        else
            break;
        if (++letters > 3)
            return -1;
    }
    return letters == 0 ? -1 : column - 1;
}

// expat with a C++ handler: start(name, attributes), end(name) and text(data, length), in UTF-8 whatever the
// encoding of the document. The text of one element may come in several calls (at entities, line ends and the
// ends of the pieces fed to parse()).
class XmlParser {
public:
    template <class Handler>
    explicit XmlParser(Handler& handler) : m_parser(XML_ParserCreate(nullptr)), m_handler(&handler)
    {
        if (!m_parser)
            throw std::bad_alloc();
        XML_SetUserData(m_parser, this);
        XML_SetElementHandler(
            m_parser,
            [](void* p, const XML_Char* name, const XML_Char** attributes) {
                auto* self = static_cast<XmlParser*>(p);
                if (!self->m_stopped)
                    static_cast<Handler*>(self->m_handler)->start(name, attributes);
            },
            [](void* p, const XML_Char* name) {
                auto* self = static_cast<XmlParser*>(p);
                if (!self->m_stopped)
                    static_cast<Handler*>(self->m_handler)->end(name);
            });
        XML_SetCharacterDataHandler(m_parser, [](void* p, const XML_Char* data, int length) {
            auto* self = static_cast<XmlParser*>(p);
            if (!self->m_stopped)
                static_cast<Handler*>(self->m_handler)->text(data, length);
        });
    }
    ~XmlParser() { XML_ParserFree(m_parser); }
    XmlParser(const XmlParser&) = delete;
    XmlParser& operator=(const XmlParser&) = delete;

    /// Parses the next piece of the document (`last` for the end of it). False when the document is damaged or the
    /// handler stopped the parse; parse no more then.
    bool parse(const char* data, qsizetype size, bool last)
    {
        constexpr qsizetype kMaxPiece = 1 << 30; // expat takes an int
        while (size > kMaxPiece) {
            if (XML_Parse(m_parser, data, int(kMaxPiece), XML_FALSE) != XML_STATUS_OK)
                return false;
            data += kMaxPiece;
            size -= kMaxPiece;
        }
        return XML_Parse(m_parser, data, int(size), last ? XML_TRUE : XML_FALSE) == XML_STATUS_OK;
    }
    /// Parses a whole document; true when it is well-formed or the handler stopped without a failure.
    bool parseAll(const QByteArray& xml) { return parse(xml.constData(), xml.size(), true) || succeeded(); }

    /// Ends the parse from a handler: with a failure (a message for the user) or because the rest is not needed.
    void stop(const QString& failure = QString())
    {
        if (m_stopped)
            return;
        m_stopped = true;
        m_failure = failure;
        XML_StopParser(m_parser, XML_FALSE);
    }
    /// The handler stopped the parse without a failure.
    bool succeeded() const { return m_stopped && m_failure.isEmpty(); }
    const QString& failure() const { return m_failure; }
    /// What is wrong with the document and where.
    QString error() const
    {
        return Tr::tr("%1 at line %2, column %3")
            .arg(QString::fromUtf8(XML_ErrorString(XML_GetErrorCode(m_parser))))
            .arg(XML_GetCurrentLineNumber(m_parser))
            .arg(XML_GetCurrentColumnNumber(m_parser) + 1);
    }

private:
    XML_Parser m_parser;
    void* m_handler;
    bool m_stopped = false;
    QString m_failure;
};

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

// The text of an <si> or <is> element: its <t>, or the <t> of each rich-text run <r>; phonetic guides (<rPh>) are
// not part of the value. Fed the elements inside the <si> or <is>.
struct RichText {
    std::string text;
    int phonetic = 0;
    bool inText = false;

    void clear()
    {
        text.clear();
        phonetic = 0;
        inText = false;
    }
    void start(const char* name)
    {
        if (equals(name, "rPh"))
            ++phonetic;
        else if (equals(name, "t"))
            inText = true;
    }
    void end(const char* name)
    {
        if (equals(name, "rPh"))
            --phonetic;
        else if (equals(name, "t"))
            inText = false;
    }
    void add(const char* data, int length)
    {
        if (inText && phonetic == 0)
            text.append(data, size_t(length));
    }
};

// The rows of a worksheet. Shared strings are put in at once; a shared string that is empty leaves an empty cell.
class SheetHandler {
public:
    SheetHandler(const QString& sheetName, const QStringList& strings, const QList<bool>& dateStyles, bool date1904)
        : m_sheetName(sheetName), m_strings(strings), m_dateStyles(dateStyles), m_date1904(date1904)
    {
    }

    XmlParser* parser = nullptr;
    QList<XlsxReader::Row> rows;

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
                if (m_row.cells.size() <= m_column) {
                    m_row.cells.resize(m_column + 1);
                    m_width = qMax(m_width, m_column + 1);
                }
                m_row.cells[m_column] = std::move(m_value);
                m_rowHasValue = true;
            } else if (m_emptySharedString && m_row.cells.size() <= m_column) {
                m_row.cells.resize(m_column + 1);
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
        if (m_inRow && m_rowHasValue)
            rows.append(std::move(m_row));
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
        m_emptySharedString = false;
    }

    // The value of the <v> just read, by the type of its cell.
    QVariant value()
    {
        const std::string_view text(m_text);
        switch (m_type) {
        case Type::Shared: {
            bool ok = false;
            const int i = toInt(trimmed(text), &ok);
            if (!ok || i < 0 || i >= m_strings.size()) {
                fail(Tr::tr("a cell in sheet %1 refers to a missing shared string.").arg(m_sheetName));
                return {};
            }
            const QString& s = m_strings.at(i);
            m_emptySharedString = s.isEmpty();
            return s.isEmpty() ? QVariant() : QVariant(s);
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
    const QStringList& m_strings;
    const QList<bool>& m_dateStyles;
    const bool m_date1904;

    XlsxReader::Row m_row;
    bool m_inRow = false;
    bool m_rowHasValue = false;
    int m_lastRow = 0;
    int m_column = -1;
    int m_width = 0; // of the widest row so far
    Type m_type = Type::Number;
    int m_style = 0;
    QVariant m_value;
    bool m_emptySharedString = false;
    int m_skip = 0; // depth inside an element whose content is not read
    bool m_inValue = false;
    std::string m_text; // the text of the <v>; kept from cell to cell, a number needs no allocation of its own
    bool m_inInline = false;
    RichText m_inline;
};

} // namespace

XlsxReader::XlsxReader(const QString& path) : m_path(path)
{
    QFile file(path);
    if (file.open(QIODevice::ReadOnly)) { // when it cannot be opened, ZipArchive says why
        const QByteArray magic = file.read(4);
        file.close();
        if (magic == QByteArray("\xD0\xCF\x11\xE0", 4))
            fail(tr("it is an old Excel 97–2003 workbook (.xls) or a password-protected one. Open it in Excel or WPS, "
                    "remove the password if there is one, and save it as an Excel workbook (.xlsx)."));
        if (!ZipArchive::hasZipSignature(magic))
            fail(tr("it is not an Excel workbook (.xlsx)."));
    }
    m_zip = std::make_unique<ZipArchive>(path);
    readWorkbook();
}

XlsxReader::~XlsxReader() = default;

void XlsxReader::fail(const QString& why) const
{
    throw Error(tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(m_path), why));
}

QByteArray XlsxReader::readPart(const QString& part, bool required) const
{
    if (!m_zip->contains(part)) {
        if (required)
            fail(tr("the part %1 is missing; it is not an Excel workbook (.xlsx) or it is damaged.").arg(part));
        return {};
    }
    return m_zip->entry(part);
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
        fail(tr("the workbook part is damaged (%1).").arg(parser.error()));
    m_sheets = std::move(handler.sheets);
    m_date1904 = handler.date1904;
    if (m_sheets.isEmpty())
        fail(tr("the workbook has no worksheet."));

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

const QStringList& XlsxReader::sharedStrings() const
{
    if (m_sharedStrings)
        return *m_sharedStrings;
    struct Handler {
        QStringList strings;
        bool inItem = false;
        RichText item;
        void start(const char* qualified, const char** attributes)
        {
            const char* name = localName(qualified);
            if (inItem) {
                item.start(name);
            } else if (equals(name, "si")) {
                inItem = true;
                item.clear();
            } else if (equals(name, "sst")) {
                const int unique = toIntOrZero(attribute(attributes, "uniqueCount"));
                if (unique > 0 && unique < 10'000'000)
                    strings.reserve(unique);
            }
        }
        void end(const char* qualified)
        {
            const char* name = localName(qualified);
            if (!inItem)
                return;
            if (!equals(name, "si")) {
                item.end(name);
                return;
            }
            inItem = false;
            strings.append(QString::fromUtf8(item.text.data(), qsizetype(item.text.size())));
        }
        void text(const char* data, int length) { item.add(data, length); }
    } handler;
    if (!m_sharedStringsPart.isEmpty()) {
        const QByteArray xml = readPart(m_sharedStringsPart, false);
        XmlParser parser(handler);
        if (!parser.parseAll(xml))
            fail(tr("the shared strings are damaged (%1).").arg(parser.error()));
    }
    m_sharedStrings = std::move(handler.strings);
    return *m_sharedStrings;
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
        fail(tr("the cell formats are damaged (%1).").arg(parser.error()));
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

XlsxReader::Sheet XlsxReader::readSheet(const SheetEntry& entry) const
{
    if (!m_zip->contains(entry.part))
        fail(tr("the part %1 is missing; it is not an Excel workbook (.xlsx) or it is damaged.").arg(entry.part));
    const QStringList& strings = sharedStrings();
    SheetHandler handler(entry.name, strings, m_dateStyles, m_date1904);
    XmlParser parser(handler);
    handler.parser = &parser;
    // The sheet is parsed as it is unzipped: the XML of a large sheet is never held whole.
    bool ok = true;
    m_zip->read(entry.part, [&](const char* data, qsizetype size) { return ok = parser.parse(data, size, false); });
    if (ok)
        ok = parser.parse(nullptr, 0, true);
    if (!ok && !parser.succeeded()) {
        if (!parser.failure().isEmpty())
            fail(parser.failure());
        fail(tr("sheet %1 is damaged (%2).").arg(entry.name, parser.error()));
    }
    handler.finishRow();
    Sheet sheet;
    sheet.name = entry.name;
    sheet.rows = std::move(handler.rows);
    return sheet;
}

} // namespace ud::core
