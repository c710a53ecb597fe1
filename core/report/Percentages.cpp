#include "core/report/Percentages.h"

#include <QtGlobal>

#include <algorithm>
#include <numeric>

namespace ud::core {

namespace {

qint64 scaleOf(int decimals)
{
    qint64 scale = 100; // percent
    for (int i = 0; i < decimals; ++i)
        scale *= 10;
    return scale;
}

/// `units` hundredths (for 0 decimals: whole percents) written with `decimals` places: 3333 → "33.33".
QString unitsText(qint64 units, int decimals)
{
    if (decimals == 0)
        return QString::number(units);
    qint64 divisor = 1;
    for (int i = 0; i < decimals; ++i)
        divisor *= 10;
    return QStringLiteral("%1.%2").arg(units / divisor).arg(units % divisor, decimals, 10, QLatin1Char('0'));
}

// The exact value is count * scale / total; these give it cut to whole units.
qint64 truncated(qint64 count, qint64 total, qint64 scale)
{
    return count * scale / total;
}

qint64 halfUp(qint64 count, qint64 total, qint64 scale)
{
    return (2 * count * scale + total) / (2 * total);
}

} // namespace

QString roundingKey(Rounding rounding)
{
    switch (rounding) {
    case Rounding::HalfUp:
        return QStringLiteral("half-up");
    case Rounding::Truncate:
        return QStringLiteral("truncate");
    case Rounding::LargestRemainder:
        return QStringLiteral("largest-remainder");
    }
    return {};
}

std::optional<Rounding> roundingFromKey(const QString& key)
{
    for (Rounding r : {Rounding::HalfUp, Rounding::Truncate, Rounding::LargestRemainder})
        if (roundingKey(r) == key)
            return r;
    return std::nullopt;
}

QStringList percentages(const QList<qint64>& counts, qint64 total, const PercentOptions& options)
{
    QStringList texts;
    if (total <= 0) {
        for (int i = 0; i < counts.size(); ++i)
            texts << QString();
        return texts;
    }
    const int decimals = qBound(0, options.decimals, PercentOptions::MaxDecimals);
    const qint64 scale = scaleOf(decimals);
    QList<qint64> units;
    units.reserve(counts.size());
    switch (options.rounding) {
    case Rounding::HalfUp:
        for (qint64 c : counts)
            units << halfUp(c, total, scale);
        break;
    case Rounding::Truncate:
        for (qint64 c : counts)
            units << truncated(c, total, scale);
        break;
    case Rounding::LargestRemainder: {
        // Hamilton's method: everyone gets the truncated share, the rest goes by the size of what was cut off.
        const qint64 sum = std::accumulate(counts.cbegin(), counts.cend(), qint64(0));
        const qint64 target = halfUp(sum, total, scale);
        QList<int> order(counts.size());
        std::iota(order.begin(), order.end(), 0);
        for (qint64 c : counts)
            units << truncated(c, total, scale);
        std::stable_sort(order.begin(), order.end(),
                         [&](int a, int b) { return counts.at(a) * scale % total > counts.at(b) * scale % total; });
        qint64 missing = target - std::accumulate(units.cbegin(), units.cend(), qint64(0));
        for (int k = 0; missing > 0 && k < order.size(); ++k) {
            if (counts.at(order.at(k)) * scale % total == 0)
                break; // only shares that were cut receive a unit
            ++units[order.at(k)];
            --missing;
        }
        break;
    }
    }
    for (qint64 u : units)
        texts << unitsText(u, decimals);
    return texts;
}

QString percentage(qint64 count, qint64 total, const PercentOptions& options)
{
    PercentOptions single = options;
    if (single.rounding == Rounding::LargestRemainder)
        single.rounding = Rounding::HalfUp;
    return percentages({count}, total, single).constFirst();
}

} // namespace ud::core
