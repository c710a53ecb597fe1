#include "core/congress/ProposalRepository.h"

#include "core/congress/CongressRepositories.h"
#include "core/db/Transaction.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace ud::core {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ud::core::ProposalRepository)
};

QVariantMap idBind(qint64 id)
{
    return {{QStringLiteral("id"), id}};
}

int roundOr(int round, const Proposal& p)
{
    return round > 0 ? round : p.round;
}

QString iso(const QDate& d)
{
    return d.toString(Qt::ISODate);
}
} // namespace

const KeyedEnum<ProposalStage>& proposalStages()
{
    static const KeyedEnum<ProposalStage> list(
        "ud::core::ProposalRepository",
        {{ProposalStage::Submitted, "submitted",
          QT_TRANSLATE_NOOP("ud::core::ProposalRepository", "Awaiting decision")},
         {ProposalStage::Filed, "filed", QT_TRANSLATE_NOOP("ud::core::ProposalRepository", "Filed, to be assigned")},
         {ProposalStage::Assigned, "assigned", QT_TRANSLATE_NOOP("ud::core::ProposalRepository", "Being handled")},
         {ProposalStage::Replied, "replied", QT_TRANSLATE_NOOP("ud::core::ProposalRepository", "Replied, to be rated")},
         {ProposalStage::Rated, "rated", QT_TRANSLATE_NOOP("ud::core::ProposalRepository", "Closed")},
         {ProposalStage::Rejected, "rejected", QT_TRANSLATE_NOOP("ud::core::ProposalRepository", "Not filed")},
         {ProposalStage::Converted, "converted",
          QT_TRANSLATE_NOOP("ud::core::ProposalRepository", "Converted to a suggestion")},
         {ProposalStage::Merged, "merged", QT_TRANSLATE_NOOP("ud::core::ProposalRepository", "Merged")},
         {ProposalStage::Withdrawn, "withdrawn", QT_TRANSLATE_NOOP("ud::core::ProposalRepository", "Withdrawn")}});
    return list;
}

// ---- ProposalFile

std::optional<Assignment> ProposalFile::lead(int round) const
{
    const int r = roundOr(round, proposal);
    for (const Assignment& a : assignments)
        if (a.round == r && a.role == AssignmentRole::Lead)
            return a;
    return std::nullopt;
}

QList<Assignment> ProposalFile::coHandlers(int round) const
{
    const int r = roundOr(round, proposal);
    QList<Assignment> list;
    for (const Assignment& a : assignments)
        if (a.round == r && a.role == AssignmentRole::Co)
            list << a;
    return list;
}

std::optional<Reply> ProposalFile::reply(int round) const
{
    const int r = roundOr(round, proposal);
    for (const Reply& x : replies)
        if (x.round == r)
            return x;
    return std::nullopt;
}

std::optional<ProposalRating> ProposalFile::proposerRating(int round) const
{
    const int r = roundOr(round, proposal);
    for (const ProposalRating& x : ratings)
        if (x.round == r && x.byProposer())
            return x;
    return std::nullopt;
}

ProposalStage ProposalFile::stage() const
{
    switch (proposal.decision) {
    case Decision::Rejected:
        return ProposalStage::Rejected;
    case Decision::Merged:
        return ProposalStage::Merged;
    case Decision::Withdrawn:
        return ProposalStage::Withdrawn;
    case Decision::Pending:
        if (proposal.kind == ProposalKind::Proposal)
            return ProposalStage::Submitted;
        break;
    case Decision::Filed:
    case Decision::Converted:
        break;
    }
    if (!lead())
        return proposal.decision == Decision::Converted ? ProposalStage::Converted : ProposalStage::Filed;
    if (!reply())
        return ProposalStage::Assigned;
    if (!proposerRating()) // a suggestion's reply closes it; a proposal's waits for the proposer's rating
        return proposal.kind == ProposalKind::Proposal && proposal.decision == Decision::Filed ? ProposalStage::Replied
                                                                                               : ProposalStage::Rated;
    return ProposalStage::Rated;
}

bool ProposalFile::overdueOn(const QDate& today) const
{
    const auto l = lead();
    return stage() == ProposalStage::Assigned && l && l->deadline.isValid() && today > l->deadline;
}

