#include "support/AidBuilders.h"
#include "support/TestDatabase.h"
#include "support/catch.h"

#include "core/db/Error.h"

#include <QFile>
#include <QTemporaryDir>

using namespace ud::core;
using ud::test::AidFixture;
using ud::test::TestDatabase;

namespace {

QString refusal(const std::function<void()>& f)
{
    try {
        f();
    } catch (const ValidationError& e) {
        return e.message();
    }
    return {};
}

qint64 payoutOf(Database& db, qint64 id)
{
    return ClaimRepository(db).require(id).payout();
}

/// Enrolls a new active member of the fixture's first sub-union on `day`.
qint64 enrollNew(AidFixture& f, const QString& staffNo, const QDate& day, qint64 periodId = 0)
{
    const qint64 m = ud::test::addMember(f.db, staffNo, QStringLiteral("新会员") + staffNo, f.unitIds.first());
    AidEnrollment e;
    e.periodId = periodId ? periodId : f.periodId;
    e.memberId = m;
    e.enrolled = day;
    EnrollmentRepository(f.db).add(e);
    return m;
}

void writeFile(const QString& path, const QString& text)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(text.toUtf8());
}

} // namespace

// The fixture's rules: inpatient over ¥5,000 progressive, 50 % up to ¥20,000, 60 % up to ¥50,000, 70 % above, capped
// at ¥30,000; outpatient over ¥3,000 at 50 % of everything above (whole), capped at ¥10,000; ¥35,000 in all.
TEST_CASE("Stored claims pay on the member's cumulative amount; an earlier claim or a rejection recomputes the later "
          "ones",
          "[aid][claims]")
{
    TestDatabase t;
    auto db = t.open();
    AidFixture f(*db);
    ClaimRepository claims(*db);

    const qint64 c1 = claims.submit(f.claim(0, 12000, QDate(2024, 2, 1)));
    CHECK(payoutOf(*db, c1) == 350000); // (12,000 − 5,000) × 50 %
    const qint64 c2 = claims.submit(f.claim(0, 18000, QDate(2024, 4, 1)));
    CHECK(payoutOf(*db, c2) == 1000000); // on 30,000: 7,500 + 6,000 = 13,500, less 3,500
    const qint64 c3 = claims.submit(f.claim(0, 40000, QDate(2024, 6, 1)));
    CHECK(payoutOf(*db, c3) == 1650000); // on 70,000: 39,500 capped at 30,000, less 13,500
    const qint64 o1 = claims.submit(f.claim(0, 13000, QDate(2024, 7, 1), QStringLiteral("outpatient")));
    CHECK(payoutOf(*db, o1) == 500000); // (13,000 − 3,000) × 50 %; 30,000 + 5,000 is the overall cap
    const qint64 o2 = claims.submit(f.claim(0, 3000, QDate(2024, 8, 1), QStringLiteral("outpatient")));
    CHECK(payoutOf(*db, o2) == 0); // the overall cap of ¥35,000 is reached
    // Another member's claims are their own.
    CHECK(payoutOf(*db, claims.submit(f.claim(1, 12000, QDate(2024, 4, 1)))) == 350000);

    // A claim treated before them, submitted later, comes first; the unpaid later claims follow it.
    // (The fixture's members are first-time members: treatment counts from 2024-01-31, 30 days into the period.)
    const qint64 c0 = claims.submit(f.claim(0, 6000, QDate(2024, 1, 31)));
    CHECK(payoutOf(*db, c0) == 50000);
    CHECK(payoutOf(*db, c1) == 600000);  // on 18,000: 6,500, less 500
    CHECK(payoutOf(*db, c2) == 1060000); // on 36,000: 7,500 + 9,600 = 17,100, less 6,500
    CHECK(payoutOf(*db, c3) == 1290000); // on 76,000: capped at 30,000, less 17,100
    CHECK(payoutOf(*db, o1) == 500000);

    // A rejected claim pays nothing and no longer counts.
    claims.reject(c1, QStringLiteral("发票不全"));
    CHECK(claims.require(c1).status == ClaimStatus::Rejected);
    CHECK(payoutOf(*db, c1) == 0);
    CHECK(payoutOf(*db, c2) == 940000); // on 24,000: 7,500 + 2,400 = 9,900, less 500
    CHECK(claims.recompute(f.periodId) == 0);

    // The trace says how the payout came about.
    const QString text = traceLines(traceFromJson(claims.require(c2).trace.toUtf8())).join(QLatin1Char('\n'));
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("24,000.00")));
    CHECK(text.contains(QStringLiteral("500.00")));
    CHECK(text.contains(QStringLiteral("9,400.00")));
}

