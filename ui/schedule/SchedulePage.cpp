#include "ui/schedule/SchedulePage.h"

#include "core/db/Database.h"
#include "core/db/DatabaseSettings.h"
#include "core/db/RecordStore.h"
#include "core/report/ReportPrinter.h"
#include "core/schedule/PlanDocument.h"
#include "core/schedule/ScheduleItemsModel.h"
#include "core/schedule/ScheduleReports.h"
#include "core/schedule/ScheduleRepository.h"
#include "ui/schedule/MonthGridDelegate.h"
#include "ui/schedule/PlanImportDialog.h"
#include "ui/schedule/ScheduleItemDialog.h"
#include "ui/schedule/ScheduleTreeModel.h"
#include "ui/shell/Module.h"
#include "ui/widgets/BusyCursor.h"
#include "ui/widgets/PageActions.h"
#include "ui/widgets/PageHeader.h"
#include "ui/widgets/ReportActions.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace ud::ui {

namespace {

QString shortText(const QString& text)
{
    return text.size() > 24 ? text.left(23) + QChar(0x2026) : text;
}
const QString kFolderKey = QStringLiteral("schedule/lastFolder");
// Per database: the clerk declined the example plan.
constexpr int kExampleYear = 2024;
constexpr int kKeySectionRole = Qt::UserRole + 1;

QString monthName(int month)
{
    static const char* const names[] = {
        QT_TRANSLATE_NOOP("ud::ui::SchedulePage", "January"),   QT_TRANSLATE_NOOP("ud::ui::SchedulePage", "February"),
        QT_TRANSLATE_NOOP("ud::ui::SchedulePage", "March"),     QT_TRANSLATE_NOOP("ud::ui::SchedulePage", "April"),
        QT_TRANSLATE_NOOP("ud::ui::SchedulePage", "May"),       QT_TRANSLATE_NOOP("ud::ui::SchedulePage", "June"),
        QT_TRANSLATE_NOOP("ud::ui::SchedulePage", "July"),      QT_TRANSLATE_NOOP("ud::ui::SchedulePage", "August"),
        QT_TRANSLATE_NOOP("ud::ui::SchedulePage", "September"), QT_TRANSLATE_NOOP("ud::ui::SchedulePage", "October"),
        QT_TRANSLATE_NOOP("ud::ui::SchedulePage", "November"),  QT_TRANSLATE_NOOP("ud::ui::SchedulePage", "December")};
    return QCoreApplication::translate("ud::ui::SchedulePage", names[month - 1]);
}

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
      m_tree(new ScheduleTreeModel(this)), m_delegate(new MonthGridDelegate(this)),
      m_header(new PageHeader(tr("Work Schedule"), this)), m_view(new QTreeView(this)),
      m_keyPoints(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("schedulePage"));
    createActions();

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
    columns->resizeSection(ScheduleTreeModel::Timing, 95);
    columns->setSectionResizeMode(ScheduleTreeModel::Months, QHeaderView::Fixed);
    columns->resizeSection(ScheduleTreeModel::Months, m_delegate->sizeHint(QStyleOptionViewItem(), {}).width());
    columns->resizeSection(ScheduleTreeModel::Office, 80);
    columns->resizeSection(ScheduleTreeModel::Status, 130);
    columns->resizeSection(ScheduleTreeModel::Notes, 70);
    columns->setMinimumSectionSize(40);

    m_keyPoints->setObjectName(QStringLiteral("keyPoints"));
    m_keyPoints->setHeaderLabel(tr("Key points (工作要点)"));
    m_keyPoints->setWordWrap(true);
    m_keyPoints->setSelectionMode(QAbstractItemView::SingleSelection);
    m_keyPoints->setToolTip(tr("Select a key-point section to see its part of the schedule"));

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
    buttons->addWidget(makeButton(m_edit, this));
    buttons->addWidget(makeButton(m_markDone, this));
    buttons->addWidget(makeButton(m_add, this));
    buttons->addWidget(makeButton(m_remove, this));
    buttons->addSpacing(16);
    buttons->addWidget(makeButton(m_import, this));
    buttons->addWidget(makeButton(m_copy, this));
    buttons->addSpacing(16);
    auto* print = makeButton(m_printMonth, this);
    auto* printMenu = new QMenu(print);
    printMenu->addAction(m_printMonth);
    printMenu->addAction(m_printYear);
    printMenu->addSeparator();
    printMenu->addAction(m_monthPdf);
    printMenu->addAction(m_yearPdf);
    print->setMenu(printMenu);
    print->setPopupMode(QToolButton::MenuButtonPopup);
    print->setObjectName(QStringLiteral("printButton"));
    buttons->addWidget(print);
    buttons->addWidget(makeButton(m_exportXlsx, this));
    buttons->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->setSpacing(10);
    layout->addWidget(m_header);
    layout->addWidget(createBanner());
    layout->addLayout(buttons);
    layout->addWidget(createFilterBar());
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

