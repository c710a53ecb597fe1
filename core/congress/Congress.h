#pragma once

#include "core/db/DatabaseSettings.h"
#include "core/db/Table.h"
#include "core/record/Record.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace ud::core {

/// The committee's decision on a proposal; Pending until it decides.
enum class Decision { Pending, Filed, Rejected, Converted, Merged, Withdrawn };
const KeyedEnum<Decision>& decisions();

/// A proposal (提案), or a text kept as a suggestion (意见建议) from the start.
enum class ProposalKind { Proposal, Suggestion };
const KeyedEnum<ProposalKind>& proposalKinds();

/// A handling unit's part in a round: lead (主办) or co-handling (协办).
enum class AssignmentRole { Lead, Co };
const KeyedEnum<AssignmentRole>& assignmentRoles();

/// A reply's result code: A solved, B in progress or planned, C later, D for reference; None when not given.
enum class ReplyResult { None, A, B, C, D };
const KeyedEnum<ReplyResult>& replyResults();

/// The proposer's (or a co-signer's) rating of a reply.
enum class Rating { Satisfied, Basic, Unsatisfied };
const KeyedEnum<Rating>& ratings();

/// How far a 回头看 review found the proposal carried out.
enum class ReviewStatus { Done, InProgress, NotDone };
const KeyedEnum<ReviewStatus>& reviewStatuses();

/// How far an inspection's follow-up item is.
enum class FollowUpStatus { Open, InProgress, Done };
const KeyedEnum<FollowUpStatus>& followUpStatuses();

/// A committee member's role.
enum class CommitteeRole { Chair, ViceChair, Member };
const KeyedEnum<CommitteeRole>& committeeRoles();

/// A meeting of the congress: 第十二届教代会暨第十四届工代会第二次会议, key 12-2, term 12, meeting 2.
struct CongressSession {
    qint64 id = 0;
    QString key;
    QString name;
    int term = 1;
    int meeting = 1;
    int year = 0;
    QDate meetingStart;
    QDate meetingEnd;
    QDate opens; // the proposal window, both days included; empty: no limit on that side
    QDate closes;

    /// True when a proposal submitted on `day` is inside the window.
    bool acceptsOn(const QDate& day) const;
    static const RecordType<CongressSession>& type();
    bool operator==(const CongressSession& o) const { return type().same(*this, o); }
};

/// A handling unit (承办单位): 党委办公室, 人事处, 后勤管理处 …
struct HandlingUnit {
    qint64 id = 0;
    QString name;
    QString shortName;
    int sortOrder = 0;
    bool active = true;

    static const RecordType<HandlingUnit>& type();
    bool operator==(const HandlingUnit& o) const { return type().same(*this, o); }
};

/// A delegation (代表团) of a term, normally one per sub-union, with its head (团长).
struct Delegation {
    qint64 id = 0;
    int term = 1;
    QString name;
    std::optional<qint64> unitId;
    std::optional<qint64> headMemberId;
    int sortOrder = 0;

    static const RecordType<Delegation>& type();
    bool operator==(const Delegation& o) const { return type().same(*this, o); }
};

/// A representative (代表) of a term: a member of the roster in a delegation, from `started` (empty: the start of
/// the term) to `ended` (empty: the end of the term). A replacement names the representative it replaces.
struct Representative {
    qint64 id = 0;
    int term = 1;
    qint64 memberId = 0;
    qint64 delegationId = 0;
    QDate started;
    QDate ended;
    std::optional<qint64> replacesId;
    QString note;
    // read-only, joined
    QString name;
    QString staffNo;
    QString delegationName;

    /// True when the representative serves on `day`.
    bool servesOn(const QDate& day) const;
    /// 张伟（20150032）: the name with the staff number, as two people may share a name.
    QString label() const;
    static const RecordType<Representative>& type();
    bool operator==(const Representative& o) const { return type().same(*this, o); }
};

/// A special committee (专门委员会) of a term; `proposal` marks the proposal committee (提案工作委员会).
struct Committee {
    qint64 id = 0;
    int term = 1;
    QString name;
    bool proposal = false;

