#pragma once

#include "core/dashboard/Dashboard.h"
#include "core/io/TableFile.h"
#include "core/record/ImportPreview.h"

#include <QWidget>

#include <functional>

class QAction;
class QIcon;
class QBoxLayout;
class QHBoxLayout;
class QVBoxLayout;

namespace ud::core {
class Database;
struct Table;
} // namespace ud::core

namespace ud::ui {

class DataTableView;
class PageHeader;
class ShellContext;

/// The frame every list page shares: the header with its count, a row of action buttons with room for a search
/// field at the right, an optional filter bar, and the table with its empty state. A page derives from it, fills
/// the table's model and calls showEmptyState() whenever the count may have changed.
class ListPage : public QWidget {
    Q_OBJECT
public:
    PageHeader* header() const { return m_header; }
    /// A list page sets no filters for the dashboard unless it says how (PageModule's showFiltered()).
    bool showFiltered(const core::PageFilter& filter)
    {
        Q_UNUSED(filter);
        return false;
    }
    DataTableView* tableView() const { return m_view; }
    /// The search field at the right of the buttons (Ctrl+F focuses it), or nullptr.
    QWidget* searchField() const { return m_searchField; }

protected:
    ListPage(ShellContext& shell, const QString& title, const QIcon& icon, QWidget* parent = nullptr);

    /// One button per action, a gap of 16 pixels for a null entry; `trailing` (a search field) at the right.
    /// `trailing`, or a search field elsewhere on the page (setSearchField()), is what Ctrl+F focuses.
    void setButtons(const QList<QAction*>& actions, const QList<QWidget*>& extras = {}, QWidget* trailing = nullptr);
    /// One more button, for `action`, at `index` in the row setButtons() made (a gap counts as one).
    void insertButton(int index, QAction* action);
    void setSearchField(QWidget* field) { m_searchField = field; }
    /// A row of filters between the buttons and the table.
    void setFilterBar(QWidget* bar);
    /// What the table shows when it has no rows: that no database is open, else `empty` when the list holds
    /// nothing at all, else `noMatch` (the filter hides every row).
    void showEmptyState(int total, const QString& empty, const QString& noMatch);
    /// "Nothing was imported from FILE": the rows the user must correct, each "row N: reason".
    void showRowErrors(const QString& path, const QStringList& errors);
    /// Asks for a spreadsheet (.xlsx or .csv) in the folder remembered under `folderKey`; empty when cancelled.
    QString chooseSpreadsheet(const QString& title, const QString& folderKey);
    /// Runs an all-or-nothing import (`import` returns nullopt when the user cancelled): its problems go to the
    /// row-errors dialog; after a success the import is one step of the undo history ("Import 3 sub-unions (FILE)",
    /// `count` naming the records added and updated), `table` is announced and the counts are shown in the status
    /// bar. False when nothing was imported.
    bool runImport(const QString& path, const core::Table& table, const std::function<QString(int)>& count,
                   const std::function<std::optional<core::ImportSummary>(const QString&)>& import);
    /// Asks for a CSV file name (`suggested` in the remembered folder); empty when cancelled.
    QString chooseCsvTarget(const QString& title, const QString& folderKey, const QString& suggested);
    /// Writes `header` and `rows` as CSV (UTF-8 with BOM, through a temporary file); `done` is the status message
    /// with %1 the number of rows and %2 the file. False on failure (shown).
    bool writeCsv(const QString& path, const QStringList& header, const QList<QStringList>& rows, const QString& done);

    /// A database is open and may be changed (not opened read-only): what adding, deleting and importing need.
    bool writable() const;

    ShellContext& m_shell;
    core::Database* m_db = nullptr;
    PageHeader* m_header;
    DataTableView* m_view;

private:
    QVBoxLayout* m_layout;
    QHBoxLayout* m_buttonRow = nullptr;
    QWidget* m_searchField = nullptr;
};

} // namespace ud::ui