bool ProposalFile::repliedLate(int round) const
{
    const auto l = lead(round);
    const auto r = reply(round);
    return l && r && l->deadline.isValid() && r->replied > l->deadline;
}

// ---- reading

std::optional<Proposal> ProposalRepository::withCosigners(qint64 id) const
{
    auto p = byId(id);
    if (!p)
        return p;
    for (const QVariantMap& row : m_db.rows(
             QStringLiteral("SELECT rep_id FROM congress_cosigners WHERE proposal_id = :id ORDER BY id"), idBind(id)))
        p->cosignerIds << row.value(QStringLiteral("rep_id")).toLongLong();
    return p;
}

ProposalFile ProposalRepository::file(qint64 id) const
{
    ProposalFile f;
    auto p = withCosigners(id);
    if (!p)
        throw ValidationError(missingMessage());
    f.proposal = *p;
    const QVariantMap bind = idBind(id);
    for (const QVariantMap& row :
         m_db.rows(QStringLiteral("SELECT a.*, u.name AS unit_name FROM congress_assignments a "
                                  "JOIN handling_units u ON u.id = a.unit_id WHERE "
                                  "a.proposal_id = :id ORDER BY a.round, a.role DESC, a.id"),
                   bind))
        f.assignments << Assignment::type().fromRow(row);
    for (const QVariantMap& row :
         m_db.rows(QStringLiteral("SELECT * FROM congress_replies WHERE proposal_id = :id ORDER BY round, id"), bind))
        f.replies << Reply::type().fromRow(row);
    for (const QVariantMap& row :
         m_db.rows(QStringLiteral("SELECT * FROM congress_ratings WHERE proposal_id = :id ORDER BY round, id"), bind))
        f.ratings << ProposalRating::type().fromRow(row);
    for (const QVariantMap& row : m_db.rows(
             QStringLiteral("SELECT * FROM congress_reviews WHERE proposal_id = :id ORDER BY reviewed, id"), bind))
        f.reviews << ProposalReview::type().fromRow(row);
    for (const QVariantMap& row : m_db.rows(
             QStringLiteral("SELECT id FROM congress_proposals WHERE merged_into_id = :id ORDER BY number"), bind))
        f.sourceIds << row.value(QStringLiteral("id")).toLongLong();
    return f;
}

QList<Proposal> ProposalRepository::ofSession(qint64 sessionId) const
{
    const QVariantMap bind{{QStringLiteral("s"), sessionId}};
    QHash<qint64, QList<qint64>> cosigners;
    for (const QVariantMap& row : m_db.rows(QStringLiteral("SELECT c.proposal_id, c.rep_id FROM congress_cosigners c "
                                                           "JOIN congress_proposals p ON p.id = c.proposal_id WHERE "
                                                           "p.session_id = :s ORDER BY c.id"),
                                            bind))
        cosigners[row.value(QStringLiteral("proposal_id")).toLongLong()]
            << row.value(QStringLiteral("rep_id")).toLongLong();
    QList<Proposal> list;
    for (const QVariantMap& row :
         m_db.rows(selectSql() + QStringLiteral(" WHERE session_id = :s ORDER BY number, id"), bind)) {
        Proposal p = m_type.fromRow(row);
        p.cosignerIds = cosigners.value(p.id);
        list << p;
    }
    return list;
}

std::optional<Proposal> ProposalRepository::byNumber(qint64 sessionId, const QString& number) const
{
    const auto rows =
        m_db.rows(QStringLiteral("SELECT id FROM congress_proposals WHERE session_id = :s AND number = :n"),
                  {{QStringLiteral("s"), sessionId}, {QStringLiteral("n"), number.trimmed()}});
    return rows.isEmpty() ? std::nullopt : withCosigners(rows.first().value(QStringLiteral("id")).toLongLong());
}

