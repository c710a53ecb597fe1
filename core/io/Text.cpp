#include "core/io/Text.h"

namespace ud::core::Text {

QString cleaned(const QString& s)
{
    QString t = s;
    t.replace(QChar(0x3000), QLatin1Char(' '));
    t = t.trimmed();
    return t.isNull() ? QStringLiteral("") : t;
}

QString halfWidthTrimmed(const QString& s)
{
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
