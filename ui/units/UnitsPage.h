#pragma once

#include "core/units/SubUnitsModel.h"
#include "ui/shell/Module.h"
#include "ui/shell/RecordPage.h"
#include "ui/units/UnitDialog.h"

#include <QIcon>

namespace ud::ui {

/// The list of sub-unions: search, sortable table, and add/edit/delete (undoable), import, CSV and printed lists.
class UnitsPage : public ud::ui::RecordPage<ud::core::SubUnitRepository, ud::core::SubUnitsModel, ud::ui::UnitDialog> {
    Q_OBJECT
public:
    explicit UnitsPage(ShellContext& shell, QWidget* parent = nullptr);

    static QString moduleId() { return QStringLiteral("units"); }
    static QString moduleTitle() { return tr("Sub-unions"); }
    static QString moduleMenuTitle() { return tr("Sub-&unions"); }
    static QIcon moduleIcon() { return QIcon(QStringLiteral(":/icons/units.svg")); }
    /// Entering or importing the sub-unions, done once there is one.
    QList<StartStep> startSteps() const;

    QAction* mergeAction() const { return m_merge; }
    /// Merges sub-union `sourceId` into `targetId` (undoable), after asking when `confirm` (naming both and their
    /// members); false when refused (the reason is shown) or not confirmed.
    bool mergeUnits(qint64 sourceId, qint64 targetId, bool confirm = false);

protected:
    /// New units go to the end of the list unless the clerk says otherwise.
    core::SubUnit newRecord() const override;

private:
    static Texts pageTexts();
    static FlowTexts flowTexts();
    /// Asks which sub-union the selected one goes into, then merges (the merge action).
    void openMergeDialog();

    QAction* m_merge;
};

} // namespace ud::ui
