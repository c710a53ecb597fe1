#include "ui/schedule/SchedulePage.h"

#include "core/db/Database.h"
#include "core/db/ImportLog.h"
#include "core/schedule/PlanDocument.h"
#include "core/schedule/ScheduleItemsModel.h"
#include "core/schedule/ScheduleRepository.h"
#include "ui/schedule/DoneDateDialog.h"
#include "ui/schedule/MonthGridDelegate.h"
#include "ui/schedule/PlanImportDialog.h"
#include "ui/schedule/ScheduleItemDialog.h"
#include "ui/schedule/ScheduleTreeModel.h"
#include "ui/shell/ImportCommand.h"
#include "ui/shell/Module.h"
#include "ui/widgets/BusyCursor.h"
#include "ui/widgets/ColumnWidths.h"
#include "ui/widgets/PageActions.h"
#include "ui/widgets/PageHeader.h"

#include <QAction>
#include <QComboBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace ud::ui {

namespace {

QString shortText(const QString& text)
{
    return text.size() > 24 ? text.left(23) + QChar(0x2026) : text;
}

constexpr int kExampleYear = 2024;

} // namespace

SchedulePage::SchedulePage(ShellContext& shell, QWidget* parent)
    : QWidget(parent), m_shell(shell),
      m_flow(shell,
             {[](const core::ScheduleItem& i) { return tr("Add schedule item %1").arg(shortText(i.text)); },
              [](const core::ScheduleItem& i) { return tr("Edit schedule item %1").arg(i.reference()); },
              [](const core::ScheduleItem& i) { return tr("Remove schedule item %1").arg(shortText(i.text)); },
              tr("Cannot add the item"), tr("Cannot save the item"), tr("Cannot remove the item"), tr("Remove item"),
              [](const core::ScheduleItem& i) {
                  return tr("Remove item %1 from the plan?\n\n%2\n\nYou can bring it back with Edit › Undo.")
                      .arg(i.reference(), i.text);
              }},
             [self = QPointer<SchedulePage>(this)](qint64 id) {
                 if (self)
                     self->itemChanged(id);
             }),
      m_output(shell, this), m_tree(new ScheduleTreeModel(this)), m_delegate(new MonthGridDelegate(this)),
      m_header(new PageHeader(tr("Work Schedule"), this)), m_view(new QTreeView(this)),
      m_keyPoints(new KeyPointsPanel(this)), m_actions(this)
{
    setObjectName(QStringLiteral("schedulePage"));
    connectActions();

    m_view->setObjectName(QStringLiteral("scheduleTree"));
    m_view->setModel(m_tree);
    m_view->setItemDelegateForColumn(ScheduleTreeModel::Months, m_delegate);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    QHeaderView* columns = m_view->header();
    columns->setStretchLastSection(false);
    columns->setSectionResizeMode(ScheduleTreeModel::Item, QHeaderView::Stretch);
    columns->setSectionResizeMode(ScheduleTreeModel::Months, QHeaderView::Fixed);
    columns->resizeSection(ScheduleTreeModel::Months, m_delegate->sizeHint(QStyleOptionViewItem(), {}).width());
    columns->setMinimumSectionSize(40);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("scheduleSplitter"));
    splitter->addWidget(m_view);
    splitter->addWidget(m_keyPoints);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({1000, 250});
    splitter->setChildrenCollapsible(false);

    auto* buttons = new QHBoxLayout;
    buttons->setSpacing(4);
    buttons->addWidget(makeButton(m_actions.edit, this));
    buttons->addWidget(makeButton(m_actions.markDone, this));
    buttons->addWidget(makeButton(m_actions.add, this));
    buttons->addWidget(makeButton(m_actions.remove, this));
    buttons->addSpacing(16);
    buttons->addWidget(makeButton(m_actions.import, this));
    buttons->addWidget(makeButton(m_actions.copy, this));
    buttons->addSpacing(16);
    auto* print = makeButton(m_actions.printMonth, this);
    auto* printMenu = new QMenu(print);
    printMenu->addAction(m_actions.printMonth);
    printMenu->addAction(m_actions.printYear);
    printMenu->addSeparator();
    printMenu->addAction(m_actions.monthPdf);
    printMenu->addAction(m_actions.yearPdf);
    print->setMenu(printMenu);
    print->setPopupMode(QToolButton::MenuButtonPopup);
    print->setObjectName(QStringLiteral("printButton"));
    buttons->addWidget(print);
    buttons->addWidget(makeButton(m_actions.exportXlsx, this));
    buttons->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->setSpacing(10);
    layout->addWidget(m_header);
    m_banner = new ExamplePlanBanner(this);
    layout->addWidget(m_banner);
    layout->addLayout(buttons);
    m_filters = new ScheduleFilterBar(m_actions.clearFilters, this);
    layout->addWidget(m_filters);
    layout->addWidget(splitter, 1);

    connect(m_view, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex& index) {
        if (m_tree->item(index).id)
            openEditDialog();
    });
    for (const int key : {Qt::Key_Return, Qt::Key_Enter})
        new QShortcut(QKeySequence(key), m_view, this, &SchedulePage::openEditDialog, Qt::WidgetShortcut);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SchedulePage::scheduleSelectionChanged);
    connect(m_keyPoints, &QTreeWidget::currentItemChanged, this, &SchedulePage::keyPointSelectionChanged);
    connect(m_banner->loadButton(), &QPushButton::clicked, this, &SchedulePage::loadExamplePlan);
    connect(m_banner->importButton(), &QPushButton::clicked, this, &SchedulePage::openImportDialog);
    connect(m_banner->dismissButton(), &QPushButton::clicked, this, &SchedulePage::dismissExampleBanner);
    connect(m_filters->yearCombo(), &QComboBox::currentIndexChanged, this, &SchedulePage::yearChanged);
    for (QComboBox* combo : {m_filters->monthCombo(), m_filters->sectionCombo(), m_filters->statusCombo()})
        connect(combo, &QComboBox::currentIndexChanged, this, &SchedulePage::filterChanged);

    updateHeader();
    updateBanner();
    updateActions();
}

