#include "ui/units/UnitCommands.h"

#include "core/db/Database.h"
#include "core/units/SubUnitRepository.h"
#include "ui/shell/Module.h"

#include <QMessageBox>
#include <QPointer>
#include <QTimer>
#include <QWidget>

namespace ud::ui {

UnitCommand::UnitCommand(ShellContext& shell, UnitChangedCallback changed)
    : m_shell(shell), m_changed(std::move(changed))
{
}

core::Database& UnitCommand::database() const
{
    core::Database* db = m_shell.database();
    if (!db)
        throw core::Error(tr("No database is open."));
    return *db;
}

void UnitCommand::redo()
{
    if (m_firstRedo) {
        // The page already stored the change before pushing this command.
        m_firstRedo = false;
        if (m_changed)
            m_changed(unitId());
        return;
    }
    run(&UnitCommand::apply);
}

void UnitCommand::undo()
{
    run(&UnitCommand::revert);
}

void UnitCommand::run(void (UnitCommand::*step)())
{
    try {
        (this->*step)();
    } catch (const core::Error& e) {
        setObsolete(true);
        report(e.message());
    }
    if (m_changed)
        m_changed(unitId());
}

void UnitCommand::report(const QString& message)
{
    // Shown once the stack has finished its step: no event loop runs inside QUndoStack::undo().
    QPointer<QWidget> window = m_shell.window();
    const QString text = tr("%1\n\nThis step has been removed from the undo history.").arg(message);
    QTimer::singleShot(0, window, [window, text] { QMessageBox::warning(window, tr("Cannot undo or redo"), text); });
}

AddUnitCommand::AddUnitCommand(ShellContext& shell, const core::SubUnit& added, UnitChangedCallback changed)
    : UnitCommand(shell, std::move(changed)), m_unit(added)
{
    setText(UnitCommand::tr("Add sub-union %1").arg(added.name));
}

void AddUnitCommand::apply()
{
    core::SubUnitRepository(database()).add(m_unit);
}

void AddUnitCommand::revert()
{
    core::SubUnitRepository(database()).remove(m_unit.id);
}

EditUnitCommand::EditUnitCommand(ShellContext& shell, const core::SubUnit& before, const core::SubUnit& after,
                                 UnitChangedCallback changed)
    : UnitCommand(shell, std::move(changed)), m_before(before), m_after(after)
{
    setText(UnitCommand::tr("Edit sub-union %1").arg(after.name));
}

void EditUnitCommand::apply()
{
    core::SubUnitRepository(database()).update(m_after);
}

void EditUnitCommand::revert()
{
    core::SubUnitRepository(database()).update(m_before);
}

DeleteUnitCommand::DeleteUnitCommand(ShellContext& shell, const core::SubUnit& deleted, UnitChangedCallback changed)
    : UnitCommand(shell, std::move(changed)), m_unit(deleted)
{
    setText(UnitCommand::tr("Delete sub-union %1").arg(deleted.name));
}

void DeleteUnitCommand::apply()
{
    core::SubUnitRepository(database()).remove(m_unit.id);
}

void DeleteUnitCommand::revert()
{
    core::SubUnitRepository(database()).add(m_unit);
}

} // namespace ud::ui
