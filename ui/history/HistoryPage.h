#pragma once

#include "core/db/ChangeHistoryModel.h"

#include "core/db/Table.h"

#include "ui/shell/ListPage.h"
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

/// Who changed what and when: the change history, newest first, filtered by table, record and dates.
class HistoryPage : public ListPage {
    Q_OBJECT
public:
    explicit HistoryPage(ShellContext& shell, QWidget* parent = nullptr);

    static QString moduleId() { return QStringLiteral("history"); }
    static QString moduleTitle() { return tr("Change history"); }
    static QString moduleMenuTitle() { return tr("&History"); }
    static QIcon moduleIcon() { return QIcon(QStringLiteral(":/icons/history.svg")); }
    /// Every table writes the history, so any change may add rows here.
    void tableChanged(const core::Table& table);

    void setDatabase(core::Database* db);
    /// Runs the current filter again (after a change elsewhere).
    void reload();
    /// Reloads the list of tables in the filter and the rows.
    void refresh();

    /// The filter the controls describe.
    core::ChangeFilter filterFromControls() const;

    QList<QAction*> pageActions() const { return {m_refresh}; }
    core::ChangeHistoryModel* model() const { return m_model; }
    QComboBox* tableCombo() const { return m_table; }
    QLineEdit* recordEdit() const { return m_record; }
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
    QLineEdit* m_record;
    QCheckBox* m_fromCheck;
    QDateEdit* m_from;
    QCheckBox* m_toCheck;
    QDateEdit* m_to;
    QPushButton* m_refreshButton;
    QPushButton* m_clearButton;
    QTimer* m_recordDelay;
    QAction* m_refresh;
    bool m_updatingControls = false;
};

} // namespace ud::ui
