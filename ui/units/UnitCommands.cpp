#include "ui/units/UnitCommands.h"

#include "core/db/Database.h"
#include "core/units/SubUnitRepository.h"
#include "ui/shell/Module.h"

namespace ud::ui {

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
