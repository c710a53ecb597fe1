#pragma once

#include "core/units/SubUnitRepository.h"
#include "ui/shell/RecordDialog.h"

namespace ud::ui {

/// Adds or edits one sub-union: the form of SubUnit's fields, with the parent units to choose from (all but the
/// unit itself and the units below it). Nothing is stored here.
class UnitDialog : public ud::ui::RecordDialog<ud::core::SubUnitRepository> {
    Q_OBJECT
public:
    /// `unit` with id 0 is a new unit.
    UnitDialog(core::Database& db, const core::SubUnit& unit, QWidget* parent = nullptr);
};

} // namespace ud::ui
