#include "support/PdfText.h"
#include "support/TestDatabase.h"
#include "support/YearFixture.h"
#include "support/catch.h"

#include "core/congress/PrintedDocument.h"
#include "core/db/Database.h"
#include "core/db/DatabaseSettings.h"
#include "core/db/Error.h"
#include "core/yearbook/YearSummary.h"

#include <QFile>
#include <QRegularExpression>

using namespace ud::core;
using ud::test::TestDatabase;
using ud::test::YearFixture;

namespace {

/// A second scheme beside the fixture's: the period 2024 with 张伟 enrolled again, 1,000.00 of fees, a claim of
/// 200.00 paid in December, and 50.00 of interest posted in January 2025, after the year's end.
void addSecondScheme(YearFixture& f)
{
    Database& db = f.db;
    const qint64 scheme = f.insert(QStringLiteral("INSERT INTO aid_schemes (name, fee) VALUES ('爱心互助', 10000)"),
                                   QStringLiteral("aid_schemes"));
    const qint64 period = f.insert(QStringLiteral("INSERT INTO aid_periods (scheme_id, period_key, starts, ends) "
                                                  "VALUES (%1, '2024', '2024-01-01', '2024-12-31')")
                                       .arg(scheme),
                                   QStringLiteral("aid_periods"));
    db.exec(QStringLiteral("INSERT INTO aid_enrollments (period_id, member_id, shares, enrolled, fee) VALUES "
                           "(%1, %2, 1, '2024-01-05', 10000)")
                .arg(period)
                .arg(f.zhang));
    const qint64 claim =
        f.insert(QStringLiteral("INSERT INTO aid_claims (period_id, member_id, part_key, "
                                "treated_from, received, status, part_payout, paid) VALUES (%1, %2, "
                                "'inpatient', '2024-11-01', '2024-12-01', 'paid', 20000, '2024-12-20')")
                     .arg(period)
                     .arg(f.zhang),
                 QStringLiteral("aid_claims"));
    db.exec(QStringLiteral("INSERT INTO aid_ledger (period_id, posted, kind, amount, claim_id) VALUES "
                           "(%1, '2024-02-01', 'member_fees', 100000, NULL), (%1, '2024-12-20', 'claim', -20000, %2), "
                           "(%1, '2025-01-05', 'interest', 5000, NULL)")
                .arg(period)
                .arg(claim));
}

} // namespace

TEST_CASE("The year's summary gives the hand-counted figures of the year", "[yearbook]")
{
    TestDatabase t;
    auto db = t.open();
    YearFixture f(*db);
    addSecondScheme(f);

    const YearSummary s = yearSummary(*db, 2024);
    CHECK(s.year == 2024);
    // 张伟 and 李娜 work on 31 December; 赵敏 retired in September, 王强 left in June.
    CHECK(s.members == 2);
    CHECK(s.men == 1);
    CHECK(s.women == 1);
    CHECK(s.genderUnknown == 0);
    CHECK(s.retiredMembers == 1);
    CHECK(s.joined == 1); // 李娜, March
    CHECK(s.left == 1);
    CHECK(s.retired == 1);
    CHECK(s.deceased == 0);
    CHECK(s.transferred == 0);
    CHECK(s.subUnions == 2);
    CHECK(s.membersByUnit ==
          QList<QPair<QString, qint64>>{{QStringLiteral("经济学院分工会"), 1}, {QStringLiteral("法学院分工会"), 1}});

    CHECK(s.workItems == 3);
    CHECK(s.workItemsDone == 1);

    CHECK(s.sessions == 1);
    CHECK(s.proposalsReceived == 2);
    CHECK(s.proposalsFiled == 1);
    CHECK(s.proposalsReplied == 1);
    CHECK(s.proposalsRated == 1);
    CHECK(s.proposalsSatisfied == 1);
    REQUIRE(s.satisfactionRate());
    CHECK(*s.satisfactionRate() == 100.0);

    REQUIRE(s.aidSchemes.size() == 2);
    CHECK(s.aidSchemes.at(0).name == QStringLiteral("住院互助"));
    CHECK(s.aidSchemes.at(0).members == 2);
    CHECK(s.aidSchemes.at(0).claimsPaid == 1);
    CHECK(s.aidSchemes.at(0).payouts == 50000);
    CHECK(s.aidSchemes.at(0).balance == 850000); // 9,000.00 of fees less 500.00 paid
    CHECK(s.aidSchemes.at(1).name == QStringLiteral("爱心互助"));
    CHECK(s.aidSchemes.at(1).members == 1);
    CHECK(s.aidSchemes.at(1).claimsPaid == 1);
    CHECK(s.aidSchemes.at(1).payouts == 20000);
    CHECK(s.aidSchemes.at(1).balance == 80000); // the interest of January 2025 not yet
    CHECK(s.aidMembers == 2);                   // 张伟 in both schemes counted once
    CHECK(s.aidClaimsPaid == 2);
    CHECK(s.aidPayouts == 70000);
    CHECK(s.aidBalance == 930000);

    CHECK(s.hardshipCases == 1); // the pending case not
    CHECK(s.hardshipAmount == 200000);
    CHECK(s.careVisits == 2);
    CHECK(s.careAmount == 80000);

    CHECK(s.awardsByType == QList<QPair<QString, qint64>>{{QStringLiteral("优秀工会积极分子"), 1}});
    CHECK(s.awardsGiven == 1); // the withdrawn nomination not
}

