#pragma once

#include "core/schedule/Schedule.h"

#include "core/db/Table.h"
#include "core/schedule/ScheduleItemRepository.h"
#include "ui/schedule/ExamplePlanBanner.h"
#include "ui/schedule/KeyPointsPanel.h"
#include "ui/schedule/ScheduleActions.h"
#include "ui/schedule/ScheduleFilterBar.h"
#include "ui/schedule/ScheduleOutput.h"
#include "ui/shell/Module.h"
#include "ui/shell/RecordFlow.h"
#include <QPointer>

#include <QIcon>
#include <QWidget>

#include <memory>

class QAction;
class QComboBox;
class QFrame;
class QPushButton;
class QTreeView;
class QTreeWidget;

namespace ud::core {
class Database;
class ScheduleItemsModel;
struct Report;
} // namespace ud::core

namespace ud::ui {

class MonthGridDelegate;
class PageHeader;
class ScheduleTreeModel;
class ShellContext;

/// The year's work schedule: a year selector, the items grouped by section with a twelve-month grid each,
/// filters by month, section and status, the key points alongside (each key-point section linked to its
/// schedule section), undoable edits and "mark done", plan import and copy to the next year, the month's
/// schedule and the year overview to print, PDF and .xlsx. An empty database gets a banner offering the
/// 2024 plan as an example.
class SchedulePage : public QWidget {
    Q_OBJECT
public:
    explicit SchedulePage(ShellContext& shell, QWidget* parent = nullptr);

    static QString moduleId() { return QStringLiteral("schedule"); }
    static QString moduleTitle() { return tr("Work schedule"); }
    static QString moduleMenuTitle() { return tr("&Schedule"); }
    /// The schedule is filtered by its bar's choices; it has no search field.
    QWidget* searchField() const { return nullptr; }
    static QIcon moduleIcon() { return QIcon(QStringLiteral(":/icons/schedule.svg")); }
    /// Importing the year's work plan, done once there is a plan: from then on the database is in use.
    QList<StartStep> startSteps() const;
    /// Reloads when a table of the work plan changed.
    void tableChanged(const core::Table& table);
    ~SchedulePage() override;

    /// Shows the plans of `db`; nullptr while no database is open.
    void setDatabase(core::Database* db);
    /// Reads the years, the plan and its items again, keeping the year, filters and selection.
    void reload();

    QList<QAction*> pageActions() const { return m_actions.all; }

    /// The year shown, or 0 when there is no plan.
    int year() const;
    /// Shows `year` (when it has a plan); returns whether it did.
    bool setYear(int year);
    /// 1–12 or 0 for all months; a section id or 0; a status key or empty for any.
    void setMonthFilter(int month);
    void setSectionFilter(qint64 sectionId);
    void setStatusFilter(const QString& statusKey);
    void clearFilters();

    ScheduleTreeModel* model() const { return m_tree; }
    QTreeView* treeView() const { return m_view; }
    QTreeWidget* keyPointsTree() const { return m_keyPoints; }
    MonthGridDelegate* monthDelegate() const { return m_delegate; }
    PageHeader* header() const { return m_header; }
    QComboBox* yearCombo() const { return m_filters->yearCombo(); }
    QComboBox* monthCombo() const { return m_filters->monthCombo(); }
    QComboBox* sectionCombo() const { return m_filters->sectionCombo(); }
    QComboBox* statusCombo() const { return m_filters->statusCombo(); }
    QFrame* exampleBanner() const { return m_banner; }
    QPushButton* loadExampleButton() const { return m_banner->loadButton(); }
    QAction* editAction() const { return m_actions.edit; }
    QAction* markDoneAction() const { return m_actions.markDone; }
    QAction* addAction() const { return m_actions.add; }
    QAction* removeAction() const { return m_actions.remove; }
    QAction* importAction() const { return m_actions.import; }
    QAction* copyAction() const { return m_actions.copy; }
    QAction* printMonthAction() const { return m_actions.printMonth; }
    QAction* printYearAction() const { return m_actions.printYear; }
    QAction* exportAction() const { return m_actions.exportXlsx; }

