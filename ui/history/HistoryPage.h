#pragma once

#include "core/db/ChangeHistoryModel.h"

#include "core/db/Table.h"

#include "ui/shell/ListPage.h"
#include "ui/shell/Module.h"
#include <QIcon>

class QAction;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QPushButton;
class QTimer;

namespace ud::core {
class Database;
}

namespace ud::ui {

class ShellContext;

/// Who changed what and when: the change history, newest first, in the clerk's words (field titles, values as the
/// lists show them, records by name, ID and mobile numbers masked), filtered by table, by a person or record found by
/// name or staff number, and by dates; a double-click opens the record on its own page.
class HistoryPage : public ListPage {
    Q_OBJECT
public:
    explicit HistoryPage(ShellContext& shell, QWidget* parent = nullptr);

    static QString moduleId() { return QStringLiteral("history"); }
    static QString moduleTitle() { return tr("Change history"); }
    static QString moduleMenuTitle() { return tr("&History"); }
    static QIcon moduleIcon() { return QIcon(QStringLiteral(":/icons/history.svg")); }
    /// The history fills itself: nothing to set up.
    QList<StartStep> startSteps() const { return {}; }
    /// Every table writes the history, so any change may add rows here.
    void tableChanged(const core::Table& table);

    void setDatabase(core::Database* db);
    /// Runs the current filter again (after a change elsewhere).
    void reload();
    /// Reloads the list of tables in the filter and the rows.
    void refresh();

    /// The filter the controls describe.
    core::ChangeFilter filterFromControls() const;
    /// The change history opens no records of its own.
    bool showsRecordsOf(const core::Table& table) const
    {
        Q_UNUSED(table);
        return false;
    }
    bool openRecord(const core::Table& table, qint64 id)
    {
        Q_UNUSED(table);
        Q_UNUSED(id);
        return false;
    }
    /// Asks the shell to open the record of the current row on its page (what a double-click or Enter does); a
    /// deleted record is named in the status bar instead.
    void openCurrentRecord();

    QList<QAction*> pageActions() const { return {m_refresh}; }
    core::ChangeHistoryModel* model() const { return m_model; }
    QComboBox* tableCombo() const { return m_table; }
    /// Finds a person or record by name or staff number.
    QLineEdit* searchEdit() const { return m_search; }
    QCheckBox* fromCheck() const { return m_fromCheck; }
    QDateEdit* fromEdit() const { return m_from; }
    QCheckBox* toCheck() const { return m_toCheck; }
    QDateEdit* toEdit() const { return m_to; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    void applyFilter();
    void clearFilter();
    void fillTables();
    void updatePlaceholder();

    core::ChangeHistoryModel* m_model;
    QComboBox* m_table;
    QLineEdit* m_search;
    QCheckBox* m_fromCheck;
    QDateEdit* m_from;
    QCheckBox* m_toCheck;
    QDateEdit* m_to;
    QPushButton* m_refreshButton;
    QPushButton* m_clearButton;
    QTimer* m_searchDelay;
    QAction* m_refresh;
    bool m_updatingControls = false;
};

} // namespace ud::ui
