#include "ui/shell/RecordListPage.h"

#include "core/db/Error.h"
#include "core/record/RecordListModel.h"
#include "ui/shell/Module.h"
#include "ui/widgets/BusyCursor.h"
#include "ui/widgets/DataTableView.h"
#include "ui/widgets/PageActions.h"
#include "ui/widgets/PageHeader.h"
#include "ui/widgets/ReportActions.h"

#include <QAction>
#include <QLineEdit>
#include <QShortcut>
#include <QSortFilterProxyModel>

namespace ud::ui {

RecordListPage::RecordListPage(ShellContext& shell, const QString& title, const QIcon& icon, const core::Table& table,
                               Texts texts, QAbstractItemModel* model, QWidget* parent)
    : ListPage(shell, title, icon, parent), m_texts(std::move(texts)), m_table(table), m_source(model),
      m_proxy(new QSortFilterProxyModel(this)), m_search(new QLineEdit(this))
{
    m_source->setParent(this);
    m_proxy->setSourceModel(m_source);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortRole(core::RecordSortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortLocaleAware(true);

    m_search->setObjectName(QStringLiteral("recordSearch"));
    m_search->setPlaceholderText(m_texts.search);
    m_search->setClearButtonEnabled(true);
    m_search->addAction(QIcon(QStringLiteral(":/icons/search.svg")), QLineEdit::LeadingPosition);
    m_search->setMinimumWidth(260);
    m_search->setMaximumWidth(360);

    m_view->setObjectName(QStringLiteral("recordTable"));
    m_view->setModel(m_proxy);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSortingEnabled(true);

    m_add = makeAction(this, QStringLiteral("add"), m_texts.add, tr("Add"), m_texts.addTip,
                       {QKeySequence(QKeySequence::New), QKeySequence(Qt::Key_Insert)});
    m_edit =
        makeAction(this, QStringLiteral("edit"), m_texts.edit, tr("Edit"), m_texts.editTip, {QKeySequence(Qt::Key_F2)});
    m_delete = makeAction(this, QStringLiteral("delete"), m_texts.remove, tr("Delete"), m_texts.removeTip,
                          {QKeySequence(QKeySequence::Delete)});
    m_import = makeAction(this, QStringLiteral("import"), tr("&Import…"), tr("Import"), m_texts.importTip);
    m_export = makeAction(this, QStringLiteral("export"), tr("E&xport to CSV…"), tr("Export CSV"), m_texts.exportTip);
    m_add->setObjectName(QStringLiteral("addRecord"));
    m_edit->setObjectName(QStringLiteral("editRecord"));
    m_delete->setObjectName(QStringLiteral("deleteRecord"));
    m_import->setObjectName(QStringLiteral("importRecords"));
    m_export->setObjectName(QStringLiteral("exportRecords"));
    connect(m_add, &QAction::triggered, this, &RecordListPage::openAddDialog);
    connect(m_edit, &QAction::triggered, this, &RecordListPage::openEditDialog);
    connect(m_delete, &QAction::triggered, this, [this] {
        if (const qint64 id = currentId())
            removeRecord(id, true);
    });
    connect(m_import, &QAction::triggered, this, [this] {
        if (const QString path = m_db ? chooseSpreadsheet(m_texts.importTitle, m_texts.folderKey) : QString();
            !path.isEmpty())
            previewImport(path);
    });
    connect(m_export, &QAction::triggered, this, [this] {
        if (const QString path =
                m_db ? chooseCsvTarget(m_texts.exportTitle, m_texts.folderKey, m_texts.exportName) : QString();
            !path.isEmpty())
            exportCsv(path);
    });
    m_output = new ReportActions(this, m_texts.folderKey, [this] { return listReport(); });
    auto* separator = new QAction(this);
    separator->setSeparator(true);
    auto* beforeOutput = new QAction(this);
    beforeOutput->setSeparator(true);
    m_actions =
        QList<QAction*>{m_add, m_edit, m_delete, separator, m_import, m_export, beforeOutput} + m_output->actions();
    setButtons(
        {m_add, m_edit, m_delete, nullptr, m_import, m_export, nullptr, m_output->printAction(), m_output->pdfAction()},
        {}, m_search);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setFilterFixedString(text.trimmed());
        updateCount();
    });
    connect(m_view, &QAbstractItemView::doubleClicked, this, &RecordListPage::openEditDialog);
    for (const int key : {Qt::Key_Return, Qt::Key_Enter})
        new QShortcut(QKeySequence(key), m_view, this, &RecordListPage::openEditDialog, Qt::WidgetShortcut);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RecordListPage::updateActions);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &RecordListPage::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &RecordListPage::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &RecordListPage::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &RecordListPage::updateCount);
    updateCount();
    updateActions();
}

