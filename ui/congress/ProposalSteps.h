#pragma once

#include "core/congress/ProposalRepository.h"
#include "ui/shell/RecordCommand.h"

#include <QCoreApplication>
#include <QDate>

#include <functional>

namespace ud::ui {

class ShellContext;

/// Every change the congress pages make to proposals: the repository call first (a refusal is shown with the message
/// the repository gives and never reaches the undo stack), then one ProposalCommand with the files before and after
/// it. Each returns false (0 for a submission) when refused.
class ProposalSteps {
    Q_DECLARE_TR_FUNCTIONS(ud::ui::ProposalSteps)

public:
    ProposalSteps(ShellContext& shell, RecordChangedCallback changed);

    /// Stores a new proposal or suggestion; its id.
    qint64 submit(const core::Proposal& proposal);
    bool edit(const core::Proposal& proposal);
    bool decide(qint64 id, core::Decision decision, const QDate& day, const QString& reason = {},
                std::optional<qint64> mergedInto = std::nullopt);
    bool setKeyProposal(qint64 id, bool key);
    bool assign(qint64 id, qint64 leadUnitId, const QList<qint64>& coUnitIds, const QDate& day);
    bool setDeadline(qint64 id, qint64 assignmentId, const QDate& deadline);
    bool reply(qint64 id, const core::Reply& reply);
    bool rate(qint64 id, core::Rating rating, const QDate& day, std::optional<qint64> repId = std::nullopt,
              const QString& comment = {});
    bool addReview(const core::ProposalReview& review);
    /// The committee's decision on many proposals at once: one step, all or none.
    bool decideMany(const QList<qint64>& ids, core::Decision decision, const QDate& day, const QString& reason = {},
                    std::optional<qint64> mergedInto = std::nullopt);
    /// The committee's category for many proposals at once (the proposer's stays): one step, all or none.
    bool reclassify(const QList<qint64>& ids, const QString& category);

private:
    /// Runs `change` on the proposals `ids` in one transaction and pushes the step named `text`.
    bool run(const QList<qint64>& ids, const QString& text, const QString& cannot,
             const std::function<void(core::ProposalRepository&)>& change);

    ShellContext& m_shell;
    RecordChangedCallback m_changed;
};

} // namespace ud::ui
