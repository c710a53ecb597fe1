#include "support/PdfText.h"
#include "support/ReportSession.h"
#include "support/TestDatabase.h"
#include "support/XlsxReadBack.h"
#include "support/catch.h"

#include "core/congress/ProposalReport.h"
#include "core/io/Csv.h"
#include "core/report/ReportPrinter.h"

#include <QElapsedTimer>
#include <QFile>

using namespace ud::core;
using ud::test::TestDatabase;

// The session of tests/support/ReportSession.h, counted by hand from its table (40 proposals, 3 suggestions):
//
//   received      收到提案 40 (numbers 1–40); 并案后件数 40 − 5 merged = 35; 意见建议 3 (41–43)
//   decision      立案 24 (1–24), 转为意见建议 5 (25–29), 不立案 3 (30–32), 并案 5 (33–37), 撤回 2 (38, 39),
//                 未审查 1 (40)                                          of 40: 60, 12.5, 7.5, 12.5, 5, 2.5
//   category      教学科研 12, 人事人才 8, 民生保障 9, 后勤服务 6, 校园建设 3, then 安全稳定 2 (not in the setting);
//                 管理体制 and the others of the setting have none       of 40: 30, 20, 22.5, 15, 7.5, 5
//                 25 was re-classified from 人事人才: the committee's 教学科研 counts
//   delegation    经济学院 14, 机关 11, 后勤 9, 医学院 6 (29 is its collective proposal)
//                                                                        of 40: 35, 27.5, 22.5, 15
//   unit          current round's lead unit of the 24 filed cases, most cases first:
//                 后勤管理处 9 (1–9): replied 8, on time 6 (1–6), late 2 (7, 8), outstanding 1 (9)
//                 人事处 7 (10–16): replied 7, on time 6 (10–14, and 16 in round 2), late 1 (15), outstanding 0
//                 教务处 5 (17–21): replied 4, on time 4, late 0, outstanding 1 (21)
//                 财务处 2 (22; 23 in round 2, after 教务处 in round 1): replied 1, late 1 (22), outstanding 1 (23)
//                 未交办 1 (24: 不满意 opened round 2, not yet assigned): outstanding 1
//                 (converted 25 and suggestion 41, handled by units, are not filed cases)
//                                                                        of 24: 37.5, 29.17, 20.83, 8.33, 4.17
//   result        current-round replies of the filed cases: A 8 (1–4, 10, 11, 17, 18), B 6 (5, 6, 12, 13, 16, 19),
//                 C 4 (7, 14, 20, 22), D 2 (8, 15)                       of 24: 33.33, 25, 16.67, 8.33
//   rating        the proposer's latest: 满意 10 (1–5, 10–12, 17, 18), 基本满意 7 (6, 7, 13, 14, 16 in round 2, 19,
//                 20), 不满意 2 (23, 24; round 2 not rated yet); 8, 15, 22 not rated; a co-signer's 不满意 of 1 does
//                 not count                                              of 19: 52.63, 36.84, 10.53
//   satisfaction  满意率 10 + 7 = 17                                     of 19: 89.47
//
// Rounded to whole percents:
//   half-up            decision 60 13 8 13 5 3 (sum 102); category 30 20 23 15 8 5 (101); delegation 35 28 23 15
//                      (101); unit 38 29 21 8 4; result 33 25 17 8; rating 53 37 11 (101); satisfaction 89
//   truncate           decision 60 12 7 12 5 2; category 30 20 22 15 7 5; delegation 35 27 22 15; unit 37 29 20 8 4;
//                      result 33 25 16 8; rating 52 36 10; satisfaction 89
//   largest remainder  (the missing points to the largest cut-off parts, the earlier row first on a tie)
//                      decision 60 13 8 12 5 2 (remainders .5 tie: 转为意见建议, 不立案 first);
//                      category 30 20 23 15 7 5 (.5 tie: 民生保障 first); delegation 35 28 22 15;
//                      unit 38 29 21 8 4 (.83 教务处, .5 后勤管理处); result 33 25 17 8 (83.33 of the whole: one
//                      point, to C's .67); rating 53 37 10 (.84 基本满意, .63 满意); satisfaction 89
// The golden files tests/data/congress/report-<rounding>.csv hold these figures as `congress report --format csv`
// writes them.

