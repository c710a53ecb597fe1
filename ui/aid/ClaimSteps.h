#pragma once

#include "core/aid/AidRepositories.h"
#include "ui/shell/RecordCommand.h"

#include <QCoreApplication>
#include <QDate>

#include <functional>

namespace ud::ui {

class ShellContext;

/// Every change the mutual-aid pages make to claims: the repository call first (a refusal is shown with the message
/// the repository gives and never reaches the undo stack), then one ClaimCommand with the files before and after it.
/// Each returns false (0 for a submission) when refused.
class ClaimSteps {
    Q_DECLARE_TR_FUNCTIONS(ud::ui::ClaimSteps)

public:
    ClaimSteps(ShellContext& shell, RecordChangedCallback changed);

    /// Stores a new claim with its payout; its id.
    qint64 submit(const core::AidClaim& claim);
    /// Stores a claim a guard refuses as rejected, with the reason; its id.
    qint64 submitRejected(const core::AidClaim& claim, const QString& reason);
    bool edit(const core::AidClaim& claim);
    bool advance(qint64 id);
    bool reject(qint64 id, const QString& reason);
    bool pay(qint64 id, const QDate& day, const QString& voucher);
    /// Computes the payouts of the period's open claims again: one step for all that changed. The number changed, or
    /// -1 when refused.
    int recompute(qint64 periodId);

private:
    qint64 submitWith(const QString& cannot, const std::function<qint64(core::ClaimRepository&)>& store);
    bool run(qint64 id, const QString& text, const QString& cannot,
             const std::function<void(core::ClaimRepository&)>& change);

    ShellContext& m_shell;
    RecordChangedCallback m_changed;
};

} // namespace ud::ui
