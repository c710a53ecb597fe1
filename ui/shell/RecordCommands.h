#pragma once

#include "ui/shell/RecordCommand.h"

namespace ud::ui {

// The undoable add, edit and delete of any record, through its repository (`Repo`, constructed from the
// database, on core::RecordRepository's conventions: byId, update, remove, snapshot and restore under the old id).
// As with every RecordCommand, the page makes the first change itself and pushes the command after it.

/// Adding a record; undo removes it (keeping what it holds by then), redo puts it back under the same id.
template <class Repo> class AddRecordCommand : public RecordCommand {
public:
    AddRecordCommand(ShellContext& shell, qint64 id, const QString& text, RecordChangedCallback changed)
        : RecordCommand(shell, std::move(changed)), m_id(id)
    {
        setText(text);
    }

protected:
    void apply() override { Repo(database()).restore(m_snapshot); }
    void revert() override
    {
        Repo repo(database());
        m_snapshot = repo.snapshot(m_id);
        repo.remove(m_id);
    }
    qint64 recordId() const override { return m_id; }

private:
    qint64 m_id;
    typename Repo::Snapshot m_snapshot;
};

/// Changing a record's fields; undo writes the old values back.
template <class Repo> class EditRecordCommand : public RecordCommand {
public:
    using Record = typename Repo::Record;
    EditRecordCommand(ShellContext& shell, const Record& before, const Record& after, const QString& text,
                      RecordChangedCallback changed)
        : RecordCommand(shell, std::move(changed)), m_before(before), m_after(after)
    {
        setText(text);
    }

protected:
    void apply() override { Repo(database()).update(m_after); }
    void revert() override { Repo(database()).update(m_before); }
    qint64 recordId() const override { return m_after.id; }

private:
    Record m_before;
    Record m_after;
};

/// Deleting a record; undo puts it back with its id and all it held.
template <class Repo> class DeleteRecordCommand : public RecordCommand {
public:
    /// `removed` is what the repository's snapshot() gave just before the page removed the record.
    DeleteRecordCommand(ShellContext& shell, qint64 id, const typename Repo::Snapshot& removed, const QString& text,
                        RecordChangedCallback changed)
        : RecordCommand(shell, std::move(changed)), m_id(id), m_snapshot(removed)
    {
        setText(text);
    }

protected:
    void apply() override
    {
        Repo repo(database());
        m_snapshot = repo.snapshot(m_id);
        repo.remove(m_id);
    }
    void revert() override { Repo(database()).restore(m_snapshot); }
    qint64 recordId() const override { return m_id; }

private:
    qint64 m_id;
    typename Repo::Snapshot m_snapshot;
};

} // namespace ud::ui
