#include "ui/members/MembersPage.h"
#include "ui/shell/UserSettings.h"

#include "core/db/Database.h"
#include "core/members/MemberExport.h"
#include "core/members/MemberImportTemplate.h"
#include "core/members/MemberRepository.h"
#include "core/members/MembersModel.h"
#include "core/units/SubUnitRepository.h"
#include "ui/members/BatchChange.h"
#include "ui/members/FullNumbersLog.h"
#include "ui/members/MemberDialog.h"
#include "ui/members/MemberFilterBar.h"
#include "ui/members/MemberImportDialog.h"
#include "ui/members/MemberListsDialog.h"
#include "ui/members/ShownListPrint.h"
#include "ui/shell/ImportCommand.h"
#include "ui/shell/Module.h"
#include "ui/widgets/BusyCursor.h"
#include "ui/widgets/DataTableView.h"
#include "ui/widgets/Folders.h"
#include "ui/widgets/PageActions.h"
#include "ui/widgets/PageHeader.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>
#include <QShortcut>
#include <QStatusBar>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace ud::ui {

namespace {

const QString kFolderKey = QStringLiteral("members");

int defaultWidth(core::MemberColumn column)
{
    using C = core::MemberColumn;
    switch (column) {
    case C::StaffNo:
        return 90;
    case C::Name:
        return 90;
    case C::Gender:
    case C::Age:
    case C::Status:
        return 60;
    case C::IdNumber:
        return 170;
    case C::UnitName:
    case C::Department:
        return 180;
    case C::Phone:
        return 110;
    case C::BirthDate:
    case C::JoinDate:
        return 100;
    default:
        return 110;
    }
}

} // namespace

MembersPage::MembersPage(ShellContext& shell, QWidget* parent)
    : ListPage(shell, moduleTitle(), moduleIcon(), parent),
      m_flow(shell,
             {[](const core::Member& m) { return tr("Add member %1").arg(m.name); },
              [](const core::Member& m) { return tr("Edit member %1").arg(m.name); },
              [](const core::Member& m) { return tr("Delete member %1").arg(m.name); }, tr("Cannot add the member"),
              tr("Cannot save the member"), tr("Cannot delete the member"), tr("Delete member"),
              [](const core::Member& m) {
                  return tr("Delete %1 (staff no. %2) and their history?").arg(m.name, m.staffNo) +
                         QStringLiteral("\n\n") +
                         tr("Members who retired, left or died are normally kept and given that status on the History "
                            "tab. You can bring a deleted member back with Edit › Undo.");
              }},
             [self = QPointer<MembersPage>(this)](qint64 id) {
                 if (self)
                     self->memberChanged(id);
             }),
      m_model(new core::MembersModel(this))
{
    setObjectName(QStringLiteral("membersPage"));
    createActions();

    m_view->setObjectName(QStringLiteral("membersTable"));
    m_view->setModel(m_model);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(int(core::MemberColumn::StaffNo), Qt::AscendingOrder);
    QHeaderView* columns = m_view->horizontalHeader();
    for (const auto& info : core::MemberColumns::all())
        columns->resizeSection(int(info.column), defaultWidth(info.column));
    columns->setSectionsMovable(false);
    columns->setContextMenuPolicy(Qt::CustomContextMenu);
    createColumnMenu();
    connect(columns, &QHeaderView::customContextMenuRequested, this,
            [this, columns](const QPoint& pos) { m_columnMenu->popup(columns->mapToGlobal(pos)); });

    auto* columnButton = new QToolButton(this);
    columnButton->setObjectName(QStringLiteral("columnsButton"));
    columnButton->setText(tr("Columns"));
    columnButton->setToolTip(tr("Choose the columns to show (also by right-clicking a column title)"));
    columnButton->setMenu(m_columnMenu);
    columnButton->setPopupMode(QToolButton::InstantPopup);
    columnButton->setAutoRaise(true);

    setButtons({m_add, m_edit, m_delete, nullptr, m_showSensitive}, {columnButton});
    createFilterBar();
    setFilterBar(m_filters);
    setSearchField(m_filters->searchEdit());
    layout()->setSpacing(10);

    m_statusCount = new QLabel;
    m_statusCount->setObjectName(QStringLiteral("memberCount"));
    m_statusCount->setContentsMargins(8, 0, 8, 0);
    m_shell.addStatusWidget(m_statusCount);
    m_statusCount->hide();

    connect(m_view, &QAbstractItemView::doubleClicked, this, &MembersPage::openEditDialog);
    for (const int key : {Qt::Key_Return, Qt::Key_Enter})
        new QShortcut(QKeySequence(key), m_view, this, &MembersPage::openEditDialog, Qt::WidgetShortcut);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MembersPage::updateActions);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MembersPage::updateActions);
    connect(m_model, &core::MembersModel::countsChanged, this, &MembersPage::updateCounts);
    connect(m_model, &core::MembersModel::failed, this,
            [this](const QString& message) { m_shell.showStatusMessage(message); });

    applyColumns(visibleColumns());
    updateCounts();
    updateActions();
}

