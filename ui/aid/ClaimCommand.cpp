#include "ui/aid/ClaimCommand.h"

#include "core/db/Database.h"
#include "core/db/Transaction.h"

namespace ud::ui {

ClaimCommand::ClaimCommand(ShellContext& shell, QList<Change> changes, const QString& text,
                           RecordChangedCallback changed)
    : RecordCommand(shell, std::move(changed)), m_changes(std::move(changes))
{
    setText(text);
}

void ClaimCommand::apply()
{
    core::Database& db = database();
    core::Transaction tx(db);
    core::ClaimRepository repo(db);
    for (const Change& c : std::as_const(m_changes))
        repo.restore(c.after);
    tx.commit();
}

void ClaimCommand::revert()
{
    core::Database& db = database();
    core::Transaction tx(db);
    core::ClaimRepository repo(db);
    for (auto it = m_changes.crbegin(); it != m_changes.crend(); ++it) {
        if (it->before)
            repo.restore(*it->before);
        else
            repo.erase(it->after.claim.id);
    }
    tx.commit();
}

qint64 ClaimCommand::recordId() const
{
    return m_changes.isEmpty() ? 0 : m_changes.first().after.claim.id;
}

} // namespace ud::ui
