#include "ui/units/UnitsPage.h"

#include "ui/widgets/DataTableView.h"

#include <QHeaderView>

namespace ud::ui {

using core::SubUnit;
using core::SubUnitsModel;

UnitsPage::Texts UnitsPage::pageTexts()
{
    Texts t;
    t.add = tr("&Add Sub-union…");
    t.addTip = tr("Add a sub-union");
    t.edit = tr("&Edit Sub-union…");
    t.editTip = tr("Edit the selected sub-union");
    t.remove = tr("&Delete Sub-union");
    t.removeTip = tr("Delete the selected sub-union");
    t.importTip = tr("Add or update sub-unions from an Excel workbook or a CSV file");
    t.exportTip = tr("Save all sub-unions as a CSV file");
    t.importTitle = tr("Import Sub-unions");
    t.exportTitle = tr("Export Sub-unions");
    t.exportName = tr("sub-unions");
    t.exported = tr("Exported %1 sub-unions to %2");
    t.cannotShow = tr("Cannot show the sub-unions");
    t.cannotEdit = tr("Cannot edit the sub-union");
    t.missing = tr("The sub-union no longer exists.");
    t.search = tr("Search code, name or short name");
    t.empty = tr("No sub-unions yet. Add one, or import a spreadsheet.");
    t.noMatch = tr("No sub-union matches “%1”.");
    t.count = [](int n) { return n == 1 ? tr("1 sub-union") : tr("%n sub-unions", nullptr, n); };
    t.folderKey = moduleId();
    return t;
}

UnitsPage::FlowTexts UnitsPage::flowTexts()
{
    return {[](const SubUnit& u) { return tr("Add sub-union %1").arg(u.name); },
            [](const SubUnit& u) { return tr("Edit sub-union %1").arg(u.name); },
            [](const SubUnit& u) { return tr("Delete sub-union %1").arg(u.name); },
            tr("Cannot add the sub-union"),
            tr("Cannot save the sub-union"),
            tr("Cannot delete the sub-union"),
            tr("Delete sub-union"),
            [](const SubUnit& u) {
                return tr("Delete the sub-union %1 (code %2)?").arg(u.name, u.code) + QStringLiteral("\n\n") +
                       tr("You can bring it back with Edit › Undo.");
            }};
}

UnitsPage::UnitsPage(ShellContext& shell, QWidget* parent)
    : RecordPage(shell, moduleTitle(), moduleIcon(), pageTexts(), flowTexts(), parent)
{
    setObjectName(QStringLiteral("unitsPage"));
    m_view->sortByColumn(SubUnitsModel::SortOrder, Qt::AscendingOrder);
    QHeaderView* columns = m_view->horizontalHeader();
    // Together narrower than the page at its default size: no horizontal scroll bar.
    columns->resizeSection(SubUnitsModel::Code, 90);
    columns->resizeSection(SubUnitsModel::Name, 300);
    columns->resizeSection(SubUnitsModel::ShortName, 140);
    columns->resizeSection(SubUnitsModel::Parent, 260);
    columns->resizeSection(SubUnitsModel::SortOrder, 70);
}

QList<StartStep> UnitsPage::startSteps() const
{
    StartStep step;
    step.title = tr("Sub-unions");
    step.text = tr("Enter the sub-unions one by one, or import their list from an Excel workbook or a CSV file with a "
                   "code and a name column. The roster refers to them.");
    step.buttons = {{tr("Add a Sub-union…"), addAction()}, {tr("Import a List…"), importAction()}};
    step.done = m_db && !model()->records().isEmpty();
    return {step};
}

SubUnit UnitsPage::newRecord() const
{
    SubUnit fresh;
    for (const SubUnit& u : model()->records())
        fresh.sortOrder = qMax(fresh.sortOrder, u.sortOrder + 1);
    return fresh;
}

} // namespace ud::ui
