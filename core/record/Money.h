#pragma once

#include <QString>

#include <optional>

namespace ud::core {

/// Money is kept in whole fen (qint64) everywhere: stored, computed and exported; yuan appear only in texts.

/// Fen as yuan with two decimals and thousands separators ("12,000.00"); `plain` without separators ("12000.00").
/// Negative amounts have a leading minus.
QString yuanText(qint64 fen, bool plain = false);
/// Reads a yuan amount ("1200", "1,200.5", "¥1200.50", "1200元") as fen; nullopt when it is not an amount with at most
/// two decimals, or when it is negative and `allowNegative` is false.
std::optional<qint64> parseYuan(const QString& text, bool allowNegative = false);

} // namespace ud::core
