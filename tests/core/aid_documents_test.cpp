#include "support/AidBuilders.h"
#include "support/PdfText.h"
#include "support/TestDatabase.h"
#include "support/TestIds.h"
#include "support/XlsxReadBack.h"
#include "support/catch.h"

#include "core/aid/AidDocuments.h"
#include "core/db/DatabaseSettings.h"
#include "core/db/Error.h"
#include "core/io/ZipArchive.h"
#include "core/members/MemberRepository.h"
#include "core/report/ReportPrinter.h"

#include <QRegularExpression>

using namespace ud::core;
using ud::test::AidFixture;
using ud::test::pdfPageCount;
using ud::test::pdfPages;
using ud::test::pdfRawText;
using ud::test::TestDatabase;

namespace {

/// `text` without any white space: a table cell breaks its text over lines where the layout wants.
QString squeezed(QString text)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return text.remove(space);
}

QString odtContent(const QString& path)
{
    ZipArchive zip(path);
    REQUIRE(zip.contains(QStringLiteral("content.xml")));
    return QString::fromUtf8(zip.entry(QStringLiteral("content.xml")));
}

/// Advances a submitted claim to the committee and pays it on `day`.
void approveAndPay(Database& db, qint64 id, const QDate& day, const QString& voucher)
{
    ClaimRepository claims(db);
    for (int i = 0; i < 3; ++i)
        claims.advance(id);
    claims.pay(id, day, voucher);
}

/// A period counted by hand (爱心大病医疗互助 2024, the fixture's four members with a share each):
///   brought forward: a donation of ¥1,000.00 in 2023;
///   income: members' fees 4 × ¥20 = ¥80.00, the school's part 4 × ¥100 = ¥400.00, a donation of ¥20,000.00;
///   claims: 会员1 inpatient ¥15,000 → (15,000 − 5,000) × 50 % = ¥5,000.00; 会员2 inpatient ¥8,000 with 恶性肿瘤 →
///   ¥1,500.00 and a lump sum of ¥10,000.00; 会员1 outpatient ¥5,000 → (5,000 − 3,000) × 50 % = ¥1,000.00; 会员3
///   inpatient ¥6,000 → ¥500.00, paid and then reversed; 会员4's claim rejected;
///   other expenses: bank charges ¥200.00.
struct CountedPeriod {
    explicit CountedPeriod(Database& database) : db(database), fixture(database)
    {
        DatabaseSettings(db).setValue(settings::UnionName, QStringLiteral("浙江工商大学工会"));
        PeriodRepository periods(db);
        earlierPeriodId = periods.importRules(
            AidRuleTable::fromJson(ud::test::aidRulesJson(QStringLiteral("爱心大病医疗互助"), QStringLiteral("2023"),
                                                          QStringLiteral("2023-01-01"), QStringLiteral("2023-12-31"))));
        LedgerRepository ledger(db);
        LedgerEntry gift;
        gift.periodId = earlierPeriodId;
        gift.posted = QDate(2023, 6, 1);
        gift.kind = LedgerKind::Donation;
        gift.amount = 100000;
        gift.text = QStringLiteral("校友捐赠");
        ledger.add(gift);

        const qint64 p = fixture.periodId;
        ledger.postFees(p, QDate(2024, 1, 15));
        LedgerEntry donation;
        donation.periodId = p;
        donation.posted = QDate(2024, 2, 1);
        donation.kind = LedgerKind::Donation;
        donation.amount = 2000000;
        donation.text = QStringLiteral("爱心捐款");
        ledger.post(donation);
        LedgerEntry charges;
        charges.periodId = p;
        charges.posted = QDate(2024, 12, 20);
        charges.kind = LedgerKind::OtherExpense;
        charges.amount = 20000;
        charges.text = QStringLiteral("银行手续费");
        ledger.post(charges);

        ClaimRepository claims(db);
        first = claims.submit(fixture.claim(0, 15000, QDate(2024, 3, 1)));
        AidClaim withIllness = fixture.claim(1, 8000, QDate(2024, 4, 1));
        withIllness.illness = QStringLiteral("恶性肿瘤");
        withIllness.selfCare = 30000;
        withIllness.excluded = 30000;
        withIllness.documents = QStringLiteral("互助金申请表\n医疗费用发票");
        lumpSum = claims.submit(withIllness);
        outpatient = claims.submit(fixture.claim(0, 5000, QDate(2024, 5, 1), QStringLiteral("outpatient")));
        reversed = claims.submit(fixture.claim(2, 6000, QDate(2024, 6, 1)));
        rejected = claims.submit(fixture.claim(3, 9000, QDate(2024, 7, 1)));
        claims.reject(rejected, QStringLiteral("材料不全"));
        approveAndPay(db, first, QDate(2024, 5, 10), QStringLiteral("记-051"));
        approveAndPay(db, lumpSum, QDate(2024, 5, 10), QStringLiteral("记-052"));
        approveAndPay(db, outpatient, QDate(2024, 6, 10), QStringLiteral("记-061"));
        approveAndPay(db, reversed, QDate(2024, 7, 10), QStringLiteral("记-071"));
        for (const LedgerEntry& e : ledger.ofPeriod(p))
            if (e.claimId == reversed)
                ledger.reverse(e.id, QDate(2024, 7, 20), QStringLiteral("重复支付，冲回"));
    }

