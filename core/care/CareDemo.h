#pragma once

#include "core/db/Database.h"

#include <QDate>

namespace ud::core {

/// Fills hardship help and care visits of a database that has a roster with realistic, synthetic data: the standard
/// kinds for last year and this year, care visits across the sub-unions and the months (this year's up to today), a
/// few over a kind's amount or frequency with their recorded reasons, and hardship cases (most in January, before
/// the Spring Festival). Everything goes through the repositories, so every rule holds and every row has its change
/// history. The same seed and day give the same data.
class CareDemo {
public:
    struct Options {
        quint64 seed = 1;
        QDate today = QDate::currentDate();
    };
    struct Summary {
        int kinds = 0;
        int visits = 0;
        int exceptions = 0; // visits recorded with a reason for going over their kind's rules
        int hardshipCases = 0;
    };
    /// Refused with ValidationError when care visits or hardship cases are already recorded or the roster has fewer
    /// than 10 active members.
    static Summary generate(Database& db, const Options& options);
};

} // namespace ud::core
