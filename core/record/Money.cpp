#include "core/record/Money.h"

#include <QRegularExpression>

namespace ud::core {

QString yuanText(qint64 fen, bool plain)
{
    const bool negative = fen < 0;
    const quint64 abs = negative ? quint64(-(fen + 1)) + 1 : quint64(fen);
    QString whole = QString::number(abs / 100);
    if (!plain)
        for (qsizetype i = whole.size() - 3; i > 0; i -= 3)
            whole.insert(i, QLatin1Char(','));
    return QStringLiteral("%1%2.%3")
        .arg(negative ? QStringLiteral("-") : QString(), whole)
        .arg(abs % 100, 2, 10, QLatin1Char('0'));
}

std::optional<qint64> parseYuan(const QString& text, bool allowNegative)
{
    QString t = text.trimmed();
    t.remove(QLatin1Char(','));
    t.remove(QChar(0xFF0C)); // ，
    if (t.startsWith(QChar(0xA5)) || t.startsWith(QChar(0xFFE5)))
        t = t.mid(1).trimmed();
    if (t.endsWith(QChar(0x5143))) // 元
        t.chop(1);
    static const QRegularExpression pattern(QStringLiteral("^(-?)(\\d{1,13})(?:\\.(\\d{0,2}))?$"));
    const QRegularExpressionMatch m = pattern.match(t.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    const bool negative = !m.captured(1).isEmpty();
    if (negative && !allowNegative)
        return std::nullopt;
    const qint64 fen = m.captured(2).toLongLong() * 100 + m.captured(3).leftJustified(2, QLatin1Char('0')).toLongLong();
    return negative ? -fen : fen;
}

} // namespace ud::core