TEST_CASE("A claim is refused by each guard, the refusal naming its rule", "[aid][claims]")
{
    TestDatabase t;
    auto db = t.open();
    AidFixture f(*db);
    ClaimRepository claims(*db);

    SECTION("not enrolled")
    {
        const qint64 m = ud::test::addMember(*db, QStringLiteral("B001"), QStringLiteral("未参加"), f.unitIds.first());
        AidClaim c = f.claim(0, 8000, QDate(2024, 3, 1));
        c.memberId = m;
        const QString why = refusal([&] { claims.submit(c); });
        CHECK(why.contains(QStringLiteral("only enrolled members claim")));
        CHECK(why.contains(QStringLiteral("未参加")));
    }
    SECTION("inside the waiting period of a first-time member")
    {
        const qint64 m = enrollNew(f, QStringLiteral("B002"), QDate(2024, 1, 20));
        AidClaim c = f.claim(0, 8000, QDate(2024, 2, 18));
        c.memberId = m;
        const QString why = refusal([&] { claims.submit(c); });
        CHECK(why.contains(QStringLiteral("waiting period")));
        CHECK(why.contains(QStringLiteral("2024-02-19")));
        c.treatedFrom = QDate(2024, 2, 19);
        CHECK(claims.compute(c).total() == 150000);
    }
    SECTION("no waiting period for a member of an earlier period")
    {
        const qint64 p2023 = PeriodRepository(*db).importRules(
            AidRuleTable::fromJson(ud::test::aidRulesJson(QStringLiteral("爱心大病医疗互助"), QStringLiteral("2023"),
                                                          QStringLiteral("2023-01-01"), QStringLiteral("2023-12-31"))));
        const qint64 m = enrollNew(f, QStringLiteral("B003"), QDate(2022, 12, 1), p2023);
        AidEnrollment e;
        e.periodId = f.periodId;
        e.memberId = m;
        e.enrolled = QDate(2024, 1, 20);
        EnrollmentRepository(*db).add(e);
        AidClaim c = f.claim(0, 8000, QDate(2024, 1, 25));
        c.memberId = m;
        CHECK(refusal([&] { claims.submit(c); }).isEmpty());
    }
    SECTION("treatment outside the period")
    {
        const QString why = refusal([&] { claims.submit(f.claim(0, 8000, QDate(2025, 1, 2))); });
        CHECK(why.contains(QStringLiteral("treatment inside the period")));
        CHECK(why.contains(QStringLiteral("2025-01-02")));
    }
    SECTION("received after the scheme's months")
    {
        AidClaim c = f.claim(0, 8000, QDate(2024, 3, 10)); // ends 2024-03-17
        c.received = QDate(2024, 9, 18);
        const QString why = refusal([&] { claims.submit(c); });
        CHECK(why.contains(QStringLiteral("claims within 6 month(s)")));
        c.received = QDate(2024, 9, 17);
        CHECK(refusal([&] { claims.submit(c); }).isEmpty());
    }
    SECTION("a lump sum once per member and scheme")
    {
        AidClaim c = f.claim(1, 8000, QDate(2024, 3, 1));
        c.illness = QStringLiteral("恶性肿瘤");
        const qint64 first = claims.submit(c);
        CHECK(claims.require(first).lumpSum == 1000000);
        c.treatedFrom = QDate(2024, 5, 1);
        c.treatedTo = QDate(2024, 5, 3);
        c.received = QDate(2024, 5, 20);
        CHECK(refusal([&] { claims.submit(c); }).contains(QStringLiteral("lump sum once per member")));
        // Once the first is rejected, the lump sum may be claimed again.
        claims.reject(first, QStringLiteral("诊断证明不符"));
        CHECK(claims.require(claims.submit(c)).lumpSum == 1000000);
    }
    SECTION("a claim a guard refuses is kept as rejected with the reason")
    {
        const AidClaim c = f.claim(0, 8000, QDate(2025, 1, 2));
        const QString why = refusal([&] { claims.submit(c); });
        const qint64 id = claims.submitRejected(c, why);
        const AidClaim stored = claims.require(id);
        CHECK(stored.status == ClaimStatus::Rejected);
        CHECK(stored.payout() == 0);
        CHECK(stored.reason.contains(QStringLiteral("treatment inside the period")));
    }
    CHECK(LedgerRepository(*db).ofPeriod(f.periodId).isEmpty());
}

