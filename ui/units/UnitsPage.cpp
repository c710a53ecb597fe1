#include "ui/units/UnitsPage.h"

#include "core/db/Error.h"
#include "ui/units/MergeUnitsDialog.h"
#include "ui/widgets/BusyCursor.h"
#include "ui/widgets/DataTableView.h"
#include "ui/widgets/PageActions.h"

#include <QAction>
#include <QHeaderView>
#include <QPointer>
#include <QSet>
#include <QUndoStack>

namespace ud::ui {

using core::SubUnit;
using core::SubUnitRepository;
using core::SubUnitsModel;

namespace {

/// A merge of two sub-unions; undo takes it back (SubUnitRepository::unmerge()), redo merges again.
class MergeUnitsCommand : public RecordCommand {
public:
    MergeUnitsCommand(ShellContext& shell, const SubUnitRepository::Merge& done, const QString& text,
                      RecordChangedCallback changed)
        : RecordCommand(shell, std::move(changed)), m_merge(done)
    {
        setText(text);
    }

protected:
    void apply() override { m_merge = SubUnitRepository(database()).merge(m_merge.source.id, m_merge.targetId); }
    void revert() override { SubUnitRepository(database()).unmerge(m_merge); }
    qint64 recordId() const override { return m_merge.targetId; }

private:
    SubUnitRepository::Merge m_merge;
};

} // namespace

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

    m_merge = makeAction(this, QStringLiteral("merge"), tr("&Merge Into…"), tr("Merge"),
                         tr("Merge the selected sub-union into another: its members and their history move there"));
    m_merge->setObjectName(QStringLiteral("mergeUnits"));
    connect(m_merge, &QAction::triggered, this, &UnitsPage::openMergeDialog);
    addRecordAction(m_merge);
}

void UnitsPage::openMergeDialog()
{
    const qint64 id = currentId();
    if (!m_db || !id)
        return;
    try {
        const auto source = SubUnitRepository(*m_db).byId(id);
        if (!source) {
            m_shell.warn(tr("Cannot merge the sub-unions"), tr("The sub-union no longer exists."));
            reload();
            return;
        }
        MergeUnitsDialog dialog(*m_db, *source, this);
        if (dialog.exec() == QDialog::Accepted && dialog.targetId() != 0)
            mergeUnits(id, dialog.targetId(), true);
    } catch (const core::Error& e) {
        m_shell.warn(tr("Cannot merge the sub-unions"), e.message());
    }
}

bool UnitsPage::mergeUnits(qint64 sourceId, qint64 targetId, bool confirm)
{
    if (!m_db)
        return false;
    SubUnitRepository::Merge merge;
    SubUnit source, target;
    try {
        SubUnitRepository repo(*m_db);
        source = repo.require(sourceId);
        target = repo.require(targetId);
        const auto named = [&repo](const SubUnit& u) {
            return tr("%1 (code %2, %n member(s))", nullptr, repo.memberCount(u.id)).arg(u.name, u.code);
        };
        if (confirm &&
            !m_shell.ask(tr("Merge sub-unions"),
                         tr("Merge %1 into %2?").arg(named(source), named(target)) + QStringLiteral("\n\n") +
                             tr("The members of %1, their status history and its sub-units move to %2, and %1 is "
                                "deleted.")
                                 .arg(source.name, target.name) +
                             QStringLiteral("\n\n") + tr("You can take it back with Edit › Undo.")))
            return false;
        BusyCursor busy; // seconds on a server for a large sub-union: every row moved is written and recorded
        merge = repo.merge(sourceId, targetId);
    } catch (const core::Error& e) {
        m_shell.warn(tr("Cannot merge the sub-unions"), e.message());
        return false;
    }
    // Besides the sub-unions, the tables whose rows moved (members, their events) are shown elsewhere.
    QList<core::Table> changedTables;
    QSet<QString> seen;
    for (const core::RecordStore::Reference& r : merge.moved) {
        const std::optional<core::Table> t = core::tableNamed(r.table);
        if (t && *t != m_table && !seen.contains(r.table)) {
            seen.insert(r.table);
            changedTables << *t;
        }
    }
    const auto changed = [self = QPointer<UnitsPage>(this), changedTables](qint64 id) {
        if (!self)
            return;
        for (const core::Table& t : changedTables)
            self->m_shell.notifyDataChanged(t);
        self->recordChanged(id);
    };
    m_shell.undoStack()->push(
        new MergeUnitsCommand(m_shell, merge, tr("Merge sub-union %1 into %2").arg(source.name, target.name), changed));
    m_shell.showStatusMessage(
        tr("Merged %1 into %2: %n member(s) moved.", nullptr, merge.members).arg(source.name, target.name));
    return true;
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