void RecordListPage::setDatabase(core::Database* db)
{
    m_db = db;
    try {
        loadRecords(db);
    } catch (const core::Error& e) {
        m_shell.warn(m_texts.cannotShow, e.message());
    }
    updateCount();
    updateActions();
}

void RecordListPage::reload()
{
    const qint64 current = currentId();
    try {
        loadRecords(m_db);
    } catch (const core::Error& e) {
        m_shell.warn(m_texts.cannotShow, e.message());
    }
    if (current)
        selectRecord(current);
    updateCount();
    updateActions();
}

void RecordListPage::tableChanged(const core::Table& table)
{
    if (table == m_table)
        reload();
}

qint64 RecordListPage::currentId() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(core::RecordIdRole).toLongLong();
}

bool RecordListPage::selectRecord(qint64 id)
{
    const int row = rowOf(id);
    const QModelIndex index = row < 0 ? QModelIndex() : m_proxy->mapFromSource(m_source->index(row, 0));
    if (!index.isValid())
        return false;
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    return true;
}

bool RecordListPage::openRecord(const core::Table& table, qint64 id)
{
    if (!m_db || table != m_table)
        return false;
    if (rowOf(id) < 0)
        reload(); // added since the list was read
    if (rowOf(id) < 0)
        return false;
    if (!selectRecord(id)) {
        m_search->clear();
        selectRecord(id);
    }
    openEditDialog();
    return true;
}

void RecordListPage::openAddDialog()
{
    if (!m_db)
        return;
    try {
        runAddDialog();
    } catch (const core::Error& e) {
        m_shell.warn(m_texts.cannotAdd, e.message());
    }
}

void RecordListPage::openEditDialog()
{
    const qint64 id = currentId();
    if (!m_db || !id)
        return;
    try {
        if (!runEditDialog(id)) {
            m_shell.warn(m_texts.cannotEdit, m_texts.missing);
            reload();
        }
    } catch (const core::Error& e) {
        m_shell.warn(m_texts.cannotEdit, e.message());
    }
}

void RecordListPage::addRecordAction(QAction* action)
{
    const auto after = m_actions.indexOf(m_delete) + 1;
    m_actions.insert(after, action);
    insertButton(int(after), action); // the buttons start as the menu does: add, edit, delete
    m_recordActions << action;
    updateActions();
}

void RecordListPage::recordChanged(qint64 id)
{
    // The module answers with reload() (keeping the selection); then select the record that changed.
    m_shell.notifyDataChanged(m_table);
    selectRecord(id);
    updateActions();
}

bool RecordListPage::importFile(const QString& path, const core::ImportOptions& options)
{
    return runImport(path, m_table, m_texts.count,
                     [this, options](const QString& file) -> std::optional<core::ImportSummary> {
                         BusyCursor busy;
                         return importRecords(file, options);
                     });
}

bool RecordListPage::previewImport(const QString& path)
{
    return runImport(path, m_table, m_texts.count, [this](const QString& file) { return previewAndImport(file); });
}

bool RecordListPage::exportCsv(const QString& path)
{
    if (!m_db)
        return false;
    QList<QStringList> rows;
    try {
        rows = csvRows();
    } catch (const core::Error& e) {
        m_shell.warn(tr("Export failed"), e.message());
        return false;
    }
    return writeCsv(path, csvHeader(), rows, m_texts.exported);
}

void RecordListPage::updateActions()
{
    const bool open = m_db != nullptr;
    const bool selected = open && currentId() != 0;
    // On a read-only database a record still opens (to read it); nothing can be added, deleted or imported.
    m_add->setEnabled(writable());
    m_edit->setEnabled(selected);
    m_delete->setEnabled(selected && writable());
    for (QAction* a : m_recordActions)
        a->setEnabled(selected && writable());
    m_import->setEnabled(writable());
    m_export->setEnabled(open && m_source->rowCount() > 0);
    for (QAction* a : m_output->actions())
        a->setEnabled(open && m_source->rowCount() > 0);
}

void RecordListPage::updateCount()
{
    const int total = m_source->rowCount();
    const QString filter = m_search->text().trimmed();
    if (!m_db || total == 0)
        m_header->setSubtitle(QString());
    else if (!filter.isEmpty())
        m_header->setSubtitle(tr("%1 of %2 shown").arg(m_proxy->rowCount()).arg(total));
    else
        m_header->setSubtitle(m_texts.count(total));
    showEmptyState(total, m_texts.empty, m_texts.noMatch.arg(filter));
    updateActions();
}

} // namespace ud::ui
