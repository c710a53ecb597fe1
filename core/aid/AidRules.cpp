#include "core/aid/AidRules.h"

#include <QLocale>

namespace ud::core {

QString yuanText(qint64 fen, bool plain)
{
    const bool negative = fen < 0;
    const quint64 abs = negative ? quint64(-(fen + 1)) + 1 : quint64(fen);
    QString whole = QString::number(abs / 100);
    if (!plain)
        for (qsizetype i = whole.size() - 3; i > 0; i -= 3)
            whole.insert(i, QLatin1Char(','));
    return (negative ? QStringLiteral("-") : QString()) + whole + QLatin1Char('.') +
           QStringLiteral("%1").arg(abs % 100, 2, 10, QLatin1Char('0'));
}

std::optional<qint64> parseYuan(const QString& text)
{
    QString t = text.trimmed();
    if (t.startsWith(QChar(0xA5)) || t.startsWith(QChar(0xFFE5)))
        t = t.mid(1).trimmed();
    if (t.endsWith(QChar(0x5143))) // 元
        t.chop(1);
    t.remove(QLatin1Char(','));
    if (t.isEmpty())
        return std::nullopt;
    const qsizetype dot = t.indexOf(QLatin1Char('.'));
    const QString whole = dot < 0 ? t : t.left(dot);
    const QString decimals = dot < 0 ? QString() : t.mid(dot + 1);
    if (whole.isEmpty() || whole.size() > 13 || decimals.size() > 2)
        return std::nullopt;
    for (const QString& part : {whole, decimals})
        for (QChar c : part)
            if (c < QLatin1Char('0') || c > QLatin1Char('9'))
                return std::nullopt;
    return whole.toLongLong() * 100 + (decimals + QStringLiteral("00")).left(2).toLongLong();
}

} // namespace ud::core