QString ProposalRepository::nextNumber(qint64 sessionId) const
{
    const auto session = SessionRepository(m_db).byId(sessionId);
    DatabaseSettings settings(m_db);
    QString prefix = settings.value(settings::ProposalNumberPrefix);
    prefix.replace(QStringLiteral("{year}"), QString::number(session ? session->year : QDate::currentDate().year()));
    const int digits = qBound(1, settings.value(settings::ProposalNumberDigits).toInt(), 9);
    int highest = 0;
    for (const QVariantMap& row :
         m_db.rows(QStringLiteral("SELECT number FROM congress_proposals WHERE session_id = :s"),
                   {{QStringLiteral("s"), sessionId}})) {
        const QString number = row.value(QStringLiteral("number")).toString();
        if (!number.startsWith(prefix))
            continue;
        bool ok = false;
        const int n = number.mid(prefix.size()).toInt(&ok);
        if (ok)
            highest = std::max(highest, n);
    }
    return prefix + QStringLiteral("%1").arg(highest + 1, digits, 10, QLatin1Char('0'));
}

// ---- rules

Problems ProposalRepository::rules(const Proposal& p) const
{
    Problems list;
    if (!p.number.isEmpty()) {
        const auto same = m_db.rows(
            QStringLiteral("SELECT id FROM congress_proposals WHERE session_id = :s AND number "
                           "= :n AND id <> :id"),
            {{QStringLiteral("s"), p.sessionId}, {QStringLiteral("n"), p.number}, {QStringLiteral("id"), p.id}});
        if (!same.isEmpty())
            list.append(
                {QStringLiteral("number"), Tr::tr("The session already has a proposal numbered %1.").arg(p.number)});
    }
    if (p.proposerRepId && p.proposerDelegationId)
        list.append(
            {QStringLiteral("proposer_rep_id"),
             Tr::tr("A proposal has one proposer: a representative, or a delegation for a collective proposal.")});
    return list;
}

Problems ProposalRepository::submissionProblems(const Proposal& p) const
{
    Problems list;
    const auto session = SessionRepository(m_db).byId(p.sessionId);
    if (!session) {
        list.append({QStringLiteral("session_id"), Tr::tr("The congress session does not exist.")});
        return list;
    }
    const bool proposal = p.kind == ProposalKind::Proposal;
    if (proposal && p.submitted.isValid() && !session->acceptsOn(p.submitted)) {
        if (session->closes.isValid() && p.submitted > session->closes)
            list.append(
                {QStringLiteral("submitted"),
                 Tr::tr("Rule: proposals are accepted until %1; this one was submitted on %2. It cannot be filed "
                        "as a proposal; keep it as a suggestion instead.")
                     .arg(iso(session->closes), iso(p.submitted))});
        else
            list.append({QStringLiteral("submitted"), Tr::tr("Rule: proposals are accepted from %1; this one was "
                                                             "submitted on %2, before the call opened.")
                                                          .arg(iso(session->opens), iso(p.submitted))});
    }
    RepresentativeRepository reps(m_db);
    const QDate day = p.submitted;
    if (!p.proposerRepId && !p.proposerDelegationId) {
        list.append({QStringLiteral("proposer_rep_id"),
                     Tr::tr("Give the proposer: a representative, or a delegation for a collective proposal.")});
    } else if (p.proposerRepId) {
        const auto rep = reps.byId(*p.proposerRepId);
        if (!rep)
            list.append({QStringLiteral("proposer_rep_id"), Tr::tr("The proposer is not a representative.")});
        else if (rep->term != session->term)
            list.append({QStringLiteral("proposer_rep_id"),
                         Tr::tr("Rule: the proposer must be a representative of term %1; %2 is one of term %3.")
                             .arg(session->term)
                             .arg(rep->label())
                             .arg(rep->term)});
        else if (day.isValid() && !rep->servesOn(day))
            list.append({QStringLiteral("proposer_rep_id"),
                         Tr::tr("Rule: %1 was not a representative on %2.").arg(rep->label(), iso(day))});
    } else {
        const auto delegation = DelegationRepository(m_db).byId(*p.proposerDelegationId);
        if (!delegation || delegation->term != session->term)
            list.append({QStringLiteral("proposer_delegation_id"),
                         Tr::tr("Rule: a collective proposal comes from a delegation of term %1.").arg(session->term)});
    }
    QSet<qint64> seen;
    int valid = 0;
    for (qint64 id : p.cosignerIds) {
        const auto rep = reps.byId(id);
        if (!rep) {
            list.append({QStringLiteral("cosigners"), Tr::tr("A co-signer is not a representative.")});
            continue;
        }
        if (seen.contains(id)) {
            list.append({QStringLiteral("cosigners"), Tr::tr("Rule: %1 co-signs only once.").arg(rep->label())});
            continue;
        }
        seen.insert(id);
        if (p.proposerRepId && *p.proposerRepId == id)
            list.append({QStringLiteral("cosigners"),
                         Tr::tr("Rule: the proposer %1 cannot co-sign the own proposal.").arg(rep->label())});
        else if (rep->term != session->term)
            list.append({QStringLiteral("cosigners"),
                         Tr::tr("Rule: co-signers are representatives of term %1; %2 is one of term %3.")
                             .arg(session->term)
                             .arg(rep->label())
                             .arg(rep->term)});
        else if (day.isValid() && !rep->servesOn(day))
            list.append({QStringLiteral("cosigners"),
                         Tr::tr("Rule: %1 was not a representative on %2.").arg(rep->label(), iso(day))});
        else
            ++valid;
    }
    const int needed = DatabaseSettings(m_db).value(settings::MinCosigners).toInt();
    if (proposal && valid < needed && seen.size() == p.cosignerIds.size())
        list.append(
            {QStringLiteral("cosigners"),
             Tr::tr("Rule: a proposal needs at least %n co-signing representative(s); this one has %1. Keep the "
                    "text as a suggestion instead, or add co-signers.",
                    nullptr, needed)
                 .arg(valid)});
    return list;
}

