#pragma once

#include "core/units/SubUnit.h"

#include "ui/shell/RecordCommand.h"
#include <QCoreApplication>

#include <QUndoCommand>

#include <functional>

namespace ud::core {
class Database;
class Error;
} // namespace ud::core

namespace ud::ui {

class ShellContext;

/// Called after a command changed a unit (or put it back): refresh the views and select `unitId`.
using UnitChangedCallback = RecordChangedCallback;

/// Base of the undoable sub-union changes. The page makes the first repository call itself (so that a
/// refused change never reaches the stack) and pushes the command with the change already done; the first
/// redo() then only refreshes. A later undo or redo that the database refuses reports the message and
/// drops the command (QUndoStack deletes obsolete commands), so the stack never claims a state it did not reach.
class UnitCommand : public RecordCommand {
    Q_DECLARE_TR_FUNCTIONS(ud::ui::UnitCommand)

public:
    using RecordCommand::RecordCommand;

protected:
    virtual qint64 unitId() const = 0;
    qint64 recordId() const final { return unitId(); }
};

/// Adding a unit; undo removes it, redo puts it back under the same id.
class AddUnitCommand : public UnitCommand {
public:
    /// `added` is the unit as stored, with the id the first add gave it.
    AddUnitCommand(ShellContext& shell, const core::SubUnit& added, UnitChangedCallback changed);

protected:
    void apply() override;
    void revert() override;
    qint64 unitId() const override { return m_unit.id; }

private:
    core::SubUnit m_unit;
};

/// Changing a unit's fields; undo writes the old values back.
class EditUnitCommand : public UnitCommand {
public:
    EditUnitCommand(ShellContext& shell, const core::SubUnit& before, const core::SubUnit& after,
                    UnitChangedCallback changed);

protected:
    void apply() override;
    void revert() override;
    qint64 unitId() const override { return m_after.id; }

private:
    core::SubUnit m_before;
    core::SubUnit m_after;
};

/// Deleting a unit; undo adds it back with its id and values.
class DeleteUnitCommand : public UnitCommand {
public:
    DeleteUnitCommand(ShellContext& shell, const core::SubUnit& deleted, UnitChangedCallback changed);

protected:
    void apply() override;
    void revert() override;
    qint64 unitId() const override { return m_unit.id; }

private:
    core::SubUnit m_unit;
};

} // namespace ud::ui
