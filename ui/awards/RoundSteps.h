#pragma once

#include "core/awards/AwardRepositories.h"
#include "ui/shell/RecordCommand.h"

#include <QCoreApplication>
#include <QDate>

#include <functional>

namespace ud::ui {

class ShellContext;

/// Every change the awards page makes to a round and what it owns: the repository call first (a refusal is shown with
/// the message the repository gives, which names its rule, and never reaches the undo stack), then one RoundCommand
/// with the round's file before and after it. Each returns false (0 for what returns an id) when refused.
class RoundSteps {
    Q_DECLARE_TR_FUNCTIONS(ud::ui::RoundSteps)

public:
    /// `changed` is called with the round's id after each step, its undo and its redo.
    RoundSteps(ShellContext& shell, RecordChangedCallback changed);

    // ---- rounds
    qint64 openRound(const core::AwardRound& round);
    bool editRound(const core::AwardRound& round);
    /// Deletes a round without nominations, after asking when `confirm`.
    bool eraseRound(qint64 roundId, bool confirm);
    bool computeQuotas(qint64 roundId);
    bool setQuota(qint64 roundId, qint64 unitId, int quota, const QString& reason);

    // ---- nominations; the checks that only warn go to `warnings`
    qint64 nominate(const core::Nomination& nomination, QList<core::AwardProblem>* warnings = nullptr);
    bool editNomination(const core::Nomination& nomination, QList<core::AwardProblem>* warnings = nullptr);
    bool withdraw(qint64 nominationId, const QString& reason);
    bool eraseNomination(qint64 nominationId);

    // ---- review
    bool closeNominations(qint64 roundId);
    bool reopenNominations(qint64 roundId);
    bool setScore(qint64 nominationId, int committeeScore, int publicVotes);
    /// The number selected, or -1 when refused.
    int selectByRanking(qint64 roundId);
    bool setSelected(qint64 nominationId, bool selected);

    // ---- 公示 and the final list
    bool startPublicity(qint64 roundId, const QDate& start, int days, const QString& objectionsTo);
    bool stopPublicity(qint64 roundId);
    qint64 addObjection(const core::Objection& objection);
    bool closeObjection(qint64 objectionId, core::ObjectionOutcome outcome, const QDate& day, const QString& handledBy,
                        const QString& finding);
    bool finalize(qint64 roundId, const QDate& today);
    bool unlock(qint64 roundId, const QString& reason);

private:
    /// Runs `change` on round `roundId` in one transaction, then pushes the step named `text` (%1: the round's key, %2:
    /// `subject`). False, with `cannot` and the reason shown, when refused.
    bool run(qint64 roundId, const QString& text, const QString& subject, const QString& cannot,
             const std::function<void()>& change);
    qint64 roundOf(qint64 nominationId) const;

    ShellContext& m_shell;
    RecordChangedCallback m_changed;
};

} // namespace ud::ui