    /// The item in the current row, or 0 (a section row, nothing selected).
    qint64 currentItemId() const;
    /// Selects an item (when the filters show it); returns whether it did.
    bool selectItem(qint64 id);
    /// Selects a schedule section's row; returns whether it did.
    bool selectSection(qint64 sectionId);
    /// The records the shell may ask this page to open: schedule items.
    bool showsRecordsOf(const core::Table& table) const;
    /// Shows the year of item `id`, selects it (clearing filters that hide it) and opens it for editing; false when
    /// it no longer exists.
    bool openRecord(const core::Table& table, qint64 id);
    /// The items a dashboard click asks for: conditions year, month (1–12) and status (a status key, or "open" for
    /// the items not done).
    bool showFiltered(const core::PageFilter& filter);
    /// The key-point section selected in the side panel, or 0.
    qint64 currentKeySectionId() const;
    /// The month the print and PDF of the month schedule use: the month filter; when every month is shown, the
    /// month the clerk chooses (this month offered in this year's plan); 0 when cancelled.
    int monthToPrint();

public slots:
    /// Stores an item's changed fields (undoable); false when refused (the reason is shown).
    bool editItem(const ud::core::ScheduleItem& item);
    /// Marks an item done on `date` (today when invalid), undoable; false when refused.
    bool markDone(qint64 id, const QDate& date = QDate());
    /// Adds an item to its section (undoable); returns its id, or 0 when refused.
    qint64 addItem(const ud::core::ScheduleItem& item);
    /// Removes an item (undoable), after asking when `confirm`; false when refused or cancelled.
    bool removeItem(qint64 id, bool confirm = false);
    /// Stores the 2024 example plan (when that year has none) and shows it; false when refused.
    bool loadExamplePlan();
    /// Hides the example banner for this database for good.
    void dismissExampleBanner();
    /// Copies the year shown to the next year as a draft, after asking when `confirm`; false when refused.
    bool copyToNextYear(bool confirm = true);
    /// Writes the month schedule (`month` 1–12) or, with 0, the year overview as PDF; false on failure.
    bool savePdf(const QString& path, int month);
    /// Writes the year's plan to .xlsx; false on failure.
    bool exportXlsx(const QString& path);

    void openEditDialog();
    void openAddDialog();
    void openImportDialog();
    void printPreviewMonth();
    void printPreviewYear();
    void chooseMonthPdf();
    void chooseYearPdf();
    void chooseXlsx();

private:
    /// Puts the import or copy that made plan `planId` on the undo stack as one step.
    void pushPlanStep(qint64 planId, const QString& text);
    void connectActions();
    void reloadYears(int wanted);
    void yearChanged();
    void filterChanged();
    void rebuild();
    void reloadKeyPoints();
    void itemChanged(qint64 id);
    void scheduleSelectionChanged();
    void keyPointSelectionChanged();
    void updateActions();
    void updateHeader();
    void updateBanner();

    ShellContext& m_shell;
    RecordFlow<core::ScheduleItemRepository> m_flow;
    ScheduleOutput m_output;
    core::Database* m_db = nullptr;
    std::unique_ptr<core::ScheduleItemsModel> m_items;
    QList<core::ScheduleSection> m_sections;
    ScheduleTreeModel* m_tree;
    MonthGridDelegate* m_delegate;
    PageHeader* m_header;
    QTreeView* m_view;
    KeyPointsPanel* m_keyPoints;
    ScheduleActions m_actions;
    ExamplePlanBanner* m_banner = nullptr;
    ScheduleFilterBar* m_filters = nullptr;
    bool m_updating = false;
    bool m_syncing = false;
};

} // namespace ud::ui
