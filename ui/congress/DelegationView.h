#pragma once

#include <QDate>
#include <QWidget>

class QPushButton;
class QTreeWidget;

namespace ud::core {
class Database;
}

namespace ud::ui {

class ShellContext;

/// The delegations of a session's term with their representatives (the head marked, replacements dated), and the
/// replacement of a representative by another member (undoable).
class DelegationView : public QWidget {
    Q_OBJECT
public:
    explicit DelegationView(ShellContext& shell, QWidget* parent = nullptr);

    void setDatabase(core::Database* db);
    /// Shows the term of session `sessionId`.
    void setSession(qint64 sessionId);
    void reload();
    QTreeWidget* tree() const { return m_tree; }
    /// The representative selected, or 0.
    qint64 currentRepId() const;

public slots:
    /// Replaces representative `repId` by the member of staff number `staffNo` from `day` (undoable); asks for both
    /// when empty. False when refused (shown) or cancelled.
    bool replaceRepresentative(qint64 repId, const QString& staffNo = {}, const QDate& day = {});
    /// Imports the representatives of the term from `path` (.xlsx or .csv: 工号, 姓名, 代表团), all or nothing, as one
    /// step of the undo history; asks for the file when empty. False when refused (the rows' problems shown).
    bool importRepresentatives(const QString& path = {});

private:
    ShellContext& m_shell;
    core::Database* m_db = nullptr;
    int m_term = 0;
    qint64 m_sessionId = 0;
    QTreeWidget* m_tree;
    QPushButton* m_replace;
    QPushButton* m_import;
};

} // namespace ud::ui
