#include "support/TestDatabase.h"
#include "support/catch.h"

#include "core/congress/CongressDemo.h"
#include "core/congress/CongressRepositories.h"
#include "core/congress/ProposalRepository.h"
#include "core/db/Error.h"
#include "core/members/DemoData.h"

#include <QSet>

using namespace ud::core;
using ud::test::TestDatabase;

TEST_CASE("The congress demo holds proposals in every state, through the repositories' rules", "[congress][demo]")
{
    TestDatabase t;
    auto db = t.open();
    const QDate today(2026, 12, 2);
    DemoData::Options members;
    members.members = 600;
    members.today = today;
    DemoData::generate(*db, members);
    CongressDemo::Options options;
    options.today = today;
    options.sessions = 3;
    options.proposalsPerSession = 60;
    const CongressDemo::Summary s = CongressDemo::generate(*db, options);
    CHECK(s.sessions == 3);
    CHECK(s.proposals == 180);
    CHECK(s.representatives > 40);
    CHECK(s.inspections == 3);
    CHECK_THROWS_AS(CongressDemo::generate(*db, options), ValidationError);

    ProposalRepository repo(*db);
    QSet<ProposalStage> stages;
    QSet<Decision> decisionsSeen;
    int late = 0, secondRounds = 0, collective = 0, suggestions = 0, replaced = 0;
    QSet<Rating> ratingsSeen;
    for (const CongressSession& session : SessionRepository(*db).all())
        for (const Proposal& p : repo.ofSession(session.id)) {
            const ProposalFile f = repo.file(p.id);
            stages.insert(f.stage());
            decisionsSeen.insert(p.decision);
            late += f.repliedLate(1) ? 1 : 0;
            secondRounds += p.round > 1 ? 1 : 0;
            collective += p.isCollective() ? 1 : 0;
            suggestions += p.kind == ProposalKind::Suggestion ? 1 : 0;
            for (const ProposalRating& r : f.ratings)
                ratingsSeen.insert(r.rating);
        }
    for (const Representative& r : RepresentativeRepository(*db).all())
        replaced += r.replacesId ? 1 : 0;
    CHECK(decisionsSeen.size() == 6); // every decision, and some not decided
    CHECK(stages.contains(ProposalStage::Submitted));
    CHECK(stages.contains(ProposalStage::Assigned));
    CHECK(stages.contains(ProposalStage::Rated));
    CHECK(stages.contains(ProposalStage::Merged));
    CHECK(ratingsSeen.size() == 3);
    CHECK(late > 0);
    CHECK(secondRounds > 0);
    CHECK(collective > 0);
    CHECK(suggestions > 0);
    CHECK(replaced > 0);
    CHECK(db->scalar(QStringLiteral("SELECT COUNT(*) FROM congress_reviews")).toInt() > 0);
    CHECK(db->scalar(QStringLiteral("SELECT COUNT(*) FROM congress_inspection_items")).toInt() == 6);
}