    Database& db;
    AidFixture fixture;
    qint64 earlierPeriodId = 0;
    qint64 first = 0;
    qint64 lumpSum = 0;
    qint64 outpatient = 0;
    qint64 reversed = 0;
    qint64 rejected = 0;
};

} // namespace

TEST_CASE("Chinese capital amounts", "[aid]")
{
    CHECK(chineseCapitalAmount(0) == QStringLiteral("零元整"));
    CHECK(chineseCapitalAmount(1000000) == QStringLiteral("壹万元整"));
    CHECK(chineseCapitalAmount(1234567) == QStringLiteral("壹万贰仟叁佰肆拾伍元陆角柒分"));
    CHECK(chineseCapitalAmount(100505) == QStringLiteral("壹仟零伍元零伍分"));
    CHECK(chineseCapitalAmount(10000050) == QStringLiteral("壹拾万元伍角"));
    CHECK(chineseCapitalAmount(5) == QStringLiteral("伍分"));
    CHECK(chineseCapitalAmount(50) == QStringLiteral("伍角"));
    CHECK(chineseCapitalAmount(1001000) == QStringLiteral("壹万零壹拾元整"));
    CHECK(chineseCapitalAmount(10100000) == QStringLiteral("壹拾万壹仟元整"));
    CHECK(chineseCapitalAmount(10001000000) == QStringLiteral("壹亿零壹万元整"));
    CHECK(chineseCapitalAmount(10000000100) == QStringLiteral("壹亿零壹元整"));
    CHECK(chineseCapitalAmount(1150000) == QStringLiteral("壹万壹仟伍佰元整"));
    CHECK(chineseCapitalAmount(-100) == QStringLiteral("负壹元整"));
}

