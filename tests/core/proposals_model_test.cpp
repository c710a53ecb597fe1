#include "support/CongressBuilders.h"
#include "support/TestDatabase.h"
#include "support/catch.h"

#include "core/congress/ProposalHistory.h"
#include "core/congress/ProposalsModel.h"

#include <QAbstractItemModelTester>

using namespace ud::core;
using ud::test::CongressFixture;
using ud::test::TestDatabase;

namespace {

QStringList numbersShown(const ProposalsModel& m)
{
    QStringList list;
    for (int r = 0; r < m.rowCount(); ++r)
        list << m.data(m.index(r, ProposalsModel::Number)).toString();
    return list;
}

} // namespace

TEST_CASE("The proposals model shows a session's proposals with the stage and overdue of their file",
          "[congress][model]")
{
    TestDatabase t;
    auto db = t.open();
    CongressFixture c(*db);
    ProposalRepository repo(*db);
    const QDate day(2024, 4, 10);
    const qint64 a = c.submit(QStringLiteral("食堂饭菜价格"), QStringLiteral("后勤服务"));
    const qint64 b = c.submit(QStringLiteral("青年教师住房"), QStringLiteral("民生保障"));
    const qint64 x = c.submit(QStringLiteral("停车位紧张"), QStringLiteral("后勤服务"));
    Proposal collective = c.proposal(QStringLiteral("实验室安全"), 0, {1, 2});
    collective.proposerRepId.reset();
    collective.proposerDelegationId = c.delegationIds.at(1);
    const qint64 d = repo.submit(collective);
    repo.decide(a, Decision::Filed, day);
    repo.decide(b, Decision::Filed, day);
    repo.decide(x, Decision::Merged, day, {}, a);
    repo.assign(a, c.unitIds.at(2), {c.unitIds.at(3)}, day); // 后勤管理处, due 2024-07-10
    repo.assign(b, c.unitIds.at(0), {}, day);
    Reply r;
    r.replied = QDate(2024, 6, 1);
    r.result = ReplyResult::B;
    r.completion = QDate(2024, 12, 31);
    r.text = QStringLiteral("已列入计划");
    repo.reply(b, r);
    repo.rate(b, Rating::Unsatisfied, QDate(2024, 6, 10)); // round 2: back to the committee
    repo.setKeyProposal(a, true);

    ProposalsModel m;
    QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::Fatal);
    m.setToday(QDate(2024, 7, 11));
    m.setDatabase(db.get());
    m.setSession(c.sessionId);
    REQUIRE(m.rowCount() == 4);
    REQUIRE(numbersShown(m) == QStringList{QStringLiteral("2024-001"), QStringLiteral("2024-002"),
                                           QStringLiteral("2024-003"), QStringLiteral("2024-004")});

    // Every row's stage and overdue are those of the proposal's whole file.
    for (const ProposalsModel::Row& row : m.allRows()) {
        const ProposalFile f = repo.file(row.id);
        CHECK(row.stage == f.stage());
        CHECK(row.overdue == f.overdueOn(QDate(2024, 7, 11)));
        CHECK(row.cosigners == f.proposal.cosignerIds.size());
    }
    const int ra = m.rowOf(a);
    CHECK(m.data(m.index(ra, ProposalsModel::Stage)).toString() == QStringLiteral("Being handled"));
    CHECK(m.data(m.index(ra, ProposalsModel::LeadUnit)).toString() == QStringLiteral("后勤管理处"));
    CHECK(m.data(m.index(ra, ProposalsModel::Deadline)).toString() == QStringLiteral("2024-07-10"));
    CHECK(m.data(m.index(ra, ProposalsModel::Overdue)).toString() == QStringLiteral("Overdue"));
    CHECK(m.data(m.index(ra, ProposalsModel::Key)).toString() == QStringLiteral("Key"));
    CHECK(m.data(m.index(ra, ProposalsModel::Proposer)).toString() == QStringLiteral("代表1 (R001)"));
    CHECK(m.data(m.index(ra, ProposalsModel::Delegation)).toString() == QStringLiteral("经济学院代表团"));
    const int rb = m.rowOf(b);
    CHECK(m.data(m.index(rb, ProposalsModel::Stage)).toString() == QStringLiteral("Filed, to be assigned (round 2)"));
    CHECK(m.data(m.index(rb, ProposalsModel::Result)).toString().isEmpty()); // round 2 has no reply yet
    CHECK_FALSE(m.data(m.index(rb, ProposalsModel::Overdue), ProposalsModel::OverdueRole).toBool());
    CHECK(m.data(m.index(m.rowOf(x), ProposalsModel::Stage)).toString() == QStringLiteral("Merged"));
    const int rd = m.rowOf(d);
    CHECK(m.data(m.index(rd, ProposalsModel::Proposer)).toString() == QStringLiteral("管理学院代表团"));
    CHECK(m.data(m.index(rd, ProposalsModel::Stage)).toString() == QStringLiteral("Awaiting decision"));
    // The day before the deadline passes, nothing is overdue.
    m.setToday(QDate(2024, 7, 10));
    CHECK(m.overdueCount() == 0);
    m.setToday(QDate(2024, 7, 11));
    CHECK(m.overdueCount() == 1);

    SECTION("filters")
    {
        ProposalFilter f;
        f.stage = ProposalStage::Assigned;
        m.setFilter(f);
        CHECK(numbersShown(m) == QStringList{QStringLiteral("2024-001")});
        f = {};
        f.category = QStringLiteral("后勤服务");
        m.setFilter(f);
        CHECK(numbersShown(m) == QStringList{QStringLiteral("2024-001"), QStringLiteral("2024-003")});
        f = {};
        f.delegationId = c.delegationIds.at(1);
        m.setFilter(f);
        CHECK(numbersShown(m) == QStringList{QStringLiteral("2024-004")});
        f = {};
        f.unitId = c.unitIds.at(0);
        m.setFilter(f);
        CHECK(numbersShown(m) == QStringList()); // round 2 of b is not assigned yet
        f = {};
        f.overdueOnly = true;
        m.setFilter(f);
        CHECK(numbersShown(m) == QStringList{QStringLiteral("2024-001")});
        f = {};
        f.text = QStringLiteral("r001");
        m.setFilter(f);
        CHECK(m.rowCount() == 3); // by the proposer's staff number
        f.text = QStringLiteral("住房");
        m.setFilter(f);
        CHECK(numbersShown(m) == QStringList{QStringLiteral("2024-002")});
        f.text = QStringLiteral("004");
        m.setFilter(f);
        CHECK(numbersShown(m) == QStringList{QStringLiteral("2024-004")});
    }
    SECTION("sorting keeps the filter")
    {
        m.sort(ProposalsModel::Stage, Qt::DescendingOrder);
        CHECK(numbersShown(m).first() == QStringLiteral("2024-003")); // merged after the others
        ProposalFilter f;
        f.category = QStringLiteral("后勤服务");
        m.setFilter(f);
        CHECK(numbersShown(m) == QStringList{QStringLiteral("2024-003"), QStringLiteral("2024-001")});
        m.sort(ProposalsModel::Number, Qt::AscendingOrder);
        CHECK(numbersShown(m) == QStringList{QStringLiteral("2024-001"), QStringLiteral("2024-003")});
    }
    SECTION("the history of a proposal holds its own rows, those removed too")
    {
        const QList<ProposalChange> history = proposalHistory(*db, b);
        QStringList tables;
        for (const ProposalChange& h : history)
            tables << h.table;
        CHECK(tables.contains(QStringLiteral("Proposals")));
        CHECK(tables.contains(QStringLiteral("Co-signers")));
        CHECK(tables.contains(QStringLiteral("Proposal assignments")));
        CHECK(tables.contains(QStringLiteral("Proposal replies")));
        CHECK(tables.contains(QStringLiteral("Proposal ratings")));
        // Nothing of proposal a (whose id may be a prefix of b's) slips in.
        for (const ProposalChange& h : proposalHistory(*db, a))
            CHECK_FALSE(h.changes.join(QLatin1Char(' ')).contains(QStringLiteral("已列入计划")));
    }
}