SchedulePage::~SchedulePage() = default;

void SchedulePage::connectActions()
{
    // Delete only while the schedule (not a filter box) has the focus.
    m_actions.remove->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_view->addAction(m_actions.remove);

    connect(m_actions.edit, &QAction::triggered, this, &SchedulePage::openEditDialog);
    connect(m_actions.markDone, &QAction::triggered, this, [this] {
        const qint64 id = currentItemId();
        if (!id)
            return;
        // An item of a year that is over was not done today: ask for the day.
        if (const auto date = DoneDateDialog::ask(m_tree->item(m_view->currentIndex()), year(), this))
            markDone(id, *date);
    });
    connect(m_actions.add, &QAction::triggered, this, &SchedulePage::openAddDialog);
    connect(m_actions.remove, &QAction::triggered, this, [this] {
        if (const qint64 id = currentItemId())
            removeItem(id, true);
    });
    connect(m_actions.import, &QAction::triggered, this, &SchedulePage::openImportDialog);
    connect(m_actions.copy, &QAction::triggered, this, [this] { copyToNextYear(true); });
    connect(m_actions.printMonth, &QAction::triggered, this, &SchedulePage::printPreviewMonth);
    connect(m_actions.printYear, &QAction::triggered, this, &SchedulePage::printPreviewYear);
    connect(m_actions.monthPdf, &QAction::triggered, this, &SchedulePage::chooseMonthPdf);
    connect(m_actions.yearPdf, &QAction::triggered, this, &SchedulePage::chooseYearPdf);
    connect(m_actions.exportXlsx, &QAction::triggered, this, &SchedulePage::chooseXlsx);
    connect(m_actions.clearFilters, &QAction::triggered, this, &SchedulePage::clearFilters);
}

