#include "support/CongressBuilders.h"
#include "support/TestDatabase.h"
#include "support/catch.h"

#include "core/db/Error.h"

using namespace ud::core;
using ud::test::CongressFixture;
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

QString problemsText(const Problems& problems)
{
    return messages(problems).join(QLatin1Char('\n'));
}

} // namespace

TEST_CASE("A proposal needs its co-signers, each a representative of the term, once, not the proposer", "[congress]")
{
    TestDatabase t;
    auto db = t.open();
    CongressFixture c(*db);
    ProposalRepository repo(*db);

    CHECK(problemsText(repo.submissionProblems(c.proposal(QStringLiteral("a"), 0, {1, 2}))).isEmpty());
    CHECK(problemsText(repo.submissionProblems(c.proposal(QStringLiteral("a"), 0, {1})))
              .contains(QStringLiteral("at least 2 co-signing")));
    CHECK(problemsText(repo.submissionProblems(c.proposal(QStringLiteral("a"), 0, {0, 1, 2})))
              .contains(QStringLiteral("cannot co-sign the own proposal")));
    CHECK(problemsText(repo.submissionProblems(c.proposal(QStringLiteral("a"), 0, {1, 1, 2})))
              .contains(QStringLiteral("co-signs only once")));

    // A representative of another term does not count.
    const qint64 otherDelegation = DelegationRepository(*db).idForName(11, QStringLiteral("经济学院代表团"));
    Representative old;
    old.term = 11;
    old.memberId = ud::test::addMember(*db, QStringLiteral("X1"), QStringLiteral("老代表"));
    old.delegationId = otherDelegation;
    const qint64 oldRep = RepresentativeRepository(*db).add(old);
    Proposal p = c.proposal(QStringLiteral("a"), 0, {1});
    p.cosignerIds << oldRep;
    const QString text = problemsText(repo.submissionProblems(p));
    CHECK(text.contains(QStringLiteral("representatives of term 12")));
    CHECK(text.contains(QStringLiteral("老代表（X1）")));

    // The setting changes the number.
    DatabaseSettings(*db).setValue(settings::MinCosigners, QStringLiteral("1"));
    CHECK(problemsText(repo.submissionProblems(c.proposal(QStringLiteral("a"), 0, {1}))).isEmpty());

    // Refused as a whole: nothing stored.
    DatabaseSettings(*db).setValue(settings::MinCosigners, QStringLiteral("3"));
    CHECK(refusal([&] {
              repo.submit(c.proposal(QStringLiteral("a"), 0, {1, 2}));
          }).contains(QStringLiteral("at least 3")));
    CHECK(db->scalar(QStringLiteral("SELECT COUNT(*) FROM congress_proposals")).toInt() == 0);
    CHECK(db->scalar(QStringLiteral("SELECT COUNT(*) FROM congress_cosigners")).toInt() == 0);

    // A text without co-signers can be kept as a suggestion.
    Proposal s = c.proposal(QStringLiteral("食堂"), 0, {});
    s.kind = ProposalKind::Suggestion;
    CHECK(repo.submit(s) > 0);
}

