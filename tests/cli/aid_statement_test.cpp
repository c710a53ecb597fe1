#include "support/AidBuilders.h"
#include "support/CliRun.h"
#include "support/PdfText.h"
#include "support/TestDatabase.h"
#include "support/catch.h"

#include <QFileInfo>

using ud::test::CliRun;
using ud::test::runUnionDesk;
using ud::test::TestDatabase;

namespace {

/// The fixture's four members with their fees and the school's part posted, a donation of ¥10,000, and one inpatient
/// claim of ¥15,000 paid (¥5,000.00). Returns the claim's id.
qint64 buildPeriod(ud::core::Database& db)
{
    using namespace ud::core;
    ud::test::AidFixture f(db);
    LedgerRepository ledger(db);
    ledger.postFees(f.periodId, QDate(2024, 1, 15));
    LedgerEntry donation;
    donation.periodId = f.periodId;
    donation.posted = QDate(2024, 2, 1);
    donation.kind = LedgerKind::Donation;
    donation.amount = 1000000;
    ledger.post(donation);
    ClaimRepository claims(db);
    const qint64 id = claims.submit(f.claim(0, 15000, QDate(2024, 3, 1)));
    for (int i = 0; i < 3; ++i)
        claims.advance(id);
    claims.pay(id, QDate(2024, 5, 10), QStringLiteral("记-051"));
    return id;
}

QStringList periodArgs(const QString& verb, const QStringList& more)
{
    return QStringList{QStringLiteral("aid"),      verb,
                       QStringLiteral("--scheme"), QStringLiteral("爱心大病医疗互助"),
                       QStringLiteral("--period"), QStringLiteral("2024")} +
           more;
}

} // namespace

TEST_CASE("aid statement writes the period's statement as csv, as a table and to files", "[cli][aid]")
{
    TestDatabase t;
    {
        auto db = t.open();
        buildPeriod(*db);
    }
    const CliRun csv =
        runUnionDesk(t, periodArgs(QStringLiteral("statement"), {QStringLiteral("--format"), QStringLiteral("csv")}));
    INFO(csv.err.toStdString());
    CHECK(csv.code == 0);
    CHECK(csv.out == QStringLiteral("section,key,label,amount,count\n"
                                    "balance,brought_forward,Balance brought forward,0.00,\n"
                                    "income,member_fees,Members' fees,80.00,\n"
                                    "income,school,The school's part,400.00,\n"
                                    "income,donation,Donations,10000.00,\n"
                                    "total,income,Total income,10480.00,\n"
                                    "payout,inpatient,住院,5000.00,1\n"
                                    "payout,outpatient,特殊病种门诊,0.00,0\n"
                                    "payout,lump_sum,Lump sums,0.00,0\n"
                                    "total,payouts,Payouts in all,5000.00,1\n"
                                    "total,expenditure,Total expenditure,5000.00,\n"
                                    "count,members_enrolled,Members enrolled,,4\n"
                                    "count,shares_enrolled,Shares enrolled,,4\n"
                                    "count,claims_paid,Claims paid,,1\n"
                                    "count,members_paid,Members paid,,1\n"
                                    "count,claims_rejected,Claims rejected,,0\n"
                                    "balance,carried_forward,Balance carried forward,5480.00,\n"));

    const CliRun table = runUnionDesk(t, periodArgs(QStringLiteral("statement"), {}));
    CHECK(table.code == 0);
    CHECK(table.out.contains(QStringLiteral("Balance carried forward")));
    CHECK(table.out.contains(QStringLiteral("5480.00")));

    const QString xlsx = t.tempPath(QStringLiteral("statement.xlsx"));
    const CliRun toXlsx = runUnionDesk(t, periodArgs(QStringLiteral("statement"), {QStringLiteral("--out"), xlsx}));
    CHECK(toXlsx.code == 0);
    CHECK(QFileInfo(xlsx).size() > 0);
    const QString pdf = t.tempPath(QStringLiteral("statement.pdf"));
    const CliRun toPdf = runUnionDesk(t, periodArgs(QStringLiteral("statement"), {QStringLiteral("--out"), pdf}));
    CHECK(toPdf.code == 0);
    CHECK(ud::test::pdfRawText(pdf).contains(QStringLiteral("5,480.00")));

    // Errors: a missing option, an unknown period.
    const CliRun missing = runUnionDesk(t, {QStringLiteral("aid"), QStringLiteral("statement"),
                                            QStringLiteral("--scheme"), QStringLiteral("爱心大病医疗互助")});
    CHECK(missing.code == 2);
    CHECK(missing.err.contains(QStringLiteral("--period")));
    const CliRun unknown =
        runUnionDesk(t, {QStringLiteral("aid"), QStringLiteral("statement"), QStringLiteral("--scheme"),
                         QStringLiteral("爱心大病医疗互助"), QStringLiteral("--period"), QStringLiteral("2019")});
    CHECK(unknown.code == 1);
    CHECK_FALSE(unknown.err.isEmpty());
}

