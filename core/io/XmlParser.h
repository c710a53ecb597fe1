#pragma once

#include <QByteArray>
#include <QString>

#include <expat.h>

#include <charconv>
#include <cstring>
#include <new>
#include <string_view>

namespace ud::core {

namespace xml {

// The element or attribute name without a namespace prefix ("x:c" → "c"): namespaces are not resolved, which saves
// the parser much work, and a few writers put a prefix on the spreadsheet elements.
inline const char* localName(const char* qualified)
{
    const char* colon = std::strrchr(qualified, ':');
    return colon ? colon + 1 : qualified;
}

inline bool equals(const char* a, const char* b)
{
    return std::strcmp(a, b) == 0;
}

// The value of the attribute with this (qualified) name, or null. Expat hands attributes over as name, value, …, null.
inline const char* attribute(const char** attributes, const char* name)
{
    for (const char** a = attributes; *a; a += 2)
        if (equals(a[0], name))
            return a[1];
    return nullptr;
}

inline QString attributeText(const char** attributes, const char* name)
{
    const char* value = attribute(attributes, name);
    return value ? QString::fromUtf8(value) : QString();
}

inline std::string_view trimmed(std::string_view s)
{
    const auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
    while (!s.empty() && space(s.front()))
        s.remove_prefix(1);
    while (!s.empty() && space(s.back()))
        s.remove_suffix(1);
    return s;
}

// Plain digits are read at once; anything else as Qt reads a number, so that both agree on what is valid.
inline int toInt(std::string_view s, bool* ok)
{
    int value = 0;
    const auto [end, error] = std::from_chars(s.data(), s.data() + s.size(), value);
    if (error == std::errc() && end == s.data() + s.size() && !s.empty()) {
        *ok = true;
        return value;
    }
    return QString::fromUtf8(s.data(), qsizetype(s.size())).toInt(ok);
}

inline int toIntOrZero(const char* s)
{
    bool ok = false;
    const int value = s ? toInt(s, &ok) : 0;
    return ok ? value : 0;
}

inline double toDouble(std::string_view s, bool* ok)
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

} // namespace xml

/// expat with a C++ handler: start(name, attributes), end(name) and text(data, length), in UTF-8 whatever the
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
    QString error() const;

private:
    XML_Parser m_parser;
    void* m_handler;
    bool m_stopped = false;
    QString m_failure;
};

} // namespace ud::core
