#include "ui/awards/RoundCommand.h"

#include "core/db/Database.h"
#include "core/db/Transaction.h"

namespace ud::ui {

RoundCommand::RoundCommand(ShellContext& shell, std::optional<core::RoundFile> before,
                           std::optional<core::RoundFile> after, const QString& text, RecordChangedCallback changed)
    : RecordCommand(shell, std::move(changed)), m_before(std::move(before)), m_after(std::move(after))
{
    setText(text);
}

void RoundCommand::put(core::Database& db, const std::optional<core::RoundFile>& file,
                       const std::optional<core::RoundFile>& other)
{
    core::Transaction tx(db);
    core::AwardRoundRepository repo(db);
    if (file)
        repo.restore(*file);
    else if (other)
        repo.erase(other->round.id);
    tx.commit();
}

void RoundCommand::apply()
{
    put(database(), m_after, m_before);
}

void RoundCommand::revert()
{
    put(database(), m_before, m_after);
}

qint64 RoundCommand::recordId() const
{
    return m_after ? m_after->round.id : m_before ? m_before->round.id : 0;
}

} // namespace ud::ui