void MembersPage::createActions()
{
    // Ctrl+N is File › New Database in the shell; the units page uses the same keys for its Add.
    m_add = makeAction(this, QStringLiteral("add"), tr("&Add Member…"), tr("Add"), tr("Add a member"),
                       {QKeySequence(QKeySequence::New), QKeySequence(Qt::Key_Insert)});
    m_edit = makeAction(this, QStringLiteral("edit"), tr("&Edit Member…"), tr("Edit"),
                        tr("Edit the selected member and their history"), {QKeySequence(Qt::Key_F2)});
    m_delete = makeAction(this, QStringLiteral("delete"), tr("&Delete Member"), tr("Delete"),
                          tr("Delete the selected member"), {QKeySequence(QKeySequence::Delete)});
    m_showSensitive = makeAction(this, QString(), tr("Show Full &ID and Mobile Numbers"), tr("Full ID/mobile"),
                                 tr("Show ID and mobile numbers in full instead of masked (personal information)"));
    m_showSensitive->setCheckable(true);
    m_clearFilters = makeAction(this, QString(), tr("&Clear Filters"), tr("Clear"), tr("Show every member again"),
                                {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L)});
    m_add->setObjectName(QStringLiteral("addMember"));
    m_edit->setObjectName(QStringLiteral("editMember"));
    m_delete->setObjectName(QStringLiteral("deleteMember"));
    m_showSensitive->setObjectName(QStringLiteral("showSensitive"));
    m_clearFilters->setObjectName(QStringLiteral("clearFilters"));
    m_import = makeAction(this, QStringLiteral("import"), tr("&Import Members…"), tr("Import"),
                          tr("Import members from an Excel workbook (.xlsx) or a CSV file, with a preview"),
                          {QKeySequence(Qt::CTRL | Qt::Key_I)});
    m_import->setObjectName(QStringLiteral("importMembers"));
    connect(m_import, &QAction::triggered, this, &MembersPage::openImportDialog);
    m_template = makeAction(this, QStringLiteral("document"), tr("Save Import &Template…"), tr("Template"),
                            tr("Save an Excel workbook with the column headings the import reads and an example row"));
    m_template->setObjectName(QStringLiteral("importTemplate"));
    connect(m_template, &QAction::triggered, this, &MembersPage::chooseTemplateFile);
    m_export = makeAction(this, QStringLiteral("export"), tr("&Export List…"), tr("Export"),
                          tr("Export the members shown, with the columns shown, to Excel or CSV"),
                          {QKeySequence(Qt::CTRL | Qt::Key_E)});
    m_export->setObjectName(QStringLiteral("exportMembers"));
    m_lists = makeAction(this, QStringLiteral("print"), tr("&Lists and Printing…"), tr("Lists"),
                         tr("Birthdays of a month, upcoming retirements, the roster on a date: print or export"),
                         {QKeySequence(QKeySequence::Print)});
    m_lists->setObjectName(QStringLiteral("memberLists"));
    m_printShown = makeAction(this, QStringLiteral("print"), tr("&Print This List…"), tr("Print"),
                              tr("Print the members shown, with the columns shown, in the order shown"),
                              {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P)});
    m_printShown->setObjectName(QStringLiteral("printShown"));
    m_batch = makeAction(this, QStringLiteral("edit"), tr("Change &Selected…"), tr("Change Selected"),
                         tr("Record a transfer, retirement … or set a field for all selected members at once"),
                         {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B)});
    m_batch->setObjectName(QStringLiteral("batchChange"));
    connect(m_batch, &QAction::triggered, this, &MembersPage::openBatchDialog);
    connect(m_printShown, &QAction::triggered, this, &MembersPage::printShown);
    connect(m_export, &QAction::triggered, this, &MembersPage::openExportDialog);
    connect(m_lists, &QAction::triggered, this, &MembersPage::openListsDialog);
    // Delete and F2 only while the table (not the search box) has the focus.
    m_delete->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_view->addAction(m_delete);

    connect(m_add, &QAction::triggered, this, &MembersPage::openAddDialog);
    connect(m_edit, &QAction::triggered, this, &MembersPage::openEditDialog);
    connect(m_delete, &QAction::triggered, this, [this] {
        if (const qint64 id = currentMemberId())
            deleteMember(id, true);
    });
    new FullNumbersLog(m_showSensitive, m_model, m_shell, this); // shows and records
    connect(m_clearFilters, &QAction::triggered, this, &MembersPage::clearFilters);

    auto* separator = new QAction(this);
    separator->setSeparator(true);
    auto* separator2 = new QAction(this);
    separator2->setSeparator(true);
    m_actions = {m_add,      m_edit,   m_batch,      m_delete, separator,  m_import,
                 m_template, m_export, m_printShown, m_lists,  separator2, m_showSensitive};
}

