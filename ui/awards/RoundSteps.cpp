#include "ui/awards/RoundSteps.h"

#include "core/db/Database.h"
#include "core/db/Transaction.h"
#include "ui/awards/RoundCommand.h"
#include "ui/shell/Module.h"

#include <QUndoStack>

namespace ud::ui {

using core::AwardRoundRepository;
using core::NominationRepository;
using core::RoundFile;

namespace {
QString filled(const QString& text, const QString& key, const QString& subject);
} // namespace

RoundSteps::RoundSteps(ShellContext& shell, RecordChangedCallback changed)
    : m_shell(shell), m_changed(std::move(changed))
{
}

bool RoundSteps::run(qint64 roundId, const QString& text, const QString& subject, const QString& cannot,
                     const std::function<void()>& change)
{
    core::Database* db = m_shell.database();
    if (!db || !roundId)
        return false;
    RoundFile before;
    RoundFile after;
    try {
        core::Transaction tx(*db);
        AwardRoundRepository rounds(*db);
        before = rounds.file(roundId);
        change();
        after = rounds.file(roundId);
        tx.commit();
    } catch (const core::Error& e) {
        m_shell.warn(cannot, e.message());
        return false;
    }
    m_shell.undoStack()->push(
        new RoundCommand(m_shell, before, after, filled(text, before.round.key, subject), m_changed));
    return true;
}

qint64 RoundSteps::roundOf(qint64 nominationId) const
{
    core::Database* db = m_shell.database();
    if (!db)
        return 0;
    return db
        ->scalar(QStringLiteral("SELECT round_id FROM award_nominations WHERE id = :id"),
                 {{QStringLiteral("id"), nominationId}})
        .toLongLong();
}

namespace {
/// `text` with %1 the round's key and %2 the subject, either of which it may leave out.
QString filled(const QString& text, const QString& key, const QString& subject)
{
    QString out;
    for (int i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('%') && i + 1 < text.size() &&
            (text.at(i + 1) == QLatin1Char('1') || text.at(i + 1) == QLatin1Char('2'))) {
            out += text.at(i + 1) == QLatin1Char('1') ? key : subject;
            ++i;
        } else {
            out += text.at(i);
        }
    }
    return out;
}

QString nomineeOf(core::Database& db, qint64 nominationId)
{
    const auto n = NominationRepository(db).byId(nominationId);
    return n ? n->nominee() : QString();
}
} // namespace

// ---- rounds

qint64 RoundSteps::openRound(const core::AwardRound& round)
{
    core::Database* db = m_shell.database();
    if (!db)
        return 0;
    RoundFile after;
    try {
        core::Transaction tx(*db);
        AwardRoundRepository rounds(*db);
        core::AwardRound r = round;
        r.id = 0;
        after = rounds.file(rounds.open(r));
        tx.commit();
    } catch (const core::Error& e) {
        m_shell.warn(tr("Cannot add the round"), e.message());
        return 0;
    }
    m_shell.undoStack()->push(
        new RoundCommand(m_shell, std::nullopt, after, tr("Add round %1").arg(after.round.key), m_changed));
    return after.round.id;
}

bool RoundSteps::editRound(const core::AwardRound& round)
{
    return run(round.id, tr("Edit round %1"), {}, tr("Cannot save the round"),
               [&] { AwardRoundRepository(*m_shell.database()).edit(round); });
}