    updateHeader();
    updateBanner();
    updateActions();
}

SchedulePage::~SchedulePage() = default;

void SchedulePage::createActions()
{
    m_edit = makeAction(this, QStringLiteral("edit"), tr("&Edit Item…"), tr("Edit"),
                        tr("Edit the selected item: text, timing, months, office, status, notes"),
                        {QKeySequence(Qt::Key_F2)});
    m_markDone = makeAction(this, QString(), tr("Mark &Done"), tr("Done"), tr("Mark the selected item done today"),
                            {QKeySequence(Qt::CTRL | Qt::Key_D)});
    m_add =
        makeAction(this, QStringLiteral("add"), tr("&Add Item…"), tr("Add"), tr("Add an item to the selected section"),
                   {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), QKeySequence(Qt::Key_Insert)});
    m_remove = makeAction(this, QStringLiteral("delete"), tr("&Remove Item"), tr("Remove"),
                          tr("Remove the selected item from the plan"), {QKeySequence(QKeySequence::Delete)});
    m_import = makeAction(this, QStringLiteral("import"), tr("&Import Plan…"), tr("Import"),
                          tr("Import a year's work plan from pasted text, a .docx or a .txt file, with a preview"),
                          {QKeySequence(Qt::CTRL | Qt::Key_I)});
    m_copy = makeAction(this, QString(), tr("&Copy to Next Year…"), tr("Copy to next year"),
                        tr("Copy this plan to the next year as a draft, with every status back to planned"));
    m_printMonth = makeAction(this, QStringLiteral("print"), tr("&Print Month Schedule…"), tr("Print"),
                              tr("Print preview of the month's schedule: the month chosen in the filter, else "
                                 "this month"),
                              {QKeySequence(QKeySequence::Print)});
    m_printYear = makeAction(this, QString(), tr("Print &Year Overview…"), tr("Year overview"),
                             tr("Print preview of every item against the twelve months (A4 landscape)"));
    m_monthPdf = makeAction(this, QString(), tr("Save Month Schedule as P&DF…"), tr("Month PDF"),
                            tr("Save the month's schedule as a PDF file"));
    m_yearPdf = makeAction(this, QString(), tr("Save Year Overview as PD&F…"), tr("Year PDF"),
                           tr("Save the year overview as a PDF file"));
    m_exportXlsx =
        makeAction(this, QStringLiteral("export"), tr("E&xport Year to Excel…"), tr("Export"),
                   tr("Export the year's plan to an Excel workbook (.xlsx)"), {QKeySequence(Qt::CTRL | Qt::Key_E)});
    m_clearFilters = makeAction(this, QString(), tr("&Clear Filters"), tr("Clear"), tr("Show every item again"),
                                {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L)});

    m_edit->setObjectName(QStringLiteral("editScheduleItem"));
    m_markDone->setObjectName(QStringLiteral("markDone"));
    m_add->setObjectName(QStringLiteral("addScheduleItem"));
    m_remove->setObjectName(QStringLiteral("removeScheduleItem"));
    m_import->setObjectName(QStringLiteral("importPlan"));
    m_copy->setObjectName(QStringLiteral("copyPlan"));
    m_printMonth->setObjectName(QStringLiteral("printMonth"));
    m_printYear->setObjectName(QStringLiteral("printYear"));
    m_monthPdf->setObjectName(QStringLiteral("monthPdf"));
    m_yearPdf->setObjectName(QStringLiteral("yearPdf"));
    m_exportXlsx->setObjectName(QStringLiteral("exportPlan"));
    m_clearFilters->setObjectName(QStringLiteral("clearScheduleFilters"));

    // Delete only while the schedule (not a filter box) has the focus.
    m_remove->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_view->addAction(m_remove);

    connect(m_edit, &QAction::triggered, this, &SchedulePage::openEditDialog);
    connect(m_markDone, &QAction::triggered, this, [this] {
        if (const qint64 id = currentItemId())
            markDone(id);
    });
    connect(m_add, &QAction::triggered, this, &SchedulePage::openAddDialog);
    connect(m_remove, &QAction::triggered, this, [this] {
        if (const qint64 id = currentItemId())
            removeItem(id, true);
    });
    connect(m_import, &QAction::triggered, this, &SchedulePage::openImportDialog);
    connect(m_copy, &QAction::triggered, this, [this] { copyToNextYear(true); });
    connect(m_printMonth, &QAction::triggered, this, &SchedulePage::printPreviewMonth);
    connect(m_printYear, &QAction::triggered, this, &SchedulePage::printPreviewYear);
    connect(m_monthPdf, &QAction::triggered, this, &SchedulePage::chooseMonthPdf);
    connect(m_yearPdf, &QAction::triggered, this, &SchedulePage::chooseYearPdf);
    connect(m_exportXlsx, &QAction::triggered, this, &SchedulePage::chooseXlsx);
    connect(m_clearFilters, &QAction::triggered, this, &SchedulePage::clearFilters);

    auto separator = [this] {
        auto* s = new QAction(this);
        s->setSeparator(true);
        return s;
    };
    m_actions = {m_edit,      m_markDone,   m_add,       m_remove,   separator(), m_import,    m_copy,
                 separator(), m_printMonth, m_printYear, m_monthPdf, m_yearPdf,   m_exportXlsx};
}

