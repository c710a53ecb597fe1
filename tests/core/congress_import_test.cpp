#include "support/CongressBuilders.h"
#include "support/TestDatabase.h"
#include "support/TestFiles.h"
#include "support/catch.h"

#include "core/congress/CongressImport.h"
#include "core/db/ImportLog.h"

using namespace ud::core;
using ud::test::CongressFixture;
using ud::test::TestDatabase;
using ud::test::writeFile;

namespace {

int count(Database& db, const char* table)
{
    return db.scalar(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QString::fromLatin1(table))).toInt();
}

const char* kHeader =
    "提案号,案由,类别,提案人,附议人,提交日期,立案情况,并入提案号,不立案理由,主办单位,协办单位,办理期限,"
    "答复日期,答复结果,满意度,重点提案\n";

} // namespace

TEST_CASE("Representatives are imported by staff number or unique name, all or nothing", "[congress][import]")
{
    TestDatabase t;
    auto db = t.open();
    CongressFixture c(*db, 0);
    ud::test::addMember(*db, QStringLiteral("2001"), QStringLiteral("张伟"));
    ud::test::addMember(*db, QStringLiteral("2002"), QStringLiteral("张伟"));
    ud::test::addMember(*db, QStringLiteral("2003"), QStringLiteral("李娜"));

    const QString bad =
        writeFile(t, QStringLiteral("reps.csv"),
                  "工号,姓名,代表团\n2001,张伟,经济学院代表团\n,张伟,新代表团\n2003,王芳,新代表团\n,李娜,\n");
    const CongressImportResult refused = importRepresentatives(*db, bad, QStringLiteral("12-2"));
    REQUIRE(refused.errors.size() == 3);
    CHECK(refused.errors.at(0) == QStringLiteral("row 3: 2 members are named 张伟; give the staff number instead."));
    CHECK(refused.errors.at(1) == QStringLiteral("row 4: staff number 2003 is 李娜 on the roster, not 王芳."));
    CHECK(refused.errors.at(2) == QStringLiteral("row 5: 代表团 is empty."));
    CHECK(count(*db, "congress_representatives") == 0);
    CHECK(count(*db, "congress_delegations") == 2);

    const QString good = writeFile(t, QStringLiteral("reps2.csv"),
                                   "工号,姓名,代表团,团长\n2002,张伟,新代表团,是\n,李娜,经济学院代表团,\n");
    const CongressImportResult stored = importRepresentatives(*db, good, QStringLiteral("12-2"));
    CHECK(stored.errors.isEmpty());
    CHECK(stored.added == 2);
    CHECK(stored.delegationsAdded == 1);
    CHECK(stored.batch > 0);
    const auto head = DelegationRepository(*db).byName(12, QStringLiteral("新代表团"));
    REQUIRE(head);
    CHECK(head->headMemberId.has_value());
    CHECK(RepresentativeRepository(*db).ofTerm(12).size() == 2);
    // Again: nothing new.
    const CongressImportResult again = importRepresentatives(*db, good, QStringLiteral("12-2"));
    CHECK(again.added == 0);
    CHECK(again.unchanged == 2);

    CHECK_THROWS_WITH(importRepresentatives(*db, good, QStringLiteral("9-9")),
                      Catch::Contains("no congress session with the key 9-9"));
}