TEST_CASE("Enrollment rules: once per period, shares, retirees, closing day", "[aid][claims]")
{
    TestDatabase t;
    auto db = t.open();
    AidFixture f(*db);
    EnrollmentRepository enrollments(*db);
    const qint64 m = ud::test::addMember(*db, QStringLiteral("C001"), QStringLiteral("晚报名"), f.unitIds.first());
    AidEnrollment e;
    e.periodId = f.periodId;
    e.memberId = m;
    e.enrolled = QDate(2024, 2, 1);
    CHECK(refusal([&] { enrollments.add(e); }).contains(QStringLiteral("enrollment closed (2024-01-31)")));
    e.enrolled = QDate(2024, 1, 31);
    e.shares = 2;
    CHECK(refusal([&] { enrollments.add(e); }).contains(QStringLiteral("at most 1 share(s)")));
    e.shares = 1;
    const qint64 id = enrollments.add(e);
    e.id = 0;
    CHECK(refusal([&] { enrollments.add(e); }).contains(QStringLiteral("already enrolled")));
    CHECK(enrollments.require(id).memberId == m);

    db->exec(QStringLiteral("UPDATE members SET status = 'retired' WHERE staff_no = 'A001'"));
    CHECK(refusal([&] {
              AidEnrollment r = enrollments.byMember(f.periodId, f.memberIds.first()).value();
              r.note = QStringLiteral("退休");
              enrollments.update(r);
          }).contains(QStringLiteral("does not take retired members")));
}

TEST_CASE("The ledger: fees posted once, a paid claim as an expense, a reversal, the balance", "[aid][claims]")
{
    TestDatabase t;
    auto db = t.open();
    AidFixture f(*db);
    LedgerRepository ledger(*db);
    ClaimRepository claims(*db);
    const AidPeriod period = PeriodRepository(*db).require(f.periodId);

    CHECK(ledger.postFees(f.periodId, QDate(2024, 1, 15)).size() == 2); // members' fees and the school's part
    CHECK(ledger.balanceAfter(period) == 4 * 12000);
    CHECK(ledger.postFees(f.periodId, QDate(2024, 1, 16)).isEmpty()); // nothing new

    LedgerEntry donation;
    donation.periodId = f.periodId;
    donation.posted = QDate(2024, 2, 1);
    donation.kind = LedgerKind::Donation;
    donation.amount = 1000000;
    const qint64 donationId = ledger.post(donation);
    CHECK(ledger.balanceAfter(period) == 48000 + 1000000);

    const qint64 id = claims.submit(f.claim(0, 15000, QDate(2024, 3, 1)));
    CHECK(refusal([&] {
              claims.pay(id, QDate(2024, 5, 10), QStringLiteral("记-051"));
          }).contains(QStringLiteral("once the committee approved it")));
    for (int i = 0; i < 3; ++i)
        claims.advance(id);
    claims.pay(id, QDate(2024, 5, 10), QStringLiteral("记-051"));
    CHECK(claims.require(id).status == ClaimStatus::Paid);
    const QList<LedgerEntry> entries = ledger.ofPeriod(f.periodId);
    REQUIRE(entries.size() == 4);
    CHECK(entries.last().kind == LedgerKind::Claim);
    CHECK(entries.last().amount == -500000);
    CHECK(entries.last().claimId == id);
    CHECK(ledger.balanceAfter(period) == 1048000 - 500000);
    // A paid claim is not computed again, and cannot be rejected.
    CHECK(claims.recompute(f.periodId) == 0);
    CHECK_FALSE(refusal([&] { claims.reject(id, QStringLiteral("x")); }).isEmpty());

    // The donation was booked twice in the office's books: reversed, not edited.
    const qint64 reversal = ledger.reverse(donationId, QDate(2024, 6, 1), QStringLiteral("重复入账"));
    CHECK(ledger.require(reversal).amount == -1000000);
    CHECK(ledger.require(reversal).reversesId == donationId);
    CHECK(ledger.require(donationId).amount == 1000000);
    CHECK(ledger.balanceAfter(period) == 48000 - 500000);
    CHECK(refusal([&] { ledger.reverse(donationId, QDate(2024, 6, 2)); }).contains(QStringLiteral("already reversed")));
    CHECK(refusal([&] { ledger.reverse(reversal, QDate(2024, 6, 2)); }).contains(QStringLiteral("not reversed again")));

    // The next period starts from this balance.
    const qint64 p2025 = PeriodRepository(*db).importRules(
        AidRuleTable::fromJson(ud::test::aidRulesJson(QStringLiteral("爱心大病医疗互助"), QStringLiteral("2025"),
                                                      QStringLiteral("2025-01-01"), QStringLiteral("2025-12-31"))));
    CHECK(ledger.balanceBefore(PeriodRepository(*db).require(p2025)) == 48000 - 500000);
}

