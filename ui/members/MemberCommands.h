#pragma once

#include "core/members/Member.h"

#include "ui/shell/RecordCommand.h"
#include <QCoreApplication>
#include <QList>

#include <QUndoCommand>

#include <functional>

namespace ud::core {
class Database;
} // namespace ud::core

namespace ud::ui {

class ShellContext;

/// Called after a command changed a member (or put one back): refresh the views and select `memberId`.
using MemberChangedCallback = RecordChangedCallback;

/// Base of the undoable member changes, shaped like UnitCommand: the page makes the first repository call
/// itself (so a refused change never reaches the stack) and pushes the command with the change already done;
/// the first redo() only refreshes. A later undo or redo that the database refuses reports why and drops the
/// command, so the stack never claims a state it did not reach.
class MemberCommand : public RecordCommand {
    Q_DECLARE_TR_FUNCTIONS(ud::ui::MemberCommand)

public:
    using RecordCommand::RecordCommand;

protected:
    virtual qint64 memberId() const = 0;
    qint64 recordId() const final { return memberId(); }
};

/// Adding a member; undo deletes it (and its history), redo puts both back under the same ids.
class AddMemberCommand : public MemberCommand {
public:
    /// `added` is the member as stored, with the id the first add gave it.
    AddMemberCommand(ShellContext& shell, const core::Member& added, MemberChangedCallback changed);

protected:
    void apply() override;
    void revert() override;
    qint64 memberId() const override { return m_member.id; }

private:
    core::Member m_member;
    QList<core::MemberEvent> m_events;
};

/// Changing a member's fields; undo writes the old values back.
class EditMemberCommand : public MemberCommand {
public:
    EditMemberCommand(ShellContext& shell, const core::Member& before, const core::Member& after,
                      MemberChangedCallback changed);

protected:
    void apply() override;
    void revert() override;
    qint64 memberId() const override { return m_after.id; }

private:
    core::Member m_before;
    core::Member m_after;
};

/// Deleting a member; undo puts the member back with the same id and the whole status history.
class DeleteMemberCommand : public MemberCommand {
public:
    DeleteMemberCommand(ShellContext& shell, const core::Member& deleted, const QList<core::MemberEvent>& events,
                        MemberChangedCallback changed);

protected:
    void apply() override;
    void revert() override;
    qint64 memberId() const override { return m_member.id; }

private:
    core::Member m_member;
    QList<core::MemberEvent> m_events;
};

/// Recording a status event (joined, transferred, retired, …); undo removes it again.
class AddMemberEventCommand : public MemberCommand {
public:
    /// `added` is the event as stored, with its id.
    AddMemberEventCommand(ShellContext& shell, const QString& memberName, const core::MemberEvent& added,
                          MemberChangedCallback changed);

protected:
    void apply() override;
    void revert() override;
    qint64 memberId() const override { return m_event.memberId; }

private:
    core::MemberEvent m_event;
};

/// Removing a status event; undo records it again.
class RemoveMemberEventCommand : public MemberCommand {
public:
    RemoveMemberEventCommand(ShellContext& shell, const QString& memberName, const core::MemberEvent& removed,
                             MemberChangedCallback changed);

protected:
    void apply() override;
    void revert() override;
    qint64 memberId() const override { return m_event.memberId; }

private:
    core::MemberEvent m_event;
};

/// Whether two members have the same stored fields (an edit that changes nothing is not put on the stack).
bool sameMemberFields(const core::Member& a, const core::Member& b);

} // namespace ud::ui
