#include "support/TestDatabase.h"
#include "support/catch.h"

#include "core/aid/AidDemo.h"
#include "core/aid/AidRepositories.h"
#include "core/db/Error.h"
#include "core/members/DemoData.h"

#include <QHash>
#include <QSet>

using namespace ud::core;
using ud::test::TestDatabase;

namespace {

qint64 sum(Database& db, const QString& sql, const QVariantMap& binds)
{
    return db.scalar(sql, binds).toLongLong();
}

} // namespace

TEST_CASE("The mutual-aid demo fills both schemes with claims in every state, computed on the cumulative amounts, and "
          "a ledger that adds up",
          "[aid][demo]")
{
    TestDatabase t;
    auto db = t.open();
    const QDate today(2026, 12, 2);
    DemoData::Options members;
    members.members = 700;
    members.today = today;
    DemoData::generate(*db, members);
    AidDemo::Options options;
    options.seed = 5;
    options.today = today;
    const AidDemo::Summary s = AidDemo::generate(*db, options);
    CHECK_THROWS_AS(AidDemo::generate(*db, options), ValidationError);
    CHECK(s.schemes == 2);
    CHECK(s.periods == 6);

    // Both schemes, each with its last three periods up to today, its rule table and its enrollment window.
    SchemeRepository schemes(*db);
    PeriodRepository periodRepo(*db);
    const AidScheme university = schemes.requireName(QStringLiteral("爱心大病医疗互助"));
    const AidScheme provincial = schemes.requireName(QStringLiteral("省产业工会大病医疗互助"));
    CHECK(university.fee == university.memberPart + university.schoolPart);
    QStringList keys;
    QList<AidPeriod> periods;
    for (const AidScheme& scheme : {university, provincial}) {
        const QList<AidPeriod> ofScheme = periodRepo.ofScheme(scheme.id);
        for (const AidPeriod& p : ofScheme) {
            keys << p.key;
            periods << p;
            const AidRuleTable rules = periodRepo.ruleTable(p);
            CHECK(rules.part(QStringLiteral("inpatient")));
            CHECK(rules.cap);
            CHECK(rules.lumpSum(QStringLiteral("恶性肿瘤")));
            CHECK(rules.rounding == (scheme.id == university.id ? PayoutRounding::Fen : PayoutRounding::Yuan));
            CHECK(p.enrollOpens < p.enrollCloses);
            CHECK(p.enrollCloses < p.starts);
            CHECK(p.starts <= today);
        }
    }
    keys.sort();
    CHECK(keys == QStringList{"2024", "2024-2025", "2025", "2025-2026", "2026", "2026-2027"});
    CHECK(periodRepo.require(QStringLiteral("省产业工会大病医疗互助"), QStringLiteral("2025-2026")).starts ==
          QDate(2025, 11, 1));

    // Enrollment in every sub-union with active members; some with two shares, fees paid in more than one way.
    const int unitsWithActive =
        db->scalar(QStringLiteral("SELECT COUNT(DISTINCT unit_id) FROM members WHERE status = 'active'")).toInt();
    const AidPeriod newest = periodRepo.require(QStringLiteral("爱心大病医疗互助"), QStringLiteral("2026"));
    CHECK(EnrollmentRepository(*db).totals(newest.id).size() == unitsWithActive);
    CHECK(s.enrollments == db->scalar(QStringLiteral("SELECT COUNT(*) FROM aid_enrollments")).toInt());
    CHECK(db->scalar(QStringLiteral("SELECT COUNT(*) FROM aid_enrollments WHERE shares = 2")).toInt() > 0);
    CHECK(db->scalar(QStringLiteral("SELECT COUNT(DISTINCT paid_by) FROM aid_enrollments")).toInt() >= 2);

    // Claims in every state; each rejected one with its reason, guards' refusals among them.
    ClaimRepository claims(*db);
    QSet<ClaimStatus> statuses;
    QHash<QPair<qint64, qint64>, int> counting; // (period, member) → claims that count
    int waiting = 0, outside = 0, all = 0;
    for (const AidPeriod& p : std::as_const(periods)) {
        for (const AidClaim& c : claims.ofPeriod(p.id)) {
            ++all;
            statuses.insert(c.status);
            if (c.status == ClaimStatus::Rejected) {
                CHECK_FALSE(c.reason.trimmed().isEmpty());
                CHECK(c.payout() == 0);
                waiting += c.reason.contains(QStringLiteral("waiting period")) ? 1 : 0;
                outside += c.reason.contains(QStringLiteral("treatment inside the period")) ? 1 : 0;
            } else {
                ++counting[{p.id, c.memberId}];
            }
            if (c.status == ClaimStatus::Paid) {
                CHECK(c.paid.isValid());
                CHECK(c.paid <= today);
                CHECK_FALSE(c.voucher.isEmpty());
            }
        }
    }
    CHECK(all == s.claims);
    CHECK(statuses.size() == 6);
    CHECK(waiting > 0);
    CHECK(outside > 0);

    // Nothing changes when the periods are computed again; members with several claims in a period are paid on
    // their cumulative amount, each claim what the rules give less what the earlier ones paid.
    for (const AidPeriod& p : std::as_const(periods))
        CHECK(claims.recompute(p.id) == 0);
    int several = 0;
    for (auto it = counting.cbegin(); it != counting.cend(); ++it) {
        if (it.value() < 2)
            continue;
        ++several;
        const AidRuleTable rules = periodRepo.ruleTable(periodRepo.RecordRepository::require(it.key().first));
        AidEarlierClaims earlier;
        for (const AidClaim& c : claims.ofMember(it.key().first, it.key().second)) {
            if (!c.counts())
                continue;
            const AidPayout expected = computePayout(rules, {c.partKey, c.eligible(), {}}, earlier);
            CHECK(c.partPayout == expected.partPayout);
            earlier.eligibleByPart[c.partKey] += c.eligible();
            earlier.paid += c.partPayout;
        }
    }
    CHECK(several > 0);

    // The ledger: the fees as enrolled, every payout, a donation, interest and one reversal; the balance is the
    // income less the payouts.
    LedgerRepository ledger(*db);
    CHECK(db->scalar(QStringLiteral("SELECT COUNT(*) FROM aid_ledger WHERE reverses_id IS NOT NULL")).toInt() == 1);
    CHECK(db->scalar(QStringLiteral("SELECT COUNT(*) FROM aid_ledger WHERE kind = 'donation'")).toInt() > 0);
    CHECK(db->scalar(QStringLiteral("SELECT COUNT(*) FROM aid_ledger WHERE kind = 'interest'")).toInt() > 0);
    qint64 payouts = 0;
    for (const AidScheme& scheme : {university, provincial}) {
        const QVariantMap b{{QStringLiteral("s"), scheme.id}};
        const qint64 income =
            sum(*db,
                QStringLiteral("SELECT COALESCE(SUM(l.amount), 0) FROM aid_ledger l JOIN aid_periods p ON p.id = "
                               "l.period_id WHERE p.scheme_id = :s AND l.kind NOT IN ('claim', 'other_expense')"),
                b);
        const qint64 paid = sum(*db,
                                QStringLiteral("SELECT COALESCE(SUM(c.part_payout + c.lump_sum), 0) FROM aid_claims "
                                               "c JOIN aid_periods p ON p.id = c.period_id WHERE p.scheme_id = :s "
                                               "AND c.status = 'paid'"),
                                b);
        const qint64 fees = sum(*db,
                                QStringLiteral("SELECT COALESCE(SUM(e.fee), 0) FROM aid_enrollments e JOIN "
                                               "aid_periods p ON p.id = e.period_id WHERE p.scheme_id = :s"),
                                b);
        CHECK(fees > 0);
        CHECK(sum(*db,
                  QStringLiteral("SELECT COALESCE(SUM(l.amount), 0) FROM aid_ledger l JOIN aid_periods p ON p.id = "
                                 "l.period_id WHERE p.scheme_id = :s AND l.kind = 'member_fees'"),
                  b) == fees);
        CHECK(paid > 0);
        const AidPeriod last = periodRepo.ofScheme(scheme.id).first();
        CHECK(ledger.balanceAfter(last) == income - paid);
        payouts += paid;
    }
    CHECK(payouts == s.payouts);
}

TEST_CASE("The mutual-aid demo gives the same data for the same seed", "[aid][demo]")
{
    const QDate today(2026, 3, 15);
    QList<QVariantMap> first;
    for (int run = 0; run < 2; ++run) {
        TestDatabase t;
        auto db = t.open();
        DemoData::Options members;
        members.members = 200;
        members.today = today;
        DemoData::generate(*db, members);
        AidDemo::Options options;
        options.seed = 9;
        options.today = today;
        AidDemo::generate(*db, options);
        const QList<QVariantMap> rows = db->rows(
            QStringLiteral("SELECT c.member_id, c.part_key, c.treated_from, c.own_pay, c.status, c.part_payout, "
                           "c.lump_sum, c.reason, p.period_key FROM aid_claims c JOIN aid_periods p ON p.id = "
                           "c.period_id ORDER BY c.id"));
        CHECK(rows.size() > 20);
        if (run == 0)
            first = rows;
        else
            CHECK(rows == first);
    }
}