bool RoundSteps::eraseRound(qint64 roundId, bool confirm)
{
    core::Database* db = m_shell.database();
    if (!db || !roundId)
        return false;
    RoundFile before;
    try {
        AwardRoundRepository rounds(*db);
        before = rounds.file(roundId);
        // The refusal before the question: a round with nominations is not deleted.
        if (!before.nominations.isEmpty())
            throw core::ValidationError(tr("Rule: a round is deleted only while it has no nominations; %1 has %n.",
                                           nullptr, int(before.nominations.size()))
                                            .arg(before.round.key));
        if (confirm && !m_shell.ask(tr("Delete round"),
                                    tr("Delete the round %1 with its quotas?").arg(before.round.key) +
                                        QStringLiteral("\n\n") + tr("You can bring it back with Edit › Undo.")))
            return false;
        rounds.erase(roundId);
    } catch (const core::Error& e) {
        m_shell.warn(tr("Cannot delete the round"), e.message());
        return false;
    }
    m_shell.undoStack()->push(
        new RoundCommand(m_shell, before, std::nullopt, tr("Delete round %1").arg(before.round.key), m_changed));
    return true;
}

bool RoundSteps::computeQuotas(qint64 roundId)
{
    return run(roundId, tr("Compute the quotas of %1"), {}, tr("Cannot compute the quotas"),
               [&] { AwardRoundRepository(*m_shell.database()).computeQuotas(roundId); });
}

bool RoundSteps::setQuota(qint64 roundId, qint64 unitId, int quota, const QString& reason)
{
    core::Database* db = m_shell.database();
    if (!db)
        return false;
    const QString unit =
        db->scalar(QStringLiteral("SELECT name FROM units WHERE id = :id"), {{QStringLiteral("id"), unitId}})
            .toString();
    return run(roundId, tr("Set the quota of %2 in %1"), unit, tr("Cannot set the quota"),
               [&] { AwardRoundRepository(*db).setQuota(roundId, unitId, quota, reason); });
}

// ---- nominations

qint64 RoundSteps::nominate(const core::Nomination& nomination, QList<core::AwardProblem>* warnings)
{
    core::Database* db = m_shell.database();
    if (!db)
        return 0;
    core::Nomination n = nomination;
    n.id = 0;
    // The nominee as lists name it (张伟 20150032), before it is stored.
    QString subject = n.teamName;
    if (!n.isCollective() && n.memberId) {
        const auto rows = db->rows(QStringLiteral("SELECT name, staff_no FROM members WHERE id = :id"),
                                   {{QStringLiteral("id"), *n.memberId}});
        if (!rows.isEmpty())
            subject = QStringLiteral("%1 %2").arg(rows.first().value(QStringLiteral("name")).toString(),
                                                  rows.first().value(QStringLiteral("staff_no")).toString());
    }
    qint64 id = 0;
    if (!run(n.roundId, tr("Nominate %2 in %1"), subject, tr("Cannot store the nomination"),
             [&] { id = NominationRepository(*db).nominate(n, warnings); }))
        return 0;
    return id;
}

bool RoundSteps::editNomination(const core::Nomination& nomination, QList<core::AwardProblem>* warnings)
{
    core::Database* db = m_shell.database();
    if (!db)
        return false;
    return run(nomination.roundId, tr("Edit the nomination of %2"), nomineeOf(*db, nomination.id),
               tr("Cannot save the nomination"), [&] { NominationRepository(*db).edit(nomination, warnings); });
}

bool RoundSteps::withdraw(qint64 nominationId, const QString& reason)
{
    core::Database* db = m_shell.database();
    if (!db)
        return false;
    return run(roundOf(nominationId), tr("Withdraw the nomination of %2"), nomineeOf(*db, nominationId),
               tr("Cannot withdraw the nomination"), [&] { NominationRepository(*db).withdraw(nominationId, reason); });
}

bool RoundSteps::eraseNomination(qint64 nominationId)
{
    core::Database* db = m_shell.database();
    if (!db)
        return false;
    return run(roundOf(nominationId), tr("Delete the nomination of %2"), nomineeOf(*db, nominationId),
               tr("Cannot delete the nomination"), [&] { NominationRepository(*db).erase(nominationId); });
}

// ---- review

bool RoundSteps::closeNominations(qint64 roundId)
{
    return run(roundId, tr("Begin the review of %1"), {}, tr("Cannot begin the review"),
               [&] { AwardRoundRepository(*m_shell.database()).closeNominations(roundId); });
}

