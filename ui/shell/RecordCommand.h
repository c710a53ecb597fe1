#pragma once

#include <QCoreApplication>
#include <QUndoCommand>

#include <functional>

namespace ud::core {
class Database;
} // namespace ud::core

namespace ud::ui {

class ShellContext;

/// Called after a command changed a record (or put it back): refresh the views and select `id`.
using RecordChangedCallback = std::function<void(qint64 id)>;

/// Base of the undoable changes of every page. The page makes the first repository call itself (so that a
/// refused change never reaches the stack) and pushes the command with the change already done; the first
/// redo() then only refreshes. A later undo or redo that the database refuses reports the message and
/// drops the command (QUndoStack deletes obsolete commands), so the stack never claims a state it did not reach.
class RecordCommand : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(ud::ui::RecordCommand)

public:
    RecordCommand(ShellContext& shell, RecordChangedCallback changed);

    void redo() final;
    void undo() final;

protected:
    virtual void apply() = 0;
    virtual void revert() = 0;
    /// The record to select after the step.
    virtual qint64 recordId() const = 0;
    core::Database& database() const;

private:
    void run(void (RecordCommand::*step)());
    void report(const QString& message);

    ShellContext& m_shell;
    RecordChangedCallback m_changed;
    bool m_firstRedo = true;
};

} // namespace ud::ui