TEST_CASE("The fund's statement of a period, every figure counted by hand", "[aid]")
{
    TestDatabase t;
    auto db = t.open();
    CountedPeriod c(*db);
    const AidStatement s = aidStatement(*db, c.fixture.periodId);

    CHECK(s.period.key == QStringLiteral("2024"));
    CHECK(s.unionName == QStringLiteral("浙江工商大学工会"));
    CHECK(s.broughtForward == 100000);

    REQUIRE(s.income.size() == 3);
    CHECK(s.income.at(0).key == QStringLiteral("member_fees"));
    CHECK(s.income.at(0).amount == 8000);
    CHECK(s.income.at(1).key == QStringLiteral("school"));
    CHECK(s.income.at(1).amount == 40000);
    CHECK(s.income.at(2).key == QStringLiteral("donation"));
    CHECK(s.income.at(2).amount == 2000000);
    CHECK(s.incomeTotal == 2048000);

    REQUIRE(s.payouts.size() == 3);
    const AidStatement::Line& inpatient = s.payouts.at(0);
    CHECK(inpatient.key == QStringLiteral("inpatient"));
    CHECK(inpatient.label == QStringLiteral("住院"));
    CHECK(inpatient.amount == 650000); // 5,000 + 1,500 + 500 − 500 reversed
    CHECK(inpatient.claims == 2);      // the reversed one pays nothing
    CHECK(inpatient.members == 2);
    const AidStatement::Line& outpatient = s.payouts.at(1);
    CHECK(outpatient.key == QStringLiteral("outpatient"));
    CHECK(outpatient.label == QStringLiteral("特殊病种门诊"));
    CHECK(outpatient.amount == 100000);
    CHECK(outpatient.claims == 1);
    CHECK(outpatient.members == 1);
    const AidStatement::Line& lump = s.payouts.at(2);
    CHECK(lump.key == QStringLiteral("lump_sum"));
    CHECK(lump.label == QStringLiteral("Lump sums"));
    CHECK(lump.amount == 1000000);
    CHECK(lump.claims == 1);
    CHECK(lump.members == 1);
    CHECK(s.payoutTotal == 1750000);

    REQUIRE(s.expenses.size() == 1);
    CHECK(s.expenses.at(0).key == QStringLiteral("other_expense"));
    CHECK(s.expenses.at(0).amount == 20000);
    CHECK(s.expenseTotal == 1770000);

    CHECK(s.membersEnrolled == 4);
    CHECK(s.sharesEnrolled == 4);
    CHECK(s.claimsPaid == 3);
    CHECK(s.membersPaid == 2);
    CHECK(s.claimsRejected == 1);
    CHECK(s.carriedForward == 100000 + 2048000 - 1770000);
    CHECK(s.carriedForward == LedgerRepository(*db).balanceAfter(s.period));

    // The earlier period: its own donation, nothing brought forward.
    const AidStatement earlier = aidStatement(*db, c.earlierPeriodId);
    CHECK(earlier.broughtForward == 0);
    CHECK(earlier.incomeTotal == 100000);
    CHECK(earlier.payoutTotal == 0);
    CHECK(earlier.carriedForward == 100000);
    CHECK_THROWS_AS(aidStatement(*db, 999999), ValidationError);

    // The rows of the command line.
    const QList<QStringList> rows = statementCsvRows(s);
    const auto row = [&](const QString& section, const QString& key) {
        for (const QStringList& r : rows)
            if (r.at(0) == section && r.at(1) == key)
                return r;
        return QStringList();
    };
    for (const QStringList& r : rows)
        CHECK(r.size() == 5);
    CHECK(rows.first() == QStringList{QStringLiteral("balance"), QStringLiteral("brought_forward"),
                                      QStringLiteral("Balance brought forward"), QStringLiteral("1000.00"), QString()});
    CHECK(row(QStringLiteral("income"), QStringLiteral("donation")).at(3) == QStringLiteral("20000.00"));
    CHECK(row(QStringLiteral("payout"), QStringLiteral("inpatient")) ==
          QStringList{QStringLiteral("payout"), QStringLiteral("inpatient"), QStringLiteral("住院"),
                      QStringLiteral("6500.00"), QStringLiteral("2")});
    CHECK(row(QStringLiteral("payout"), QStringLiteral("lump_sum")).at(3) == QStringLiteral("10000.00"));
    CHECK(row(QStringLiteral("total"), QStringLiteral("expenditure")).at(3) == QStringLiteral("17700.00"));
    CHECK(row(QStringLiteral("count"), QStringLiteral("claims_rejected")).at(4) == QStringLiteral("1"));
    CHECK(rows.last() == QStringList{QStringLiteral("balance"), QStringLiteral("carried_forward"),
                                     QStringLiteral("Balance carried forward"), QStringLiteral("3780.00"), QString()});
}