    static const RecordType<Committee>& type();
};

struct CommitteeMember {
    qint64 id = 0;
    qint64 committeeId = 0;
    qint64 memberId = 0;
    CommitteeRole role = CommitteeRole::Member;

    static const RecordType<CommitteeMember>& type();
};

/// A proposal (提案) or suggestion (意见建议) of a session. The co-signers are kept beside it (cosignerIds).
struct Proposal {
    qint64 id = 0;
    qint64 sessionId = 0;
    QString number; // 2024-001
    ProposalKind kind = ProposalKind::Proposal;
    QString title;    // 案由
    QString reasons;  // 理由
    QString measures; // 建议措施
    QString category; // the committee's
    QString proposerCategory;
    std::optional<qint64> proposerRepId;        // a representative, or
    std::optional<qint64> proposerDelegationId; // a delegation (collective proposal)
    QString suggestedUnit;
    QDate submitted;
    Decision decision = Decision::Pending;
    QDate decisionDate;
    QString decisionReason;
    std::optional<qint64> mergedIntoId;
    bool keyProposal = false;
    int round = 1;
    QString note;
    QList<qint64> cosignerIds; // representatives, in the order they signed; not a column

    bool isCollective() const { return proposerDelegationId.has_value(); }
    static const RecordType<Proposal>& type();
    bool operator==(const Proposal& o) const { return type().same(*this, o) && cosignerIds == o.cosignerIds; }
};

/// A handling unit's assignment in a round, with its reply deadline.
struct Assignment {
    qint64 id = 0;
    qint64 proposalId = 0;
    int round = 1;
    qint64 unitId = 0;
    AssignmentRole role = AssignmentRole::Lead;
    QDate assigned;
    QDate deadline;
    QString unitName; // read-only, joined

    static const RecordType<Assignment>& type();
};

/// The lead unit's reply in a round.
struct Reply {
    qint64 id = 0;
    qint64 proposalId = 0;
    int round = 1;
    QDate replied;
    QString text;
    ReplyResult result = ReplyResult::None;
    QDate completion; // B: when it is to be done

    static const RecordType<Reply>& type();
};

/// A rating of a round's reply: by the proposer (no repId) or by a co-signer.
struct ProposalRating {
    qint64 id = 0;
    qint64 proposalId = 0;
    int round = 1;
    std::optional<qint64> repId;
    Rating rating = Rating::Satisfied;
    QDate rated;
    QString comment;

    bool byProposer() const { return !repId.has_value(); }
    static const RecordType<ProposalRating>& type();
};

/// 回头看: a later review of a key proposal.
struct ProposalReview {
    qint64 id = 0;
    qint64 proposalId = 0;
    QDate reviewed;
    QString findings;
    ReviewStatus status = ReviewStatus::InProgress;

    static const RecordType<ProposalReview>& type();
};

/// 代表巡视: an inspection of a term by some of its representatives.
struct Inspection {
    qint64 id = 0;
    int term = 1;
    QDate inspected;
    QString topic;
    QString places;
    QString findings;
    QList<qint64> repIds; // who went; not a column

    static const RecordType<Inspection>& type();
};

/// A follow-up item of an inspection, with the unit that handles it.
struct InspectionItem {
    qint64 id = 0;
    qint64 inspectionId = 0;
    QString text;
    std::optional<qint64> unitId;
    FollowUpStatus status = FollowUpStatus::Open;
    QString note;

    static const RecordType<InspectionItem>& type();
};

