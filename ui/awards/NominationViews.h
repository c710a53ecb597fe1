#pragma once

#include "core/awards/AwardModels.h"
#include "ui/awards/NominationTable.h"
#include "ui/shell/ListPage.h"

class QAction;
class QCheckBox;
class QLineEdit;

namespace ud::ui {

class RoundSteps;

/// A list of the nominations of the round chosen at the top of the awards page (the Nominations and Review tabs): the
/// table with its checks per row, a search (name, staff number, collective or sub-union), the selection kept across
/// reloads.
class NominationListView : public ListPage {
    Q_OBJECT
public:
    void setDatabase(core::Database* db);
    /// Shows the nominations of round `roundId` (0: none).
    void setRound(qint64 roundId);
    qint64 roundId() const { return m_model->roundId(); }
    /// Reads the round and its nominations again, keeping the selection.
    void reload();
    QList<QAction*> pageActions() const { return m_actions; }

    core::NominationsModel* model() const { return m_model; }
    NominationTable* table() const { return m_table; }
    QLineEdit* searchEdit() const { return m_search; }
    /// The nomination in the current row, or 0.
    qint64 currentId() const;
    bool selectNomination(qint64 id);

protected:
    NominationListView(ShellContext& shell, RoundSteps& steps, const QString& title, QWidget* parent);
    /// Makes an action of the list: it acts while the list is in front (the page has other tabs with their keys).
    QAction* listAction(const char* name, const QString& icon, const QString& text, const QString& iconText,
                        const QString& toolTip, const QList<QKeySequence>& shortcuts);
    /// The round as last read (id 0 when none is chosen).
    const core::AwardRound& round() const { return m_round; }
    /// The nomination in the current row, or nullptr.
    const core::Nomination* current() const;
    virtual void updateActions() = 0;
    virtual void updateCount() = 0;

    RoundSteps& m_steps;
    core::NominationsModel* m_model;
    NominationTable* m_table;
    QLineEdit* m_search;
    QList<QAction*> m_actions;

private:
    core::AwardRound m_round;
};

/// The Nominations tab: every nomination of the round with its checks (red where one refuses, amber where they only
/// warn, the sentences as tooltip), new individual or collective nominations and their edits in NominationDialog,
/// withdrawal with the reason, deletion of one entered by mistake, the import of a sub-union's file with its preview,
/// and the close of the nominations (on to the review). Every change is one undo step.
class NominationsView : public NominationListView {
    Q_OBJECT
public:
    NominationsView(ShellContext& shell, RoundSteps& steps, QWidget* parent = nullptr);

    QAction* addAction() const { return m_add; }
    QAction* editAction() const { return m_edit; }
    QAction* withdrawAction() const { return m_withdraw; }
    QAction* deleteAction() const { return m_delete; }
    QAction* importAction() const { return m_import; }
    QAction* reviewAction() const { return m_review; }
    QCheckBox* withdrawnCheck() const { return m_showWithdrawn; }

public slots:
    /// Opens the nomination dialog: a new nomination of the round, or the selected one.
    void openDialog(bool fresh = false);
    /// Withdraws the selected nomination with `reason`; asks for it when empty.
    bool withdrawCurrent(const QString& reason = {});
    /// Deletes the selected nomination (entered by mistake), after asking when `confirm`.
    bool deleteCurrent(bool confirm = true);
    /// Imports a sub-union's file of nominations into the round: its preview (what it adds, the warnings) first, the
    /// rows with errors listed when there are any; with `confirm` false, without asking. One undo step.
    bool importFile(const QString& path, bool confirm = true);
    /// Closes the nominations: on to the review.
    bool beginReview();

protected:
    void updateActions() override;
    void updateCount() override;

private:
    QAction* m_add;
    QAction* m_edit;
    QAction* m_withdraw;
    QAction* m_delete;
    QAction* m_import;
    QAction* m_review;
    QCheckBox* m_showWithdrawn;
};

/// The Review tab: the nominations that take part by rank, the committee's score and the public votes edited in place
/// (or with Score…), the weighted total, selection down the ranking within the quotas or one by one, and the way back
/// to the nominations. Every change is one undo step.
class ReviewView : public NominationListView {
    Q_OBJECT
public:
    ReviewView(ShellContext& shell, RoundSteps& steps, QWidget* parent = nullptr);

    QAction* scoreAction() const { return m_score; }
    QAction* selectAction() const { return m_select; }
    QAction* toggleAction() const { return m_toggle; }
    QAction* reopenAction() const { return m_reopen; }

public slots:
    /// Records the selected nomination's score (hundredths) and votes; asks for them when `score` is negative.
    bool scoreCurrent(int score = -1, int votes = 0);
    /// Selects down the ranking within the quotas; the number selected in the status bar.
    bool selectByRanking();
    /// Selects the current nomination, or deselects it when it is selected.
    bool toggleSelection();
    bool reopenNominations();

protected:
    void updateActions() override;
    void updateCount() override;

private:
    QAction* m_score;
    QAction* m_select;
    QAction* m_toggle;
    QAction* m_reopen;
};

} // namespace ud::ui
