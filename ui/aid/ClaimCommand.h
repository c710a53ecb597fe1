#pragma once

#include "core/aid/AidRepositories.h"
#include "ui/shell/RecordCommand.h"

#include <optional>

namespace ud::ui {

/// One step on mutual-aid claims (a submission, an edit, a review step, a rejection, a payment, or a recomputation of
/// a period): each claim's file (the claim and the ledger entries it posted) before and after it. Undo puts the files
/// back as they were (ClaimRepository::restore, or erase for a claim the step submitted), redo as they became.
class ClaimCommand : public RecordCommand {
public:
    struct Change {
        std::optional<core::ClaimFile> before; // none: the step submitted it
        core::ClaimFile after;
    };

    ClaimCommand(ShellContext& shell, QList<Change> changes, const QString& text, RecordChangedCallback changed);

protected:
    void apply() override;
    void revert() override;
    qint64 recordId() const override;

private:
    QList<Change> m_changes;
};

} // namespace ud::ui