TEST_CASE("A proposal after the window closes is refused as a proposal, numbers follow the setting", "[congress]")
{
    TestDatabase t;
    auto db = t.open();
    CongressFixture c(*db);
    ProposalRepository repo(*db);

    Proposal late = c.proposal(QStringLiteral("迟交"), 0, {1, 2});
    late.submitted = QDate(2024, 4, 1);
    const QString why = refusal([&] { repo.submit(late); });
    CHECK(why.contains(QStringLiteral("accepted until 2024-03-31")));
    CHECK(why.contains(QStringLiteral("suggestion")));
    late.kind = ProposalKind::Suggestion;
    const qint64 s = repo.submit(late);
    CHECK(repo.require(s).number == QStringLiteral("2024-001"));

    const qint64 a = c.submit(QStringLiteral("一"));
    CHECK(repo.require(a).number == QStringLiteral("2024-002"));
    DatabaseSettings(*db).setValue(settings::ProposalNumberPrefix, QStringLiteral("TA{year}"));
    DatabaseSettings(*db).setValue(settings::ProposalNumberDigits, QStringLiteral("4"));
    CHECK(repo.nextNumber(c.sessionId) == QStringLiteral("TA20240001"));

    // A replaced representative cannot co-sign after leaving.
    RepresentativeRepository reps(*db);
    const qint64 newcomer = ud::test::addMember(*db, QStringLiteral("N1"), QStringLiteral("新代表"));
    const qint64 replacement = reps.replace(c.repIds.at(2), newcomer, QDate(2024, 2, 1));
    CHECK(reps.require(c.repIds.at(2)).ended == QDate(2024, 1, 31));
    CHECK(reps.require(replacement).replacesId == c.repIds.at(2));
    CHECK(problemsText(repo.submissionProblems(c.proposal(QStringLiteral("x"), 0, {1, 2})))
              .contains(QStringLiteral("was not a representative on 2024-03-01")));
    Proposal withNew = c.proposal(QStringLiteral("x"), 0, {1});
    withNew.cosignerIds << replacement;
    CHECK(problemsText(repo.submissionProblems(withNew)).isEmpty());
}

TEST_CASE("The committee's decisions and merges follow their rules", "[congress]")
{
    TestDatabase t;
    auto db = t.open();
    CongressFixture c(*db);
    ProposalRepository repo(*db);
    const QDate day(2024, 4, 10);
    const qint64 a = c.submit(QStringLiteral("A"));
    const qint64 b = c.submit(QStringLiteral("B"));
    const qint64 x = c.submit(QStringLiteral("X"));

    CHECK(refusal([&] { repo.decide(a, Decision::Rejected, day); }).contains(QStringLiteral("needs the reason")));
    CHECK(refusal([&] { repo.decide(b, Decision::Merged, day, {}, a); }).contains(QStringLiteral("not filed")));
    repo.decide(a, Decision::Filed, day);
    repo.decide(b, Decision::Merged, day, {}, a);
    CHECK(repo.file(a).sourceIds == QList<qint64>{b});
    // A merged proposal cannot take others in; the target cannot be merged or un-filed while it has sources.
    CHECK(refusal([&] { repo.decide(x, Decision::Merged, day, {}, b); }).contains(QStringLiteral("itself merged")));
    CHECK(refusal([&] {
              repo.decide(a, Decision::Rejected, day, QStringLiteral("r"));
          }).contains(QStringLiteral("merged into")));
    CHECK(refusal([&] { repo.decide(x, Decision::Merged, day, {}, x); }).contains(QStringLiteral("into itself")));
    repo.decide(x, Decision::Rejected, day, QStringLiteral("不属于教代会职权范围"));
    CHECK(repo.require(x).decisionReason == QStringLiteral("不属于教代会职权范围"));
    CHECK(repo.file(x).stage() == ProposalStage::Rejected);
    CHECK(repo.file(a).stage() == ProposalStage::Filed);

    // Undo of a decision: the file as it was comes back.
    const ProposalFile before = repo.file(x);
    repo.decide(x, Decision::Pending, day);
    CHECK(repo.file(x).stage() == ProposalStage::Submitted);
    repo.restore(before);
    CHECK(repo.file(x).stage() == ProposalStage::Rejected);
}