void SchedulePage::setDatabase(core::Database* db)
{
    m_db = db;
    m_items.reset(db ? new core::ScheduleItemsModel(*db) : nullptr);
    reloadYears(0);
}

void SchedulePage::reload()
{
    reloadYears(year());
}

void SchedulePage::reloadYears(int wanted)
{
    QList<int> years;
    if (m_db) {
        try {
            years = core::ScheduleRepository(*m_db).years();
        } catch (const core::Error& e) {
            m_shell.showStatusMessage(e.message());
        }
    }
    if (!wanted || !years.contains(wanted)) {
        // This year's plan when there is one, else the latest.
        const int thisYear = QDate::currentDate().year();
        wanted = years.contains(thisYear) ? thisYear : years.isEmpty() ? 0 : years.last();
    }
    m_updating = true;
    m_filters->setYears(years, wanted);
    m_updating = false;
    yearChanged();
}

int SchedulePage::year() const
{
    return m_filters->year();
}

QList<StartStep> SchedulePage::startSteps() const
{
    StartStep step;
    step.title = tr("The year's work plan");
    step.text = tr("Import the work plan (工作要点) with its schedule from a Word file or text; the page then shows "
                   "each month's work and prints it.");
    step.buttons = {{tr("Import the Work Plan…"), importAction()}};
    step.done = m_db && year() != 0;
    step.inUse = true;
    return {step};
}

bool SchedulePage::setYear(int y)
{
    return m_filters->setYear(y);
}

void SchedulePage::yearChanged()
{
    if (m_updating)
        return;
    const int y = year();
    // The section filter lists this year's sections; keep the chosen one by its number.
    const int sectionNumber = [this] {
        for (const core::ScheduleSection& s : m_sections)
            if (s.id == m_filters->sectionId())
                return s.number;
        return 0;
    }();
    m_sections.clear();
    if (m_db && m_items) {
        try {
            m_items->setYear(y);
            if (m_items->hasPlan())
                m_sections = core::ScheduleRepository(*m_db).sections(m_items->plan().id);
        } catch (const core::Error& e) {
            m_shell.showStatusMessage(e.message());
        }
    }
    m_updating = true;
    m_filters->setSections(m_sections, sectionNumber);
    m_updating = false;
    m_delegate->setCurrentMonth(y == QDate::currentDate().year() ? QDate::currentDate().month() : 0);
    reloadKeyPoints();
    filterChanged();
}

void SchedulePage::setMonthFilter(int month)
{
    m_filters->setMonth(month);
}

void SchedulePage::setSectionFilter(qint64 sectionId)
{
    m_filters->setSection(sectionId);
}

void SchedulePage::setStatusFilter(const QString& statusKey)
{
    m_filters->setStatus(statusKey);
}

void SchedulePage::clearFilters()
{
    m_updating = true;
    m_filters->clearFilters();
    m_updating = false;
    filterChanged();
}

bool SchedulePage::showFiltered(const core::PageFilter& filter)
{
    if (filter.table != QLatin1String(core::tables::ScheduleItems.name))
        return false;
    const QVariantMap& c = filter.conditions;
    if (c.contains(QStringLiteral("year")) && year() != c.value(QStringLiteral("year")).toInt()) {
        reload(); // the year may be new since the page was read
        setYear(c.value(QStringLiteral("year")).toInt());
    }
    m_updating = true;
    m_filters->clearFilters();
    m_filters->setMonth(c.value(QStringLiteral("month")).toInt());
    m_filters->setStatus(c.value(QStringLiteral("status")).toString());
    m_updating = false;
    filterChanged();
    return true;
}

