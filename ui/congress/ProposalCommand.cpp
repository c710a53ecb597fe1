#include "ui/congress/ProposalCommand.h"

#include "core/db/Database.h"

namespace ud::ui {

ProposalCommand::ProposalCommand(ShellContext& shell, QList<Change> changes, const QString& text,
                                 RecordChangedCallback changed)
    : RecordCommand(shell, std::move(changed)), m_changes(std::move(changes))
{
    setText(text);
}

void ProposalCommand::apply()
{
    core::Database& db = database();
    core::Transaction tx(db);
    core::ProposalRepository repo(db);
    for (const Change& c : std::as_const(m_changes))
        repo.restore(c.after);
    tx.commit();
}

void ProposalCommand::revert()
{
    core::Database& db = database();
    core::Transaction tx(db);
    core::ProposalRepository repo(db);
    for (auto it = m_changes.crbegin(); it != m_changes.crend(); ++it) {
        if (it->before)
            repo.restore(*it->before);
        else
            repo.erase(it->after.proposal.id);
    }
    tx.commit();
}

qint64 ProposalCommand::recordId() const
{
    return m_changes.isEmpty() ? 0 : m_changes.first().after.proposal.id;
}

} // namespace ud::ui
