#include "core/io/XlsxSheetParser.h"

#include "core/io/ZipArchive.h"
#include "core/members/DateText.h"

#include <QCoreApplication>

#include <cmath>

namespace ud::core::xlsx {

namespace {

using namespace xml;

// The sheet's messages are part of XlsxReader's; written Tr::tr() so that lupdate files them there.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ud::core::XlsxReader)
};

// The rows of a worksheet. Shared strings are put in at once; a shared string that is empty leaves an empty cell.
class SheetHandler {
public:
    explicit SheetHandler(const SheetContext& context)
        : m_sheetName(context.sheetName), m_strings(context.sharedStrings), m_dateStyles(context.dateStyles),
          m_date1904(context.date1904)
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

QList<XlsxReader::Row> readSheetRows(ZipArchive& zip, const QString& part, const SheetContext& context,
                                     QString* failure)
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
    return std::move(handler.rows);
}

} // namespace ud::core::xlsx