QString ProposalRepository::missingMessage() const
{
    return Tr::tr("The proposal no longer exists; another user may have deleted it.");
}

// ---- writing

void ProposalRepository::writeCosigners(qint64 id, const QList<qint64>& repIds)
{
    RecordStore store(m_db);
    QList<qint64> wanted = repIds;
    for (const QVariantMap& row :
         m_db.rows(QStringLiteral("SELECT id, rep_id FROM congress_cosigners WHERE proposal_id "
                                  "= :id ORDER BY id"),
                   idBind(id))) {
        const qint64 rep = row.value(QStringLiteral("rep_id")).toLongLong();
        if (!wanted.removeOne(rep))
            store.remove(tables::Cosigners.sqlName(), row.value(QStringLiteral("id")).toLongLong());
    }
    for (qint64 rep : wanted)
        store.insert(tables::Cosigners.sqlName(),
                     {{QStringLiteral("proposal_id"), id}, {QStringLiteral("rep_id"), rep}});
}

qint64 ProposalRepository::submit(const Proposal& proposal)
{
    Transaction tx(m_db);
    Proposal p = normalized(proposal);
    if (p.number.isEmpty())
        p.number = nextNumber(p.sessionId);
    if (p.proposerCategory.isEmpty())
        p.proposerCategory = p.category;
    if (p.category.isEmpty())
        p.category = p.proposerCategory;
    QStringList problems = messages(submissionProblems(p));
    problems = validate(p) + problems;
    if (!problems.isEmpty())
        throw ValidationError(problems.join(QLatin1Char('\n')));
    QVariantMap values = m_type.values(p);
    if (proposal.id != 0)
        values.insert(QStringLiteral("id"), proposal.id);
    const qint64 id = RecordStore(m_db).insert(m_type.table().sqlName(), values);
    writeCosigners(id, p.cosignerIds);
    tx.commit();
    return id;
}

void ProposalRepository::edit(const Proposal& proposal)
{
    Transaction tx(m_db);
    const Proposal stored = require(proposal.id);
    Proposal p = normalized(proposal);
    // The workflow's columns change only through its steps.
    p.decision = stored.decision;
    p.decisionDate = stored.decisionDate;
    p.decisionReason = stored.decisionReason;
    p.mergedIntoId = stored.mergedIntoId;
    p.round = stored.round;
    p.sessionId = stored.sessionId;
    if (p.proposerCategory.isEmpty())
        p.proposerCategory = stored.proposerCategory;
    QStringList problems = validate(p) + messages(submissionProblems(p));
    if (!problems.isEmpty())
        throw ValidationError(problems.join(QLatin1Char('\n')));
    RecordStore(m_db).update(m_type.table().sqlName(), p.id, m_type.values(p));
    writeCosigners(p.id, p.cosignerIds);
    tx.commit();
}

