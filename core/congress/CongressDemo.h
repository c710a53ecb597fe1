#pragma once

#include "core/db/Database.h"

#include <QDate>

namespace ud::core {

/// Fills the congress of a database that has a roster with realistic, synthetic data: handling units, two terms of
/// delegations and representatives (with replacements), the proposal committee, sessions of proposals in every state
/// (filed, merged, converted, not filed, withdrawn, late replies, each rating, second rounds after 不满意, 回头看
/// reviews) and inspections with follow-up items. Everything goes through the congress repositories, so every rule
/// holds and every row has its change history. The same seed and day give the same data.
class CongressDemo {
public:
    struct Options {
        int sessions = 4;             // the newest in today's year, one a year before it
        int proposalsPerSession = 60; // items received per session
        quint64 seed = 1;
        QDate today = QDate::currentDate();
    };
    struct Summary {
        int sessions = 0;
        int representatives = 0;
        int proposals = 0;
        int inspections = 0;
    };
    /// Refused with ValidationError when the congress already has sessions or the roster has fewer than 40 active
    /// members.
    static Summary generate(Database& db, const Options& options);
};

} // namespace ud::core