void MembersPage::createFilterBar()
{
    m_filters = new MemberFilterBar(m_clearFilters, this);
    m_filters->onChanged([this] { filterChanged(); });
    // Down arrow from the search box goes to the list.
    auto* toList =
        new QShortcut(QKeySequence(Qt::Key_Down), m_filters->searchEdit(), nullptr, nullptr, Qt::WidgetShortcut);
    connect(toList, &QShortcut::activated, this, [this] {
        m_view->setFocus();
        if (!m_view->currentIndex().isValid() && m_model->rowCount() > 0)
            m_view->setCurrentIndex(m_model->index(0, int(core::MemberColumn::Name)));
    });
}

void MembersPage::createColumnMenu()
{
    m_columnMenu = new QMenu(this);
    m_columnMenu->setObjectName(QStringLiteral("columnMenu"));
    for (const auto& info : core::MemberColumns::all()) {
        QAction* action = m_columnMenu->addAction(core::MemberColumns::title(info.column));
        action->setCheckable(true);
        action->setData(info.key);
        connect(action, &QAction::toggled, this,
                [this, column = info.column](bool on) { setColumnVisible(column, on); });
    }
    m_columnMenu->addSeparator();
    QAction* reset = m_columnMenu->addAction(tr("Default Columns"));
    reset->setObjectName(QStringLiteral("defaultColumns"));
    connect(reset, &QAction::triggered, this, [this] {
        usersettings::MemberColumns.reset();
        applyColumns(core::MemberColumns::defaultVisible());
    });
}

QList<core::MemberColumn> MembersPage::visibleColumns() const
{
    if (!usersettings::MemberColumns.isSet())
        return core::MemberColumns::defaultVisible();
    QList<core::MemberColumn> columns;
    for (const QString& key : usersettings::MemberColumns.value())
        if (const auto column = core::MemberColumns::fromKey(key))
            columns << *column;
    return columns.isEmpty() ? core::MemberColumns::defaultVisible() : columns;
}

void MembersPage::applyColumns(const QList<core::MemberColumn>& visible)
{
    for (const auto& info : core::MemberColumns::all()) {
        const bool show = visible.contains(info.column);
        m_view->setColumnHidden(int(info.column), !show);
        for (QAction* action : m_columnMenu->actions()) {
            if (action->data().toString() == info.key) {
                const QSignalBlocker block(action);
                action->setChecked(show);
            }
        }
    }
}