QWidget* SchedulePage::createFilterBar()
{
    auto* bar = new QWidget(this);
    bar->setObjectName(QStringLiteral("scheduleFilterBar"));

    m_year = new QComboBox(bar);
    m_year->setObjectName(QStringLiteral("yearSelector"));
    m_year->setToolTip(tr("The year whose plan is shown"));
    m_year->setMinimumContentsLength(6);

    m_month = new QComboBox(bar);
    m_month->setObjectName(QStringLiteral("monthFilter"));
    m_month->addItem(tr("All months"), 0);
    for (int m = 1; m <= 12; ++m)
        m_month->addItem(monthName(m), m);
    m_month->setToolTip(tr("Only the items of that month's schedule (a deadline only in the month it is due)"));

    m_section = new QComboBox(bar);
    m_section->setObjectName(QStringLiteral("sectionFilter"));
    m_section->setMinimumContentsLength(14);
    m_section->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_section->addItem(tr("All sections"), qint64(0));

    m_status = new QComboBox(bar);
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->addItem(tr("Any status"), QString());
    for (core::ItemStatus s : core::allItemStatuses())
        m_status->addItem(core::itemStatusLabel(s), core::itemStatusKey(s));

    auto* clear = makeButton(m_clearFilters, bar);
    clear->setToolButtonStyle(Qt::ToolButtonTextOnly);

    auto* layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    auto* yearLabel = new QLabel(tr("&Year:"), bar);
    yearLabel->setBuddy(m_year);
    layout->addWidget(yearLabel);
    layout->addWidget(m_year);
    layout->addSpacing(12);
    layout->addWidget(m_month);
    layout->addWidget(m_section, 2);
    layout->addWidget(m_status);
    layout->addWidget(clear);
    layout->addStretch(1);

    connect(m_year, &QComboBox::currentIndexChanged, this, &SchedulePage::yearChanged);
    for (QComboBox* combo : {m_month, m_section, m_status})
        connect(combo, &QComboBox::currentIndexChanged, this, &SchedulePage::filterChanged);
    return bar;
}

