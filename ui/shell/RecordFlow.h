#pragma once

#include "core/db/Error.h"
#include "ui/shell/Module.h"
#include "ui/shell/RecordCommands.h"

#include <QUndoStack>

#include <functional>

namespace ud::ui {

/// A page's add, edit and delete of one record type: the first change through the repository (a refused one is
/// reported through the shell and never reaches the undo stack), then the undo command for it.
template <class Repo> class RecordFlow {
public:
    using Record = typename Repo::Record;
    using Describe = std::function<QString(const Record&)>;
    /// What the user reads: the undo steps' names, the titles of refusals, the question before a delete.
    struct Texts {
        Describe addStep, editStep, deleteStep;
        QString cannotAdd, cannotSave, cannotDelete;
        QString deleteTitle;
        Describe deleteQuestion;
    };

    RecordFlow(ShellContext& shell, Texts texts, RecordChangedCallback changed)
        : m_shell(shell), m_texts(std::move(texts)), m_changed(std::move(changed))
    {
    }

    /// Stores a new record and puts the step on the undo stack; returns its id, 0 when refused (reported).
    qint64 add(const Record& record)
    {
        core::Database* db = m_shell.database();
        if (!db)
            return 0;
        Record stored;
        try {
            Repo repo(*db);
            Record candidate = record;
            candidate.id = 0;
            const qint64 id = repo.add(candidate);
            stored = repo.byId(id).value_or(candidate);
            stored.id = id;
        } catch (const core::Error& e) {
            m_shell.warn(m_texts.cannotAdd, e.message());
            return 0;
        }
        m_shell.undoStack()->push(new AddRecordCommand<Repo>(m_shell, stored.id, m_texts.addStep(stored), m_changed));
        return stored.id;
    }

    /// Stores the changed fields of a record (undoable); false when refused (reported).
    bool edit(const Record& record)
    {
        core::Database* db = m_shell.database();
        if (!db)
            return false;
        Record before;
        Record after;
        try {
            Repo repo(*db);
            before = repo.require(record.id);
            repo.update(record);
            after = repo.byId(record.id).value_or(record);
        } catch (const core::Error& e) {
            m_shell.warn(m_texts.cannotSave, e.message());
            return false;
        }
        if (Record::type().same(before, after))
            return true; // nothing changed: nothing to undo
        m_shell.undoStack()->push(
            new EditRecordCommand<Repo>(m_shell, before, after, m_texts.editStep(after), m_changed));
        return true;
    }

    /// Deletes a record (undoable), after asking when `confirm`; false when refused (reported) or not confirmed.
    bool remove(qint64 id, bool confirm)
    {
        core::Database* db = m_shell.database();
        if (!db)
            return false;
        try {
            Repo repo(*db);
            const Record record = repo.require(id);
            // A refusal before the question: no "delete?" for a record that cannot be deleted.
            if (const QString problem = repo.removalProblem(id); !problem.isEmpty())
                throw core::ValidationError(problem);
            if (confirm && !m_shell.ask(m_texts.deleteTitle, m_texts.deleteQuestion(record)))
                return false;
            const auto snapshot = repo.snapshot(id);
            repo.remove(id);
            m_shell.undoStack()->push(
                new DeleteRecordCommand<Repo>(m_shell, id, snapshot, m_texts.deleteStep(record), m_changed));
        } catch (const core::Error& e) {
            m_shell.warn(m_texts.cannotDelete, e.message());
            return false;
        }
        return true;
    }

private:
    ShellContext& m_shell;
    Texts m_texts;
    RecordChangedCallback m_changed;
};

} // namespace ud::ui
