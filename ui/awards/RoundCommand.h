#pragma once

#include "core/awards/AwardRepositories.h"
#include "ui/shell/RecordCommand.h"

#include <optional>

namespace ud::ui {

/// One step on an award round (a nomination, a score, the selection, the 公示, an objection, the final list, a quota,
/// the round's own fields, or the round itself added or deleted): the round's file before and after it. Undo puts
/// the file back as it was (AwardRoundRepository::restore, or erase for a round the step added), redo as it became
/// (or erases a round the step deleted).
class RoundCommand : public RecordCommand {
public:
    RoundCommand(ShellContext& shell, std::optional<core::RoundFile> before, std::optional<core::RoundFile> after,
                 const QString& text, RecordChangedCallback changed);

protected:
    void apply() override;
    void revert() override;
    qint64 recordId() const override;

private:
    static void put(core::Database& db, const std::optional<core::RoundFile>& file,
                    const std::optional<core::RoundFile>& other);

    std::optional<core::RoundFile> m_before; // none: the step added the round
    std::optional<core::RoundFile> m_after;  // none: the step deleted it
};

} // namespace ud::ui