TEST_CASE("The year's summary of another year counts the roster of its 31 December and nothing of 2024", "[yearbook]")
{
    TestDatabase t;
    auto db = t.open();
    YearFixture f(*db);
    addSecondScheme(f);

    const YearSummary s = yearSummary(*db, 2023);
    CHECK(s.members == 3); // 张伟, 王强, 赵敏; 李娜 joined in 2024
    CHECK(s.men == 2);
    CHECK(s.women == 1);
    CHECK(s.retiredMembers == 0);
    CHECK(s.joined == 0);
    CHECK(s.left == 0);
    CHECK(s.workItems == 0);
    CHECK(s.sessions == 0);
    CHECK_FALSE(s.satisfactionRate());
    CHECK(s.aidSchemes.isEmpty());
    CHECK(s.hardshipCases == 0);
    CHECK(s.careVisits == 0);
    CHECK(s.awardsGiven == 0);

    // In 2025 the schemes have no period, but their funds still hold money.
    const YearSummary next = yearSummary(*db, 2025);
    REQUIRE(next.aidSchemes.size() == 2);
    CHECK(next.aidSchemes.at(1).balance == 85000);
    CHECK(next.aidSchemes.at(1).members == 0);
    CHECK(next.aidPayouts == 0);

    CHECK_THROWS_AS(yearSummary(*db, 1800), ValidationError);
}

TEST_CASE("The year's summary prints on A4 as PDF and .odt with the union's name and the key figures", "[yearbook]")
{
    TestDatabase t;
    auto db = t.open();
    YearFixture f(*db);
    addSecondScheme(f);
    DatabaseSettings(*db).setValue(settings::UnionName, QStringLiteral("浙江工商大学工会"));

    const YearSummary s = yearSummary(*db, 2024);
    CHECK(s.unionName == QStringLiteral("浙江工商大学工会"));
    const QString pdf = t.tempPath(QStringLiteral("summary.pdf"));
    writeYearSummary(s, pdf, QDate(2025, 1, 15));
    QString size;
    CHECK(ud::test::pdfPageCount(pdf, &size) >= 1);
    CHECK(size.startsWith(QStringLiteral("595"))); // A4 portrait: 595.276 x 841.89 pt
    const QString text = ud::test::pdfPages(pdf).join(QLatin1Char('\n'));
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("浙江工商大学工会")));
    CHECK(text.contains(yearSummaryTitle(2024)));
    auto line = [&](const QString& start) {
        for (const QString& l : text.split(QLatin1Char('\n')))
            if (l.trimmed().startsWith(start))
                return l.simplified();
        return QString();
    };
    CHECK(line(QStringLiteral("Members on 31 December")) == QStringLiteral("Members on 31 December 2"));
    CHECK(line(QStringLiteral("New members in 2024")) == QStringLiteral("New members in 2024 1"));
    CHECK(line(QStringLiteral("Proposals filed")) == QStringLiteral("Proposals filed (立案) 1"));
    CHECK(line(QStringLiteral("Satisfaction rate")).endsWith(QStringLiteral("100.0%")));
    CHECK(line(QStringLiteral("住院互助")) == QStringLiteral("住院互助 2 1 500.00 8,500.00"));
    CHECK(line(QStringLiteral("爱心互助")) == QStringLiteral("爱心互助 1 1 200.00 800.00"));
    CHECK(line(QStringLiteral("Hardship support")) == QStringLiteral("Hardship support 1 2,000.00"));
    CHECK(line(QStringLiteral("Care visits")) == QStringLiteral("Care visits 2 800.00"));
    CHECK(line(QStringLiteral("优秀工会积极分子")) == QStringLiteral("优秀工会积极分子 1"));
    CHECK(text.contains(QStringLiteral("Printed on 2025-01-15")));

    const QString odt = t.tempPath(QStringLiteral("summary.odt"));
    writeYearSummary(s, odt);
    QFile file(odt);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.read(2) == "PK"); // a zip package

    CHECK_THROWS_AS(writeYearSummary(s, t.tempPath(QStringLiteral("summary.xlsx"))), Error);
    CHECK_FALSE(QFile::exists(t.tempPath(QStringLiteral("summary.xlsx"))));
}
