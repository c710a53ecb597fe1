#include "ui/aid/ClaimSteps.h"

#include "core/db/Database.h"
#include "core/db/Transaction.h"
#include "ui/aid/ClaimCommand.h"
#include "ui/shell/Module.h"

#include <QUndoStack>

namespace ud::ui {

using core::ClaimRepository;

namespace {

/// 会员1 (A001), 2024-03-01: how an undo step names a claim.
QString claimLabel(const core::AidClaim& c)
{
    return ClaimSteps::tr("%1 (%2), %3", "claim: name (staff number), treatment start")
        .arg(c.name, c.staffNo, c.treatedFrom.toString(Qt::ISODate));
}

} // namespace

ClaimSteps::ClaimSteps(ShellContext& shell, RecordChangedCallback changed)
    : m_shell(shell), m_changed(std::move(changed))
{
}

qint64 ClaimSteps::submitWith(const QString& cannot, const std::function<qint64(ClaimRepository&)>& store)
{
    core::Database* db = m_shell.database();
    if (!db)
        return 0;
    core::ClaimFile after;
    try {
        ClaimRepository repo(*db);
        after = repo.file(store(repo));
    } catch (const core::Error& e) {
        m_shell.warn(cannot, e.message());
        return 0;
    }
    const QString text = after.claim.status == core::ClaimStatus::Rejected
                             ? tr("Enter rejected claim of %1").arg(claimLabel(after.claim))
                             : tr("New claim of %1").arg(claimLabel(after.claim));
    m_shell.undoStack()->push(new ClaimCommand(m_shell, {{std::nullopt, after}}, text, m_changed));
    return after.claim.id;
}

qint64 ClaimSteps::submit(const core::AidClaim& claim)
{
    return submitWith(tr("Cannot store the claim"), [&](ClaimRepository& repo) { return repo.submit(claim); });
}

qint64 ClaimSteps::submitRejected(const core::AidClaim& claim, const QString& reason)
{
    return submitWith(tr("Cannot store the claim"),
                      [&](ClaimRepository& repo) { return repo.submitRejected(claim, reason); });
}

bool ClaimSteps::run(qint64 id, const QString& text, const QString& cannot,
                     const std::function<void(ClaimRepository&)>& change)
{
    core::Database* db = m_shell.database();
    if (!db || !id)
        return false;
    ClaimCommand::Change c;
    QString label;
    try {
        core::Transaction tx(*db);
        ClaimRepository repo(*db);
        c.before = repo.file(id);
        label = claimLabel(c.before->claim);
        change(repo);
        c.after = repo.file(id);
        tx.commit();
    } catch (const core::Error& e) {
        m_shell.warn(cannot, e.message());
        return false;
    }
    m_shell.undoStack()->push(new ClaimCommand(m_shell, {c}, text.arg(label), m_changed));
    return true;
}

bool ClaimSteps::edit(const core::AidClaim& claim)
{
    return run(claim.id, tr("Edit claim of %1"), tr("Cannot save the claim"),
               [&](ClaimRepository& repo) { repo.edit(claim); });
}

bool ClaimSteps::advance(qint64 id)
{
    return run(id, tr("Next review step of the claim of %1"), tr("Cannot take the claim to the next step"),
               [&](ClaimRepository& repo) { repo.advance(id); });
}

bool ClaimSteps::reject(qint64 id, const QString& reason)
{
    return run(id, tr("Reject claim of %1"), tr("Cannot reject the claim"),
               [&](ClaimRepository& repo) { repo.reject(id, reason); });
}

bool ClaimSteps::pay(qint64 id, const QDate& day, const QString& voucher)
{
    return run(id, tr("Pay claim of %1"), tr("Cannot pay the claim"),
               [&](ClaimRepository& repo) { repo.pay(id, day, voucher); });
}

int ClaimSteps::recompute(qint64 periodId)
{
    core::Database* db = m_shell.database();
    if (!db || !periodId)
        return -1;
    QList<ClaimCommand::Change> changes;
    int changed = 0;
    try {
        core::Transaction tx(*db);
        ClaimRepository repo(*db);
        QList<core::ClaimFile> before;
        for (const core::AidClaim& c : repo.ofPeriod(periodId))
            before << repo.file(c.id);
        changed = repo.recompute(periodId);
        for (const core::ClaimFile& b : std::as_const(before)) {
            core::ClaimFile a = repo.file(b.claim.id);
            if (!(a.claim == b.claim))
                changes.append({b, a});
        }
        tx.commit();
    } catch (const core::Error& e) {
        m_shell.warn(tr("Cannot recompute the claims"), e.message());
        return -1;
    }
    if (!changes.isEmpty())
        m_shell.undoStack()->push(
            new ClaimCommand(m_shell, changes, tr("Recompute %n claim(s)", nullptr, int(changes.size())), m_changed));
    return changed;
}

} // namespace ud::ui
