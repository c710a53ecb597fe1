#pragma once

#include "core/db/Table.h"
#include "core/report/Report.h"
#include "ui/shell/ListPage.h"

#include <optional>

class QAbstractItemModel;
class QSortFilterProxyModel;
class QLineEdit;

namespace ud::ui {

class ReportActions;

/// The list page of one record type: a search field, the sortable table (double-click or Enter edits), the actions
/// add, edit and delete (edit and delete follow the selection), import, CSV export and the report's print, PDF and
/// files, the count in the header and the empty state. RecordPage<Repo, Model, Dialog> fills in the typed parts;
/// a feature's page gives its texts, column widths and whatever else it alone has.
class RecordListPage : public ListPage {
    Q_OBJECT
public:
    /// What the page says: the action texts (menu text, button text, tooltip) and its messages.
    struct Texts {
        QString add, addTip, edit, editTip, remove, removeTip, importTip, exportTip;
        QString importTitle, exportTitle, exportName, exported; // exported: %1 the count, %2 the file
        QString cannotShow, cannotAdd, cannotEdit, missing;     // cannotAdd: RecordPage takes the flow's
        QString search, empty, noMatch;                         // noMatch: %1 the search text
        std::function<QString(int)> count;
        QString folderKey; // the remembered folder of its files
    };

    void tableChanged(const core::Table& table);
    /// Shows the records of `db`; nullptr while no database is open.
    void setDatabase(core::Database* db);
    /// Reads the records again, keeping the selected one selected.
    void reload();
    /// The actions the shell puts in the menu and tool bar (the page shows them as buttons too).
    QList<QAction*> pageActions() const { return m_actions; }

    QSortFilterProxyModel* proxyModel() const { return m_proxy; }
    QLineEdit* searchEdit() const { return m_search; }
    QAction* addAction() const { return m_add; }
    QAction* editAction() const { return m_edit; }
    QAction* deleteAction() const { return m_delete; }
    QAction* importAction() const { return m_import; }
    QAction* exportAction() const { return m_export; }
    ReportActions* reportActions() const { return m_output; }

    /// The record in the current row, or 0.
    qint64 currentId() const;
    /// Selects the row of record `id` (when the search shows it); returns whether it did.
    bool selectRecord(qint64 id);
    /// The records the shell may ask this page to open: those of its table.
    bool showsRecordsOf(const core::Table& table) const { return table == m_table; }
    /// Selects record `id` of `table` (clearing a search that hides it) and opens it as a double-click does; false
    /// when it no longer exists.
    bool openRecord(const core::Table& table, qint64 id);

public slots:
    /// Imports a .csv or .xlsx file with `options` (by default all or nothing, a stored key updating its record; one
    /// step of the undo history); false when nothing was imported.
    bool importFile(const QString& path, const core::ImportOptions& options = updatingImport());
    /// Shows the preview of importing a file (ImportPreviewDialog) and imports it as the user chooses there; false
    /// when nothing was imported or the user cancelled. The import action runs it.
    bool previewImport(const QString& path);
    /// Writes all records as CSV (UTF-8 with BOM); false on failure (shown).
    bool exportCsv(const QString& path);
    void openAddDialog();
    void openEditDialog();

protected:
    /// `model` (taken over) has one row per record with its id in core::RecordIdRole and core::RecordSortRole.
    RecordListPage(ShellContext& shell, const QString& title, const QIcon& icon, const core::Table& table, Texts texts,
                   QAbstractItemModel* model, QWidget* parent);

    // The typed side (RecordPage). Each may throw core::Error.
    virtual void loadRecords(core::Database* db) = 0;
    virtual int rowOf(qint64 id) const = 0;
    virtual void runAddDialog() = 0;
    virtual bool runEditDialog(qint64 id) = 0; // false: the record no longer exists
    virtual bool removeRecord(qint64 id, bool confirm) = 0;
    virtual core::ImportSummary importRecords(const QString& path, const core::ImportOptions& options) = 0;
    /// Shows the preview dialog and applies the preview as chosen there; nullopt when the user cancelled.
    virtual std::optional<core::ImportSummary> previewAndImport(const QString& path) = 0;
    static core::ImportOptions updatingImport()
    {
        core::ImportOptions options;
        options.onDuplicate = core::OnDuplicate::Update;
        return options;
    }
    virtual QStringList csvHeader() const = 0;
    virtual QList<QStringList> csvRows() const = 0;
    virtual core::Report listReport() const = 0;

    /// Adds an action on the selected record that changes the database (as delete does), after delete in the menu
    /// and among the buttons; it is enabled as delete is.
    void addRecordAction(QAction* action);
    /// After a change the page made: the other pages hear of it, the record is selected.
    void recordChanged(qint64 id);
    void updateActions();
    void updateCount();

    Texts m_texts;
    core::Table m_table;
    QAbstractItemModel* m_source;

private:
    QSortFilterProxyModel* m_proxy;
    QLineEdit* m_search;
    QAction* m_add;
    QAction* m_edit;
    QAction* m_delete;
    QAction* m_import;
    QAction* m_export;
    ReportActions* m_output;
    QList<QAction*> m_actions;
    QList<QAction*> m_recordActions; // addRecordAction()
};

} // namespace ud::ui
