#include "core/db/HistoryJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

#include <charconv>

namespace ud::core {

namespace {

// A value the direct writer leaves out, as Qt writes it: the value alone in an array, without the brackets.
void appendByQt(QByteArray& out, const QJsonValue& value)
{
    const QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    out.append(array.constData() + 1, array.size() - 2);
}

QJsonValue jsonValue(const QVariant& v)
{
    // A NULL column read back from the driver is a null QVariant of type QString, which QJsonValue::fromVariant
    // turns into "": the history must say null.
    return v.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue::fromVariant(v);
}

void appendValue(QByteArray& out, const QVariant& v)
{
    if (v.isNull()) {
        out += "null";
        return;
    }
    switch (v.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong: {
        const qint64 n = v.toLongLong();
        if (n > (qint64(1) << 53) || n < -(qint64(1) << 53))
            break; // JSON numbers are doubles; leave the rounding to Qt
        char digits[24];
        const auto end = std::to_chars(digits, digits + sizeof digits, n).ptr;
        out.append(digits, end - digits);
        return;
    }
    case QMetaType::QString: {
        const qsizetype start = out.size();
        out += '"';
        if (appendUtf8(out, *static_cast<const QString*>(v.constData()), true)) {
            out += '"';
            return;
        }
        out.truncate(start); // a lone surrogate: left to Qt
        break;
    }
    default:
        break;
    }
    appendByQt(out, jsonValue(v));
}

QByteArray keyPrefix(const QString& key, bool first)
{
    QByteArray prefix(first ? "{" : ",");
    const qsizetype start = prefix.size();
    prefix += '"';
    if (appendUtf8(prefix, key, true)) {
        prefix += '"';
    } else {
        prefix.truncate(start);
        appendByQt(prefix, QJsonValue(key));
    }
    prefix += ':';
    return prefix;
}

} // namespace

bool appendUtf8(QByteArray& out, const QString& text, bool json)
{
    const char16_t* p = reinterpret_cast<const char16_t*>(text.constData());
    const qsizetype n = text.size();
    const qsizetype start = out.size();
    out.resize(start + 6 * n); // at most \u001f for a code unit
    char* o = out.data() + start;
    bool ok = true;
    for (qsizetype k = 0; k < n; ++k) {
        const char16_t c = p[k];
        if (c < 0x80) {
            if (json && (c == u'"' || c == u'\\')) {
                *o++ = '\\';
                *o++ = char(c);
            } else if (json && c < 0x20) {
                *o++ = '\\';
                switch (c) {
                case u'\b':
                    *o++ = 'b';
                    break;
                case u'\f':
                    *o++ = 'f';
                    break;
                case u'\n':
                    *o++ = 'n';
                    break;
                case u'\r':
                    *o++ = 'r';
                    break;
                case u'\t':
                    *o++ = 't';
                    break;
                default: {
                    static const char hex[] = "0123456789abcdef";
                    *o++ = 'u';
                    *o++ = '0';
                    *o++ = '0';
                    *o++ = hex[c >> 4];
                    *o++ = hex[c & 0xF];
                }
                }
            } else {
                *o++ = char(c);
            }
        } else if (c < 0x800) {
            *o++ = char(0xC0 | (c >> 6));
            *o++ = char(0x80 | (c & 0x3F));
        } else if (QChar::isSurrogate(c)) {
            if (!QChar::isHighSurrogate(c) || k + 1 >= n || !QChar::isLowSurrogate(p[k + 1])) {
                ok = false;
                break;
            }
            const char32_t u = QChar::surrogateToUcs4(c, p[++k]);
            *o++ = char(0xF0 | (u >> 18));
            *o++ = char(0x80 | ((u >> 12) & 0x3F));
            *o++ = char(0x80 | ((u >> 6) & 0x3F));
            *o++ = char(0x80 | (u & 0x3F));
        } else {
            *o++ = char(0xE0 | (c >> 12));
            *o++ = char(0x80 | ((c >> 6) & 0x3F));
            *o++ = char(0x80 | (c & 0x3F));
        }
    }
    out.truncate(o - out.constData());
    return ok;
}

HistoryJson::HistoryJson(const QStringList& sortedKeys)
{
    m_keyPrefixes.reserve(sortedKeys.size());
    for (const QString& key : sortedKeys)
        m_keyPrefixes << keyPrefix(key, m_keyPrefixes.isEmpty());
}

void HistoryJson::write(QByteArray& out, const QList<const QVariant*>& values) const
{
    out.truncate(0);
    if (m_keyPrefixes.isEmpty())
        out += '{';
    for (qsizetype i = 0; i < m_keyPrefixes.size(); ++i) {
        out += m_keyPrefixes.at(i);
        appendValue(out, *values.at(i));
    }
    out += '}';
}

QString HistoryJson::write(const QVariantMap& values)
{
    if (values.isEmpty())
        return QString();
    QList<const QVariant*> ordered;
    ordered.reserve(values.size());
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        ordered << &it.value();
    QByteArray out;
    HistoryJson(values.keys()).write(out, ordered);
    return QString::fromUtf8(out);
}

} // namespace ud::core