void SchedulePage::filterChanged()
{
    if (m_updating)
        return;
    if (m_items) {
        try {
            m_items->setMonthFilter(m_filters->month());
            m_items->setSectionFilter(m_filters->sectionId());
            core::ItemStatus status;
            if (m_filters->statusKey() == QLatin1String(core::kOpenItemsKey))
                m_items->setStatusFilter(core::openItemStatuses());
            else if (core::itemStatusFromKey(m_filters->statusKey(), &status))
                m_items->setStatusFilter(status);
            else
                m_items->setStatusFilter(std::nullopt);
        } catch (const core::Error& e) {
            m_shell.showStatusMessage(e.message());
        }
    }
    rebuild();
}

void SchedulePage::rebuild()
{
    const qint64 current = currentItemId();
    const qint64 currentSection = current ? 0 : m_tree->section(m_view->currentIndex()).id;
    QList<core::ScheduleItem> items;
    if (m_items)
        for (int r = 0; r < m_items->rowCount(); ++r)
            items << m_items->item(r);
    const qint64 sectionFilter = m_filters->sectionId();
    QList<core::ScheduleSection> sections;
    for (const core::ScheduleSection& s : m_sections)
        if (!sectionFilter || s.id == sectionFilter)
            sections << s;
    const bool filtered = m_filters->narrowsItems();
    m_tree->setContent(sections, items, !filtered);
    m_view->expandAll();
    // The text column gets the room the others do not need (an empty office or notes column keeps its header).
    fitColumnToContent(m_view, ScheduleTreeModel::Timing, 140);
    fitColumnToContent(m_view, ScheduleTreeModel::Office, 140);
    fitColumnToContent(m_view, ScheduleTreeModel::Status, 170);
    fitColumnToContent(m_view, ScheduleTreeModel::Notes, 200);
    if (current)
        selectItem(current);
    else if (currentSection)
        selectSection(currentSection);
    updateHeader();
    updateBanner();
    updateActions();
}

void SchedulePage::reloadKeyPoints()
{
    m_syncing = true;
    m_keyPoints->clear();
    if (m_db && m_items && m_items->hasPlan()) {
        try {
            m_keyPoints->setKeyPoints(core::ScheduleRepository(*m_db).keyPoints(m_items->plan().id));
        } catch (const core::Error& e) {
            m_shell.showStatusMessage(e.message());
        }
    }
    m_syncing = false;
}

qint64 SchedulePage::currentItemId() const
{
    return m_tree->item(m_view->currentIndex()).id;
}

bool SchedulePage::selectItem(qint64 id)
{
    const QModelIndex index = m_tree->indexOfItem(id);
    if (!index.isValid())
        return false;
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
    return true;
}

bool SchedulePage::selectSection(qint64 sectionId)
{
    const QModelIndex index = m_tree->indexOfSection(sectionId);
    if (!index.isValid())
        return false;
    m_view->expand(index);
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index, QAbstractItemView::PositionAtTop);
    return true;
}

bool SchedulePage::showsRecordsOf(const core::Table& table) const
{
    return table == core::tables::ScheduleItems;
}

bool SchedulePage::openRecord(const core::Table& table, qint64 id)
{
    if (!m_db || !showsRecordsOf(table))
        return false;
    const std::optional<int> itemYear = core::ScheduleRepository(*m_db).itemYear(id);
    if (!itemYear)
        return false;
    if (year() != *itemYear || !selectItem(id))
        reload(); // the item or its year may be new since the page was read
    if (year() != *itemYear && !setYear(*itemYear))
        return false;
    if (!selectItem(id)) {
        clearFilters();
        selectItem(id);
    }
    openEditDialog();
    return true;
}

qint64 SchedulePage::currentKeySectionId() const
{
    return m_keyPoints->currentSectionId();
}

void SchedulePage::scheduleSelectionChanged()
{
    updateActions();
    if (m_syncing)
        return;
    // The key-point section this part of the schedule belongs to.
    const core::ScheduleSection section = m_tree->section(m_view->currentIndex());
    qint64 key = 0;
    for (const core::ScheduleSection& s : m_sections)
        if (s.id == section.id)
            key = s.keySectionId;
    if (!key || key == currentKeySectionId())
        return;
    m_syncing = true;
    m_keyPoints->showSection(key);
    m_syncing = false;
}