TEST_CASE("Proposals are imported with decisions, merges, units, replies and ratings, all or nothing",
          "[congress][import]")
{
    TestDatabase t;
    auto db = t.open();
    CongressFixture c(*db, 6);
    // R001…R006 are 代表1…代表6.
    QByteArray good = kHeader;
    good +=
        "2024-001,住房,民生保障,R001,R002、R003,2024-03-01,立案,,,后勤管理处,人事处；新的处,2024-06-30,2024-06-20,B,"
        "满意,是\n";
    good += "2024-002,住房补贴,民生保障,代表2,\"代表1, 代表3\",2024-03-02,并案,2024-001,,,,,,,,\n";
    good += "2024-003,食堂,后勤服务,R004,R005 R006,2024-03-05,不立案,,属于日常管理,,,,,,,否\n";
    good += "2024-004,体检,民生保障,管理学院代表团,R001;R002,2024-03-10,立案,,,人事处,,,2024-08-01,A,不满意,\n";
    good += "2024-005,图书馆,教学科研,R001,R002、R003,2024-03-11,,,,,,,,,,\n";
    const QString path = writeFile(t, QStringLiteral("p.csv"), good);

    const CongressImportResult dry = importProposals(*db, path, QStringLiteral("12-2"), true);
    CHECK(dry.errors.isEmpty());
    CHECK(dry.added == 5);
    CHECK(count(*db, "congress_proposals") == 0);

    const CongressImportResult r = importProposals(*db, path, QStringLiteral("12-2"));
    REQUIRE(r.errors.isEmpty());
    CHECK(r.added == 5);
    CHECK(r.unitsAdded == 1); // 新的处
    ProposalRepository repo(*db);
    const ProposalFile first = repo.file(repo.byNumber(c.sessionId, QStringLiteral("2024-001"))->id);
    CHECK(first.proposal.keyProposal);
    CHECK(first.lead()->unitName == QStringLiteral("后勤管理处"));
    CHECK(first.lead()->deadline == QDate(2024, 6, 30));
    CHECK(first.coHandlers().size() == 2);
    CHECK(first.reply()->result == ReplyResult::B);
    CHECK(first.proposerRating()->rating == Rating::Satisfied);
    CHECK(first.sourceIds.size() == 1);
    CHECK(first.stage() == ProposalStage::Rated);
    const ProposalFile collective = repo.file(repo.byNumber(c.sessionId, QStringLiteral("2024-004"))->id);
    CHECK(collective.proposal.isCollective());
    CHECK(collective.proposal.round == 2);
    CHECK(collective.stage() == ProposalStage::Filed);
    CHECK(repo.file(repo.byNumber(c.sessionId, QStringLiteral("2024-003"))->id).proposal.decisionReason ==
          QStringLiteral("属于日常管理"));
    CHECK(repo.file(repo.byNumber(c.sessionId, QStringLiteral("2024-005"))->id).stage() == ProposalStage::Submitted);

    // The import is one entry of the import log, undone as a whole.
    CHECK(r.batch > 0);
    ImportLog(*db).undo(r.batch);
    CHECK(count(*db, "congress_proposals") == 0);
    CHECK(count(*db, "congress_replies") == 0);
}

TEST_CASE("A proposals file with bad rows stores nothing and names each row", "[congress][import]")
{
    TestDatabase t;
    auto db = t.open();
    CongressFixture c(*db, 4);
    QByteArray bad = kHeader;
    bad += "2024-001,一,教学科研,R001,R002,2024-03-01,,,,,,,,,,\n";                            // 1 co-signer
    bad += "2024-002,二,教学科研,R001,R002、R009,2024-03-01,,,,,,,,,,\n";                      // R009 unknown
    bad += "2024-003,三,教学科研,R001,R002、R003,2024-03-01,不立案,,,,,,,,,\n";                // no reason
    bad += "2024-004,四,教学科研,R001,R002、R003,2024-03-01,并案,2024-003,,,,,,,,\n";          // target not filed
    bad += "2024-005,五,教学科研,R001,R002、R003,2024-03-01,立案,,,人事处,,,2024-05-01,E,,\n"; // result E
    bad += "2024-006,六,教学科研,R001,R002、R003,2024-13-01,,,,,,,,,,\n";                      // no date
    bad += "2024-007,七,教学科研,R001,R002、R003,2024-03-01,立案,,,人事处,,,,,满意,\n";        // rating without reply
    const QString path = writeFile(t, QStringLiteral("bad.csv"), bad);
    const CongressImportResult r = importProposals(*db, path, QStringLiteral("12-2"));
    REQUIRE(r.errors.size() == 7);
    CHECK(r.errors.at(0).startsWith(QStringLiteral("row 2: Rule: a proposal needs at least 2 co-signing")));
    CHECK(r.errors.at(1) == QStringLiteral("row 3: R009 is neither a staff number nor a name on the roster."));
    CHECK(r.errors.at(2) == QStringLiteral("row 4: Rule: a proposal that is not filed needs the reason."));
    CHECK(r.errors.at(3).startsWith(QStringLiteral("row 5: Rule: proposals are merged into a filed proposal")));
    CHECK(r.errors.at(4) == QStringLiteral("row 6: 答复结果 \"E\" is none of A, B, C, D."));
    CHECK(r.errors.at(5) == QStringLiteral("row 7: 提交日期 \"2024-13-01\" is not a date."));
    CHECK(r.errors.at(6) == QStringLiteral("row 8: 答复结果 and 满意度 need the 答复日期."));
    CHECK(count(*db, "congress_proposals") == 0);
    CHECK(count(*db, "handling_units") == 4);
}
