#pragma once

#include "core/congress/ProposalsModel.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace ud::ui {
class DataTableView;
}

namespace ud::core {
class Database;
}

namespace ud::ui {

class ProposalSteps;
class ShellContext;

/// The proposal committee's desk: the session's proposals not yet decided, several chosen at once, and the decisions
/// on all of them in one step (立案; 不立案 with one reason; 转为意见建议; 并案 into one filed proposal), or a new
/// category for them. Each is one step of the undo history, all or none.
class CommitteeView : public QWidget {
    Q_OBJECT
public:
    CommitteeView(ShellContext& shell, ProposalSteps& steps, QWidget* parent = nullptr);

    void setDatabase(core::Database* db);
    void setSession(qint64 sessionId);
    void reload();

    core::ProposalsModel* model() const { return m_model; }
    QTableView* view() const;
    /// The proposals chosen in the table.
    QList<qint64> chosenIds() const;
    /// Chooses these proposals in the table.
    void choose(const QList<qint64>& ids);

public slots:
    bool fileChosen();
    /// Not filed with `reason`; asks for it when empty.
    bool rejectChosen(const QString& reason = {});
    bool convertChosen();
    /// Merged into `targetId`; asks for it when 0.
    bool mergeChosen(qint64 targetId = 0);
    /// The committee's category `category`; asks for it when empty.
    bool reclassifyChosen(const QString& category = {});

private:
    void updateButtons();

    ShellContext& m_shell;
    ProposalSteps& m_steps;
    core::Database* m_db = nullptr;
    core::ProposalsModel* m_model;
    DataTableView* m_view;
    QLabel* m_count;
    QList<QPushButton*> m_buttons;
};

} // namespace ud::ui