void ProposalRepository::withdrawEntry(qint64 id)
{
    Transaction tx(m_db);
    const ProposalFile f = file(id);
    if (f.proposal.decision != Decision::Pending || !f.assignments.isEmpty())
        throw ValidationError(
            Tr::tr("%1 has been decided; it cannot be deleted. Mark it withdrawn instead.").arg(describe(f.proposal)));
    erase(id);
    tx.commit();
}

void ProposalRepository::erase(qint64 id)
{
    Transaction tx(m_db);
    ProposalFile f = file(id);
    if (!f.sourceIds.isEmpty())
        throw ValidationError(
            Tr::tr("Other proposals are merged into %1; it cannot be deleted.").arg(describe(f.proposal)));
    ProposalFile empty;
    empty.proposal.id = id;
    restoreRows(tables::Assignments.sqlName(), id, empty.assignments);
    restoreRows(tables::Replies.sqlName(), id, empty.replies);
    restoreRows(tables::Ratings.sqlName(), id, empty.ratings);
    restoreRows(tables::Reviews.sqlName(), id, empty.reviews);
    writeCosigners(id, {});
    RecordStore(m_db).remove(m_type.table().sqlName(), id);
    tx.commit();
}

void ProposalRepository::decide(qint64 id, Decision decision, const QDate& day, const QString& reason,
                                std::optional<qint64> mergedInto)
{
    Transaction tx(m_db);
    const ProposalFile f = file(id);
    Proposal p = f.proposal;
    const QString name = describe(p);
    const QString why = reason.trimmed();
    if (decision != Decision::Pending && !day.isValid())
        throw ValidationError(Tr::tr("Give the day of the decision."));
    if (p.kind == ProposalKind::Suggestion &&
        (decision == Decision::Filed || decision == Decision::Converted || decision == Decision::Merged))
        throw ValidationError(Tr::tr("Rule: %1 was kept as a suggestion; only a proposal can be filed, converted or "
                                     "merged.")
                                  .arg(name));
    if (!f.sourceIds.isEmpty() && decision != Decision::Filed)
        throw ValidationError(Tr::tr("Rule: %n proposal(s) are merged into %1; it stays filed while they are.", nullptr,
                                     int(f.sourceIds.size()))
                                  .arg(name));
    const bool handled = !f.assignments.isEmpty() || !f.replies.isEmpty();
    if (handled && decision != p.decision && decision != Decision::Withdrawn)
        throw ValidationError(
            Tr::tr("%1 has already been handed to its units; take the assignment back first.").arg(name));
    if (decision == Decision::Withdrawn && !f.replies.isEmpty())
        throw ValidationError(Tr::tr("%1 has been replied to; it can no longer be withdrawn.").arg(name));
    if (decision == Decision::Rejected && why.isEmpty())
        throw ValidationError(Tr::tr("Rule: a proposal that is not filed needs the reason."));
    p.mergedIntoId.reset();
    if (decision == Decision::Merged) {
        if (!mergedInto)
            throw ValidationError(Tr::tr("Choose the filed proposal %1 is merged into.").arg(name));
        if (*mergedInto == id)
            throw ValidationError(Tr::tr("Rule: a proposal cannot be merged into itself."));
        const auto target = byId(*mergedInto);
        if (!target)
            throw ValidationError(missingMessage());
        if (target->sessionId != p.sessionId)
            throw ValidationError(Tr::tr("Rule: proposals are merged only within a session; %1 is of another session.")
                                      .arg(describe(*target)));
        if (target->decision == Decision::Merged)
            throw ValidationError(Tr::tr("Rule: %1 is itself merged into another proposal; it cannot take others in.")
                                      .arg(describe(*target)));
        if (target->decision != Decision::Filed)
            throw ValidationError(
                Tr::tr("Rule: proposals are merged into a filed proposal; %1 is not filed.").arg(describe(*target)));
        p.mergedIntoId = mergedInto;
    }
    p.decision = decision;
    p.decisionDate = decision == Decision::Pending ? QDate() : day;
    p.decisionReason = decision == Decision::Pending ? QString() : why;
    RecordStore(m_db).update(m_type.table().sqlName(), id, m_type.values(p));
    tx.commit();
}

void ProposalRepository::setKeyProposal(qint64 id, bool key)
{
    Transaction tx(m_db);
    Proposal p = require(id);
    p.keyProposal = key;
    RecordStore(m_db).update(m_type.table().sqlName(), id, m_type.values(p));
    tx.commit();
}