void SchedulePage::keyPointSelectionChanged()
{
    if (m_syncing)
        return;
    const qint64 key = currentKeySectionId();
    if (!key)
        return;
    for (const core::ScheduleSection& s : m_sections) {
        if (s.keySectionId != key)
            continue;
        if (m_tree->section(m_view->currentIndex()).id == s.id)
            return; // already in that section
        m_syncing = true;
        if (!selectSection(s.id))
            m_shell.showStatusMessage(tr("The filter hides %1.").arg(s.heading()));
        m_syncing = false;
        updateActions();
        return;
    }
    m_shell.showStatusMessage(tr("This key-point section has no schedule section of its own."));
}

void SchedulePage::updateActions()
{
    const bool open = m_db != nullptr;
    // On a read-only database an item still opens (to read it); nothing can be added, marked, deleted or imported.
    const bool writable = open && !m_db->isReadOnly();
    const bool plan = open && m_items && m_items->hasPlan();
    const core::ScheduleItem item = m_tree->item(m_view->currentIndex());
    m_actions.edit->setEnabled(item.id != 0);
    m_actions.markDone->setEnabled(writable && item.id != 0 && item.status != core::ItemStatus::Done);
    m_actions.remove->setEnabled(writable && item.id != 0);
    m_actions.add->setEnabled(writable && plan && !m_sections.isEmpty());
    m_actions.import->setEnabled(writable);
    m_actions.copy->setEnabled(writable && plan);
    for (QAction* a :
         {m_actions.printMonth, m_actions.printYear, m_actions.monthPdf, m_actions.yearPdf, m_actions.exportXlsx})
        a->setEnabled(plan);
    m_actions.clearFilters->setEnabled(plan);
    m_filters->setBoxesEnabled(plan);
}

void SchedulePage::updateHeader()
{
    if (!m_db) {
        m_header->setTitle(tr("Work Schedule"));
        m_header->setSubtitle(tr("No database is open."));
        return;
    }
    if (!m_items || !m_items->hasPlan()) {
        m_header->setTitle(tr("Work Schedule"));
        m_header->setSubtitle(tr("No work plan yet: import one with Import Plan…"));
        return;
    }
    const core::PlanInfo& plan = m_items->plan();
    m_header->setTitle(plan.title.isEmpty() ? tr("Work Schedule %1").arg(plan.year) : plan.title);
    QStringList parts;
    if (!plan.documentNumber.isEmpty())
        parts << plan.documentNumber;
    if (plan.draft)
        parts << tr("draft");
    int total = 0;
    int done = 0;
    int toCheck = 0;
    try {
        for (const core::ScheduleItem& i : core::ScheduleRepository(*m_db).items(plan.id)) {
            ++total;
            done += i.status == core::ItemStatus::Done ? 1 : 0;
            toCheck += i.monthsNeedChecking ? 1 : 0;
        }
    } catch (const core::Error& e) {
        m_shell.showStatusMessage(e.message());
    }
    parts << tr("%n item(s)", nullptr, total);
    if (m_tree->itemCount() != total)
        parts << tr("%n shown", nullptr, m_tree->itemCount());
    parts << tr("%n done", nullptr, done);
    if (toCheck)
        parts << tr("%n to check (highlighted)", nullptr, toCheck);
    m_header->setSubtitle(parts.join(QStringLiteral(" · ")));
}

void SchedulePage::updateBanner()
{
    m_banner->offer(m_db, m_filters->yearCombo()->count() > 0);
}

void SchedulePage::dismissExampleBanner()
{
    if (!m_db)
        return;
    try {
        m_banner->decline(*m_db);
    } catch (const core::Error& e) {
        m_shell.showStatusMessage(e.message());
    }
}

