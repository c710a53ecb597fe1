#pragma once

#include "core/aid/AidRepositories.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QPlainTextEdit;

namespace ud::ui {

class ClaimSteps;
class ShellContext;

/// A claim of one period: the member (found by name, staff number or pinyin), the part of the rule table, the
/// treatment and the day it was received, the member's own costs (自付, 自理, 自费 and what does not count), an illness
/// for a lump sum, the documents received and a note; beside them the payout as the rules compute it, step by step,
/// or the guards' refusals in red. OK stores the claim through ClaimSteps (one undo step); a claim a guard refuses
/// may be kept as rejected with the guard's reason. A claim approved by the committee, paid or rejected is shown
/// read-only.
class ClaimDialog : public QDialog {
    Q_OBJECT
public:
    /// `claim` with id 0 is a new one of its period.
    ClaimDialog(ShellContext& shell, core::Database& db, ClaimSteps& steps, const core::AidClaim& claim,
                QWidget* parent = nullptr);

    /// The claim as the editors describe it.
    core::AidClaim claim() const;
    /// The stored claim's id once OK stored it (0 before).
    qint64 claimId() const { return m_claim.id; }
    /// The editor of a column (member_id, part_key, treated_from, treated_to, received, own_pay, self_care,
    /// self_paid, excluded, illness, note), for tests.
    template <class W> W* editor(const char* column) const { return findChild<W*>(QString::fromLatin1(column)); }
    QLabel* payoutPanel() const { return m_payout; }
    QList<QCheckBox*> documentBoxes() const { return m_documents; }
    bool isReadOnly() const { return m_readOnly; }

public slots:
    void accept() override;
    /// Computes the payout of the claim as the editors describe it and shows it.
    void updatePayout();

private:
    void fillMembers();
    QDoubleSpinBox* moneyEditor(const char* column);

    ShellContext& m_shell;
    core::Database& m_db;
    ClaimSteps& m_steps;
    core::AidClaim m_claim;
    core::AidPeriod m_period;
    bool m_readOnly = false;
    QComboBox* m_member;
    QComboBox* m_part;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QDateEdit* m_received;
    QDoubleSpinBox* m_ownPay;
    QDoubleSpinBox* m_selfCare;
    QDoubleSpinBox* m_selfPaid;
    QDoubleSpinBox* m_excluded;
    QComboBox* m_illness;
    QList<QCheckBox*> m_documents;
    QPlainTextEdit* m_note;
    QLabel* m_payout;
    QLabel* m_total;
};

} // namespace ud::ui
