#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ud::core {

/// How a percentage is cut to its decimals. Published reports differ: most round half-up (a table may then sum to
/// 99 or 101), some truncate, and some give the lost points to the largest remainders so the table sums to 100.
enum class Rounding { HalfUp, Truncate, LargestRemainder };

/// The decimals and the rounding of the percentages of a report.
struct PercentOptions {
    int decimals = 0; // 0 to MaxDecimals
    Rounding rounding = Rounding::HalfUp;

    static constexpr int MaxDecimals = 4;
};

/// The key of a rounding as the command line writes it: half-up, truncate, largest-remainder.
QString roundingKey(Rounding rounding);
/// The rounding of a key; nullopt for an unknown key.
std::optional<Rounding> roundingFromKey(const QString& key);

/// The percentages of `counts` in `total` as text with the options' decimals ("33", "33.33"), in exact integer
/// arithmetic. A total of 0 (or less) gives an empty text for every count. With LargestRemainder the parts are
/// truncated and the units still missing go one each to the largest remainders (the earlier row first on a tie), so
/// that they add up to exactly 100 when the counts add up to the total; when they do not (some cases are in no row),
/// to their own sum's share rounded half-up. Nothing else is adjusted.
QStringList percentages(const QList<qint64>& counts, qint64 total, const PercentOptions& options = {});
/// The percentage of one count (a rate such as the filing rate): half-up or truncated as the options say;
/// LargestRemainder rounds one figure half-up.
QString percentage(qint64 count, qint64 total, const PercentOptions& options = {});

} // namespace ud::core
