#pragma once

#include "core/schedule/Schedule.h"

#include "ui/shell/RecordCommand.h"
#include <QCoreApplication>

#include <QUndoCommand>
#include <QVariantMap>

#include <functional>

namespace ud::core {
class Database;
} // namespace ud::core

namespace ud::ui {

class ShellContext;

/// Called after a command changed a schedule item (or put it back): refresh the views and select `itemId`.
using ScheduleItemChangedCallback = RecordChangedCallback;

/// Base of the undoable schedule-item changes, shaped like UnitCommand: the page makes the first repository
/// call itself (so a refused change never reaches the stack) and pushes the command with the change already
/// done; the first redo() only refreshes. A later undo or redo the database refuses reports why and drops the
/// command, so the stack never claims a state it did not reach.
class ScheduleItemCommand : public RecordCommand {
    Q_DECLARE_TR_FUNCTIONS(ud::ui::ScheduleItemCommand)

public:
    using RecordCommand::RecordCommand;

protected:
    virtual qint64 itemId() const = 0;
    qint64 recordId() const final { return itemId(); }
};

/// Changing an item's fields (also "mark done"); undo writes the old values back.
class EditScheduleItemCommand : public ScheduleItemCommand {
public:
    EditScheduleItemCommand(ShellContext& shell, const core::ScheduleItem& before, const core::ScheduleItem& after,
                            const QString& text, ScheduleItemChangedCallback changed);

protected:
    void apply() override;
    void revert() override;
    qint64 itemId() const override { return m_after.id; }

private:
    core::ScheduleItem m_before;
    core::ScheduleItem m_after;
};

/// Adding an item (`added` is its stored row); undo removes it, redo puts the same row back under the same id.
class AddScheduleItemCommand : public ScheduleItemCommand {
public:
    AddScheduleItemCommand(ShellContext& shell, const QVariantMap& added, ScheduleItemChangedCallback changed);

protected:
    void apply() override;
    void revert() override;
    qint64 itemId() const override;

private:
    QVariantMap m_row;
};

/// Removing an item (`removed` is its row as it was); undo puts it back with its id and values.
class RemoveScheduleItemCommand : public ScheduleItemCommand {
public:
    RemoveScheduleItemCommand(ShellContext& shell, const QVariantMap& removed, ScheduleItemChangedCallback changed);

protected:
    void apply() override;
    void revert() override;
    qint64 itemId() const override;

private:
    QVariantMap m_row;
};

/// Whether two items have the same stored fields (an edit that changes nothing is not put on the stack).
bool sameScheduleItemFields(const core::ScheduleItem& a, const core::ScheduleItem& b);

} // namespace ud::ui