void MembersPage::setColumnVisible(core::MemberColumn column, bool visible)
{
    QList<core::MemberColumn> shown;
    for (const auto& info : core::MemberColumns::all())
        if (!m_view->isColumnHidden(int(info.column)))
            shown << info.column;
    if (visible && !shown.contains(column))
        shown << column;
    if (!visible) {
        if (shown.size() <= 1 && shown.contains(column)) {
            applyColumns(shown); // the last column stays
            return;
        }
        shown.removeAll(column);
    }
    applyColumns(shown);
    if (visible && m_view->horizontalHeader()->sectionSize(int(column)) < 30)
        m_view->horizontalHeader()->resizeSection(int(column), defaultWidth(column));
    saveColumns();
}

void MembersPage::saveColumns() const
{
    QStringList keys;
    for (const auto& info : core::MemberColumns::all())
        if (!m_view->isColumnHidden(int(info.column)))
            keys << info.key;
    usersettings::MemberColumns.set(keys);
}

void MembersPage::setDatabase(core::Database* db)
{
    m_db = db;
    reloadUnits();
    try {
        BusyCursor busy;
        m_model->setDatabase(db);
    } catch (const core::Error& e) {
        m_shell.warn(tr("Cannot show the members"), e.message());
    }
    updateCounts();
    updateActions();
}

void MembersPage::reloadUnits()
{
    QList<core::SubUnit> units;
    if (m_db) {
        try {
            units = core::SubUnitRepository(*m_db).all();
        } catch (const core::Error& e) {
            m_shell.showStatusMessage(e.message());
        }
    }
    if (!m_filters->setUnits(units))
        filterChanged(); // the chosen sub-union is gone
}

void MembersPage::reload()
{
    if (!m_db)
        return;
    const qint64 current = currentMemberId();
    try {
        m_model->refresh();
    } catch (const core::Error& e) {
        m_shell.warn(tr("Cannot show the members"), e.message());
    }
    if (current)
        selectMember(current);
    updateCounts();
    updateActions();
}

core::MemberFilter MembersPage::filter() const
{
    return m_filters->filter();
}

void MembersPage::applyFilterNow()
{
    m_filters->applyPendingSearch();
}

void MembersPage::filterChanged()
{
    m_filters->cancelPendingSearch();
    const qint64 current = currentMemberId();
    try {
        m_model->setFilter(filter());
    } catch (const core::Error& e) {
        m_shell.showStatusMessage(e.message());
    }
    const int birthMonth = filter().birthMonth.value_or(0);
    if (birthMonth != m_birthMonth) {
        // A birthday month shows the birth dates, in the order of the birthdays; without one, the clerk's own
        // columns come back (the birth date column is not added to them).
        m_birthMonth = birthMonth;
        const int birthColumn = int(core::MemberColumn::BirthDate);
        if (birthMonth) {
            m_view->setColumnHidden(birthColumn, false);
            if (m_view->horizontalHeader()->sectionSize(birthColumn) < 30)
                m_view->horizontalHeader()->resizeSection(birthColumn, defaultWidth(core::MemberColumn::BirthDate));
            const QSignalBlocker block(m_view->horizontalHeader());
            m_view->horizontalHeader()->setSortIndicator(birthColumn, Qt::AscendingOrder);
            m_model->sort(birthColumn, Qt::AscendingOrder);
        } else {
            applyColumns(visibleColumns());
        }
    }
    if (current)
        selectMember(current);
    updateCounts();
    updateActions();
}

void MembersPage::clearFilters()
{
    m_filters->clear();
    filterChanged();
}

bool MembersPage::showFiltered(const core::PageFilter& filter)
{
    if (filter.table != QLatin1String(core::tables::Members.name))
        return false;
    const QVariantMap& c = filter.conditions;
    core::MemberFilter f;
    if (c.contains(QStringLiteral("unit_id")))
        f.unitId = c.value(QStringLiteral("unit_id")).toLongLong();
    if (c.contains(QStringLiteral("status")))
        f.status = core::Member::statusFromKey(c.value(QStringLiteral("status")).toString());
    f.gender = c.value(QStringLiteral("gender")).toString();
    if (c.contains(QStringLiteral("min_age")))
        f.minAge = c.value(QStringLiteral("min_age")).toInt();
    if (c.contains(QStringLiteral("max_age")))
        f.maxAge = c.value(QStringLiteral("max_age")).toInt();
    if (c.contains(QStringLiteral("birth_month")))
        f.birthMonth = c.value(QStringLiteral("birth_month")).toInt();
    m_filters->cancelPendingSearch();
    m_filters->setFilter(f);
    filterChanged();
    return true;
}