bool SchedulePage::loadExamplePlan()
{
    if (!m_db)
        return false;
    qint64 plan = 0;
    try {
        BusyCursor busy;
        core::ScheduleRepository repo(*m_db);
        if (repo.plan(kExampleYear))
            throw core::ValidationError(tr("There is already a work plan for %1.").arg(kExampleYear));
        plan = repo.importPlan(kExampleYear, core::PlanDocument::parseText(core::PlanDocument::examplePlanText()),
                               core::ScheduleRepository::Replace::No, tr("example plan"));
    } catch (const core::Error& e) {
        m_shell.warn(tr("Cannot load the example plan"), e.message());
        return false;
    }
    pushPlanStep(plan, tr("Load the %1 example plan").arg(kExampleYear));
    reloadYears(kExampleYear);
    m_shell.notifyDataChanged(core::tables::SchedulePlans);
    m_shell.showStatusMessage(tr("The 2024 example plan was loaded."));
    return true;
}

void SchedulePage::itemChanged(qint64 id)
{
    // The module answers with reload() (keeping year, filters and selection); then select the item.
    m_shell.notifyDataChanged(core::tables::ScheduleItems);
    selectItem(id);
    updateActions();
}

bool SchedulePage::editItem(const core::ScheduleItem& item)
{
    return m_flow.edit(item);
}

bool SchedulePage::markDone(qint64 id, const QDate& date)
{
    if (!m_db)
        return false;
    core::ScheduleItem before;
    core::ScheduleItem after;
    try {
        core::ScheduleRepository repo(*m_db);
        before = repo.item(id);
        repo.markDone(id, date.isValid() ? date : QDate::currentDate());
        after = repo.item(id);
    } catch (const core::Error& e) {
        m_shell.warn(tr("Cannot mark the item done"), e.message());
        return false;
    }
    if (core::ScheduleItem::type().same(before, after))
        return true;
    QPointer<SchedulePage> self(this);
    m_shell.undoStack()->push(new EditRecordCommand<core::ScheduleItemRepository>(
        m_shell, before, after, tr("Mark item %1 done").arg(after.reference()), [self](qint64 changed) {
            if (self)
                self->itemChanged(changed);
        }));
    return true;
}

qint64 SchedulePage::addItem(const core::ScheduleItem& item)
{
    const qint64 id = m_flow.add(item);
    if (id && !m_tree->indexOfItem(id).isValid())
        m_shell.showStatusMessage(tr("The item was added; the current filter hides it."));
    return id;
}

bool SchedulePage::removeItem(qint64 id, bool confirm)
{
    return m_flow.remove(id, confirm);
}

void SchedulePage::openEditDialog()
{
    const qint64 id = currentItemId();
    if (!m_db || !id)
        return;
    try {
        const core::ScheduleItem item = core::ScheduleRepository(*m_db).item(id);
        ScheduleItemDialog dialog(m_sections, item, this);
        if (dialog.exec() == QDialog::Accepted)
            editItem(dialog.item());
    } catch (const core::Error& e) {
        m_shell.warn(tr("Cannot edit the item"), e.message());
        reload();
    }
}

void SchedulePage::openAddDialog()
{
    if (!m_db || m_sections.isEmpty())
        return;
    core::ScheduleItem fresh;
    fresh.sectionId = m_tree->section(m_view->currentIndex()).id;
    if (!fresh.sectionId)
        fresh.sectionId = m_filters->sectionId();
    if (!fresh.sectionId)
        fresh.sectionId = m_sections.first().id;
    // The next number in that section.
    try {
        for (const core::ScheduleItem& i : core::ScheduleRepository(*m_db).items(m_items->plan().id))
            if (i.sectionId == fresh.sectionId)
                fresh.number = qMax(fresh.number, i.number);
    } catch (const core::Error& e) {
        m_shell.showStatusMessage(e.message());
    }
    fresh.number += 1;
    if (const int month = m_filters->month())
        fresh.months.insert(month);
    ScheduleItemDialog dialog(m_sections, fresh, this);
    if (dialog.exec() == QDialog::Accepted)
        addItem(dialog.item());
}