void ProposalRepository::assign(qint64 id, qint64 leadUnitId, const QList<qint64>& coUnitIds, const QDate& day)
{
    Transaction tx(m_db);
    const ProposalFile f = file(id);
    const Proposal& p = f.proposal;
    const bool handled = p.decision == Decision::Filed || p.decision == Decision::Converted ||
                         (p.kind == ProposalKind::Suggestion && p.decision == Decision::Pending);
    if (!handled)
        throw ValidationError(Tr::tr("Rule: only a filed proposal or a suggestion is handed to units; %1 is %2.")
                                  .arg(describe(p), decisions().label(p.decision)));
    if (f.reply())
        throw ValidationError(
            Tr::tr("%1 has been replied to in this round; its units can no longer change.").arg(describe(p)));
    if (!day.isValid())
        throw ValidationError(Tr::tr("Give the day the proposal is handed over."));
    HandlingUnitRepository units(m_db);
    units.require(leadUnitId);
    QSet<qint64> seen{leadUnitId};
    for (qint64 co : coUnitIds) {
        const HandlingUnit u = units.require(co);
        if (seen.contains(co))
            throw ValidationError(
                Tr::tr("Rule: %1 is named twice; a unit is either the lead or a co-handler, once.").arg(u.name));
        seen.insert(co);
    }
    DatabaseSettings settings(m_db);
    const QDate leadDeadline = day.addMonths(settings.value(settings::LeadDeadlineMonths).toInt());
    QDate coDeadline = leadDeadline.addMonths(-settings.value(settings::CoDeadlineMonthsEarlier).toInt());
    if (coDeadline < day)
        coDeadline = leadDeadline;
    RecordStore store(m_db);
    for (const Assignment& a : f.assignments)
        if (a.round == p.round)
            store.remove(tables::Assignments.sqlName(), a.id);
    auto write = [&](qint64 unit, AssignmentRole role, const QDate& deadline) {
        Assignment a;
        a.proposalId = id;
        a.round = p.round;
        a.unitId = unit;
        a.role = role;
        a.assigned = day;
        a.deadline = deadline;
        store.insert(tables::Assignments.sqlName(), Assignment::type().values(a));
    };
    write(leadUnitId, AssignmentRole::Lead, leadDeadline);
    for (qint64 co : coUnitIds)
        write(co, AssignmentRole::Co, coDeadline);
    tx.commit();
}

void ProposalRepository::setDeadline(qint64 assignmentId, const QDate& deadline)
{
    Transaction tx(m_db);
    RecordStore store(m_db);
    const QVariantMap row = store.row(tables::Assignments.sqlName(), assignmentId);
    if (row.isEmpty())
        throw ValidationError(Tr::tr("The assignment no longer exists."));
    if (!deadline.isValid())
        throw ValidationError(Tr::tr("Give the reply deadline."));
    store.update(tables::Assignments.sqlName(), assignmentId, {{QStringLiteral("deadline"), iso(deadline)}});
    tx.commit();
}

void ProposalRepository::reply(qint64 id, const Reply& reply)
{
    Transaction tx(m_db);
    const ProposalFile f = file(id);
    const QString name = describe(f.proposal);
    if (!f.lead())
        throw ValidationError(
            Tr::tr("%1 has no lead unit in this round; assign it before recording the reply.").arg(name));
    if (f.proposerRating())
        throw ValidationError(Tr::tr("The proposer has rated this round's reply; it can no longer change."));
    Reply r = reply;
    r.proposalId = id;
    r.round = f.proposal.round;
    if (!r.replied.isValid())
        throw ValidationError(Tr::tr("Give the day of the reply."));
    if (r.replied < f.lead()->assigned)
        throw ValidationError(
            Tr::tr("The reply is dated before the proposal was handed over (%1).").arg(iso(f.lead()->assigned)));
    if (f.proposal.kind == ProposalKind::Proposal && f.proposal.decision == Decision::Filed &&
        r.result == ReplyResult::None)
        throw ValidationError(Tr::tr("Give the result code of the reply (A, B, C or D)."));
    if (r.result == ReplyResult::B && !r.completion.isValid())
        throw ValidationError(
            Tr::tr("Rule: a reply with result B (in progress or planned) gives the completion date."));
    const QStringList problems = messages(Reply::type().fieldProblems(r));
    if (!problems.isEmpty())
        throw ValidationError(problems.join(QLatin1Char('\n')));
    RecordStore store(m_db);
    if (const auto old = f.reply())
        store.update(tables::Replies.sqlName(), old->id, Reply::type().values(r));
    else
        store.insert(tables::Replies.sqlName(), Reply::type().values(r));
    tx.commit();
}