qint64 MembersPage::currentMemberId() const
{
    const QModelIndex current = m_view->currentIndex();
    if (current.isValid() && m_view->selectionModel()->isRowSelected(current.row(), QModelIndex()))
        return m_model->memberId(current.row());
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : m_model->memberId(rows.first().row());
}

QList<qint64> MembersPage::selectedMemberIds() const
{
    QList<qint64> ids;
    for (const QModelIndex& row : m_view->selectionModel()->selectedRows())
        if (const qint64 id = m_model->memberId(row.row()))
            ids << id;
    return ids;
}

bool MembersPage::openBatchDialog()
{
    const QList<qint64> ids = selectedMemberIds();
    if (!m_db || ids.isEmpty())
        return false;
    BatchChangeDialog dialog(*m_db, int(ids.size()), this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    return dialog.kind() == BatchChangeDialog::Kind::Event ? recordEvents(ids, dialog.event())
                                                           : setField(ids, dialog.column(), dialog.value());
}

bool MembersPage::recordEvents(const QList<qint64>& ids, const core::MemberEvent& event)
{
    if (!m_db || ids.isEmpty())
        return false;
    QList<core::MemberEvent> events;
    for (const qint64 id : ids) {
        core::MemberEvent e = event;
        e.memberId = id;
        events << e;
    }
    QList<core::MemberEvent> stored;
    try {
        BusyCursor busy;
        stored = core::MemberRepository(*m_db).addEvents(events);
    } catch (const core::Error& e) {
        m_shell.warn(tr("Nothing was changed"), e.message());
        return false;
    }
    const QString text =
        tr("Record “%1” for %n member(s)", nullptr, int(ids.size())).arg(core::MemberEvent::kindLabel(event.kind));
    m_shell.undoStack()->push(new BatchEventsCommand(m_shell, stored, text, eventChanged(ids.first())));
    m_shell.showStatusMessage(text);
    return true;
}

bool MembersPage::setField(const QList<qint64>& ids, core::MemberColumn column, const QString& value)
{
    if (!m_db || ids.isEmpty())
        return false;
    QHash<qint64, QString> old;
    try {
        BusyCursor busy;
        old = core::MemberRepository(*m_db).setText(ids, column, value);
    } catch (const core::Error& e) {
        m_shell.warn(tr("Nothing was changed"), e.message());
        return false;
    }
    const QString text =
        tr("Set “%1” for %n member(s)", nullptr, int(ids.size())).arg(core::MemberColumns::title(column));
    m_shell.undoStack()->push(new BatchFieldCommand(m_shell, column, old, value, text, eventChanged(ids.first())));
    m_shell.showStatusMessage(text);
    return true;
}

bool MembersPage::selectMember(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    int column = int(core::MemberColumn::Name);
    if (m_view->isColumnHidden(column))
        column = m_view->horizontalHeader()->logicalIndexAt(0);
    const QModelIndex index = m_model->index(row, qMax(0, column));
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
    return true;
}

bool MembersPage::showsRecordsOf(const core::Table& table) const
{
    return table == core::tables::Members || table == core::tables::MemberEvents;
}

bool MembersPage::openRecord(const core::Table& table, qint64 id)
{
    if (!m_db || !showsRecordsOf(table))
        return false;
    core::MemberRepository repo(*m_db);
    qint64 memberId = id;
    if (table == core::tables::MemberEvents) {
        // An event opens its member, whose form lists the events.
        try {
            memberId = repo.event(id).memberId;
        } catch (const core::ValidationError&) {
            return false;
        }
    }
    if (!repo.byId(memberId))
        return false;
    if (!selectMember(memberId))
        reload(); // added since the list was read
    if (!selectMember(memberId)) {
        clearFilters();
        selectMember(memberId);
    }
    openEditDialog();
    return true;
}

QString MembersPage::memberName(qint64 id) const
{
    if (!m_db)
        return QString();
    const auto m = core::MemberRepository(*m_db).byId(id);
    return m ? m->name : QString();
}

void MembersPage::openAddDialog()
{
    if (!m_db)
        return;
    try {
        core::Member fresh;
        // A new member usually joins the sub-union the list is narrowed to.
        if (const auto unit = m_filters->unitId())
            fresh.unitId = *unit;
        MemberDialog dialog(*m_db, fresh, this);
        if (dialog.exec() == QDialog::Accepted)
            addMember(dialog.member());
    } catch (const core::Error& e) {
        m_shell.warn(tr("Cannot add the member"), e.message());
    }
}

void MembersPage::openEditDialog()
{
    const qint64 id = currentMemberId();
    if (!m_db || !id)
        return;
    try {
        const auto member = core::MemberRepository(*m_db).byId(id);
        if (!member) {
            m_shell.warn(tr("Cannot edit the member"), tr("The member no longer exists."));
            reload();
            return;
        }
        MemberDialog dialog(*m_db, *member, this);
        if (dialog.exec() == QDialog::Accepted)
            saveMember(dialog.member(), dialog.eventChanges());
    } catch (const core::Error& e) {
        m_shell.warn(tr("Cannot edit the member"), e.message());
    }
}

qint64 MembersPage::addMember(const core::Member& member)
{
    const qint64 id = m_flow.add(member);
    if (id && m_model->rowOf(id) < 0)
        m_shell.showStatusMessage(tr("%1 was added; the current filter hides them.").arg(memberName(id)));
    return id;
}

bool MembersPage::editMember(const core::Member& member)
{
    return m_flow.edit(member);
}

bool MembersPage::saveMember(const core::Member& member, const QList<core::MemberRepository::EventChange>& changes)
{
    const int stepsBefore = m_shell.undoStack()->count();
    const bool macro = !changes.isEmpty();
    if (macro)
        m_shell.undoStack()->beginMacro(tr("Edit member %1").arg(member.name));
    bool saved = editMember(member);
    using Change = core::MemberRepository::EventChange;
    for (const Change& change : changes) {
        if (!saved)
            break;
        saved = change.kind == Change::Kind::Record ? recordEvent(change.event) : removeEvent(change.event);
    }
    if (macro)
        m_shell.undoStack()->endMacro();
    if (m_shell.undoStack()->count() > stepsBefore && m_model->rowOf(member.id) < 0)
        m_shell.showStatusMessage(tr("%1 was saved; the current filter no longer shows them.").arg(member.name));
    return saved;
}

bool MembersPage::deleteMember(qint64 id, bool confirm)
{
    return m_flow.remove(id, confirm);
}

bool MembersPage::recordEvent(const core::MemberEvent& event)
{
    if (!m_db)
        return false;
    qint64 id = 0;
    QString name;
    try {
        id = core::MemberRepository(*m_db).addEvent(event);
        name = memberName(event.memberId);
    } catch (const core::Error& e) {
        m_shell.warn(tr("Cannot record the event"), e.message());
        return false;
    }
    m_shell.undoStack()->push(new AddRecordCommand<core::MemberEventRepository>(
        m_shell, id, tr("Record “%1” for %2").arg(core::MemberEvent::kindLabel(event.kind), name),
        eventChanged(event.memberId)));
    return true;
}

bool MembersPage::removeEvent(const core::MemberEvent& event)
{
    if (!m_db)
        return false;
    QString name;
    core::MemberEvent removed;
    try {
        name = memberName(event.memberId);
        core::MemberEventRepository repo(*m_db);
        removed = repo.snapshot(event.id);
        repo.remove(event.id);
    } catch (const core::Error& e) {
        m_shell.warn(tr("Cannot remove the event"), e.message());
        return false;
    }
    m_shell.undoStack()->push(new DeleteRecordCommand<core::MemberEventRepository>(
        m_shell, removed.id, removed,
        tr("Remove “%1” from the history of %2").arg(core::MemberEvent::kindLabel(removed.kind), name),
        eventChanged(event.memberId)));
    return true;
}

RecordChangedCallback MembersPage::eventChanged(qint64 memberId)
{
    // An event's step selects its member.
    return [self = QPointer<MembersPage>(this), memberId](qint64) {
        if (self)
            self->memberChanged(memberId);
    };
}

void MembersPage::memberChanged(qint64 id)
{
    // The module answers with reload() (keeping the selection); then select the member that changed.
    m_shell.notifyDataChanged(core::tables::Members);
    selectMember(id);
    updateActions();
}

void MembersPage::updateActions()
{
    const bool open = m_db != nullptr;
    const bool selected = open && currentMemberId() != 0;
    // On a read-only database a member still opens (to read the record); nothing can be added, deleted or imported.
    m_add->setEnabled(writable());
    m_import->setEnabled(writable());
    m_export->setEnabled(open);
    m_template->setEnabled(open);
    m_lists->setEnabled(open);
    m_printShown->setEnabled(open);
    m_batch->setEnabled(selected && writable());
    m_edit->setEnabled(selected);
    m_delete->setEnabled(selected && writable());
}

QString MembersPage::countText() const
{
    if (!m_db)
        return QString();
    const qint64 total = m_model->totalCount();
    const int shown = m_model->rowCount();
    if (m_model->filter().isEmpty())
        return tr("%1 members").arg(QLocale().toString(total));
    return tr("%1 members, %2 shown").arg(QLocale().toString(total), QLocale().toString(shown));
}

void MembersPage::updateCounts()
{
    const QString text = countText();
    m_header->setSubtitle(text);
    if (m_statusCount)
        m_statusCount->setText(text);

    showEmptyState(int(qMin<qint64>(m_model->totalCount(), 1)),
                   tr("No members yet. Import the roster from an Excel workbook with Members › Import Members…; "
                      "Members › Save Import Template… gives a workbook with the column headings it reads. Or add "
                      "members one by one with Add."),
                   tr("No member matches the filter."));
}

void MembersPage::showEvent(QShowEvent* event)
{
    ListPage::showEvent(event);
    if (m_statusCount)
        m_statusCount->show();
}

void MembersPage::hideEvent(QHideEvent* event)
{
    ListPage::hideEvent(event);
    if (m_statusCount)
        m_statusCount->hide();
}

void MembersPage::openExportDialog()
{
    if (!m_db)
        return;
    QString selected;
    const QString suggested = QDir(lastFolder(kFolderKey)).filePath(tr("members") + QStringLiteral(".xlsx"));
    QString path = QFileDialog::getSaveFileName(this, tr("Export Members"), suggested,
                                                tr("Excel workbooks (*.xlsx);;CSV files (*.csv)"), &selected);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += selected.contains(QLatin1String("csv")) ? QStringLiteral(".csv") : QStringLiteral(".xlsx");
    rememberFolder(kFolderKey, path);

    bool unmasked = false;
    if (m_showSensitive->isChecked()) {
        // Full numbers are personal information: only on an explicit answer, and the export is recorded.
        const auto answer = QMessageBox::question(
            this, tr("Export Members"),
            tr("Export full ID and mobile numbers?\n\nChoose No to export them masked. An export with full "
               "numbers is recorded in the change history."),
            QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel, QMessageBox::No);
        if (answer == QMessageBox::Cancel)
            return;
        unmasked = answer == QMessageBox::Yes;
    }
    exportMembers(path, unmasked);
}

core::MemberExportOptions MembersPage::shownListOptions(bool unmasked) const
{
    core::MemberExportOptions options;
    options.filter = m_model->filter();
    options.filter.today = QDate::currentDate();
    // The columns in the order the header shows them.
    const QHeaderView* header = m_view->horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            options.columns << core::MemberColumns::all().at(logical).column;
    }
    options.sortColumn = m_model->sortColumn();
    options.order = m_model->sortOrder();
    options.unmasked = unmasked;
    return options;
}

