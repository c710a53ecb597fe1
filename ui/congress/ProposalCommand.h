#pragma once

#include "core/congress/ProposalRepository.h"
#include "ui/shell/RecordCommand.h"

#include <optional>

namespace ud::ui {

/// One step on proposals (a submission, an edit, a decision, an assignment, a reply, a rating, a review, or a
/// committee's decision on many at once): each proposal's file before and after it. Undo puts the files back as they
/// were (ProposalRepository::restore, or erase for a proposal the step submitted), redo as they became; the files
/// are restored in order, and undone in the reverse order.
class ProposalCommand : public RecordCommand {
public:
    struct Change {
        std::optional<core::ProposalFile> before; // none: the step submitted it
        core::ProposalFile after;
    };

    ProposalCommand(ShellContext& shell, QList<Change> changes, const QString& text, RecordChangedCallback changed);

protected:
    void apply() override;
    void revert() override;
    qint64 recordId() const override;

private:
    QList<Change> m_changes;
};

} // namespace ud::ui
