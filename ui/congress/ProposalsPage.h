#pragma once

#include "core/congress/ProposalsModel.h"
#include "ui/congress/ProposalDialog.h"
#include "ui/congress/ProposalSteps.h"
#include "ui/shell/ListPage.h"

class QAction;
class QLineEdit;

namespace ud::ui {

class ProposalFilterBar;

/// The proposals of a session: the session chooser, filters by stage, category, delegation, lead unit and overdue,
/// the search, the table, and the steps on the selected proposal (new, edit, decide, assign, reply, rate, withdraw,
/// key proposal), each opening the proposal's dialog at its tab or storing the step at once; every step undoable.
class ProposalsPage : public ListPage {
    Q_OBJECT
public:
    explicit ProposalsPage(ShellContext& shell, QWidget* parent = nullptr);

    void setDatabase(core::Database* db);
    /// Reads the sessions and the proposals again, keeping the session, filters and selection.
    void reload();
    void tableChanged(const core::Table& table);
    QList<QAction*> pageActions() const { return m_actions; }

    core::ProposalsModel* model() const { return m_model; }
    ProposalFilterBar* filterBar() const { return m_filters; }
    QLineEdit* searchEdit() const { return m_search; }
    ProposalSteps& steps() { return m_steps; }
    qint64 sessionId() const;
    bool setSession(qint64 id);
    /// The proposal in the current row, or 0.
    qint64 currentId() const;
    bool selectProposal(qint64 id);
    /// Selects proposal `id` (choosing its session, clearing filters that hide it) and opens its dialog.
    bool openProposal(qint64 id);
    /// Shows the proposals a dashboard click asks for: conditions session_id, stage (a stage key), category, overdue.
    void showFiltered(const QVariantMap& conditions);

    QAction* addAction() const { return m_add; }
    QAction* editAction() const { return m_edit; }
    QAction* decideAction() const { return m_decide; }
    QAction* assignAction() const { return m_assign; }
    QAction* replyAction() const { return m_reply; }
    QAction* rateAction() const { return m_rate; }
    QAction* withdrawAction() const { return m_withdraw; }
    QAction* keyAction() const { return m_key; }
    QAction* printAction() const { return m_print; }
    QAction* settingsAction() const { return m_settings; }

signals:
    /// The session chosen changed (the other congress pages follow it).
    void sessionChosen(qint64 sessionId);

public slots:
    /// Opens the proposal dialog of the selected proposal at `tab` (a new proposal for TextTab with no selection).
    void openDialog(ud::ui::ProposalDialog::Tab tab, bool fresh = false);
    bool withdrawCurrent(bool confirm = true);
    bool toggleKey();

private:
    void proposalChanged(qint64 id);
    void applyFilter();
    void updateActions();
    void updateCount();

    ProposalSteps m_steps;
    core::ProposalsModel* m_model;
    ProposalFilterBar* m_filters;
    QLineEdit* m_search;
    QAction* m_add;
    QAction* m_edit;
    QAction* m_decide;
    QAction* m_assign;
    QAction* m_reply;
    QAction* m_rate;
    QAction* m_withdraw;
    QAction* m_key;
    QAction* m_print;
    QAction* m_settings;
    QList<QAction*> m_actions;
};

} // namespace ud::ui