void SchedulePage::openImportDialog()
{
    if (!m_db)
        return;
    PlanImportDialog dialog(*m_db, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString file = QFileInfo(dialog.path()).fileName();
    pushPlanStep(dialog.importedPlanId(), file.isEmpty()
                                              ? tr("Import the %1 work plan").arg(dialog.year())
                                              : tr("Import the %1 work plan (%2)").arg(dialog.year()).arg(file));
    reloadYears(dialog.year());
    m_shell.notifyDataChanged(core::tables::SchedulePlans);
    const core::ParsedPlan& parsed = dialog.parsed();
    m_shell.showStatusMessage(tr("Imported the %1 plan: %n item(s)", nullptr, parsed.itemCount()).arg(dialog.year()));
}

bool SchedulePage::copyToNextYear(bool confirm)
{
    const int y = year();
    if (!m_db || !y)
        return false;
    if (confirm) {
        const auto answer = QMessageBox::question(
            this, tr("Copy to next year"),
            tr("Copy the %1 plan to %2 as a draft?\n\nSections, items, timings, months and offices are copied; "
               "every status goes back to planned, done dates and notes are left behind.")
                .arg(y)
                .arg(y + 1),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
        if (answer != QMessageBox::Yes)
            return false;
    }
    qint64 plan = 0;
    try {
        BusyCursor busy;
        plan = core::ScheduleRepository(*m_db).copyToNextYear(y);
    } catch (const core::Error& e) {
        m_shell.warn(tr("Cannot copy the plan"), e.message());
        return false;
    }
    pushPlanStep(plan, tr("Copy the %1 plan to %2").arg(y).arg(y + 1));
    reloadYears(y + 1);
    m_shell.notifyDataChanged(core::tables::SchedulePlans);
    m_shell.showStatusMessage(tr("The %1 plan was copied to %2 as a draft.").arg(y).arg(y + 1));
    return true;
}

void SchedulePage::pushPlanStep(qint64 planId, const QString& text)
{
    // A whole plan is one step of the undo history: undo takes back the plan it made (and puts back one it
    // replaced); the steps before it stay.
    qint64 batch = 0;
    try {
        batch = core::ImportLog(*m_db).batchThatAdded(core::tables::SchedulePlans, planId);
    } catch (const core::Error& e) {
        m_shell.showStatusMessage(e.message()); // the plan is stored; only the undo step is missing
    }
    if (batch)
        m_shell.undoStack()->push(new ImportCommand(m_shell, batch, text));
}

int SchedulePage::monthToPrint()
{
    if (const int m = m_filters->month())
        return m;
    return m_output.askMonth(year());
}

void SchedulePage::printPreviewMonth()
{
    if (const int month = monthToPrint())
        m_output.previewMonth(m_db, year(), month);
}

void SchedulePage::printPreviewYear()
{
    m_output.previewYear(m_db, year());
}

bool SchedulePage::savePdf(const QString& path, int month)
{
    return m_output.savePdf(m_db, year(), path, month);
}

bool SchedulePage::exportXlsx(const QString& path)
{
    return m_output.exportXlsx(m_db, year(), path);
}

void SchedulePage::chooseMonthPdf()
{
    if (const int month = monthToPrint())
        m_output.chooseMonthPdf(m_db, year(), month);
}

void SchedulePage::chooseYearPdf()
{
    m_output.chooseYearPdf(m_db, year());
}

void SchedulePage::chooseXlsx()
{
    m_output.chooseXlsx(m_db, year());
}

void SchedulePage::tableChanged(const core::Table& table)
{
    if (core::scheduleTables().contains(table))
        reload();
}

} // namespace ud::ui