bool RoundSteps::reopenNominations(qint64 roundId)
{
    return run(roundId, tr("Take nominations again in %1"), {}, tr("Cannot take nominations again"),
               [&] { AwardRoundRepository(*m_shell.database()).reopenNominations(roundId); });
}

bool RoundSteps::setScore(qint64 nominationId, int committeeScore, int publicVotes)
{
    core::Database* db = m_shell.database();
    if (!db)
        return false;
    return run(roundOf(nominationId), tr("Score %2"), nomineeOf(*db, nominationId), tr("Cannot record the score"),
               [&] { AwardRoundRepository(*db).setScore(nominationId, committeeScore, publicVotes); });
}

int RoundSteps::selectByRanking(qint64 roundId)
{
    int selected = -1;
    if (!run(roundId, tr("Select by ranking in %1"), {}, tr("Cannot select"),
             [&] { selected = AwardRoundRepository(*m_shell.database()).selectByRanking(roundId); }))
        return -1;
    return selected;
}

bool RoundSteps::setSelected(qint64 nominationId, bool selected)
{
    core::Database* db = m_shell.database();
    if (!db)
        return false;
    return run(roundOf(nominationId), selected ? tr("Select %2") : tr("Deselect %2"), nomineeOf(*db, nominationId),
               selected ? tr("Cannot select the nomination") : tr("Cannot deselect the nomination"),
               [&] { AwardRoundRepository(*db).setSelected(nominationId, selected); });
}

// ---- 公示 and the final list

bool RoundSteps::startPublicity(qint64 roundId, const QDate& start, int days, const QString& objectionsTo)
{
    return run(roundId, tr("Start the 公示 of %1"), {}, tr("Cannot start the 公示"),
               [&] { AwardRoundRepository(*m_shell.database()).startPublicity(roundId, start, days, objectionsTo); });
}

bool RoundSteps::stopPublicity(qint64 roundId)
{
    return run(roundId, tr("Take back the 公示 of %1"), {}, tr("Cannot take the 公示 back"),
               [&] { AwardRoundRepository(*m_shell.database()).stopPublicity(roundId); });
}

qint64 RoundSteps::addObjection(const core::Objection& objection)
{
    core::Database* db = m_shell.database();
    if (!db)
        return 0;
    qint64 id = 0;
    if (!run(roundOf(objection.nominationId), tr("Record an objection to %2"), nomineeOf(*db, objection.nominationId),
             tr("Cannot record the objection"), [&] { id = AwardRoundRepository(*db).addObjection(objection); }))
        return 0;
    return id;
}

bool RoundSteps::closeObjection(qint64 objectionId, core::ObjectionOutcome outcome, const QDate& day,
                                const QString& handledBy, const QString& finding)
{
    core::Database* db = m_shell.database();
    if (!db)
        return false;
    const qint64 nomination = db->scalar(QStringLiteral("SELECT nomination_id FROM award_objections WHERE id = :id"),
                                         {{QStringLiteral("id"), objectionId}})
                                  .toLongLong();
    return run(roundOf(nomination), tr("Close the objection to %2"), nomineeOf(*db, nomination),
               tr("Cannot close the objection"),
               [&] { AwardRoundRepository(*db).closeObjection(objectionId, outcome, day, handledBy, finding); });
}

bool RoundSteps::finalize(qint64 roundId, const QDate& today)
{
    return run(roundId, tr("Make the list of %1 final"), {}, tr("Cannot make the list final"),
               [&] { AwardRoundRepository(*m_shell.database()).finalize(roundId, today); });
}

bool RoundSteps::unlock(qint64 roundId, const QString& reason)
{
    return run(roundId, tr("Unlock the final list of %1"), {}, tr("Cannot unlock the list"),
               [&] { AwardRoundRepository(*m_shell.database()).unlock(roundId, reason); });
}

} // namespace ud::ui
