#pragma once

#include "core/members/Member.h"
#include "core/members/MemberExport.h"
#include "core/members/MemberImport.h"
#include "core/members/MemberQuery.h"

#include "core/db/Table.h"
#include "core/members/MemberRepository.h"
#include "ui/shell/RecordFlow.h"
#include <QLabel>
#include <QPointer>

#include "ui/shell/ListPage.h"
#include "ui/shell/Module.h"
#include <QIcon>

class QAction;
class QMenu;
class QToolButton;

namespace ud::core {
class Database;
class MembersModel;
} // namespace ud::core

namespace ud::ui {

class MemberFilterBar;
class ShellContext;

/// The member roster: a filter bar (search by name, pinyin initials, staff number, phone or ID; sub-union,
/// status, gender, age band, birthday month), a table that stays fast at tens of thousands of members, sorting
/// on any column, a remembered column choice, and add/edit/delete and status events, all undoable.
class MembersPage : public ListPage {
    Q_OBJECT
public:
    explicit MembersPage(ShellContext& shell, QWidget* parent = nullptr);

    static QString moduleId() { return QStringLiteral("members"); }
    static QString moduleTitle() { return tr("Members"); }
    static QString moduleMenuTitle() { return tr("&Members"); }
    static QIcon moduleIcon() { return QIcon(QStringLiteral(":/icons/members.svg")); }
    /// Importing the roster, done once there is a member: from then on the database is in use.
    QList<StartStep> startSteps() const;
    /// Reloads when members, their history or the sub-unions changed.
    void tableChanged(const core::Table& table);

    /// Shows the members of `db`; nullptr while no database is open.
    void setDatabase(core::Database* db);
    /// Reads the list again, keeping the selected member selected.
    void reload();
    /// Reads the sub-unions for the filter again (after they changed).
    void reloadUnits();

    QList<QAction*> pageActions() const { return m_actions; }

    core::MembersModel* model() const { return m_model; }
    /// The search box and the filter boxes.
    MemberFilterBar* filterBar() const { return m_filters; }
    QLabel* statusBarLabel() const { return m_statusCount; }
    QAction* addMemberAction() const { return m_add; }
    QAction* editMemberAction() const { return m_edit; }
    QAction* deleteMemberAction() const { return m_delete; }
    QAction* clearFiltersAction() const { return m_clearFilters; }
    QAction* showSensitiveAction() const { return m_showSensitive; }
    QAction* importAction() const { return m_import; }
    QAction* templateAction() const { return m_template; }
    QAction* exportAction() const { return m_export; }
    QAction* listsAction() const { return m_lists; }
    QAction* printShownAction() const { return m_printShown; }
    QAction* batchAction() const { return m_batch; }
    /// The members of the selected rows, in row order.
    QList<qint64> selectedMemberIds() const;
    /// Which members the page shows, with the columns and in the order it shows them (export, print).
    core::MemberExportOptions shownListOptions(bool unmasked) const;

    /// The filter the bar describes.
    core::MemberFilter filter() const;
    /// Applies a pending search at once instead of after the typing pause.
    void applyFilterNow();
    /// "12,034 members, 87 shown" as on the page and in the status bar.
    QString countText() const;

    /// The columns shown, in model order; remembered between sessions.
    QList<core::MemberColumn> visibleColumns() const;
    void setColumnVisible(core::MemberColumn column, bool visible);
    /// The menu of checkable columns (also the table header's context menu).
    QMenu* columnMenu() const { return m_columnMenu; }