TEST_CASE("aid print writes approval forms and the enrollment list", "[cli][aid]")
{
    TestDatabase t;
    qint64 claim = 0;
    {
        auto db = t.open();
        claim = buildPeriod(*db);
    }
    const QString pdf = t.tempPath(QStringLiteral("form.pdf"));
    const CliRun form =
        runUnionDesk(t, periodArgs(QStringLiteral("print"),
                                   {QStringLiteral("--claim"), QString::number(claim), QStringLiteral("--out"), pdf}));
    INFO(form.err.toStdString());
    CHECK(form.code == 0);
    CHECK(form.out.contains(QStringLiteral("1 page(s)")));
    CHECK(ud::test::pdfPageCount(pdf) == 1);
    const QString text = ud::test::pdfRawText(pdf);
    CHECK(text.contains(QStringLiteral("会员1")));
    CHECK(text.contains(QStringLiteral("伍仟元整")));

    const CliRun paid =
        runUnionDesk(t, periodArgs(QStringLiteral("print"),
                                   {QStringLiteral("--status"), QStringLiteral("paid"), QStringLiteral("--out"), pdf}));
    CHECK(paid.code == 0);
    const CliRun none =
        runUnionDesk(t, periodArgs(QStringLiteral("print"), {QStringLiteral("--status"), QStringLiteral("draft"),
                                                             QStringLiteral("--out"), pdf}));
    CHECK(none.code == 1);

    const QString list = t.tempPath(QStringLiteral("list.pdf"));
    const CliRun enrollment =
        runUnionDesk(t, periodArgs(QStringLiteral("print"), {QStringLiteral("--enrollment"), QStringLiteral("--unit"),
                                                             QStringLiteral("102"), QStringLiteral("--out"), list}));
    CHECK(enrollment.code == 0);
    const QString listText = ud::test::pdfRawText(list);
    CHECK(listText.contains(QStringLiteral("A002")));
    CHECK_FALSE(listText.contains(QStringLiteral("A001")));

    const CliRun unknown =
        runUnionDesk(t, periodArgs(QStringLiteral("print"), {QStringLiteral("--claim"), QStringLiteral("999999"),
                                                             QStringLiteral("--out"), pdf}));
    CHECK(unknown.code == 1);
    const CliRun two = runUnionDesk(
        t, periodArgs(QStringLiteral("print"), {QStringLiteral("--claim"), QString::number(claim),
                                                QStringLiteral("--enrollment"), QStringLiteral("--out"), pdf}));
    CHECK(two.code == 2);
    const CliRun txt = runUnionDesk(
        t, periodArgs(QStringLiteral("print"), {QStringLiteral("--claim"), QString::number(claim),
                                                QStringLiteral("--out"), t.tempPath(QStringLiteral("x.txt"))}));
    CHECK(txt.code == 2);
}
