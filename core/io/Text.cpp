#include "core/io/Text.h"

namespace ud::core::Text {

namespace {

bool isTrimmedSpace(char16_t u)
{
    // What QString::trimmed() removes, plus the ideographic space.
    return u == 0x3000 || QChar::isSpace(u);
}

} // namespace

QString cleaned(const QString& s)
{
    // Most cells need nothing done: the same string is returned without a copy.
    if (!s.isNull() && (s.isEmpty() || (!isTrimmedSpace(s.front().unicode()) && !isTrimmedSpace(s.back().unicode()) &&
                                        !s.contains(QChar(0x3000)))))
        return s;
    QString t = s;
    t.replace(QChar(0x3000), QLatin1Char(' '));
    t = t.trimmed();
    return t.isNull() ? QStringLiteral("") : t;
}

QString halfWidthTrimmed(const QString& s)
{
    bool change = s.isNull();
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        if (u == 0x3000 || (u >= 0xFF01 && u <= 0xFF5E)) {
            change = true;
            break;
        }
    }
    if (!change && (s.isEmpty() || (!QChar::isSpace(s.front().unicode()) && !QChar::isSpace(s.back().unicode()))))
        return s;
    QString t = s;
    for (QChar& c : t) {
        const char16_t u = c.unicode();
        if (u == 0x3000)
            c = QLatin1Char(' ');
        else if (u >= 0xFF01 && u <= 0xFF5E)
            c = QChar(char16_t(u - 0xFEE0));
    }
    t = t.trimmed();
    return t.isNull() ? QStringLiteral("") : t;
}

} // namespace ud::core::Text
