#pragma once

#include "core/db/Database.h"

#include <QDate>

namespace ud::core {

/// Fills the awards of a database that has a roster with realistic, synthetic data: the default award types, the
/// awards history of the four years before today's (as if imported from the old lists), and this year's rounds at every
/// stage: 优秀工会积极分子 taking nominations (quotas from 2 % of each sub-union's active members), 三育人先进 in
/// review (scored, 60/40 with a public vote, selected within the quotas), 最美教师 in its 公示 from today with an
/// objection not yet handled, and 巾帼文明岗 final (its 公示 long over, an objection dismissed). Everything goes
/// through the repositories, so every rule holds and every row has its change history. The same seed and day give the
/// same data.
class AwardsDemo {
public:
    struct Options {
        quint64 seed = 1;
        QDate today = QDate::currentDate();
    };
    struct Summary {
        int types = 0;
        int history = 0; // entries of earlier years
        int rounds = 0;
        int nominations = 0;
        int objections = 0;
    };
    /// Refused with ValidationError when award rounds or history are already recorded or the roster has fewer than 20
    /// active members.
    static Summary generate(Database& db, const Options& options);
};

} // namespace ud::core