namespace {

QString golden(const QString& rounding)
{
    QFile f(QStringLiteral(UD_TEST_DATA "/congress/report-%1.csv").arg(rounding));
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QString::fromUtf8(f.readAll());
}

QString csvText(const ProposalReport& report)
{
    QStringList lines{QStringLiteral("section,key,count,percent,replied,on_time,late,outstanding")};
    for (const QStringList& row : report.csvRows())
        lines << row.join(QLatin1Char(','));
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString percentOf(const ProposalReport& report, const QString& section, const QString& key)
{
    const ProposalReport::Section* s = report.section(section);
    REQUIRE(s);
    for (const auto& row : s->rows)
        if (row.key == key)
            return row.percent;
    FAIL("no row " << key.toStdString());
    return {};
}

} // namespace

TEST_CASE("The proposal work report of a hand-counted session, in each rounding mode", "[congress][report]")
{
    TestDatabase t;
    auto db = t.open();
    const ud::test::ReportSession s = ud::test::buildReportSession(*db);

    for (const QString& mode :
         {QStringLiteral("half-up"), QStringLiteral("truncate"), QStringLiteral("largest-remainder")}) {
        CAPTURE(mode);
        const ProposalReport report(*db, s.sessionId, PercentOptions{0, *roundingFromKey(mode)});
        CHECK(csvText(report) == golden(mode));
    }

    // One decimal: 17/19 = 89.47 → 89.5 half-up, 89.4 cut; 24/40 = 60.0.
    const ProposalReport half(*db, s.sessionId, PercentOptions{1, Rounding::HalfUp});
    CHECK(percentOf(half, QStringLiteral("satisfaction"), QStringLiteral("满意率")) == QStringLiteral("89.5"));
    CHECK(percentOf(half, QStringLiteral("decision"), QStringLiteral("立案")) == QStringLiteral("60.0"));
    CHECK(percentOf(half, QStringLiteral("unit"), QStringLiteral("人事处")) == QStringLiteral("29.2"));
    const ProposalReport cut(*db, s.sessionId, PercentOptions{1, Rounding::Truncate});
    CHECK(percentOf(cut, QStringLiteral("satisfaction"), QStringLiteral("满意率")) == QStringLiteral("89.4"));
    CHECK(percentOf(cut, QStringLiteral("unit"), QStringLiteral("人事处")) == QStringLiteral("29.1"));

    // The key proposals: 1, 16 (in its second round) and 24 (round 2 not yet assigned).
    const ProposalReport report(*db, s.sessionId);
    const auto& keys = report.keyProposals();
    REQUIRE(keys.size() == 3);
    CHECK(keys.at(0).number == QStringLiteral("2024-001"));
    CHECK(keys.at(0).leadUnit == QStringLiteral("后勤管理处"));
    CHECK(keys.at(0).result == QStringLiteral("A"));
    CHECK(keys.at(0).rating == QStringLiteral("满意"));
    CHECK(keys.at(1).number == QStringLiteral("2024-016"));
    CHECK(keys.at(1).leadUnit == QStringLiteral("人事处"));
    CHECK(keys.at(1).result == QStringLiteral("B"));
    CHECK(keys.at(1).rating == QStringLiteral("基本满意"));
    CHECK(keys.at(2).number == QStringLiteral("2024-024"));
    CHECK(keys.at(2).leadUnit.isEmpty());
    CHECK(keys.at(2).result.isEmpty());
    CHECK(keys.at(2).rating == QStringLiteral("不满意"));
}

TEST_CASE("The report of a session without proposals: zero counts, no percentages", "[congress][report]")
{
    TestDatabase t;
    auto db = t.open();
    CongressSession session;
    session.key = QStringLiteral("12-3");
    session.name = QStringLiteral("第十二届教代会暨第十四届工代会第三次会议");
    session.term = 12;
    session.meeting = 3;
    session.year = 2025;
    const qint64 id = SessionRepository(*db).add(session);

    for (Rounding r : {Rounding::HalfUp, Rounding::Truncate, Rounding::LargestRemainder}) {
        const ProposalReport report(*db, id, PercentOptions{2, r});
        CHECK(csvText(report) == QStringLiteral("section,key,count,percent,replied,on_time,late,outstanding\n"
                                                "received,收到提案,0,,,,,\n"
                                                "received,并案后件数,0,,,,,\n"
                                                "received,意见建议,0,,,,,\n"
                                                "decision,立案,0,,,,,\n"
                                                "decision,转为意见建议,0,,,,,\n"
                                                "decision,不立案,0,,,,,\n"
                                                "decision,并案,0,,,,,\n"
                                                "decision,撤回,0,,,,,\n"
                                                "result,A,0,,,,,\n"
                                                "result,B,0,,,,,\n"
                                                "result,C,0,,,,,\n"
                                                "result,D,0,,,,,\n"
                                                "rating,满意,0,,,,,\n"
                                                "rating,基本满意,0,,,,,\n"
                                                "rating,不满意,0,,,,,\n"
                                                "satisfaction,满意率,0,,,,,\n"));
        CHECK(report.keyProposals().isEmpty());
    }
    CHECK_THROWS_AS(ProposalReport(*db, id + 100), ValidationError);
}

TEST_CASE("The report printed to PDF and .odt, and to .xlsx one sheet per table", "[congress][report][pdf]")
{
    TestDatabase t;
    auto db = t.open();
    const ud::test::ReportSession s = ud::test::buildReportSession(*db);
    const QString pdf = t.tempPath(QStringLiteral("report.pdf"));
    writeProposalReport(*db, s.sessionId, PercentOptions{}, pdf);

    // The tables follow one another on the same pages: a few pages, not one per table.
    const QStringList pages = ud::test::pdfPages(pdf);
    CHECK(pages.size() <= 3);
    const QString text = pages.join(QLatin1Char('\n'));
    CHECK(text.contains(QStringLiteral("第十二届教代会暨第十四届工代会第二次会议")));
    const QStringList titled = ProposalReport::sectionKeys() << QStringLiteral("key");
    for (const QString& key : titled)
        CHECK(text.contains(ProposalReport::sectionTitle(key)));
    // Rows as they are printed: term, count, share (and for a unit its replies).
    const QRegularExpression filed(QStringLiteral("立案\\s+24\\s+60\\b"));
    CHECK(text.contains(filed));
    CHECK(text.contains(QRegularExpression(QStringLiteral("后勤管理处\\s+9\\s+38\\s+8\\s+6\\s+2\\s+1"))));
    CHECK(text.contains(QRegularExpression(QStringLiteral("满意率\\s+17\\s+89"))));
    CHECK(text.contains(QRegularExpression(QStringLiteral("2024-016\\s+.*人事处\\s+B\\s+基本满意"))));
    // The total of a table of shares, without a summed percentage.
    CHECK(text.contains(QRegularExpression(QStringLiteral("Total\\s+40\\s*\\n"))));

    const QString odt = t.tempPath(QStringLiteral("report.odt"));
    writeProposalReport(*db, s.sessionId, PercentOptions{}, odt);
    CHECK(QFileInfo(odt).size() > 1000);

    const QString xlsx = t.tempPath(QStringLiteral("report.xlsx"));
    writeProposalReport(*db, s.sessionId, PercentOptions{2, Rounding::LargestRemainder}, xlsx);
    QString error;
    const QList<ud::test::ReadSheet> sheets = ud::test::readXlsx(xlsx, &error);
    CAPTURE(error);
    REQUIRE(sheets.size() == 9);
    CHECK(sheets.at(0).title == ProposalReport::sectionTitle(QStringLiteral("received")));
    CHECK(sheets.at(0).freezePanes == QStringLiteral("A2"));
    const ud::test::ReadSheet& units = sheets.at(4);
    REQUIRE(units.rows.size() == 1 + 5 + 1);
    CHECK(units.rows.at(1).at(0).value == QStringLiteral("后勤管理处"));
    CHECK(units.rows.at(1).at(2).type == QStringLiteral("n")); // the share as a number: 37.5
    CHECK(units.rows.at(1).at(2).value.toDouble() == 37.5);
    // Hundredths of 24: 37.50, 29.166, 20.833, 8.333, 4.166 cut to 99.98; the two missing go to the largest
    // remainders (人事处 and 未交办, .66 each).
    CHECK(units.rows.at(2).at(2).value.toDouble() == Approx(29.17));
    CHECK(units.rows.at(3).at(2).value.toDouble() == Approx(20.83));
    CHECK(units.rows.at(5).at(2).value.toDouble() == Approx(4.17));
    CHECK(sheets.at(8).rows.size() == 1 + 3);

    CHECK_THROWS_AS(writeProposalReport(*db, s.sessionId, PercentOptions{}, t.tempPath(QStringLiteral("r.doc"))),
                    Error);
}

TEST_CASE("A session of 344 proposals is counted in milliseconds", "[congress][report][.bench]")
{
    TestDatabase t;
    auto db = t.open();
    const ud::test::ReportSession s = ud::test::buildReportSession(*db);
    // Seven copies of the 43 texts with their units, replies and ratings, written directly: only the counting is
    // timed.
    for (int k = 1; k <= 7; ++k) {
        const QVariantMap binds{{QStringLiteral("s"), s.sessionId},
                                {QStringLiteral("k"), QStringLiteral("/%1").arg(k)}};
        db->exec(QStringLiteral("INSERT INTO congress_proposals (session_id, number, kind, title, category, "
                                "proposer_rep_id, proposer_delegation_id, decision, key_proposal, round) "
                                "SELECT session_id, number || :k, kind, title, category, proposer_rep_id, "
                                "proposer_delegation_id, decision, key_proposal, round FROM congress_proposals "
                                "WHERE session_id = :s AND number NOT LIKE '%/%'"),
                 binds);
        const QString copies =
            QStringLiteral(" FROM %1 x JOIN congress_proposals o ON o.id = x.proposal_id JOIN congress_proposals n"
                           " ON n.session_id = o.session_id AND n.number = o.number || :k WHERE o.session_id = :s");
        db->exec(QStringLiteral("INSERT INTO congress_assignments (proposal_id, round, unit_id, role, assigned, "
                                "deadline) SELECT n.id, x.round, x.unit_id, x.role, x.assigned, x.deadline") +
                     copies.arg(QStringLiteral("congress_assignments")),
                 binds);
        db->exec(QStringLiteral("INSERT INTO congress_replies (proposal_id, round, replied, result) "
                                "SELECT n.id, x.round, x.replied, x.result") +
                     copies.arg(QStringLiteral("congress_replies")),
                 binds);
        db->exec(QStringLiteral("INSERT INTO congress_ratings (proposal_id, round, rep_id, rating, rated) "
                                "SELECT n.id, x.round, x.rep_id, x.rating, x.rated") +
                     copies.arg(QStringLiteral("congress_ratings")),
                 binds);
    }
    QElapsedTimer timer;
    timer.start();
    const ProposalReport first(*db, s.sessionId);
    const qint64 cold = timer.restart();
    const ProposalReport report(*db, s.sessionId);
    const qint64 ms = timer.elapsed();
    WARN("report of a session of 344 texts: " << cold << " ms the first time, then " << ms << " ms");
    CHECK(report.section(QStringLiteral("received"))->rows.at(0).count == 320);
    CHECK(report.section(QStringLiteral("unit"))->rows.at(0).count == 72);
}
