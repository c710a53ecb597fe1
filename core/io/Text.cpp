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

qsizetype forbiddenCharacter(QStringView s, bool multiline)
{
    for (qsizetype i = 0; i < s.size(); ++i) {
        const char16_t u = s.at(i).unicode();
        if (u >= 0x20 && u < 0x7F)
            continue; // most characters: printable ASCII
        if (u < 0x20) {
            if (multiline && (u == u'\t' || u == u'\n' || u == u'\r'))
                continue;
            return i;
        }
        if ((u >= 0x7F && u <= 0x9F) || u == 0x061C || (u >= 0x200B && u <= 0x200F) || (u >= 0x202A && u <= 0x202E) ||
            (u >= 0x2060 && u <= 0x206F) || u == 0xFEFF)
            return i;
    }
    return -1;
}

} // namespace ud::core::Text
