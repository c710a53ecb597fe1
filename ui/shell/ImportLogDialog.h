#pragma once

#include <QDialog>

class QPushButton;
class QTableView;

namespace ud::core {
class ImportLogModel;
}

namespace ud::ui {

class ShellContext;

/// The import log: every import and copy of a plan to the next year, newest first, with what it changed; "Undo This
/// Import" takes the selected one back as a whole (one step of the undo history, so Redo does it again), also long
/// after it was made.
class ImportLogDialog : public QDialog {
    Q_OBJECT
public:
    explicit ImportLogDialog(ShellContext& shell, QWidget* parent = nullptr);

    core::ImportLogModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QPushButton* undoButton() const { return m_undo; }

    /// Selects the batch `id`; false when the log has no such entry.
    bool select(qint64 id);
    /// Undoes the selected batch after asking (ShellContext::ask); the reason is shown when it is refused. True when
    /// it was undone.
    bool undoSelected();

private:
    qint64 selectedBatch() const;
    void updateButtons();
    void reload();

    ShellContext& m_shell;
    core::ImportLogModel* m_model;
    QTableView* m_view;
    QPushButton* m_undo;
};

} // namespace ud::ui