QFrame* SchedulePage::createBanner()
{
    m_banner = new QFrame(this);
    m_banner->setObjectName(QStringLiteral("exampleBanner"));
    m_banner->setFrameShape(QFrame::StyledPanel);
    m_banner->setStyleSheet(QStringLiteral("#exampleBanner { background: #eef5fc; border: 1px solid #b7d3ee; "
                                           "border-radius: 4px; }"));
    m_bannerText = new QLabel(tr("This database has no work plan yet. Load the 2024 plan of 浙江工商大学工会 as an "
                                 "example to see how the schedule works, or import your own plan."),
                              m_banner);
    m_bannerText->setWordWrap(true);
    m_loadExample = new QPushButton(tr("&Load the 2024 Example"), m_banner);
    m_loadExample->setObjectName(QStringLiteral("loadExample"));
    auto* importButton = new QPushButton(tr("Import a Plan…"), m_banner);
    importButton->setObjectName(QStringLiteral("bannerImport"));
    auto* dismiss = new QPushButton(tr("Not Now"), m_banner);
    dismiss->setObjectName(QStringLiteral("dismissExample"));
    dismiss->setToolTip(tr("Do not offer the example again for this database"));
    connect(m_loadExample, &QPushButton::clicked, this, &SchedulePage::loadExamplePlan);
    connect(importButton, &QPushButton::clicked, this, &SchedulePage::openImportDialog);
    connect(dismiss, &QPushButton::clicked, this, &SchedulePage::dismissExampleBanner);

    auto* layout = new QHBoxLayout(m_banner);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->addWidget(m_bannerText, 1);
    layout->addWidget(m_loadExample);
    layout->addWidget(importButton);
    layout->addWidget(dismiss);
    m_banner->hide();
    return m_banner;
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
    m_year->clear();
    for (int y : years)
        m_year->addItem(QString::number(y), y);
    m_year->setCurrentIndex(m_year->findData(wanted));
    m_updating = false;
    yearChanged();
}

int SchedulePage::year() const
{
    return m_year->currentData().toInt();
}

bool SchedulePage::setYear(int y)
{
    const int index = m_year->findData(y);
    if (index < 0)
        return false;
    m_year->setCurrentIndex(index);
    return true;
}

