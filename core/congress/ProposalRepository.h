#pragma once

#include "core/congress/Congress.h"
#include "core/record/RecordRepository.h"

namespace ud::core {

/// Where a proposal stands, derived from its decision, its round's assignments, reply and rating.
enum class ProposalStage {
    Submitted, // not decided
    Filed,     // filed (or a suggestion), no lead unit yet
    Assigned,  // handed to its units, no reply yet
    Replied,   // replied, not yet rated by the proposer
    Rated,     // rated 满意 or 基本满意: closed
    Rejected,  // 不立案
    Converted, // 转为意见建议 (then handled as a suggestion: Filed, Assigned … apply to it too)
    Merged,    // 并案 into another
    Withdrawn, // 撤回
};
const KeyedEnum<ProposalStage>& proposalStages();

/// Everything about one proposal: its row, co-signers, the units, replies and ratings of every round, its reviews and
/// the proposals merged into it. What an undo step keeps and puts back (ProposalRepository::restore).
struct ProposalFile {
    Proposal proposal;
    QList<Assignment> assignments; // every round, lead first
    QList<Reply> replies;          // every round
    QList<ProposalRating> ratings; // every round
    QList<ProposalReview> reviews;
    QList<qint64> sourceIds; // proposals merged into this one

    /// The current round's lead assignment, reply and the proposer's rating, when there are.
    std::optional<Assignment> lead(int round = 0) const;
    QList<Assignment> coHandlers(int round = 0) const;
    std::optional<Reply> reply(int round = 0) const;
    std::optional<ProposalRating> proposerRating(int round = 0) const;
    ProposalStage stage() const;
    /// True when the current round's lead deadline passed on `today` without a reply.
    bool overdueOn(const QDate& today) const;
    /// True when the round's reply came after its lead deadline.
    bool repliedLate(int round = 0) const;
};

/// Proposals and suggestions of the congress and their rules: co-signing and the window on submission, the
/// committee's decisions and merges, assignment with default deadlines, replies, ratings with their rounds and the
/// 回头看 reviews. Each step is one transaction with its change history; each refusal names its rule.
class ProposalRepository : public RecordRepository<Proposal> {
public:
    using Snapshot = ProposalFile;

    explicit ProposalRepository(Database& db) : RecordRepository(db, Proposal::type()) {}

    /// A proposal with its co-signers; nullopt when there is none.
    std::optional<Proposal> withCosigners(qint64 id) const;
    /// A proposal and everything about it; throws ValidationError when it no longer exists.
    ProposalFile file(qint64 id) const;
    /// The proposals of a session in number order, with their co-signers.
    QList<Proposal> ofSession(qint64 sessionId) const;
    std::optional<Proposal> byNumber(qint64 sessionId, const QString& number) const;
    /// The next free number in the session: prefix (with the session's year) and digits from the settings.
    QString nextNumber(qint64 sessionId) const;

    /// What keeps a submission from being stored as it is (each names its rule): the window, the proposer and the
    /// co-signers (for a proposal: at least settings::MinCosigners, each a representative of the session's term
    /// serving on the day, not the proposer, none twice).
    Problems submissionProblems(const Proposal& proposal) const;
    /// Stores a new proposal or suggestion with its co-signers; the number is given when empty. Refused with
    /// ValidationError for any problem of problems() or submissionProblems().
    qint64 submit(const Proposal& proposal);
    /// Stores a proposal's fields and its co-signers (the committee may re-classify; the proposer's category stays).
    void edit(const Proposal& proposal);
    /// Removes a proposal that is not decided and nothing was merged into, with its co-signers.
    void withdrawEntry(qint64 id);

    /// The committee's decision (or the proposer's withdrawal) on `day`: Rejected needs a reason; Merged needs
    /// `mergedInto`, a filed proposal of the same session that was not itself merged; Filed is for proposals only;
    /// Pending takes a decision back while nothing was assigned.
    void decide(qint64 id, Decision decision, const QDate& day, const QString& reason = {},
                std::optional<qint64> mergedInto = std::nullopt);
    void setKeyProposal(qint64 id, bool key);
    /// Hands the current round to its lead unit and co-handlers on `day`, with the default deadlines (settings:
    /// LeadDeadlineMonths after `day`; co-handlers CoDeadlineMonthsEarlier before the lead), replacing the round's
    /// earlier assignment while nothing was replied. For a filed proposal, a converted one or a suggestion.
    void assign(qint64 id, qint64 leadUnitId, const QList<qint64>& coUnitIds, const QDate& day);
    /// Changes one assignment's deadline.
    void setDeadline(qint64 assignmentId, const QDate& deadline);
    /// The lead unit's reply for the current round (replaces one given before in the round while it is not rated).
    void reply(qint64 id, const Reply& reply);
    /// A rating of the current round's reply: by the proposer (no `repId`) or a co-signer. The proposer's 不满意
    /// opens the next round (the committee and the unit handle it again); every round stays.
    void rate(qint64 id, Rating rating, const QDate& day, std::optional<qint64> repId = std::nullopt,
              const QString& comment = {});
    /// 回头看: adds a review.
    qint64 addReview(const ProposalReview& review);

    /// Puts a proposal back as `file` holds it (undo and redo of any step): its row, co-signers, assignments,
    /// replies, ratings and reviews; a proposal `file` has no id of is removed with `nothing`. Recorded in the change
    /// history like any change.
    void restore(const ProposalFile& file);
    /// Removes the proposal `id` entirely (undo of a submission).
    void erase(qint64 id);

protected:
    QString orderBy() const override { return QStringLiteral("session_id, number"); }
    Problems rules(const Proposal& proposal) const override;
    QString describe(const Proposal& proposal) const override
    {
        return QStringLiteral("%1 %2").arg(proposal.number, proposal.title);
    }
    QString missingMessage() const override;

private:
    void writeCosigners(qint64 id, const QList<qint64>& repIds);
    template <class T> void restoreRows(const QString& table, qint64 proposalId, const QList<T>& rows);
};

} // namespace ud::core