TEST_CASE("Assignment deadlines, replies on time and late, and rounds after 不满意", "[congress]")
{
    TestDatabase t;
    auto db = t.open();
    CongressFixture c(*db);
    ProposalRepository repo(*db);
    const qint64 a = c.submit(QStringLiteral("A"));
    CHECK(refusal([&] {
              repo.assign(a, c.unitIds.at(0), {}, QDate(2024, 4, 10));
          }).contains(QStringLiteral("only a filed")));
    repo.decide(a, Decision::Filed, QDate(2024, 4, 10));
    repo.assign(a, c.unitIds.at(0), {c.unitIds.at(1)}, QDate(2024, 4, 15));
    ProposalFile f = repo.file(a);
    REQUIRE(f.lead());
    CHECK(f.lead()->deadline == QDate(2024, 7, 15));
    REQUIRE(f.coHandlers().size() == 1);
    CHECK(f.coHandlers().first().deadline == QDate(2024, 6, 15));
    CHECK(f.stage() == ProposalStage::Assigned);
    CHECK_FALSE(f.overdueOn(QDate(2024, 7, 15)));
    CHECK(f.overdueOn(QDate(2024, 7, 16)));
    CHECK(refusal([&] {
              repo.assign(a, c.unitIds.at(0), {c.unitIds.at(0)}, QDate(2024, 4, 15));
          }).contains(QStringLiteral("named twice")));

    CHECK(refusal([&] { repo.rate(a, Rating::Satisfied, QDate(2024, 7, 20)); }).contains(QStringLiteral("no reply")));
    Reply r;
    r.replied = QDate(2024, 7, 16);
    r.text = QStringLiteral("已研究");
    r.result = ReplyResult::B;
    CHECK(refusal([&] { repo.reply(a, r); }).contains(QStringLiteral("completion date")));
    r.completion = QDate(2024, 12, 31);
    repo.reply(a, r);
    f = repo.file(a);
    CHECK(f.repliedLate());
    CHECK(f.stage() == ProposalStage::Replied);

    // A co-signer's rating does not open a round; the proposer's 不满意 does.
    repo.rate(a, Rating::Basic, QDate(2024, 7, 20), c.repIds.at(1));
    CHECK(repo.require(a).round == 1);
    CHECK(refusal([&] {
              repo.rate(a, Rating::Basic, QDate(2024, 7, 20), c.repIds.at(4));
          }).contains(QStringLiteral("co-signers")));
    repo.rate(a, Rating::Unsatisfied, QDate(2024, 7, 21));
    f = repo.file(a);
    CHECK(f.proposal.round == 2);
    CHECK(f.stage() == ProposalStage::Filed);
    repo.assign(a, c.unitIds.at(0), {}, QDate(2024, 8, 1));
    r.replied = QDate(2024, 9, 1);
    r.result = ReplyResult::A;
    repo.reply(a, r);
    repo.rate(a, Rating::Satisfied, QDate(2024, 9, 5));
    f = repo.file(a);
    CHECK(f.stage() == ProposalStage::Rated);
    CHECK_FALSE(f.repliedLate());
    CHECK(f.repliedLate(1));
    // Every round stays.
    CHECK(f.replies.size() == 2);
    CHECK(f.ratings.size() == 3);
    CHECK(f.proposerRating(1)->rating == Rating::Unsatisfied);
    CHECK(f.proposerRating(2)->rating == Rating::Satisfied);
    CHECK(f.assignments.size() == 3);
    CHECK(
        refusal([&] { repo.rate(a, Rating::Satisfied, QDate(2024, 9, 6)); }).contains(QStringLiteral("already rated")));

    // Erase and restore under the same id, with the change history of each row.
    const ProposalFile whole = repo.file(a);
    const int historyRows = db->scalar(QStringLiteral("SELECT COUNT(*) FROM change_log")).toInt();
    repo.erase(a);
    CHECK(db->scalar(QStringLiteral("SELECT COUNT(*) FROM congress_replies")).toInt() == 0);
    CHECK(db->scalar(QStringLiteral("SELECT COUNT(*) FROM change_log")).toInt() > historyRows);
    repo.restore(whole);
    const ProposalFile back = repo.file(a);
    CHECK(back.proposal == whole.proposal);
    CHECK(back.replies.size() == 2);
    CHECK(back.ratings.size() == 3);
    CHECK(back.stage() == ProposalStage::Rated);
}

TEST_CASE("Delegations are unique per term and found by sub-union", "[congress]")
{
    TestDatabase t;
    auto db = t.open();
    CongressFixture c(*db, 2);
    DelegationRepository repo(*db);
    const Delegation d = repo.require(c.delegationIds.at(0));
    CHECK(d.unitId.has_value());
    Delegation again;
    again.term = 12;
    again.name = QStringLiteral("经济学院代表团");
    CHECK(repo.validate(again).join(QString()).contains(QStringLiteral("already has a delegation")));
    again.term = 13;
    CHECK(repo.validate(again).isEmpty());
    CHECK(RepresentativeRepository(*db).ofTerm(12).size() == 2);
}