TEST_CASE("The proposals model opens and filters a session of 300 among 3,000 quickly", "[congress][model][bench]")
{
    TestDatabase t;
    auto db = t.open();
    CongressFixture c(*db, 12);
    DatabaseSettings(*db).setValue(settings::MinCosigners, QStringLiteral("2"));
    ProposalRepository repo(*db);
    {
        Transaction tx(*db);
        for (int i = 0; i < 300; ++i) {
            const qint64 id =
                repo.submit(c.proposal(QStringLiteral("提案%1").arg(i), i % 12, {(i + 1) % 12, (i + 2) % 12},
                                       i % 2 ? QStringLiteral("教学科研") : QStringLiteral("后勤服务")));
            if (i % 3 == 0) {
                repo.decide(id, Decision::Filed, QDate(2024, 4, 1));
                repo.assign(id, c.unitIds.at(i % 4), {}, QDate(2024, 4, 1));
            }
        }
        tx.commit();
    }
    ProposalsModel m;
    m.setToday(QDate(2024, 8, 1));
    m.setDatabase(db.get());
    m.setSession(c.sessionId);
    ProposalFilter f;
    f.overdueOnly = true;
    f.category = QStringLiteral("后勤服务");
    m.setFilter(f);
    CHECK(m.allRows().size() == 300);
    CHECK(m.rowCount() == 50);
    // Its speed is measured by tests/bench/congress_bench, not here.
}
