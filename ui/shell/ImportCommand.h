#pragma once

#include "ui/shell/RecordCommand.h"

namespace ud::ui {

/// An import or a copy to the next year (a batch of core::ImportLog) as one step of the undo history. As with every
/// RecordCommand, the page did it and pushes the step after it. Undo takes the whole batch back in one transaction
/// (refused, and the step dropped, when records it touched were changed since by something else); redo does it again
/// under the same ids. Made as Undoes, the step is the taking back itself (the import log's "Undo This Import"): redo
/// takes the batch back, undo does it again.
class ImportCommand : public RecordCommand {
public:
    enum class Direction { Does, Undoes };
    /// `batch` must be in the log of the shell's database; every table it changed is announced after each step.
    ImportCommand(ShellContext& shell, qint64 batch, const QString& text, Direction direction = Direction::Does);

    qint64 batch() const { return m_batch; }

protected:
    void apply() override;
    void revert() override;
    qint64 recordId() const override { return 0; }

private:
    void doBatch();
    void undoBatch();

    qint64 m_batch;
    Direction m_direction;
};

} // namespace ud::ui