TEST_CASE("The statement printed, as .odt and as .xlsx", "[aid]")
{
    TestDatabase t;
    auto db = t.open();
    CountedPeriod c(*db);
    const AidStatement s = aidStatement(*db, c.fixture.periodId);

    const QString pdf = t.tempPath(QStringLiteral("statement.pdf"));
    writeStatement(s, pdf);
    QString size;
    CHECK(pdfPageCount(pdf, &size) == 1);
    CHECK(size.startsWith(QStringLiteral("595"))); // A4 portrait
    const QString text = squeezed(pdfRawText(pdf));
    for (const QString& expected : {
             QStringLiteral("浙江工商大学工会"),
             QStringLiteral("爱心大病医疗互助 2024 annual statement of income and expenditure"),
             QStringLiteral("Balance brought forward 1,000.00"),
             QStringLiteral("Members' fees 80.00"),
             QStringLiteral("The school's part 400.00"),
             QStringLiteral("Donations 20,000.00"),
             QStringLiteral("Total income 20,480.00"),
             QStringLiteral("Payouts: 住院 2 2 6,500.00"),
             QStringLiteral("Payouts: 特殊病种门诊 1 1 1,000.00"),
             QStringLiteral("Payouts: Lump sums 1 1 10,000.00"),
             QStringLiteral("Payouts in all 3 2 17,500.00"),
             QStringLiteral("Other expenses 200.00"),
             QStringLiteral("Total expenditure 17,700.00"),
             QStringLiteral("Balance carried forward 3,780.00"),
             QStringLiteral("Members enrolled: 4, with 4 share(s)."),
             QStringLiteral("Claims paid: 3, to 2 member(s); claims rejected: 1."),
         })
        CHECK(text.contains(squeezed(expected)));

    const QString odt = t.tempPath(QStringLiteral("statement.odt"));
    writeStatement(s, odt);
    const QString content = odtContent(odt);
    CHECK(content.contains(QStringLiteral("Balance carried forward")));
    CHECK(content.contains(QStringLiteral("3,780.00")));
    CHECK(content.contains(QStringLiteral("特殊病种门诊")));

    const QString xlsx = t.tempPath(QStringLiteral("statement.xlsx"));
    writeStatement(s, xlsx);
    QString error;
    const auto sheets = ud::test::readXlsx(xlsx, &error);
    INFO(error.toStdString());
    REQUIRE(sheets.size() == 1);
    const auto& rows = sheets.first().rows;
    const auto find = [&](const QString& label) -> QList<ud::test::ReadCell> {
        for (const auto& r : rows)
            if (!r.isEmpty() && r.first().value == label)
                return r;
        return {};
    };
    REQUIRE(rows.size() > 10);
    CHECK(rows.first().at(0).value == QStringLiteral("Item"));
    const auto inpatient = find(QStringLiteral("Payouts: 住院"));
    REQUIRE(inpatient.size() == 4);
    CHECK(inpatient.at(1).value == QStringLiteral("2"));
    CHECK(inpatient.at(2).value == QStringLiteral("2"));
    CHECK(inpatient.at(3).type == QStringLiteral("n"));
    CHECK(inpatient.at(3).value == QStringLiteral("6500"));
    CHECK(inpatient.at(3).format == QStringLiteral("#,##0.00"));
    const auto carried = find(QStringLiteral("Balance carried forward"));
    REQUIRE(carried.size() == 4);
    CHECK(carried.at(3).value == QStringLiteral("3780"));
    const auto fees = find(QStringLiteral("Members' fees"));
    REQUIRE(fees.size() == 4);
    CHECK(fees.at(3).value == QStringLiteral("80"));
    CHECK(find(QStringLiteral("Claims rejected")).value(1).value == QStringLiteral("1"));

    CHECK_THROWS_AS(writeStatement(s, t.tempPath(QStringLiteral("statement.txt"))), Error);
}

TEST_CASE("The approval form of a claim: the member, the calculation, the payout, three signatures", "[aid]")
{
    TestDatabase t;
    auto db = t.open();
    CountedPeriod c(*db);
    // The member's ID number is not printed.
    MemberRepository members(*db);
    Member m = members.require(c.fixture.memberIds.at(1));
    m.idNumber = ud::test::makeId(QStringLiteral("19800101"), 17);
    m.phone = QStringLiteral("13800138000");
    members.update(m);

    const AidClaim claim = ClaimRepository(*db).require(c.lumpSum);
    const QStringList trace = traceLines(traceFromJson(claim.trace.toUtf8()));
    REQUIRE(trace.size() >= 4);

    const QString pdf = t.tempPath(QStringLiteral("form.pdf"));
    claimApprovalForms(*db, {c.lumpSum}, QDate(2024, 5, 12))->write(pdf);
    QString size;
    CHECK(pdfPageCount(pdf, &size) == 1);
    CHECK(size.startsWith(QStringLiteral("595")));
    const QString text = squeezed(pdfRawText(pdf));
    for (const QString& expected : {
             QStringLiteral("浙江工商大学工会"),
             QStringLiteral("爱心大病医疗互助"),
             QStringLiteral("Mutual-Aid Claim Approval Form"),
             QStringLiteral("爱心大病医疗互助 2024 Claim No. %1").arg(c.lumpSum),
             QStringLiteral("会员2"),
             QStringLiteral("A002"),
             QStringLiteral("管理学院"),
             QStringLiteral("13800138000"),
             QStringLiteral("住院"),
             QStringLiteral("2024-04-01 to 2024-04-08"),
             QStringLiteral("8,000.00"),
             QStringLiteral("300.00"),
             QStringLiteral("恶性肿瘤"),
             QStringLiteral("互助金申请表、医疗费用发票"),
             QStringLiteral("11,500.00"),
             QStringLiteral("壹万壹仟伍佰元整"),
             QStringLiteral("2024-05-10"),
             QStringLiteral("记-052"),
             QStringLiteral("Opinion of the sub-union"),
             QStringLiteral("Opinion of the union office"),
             QStringLiteral("Opinion of the mutual-aid committee"),
         })
        CHECK(text.contains(squeezed(expected)));
    for (const QString& line : trace)
        CHECK(text.contains(squeezed(line)));
    CHECK(text.contains(squeezed(QStringLiteral("Payout: 11,500.00"))));
    CHECK_FALSE(text.contains(m.idNumber));
    CHECK_FALSE(text.contains(m.idNumber.left(6) + m.idNumber.mid(6, 8)));
    CHECK(text.count(squeezed(QStringLiteral("Signature (seal): ____________ Date: ____________"))) == 3);

    // Several claims: one page each.
    const auto several = claimApprovalForms(*db, {c.first, c.lumpSum, c.rejected}, QDate(2024, 8, 1));
    several->write(pdf);
    const QStringList pages = pdfPages(pdf);
    REQUIRE(pages.size() == 3);
    CHECK(squeezed(pages.at(0)).contains(QStringLiteral("会员1")));
    CHECK(squeezed(pages.at(1)).contains(QStringLiteral("会员2")));
    CHECK(squeezed(pages.at(2)).contains(QStringLiteral("材料不全")));
    CHECK(squeezed(pages.at(2)).contains(QStringLiteral("零元整")));

    const QString odt = t.tempPath(QStringLiteral("form.odt"));
    claimApprovalForms(*db, {c.lumpSum})->write(odt);
    const QString content = odtContent(odt);
    CHECK(content.contains(QStringLiteral("壹万壹仟伍佰元整")));
    CHECK(content.contains(QStringLiteral("Opinion of the mutual-aid committee")));
    CHECK_FALSE(content.contains(m.idNumber));

    CHECK_THROWS_AS(claimApprovalForms(*db, {999999}), ValidationError);
    CHECK_THROWS_AS(claimApprovalForms(*db, {}), ValidationError);
}

