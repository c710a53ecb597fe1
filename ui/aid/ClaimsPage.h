#pragma once

#include "core/aid/ClaimsModel.h"
#include "ui/aid/ClaimSteps.h"
#include "ui/shell/ListPage.h"

class QAction;
class QLineEdit;

namespace ud::ui {

class ClaimFilterBar;

/// The claims of the period chosen at the top of the mutual-aid page: filters by status, part and sub-union, the
/// search (name, staff number or pinyin), the table, and the steps on the selected claim (new, edit, next review
/// step, reject, pay, print the approval form) and on the period (recompute); every step undoable.
class ClaimsPage : public ListPage {
    Q_OBJECT
public:
    explicit ClaimsPage(ShellContext& shell, QWidget* parent = nullptr);

    void setDatabase(core::Database* db);
    void setPeriod(qint64 periodId);
    qint64 periodId() const { return m_model->periodId(); }
    /// Reads the claims again, keeping the filters and the selection.
    void reload();
    QList<QAction*> pageActions() const { return m_actions; }

    core::ClaimsModel* model() const { return m_model; }
    ClaimFilterBar* filterBar() const { return m_filters; }
    QLineEdit* searchEdit() const { return m_search; }
    ClaimSteps& steps() { return m_steps; }
    /// The claim in the current row, or 0.
    qint64 currentId() const;
    bool selectClaim(qint64 id);
    /// Selects claim `id` (clearing filters that hide it) and opens it.
    bool openClaim(qint64 id);

    QAction* addAction() const { return m_add; }
    QAction* editAction() const { return m_edit; }
    QAction* advanceAction() const { return m_advance; }
    QAction* rejectAction() const { return m_reject; }
    QAction* payAction() const { return m_pay; }
    QAction* printAction() const { return m_print; }
    QAction* recomputeAction() const { return m_recompute; }

public slots:
    /// Opens the claim dialog: a new claim of the period, or the selected claim.
    void openDialog(bool fresh = false);
    bool advanceCurrent();
    /// Rejects the selected claim with `reason`; asks for it when empty.
    bool rejectCurrent(const QString& reason = {});
    /// Pays the selected claim on `day` with `voucher`; asks for both when the day is not given.
    bool payCurrent(const QDate& day = {}, const QString& voucher = {});
    /// Computes the period's open claims again (one undo step).
    bool recompute();
    void printForms();

private:
    void claimChanged(qint64 id);
    void applyFilter();
    void updateActions();
    void updateCount();

    ClaimSteps m_steps;
    core::ClaimsModel* m_model;
    ClaimFilterBar* m_filters;
    QLineEdit* m_search;
    QAction* m_add;
    QAction* m_edit;
    QAction* m_advance;
    QAction* m_reject;
    QAction* m_pay;
    QAction* m_print;
    QAction* m_recompute;
    QList<QAction*> m_actions;
};

} // namespace ud::ui