bool MembersPage::printShown()
{
    return ShownListPrint::print(this, m_shell, shownListOptions(m_showSensitive->isChecked()));
}

bool MembersPage::exportMembers(const QString& path, bool unmasked)
{
    if (!m_db)
        return false;
    const core::MemberExportOptions options = shownListOptions(unmasked);

    QProgressDialog progress(tr("Exporting members…"), tr("Cancel"), 0, 100, this);
    progress.setWindowTitle(tr("Export Members"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    qint64 written = 0;
    try {
        BusyCursor busy;
        written = core::exportMembers(*m_db, path, options, [&progress](qint64 done, qint64 total) {
            if (total > 0 && (done % 500 == 0 || done == total)) {
                progress.setValue(int(done * 100 / total));
                QCoreApplication::processEvents();
            }
            return !progress.wasCanceled();
        });
    } catch (const core::ExportCancelled&) {
        m_shell.showStatusMessage(tr("Export cancelled; no file was written."));
        return false;
    } catch (const core::Error& e) {
        progress.cancel();
        m_shell.warn(tr("Export failed"), e.message());
        return false;
    }
    progress.setValue(100);
    m_shell.showStatusMessage(
        tr("Exported %n member(s) to %1", nullptr, int(written)).arg(QDir::toNativeSeparators(path)));
    if (unmasked)
        m_shell.notifyDataChanged(core::tables::Members); // the change history has a new entry
    return true;
}

void MembersPage::openImportDialog()
{
    if (!m_db)
        return;
    MemberImportDialog dialog(*m_db, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    membersImported(dialog.summary(), dialog.rows().path);
}

void MembersPage::membersImported(const core::MemberImport::Summary& summary, const QString& path)
{
    // Undoing it takes back the whole file; the steps before it stay.
    if (summary.batch)
        m_shell.undoStack()->push(
            new ImportCommand(m_shell, summary.batch,
                              tr("Import %Ln member(s) (%1)", nullptr, summary.imported + summary.updated)
                                  .arg(QFileInfo(path).fileName())));
    reloadUnits();
    reload();
    m_shell.notifyDataChanged(core::tables::Members);
    m_shell.notifyDataChanged(core::tables::Units);
}

bool MembersPage::saveImportTemplate(const QString& path)
{
    try {
        BusyCursor busy;
        core::MemberImportTemplate::write(path);
    } catch (const core::Error& e) {
        m_shell.warn(tr("Cannot Save the Template"), e.message());
        return false;
    }
    m_shell.showStatusMessage(tr("Saved the import template %1: one member per row, then Members › Import Members…")
                                  .arg(QDir::toNativeSeparators(path)));
    return true;
}

void MembersPage::chooseTemplateFile()
{
    const QString suggested =
        QDir(lastFolder(kFolderKey)).filePath(tr("member import template") + QStringLiteral(".xlsx"));
    QString path =
        QFileDialog::getSaveFileName(this, tr("Save Import Template"), suggested, tr("Excel workbooks (*.xlsx)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".xlsx");
    rememberFolder(kFolderKey, path);
    saveImportTemplate(path);
}

QList<StartStep> MembersPage::startSteps() const
{
    StartStep step;
    step.title = tr("The member roster");
    step.text =
        tr("Import the roster from an Excel workbook; its column headings are recognised (工号, 姓名, 身份证号码, "
           "所在单位 …). The template has them, with an example row.");
    step.buttons = {{tr("Import the Roster…"), m_import}, {tr("Save the Template…"), m_template}};
    step.done = m_db && m_model->totalCount() > 0;
    step.inUse = true;
    return {step};
}

void MembersPage::openListsDialog()
{
    if (!m_db)
        return;
    MemberListsDialog dialog(*m_db, this);
    dialog.exec();
}

void MembersPage::tableChanged(const core::Table& table)
{
    if (table == core::tables::Units) {
        reloadUnits();
        reload(); // sub-union names are shown in the list
    } else if (table == core::tables::Members || table == core::tables::MemberEvents) {
        reload();
    }
}

} // namespace ud::ui