namespace settings {
/// How many co-signing representatives a proposal needs (附议人数).
inline constexpr DatabaseSetting MinCosigners{"congress/min_cosigners", "2",
                                              QT_TRANSLATE_NOOP("ud::core", "Co-signers a proposal needs")};
/// The proposal number: the prefix ({year} is the session's year) and the number of digits: 2024-001.
inline constexpr DatabaseSetting ProposalNumberPrefix{"congress/number_prefix", "{year}-",
                                                      QT_TRANSLATE_NOOP("ud::core", "Proposal number prefix")};
inline constexpr DatabaseSetting ProposalNumberDigits{"congress/number_digits", "3",
                                                      QT_TRANSLATE_NOOP("ud::core", "Proposal number digits")};
/// The proposal categories, one per line.
inline constexpr DatabaseSetting ProposalCategories{
    "congress/categories", "教学科研\n人事人才\n民生保障\n管理体制\n后勤服务\n校园建设\n教代会建设\n其他",
    QT_TRANSLATE_NOOP("ud::core", "Proposal categories")};
/// The lead unit's reply deadline in months after the decision, and how many months earlier co-handlers reply.
inline constexpr DatabaseSetting LeadDeadlineMonths{"congress/lead_deadline_months", "3",
                                                    QT_TRANSLATE_NOOP("ud::core", "Lead unit's reply time (months)")};
inline constexpr DatabaseSetting CoDeadlineMonthsEarlier{
    "congress/co_deadline_months_earlier", "1", QT_TRANSLATE_NOOP("ud::core", "Co-handlers reply earlier (months)")};
} // namespace settings

/// The categories of the setting, in order.
QStringList proposalCategories(Database& db);

namespace tables {
inline constexpr Table CongressSessions{"congress_sessions", QT_TRANSLATE_NOOP("ud::core", "Congress sessions"),
                                        nullptr, &recordsOf<CongressSession>};
inline constexpr Table HandlingUnits{"handling_units", QT_TRANSLATE_NOOP("ud::core", "Handling units"), nullptr,
                                     &recordsOf<HandlingUnit>};
inline constexpr Table Delegations{"congress_delegations", QT_TRANSLATE_NOOP("ud::core", "Delegations"), nullptr,
                                   &recordsOf<Delegation>};
inline constexpr Table Representatives{"congress_representatives", QT_TRANSLATE_NOOP("ud::core", "Representatives"),
                                       nullptr, &recordsOf<Representative>};
inline constexpr Table Committees{"congress_committees", QT_TRANSLATE_NOOP("ud::core", "Special committees"), nullptr,
                                  &recordsOf<Committee>};
inline constexpr Table CommitteeMembers{"congress_committee_members",
                                        QT_TRANSLATE_NOOP("ud::core", "Committee members"), nullptr,
                                        &recordsOf<CommitteeMember>};
inline constexpr Table Proposals{"congress_proposals", QT_TRANSLATE_NOOP("ud::core", "Proposals"), nullptr,
                                 &recordsOf<Proposal>};
inline constexpr Table Cosigners{"congress_cosigners", QT_TRANSLATE_NOOP("ud::core", "Co-signers")};
inline constexpr Table Assignments{"congress_assignments", QT_TRANSLATE_NOOP("ud::core", "Proposal assignments"),
                                   nullptr, &recordsOf<Assignment>};
inline constexpr Table Replies{"congress_replies", QT_TRANSLATE_NOOP("ud::core", "Proposal replies"), nullptr,
                               &recordsOf<Reply>};
inline constexpr Table Ratings{"congress_ratings", QT_TRANSLATE_NOOP("ud::core", "Proposal ratings"), nullptr,
                               &recordsOf<ProposalRating>};
inline constexpr Table Reviews{"congress_reviews", QT_TRANSLATE_NOOP("ud::core", "Proposal reviews"), nullptr,
                               &recordsOf<ProposalReview>};
inline constexpr Table Inspections{"congress_inspections", QT_TRANSLATE_NOOP("ud::core", "Inspections"), nullptr,
                                   &recordsOf<Inspection>};
inline constexpr Table InspectionReps{"congress_inspection_reps",
                                      QT_TRANSLATE_NOOP("ud::core", "Inspection participants")};
inline constexpr Table InspectionItems{"congress_inspection_items",
                                       QT_TRANSLATE_NOOP("ud::core", "Inspection follow-up items"), nullptr,
                                       &recordsOf<InspectionItem>};
} // namespace tables
/// The congress's tables.
QList<Table> congressTables();

} // namespace ud::core
