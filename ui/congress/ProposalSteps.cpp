#include "ui/congress/ProposalSteps.h"

#include "core/db/Database.h"
#include "ui/congress/ProposalCommand.h"
#include "ui/shell/Module.h"

#include <QUndoStack>

namespace ud::ui {

using core::Decision;
using core::ProposalRepository;

namespace {

QString numberOf(core::Database& db, qint64 id)
{
    const auto p = ProposalRepository(db).byId(id);
    return p ? p->number : QString();
}

} // namespace

ProposalSteps::ProposalSteps(ShellContext& shell, RecordChangedCallback changed)
    : m_shell(shell), m_changed(std::move(changed))
{
}

bool ProposalSteps::run(const QList<qint64>& ids, const QString& text, const QString& cannot,
                        const std::function<void(ProposalRepository&)>& change)
{
    core::Database* db = m_shell.database();
    if (!db || ids.isEmpty())
        return false;
    QList<ProposalCommand::Change> changes;
    try {
        core::Transaction tx(*db);
        ProposalRepository repo(*db);
        for (qint64 id : ids)
            changes.append({repo.file(id), {}});
        change(repo);
        for (ProposalCommand::Change& c : changes)
            c.after = repo.file(c.before->proposal.id);
        tx.commit();
    } catch (const core::Error& e) {
        m_shell.warn(cannot, e.message());
        return false;
    }
    m_shell.undoStack()->push(new ProposalCommand(m_shell, changes, text, m_changed));
    return true;
}

qint64 ProposalSteps::submit(const core::Proposal& proposal)
{
    core::Database* db = m_shell.database();
    if (!db)
        return 0;
    core::ProposalFile after;
    try {
        ProposalRepository repo(*db);
        core::Proposal candidate = proposal;
        candidate.id = 0;
        const qint64 id = repo.submit(candidate);
        after = repo.file(id);
    } catch (const core::Error& e) {
        m_shell.warn(tr("Cannot submit the proposal"), e.message());
        return 0;
    }
    m_shell.undoStack()->push(
        new ProposalCommand(m_shell, {{std::nullopt, after}},
                            tr("Submit proposal %1 %2").arg(after.proposal.number, after.proposal.title), m_changed));
    return after.proposal.id;
}

bool ProposalSteps::edit(const core::Proposal& proposal)
{
    return run({proposal.id}, tr("Edit proposal %1").arg(proposal.number), tr("Cannot save the proposal"),
               [&](ProposalRepository& repo) { repo.edit(proposal); });
}

bool ProposalSteps::decide(qint64 id, Decision decision, const QDate& day, const QString& reason,
                           std::optional<qint64> mergedInto)
{
    return decideMany({id}, decision, day, reason, mergedInto);
}

bool ProposalSteps::decideMany(const QList<qint64>& ids, Decision decision, const QDate& day, const QString& reason,
                               std::optional<qint64> mergedInto)
{
    core::Database* db = m_shell.database();
    if (!db || ids.isEmpty())
        return false;
    const QString label = core::decisions().label(decision);
    QString text;
    if (ids.size() == 1)
        text = decision == Decision::Withdrawn ? tr("Withdraw proposal %1").arg(numberOf(*db, ids.first()))
                                               : tr("Proposal %1: %2").arg(numberOf(*db, ids.first()), label);
    else
        text = tr("%n proposal(s): %1", nullptr, int(ids.size())).arg(label);
    if (decision == Decision::Merged && mergedInto)
        text += tr(" into %1").arg(numberOf(*db, *mergedInto));
    return run(ids, text, tr("Cannot record the decision"), [&](ProposalRepository& repo) {
        for (qint64 id : ids)
            repo.decide(id, decision, day, reason, mergedInto);
    });
}

bool ProposalSteps::setKeyProposal(qint64 id, bool key)
{
    core::Database* db = m_shell.database();
    if (!db)
        return false;
    const QString number = numberOf(*db, id);
    return run({id}, key ? tr("Mark %1 as a key proposal").arg(number) : tr("%1 no longer a key proposal").arg(number),
               tr("Cannot change the key proposal mark"),
               [&](ProposalRepository& repo) { repo.setKeyProposal(id, key); });
}

bool ProposalSteps::assign(qint64 id, qint64 leadUnitId, const QList<qint64>& coUnitIds, const QDate& day)
{
    core::Database* db = m_shell.database();
    if (!db)
        return false;
    return run({id}, tr("Assign proposal %1").arg(numberOf(*db, id)), tr("Cannot assign the proposal"),
               [&](ProposalRepository& repo) { repo.assign(id, leadUnitId, coUnitIds, day); });
}

bool ProposalSteps::setDeadline(qint64 id, qint64 assignmentId, const QDate& deadline)
{
    core::Database* db = m_shell.database();
    if (!db)
        return false;
    return run({id}, tr("Change the reply deadline of %1").arg(numberOf(*db, id)), tr("Cannot change the deadline"),
               [&](ProposalRepository& repo) { repo.setDeadline(assignmentId, deadline); });
}

bool ProposalSteps::reply(qint64 id, const core::Reply& reply)
{
    core::Database* db = m_shell.database();
    if (!db)
        return false;
    return run({id}, tr("Reply to proposal %1").arg(numberOf(*db, id)), tr("Cannot store the reply"),
               [&](ProposalRepository& repo) { repo.reply(id, reply); });
}

bool ProposalSteps::rate(qint64 id, core::Rating rating, const QDate& day, std::optional<qint64> repId,
                         const QString& comment)
{
    core::Database* db = m_shell.database();
    if (!db)
        return false;
    return run({id}, tr("Rate proposal %1: %2").arg(numberOf(*db, id), core::ratings().label(rating)),
               tr("Cannot store the rating"),
               [&](ProposalRepository& repo) { repo.rate(id, rating, day, repId, comment); });
}

bool ProposalSteps::addReview(const core::ProposalReview& review)
{
    core::Database* db = m_shell.database();
    if (!db)
        return false;
    return run({review.proposalId}, tr("Review proposal %1").arg(numberOf(*db, review.proposalId)),
               tr("Cannot store the review"), [&](ProposalRepository& repo) { repo.addReview(review); });
}

bool ProposalSteps::reclassify(const QList<qint64>& ids, const QString& category)
{
    return run(ids, tr("Category of %n proposal(s): %1", nullptr, int(ids.size())).arg(category),
               tr("Cannot change the category"), [&](ProposalRepository& repo) {
                   for (qint64 id : ids) {
                       core::Proposal p = repo.withCosigners(id).value_or(core::Proposal());
                       if (!p.id)
                           throw core::ValidationError(tr("The proposal no longer exists."));
                       p.category = category;
                       repo.edit(p);
                   }
               });
}

} // namespace ud::ui
