#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace ud::core {
class Database;
}

namespace ud::ui {

class ShellContext;

/// The rule table of the period selected on the schemes page, read-only: each part with its deductible, mode, bands
/// and cap, the overall cap, the rounding and the lump sums. Import Rules… stores a rule table from its JSON file
/// (the scheme and the period it names, made when new; one step of the undo history); Export Rules… writes the
/// period's table as such a file.
class RuleTableView : public QWidget {
    Q_OBJECT
public:
    explicit RuleTableView(ShellContext& shell, QWidget* parent = nullptr);

    void setDatabase(core::Database* db);
    /// Shows the rule table of period `periodId` (0: none).
    void setPeriod(qint64 periodId);
    void reload();
    QTreeWidget* tree() const { return m_tree; }
    QPushButton* importButton() const { return m_import; }
    QPushButton* exportButton() const { return m_export; }

public slots:
    /// Imports a rule table from `path` (asks for the file when empty); one undo step. The period's id, 0 when refused
    /// (shown) or cancelled.
    qint64 importRules(const QString& path = {});
    /// Writes the period's rule table to `path` (asks when empty); false when refused (shown) or cancelled.
    bool exportRules(const QString& path = {});

signals:
    /// A rule table was imported, or its import undone or redone: the period (and perhaps a new scheme) changed.
    void rulesImported(qint64 periodId);

private:
    ShellContext& m_shell;
    core::Database* m_db = nullptr;
    qint64 m_periodId = 0;
    QLabel* m_title;
    QTreeWidget* m_tree;
    QPushButton* m_import;
    QPushButton* m_export;
};

} // namespace ud::ui