void SchedulePage::yearChanged()
{
    if (m_updating)
        return;
    const int y = year();
    // The section filter lists this year's sections; keep the chosen one by its number.
    const int sectionNumber = [this] {
        for (const core::ScheduleSection& s : m_sections)
            if (s.id == m_section->currentData().toLongLong())
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
    while (m_section->count() > 1)
        m_section->removeItem(1);
    int sectionIndex = 0;
    for (const core::ScheduleSection& s : m_sections) {
        m_section->addItem(s.heading(), s.id);
        if (s.number == sectionNumber)
            sectionIndex = m_section->count() - 1;
    }
    m_section->setCurrentIndex(sectionIndex);
    m_updating = false;
    m_delegate->setCurrentMonth(y == QDate::currentDate().year() ? QDate::currentDate().month() : 0);
    reloadKeyPoints();
    filterChanged();
}

void SchedulePage::setMonthFilter(int month)
{
    m_month->setCurrentIndex(qMax(0, m_month->findData(month)));
}

void SchedulePage::setSectionFilter(qint64 sectionId)
{
    m_section->setCurrentIndex(qMax(0, m_section->findData(sectionId)));
}

void SchedulePage::setStatusFilter(const QString& statusKey)
{
    m_status->setCurrentIndex(qMax(0, m_status->findData(statusKey)));
}

void SchedulePage::clearFilters()
{
    m_updating = true;
    m_month->setCurrentIndex(0);
    m_section->setCurrentIndex(0);
    m_status->setCurrentIndex(0);
    m_updating = false;
    filterChanged();
}

void SchedulePage::filterChanged()
{
    if (m_updating)
        return;
    if (m_items) {
        try {
            m_items->setMonthFilter(m_month->currentData().toInt());
            m_items->setSectionFilter(m_section->currentData().toLongLong());
            core::ItemStatus status;
            if (core::itemStatusFromKey(m_status->currentData().toString(), &status))
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
    const qint64 sectionFilter = m_section->currentData().toLongLong();
    QList<core::ScheduleSection> sections;
    for (const core::ScheduleSection& s : m_sections)
        if (!sectionFilter || s.id == sectionFilter)
            sections << s;
    const bool filtered = m_month->currentIndex() > 0 || m_status->currentIndex() > 0;
    m_tree->setContent(sections, items, !filtered);
    m_view->expandAll();
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
            QFont bold = m_keyPoints->font();
            bold.setBold(true);
            for (const core::KeyPointSection& s : core::ScheduleRepository(*m_db).keyPoints(m_items->plan().id)) {
                auto* section = new QTreeWidgetItem(m_keyPoints, {s.heading()});
                section->setData(0, kKeySectionRole, s.id);
                section->setFont(0, bold);
                section->setToolTip(0, s.heading());
                for (const core::KeyPoint& p : s.points) {
                    auto* point = new QTreeWidgetItem(section, {QStringLiteral("%1. %2").arg(p.number).arg(p.text)});
                    point->setData(0, kKeySectionRole, s.id);
                    point->setToolTip(0, p.text);
                }
            }
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

qint64 SchedulePage::currentKeySectionId() const
{
    const QTreeWidgetItem* item = m_keyPoints->currentItem();
    return item ? item->data(0, kKeySectionRole).toLongLong() : 0;
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
    for (int i = 0; i < m_keyPoints->topLevelItemCount(); ++i) {
        QTreeWidgetItem* top = m_keyPoints->topLevelItem(i);
        if (top->data(0, kKeySectionRole).toLongLong() == key) {
            m_keyPoints->setCurrentItem(top);
            top->setExpanded(true);
            m_keyPoints->scrollToItem(top, QAbstractItemView::PositionAtTop);
        }
    }
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
    const bool plan = open && m_items && m_items->hasPlan();
    const core::ScheduleItem item = m_tree->item(m_view->currentIndex());
    m_edit->setEnabled(item.id != 0);
    m_markDone->setEnabled(item.id != 0 && item.status != core::ItemStatus::Done);
    m_remove->setEnabled(item.id != 0);
    m_add->setEnabled(plan && !m_sections.isEmpty());
    m_import->setEnabled(open);
    m_copy->setEnabled(plan);
    for (QAction* a : {m_printMonth, m_printYear, m_monthPdf, m_yearPdf, m_exportXlsx})
        a->setEnabled(plan);
    m_clearFilters->setEnabled(plan);
    for (QComboBox* combo : {m_year, m_month, m_section, m_status})
        combo->setEnabled(plan);
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

bool SchedulePage::exampleDismissed() const
{
    if (!m_db)
        return true;
    try {
        return core::DatabaseSettings(*m_db).isOn(core::settings::ExampleDismissed);
    } catch (const core::Error&) {
        return false;
    }
}

void SchedulePage::updateBanner()
{
    const bool offer = m_db && m_year->count() == 0 && !exampleDismissed();
    m_banner->setVisible(offer);
}

void SchedulePage::dismissExampleBanner()
{
    if (!m_db)
        return;
    try {
        // A preference of this database, not user data: no change-history row.
        core::DatabaseSettings(*m_db).setValue(core::settings::ExampleDismissed, QStringLiteral("1"));
    } catch (const core::Error& e) {
        m_shell.showStatusMessage(e.message());
    }
    m_banner->hide();
}

bool SchedulePage::loadExamplePlan()
{
    if (!m_db)
        return false;
    try {
        BusyCursor busy;
        core::ScheduleRepository repo(*m_db);
        if (repo.plan(kExampleYear))
            throw core::ValidationError(tr("There is already a work plan for %1.").arg(kExampleYear));
        repo.importPlan(kExampleYear, core::PlanDocument::parseText(core::PlanDocument::examplePlanText()));
    } catch (const core::Error& e) {
        m_shell.warn(tr("Cannot load the example plan"), e.message());
        return false;
    }
    m_shell.undoStack()->clear(); // a whole plan is not one undoable step
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
        fresh.sectionId = m_section->currentData().toLongLong();
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
    if (const int month = m_month->currentData().toInt())
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
    // A whole plan is one transaction, not a step of the undo history; earlier steps may refer to rows the
    // import replaced.
    m_shell.undoStack()->clear();
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
    try {
        BusyCursor busy;
        core::ScheduleRepository(*m_db).copyToNextYear(y);
    } catch (const core::Error& e) {
        m_shell.warn(tr("Cannot copy the plan"), e.message());
        return false;
    }
    m_shell.undoStack()->clear(); // a whole plan is not one undoable step
    reloadYears(y + 1);
    m_shell.notifyDataChanged(core::tables::SchedulePlans);
    m_shell.showStatusMessage(tr("The %1 plan was copied to %2 as a draft.").arg(y).arg(y + 1));
    return true;
}

int SchedulePage::monthToPrint() const
{
    if (const int m = m_month->currentData().toInt())
        return m;
    return QDate::currentDate().month();
}

void SchedulePage::printPreviewMonth()
{
    if (!m_db || !year())
        return;
    try {
        const core::Report report = core::ScheduleReports(*m_db).month(year(), monthToPrint());
        ReportActions::preview(this, report);
    } catch (const core::Error& e) {
        m_shell.warn(tr("Cannot print the schedule"), e.message());
    }
}

void SchedulePage::printPreviewYear()
{
    if (!m_db || !year())
        return;
    try {
        const core::Report report = core::ScheduleReports(*m_db).yearOverview(year());
        ReportActions::preview(this, report);
    } catch (const core::Error& e) {
        m_shell.warn(tr("Cannot print the year overview"), e.message());
    }
}

bool SchedulePage::savePdf(const QString& path, int month)
{
    if (!m_db || !year())
        return false;
    try {
        BusyCursor busy;
        const core::ScheduleReports reports(*m_db);
        const core::Report report = month ? reports.month(year(), month) : reports.yearOverview(year());
        core::ReportPrinter(report).writePdf(path);
    } catch (const core::Error& e) {
        m_shell.warn(tr("Cannot save the PDF"), e.message());
        return false;
    }
    m_shell.showStatusMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

bool SchedulePage::exportXlsx(const QString& path)
{
    if (!m_db || !year())
        return false;
    try {
        BusyCursor busy;
        core::ScheduleReports(*m_db).exportXlsx(year(), path);
    } catch (const core::Error& e) {
        m_shell.warn(tr("Export failed"), e.message());
        return false;
    }
    m_shell.showStatusMessage(tr("Exported the %1 plan to %2").arg(year()).arg(QDir::toNativeSeparators(path)));
    return true;
}

QString SchedulePage::chooseSavePath(const QString& title, const QString& name, const QString& filter,
                                     const QString& suffix)
{
    QSettings settings;
    const QString suggested = QDir(settings.value(kFolderKey, QDir::homePath()).toString()).filePath(name + suffix);
    QString path = QFileDialog::getSaveFileName(this, title, suggested, filter);
    if (path.isEmpty())
        return path;
    if (QFileInfo(path).suffix().isEmpty())
        path += suffix;
    settings.setValue(kFolderKey, QFileInfo(path).absolutePath());
    return path;
}

void SchedulePage::chooseMonthPdf()
{
    if (!year())
        return;
    const int month = monthToPrint();
    const QString path =
        chooseSavePath(tr("Save Month Schedule as PDF"), core::ScheduleReports::monthTitle(year(), month),
                       tr("PDF files (*.pdf)"), QStringLiteral(".pdf"));
    if (!path.isEmpty())
        savePdf(path, month);
}

void SchedulePage::chooseYearPdf()
{
    if (!year())
        return;
    const QString path = chooseSavePath(tr("Save Year Overview as PDF"), core::ScheduleReports::yearTitle(year()),
                                        tr("PDF files (*.pdf)"), QStringLiteral(".pdf"));
    if (!path.isEmpty())
        savePdf(path, 0);
}

void SchedulePage::chooseXlsx()
{
    if (!year())
        return;
    const QString path = chooseSavePath(tr("Export Year to Excel"), core::ScheduleReports::yearTitle(year()),
                                        tr("Excel workbooks (*.xlsx)"), QStringLiteral(".xlsx"));
    if (!path.isEmpty())
        exportXlsx(path);
}

void SchedulePage::tableChanged(const core::Table& table)
{
    if (core::scheduleTables().contains(table))
        reload();
}

} // namespace ud::ui
