#include "core/awards/Awards.h"

#include "core/members/Member.h"
#include "core/units/SubUnit.h"

#include <QRegularExpression>

namespace ud::core {

const KeyedEnum<AwardKind>& awardKinds()
{
    static const KeyedEnum<AwardKind> list(
        "ud::core::Awards",
        {{AwardKind::Individual, "individual", QT_TRANSLATE_NOOP("ud::core::Awards", "Individual")},
         {AwardKind::Collective, "collective", QT_TRANSLATE_NOOP("ud::core::Awards", "Collective")},
         {AwardKind::Both, "both", QT_TRANSLATE_NOOP("ud::core::Awards", "Individual or collective")}});
    return list;
}

const KeyedEnum<RepeatRule>& repeatRules()
{
    static const KeyedEnum<RepeatRule> list(
        "ud::core::Awards",
        {{RepeatRule::None, "none", QT_TRANSLATE_NOOP("ud::core::Awards", "No repeat rule")},
         {RepeatRule::Years, "years", QT_TRANSLATE_NOOP("ud::core::Awards", "Not again within some years")},
         {RepeatRule::Never, "never", QT_TRANSLATE_NOOP("ud::core::Awards", "Once only")}});
    return list;
}

const KeyedEnum<CheckSeverity>& checkSeverities()
{
    static const KeyedEnum<CheckSeverity> list(
        "ud::core::Awards", {{CheckSeverity::Refuse, "refuse", QT_TRANSLATE_NOOP("ud::core::Awards", "Refused")},
                             {CheckSeverity::Warn, "warn", QT_TRANSLATE_NOOP("ud::core::Awards", "Warning")}});
    return list;
}

const KeyedEnum<AwardRule>& awardRules()
{
    static const KeyedEnum<AwardRule> list(
        "ud::core::Awards",
        {{AwardRule::Quota, "quota", QT_TRANSLATE_NOOP("ud::core::Awards", "Over the quota")},
         {AwardRule::Repeat, "repeat", QT_TRANSLATE_NOOP("ud::core::Awards", "Repeat award")},
         {AwardRule::WomenShare, "women_share", QT_TRANSLATE_NOOP("ud::core::Awards", "Share of women")},
         {AwardRule::FemaleHead, "female_head", QT_TRANSLATE_NOOP("ud::core::Awards", "Woman as head")},
         {AwardRule::MinSize, "min_size", QT_TRANSLATE_NOOP("ud::core::Awards", "Size of the collective")},
         {AwardRule::NotActive, "not_active", QT_TRANSLATE_NOOP("ud::core::Awards", "Not an active member")},
         {AwardRule::Duplicate, "duplicate", QT_TRANSLATE_NOOP("ud::core::Awards", "Nominated twice")},
         {AwardRule::DeedsLength, "deeds_length", QT_TRANSLATE_NOOP("ud::core::Awards", "Deeds too short")}});
    return list;
}

const KeyedEnum<RoundStage>& roundStages()
{
    static const KeyedEnum<RoundStage> list(
        "ud::core::Awards",
        {{RoundStage::Nominating, "nominating", QT_TRANSLATE_NOOP("ud::core::Awards", "Nominating")},
         {RoundStage::Review, "review", QT_TRANSLATE_NOOP("ud::core::Awards", "In review")},
         {RoundStage::Publicity, "publicity", QT_TRANSLATE_NOOP("ud::core::Awards", "In publicity")},
         {RoundStage::Final, "final", QT_TRANSLATE_NOOP("ud::core::Awards", "Final")}});
    return list;
}

const KeyedEnum<NomineeKind>& nomineeKinds()
{
    static const KeyedEnum<NomineeKind> list(
        "ud::core::Awards",
        {{NomineeKind::Individual, "individual", QT_TRANSLATE_NOOP("ud::core::Awards", "Individual")},
         {NomineeKind::Collective, "collective", QT_TRANSLATE_NOOP("ud::core::Awards", "Collective")}});
    return list;
}

const KeyedEnum<NominationStatus>& nominationStatuses()
{
    static const KeyedEnum<NominationStatus> list(
        "ud::core::Awards",
        {{NominationStatus::Nominated, "nominated", QT_TRANSLATE_NOOP("ud::core::Awards", "Nominated")},
         {NominationStatus::Selected, "selected", QT_TRANSLATE_NOOP("ud::core::Awards", "Selected")},
         {NominationStatus::Withdrawn, "withdrawn", QT_TRANSLATE_NOOP("ud::core::Awards", "Withdrawn")},
         {NominationStatus::Final, "final", QT_TRANSLATE_NOOP("ud::core::Awards", "Awarded")}});
    return list;
}

const KeyedEnum<ObjectionOutcome>& objectionOutcomes()
{
    static const KeyedEnum<ObjectionOutcome> list(
        "ud::core::Awards",
        {{ObjectionOutcome::Pending, "pending", QT_TRANSLATE_NOOP("ud::core::Awards", "Pending")},
         {ObjectionOutcome::Upheld, "upheld", QT_TRANSLATE_NOOP("ud::core::Awards", "Upheld")},
         {ObjectionOutcome::Dismissed, "dismissed", QT_TRANSLATE_NOOP("ud::core::Awards", "Dismissed")}});
    return list;
}

const KeyedEnum<HistorySource>& historySources()
{
    static const KeyedEnum<HistorySource> list(
        "ud::core::Awards",
        {{HistorySource::Round, "round", QT_TRANSLATE_NOOP("ud::core::Awards", "Final list of a round")},
         {HistorySource::Imported, "imported", QT_TRANSLATE_NOOP("ud::core::Awards", "Imported")}});
    return list;
}

const KeyedEnum<QuotaRounding>& quotaRoundings()
{
    static const KeyedEnum<QuotaRounding> list(
        "ud::core::Awards", {{QuotaRounding::HalfUp, "half_up", QT_TRANSLATE_NOOP("ud::core::Awards", "Round half up")},
                             {QuotaRounding::Down, "down", QT_TRANSLATE_NOOP("ud::core::Awards", "Round down")},
                             {QuotaRounding::Up, "up", QT_TRANSLATE_NOOP("ud::core::Awards", "Round up")}});
    return list;
}

// ---- award types

bool AwardType::allows(NomineeKind k) const
{
    return kind == AwardKind::Both || (kind == AwardKind::Individual) == (k == NomineeKind::Individual);
}

namespace {
CheckSeverity AwardType::*severityMember(AwardRule rule)
{
    switch (rule) {
    case AwardRule::Quota:
        return &AwardType::quotaCheck;
    case AwardRule::Repeat:
        return &AwardType::repeatCheck;
    case AwardRule::WomenShare:
        return &AwardType::womenShareCheck;
    case AwardRule::FemaleHead:
        return &AwardType::femaleHeadCheck;
    case AwardRule::MinSize:
        return &AwardType::minSizeCheck;
    case AwardRule::NotActive:
        return &AwardType::notActiveCheck;
    case AwardRule::Duplicate:
        return &AwardType::duplicateCheck;
    case AwardRule::DeedsLength:
        break;
    }
    return &AwardType::deedsLengthCheck;
}

Field<AwardType> checkField(const char* column, AwardRule rule, const char* title, const char* label)
{
    return enumField(column, severityMember(rule), checkSeverities(), CheckSeverity::Refuse, title)
        .form(label, nullptr,
              QT_TRANSLATE_NOOP("ud::core::Awards",
                                "Refused: the nomination is not accepted. Warning: it is accepted and shown."));
}
} // namespace

CheckSeverity AwardType::severity(AwardRule rule) const
{
    return this->*severityMember(rule);
}

void AwardType::setSeverity(AwardRule rule, CheckSeverity s)
{
    this->*severityMember(rule) = s;
}

const RecordType<AwardType>& AwardType::type()
{
    static const RecordType<AwardType> type(
        tables::AwardTypes, "ud::core::Awards",
        {
            field("name", &AwardType::name, QT_TRANSLATE_NOOP("ud::core::Awards", "Award"), Required | Unique, 100,
                  {QStringLiteral("奖项"), QStringLiteral("名称")})
                .form(QT_TRANSLATE_NOOP("ud::core::Awards", "&Award:"),
                      QT_TRANSLATE_NOOP("ud::core::Awards", "e.g. 最美教师")),
            enumField("kind", &AwardType::kind, awardKinds(), AwardKind::Individual,
                      QT_TRANSLATE_NOOP("ud::core::Awards", "For"), 0, {QStringLiteral("类型")})
                .form(QT_TRANSLATE_NOOP("ud::core::Awards", "&For:")),
            enumField("repeat_rule", &AwardType::repeatRule, repeatRules(), RepeatRule::None,
                      QT_TRANSLATE_NOOP("ud::core::Awards", "Repeat rule"), 0, {})
                .form(QT_TRANSLATE_NOOP("ud::core::Awards", "&Repeat rule:"), nullptr,
                      QT_TRANSLATE_NOOP("ud::core::Awards",
                                        "Whether the same person or collective may be given the award again")),
            field("repeat_years", &AwardType::repeatYears,
                  QT_TRANSLATE_NOOP("ud::core::Awards", "Not again within (years)"), 0, 0, {})
                .form(
                    QT_TRANSLATE_NOOP("ud::core::Awards", "Not again &within (years):"), nullptr,
                    QT_TRANSLATE_NOOP("ud::core::Awards",
                                      "A 2024 round with 3 years excludes those given the award in 2021, 2022 or 2023"))
                .range(0, 99),
            field("min_women_percent", &AwardType::minWomenPercent,
                  QT_TRANSLATE_NOOP("ud::core::Awards", "Least share of women (%)"), 0, 0, {})
                .form(QT_TRANSLATE_NOOP("ud::core::Awards", "Least share of &women (%):"), nullptr,
                      QT_TRANSLATE_NOOP("ud::core::Awards", "A collective's women among its people; 0: no rule"))
                .range(0, 100),
            field("female_head", &AwardType::femaleHead, QT_TRANSLATE_NOOP("ud::core::Awards", "Woman as head"), 0, 0,
                  {})
                .form(QT_TRANSLATE_NOOP("ud::core::Awards", "A collective's &head must be a woman"))
                .shownAs(QT_TRANSLATE_NOOP("ud::core::Awards", "Required"),
                         QT_TRANSLATE_NOOP("ud::core::Awards", "No rule")),
            field("min_size", &AwardType::minSize, QT_TRANSLATE_NOOP("ud::core::Awards", "Least size"), 0, 0, {})
                .form(QT_TRANSLATE_NOOP("ud::core::Awards", "Least si&ze:"), nullptr,
                      QT_TRANSLATE_NOOP("ud::core::Awards", "A collective's people at least; 0: no rule"))
                .range(0, 9999),
            field("min_deeds", &AwardType::minDeeds, QT_TRANSLATE_NOOP("ud::core::Awards", "Least deeds length"), 0, 0,
                  {})
                .form(QT_TRANSLATE_NOOP("ud::core::Awards", "Least &deeds length:"), nullptr,
                      QT_TRANSLATE_NOOP("ud::core::Awards", "Characters of the deeds (事迹) at least; 0: no rule"))
                .range(0, 100000),
            checkField("quota_check", AwardRule::Quota, QT_TRANSLATE_NOOP("ud::core::Awards", "Over the quota"),
                       QT_TRANSLATE_NOOP("ud::core::Awards", "Over the &quota:")),
            checkField("repeat_check", AwardRule::Repeat, QT_TRANSLATE_NOOP("ud::core::Awards", "Repeat award"),
                       QT_TRANSLATE_NOOP("ud::core::Awards", "Repeat a&ward:")),
            checkField("women_share_check", AwardRule::WomenShare,
                       QT_TRANSLATE_NOOP("ud::core::Awards", "Share of women"),
                       QT_TRANSLATE_NOOP("ud::core::Awards", "Share of wo&men:")),
            checkField("female_head_check", AwardRule::FemaleHead,
                       QT_TRANSLATE_NOOP("ud::core::Awards", "Woman as head"),
                       QT_TRANSLATE_NOOP("ud::core::Awards", "Woman as h&ead:")),
            checkField("min_size_check", AwardRule::MinSize,
                       QT_TRANSLATE_NOOP("ud::core::Awards", "Size of the collective"),
                       QT_TRANSLATE_NOOP("ud::core::Awards", "Si&ze of the collective:")),
            checkField("not_active_check", AwardRule::NotActive,
                       QT_TRANSLATE_NOOP("ud::core::Awards", "Not an active member"),
                       QT_TRANSLATE_NOOP("ud::core::Awards", "Not an acti&ve member:")),
            checkField("duplicate_check", AwardRule::Duplicate,
                       QT_TRANSLATE_NOOP("ud::core::Awards", "Nominated twice"),
                       QT_TRANSLATE_NOOP("ud::core::Awards", "Nominated t&wice:")),
            checkField("deeds_length_check", AwardRule::DeedsLength,
                       QT_TRANSLATE_NOOP("ud::core::Awards", "Deeds too short"),
                       QT_TRANSLATE_NOOP("ud::core::Awards", "Deeds too s&hort:")),
            field("sort_order", &AwardType::sortOrder, QT_TRANSLATE_NOOP("ud::core::Awards", "Order"), 0, 0,
                  {QStringLiteral("排序")})
                .form(QT_TRANSLATE_NOOP("ud::core::Awards", "Or&der:"))
                .range(-9999, 99999),
            field("note", &AwardType::note, QT_TRANSLATE_NOOP("ud::core::Awards", "Note"), Multiline, 2000,
                  {QStringLiteral("备注")})
                .form(QT_TRANSLATE_NOOP("ud::core::Awards", "N&ote:")),
        },
        {QStringLiteral("name")});
    return type;
}

// ---- rounds

const RecordType<AwardRound>& AwardRound::type()
{
    static const RecordType<AwardRound> type(
        tables::AwardRounds, "ud::core::Awards",
        {
            field("round_key", &AwardRound::key, QT_TRANSLATE_NOOP("ud::core::Awards", "Key"), Required | Unique, 64,
                  {QStringLiteral("代码")})
                .exportedAs("key")
                .form(QT_TRANSLATE_NOOP("ud::core::Awards", "&Key:"),
                      QT_TRANSLATE_NOOP("ud::core::Awards", "e.g. 2024-最美教师"),
                      QT_TRANSLATE_NOOP("ud::core::Awards", "How the command line and files name the round")),
            field("year", &AwardRound::year, QT_TRANSLATE_NOOP("ud::core::Awards", "Year"), Required, 0,
                  {QStringLiteral("年度")})
                .form(QT_TRANSLATE_NOOP("ud::core::Awards", "&Year:"))
                .range(1900, 2999),
            field("award_type_id", &AwardRound::awardTypeId, QT_TRANSLATE_NOOP("ud::core::Awards", "Award"), Required,
                  0, {QStringLiteral("奖项")})
                .exportedAs("award")
                .refersTo(tables::AwardTypes, "name", "name")
                .form(QT_TRANSLATE_NOOP("ud::core::Awards", "&Award:")),
            field("opens", &AwardRound::opens, QT_TRANSLATE_NOOP("ud::core::Awards", "Nominations from"), 0, 0, {})
                .form(QT_TRANSLATE_NOOP("ud::core::Awards", "Nominations &from:")),
            field("closes", &AwardRound::closes, QT_TRANSLATE_NOOP("ud::core::Awards", "Nominations until"), 0, 0, {})
                .form(QT_TRANSLATE_NOOP("ud::core::Awards", "Nominations &until:")),
            field("total_quota", &AwardRound::totalQuota, QT_TRANSLATE_NOOP("ud::core::Awards", "Total quota"), 0, 0,
                  {QStringLiteral("名额")})
                .form(QT_TRANSLATE_NOOP("ud::core::Awards", "&Total quota:"), nullptr,
                      QT_TRANSLATE_NOOP("ud::core::Awards", "How many are awarded; 0: no limit"))
                .range(0, 99999),
            field("quota_bp", &AwardRound::quotaBp,
                  QT_TRANSLATE_NOOP("ud::core::Awards", "Quota per sub-union (0.01 %)"), 0, 0, {})
                .exportedAs("quota_percent_x100")
                .form(
                    QT_TRANSLATE_NOOP("ud::core::Awards", "Quota &percent:"), nullptr,
                    QT_TRANSLATE_NOOP("ud::core::Awards",
                                      "A sub-union may nominate this share of its active members on the cut-off date"))
                .range(0, 10000),
            field("cutoff", &AwardRound::cutoff, QT_TRANSLATE_NOOP("ud::core::Awards", "Headcount on"), 0, 0, {})
                .form(
                    QT_TRANSLATE_NOOP("ud::core::Awards", "Head&count on:"), nullptr,
                    QT_TRANSLATE_NOOP("ud::core::Awards", "The day whose active members the quotas are computed from")),
            field("committee_weight", &AwardRound::committeeWeight,
                  QT_TRANSLATE_NOOP("ud::core::Awards", "Committee weight (%)"), 0, 0, {})
                .form(QT_TRANSLATE_NOOP("ud::core::Awards", "&Committee weight (%):"), nullptr,
                      QT_TRANSLATE_NOOP(
                          "ud::core::Awards",
                          "The committee's score against the public vote, e.g. 60 for 60/40; 100: no public vote"))
                .range(0, 100),
            enumField("stage", &AwardRound::stage, roundStages(), RoundStage::Nominating,
                      QT_TRANSLATE_NOOP("ud::core::Awards", "Stage"), 0, {}),
            field("publicity_start", &AwardRound::publicityStart,
                  QT_TRANSLATE_NOOP("ud::core::Awards", "Publicity from"), 0, 0, {}),
            field("publicity_days", &AwardRound::publicityDays,
                  QT_TRANSLATE_NOOP("ud::core::Awards", "Publicity (working days)"), 0, 0, {})
                .range(1, 99),
            field("publicity_end", &AwardRound::publicityEnd, QT_TRANSLATE_NOOP("ud::core::Awards", "Publicity until"),
                  0, 0, {}),
            field("objections_to", &AwardRound::objectionsTo, QT_TRANSLATE_NOOP("ud::core::Awards", "Objections to"), 0,
                  300, {})
                .form(QT_TRANSLATE_NOOP("ud::core::Awards", "&Objections to:"),
                      QT_TRANSLATE_NOOP("ud::core::Awards", "e.g. 校工会办公室，电话 88888888"),
                      QT_TRANSLATE_NOOP("ud::core::Awards", "Where the 公示 notice asks objections to be sent")),
            field("finalized", &AwardRound::finalized, QT_TRANSLATE_NOOP("ud::core::Awards", "Final on"), 0, 0, {}),
            field("unlock_reason", &AwardRound::unlockReason,
                  QT_TRANSLATE_NOOP("ud::core::Awards", "Reason for unlocking"), 0, 500, {}),
            field("note", &AwardRound::note, QT_TRANSLATE_NOOP("ud::core::Awards", "Note"), Multiline, 2000,
                  {QStringLiteral("备注")})
                .form(QT_TRANSLATE_NOOP("ud::core::Awards", "N&ote:")),
            field("award_name", &AwardRound::awardName, QT_TRANSLATE_NOOP("ud::core::Awards", "Award name"), ReadOnly,
                  0, {}),
        },
        {QStringLiteral("round_key")});
    return type;
}

const RecordType<AwardQuota>& AwardQuota::type()
{
    static const RecordType<AwardQuota> type(
        tables::AwardQuotas, "ud::core::Awards",
        {
            field("round_id", &AwardQuota::roundId, QT_TRANSLATE_NOOP("ud::core::Awards", "Round"), Required, 0, {})
                .exportedAs("round")
                .refersTo(tables::AwardRounds, "round_key", "round_key"),
            field("unit_id", &AwardQuota::unitId, QT_TRANSLATE_NOOP("ud::core::Awards", "Sub-union"), Required, 0, {})
                .exportedAs("unit_code")
                .refersTo(tables::Units, "code", "name"),
            field("headcount", &AwardQuota::headcount, QT_TRANSLATE_NOOP("ud::core::Awards", "Active members"), 0, 0,
                  {})
                .range(0, 999999),
            field("computed", &AwardQuota::computed, QT_TRANSLATE_NOOP("ud::core::Awards", "Computed quota"), 0, 0, {})
                .range(0, 999999),
            field("quota", &AwardQuota::quota, QT_TRANSLATE_NOOP("ud::core::Awards", "Quota"), 0, 0, {})
                .form(QT_TRANSLATE_NOOP("ud::core::Awards", "&Quota:"))
                .range(0, 999999),
            field("reason", &AwardQuota::reason, QT_TRANSLATE_NOOP("ud::core::Awards", "Reason for the change"), 0, 500,
                  {})
                .form(QT_TRANSLATE_NOOP("ud::core::Awards", "&Reason:"),
                      QT_TRANSLATE_NOOP("ud::core::Awards", "e.g. 完成年度工作任务，上浮5%")),
            field("unit_name", &AwardQuota::unitName, QT_TRANSLATE_NOOP("ud::core::Awards", "Sub-union name"), ReadOnly,
                  0, {}),
            field("unit_code", &AwardQuota::unitCode, QT_TRANSLATE_NOOP("ud::core::Awards", "Sub-union code"), ReadOnly,
                  0, {}),
        },
        {QStringLiteral("round_id"), QStringLiteral("unit_id")});
    return type;
}

// ---- nominations

QString Nomination::nominee() const
{
    if (isCollective())
        return teamName;
    return staffNo.isEmpty() ? memberName : QStringLiteral("%1 %2").arg(memberName, staffNo);
}

const RecordType<Nomination>& Nomination::type()
{
    static const RecordType<Nomination> type(
        tables::Nominations, "ud::core::Awards",
        {
            field("round_id", &Nomination::roundId, QT_TRANSLATE_NOOP("ud::core::Awards", "Round"), Required, 0, {})
                .exportedAs("round")
                .refersTo(tables::AwardRounds, "round_key", "round_key"),
            enumField("kind", &Nomination::kind, nomineeKinds(), NomineeKind::Individual,
                      QT_TRANSLATE_NOOP("ud::core::Awards", "Kind"), 0, {QStringLiteral("类型")})
                .form(QT_TRANSLATE_NOOP("ud::core::Awards", "&Kind:")),
            field("member_id", &Nomination::memberId, QT_TRANSLATE_NOOP("ud::core::Awards", "Member"), 0, 0,
                  {QStringLiteral("工号")})
                .exportedAs("staff_no")
                .refersTo(tables::Members, "staff_no", "name")
                .form(QT_TRANSLATE_NOOP("ud::core::Awards", "&Member:")),
            field("team_name", &Nomination::teamName, QT_TRANSLATE_NOOP("ud::core::Awards", "Collective"), 0, 100,
                  {QStringLiteral("集体名称")})
                .form(QT_TRANSLATE_NOOP("ud::core::Awards", "&Collective:"),
                      QT_TRANSLATE_NOOP("ud::core::Awards", "e.g. 图书馆流通部")),
            field("team_unit", &Nomination::teamUnit, QT_TRANSLATE_NOOP("ud::core::Awards", "Department"), 0, 100,
                  {QStringLiteral("所在单位")})
                .form(QT_TRANSLATE_NOOP("ud::core::Awards", "&Department:"), nullptr,
                      QT_TRANSLATE_NOOP("ud::core::Awards", "The department or office the collective belongs to")),
            field("head_member_id", &Nomination::headMemberId, QT_TRANSLATE_NOOP("ud::core::Awards", "Head"), 0, 0,
                  {QStringLiteral("负责人")})
                .exportedAs("head_staff_no")
                .refersTo(tables::Members, "staff_no", "name")
                .form(QT_TRANSLATE_NOOP("ud::core::Awards", "&Head:")),
            field("team_size", &Nomination::teamSize, QT_TRANSLATE_NOOP("ud::core::Awards", "People"), 0, 0,
                  {QStringLiteral("总人数")})
                .form(QT_TRANSLATE_NOOP("ud::core::Awards", "&People:"), nullptr,
                      QT_TRANSLATE_NOOP(
                          "ud::core::Awards",
                          "The whole collective when some are not union members; 0: the listed members are all"))
                .range(0, 99999),
            field("team_women", &Nomination::teamWomen, QT_TRANSLATE_NOOP("ud::core::Awards", "Women"), 0, 0,
                  {QStringLiteral("女性人数")})
                .form(QT_TRANSLATE_NOOP("ud::core::Awards", "&Women:"))
                .range(0, 99999),
            field("unit_id", &Nomination::unitId, QT_TRANSLATE_NOOP("ud::core::Awards", "Nominated by"), Required, 0,
                  {QStringLiteral("推荐单位")})
                .exportedAs("unit_code")
                .refersTo(tables::Units, "code", "name")
                .form(QT_TRANSLATE_NOOP("ud::core::Awards", "Nominated &by:")),
            field("deeds", &Nomination::deeds, QT_TRANSLATE_NOOP("ud::core::Awards", "Deeds"), Multiline, 20000,
                  {QStringLiteral("事迹")})
                .form(QT_TRANSLATE_NOOP("ud::core::Awards", "D&eeds:"), nullptr,
                      QT_TRANSLATE_NOOP("ud::core::Awards", "The deeds (事迹) as the sub-union wrote them")),
            field("attachments", &Nomination::attachments, QT_TRANSLATE_NOOP("ud::core::Awards", "Attachments"), 0, 0,
                  {QStringLiteral("附件")})
                .form(QT_TRANSLATE_NOOP("ud::core::Awards", "&Attachments received"))
                .shownAs(QT_TRANSLATE_NOOP("ud::core::Awards", "Received"),
                         QT_TRANSLATE_NOOP("ud::core::Awards", "Missing")),
            field("published", &Nomination::published,
                  QT_TRANSLATE_NOOP("ud::core::Awards", "Published by the sub-union"), 0, 0, {})
                .form(QT_TRANSLATE_NOOP("ud::core::Awards", "The sub-union &published its recommendation"))
                .shownAs(QT_TRANSLATE_NOOP("ud::core::Awards", "Published"),
                         QT_TRANSLATE_NOOP("ud::core::Awards", "Not published")),
            field("committee_score", &Nomination::committeeScore,
                  QT_TRANSLATE_NOOP("ud::core::Awards", "Committee score (0.01)"), 0, 0, {})
                .range(0, 10000),
            field("public_votes", &Nomination::publicVotes, QT_TRANSLATE_NOOP("ud::core::Awards", "Public votes"), 0, 0,
                  {})
                .range(0, 999999),
            enumField("status", &Nomination::status, nominationStatuses(), NominationStatus::Nominated,
                      QT_TRANSLATE_NOOP("ud::core::Awards", "Status"), 0, {}),
            field("note", &Nomination::note, QT_TRANSLATE_NOOP("ud::core::Awards", "Note"), Multiline, 2000,
                  {QStringLiteral("备注")})
                .form(QT_TRANSLATE_NOOP("ud::core::Awards", "N&ote:")),
            field("member_name", &Nomination::memberName, QT_TRANSLATE_NOOP("ud::core::Awards", "Name"), ReadOnly, 0,
                  {}),
            field("member_staff_no", &Nomination::staffNo, QT_TRANSLATE_NOOP("ud::core::Awards", "Staff no."), ReadOnly,
                  0, {}),
            field("head_name", &Nomination::headName, QT_TRANSLATE_NOOP("ud::core::Awards", "Head's name"), ReadOnly, 0,
                  {}),
            field("head_staff_no", &Nomination::headStaffNo, QT_TRANSLATE_NOOP("ud::core::Awards", "Head's staff no."),
                  ReadOnly, 0, {}),
            field("unit_name", &Nomination::unitName, QT_TRANSLATE_NOOP("ud::core::Awards", "Sub-union name"), ReadOnly,
                  0, {}),
        },
        {QStringLiteral("member_id"), QStringLiteral("team_name")});
    return type;
}

const RecordType<Objection>& Objection::type()
{
    static const RecordType<Objection> type(
        tables::Objections, "ud::core::Awards",
        {
            field("nomination_id", &Objection::nominationId, QT_TRANSLATE_NOOP("ud::core::Awards", "Nomination"),
                  Required, 0, {})
                .refersTo(tables::Nominations, "id", "team_name"),
            field("received", &Objection::received, QT_TRANSLATE_NOOP("ud::core::Awards", "Date received"), Required, 0,
                  {})
                .form(QT_TRANSLATE_NOOP("ud::core::Awards", "&Received:")),
            field("content", &Objection::content, QT_TRANSLATE_NOOP("ud::core::Awards", "Objection"),
                  Multiline | Required, 5000, {})
                .form(QT_TRANSLATE_NOOP("ud::core::Awards", "&Objection:"), nullptr,
                      QT_TRANSLATE_NOOP("ud::core::Awards", "What the objection says")),
            field("handled_by", &Objection::handledBy, QT_TRANSLATE_NOOP("ud::core::Awards", "Handled by"), 0, 100, {})
                .form(QT_TRANSLATE_NOOP("ud::core::Awards", "&Handled by:")),
            enumField("outcome", &Objection::outcome, objectionOutcomes(), ObjectionOutcome::Pending,
                      QT_TRANSLATE_NOOP("ud::core::Awards", "Outcome"), 0, {})
                .form(QT_TRANSLATE_NOOP("ud::core::Awards", "O&utcome:")),
            field("closed", &Objection::closed, QT_TRANSLATE_NOOP("ud::core::Awards", "Closed"), 0, 0, {})
                .form(QT_TRANSLATE_NOOP("ud::core::Awards", "&Closed:")),
            field("finding", &Objection::finding, QT_TRANSLATE_NOOP("ud::core::Awards", "Finding"), Multiline, 5000, {})
                .form(QT_TRANSLATE_NOOP("ud::core::Awards", "&Finding:"), nullptr,
                      QT_TRANSLATE_NOOP("ud::core::Awards", "What the check found")),
            field("nominee", &Objection::nominee, QT_TRANSLATE_NOOP("ud::core::Awards", "Nominee"), ReadOnly, 0, {}),
        },
        {QStringLiteral("nomination_id"), QStringLiteral("received")});
    return type;
}

QString AwardHistoryEntry::nominee() const
{
    if (!memberId)
        return teamName;
    return staffNo.isEmpty() ? memberName : QStringLiteral("%1 %2").arg(memberName, staffNo);
}

const RecordType<AwardHistoryEntry>& AwardHistoryEntry::type()
{
    static const RecordType<AwardHistoryEntry> type(
        tables::AwardHistory, "ud::core::Awards",
        {
            field("member_id", &AwardHistoryEntry::memberId, QT_TRANSLATE_NOOP("ud::core::Awards", "Member"), 0, 0,
                  {QStringLiteral("工号")})
                .exportedAs("staff_no")
                .refersTo(tables::Members, "staff_no", "name")
                .form(QT_TRANSLATE_NOOP("ud::core::Awards", "&Member:")),
            field("team_name", &AwardHistoryEntry::teamName, QT_TRANSLATE_NOOP("ud::core::Awards", "Collective"), 0,
                  100, {QStringLiteral("集体名称")})
                .form(QT_TRANSLATE_NOOP("ud::core::Awards", "&Collective:")),
            field("award_type_id", &AwardHistoryEntry::awardTypeId, QT_TRANSLATE_NOOP("ud::core::Awards", "Award"),
                  Required, 0, {QStringLiteral("奖项")})
                .exportedAs("award")
                .refersTo(tables::AwardTypes, "name", "name")
                .form(QT_TRANSLATE_NOOP("ud::core::Awards", "&Award:")),
            field("year", &AwardHistoryEntry::year, QT_TRANSLATE_NOOP("ud::core::Awards", "Year"), Required, 0,
                  {QStringLiteral("年度")})
                .form(QT_TRANSLATE_NOOP("ud::core::Awards", "&Year:"))
                .range(1900, 2999),
            field("unit_id", &AwardHistoryEntry::unitId, QT_TRANSLATE_NOOP("ud::core::Awards", "Sub-union"), 0, 0,
                  {QStringLiteral("推荐单位")})
                .exportedAs("unit_code")
                .refersTo(tables::Units, "code", "name")
                .form(QT_TRANSLATE_NOOP("ud::core::Awards", "S&ub-union:")),
            enumField("source", &AwardHistoryEntry::source, historySources(), HistorySource::Imported,
                      QT_TRANSLATE_NOOP("ud::core::Awards", "Source"), 0, {}),
            field("round_id", &AwardHistoryEntry::roundId, QT_TRANSLATE_NOOP("ud::core::Awards", "Round"), 0, 0, {})
                .exportedAs("round")
                .refersTo(tables::AwardRounds, "round_key", "round_key"),
            field("note", &AwardHistoryEntry::note, QT_TRANSLATE_NOOP("ud::core::Awards", "Note"), Multiline, 2000,
                  {QStringLiteral("备注")})
                .form(QT_TRANSLATE_NOOP("ud::core::Awards", "N&ote:")),
            field("member_name", &AwardHistoryEntry::memberName, QT_TRANSLATE_NOOP("ud::core::Awards", "Name"),
                  ReadOnly, 0, {}),
            field("member_staff_no", &AwardHistoryEntry::staffNo, QT_TRANSLATE_NOOP("ud::core::Awards", "Staff no."),
                  ReadOnly, 0, {}),
            field("award_name", &AwardHistoryEntry::awardName, QT_TRANSLATE_NOOP("ud::core::Awards", "Award name"),
                  ReadOnly, 0, {}),
            field("unit_name", &AwardHistoryEntry::unitName, QT_TRANSLATE_NOOP("ud::core::Awards", "Sub-union name"),
                  ReadOnly, 0, {}),
        },
        {QStringLiteral("member_id"), QStringLiteral("team_name"), QStringLiteral("award_type_id"),
         QStringLiteral("year")});
    return type;
}

QList<Table> awardTables()
{
    return {tables::AwardTypes,        tables::AwardRounds, tables::AwardQuotas, tables::Nominations,
            tables::NominationMembers, tables::Objections,  tables::AwardHistory};
}

QList<DatabaseSetting> awardSettings()
{
    return {settings::AwardQuotaRounding, settings::AwardQuotaMinimumOne, settings::PublicityDays,
            settings::CertificateText};
}

// ---- numbers with two decimals

namespace {
/// "4", "2.5", "4%" (half- or full-width) in hundredths; nullopt for other text or more than two decimals.
std::optional<int> hundredths(QString text)
{
    text = text.trimmed();
    for (QChar& c : text)
        if (c.unicode() >= 0xFF10 && c.unicode() <= 0xFF19)
            c = QChar(u'0' + (c.unicode() - 0xFF10));
        else if (c == QChar(0xFF0E))
            c = QLatin1Char('.');
    if (text.endsWith(QLatin1Char('%')) || text.endsWith(QChar(0xFF05)))
        text.chop(1);
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,6})(?:\\.(\\d{1,2}))?$"));
    const auto m = pattern.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    QString decimals = m.captured(2);
    while (decimals.size() < 2)
        decimals += QLatin1Char('0');
    return m.captured(1).toInt() * 100 + decimals.toInt();
}

QString hundredthsText(int value)
{
    QString text = QString::number(value / 100);
    if (const int rest = value % 100; rest != 0) {
        text += QLatin1Char('.') + QStringLiteral("%1").arg(rest, 2, 10, QLatin1Char('0'));
        if (text.endsWith(QLatin1Char('0')))
            text.chop(1);
    }
    return text;
}
} // namespace

QString percentText(int basisPoints)
{
    return hundredthsText(basisPoints);
}

std::optional<int> parsePercent(const QString& text)
{
    const auto v = hundredths(text);
    return v && *v <= 10000 ? v : std::nullopt;
}

QString scoreText(int value)
{
    return hundredthsText(value);
}

std::optional<int> parseScore(const QString& text)
{
    if (text.contains(QLatin1Char('%')) || text.contains(QChar(0xFF05)))
        return std::nullopt;
    const auto v = hundredths(text);
    return v && *v <= 10000 ? v : std::nullopt;
}

} // namespace ud::core
