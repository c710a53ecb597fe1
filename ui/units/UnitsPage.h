#pragma once

#include "core/units/SubUnitRepository.h"
#include "ui/shell/RecordFlow.h"

#include "ui/shell/ListPage.h"
#include <QIcon>

class QAction;
class QLineEdit;
class QSortFilterProxyModel;

namespace ud::core {
class Database;
class SubUnitsModel;
} // namespace ud::core

namespace ud::ui {

class ReportActions;
class ShellContext;

/// The list of sub-unions: search, sortable table, and add/edit/delete (undoable), CSV import and export.
class UnitsPage : public ListPage {
    Q_OBJECT
public:
    explicit UnitsPage(ShellContext& shell, QWidget* parent = nullptr);

    static QString moduleId() { return QStringLiteral("units"); }
    static QString moduleTitle() { return tr("Sub-unions"); }
    static QIcon moduleIcon() { return QIcon(QStringLiteral(":/icons/units.svg")); }
    /// Reloads when the sub-unions changed.
    void tableChanged(const core::Table& table);

    /// Shows the units of `db`; nullptr while no database is open.
    void setDatabase(core::Database* db);
    /// Reads the units again, keeping the selected unit selected.
    void reload();

    /// The actions the shell puts in the menu and tool bar (the page shows them as buttons too).
    QList<QAction*> pageActions() const { return m_actions; }

    core::SubUnitsModel* model() const { return m_model; }
    QSortFilterProxyModel* proxyModel() const { return m_proxy; }
    QLineEdit* searchEdit() const { return m_search; }
    QAction* addUnitAction() const { return m_add; }
    QAction* editUnitAction() const { return m_edit; }
    QAction* deleteUnitAction() const { return m_delete; }
    QAction* importCsvAction() const { return m_import; }
    QAction* exportCsvAction() const { return m_export; }
    ReportActions* reportActions() const { return m_output; }

    /// The unit in the current row, or 0.
    qint64 currentUnitId() const;
    /// Selects the row of unit `id` (when the search shows it); returns whether it did.
    bool selectUnit(qint64 id);

public slots:
    /// Stores a new unit and puts the change on the undo stack; returns its id, or 0 when refused
    /// (the reason is shown).
    qint64 addUnit(const ud::core::SubUnit& unit);
    /// Stores changed fields of an existing unit (undoable); false when refused.
    bool editUnit(const ud::core::SubUnit& unit);
    /// Deletes a unit (undoable), after asking when `confirm`; false when refused or cancelled.
    bool deleteUnit(qint64 id, bool confirm = false);
    /// Imports a .csv or .xlsx file (all or nothing, not undoable); false when nothing was imported.
    bool importFile(const QString& path);
    /// Writes all units as CSV (UTF-8 with BOM); false on failure (shown).
    bool exportCsv(const QString& path);

    void openAddDialog();
    void openEditDialog();

private:
    void createActions();
    void unitChanged(qint64 id);
    void updateActions();
    void updateCount();

    RecordFlow<core::SubUnitRepository> m_flow;
    core::SubUnitsModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QLineEdit* m_search;
    QAction* m_add = nullptr;
    QAction* m_edit = nullptr;
    QAction* m_delete = nullptr;
    QAction* m_import = nullptr;
    QAction* m_export = nullptr;
    ReportActions* m_output = nullptr;
    QList<QAction*> m_actions;
};

} // namespace ud::ui