void ProposalRepository::rate(qint64 id, Rating rating, const QDate& day, std::optional<qint64> repId,
                              const QString& comment)
{
    Transaction tx(m_db);
    const ProposalFile f = file(id);
    Proposal p = f.proposal;
    if (!f.reply())
        throw ValidationError(Tr::tr("%1 has no reply in this round to rate.").arg(describe(p)));
    if (!day.isValid())
        throw ValidationError(Tr::tr("Give the day of the rating."));
    if (repId && !p.cosignerIds.contains(*repId))
        throw ValidationError(Tr::tr("Only the proposer and the co-signers rate the reply."));
    RecordStore store(m_db);
    if (!repId && f.proposerRating())
        throw ValidationError(Tr::tr("The proposer has already rated the reply of round %1.").arg(p.round));
    for (const ProposalRating& old : f.ratings)
        if (repId && old.round == p.round && old.repId == repId)
            store.remove(tables::Ratings.sqlName(), old.id);
    ProposalRating r;
    r.proposalId = id;
    r.round = p.round;
    r.repId = repId;
    r.rating = rating;
    r.rated = day;
    r.comment = comment;
    store.insert(tables::Ratings.sqlName(), ProposalRating::type().values(r));
    if (!repId && rating == Rating::Unsatisfied) {
        if (p.round >= 99)
            throw ValidationError(Tr::tr("%1 has had too many rounds.").arg(describe(p)));
        p.round += 1; // 不满意: the committee and the unit take it up again
        store.update(m_type.table().sqlName(), id, {{QStringLiteral("round"), p.round}});
    }
    tx.commit();
}

qint64 ProposalRepository::addReview(const ProposalReview& review)
{
    Transaction tx(m_db);
    require(review.proposalId);
    const QStringList problems = messages(ProposalReview::type().fieldProblems(review));
    if (!problems.isEmpty())
        throw ValidationError(problems.join(QLatin1Char('\n')));
    const qint64 rid = RecordStore(m_db).insert(tables::Reviews.sqlName(), ProposalReview::type().values(review));
    tx.commit();
    return rid;
}

template <class T> void ProposalRepository::restoreRows(const QString& table, qint64 proposalId, const QList<T>& rows)
{
    RecordStore store(m_db);
    QHash<qint64, const T*> wanted;
    for (const T& r : rows)
        wanted.insert(r.id, &r);
    for (const QVariantMap& row :
         m_db.rows(QStringLiteral("SELECT id FROM %1 WHERE proposal_id = :id").arg(table), idBind(proposalId))) {
        const qint64 rowId = row.value(QStringLiteral("id")).toLongLong();
        if (const T* r = wanted.take(rowId))
            store.update(table, rowId, T::type().values(*r));
        else
            store.remove(table, rowId);
    }
    for (const T& r : rows)
        if (wanted.contains(r.id)) {
            QVariantMap values = T::type().values(r);
            values.insert(QStringLiteral("id"), r.id);
            store.insert(table, values);
        }
}

void ProposalRepository::restore(const ProposalFile& f)
{
    Transaction tx(m_db);
    const qint64 id = f.proposal.id;
    RecordStore store(m_db);
    QVariantMap values = m_type.values(f.proposal);
    if (store.row(m_type.table().sqlName(), id).isEmpty()) {
        values.insert(QStringLiteral("id"), id);
        store.insert(m_type.table().sqlName(), values);
    } else {
        store.update(m_type.table().sqlName(), id, values);
    }
    writeCosigners(id, f.proposal.cosignerIds);
    restoreRows(tables::Assignments.sqlName(), id, f.assignments);
    restoreRows(tables::Replies.sqlName(), id, f.replies);
    restoreRows(tables::Ratings.sqlName(), id, f.ratings);
    restoreRows(tables::Reviews.sqlName(), id, f.reviews);
    tx.commit();
}

} // namespace ud::core
