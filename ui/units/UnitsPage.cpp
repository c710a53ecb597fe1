#include "ui/units/UnitsPage.h"

#include "core/units/SubUnitRepository.h"
#include "core/units/SubUnitsModel.h"
#include "ui/shell/Module.h"
#include "ui/units/UnitDialog.h"
#include "ui/widgets/DataTableView.h"
#include "ui/widgets/PageActions.h"
#include "ui/widgets/PageHeader.h"
#include "ui/widgets/ReportActions.h"

#include <QAction>
#include <QHeaderView>
#include <QLineEdit>
#include <QPointer>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QUndoStack>

namespace ud::ui {

namespace {

const QString kFolderKey = QStringLiteral("units");

} // namespace

UnitsPage::UnitsPage(ShellContext& shell, QWidget* parent)
    : ListPage(shell, moduleTitle(), moduleIcon(), parent),
      m_flow(shell,
             {[](const core::SubUnit& u) { return tr("Add sub-union %1").arg(u.name); },
              [](const core::SubUnit& u) { return tr("Edit sub-union %1").arg(u.name); },
              [](const core::SubUnit& u) { return tr("Delete sub-union %1").arg(u.name); },
              tr("Cannot add the sub-union"), tr("Cannot save the sub-union"), tr("Cannot delete the sub-union"),
              tr("Delete sub-union"),
              [](const core::SubUnit& u) {
                  return tr("Delete the sub-union %1 (code %2)?").arg(u.name, u.code) + QStringLiteral("\n\n") +
                         tr("You can bring it back with Edit › Undo.");
              }},
             [self = QPointer<UnitsPage>(this)](qint64 id) {
                 if (self)
                     self->unitChanged(id);
             }),
      m_model(new core::SubUnitsModel(this)), m_proxy(new QSortFilterProxyModel(this)), m_search(new QLineEdit(this))
{
    setObjectName(QStringLiteral("unitsPage"));
    createActions();

    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortRole(core::SubUnitsModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortLocaleAware(true);

    m_search->setObjectName(QStringLiteral("unitSearch"));
    m_search->setPlaceholderText(tr("Search code, name or short name"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(QIcon(QStringLiteral(":/icons/search.svg")), QLineEdit::LeadingPosition);
    m_search->setMinimumWidth(260);
    m_search->setMaximumWidth(360);

    m_view->setObjectName(QStringLiteral("unitsTable"));
    m_view->setModel(m_proxy);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(core::SubUnitsModel::SortOrder, Qt::AscendingOrder);
    QHeaderView* columns = m_view->horizontalHeader();
    // Together narrower than the page at its default size: no horizontal scroll bar.
    columns->resizeSection(core::SubUnitsModel::Code, 90);
    columns->resizeSection(core::SubUnitsModel::Name, 300);
    columns->resizeSection(core::SubUnitsModel::ShortName, 140);
    columns->resizeSection(core::SubUnitsModel::Parent, 260);
    columns->resizeSection(core::SubUnitsModel::SortOrder, 70);

    setButtons(
        {m_add, m_edit, m_delete, nullptr, m_import, m_export, nullptr, m_output->printAction(), m_output->pdfAction()},
        {}, m_search);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setFilterFixedString(text.trimmed());
        updateCount();
    });
    connect(m_view, &QAbstractItemView::doubleClicked, this, &UnitsPage::openEditDialog);
    for (const int key : {Qt::Key_Return, Qt::Key_Enter})
        new QShortcut(QKeySequence(key), m_view, this, &UnitsPage::openEditDialog, Qt::WidgetShortcut);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &UnitsPage::updateActions);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &UnitsPage::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &UnitsPage::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &UnitsPage::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &UnitsPage::updateCount);

    updateCount();
    updateActions();
}

void UnitsPage::createActions()
{
    m_add = makeAction(this, QStringLiteral("add"), tr("&Add Sub-union…"), tr("Add"), tr("Add a sub-union"),
                       {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), QKeySequence(Qt::Key_Insert)});
    m_edit = makeAction(this, QStringLiteral("edit"), tr("&Edit Sub-union…"), tr("Edit"),
                        tr("Edit the selected sub-union"), {QKeySequence(Qt::Key_F2)});
    m_delete = makeAction(this, QStringLiteral("delete"), tr("&Delete Sub-union"), tr("Delete"),
                          tr("Delete the selected sub-union"), {QKeySequence(QKeySequence::Delete)});
    m_import = makeAction(this, QStringLiteral("import"), tr("&Import…"), tr("Import"),
                          tr("Add or update sub-unions from an Excel workbook or a CSV file"));
    m_export = makeAction(this, QStringLiteral("export"), tr("E&xport to CSV…"), tr("Export CSV"),
                          tr("Save all sub-unions as a CSV file"));
    m_add->setObjectName(QStringLiteral("addUnit"));
    m_edit->setObjectName(QStringLiteral("editUnit"));
    m_delete->setObjectName(QStringLiteral("deleteUnit"));
    m_import->setObjectName(QStringLiteral("importUnits"));
    m_export->setObjectName(QStringLiteral("exportUnits"));

    connect(m_add, &QAction::triggered, this, &UnitsPage::openAddDialog);
    connect(m_edit, &QAction::triggered, this, &UnitsPage::openEditDialog);
    connect(m_delete, &QAction::triggered, this, [this] {
        if (const qint64 id = currentUnitId())
            deleteUnit(id, true);
    });
    connect(m_import, &QAction::triggered, this, [this] {
        if (const QString path = m_db ? chooseSpreadsheet(tr("Import Sub-unions"), kFolderKey) : QString();
            !path.isEmpty())
            importFile(path);
    });
    connect(m_export, &QAction::triggered, this, [this] {
        if (const QString path =
                m_db ? chooseCsvTarget(tr("Export Sub-unions"), kFolderKey, tr("sub-unions")) : QString();
            !path.isEmpty())
            exportCsv(path);
    });

    m_output = new ReportActions(this, QStringLiteral("units"),
                                 [this] { return core::SubUnitRepository(*m_db).listReport(); });
    auto* separator = new QAction(this);
    separator->setSeparator(true);
    auto* beforeOutput = new QAction(this);
    beforeOutput->setSeparator(true);
    m_actions =
        QList<QAction*>{m_add, m_edit, m_delete, separator, m_import, m_export, beforeOutput} + m_output->actions();
}