TEST_CASE("Enrollment and claims imports store every row or none, naming each bad row", "[aid][claims]")
{
    TestDatabase t;
    auto db = t.open();
    AidFixture f(*db, 2);
    ud::test::addMember(*db, QStringLiteral("D001"), QStringLiteral("周敏"), f.unitIds.first());
    ud::test::addMember(*db, QStringLiteral("D002"), QStringLiteral("吴刚"), f.unitIds.last());
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    EnrollmentRepository enrollments(*db);
    ClaimRepository claims(*db);

    const QString bad = dir.filePath(QStringLiteral("bad.csv"));
    writeFile(bad, QStringLiteral("工号,姓名,份数,缴费日期,缴费方式\n"
                                  "D001,周敏,1,2023-12-05,工资代扣\n"
                                  "D002,吴刚,3,2023-12-05,现金\n"
                                  "D999,无名,1,2023-12-05,现金\n"
                                  "D002,吴刚,1,2023-12-05,支票\n"));
    EnrollmentRepository::ImportResult r = enrollments.importFile(f.periodId, bad);
    INFO(r.errors.join(QLatin1Char('\n')).toStdString());
    CHECK(r.errors.size() == 3);
    CHECK(r.errors.at(0).startsWith(QStringLiteral("row 3:")));
    CHECK(r.errors.at(1).startsWith(QStringLiteral("row 4:")));
    CHECK(r.errors.at(1).contains(QStringLiteral("D999")));
    CHECK(r.errors.at(2).startsWith(QStringLiteral("row 5:")));
    CHECK(enrollments.ofPeriod(f.periodId).size() == 2);

    const QString good = dir.filePath(QStringLiteral("good.csv"));
    writeFile(good, QStringLiteral("工号,姓名,份数,缴费日期,缴费方式\n"
                                   "D001,周敏,1,2023-12-05,工资代扣\n"
                                   "D002,吴刚,1,2023-12-06,现金\n"
                                   "A001,会员1,1,2023-12-01,工资代扣\n"));
    r = enrollments.importFile(f.periodId, good);
    CHECK(r.errors.isEmpty());
    CHECK(r.added == 2);
    CHECK(r.unchanged + r.updated == 1);
    const QList<AidEnrollment> all = enrollments.ofPeriod(f.periodId);
    CHECK(all.size() == 4);
    for (const AidEnrollment& e : all)
        if (e.staffNo == QLatin1String("D002"))
            CHECK(e.paidBy == FeePayment::Cash);

    // Claims: the rows are computed in the order of treatment, whatever the file's order.
    const QString claimsBad = dir.filePath(QStringLiteral("claims-bad.csv"));
    writeFile(claimsBad, QStringLiteral("工号,项目,就诊日期,金额,疾病\n"
                                        "D001,住院,2024-05-01,18000,\n"
                                        "D001,inpatient,2024-02-01,12000,\n"
                                        "D002,牙科,2024-03-01,100,\n"
                                        "D002,住院,2024-03-01,abc,\n"
                                        "D002,住院,2024-03-01,9000,感冒\n"));
    ClaimRepository::ImportResult c = claims.importFile(f.periodId, claimsBad);
    INFO(c.errors.join(QLatin1Char('\n')).toStdString());
    CHECK(c.errors.size() == 3);
    CHECK(c.errors.at(0).startsWith(QStringLiteral("row 4:")));
    CHECK(c.errors.at(0).contains(QStringLiteral("牙科")));
    CHECK(c.errors.at(1).startsWith(QStringLiteral("row 5:")));
    CHECK(c.errors.at(2).startsWith(QStringLiteral("row 6:")));
    CHECK(claims.ofPeriod(f.periodId).isEmpty());

    const QString claimsGood = dir.filePath(QStringLiteral("claims.csv"));
    writeFile(claimsGood, QStringLiteral("工号,项目,就诊日期,自付,自理,自费,疾病\n"
                                         "D001,住院,2024-05-01,10000,5000,3000,\n"
                                         "D001,inpatient,2024-02-01,12000,0,0,\n"
                                         "D002,住院,2024-03-01,9000,0,0,恶性肿瘤\n"));
    const ClaimRepository::ImportResult dry = claims.importFile(f.periodId, claimsGood, true);
    CHECK(dry.errors.isEmpty());
    CHECK(dry.added == 3);
    CHECK(claims.ofPeriod(f.periodId).isEmpty());
    c = claims.importFile(f.periodId, claimsGood);
    CHECK(c.errors.isEmpty());
    CHECK(c.added == 3);
    // 3,500 + (13,500 − 3,500) + 2,000 + 10,000
    CHECK(c.payout == 350000 + 1000000 + 200000 + 1000000);
    const QList<AidClaim> stored = claims.ofPeriod(f.periodId);
    REQUIRE(stored.size() == 3);
    CHECK(stored.at(0).treatedFrom == QDate(2024, 2, 1));
    CHECK(stored.at(0).payout() == 350000);
    CHECK(stored.at(2).eligible() == 1800000);
    CHECK(stored.at(2).payout() == 1000000);
}
