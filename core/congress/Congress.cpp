#include "core/congress/Congress.h"

#include "core/members/Member.h"
#include "core/units/SubUnit.h"

namespace ud::core {

const KeyedEnum<Decision>& decisions()
{
    static const KeyedEnum<Decision> list(
        "ud::core::Congress",
        {{Decision::Pending, "", QT_TRANSLATE_NOOP("ud::core::Congress", "Not decided")},
         {Decision::Filed, "filed", QT_TRANSLATE_NOOP("ud::core::Congress", "Filed")},
         {Decision::Rejected, "rejected", QT_TRANSLATE_NOOP("ud::core::Congress", "Not filed")},
         {Decision::Converted, "converted", QT_TRANSLATE_NOOP("ud::core::Congress", "Converted to a suggestion")},
         {Decision::Merged, "merged", QT_TRANSLATE_NOOP("ud::core::Congress", "Merged")},
         {Decision::Withdrawn, "withdrawn", QT_TRANSLATE_NOOP("ud::core::Congress", "Withdrawn")}});
    return list;
}

const KeyedEnum<ProposalKind>& proposalKinds()
{
    static const KeyedEnum<ProposalKind> list(
        "ud::core::Congress",
        {{ProposalKind::Proposal, "proposal", QT_TRANSLATE_NOOP("ud::core::Congress", "Proposal")},
         {ProposalKind::Suggestion, "suggestion", QT_TRANSLATE_NOOP("ud::core::Congress", "Suggestion")}});
    return list;
}

const KeyedEnum<AssignmentRole>& assignmentRoles()
{
    static const KeyedEnum<AssignmentRole> list(
        "ud::core::Congress",
        {{AssignmentRole::Lead, "lead", QT_TRANSLATE_NOOP("ud::core::Congress", "Lead unit")},
         {AssignmentRole::Co, "co", QT_TRANSLATE_NOOP("ud::core::Congress", "Co-handling unit")}});
    return list;
}

const KeyedEnum<ReplyResult>& replyResults()
{
    static const KeyedEnum<ReplyResult> list(
        "ud::core::Congress",
        {{ReplyResult::None, "", QT_TRANSLATE_NOOP("ud::core::Congress", "Not given")},
         {ReplyResult::A, "A", QT_TRANSLATE_NOOP("ud::core::Congress", "A (solved)")},
         {ReplyResult::B, "B", QT_TRANSLATE_NOOP("ud::core::Congress", "B (in progress or planned)")},
         {ReplyResult::C, "C", QT_TRANSLATE_NOOP("ud::core::Congress", "C (later)")},
         {ReplyResult::D, "D", QT_TRANSLATE_NOOP("ud::core::Congress", "D (for reference)")}});
    return list;
}

const KeyedEnum<Rating>& ratings()
{
    static const KeyedEnum<Rating> list(
        "ud::core::Congress",
        {{Rating::Satisfied, "satisfied", QT_TRANSLATE_NOOP("ud::core::Congress", "Satisfied")},
         {Rating::Basic, "basic", QT_TRANSLATE_NOOP("ud::core::Congress", "Basically satisfied")},
         {Rating::Unsatisfied, "unsatisfied", QT_TRANSLATE_NOOP("ud::core::Congress", "Not satisfied")}});
    return list;
}

const KeyedEnum<ReviewStatus>& reviewStatuses()
{
    static const KeyedEnum<ReviewStatus> list(
        "ud::core::Congress",
        {{ReviewStatus::Done, "done", QT_TRANSLATE_NOOP("ud::core::Congress", "Carried out")},
         {ReviewStatus::InProgress, "in_progress", QT_TRANSLATE_NOOP("ud::core::Congress", "Under way")},
         {ReviewStatus::NotDone, "not_done", QT_TRANSLATE_NOOP("ud::core::Congress", "Not carried out")}});
    return list;
}

const KeyedEnum<FollowUpStatus>& followUpStatuses()
{
    static const KeyedEnum<FollowUpStatus> list(
        "ud::core::Congress",
        {{FollowUpStatus::Open, "open", QT_TRANSLATE_NOOP("ud::core::Congress", "Open")},
         {FollowUpStatus::InProgress, "in_progress", QT_TRANSLATE_NOOP("ud::core::Congress", "Being handled")},
         {FollowUpStatus::Done, "done", QT_TRANSLATE_NOOP("ud::core::Congress", "Done")}});
    return list;
}

const KeyedEnum<CommitteeRole>& committeeRoles()
{
    static const KeyedEnum<CommitteeRole> list(
        "ud::core::Congress",
        {{CommitteeRole::Chair, "chair", QT_TRANSLATE_NOOP("ud::core::Congress", "Chair")},
         {CommitteeRole::ViceChair, "vice_chair", QT_TRANSLATE_NOOP("ud::core::Congress", "Vice chair")},
         {CommitteeRole::Member, "member", QT_TRANSLATE_NOOP("ud::core::Congress", "Member")}});
    return list;
}

bool CongressSession::acceptsOn(const QDate& day) const
{
    if (!day.isValid())
        return true;
    return (!opens.isValid() || day >= opens) && (!closes.isValid() || day <= closes);
}

const RecordType<CongressSession>& CongressSession::type()
{
    static const RecordType<CongressSession> type(
        tables::CongressSessions, "ud::core::Congress",
        {
            field("session_key", &CongressSession::key, QT_TRANSLATE_NOOP("ud::core::Congress", "Key"),
                  Required | Unique, 32, {QStringLiteral("简称"), QStringLiteral("会议代号")})
                .exportedAs("key")
                .form(QT_TRANSLATE_NOOP("ud::core::Congress", "&Key:"),
                      QT_TRANSLATE_NOOP("ud::core::Congress", "e.g. 12-2")),
            field("name", &CongressSession::name, QT_TRANSLATE_NOOP("ud::core::Congress", "Name"), Required, 200,
                  {QStringLiteral("会议名称"), QStringLiteral("名称")})
                .form(QT_TRANSLATE_NOOP("ud::core::Congress", "&Name:"),
                      QT_TRANSLATE_NOOP("ud::core::Congress", "e.g. 第十二届教代会暨第十四届工代会第二次会议")),
            field("term", &CongressSession::term, QT_TRANSLATE_NOOP("ud::core::Congress", "Term"), Required, 0,
                  {QStringLiteral("届")})
                .form(QT_TRANSLATE_NOOP("ud::core::Congress", "&Term:"))
                .range(1, 999),
            field("meeting", &CongressSession::meeting, QT_TRANSLATE_NOOP("ud::core::Congress", "Meeting"), Required, 0,
                  {QStringLiteral("次")})
                .form(QT_TRANSLATE_NOOP("ud::core::Congress", "&Meeting:"))
                .range(1, 99),
            field("year", &CongressSession::year, QT_TRANSLATE_NOOP("ud::core::Congress", "Year"), Required, 0,
                  {QStringLiteral("年度")})
                .form(QT_TRANSLATE_NOOP("ud::core::Congress", "&Year:"))
                .range(1900, 2999),
            field("meeting_start", &CongressSession::meetingStart,
                  QT_TRANSLATE_NOOP("ud::core::Congress", "Meeting starts"), 0, 0, {QStringLiteral("会议开始")})
                .form(QT_TRANSLATE_NOOP("ud::core::Congress", "Meeting &starts:")),
            field("meeting_end", &CongressSession::meetingEnd, QT_TRANSLATE_NOOP("ud::core::Congress", "Meeting ends"),
                  0, 0, {QStringLiteral("会议结束")})
                .form(QT_TRANSLATE_NOOP("ud::core::Congress", "Meeting &ends:")),
            field("opens", &CongressSession::opens, QT_TRANSLATE_NOOP("ud::core::Congress", "Proposals from"), 0, 0,
                  {QStringLiteral("征集开始")})
                .form(QT_TRANSLATE_NOOP("ud::core::Congress", "Proposals &from:")),
            field("closes", &CongressSession::closes, QT_TRANSLATE_NOOP("ud::core::Congress", "Proposals until"), 0, 0,
                  {QStringLiteral("征集截止")})
                .form(QT_TRANSLATE_NOOP("ud::core::Congress", "Proposals &until:")),
        },
        {QStringLiteral("name")});
    return type;
}

const RecordType<HandlingUnit>& HandlingUnit::type()
{
    static const RecordType<HandlingUnit> type(
        tables::HandlingUnits, "ud::core::Congress",
        {
            field("name", &HandlingUnit::name, QT_TRANSLATE_NOOP("ud::core::Congress", "Name"), Required | Unique, 100,
                  {QStringLiteral("名称"), QStringLiteral("承办单位"), QStringLiteral("单位")})
                .form(QT_TRANSLATE_NOOP("ud::core::Congress", "&Name:"),
                      QT_TRANSLATE_NOOP("ud::core::Congress", "e.g. 人事处")),
            field("short_name", &HandlingUnit::shortName, QT_TRANSLATE_NOOP("ud::core::Congress", "Short name"), 0, 32,
                  {QStringLiteral("简称")})
                .form(QT_TRANSLATE_NOOP("ud::core::Congress", "&Short name:")),
            field("sort_order", &HandlingUnit::sortOrder, QT_TRANSLATE_NOOP("ud::core::Congress", "Order"), 0, 0,
                  {QStringLiteral("排序")})
                .form(QT_TRANSLATE_NOOP("ud::core::Congress", "&Order:"))
                .range(-9999, 99999),
            field("active", &HandlingUnit::active, QT_TRANSLATE_NOOP("ud::core::Congress", "Status"), 0, 0,
                  {QStringLiteral("启用")})
                .form(QT_TRANSLATE_NOOP("ud::core::Congress", "This unit handles proposals"))
                .shownAs(QT_TRANSLATE_NOOP("ud::core::Congress", "Active"),
                         QT_TRANSLATE_NOOP("ud::core::Congress", "Inactive")),
        },
        {QStringLiteral("name")});
    return type;
}

const RecordType<Delegation>& Delegation::type()
{
    static const RecordType<Delegation> type(
        tables::Delegations, "ud::core::Congress",
        {
            field("term", &Delegation::term, QT_TRANSLATE_NOOP("ud::core::Congress", "Term"), Required, 0,
                  {QStringLiteral("届")})
                .form(QT_TRANSLATE_NOOP("ud::core::Congress", "&Term:"))
                .range(1, 999),
            field("name", &Delegation::name, QT_TRANSLATE_NOOP("ud::core::Congress", "Delegation"), Required, 100,
                  {QStringLiteral("代表团"), QStringLiteral("名称")})
                .form(QT_TRANSLATE_NOOP("ud::core::Congress", "&Name:"),
                      QT_TRANSLATE_NOOP("ud::core::Congress", "e.g. 经济学院代表团")),
            field("unit_id", &Delegation::unitId, QT_TRANSLATE_NOOP("ud::core::Congress", "Sub-union"), 0, 0,
                  {QStringLiteral("二级工会")})
                .exportedAs("unit_code")
                .refersTo(tables::Units, "code", "name")
                .form(QT_TRANSLATE_NOOP("ud::core::Congress", "&Sub-union:")),
            field("head_member_id", &Delegation::headMemberId, QT_TRANSLATE_NOOP("ud::core::Congress", "Head"), 0, 0,
                  {QStringLiteral("团长")})
                .exportedAs("head_staff_no")
                .refersTo(tables::Members, "staff_no", "name")
                .form(QT_TRANSLATE_NOOP("ud::core::Congress", "&Head:")),
            field("sort_order", &Delegation::sortOrder, QT_TRANSLATE_NOOP("ud::core::Congress", "Order"), 0, 0,
                  {QStringLiteral("排序")})
                .form(QT_TRANSLATE_NOOP("ud::core::Congress", "&Order:"))
                .range(-9999, 99999),
        },
        {QStringLiteral("name")});
    return type;
}

bool Representative::servesOn(const QDate& day) const
{
    if (!day.isValid())
        return !ended.isValid();
    return (!started.isValid() || started <= day) && (!ended.isValid() || day <= ended);
}

QString Representative::label() const
{
    return staffNo.isEmpty() ? name : QStringLiteral("%1（%2）").arg(name, staffNo);
}

const RecordType<Representative>& Representative::type()
{
    static const RecordType<Representative> type(
        tables::Representatives, "ud::core::Congress",
        {
            field("term", &Representative::term, QT_TRANSLATE_NOOP("ud::core::Congress", "Term"), Required, 0,
                  {QStringLiteral("届")})
                .range(1, 999),
            field("member_id", &Representative::memberId, QT_TRANSLATE_NOOP("ud::core::Congress", "Member"), Required,
                  0, {QStringLiteral("工号")})
                .exportedAs("staff_no")
                .refersTo(tables::Members, "staff_no", "name")
                .form(QT_TRANSLATE_NOOP("ud::core::Congress", "&Member:")),
            field("delegation_id", &Representative::delegationId, QT_TRANSLATE_NOOP("ud::core::Congress", "Delegation"),
                  Required, 0, {QStringLiteral("代表团")})
                .exportedAs("delegation")
                .refersTo(tables::Delegations, "name", "name")
                .form(QT_TRANSLATE_NOOP("ud::core::Congress", "&Delegation:")),
            field("started", &Representative::started, QT_TRANSLATE_NOOP("ud::core::Congress", "Serves from"), 0, 0,
                  {QStringLiteral("起始日期")})
                .form(QT_TRANSLATE_NOOP("ud::core::Congress", "Serves &from:")),
            field("ended", &Representative::ended, QT_TRANSLATE_NOOP("ud::core::Congress", "Served until"), 0, 0,
                  {QStringLiteral("终止日期")})
                .form(QT_TRANSLATE_NOOP("ud::core::Congress", "Served &until:")),
            field("replaces_id", &Representative::replacesId, QT_TRANSLATE_NOOP("ud::core::Congress", "Replaces"), 0, 0,
                  {})
                .refersTo(tables::Representatives, "id", "id"),
            field("note", &Representative::note, QT_TRANSLATE_NOOP("ud::core::Congress", "Note"), Multiline, 500,
                  {QStringLiteral("备注")})
                .form(QT_TRANSLATE_NOOP("ud::core::Congress", "N&ote:")),
            field("name", &Representative::name, QT_TRANSLATE_NOOP("ud::core::Congress", "Name"), ReadOnly, 0, {}),
            field("staff_no", &Representative::staffNo, QT_TRANSLATE_NOOP("ud::core::Congress", "Staff number"),
                  ReadOnly, 0, {}),
            field("delegation_name", &Representative::delegationName,
                  QT_TRANSLATE_NOOP("ud::core::Congress", "Delegation name"), ReadOnly, 0, {}),
        },
        {QStringLiteral("member_id")});
    return type;
}

const RecordType<Committee>& Committee::type()
{
    static const RecordType<Committee> type(
        tables::Committees, "ud::core::Congress",
        {
            field("term", &Committee::term, QT_TRANSLATE_NOOP("ud::core::Congress", "Term"), Required, 0,
                  {QStringLiteral("届")})
                .range(1, 999),
            field("name", &Committee::name, QT_TRANSLATE_NOOP("ud::core::Congress", "Committee"), Required, 100,
                  {QStringLiteral("委员会")})
                .form(QT_TRANSLATE_NOOP("ud::core::Congress", "&Name:"),
                      QT_TRANSLATE_NOOP("ud::core::Congress", "e.g. 提案工作委员会")),
            field("proposal", &Committee::proposal, QT_TRANSLATE_NOOP("ud::core::Congress", "Proposal committee"), 0, 0,
                  {})
                .form(QT_TRANSLATE_NOOP("ud::core::Congress", "This is the proposal committee")),
        },
        {QStringLiteral("name")});
    return type;
}

const RecordType<CommitteeMember>& CommitteeMember::type()
{
    static const RecordType<CommitteeMember> type(
        tables::CommitteeMembers, "ud::core::Congress",
        {
            field("committee_id", &CommitteeMember::committeeId, QT_TRANSLATE_NOOP("ud::core::Congress", "Committee"),
                  Required, 0, {})
                .refersTo(tables::Committees, "name", "name"),
            field("member_id", &CommitteeMember::memberId, QT_TRANSLATE_NOOP("ud::core::Congress", "Member"), Required,
                  0, {QStringLiteral("工号")})
                .refersTo(tables::Members, "staff_no", "name"),
            enumField("role", &CommitteeMember::role, committeeRoles(), CommitteeRole::Member,
                      QT_TRANSLATE_NOOP("ud::core::Congress", "Role"), 0, {QStringLiteral("职务")}),
        },
        {QStringLiteral("member_id"), QStringLiteral("committee_id")});
    return type;
}

const RecordType<Proposal>& Proposal::type()
{
    static const RecordType<Proposal> type(
        tables::Proposals, "ud::core::Congress",
        {
            field("session_id", &Proposal::sessionId, QT_TRANSLATE_NOOP("ud::core::Congress", "Session"), Required, 0,
                  {})
                .exportedAs("session")
                .refersTo(tables::CongressSessions, "session_key", "session_key"),
            field("number", &Proposal::number, QT_TRANSLATE_NOOP("ud::core::Congress", "Number"), Required, 32,
                  {QStringLiteral("提案号"), QStringLiteral("编号")})
                .form(QT_TRANSLATE_NOOP("ud::core::Congress", "N&umber:")),
            enumField("kind", &Proposal::kind, proposalKinds(), ProposalKind::Proposal,
                      QT_TRANSLATE_NOOP("ud::core::Congress", "Kind"), 0, {QStringLiteral("类型")}),
            field("title", &Proposal::title, QT_TRANSLATE_NOOP("ud::core::Congress", "Title"), Required, 200,
                  {QStringLiteral("案由"), QStringLiteral("标题")})
                .form(QT_TRANSLATE_NOOP("ud::core::Congress", "&Title:"),
                      QT_TRANSLATE_NOOP("ud::core::Congress", "案由: one matter per proposal")),
            field("reasons", &Proposal::reasons, QT_TRANSLATE_NOOP("ud::core::Congress", "Reasons"), Multiline, 20000,
                  {QStringLiteral("理由")})
                .form(QT_TRANSLATE_NOOP("ud::core::Congress", "&Reasons:")),
            field("measures", &Proposal::measures, QT_TRANSLATE_NOOP("ud::core::Congress", "Measures"), Multiline,
                  20000, {QStringLiteral("建议措施"), QStringLiteral("措施")})
                .form(QT_TRANSLATE_NOOP("ud::core::Congress", "&Measures:")),
            field("category", &Proposal::category, QT_TRANSLATE_NOOP("ud::core::Congress", "Category"), 0, 50,
                  {QStringLiteral("类别")})
                .form(QT_TRANSLATE_NOOP("ud::core::Congress", "&Category:")),
            field("proposer_category", &Proposal::proposerCategory,
                  QT_TRANSLATE_NOOP("ud::core::Congress", "Proposer's category"), 0, 50,
                  {QStringLiteral("提案人类别")}),
            field("proposer_rep_id", &Proposal::proposerRepId, QT_TRANSLATE_NOOP("ud::core::Congress", "Proposer"), 0,
                  0, {QStringLiteral("提案人")})
                .refersTo(tables::Representatives, "id", "id"),
            field("proposer_delegation_id", &Proposal::proposerDelegationId,
                  QT_TRANSLATE_NOOP("ud::core::Congress", "Proposing delegation"), 0, 0, {})
                .refersTo(tables::Delegations, "name", "name"),
            field("suggested_unit", &Proposal::suggestedUnit, QT_TRANSLATE_NOOP("ud::core::Congress", "Suggested unit"),
                  0, 100, {QStringLiteral("建议承办单位")})
                .form(QT_TRANSLATE_NOOP("ud::core::Congress", "Suggested &unit:")),
            field("submitted", &Proposal::submitted, QT_TRANSLATE_NOOP("ud::core::Congress", "Submitted"), 0, 0,
                  {QStringLiteral("提交日期")})
                .form(QT_TRANSLATE_NOOP("ud::core::Congress", "&Submitted:")),
            enumField("decision", &Proposal::decision, decisions(), Decision::Pending,
                      QT_TRANSLATE_NOOP("ud::core::Congress", "Decision"), 0, {QStringLiteral("立案情况")}),
            field("decision_date", &Proposal::decisionDate, QT_TRANSLATE_NOOP("ud::core::Congress", "Decided"), 0, 0,
                  {QStringLiteral("审查日期")}),
            field("decision_reason", &Proposal::decisionReason, QT_TRANSLATE_NOOP("ud::core::Congress", "Reason"),
                  Multiline, 2000, {QStringLiteral("不立案理由")}),
            field("merged_into_id", &Proposal::mergedIntoId, QT_TRANSLATE_NOOP("ud::core::Congress", "Merged into"), 0,
                  0, {QStringLiteral("并入提案号")})
                .refersTo(tables::Proposals, "number", "number"),
            field("key_proposal", &Proposal::keyProposal, QT_TRANSLATE_NOOP("ud::core::Congress", "Key proposal"), 0, 0,
                  {QStringLiteral("重点提案")})
                .form(QT_TRANSLATE_NOOP("ud::core::Congress", "&Key proposal")),
            field("round", &Proposal::round, QT_TRANSLATE_NOOP("ud::core::Congress", "Round"), 0, 0, {}).range(1, 99),
            field("note", &Proposal::note, QT_TRANSLATE_NOOP("ud::core::Congress", "Note"), Multiline, 2000,
                  {QStringLiteral("备注")})
                .form(QT_TRANSLATE_NOOP("ud::core::Congress", "N&ote:")),
        },
        {QStringLiteral("number"), QStringLiteral("title")});
    return type;
}

const RecordType<Assignment>& Assignment::type()
{
    static const RecordType<Assignment> type(
        tables::Assignments, "ud::core::Congress",
        {
            field("proposal_id", &Assignment::proposalId, QT_TRANSLATE_NOOP("ud::core::Congress", "Proposal"), Required,
                  0, {})
                .refersTo(tables::Proposals, "number", "number"),
            field("round", &Assignment::round, QT_TRANSLATE_NOOP("ud::core::Congress", "Round"), 0, 0, {}).range(1, 99),
            field("unit_id", &Assignment::unitId, QT_TRANSLATE_NOOP("ud::core::Congress", "Handling unit"), Required, 0,
                  {})
                .refersTo(tables::HandlingUnits, "name", "name"),
            enumField("role", &Assignment::role, assignmentRoles(), AssignmentRole::Lead,
                      QT_TRANSLATE_NOOP("ud::core::Congress", "Role"), 0, {}),
            field("assigned", &Assignment::assigned, QT_TRANSLATE_NOOP("ud::core::Congress", "Assigned"), 0, 0, {}),
            field("deadline", &Assignment::deadline, QT_TRANSLATE_NOOP("ud::core::Congress", "Reply due"), 0, 0,
                  {QStringLiteral("办理期限")}),
            field("unit_name", &Assignment::unitName, QT_TRANSLATE_NOOP("ud::core::Congress", "Unit name"), ReadOnly, 0,
                  {}),
        },
        {QStringLiteral("proposal_id"), QStringLiteral("unit_id")});
    return type;
}

const RecordType<Reply>& Reply::type()
{
    static const RecordType<Reply> type(
        tables::Replies, "ud::core::Congress",
        {
            field("proposal_id", &Reply::proposalId, QT_TRANSLATE_NOOP("ud::core::Congress", "Proposal"), Required, 0,
                  {})
                .refersTo(tables::Proposals, "number", "number"),
            field("round", &Reply::round, QT_TRANSLATE_NOOP("ud::core::Congress", "Round"), 0, 0, {}).range(1, 99),
            field("replied", &Reply::replied, QT_TRANSLATE_NOOP("ud::core::Congress", "Replied"), Required, 0,
                  {QStringLiteral("答复日期")}),
            field("text", &Reply::text, QT_TRANSLATE_NOOP("ud::core::Congress", "Reply"), Multiline, 20000,
                  {QStringLiteral("答复内容")}),
            enumField("result", &Reply::result, replyResults(), ReplyResult::None,
                      QT_TRANSLATE_NOOP("ud::core::Congress", "Result"), 0, {QStringLiteral("答复结果")}),
            field("completion", &Reply::completion, QT_TRANSLATE_NOOP("ud::core::Congress", "To be completed"), 0, 0,
                  {QStringLiteral("完成时间")}),
        },
        {QStringLiteral("proposal_id"), QStringLiteral("round")});
    return type;
}

const RecordType<ProposalRating>& ProposalRating::type()
{
    static const RecordType<ProposalRating> type(
        tables::Ratings, "ud::core::Congress",
        {
            field("proposal_id", &ProposalRating::proposalId, QT_TRANSLATE_NOOP("ud::core::Congress", "Proposal"),
                  Required, 0, {})
                .refersTo(tables::Proposals, "number", "number"),
            field("round", &ProposalRating::round, QT_TRANSLATE_NOOP("ud::core::Congress", "Round"), 0, 0, {})
                .range(1, 99),
            field("rep_id", &ProposalRating::repId, QT_TRANSLATE_NOOP("ud::core::Congress", "Co-signer"), 0, 0, {})
                .refersTo(tables::Representatives, "id", "id"),
            enumField("rating", &ProposalRating::rating, ratings(), Rating::Satisfied,
                      QT_TRANSLATE_NOOP("ud::core::Congress", "Rating"), 0, {QStringLiteral("满意度")}),
            field("rated", &ProposalRating::rated, QT_TRANSLATE_NOOP("ud::core::Congress", "Rated"), 0, 0, {}),
            field("comment", &ProposalRating::comment, QT_TRANSLATE_NOOP("ud::core::Congress", "Comment"), Multiline,
                  2000, {}),
        },
        {QStringLiteral("proposal_id"), QStringLiteral("rating")});
    return type;
}

const RecordType<ProposalReview>& ProposalReview::type()
{
    static const RecordType<ProposalReview> type(
        tables::Reviews, "ud::core::Congress",
        {
            field("proposal_id", &ProposalReview::proposalId, QT_TRANSLATE_NOOP("ud::core::Congress", "Proposal"),
                  Required, 0, {})
                .refersTo(tables::Proposals, "number", "number"),
            field("reviewed", &ProposalReview::reviewed, QT_TRANSLATE_NOOP("ud::core::Congress", "Reviewed"), Required,
                  0, {}),
            field("findings", &ProposalReview::findings, QT_TRANSLATE_NOOP("ud::core::Congress", "Findings"), Multiline,
                  20000, {}),
            enumField("status", &ProposalReview::status, reviewStatuses(), ReviewStatus::InProgress,
                      QT_TRANSLATE_NOOP("ud::core::Congress", "Status"), 0, {}),
        },
        {QStringLiteral("proposal_id"), QStringLiteral("reviewed")});
    return type;
}

const RecordType<Inspection>& Inspection::type()
{
    static const RecordType<Inspection> type(
        tables::Inspections, "ud::core::Congress",
        {
            field("term", &Inspection::term, QT_TRANSLATE_NOOP("ud::core::Congress", "Term"), Required, 0, {})
                .range(1, 999),
            field("inspected", &Inspection::inspected, QT_TRANSLATE_NOOP("ud::core::Congress", "Date"), Required, 0,
                  {QStringLiteral("日期")})
                .form(QT_TRANSLATE_NOOP("ud::core::Congress", "&Date:")),
            field("topic", &Inspection::topic, QT_TRANSLATE_NOOP("ud::core::Congress", "Topic"), Required, 200,
                  {QStringLiteral("主题")})
                .form(QT_TRANSLATE_NOOP("ud::core::Congress", "&Topic:")),
            field("places", &Inspection::places, QT_TRANSLATE_NOOP("ud::core::Congress", "Places"), 0, 500,
                  {QStringLiteral("地点")})
                .form(QT_TRANSLATE_NOOP("ud::core::Congress", "&Places:")),
            field("findings", &Inspection::findings, QT_TRANSLATE_NOOP("ud::core::Congress", "Findings"), Multiline,
                  20000, {QStringLiteral("发现问题")})
                .form(QT_TRANSLATE_NOOP("ud::core::Congress", "&Findings:")),
        },
        {QStringLiteral("inspected"), QStringLiteral("topic")});
    return type;
}

const RecordType<InspectionItem>& InspectionItem::type()
{
    static const RecordType<InspectionItem> type(
        tables::InspectionItems, "ud::core::Congress",
        {
            field("inspection_id", &InspectionItem::inspectionId, QT_TRANSLATE_NOOP("ud::core::Congress", "Inspection"),
                  Required, 0, {})
                .refersTo(tables::Inspections, "topic", "topic"),
            field("text", &InspectionItem::text, QT_TRANSLATE_NOOP("ud::core::Congress", "Follow-up"), Required, 2000,
                  {}),
            field("unit_id", &InspectionItem::unitId, QT_TRANSLATE_NOOP("ud::core::Congress", "Handling unit"), 0, 0,
                  {})
                .refersTo(tables::HandlingUnits, "name", "name"),
            enumField("status", &InspectionItem::status, followUpStatuses(), FollowUpStatus::Open,
                      QT_TRANSLATE_NOOP("ud::core::Congress", "Status"), 0, {}),
            field("note", &InspectionItem::note, QT_TRANSLATE_NOOP("ud::core::Congress", "Note"), Multiline, 2000, {}),
        },
        {QStringLiteral("text")});
    return type;
}

QStringList proposalCategories(Database& db)
{
    QStringList list;
    for (const QString& line : DatabaseSettings(db).value(settings::ProposalCategories).split(QLatin1Char('\n')))
        if (!line.trimmed().isEmpty())
            list << line.trimmed();
    return list;
}

QList<Table> congressTables()
{
    return {tables::CongressSessions, tables::HandlingUnits,    tables::Delegations,    tables::Representatives,
            tables::Committees,       tables::CommitteeMembers, tables::Proposals,      tables::Cosigners,
            tables::Assignments,      tables::Replies,          tables::Ratings,        tables::Reviews,
            tables::Inspections,      tables::InspectionReps,   tables::InspectionItems};
}

} // namespace ud::core