void UnitsPage::setDatabase(core::Database* db)
{
    m_db = db;
    try {
        m_model->setDatabase(db);
    } catch (const core::Error& e) {
        m_shell.warn(tr("Cannot show the sub-unions"), e.message());
    }
    updateCount();
    updateActions();
}

void UnitsPage::reload()
{
    const qint64 current = currentUnitId();
    try {
        m_model->reload();
    } catch (const core::Error& e) {
        m_shell.warn(tr("Cannot show the sub-unions"), e.message());
    }
    if (current)
        selectUnit(current);
    updateCount();
    updateActions();
}

qint64 UnitsPage::currentUnitId() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(core::SubUnitsModel::IdRole).toLongLong();
}

bool UnitsPage::selectUnit(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return false;
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    return true;
}

void UnitsPage::openAddDialog()
{
    if (!m_db)
        return;
    try {
        core::SubUnit fresh;
        // New units go to the end of the list unless the clerk says otherwise.
        for (int row = 0; row < m_model->rowCount(); ++row)
            fresh.sortOrder = qMax(fresh.sortOrder, m_model->unitAt(row).sortOrder + 1);
        UnitDialog dialog(*m_db, fresh, this);
        if (dialog.exec() == QDialog::Accepted)
            addUnit(dialog.unit());
    } catch (const core::Error& e) {
        m_shell.warn(tr("Cannot add the sub-union"), e.message());
    }
}

void UnitsPage::openEditDialog()
{
    const qint64 id = currentUnitId();
    if (!m_db || !id)
        return;
    try {
        const auto unit = core::SubUnitRepository(*m_db).byId(id);
        if (!unit) {
            m_shell.warn(tr("Cannot edit the sub-union"), tr("The sub-union no longer exists."));
            reload();
            return;
        }
        UnitDialog dialog(*m_db, *unit, this);
        if (dialog.exec() == QDialog::Accepted)
            editUnit(dialog.unit());
    } catch (const core::Error& e) {
        m_shell.warn(tr("Cannot edit the sub-union"), e.message());
    }
}

qint64 UnitsPage::addUnit(const core::SubUnit& unit)
{
    return m_flow.add(unit);
}

bool UnitsPage::editUnit(const core::SubUnit& unit)
{
    return m_flow.edit(unit);
}

bool UnitsPage::deleteUnit(qint64 id, bool confirm)
{
    return m_flow.remove(id, confirm);
}

void UnitsPage::tableChanged(const core::Table& table)
{
    if (table == core::tables::Units)
        reload();
}

void UnitsPage::unitChanged(qint64 id)
{
    // The module answers with reload() (keeping the selection); then select the unit that changed.
    m_shell.notifyDataChanged(core::tables::Units);
    selectUnit(id);
    updateActions();
}

bool UnitsPage::importFile(const QString& path)
{
    return runImport(path, core::tables::Units,
                     [this](const QString& file) { return core::SubUnitRepository(*m_db).importFile(file); });
}

bool UnitsPage::exportCsv(const QString& path)
{
    if (!m_db)
        return false;
    QList<QStringList> rows;
    try {
        rows = core::SubUnitRepository(*m_db).csvRows();
    } catch (const core::Error& e) {
        m_shell.warn(tr("Export failed"), e.message());
        return false;
    }
    return writeCsv(path, core::SubUnitRepository::csvHeader(), rows, tr("Exported %1 sub-unions to %2"));
}

void UnitsPage::updateActions()
{
    const bool open = m_db != nullptr;
    const bool selected = open && currentUnitId() != 0;
    m_add->setEnabled(open);
    m_edit->setEnabled(selected);
    m_delete->setEnabled(selected);
    m_import->setEnabled(open);
    m_export->setEnabled(open && m_model->rowCount() > 0);
    for (QAction* a : m_output->actions())
        a->setEnabled(open && m_model->rowCount() > 0);
}

void UnitsPage::updateCount()
{
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    const QString filter = m_search->text().trimmed();
    if (!m_db || total == 0)
        m_header->setSubtitle(QString());
    else if (!filter.isEmpty())
        m_header->setSubtitle(tr("%1 of %2 shown").arg(shown).arg(total));
    else if (total == 1)
        m_header->setSubtitle(tr("1 sub-union"));
    else
        m_header->setSubtitle(tr("%n sub-unions", nullptr, total));

    showEmptyState(total, tr("No sub-unions yet. Add one, or import a spreadsheet."),
                   tr("No sub-union matches “%1”.").arg(filter));
    m_export->setEnabled(m_db && total > 0);
    for (QAction* a : m_output->actions())
        a->setEnabled(m_db && total > 0);
}

} // namespace ud::ui
