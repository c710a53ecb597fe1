#include "ui/shell/RecordCommand.h"

#include "core/db/Database.h"
#include "core/db/Error.h"
#include "ui/shell/Module.h"

#include <QMessageBox>
#include <QPointer>
#include <QTimer>
#include <QWidget>

namespace ud::ui {

RecordCommand::RecordCommand(ShellContext& shell, RecordChangedCallback changed)
    : m_shell(shell), m_changed(std::move(changed))
{
}

core::Database& RecordCommand::database() const
{
    core::Database* db = m_shell.database();
    if (!db)
        throw core::Error(tr("No database is open."));
    return *db;
}

void RecordCommand::redo()
{
    if (m_firstRedo) {
        // The page already stored the change before pushing this command.
        m_firstRedo = false;
        if (m_changed)
            m_changed(recordId());
        return;
    }
    run(&RecordCommand::apply);
}

void RecordCommand::undo()
{
    run(&RecordCommand::revert);
}

void RecordCommand::run(void (RecordCommand::*step)())
{
    try {
        (this->*step)();
    } catch (const core::Error& e) {
        setObsolete(true);
        report(e.message());
    }
    if (m_changed)
        m_changed(recordId());
}

void RecordCommand::report(const QString& message)
{
    // Shown once the stack has finished its step: no event loop runs inside QUndoStack::undo().
    QPointer<QWidget> window = m_shell.window();
    const QString text = tr("%1\n\nThis step has been removed from the undo history.").arg(message);
    QTimer::singleShot(0, window, [window, text] { QMessageBox::warning(window, tr("Cannot undo or redo"), text); });
}

} // namespace ud::ui
