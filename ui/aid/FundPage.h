#pragma once

#include "core/aid/AidListModels.h"
#include "ui/shell/ListPage.h"

class QAction;
class QLabel;

namespace ud::ui {

/// The fund's ledger in the period chosen at the top of the mutual-aid page: its entries (a reversed entry and its
/// reversal marked), the balance brought forward and at the end, and the postings: an entry, the reversal of the
/// selected one, the period's fees from its enrollment; each one step of the undo history. Prints the fund's
/// statement.
class FundPage : public ListPage {
    Q_OBJECT
public:
    explicit FundPage(ShellContext& shell, QWidget* parent = nullptr);

    void setDatabase(core::Database* db);
    void setPeriod(qint64 periodId);
    qint64 periodId() const { return m_model->periodId(); }
    void reload();
    QList<QAction*> pageActions() const { return m_actions; }

    core::AidLedgerModel* model() const { return m_model; }
    QLabel* balanceLabel() const { return m_balance; }
    /// The entry in the current row, or 0.
    qint64 currentId() const;
    bool selectEntry(qint64 id);

    QAction* postAction() const { return m_post; }
    QAction* reverseAction() const { return m_reverse; }
    QAction* feesAction() const { return m_fees; }
    QAction* statementAction() const { return m_statement; }

public slots:
    /// Posts `entry` in the period (undoable); asks for it when `ask`. Its id, 0 when refused or cancelled.
    qint64 postEntry(const core::LedgerEntry& entry = {}, bool ask = true);
    /// Reverses the selected entry on `day` (today when not given); asks first when `ask`.
    bool reverseCurrent(const QDate& day = {}, bool ask = true);
    /// Posts the period's fees not yet in the ledger on `day` (today when not given).
    bool postFees(const QDate& day = {});
    void printStatement();

private:
    void posted(const QList<qint64>& ids, const QString& text);
    void updateActions();
    void updateCount();

    core::AidLedgerModel* m_model;
    QLabel* m_balance;
    QAction* m_post;
    QAction* m_reverse;
    QAction* m_fees;
    QAction* m_statement;
    QList<QAction*> m_actions;
};

} // namespace ud::ui