TEST_CASE("The enrollment list for signatures, by sub-union, each on its own page", "[aid]")
{
    TestDatabase t;
    auto db = t.open();
    AidFixture f(*db);
    const Report all = enrollmentSignatureList(*db, f.periodId);
    CHECK(all.title == QStringLiteral("爱心大病医疗互助 2024: enrollment list for signatures"));
    REQUIRE(all.columns.size() == 7);
    CHECK(all.columns.at(0).flags.testFlag(Report::GroupKey));
    CHECK(all.columns.at(4).kind == Report::Kind::Decimal);
    CHECK(all.dataRowCount() == 4);
    REQUIRE(all.rows.size() == 6);
    CHECK(all.rows.at(0).heading == QStringLiteral("经济学院"));
    CHECK(all.rows.at(1).cells == QStringList{QStringLiteral("经济学院"), QStringLiteral("A001"),
                                              QStringLiteral("会员1"), QStringLiteral("1"), QStringLiteral("20.00"),
                                              QStringLiteral("Salary deduction"), QString()});
    CHECK(all.rows.at(2).cells.at(1) == QStringLiteral("A003"));
    CHECK(all.rows.at(3).heading == QStringLiteral("管理学院"));
    CHECK(all.subtitle.contains(QStringLiteral("4 member(s)")));
    CHECK(all.subtitle.contains(QStringLiteral("80.00")));

    const QString pdf = t.tempPath(QStringLiteral("list.pdf"));
    ReportPrinter printer(all);
    printer.writePdf(pdf);
    const QStringList pages = pdfPages(pdf);
    REQUIRE(pages.size() == 2);
    CHECK(pages.at(0).contains(QStringLiteral("A003")));
    CHECK_FALSE(pages.at(0).contains(QStringLiteral("A002")));
    CHECK(pages.at(1).contains(QStringLiteral("管理学院")));
    CHECK(pages.at(1).contains(QStringLiteral("A004")));

    // The .odt breaks the page before the second sub-union too.
    const QString odt = t.tempPath(QStringLiteral("list.odt"));
    printer.writeOdt(odt);
    const QString content = odtContent(odt);
    CHECK(content.count(QStringLiteral("break-before=\"page\"")) == 1);
    CHECK(content.contains(QStringLiteral("A004")));

    const Report one = enrollmentSignatureList(*db, f.periodId, f.unitIds.at(1));
    CHECK(one.dataRowCount() == 2);
    CHECK(one.rows.at(0).heading == QStringLiteral("管理学院"));
    CHECK(one.rows.at(1).cells.at(1) == QStringLiteral("A002"));
}