    /// The member in the current row, or 0.
    qint64 currentMemberId() const;
    /// Selects the row of member `id` (when the filter shows it); returns whether it did.
    bool selectMember(qint64 id);
    /// The records the shell may ask this page to open: members and their status events.
    bool showsRecordsOf(const core::Table& table) const;
    /// Selects member `id` (for an event, its member), clearing filters that hide it, and opens the member's form;
    /// false when it no longer exists.
    bool openRecord(const core::Table& table, qint64 id);
    /// Members as a dashboard click asks for them: by sub-union, status, gender, age band and birthday month
    /// (conditions unit_id, status, gender, min_age, max_age, birth_month).
    bool showFiltered(const core::PageFilter& filter);

public slots:
    /// Stores a new member (with its "joined" event) and puts the change on the undo stack; returns its id,
    /// or 0 when refused (the reason is shown).
    qint64 addMember(const ud::core::Member& member);
    /// Stores changed fields of an existing member (undoable); false when refused.
    bool editMember(const ud::core::Member& member);
    /// What OK in the member's dialog stores: the changed fields and then the history's changes, as one undo
    /// step. A member the filter then hides is named in the status bar. False when any part was refused (shown).
    bool saveMember(const ud::core::Member& member, const QList<ud::core::MemberRepository::EventChange>& changes);
    /// Deletes a member and its history (undoable), after asking when `confirm`; false when refused or cancelled.
    bool deleteMember(qint64 id, bool confirm = false);
    /// Asks what to change for the selected members, then changes it; false when cancelled or refused.
    bool openBatchDialog();
    /// Records `event` for each member (its member id is set per member), all or nothing, as one undo step.
    bool recordEvents(const QList<qint64>& ids, const ud::core::MemberEvent& event);
    /// Sets a text field (MemberRepository::batchTextColumns()) of each member, all or nothing, as one undo step.
    bool setField(const QList<qint64>& ids, ud::core::MemberColumn column, const QString& value);
    /// Records a status event (undoable); false when refused.
    bool recordEvent(const ud::core::MemberEvent& event);
    /// Removes a status event (undoable); false when refused.
    bool removeEvent(const ud::core::MemberEvent& event);
    void clearFilters();
    /// Writes the members the filter shows, with the visible columns in the current order, to .xlsx or
    /// .csv, with a progress dialog; `unmasked` writes full ID and mobile numbers (recorded). False when it
    /// failed or was cancelled (the reason is shown).
    bool exportMembers(const QString& path, bool unmasked);
    /// Print preview of the list as shown (full numbers only when the page shows them; recorded); false when
    /// nothing was printed.
    bool printShown();
    void openExportDialog();
    /// The import dialog (preview, mapping, one transaction); the list is read again afterwards.
    void openImportDialog();
    /// Writes the import template (the headings the import reads, one example row) to `path`; false when it cannot
    /// (shown).
    bool saveImportTemplate(const QString& path);
    /// Asks where to save the import template, then saves it.
    void chooseTemplateFile();
    /// After an import of `path` that stored something: the import becomes one step of the undo history, the lists
    /// are read again.
    void membersImported(const core::MemberImport::Summary& summary, const QString& path);
    void openListsDialog();

    void openAddDialog();
    void openEditDialog();

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    void createActions();
    void createFilterBar();
    void createColumnMenu();
    void applyColumns(const QList<core::MemberColumn>& visible);
    void saveColumns() const;
    void filterChanged();
    void memberChanged(qint64 id);
    void updateActions();
    void updateCounts();
    RecordChangedCallback eventChanged(qint64 memberId);
    QString memberName(qint64 id) const;

    RecordFlow<core::MemberRepository> m_flow;
    core::MembersModel* m_model;
    MemberFilterBar* m_filters = nullptr;
    int m_birthMonth = 0; // the birthday month the list was last filtered by
    QMenu* m_columnMenu = nullptr;
    QPointer<QLabel> m_statusCount;

    QAction* m_add = nullptr;
    QAction* m_edit = nullptr;
    QAction* m_delete = nullptr;
    QAction* m_clearFilters = nullptr;
    QAction* m_showSensitive = nullptr;
    QAction* m_import = nullptr;
    QAction* m_template = nullptr;
    QAction* m_export = nullptr;
    QAction* m_lists = nullptr;
    QAction* m_printShown = nullptr;
    QAction* m_batch = nullptr;
    QList<QAction*> m_actions;
};

} // namespace ud::ui
