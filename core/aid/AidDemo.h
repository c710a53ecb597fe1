#pragma once

#include "core/db/Database.h"

#include <QDate>

namespace ud::core {

/// Fills the mutual aid of a database that has a roster with realistic, synthetic data: the university's scheme
/// (爱心大病医疗互助, natural years) and the provincial one (省产业工会大病医疗互助, 1 November to 31 October), each
/// with its last three periods up to today and a rule table of its own; most active members of every sub-union
/// enrolled (some with two shares, paid by salary deduction, in cash or by transfer); claims in every state, some
/// members with several in one period, a few refused by a guard and kept as rejected; the fees, payouts, donations
/// and interest in the fund's ledger, with one reversal. Everything goes through the repositories, so every rule
/// holds and every row has its change history. The same seed and day give the same data.
class AidDemo {
public:
    struct Options {
        quint64 seed = 1;
        QDate today = QDate::currentDate();
        /// Claims in the university's newest period, of which the period running today gets its share by the days
        /// passed (a benchmark's large period); 0: as many as in the other periods, about 3 in 100 enrolled members'
        /// (the provincial scheme's periods about half as many).
        int newestClaims = 0;
    };
    struct Summary {
        int schemes = 0;
        int periods = 0;
        int enrollments = 0;
        int claims = 0;
        int paid = 0;
        int rejected = 0;   // by a review, or refused by a guard and kept
        int inReview = 0;   // draft up to approved by the committee
        qint64 payouts = 0; // fen
        int ledgerEntries = 0;
    };
    /// Refused with ValidationError when mutual-aid schemes are already recorded or the roster has fewer than 10
    /// active members.
    static Summary generate(Database& db, const Options& options);
};

} // namespace ud::core
