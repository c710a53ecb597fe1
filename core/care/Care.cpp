#include "core/care/Care.h"

#include "core/members/Member.h"
#include "core/units/SubUnit.h"

namespace ud::core {

const KeyedEnum<HardshipCause>& hardshipCauses()
{
    static const KeyedEnum<HardshipCause> list(
        "ud::core::Care", {{HardshipCause::Illness, "illness", QT_TRANSLATE_NOOP("ud::core::Care", "Illness")},
                           {HardshipCause::Accident, "accident", QT_TRANSLATE_NOOP("ud::core::Care", "Accident")},
                           {HardshipCause::Disaster, "disaster", QT_TRANSLATE_NOOP("ud::core::Care", "Disaster")},
                           {HardshipCause::Family, "family", QT_TRANSLATE_NOOP("ud::core::Care", "Family hardship")},
                           {HardshipCause::Other, "other", QT_TRANSLATE_NOOP("ud::core::Care", "Other")}});
    return list;
}

const KeyedEnum<GivenForm>& givenForms()
{
    static const KeyedEnum<GivenForm> list("ud::core::Care",
                                           {{GivenForm::Cash, "cash", QT_TRANSLATE_NOOP("ud::core::Care", "Cash")},
                                            {GivenForm::Goods, "goods", QT_TRANSLATE_NOOP("ud::core::Care", "Goods")}});
    return list;
}

const KeyedEnum<HardshipFunder>& hardshipFunders()
{
    static const KeyedEnum<HardshipFunder> list(
        "ud::core::Care",
        {{HardshipFunder::University, "university", QT_TRANSLATE_NOOP("ud::core::Care", "University union")},
         {HardshipFunder::SubUnion, "sub_union", QT_TRANSLATE_NOOP("ud::core::Care", "Sub-union")},
         {HardshipFunder::Higher, "higher", QT_TRANSLATE_NOOP("ud::core::Care", "Higher union")}});
    return list;
}

const KeyedEnum<CarePayer>& carePayers()
{
    static const KeyedEnum<CarePayer> list(
        "ud::core::Care",
        {{CarePayer::University, "university", QT_TRANSLATE_NOOP("ud::core::Care", "University union")},
         {CarePayer::SubUnion, "sub_union", QT_TRANSLATE_NOOP("ud::core::Care", "Sub-union")}});
    return list;
}

const KeyedEnum<HardshipReview>& hardshipReviews()
{
    static const KeyedEnum<HardshipReview> list(
        "ud::core::Care",
        {{HardshipReview::Pending, "pending", QT_TRANSLATE_NOOP("ud::core::Care", "Under review")},
         {HardshipReview::Approved, "approved", QT_TRANSLATE_NOOP("ud::core::Care", "Approved")},
         {HardshipReview::Rejected, "rejected", QT_TRANSLATE_NOOP("ud::core::Care", "Not approved")}});
    return list;
}

const KeyedEnum<AmountMode>& amountModes()
{
    static const KeyedEnum<AmountMode> list(
        "ud::core::Care", {{AmountMode::Fixed, "fixed", QT_TRANSLATE_NOOP("ud::core::Care", "Standard amount")},
                           {AmountMode::Cap, "cap", QT_TRANSLATE_NOOP("ud::core::Care", "At most")}});
    return list;
}

const KeyedEnum<CareFrequency>& careFrequencies()
{
    static const KeyedEnum<CareFrequency> list(
        "ud::core::Care", {{CareFrequency::None, "none", QT_TRANSLATE_NOOP("ud::core::Care", "No limit")},
                           {CareFrequency::PerYear, "per_year", QT_TRANSLATE_NOOP("ud::core::Care", "Once a year")},
                           {CareFrequency::Once, "once", QT_TRANSLATE_NOOP("ud::core::Care", "Once only")}});
    return list;
}

const KeyedEnum<OverRule>& overRules()
{
    static const KeyedEnum<OverRule> list(
        "ud::core::Care", {{OverRule::Refuse, "refuse", QT_TRANSLATE_NOOP("ud::core::Care", "Refused")},
                           {OverRule::Reason, "reason", QT_TRANSLATE_NOOP("ud::core::Care", "Allowed with a reason")}});
    return list;
}

const RecordType<HardshipCase>& HardshipCase::type()
{
    static const RecordType<HardshipCase> type(
        tables::HardshipCases, "ud::core::Care",
        {
            field("member_id", &HardshipCase::memberId, QT_TRANSLATE_NOOP("ud::core::Care", "Member"), Required, 0,
                  {QStringLiteral("工号")})
                .exportedAs("staff_no")
                .refersTo(tables::Members, "staff_no", "name")
                .form(QT_TRANSLATE_NOOP("ud::core::Care", "&Member:")),
            field("unit_id", &HardshipCase::unitId, QT_TRANSLATE_NOOP("ud::core::Care", "Sub-union"), 0, 0,
                  {QStringLiteral("二级工会"), QStringLiteral("分工会")})
                .exportedAs("unit_code")
                .refersTo(tables::Units, "code", "name")
                .form(QT_TRANSLATE_NOOP("ud::core::Care", "S&ub-union:")),
            field("given", &HardshipCase::given, QT_TRANSLATE_NOOP("ud::core::Care", "Date"), Required, 0,
                  {QStringLiteral("日期"), QStringLiteral("帮扶日期")})
                .exportedAs("date")
                .form(QT_TRANSLATE_NOOP("ud::core::Care", "&Date:")),
            enumField("cause", &HardshipCase::cause, hardshipCauses(), HardshipCause::Illness,
                      QT_TRANSLATE_NOOP("ud::core::Care", "Cause"), 0, {QStringLiteral("困难原因")})
                .form(QT_TRANSLATE_NOOP("ud::core::Care", "&Cause:")),
            field("situation", &HardshipCase::situation, QT_TRANSLATE_NOOP("ud::core::Care", "Situation"), Multiline,
                  2000, {QStringLiteral("困难情况")})
                .form(QT_TRANSLATE_NOOP("ud::core::Care", "S&ituation:"),
                      QT_TRANSLATE_NOOP("ud::core::Care", "What happened, the family's circumstances")),
            field("household_size", &HardshipCase::householdSize, QT_TRANSLATE_NOOP("ud::core::Care", "Household size"),
                  Required, 0, {QStringLiteral("家庭人口")})
                .form(QT_TRANSLATE_NOOP("ud::core::Care", "&Household size:"))
                .range(1, 99),
            moneyField("income_per_head", &HardshipCase::incomePerHead,
                       QT_TRANSLATE_NOOP("ud::core::Care", "Income per head (month)"), 0,
                       {QStringLiteral("人均月收入")})
                .form(QT_TRANSLATE_NOOP("ud::core::Care", "I&ncome per head:"), nullptr,
                      QT_TRANSLATE_NOOP("ud::core::Care", "The household's monthly income per person")),
            enumField("form", &HardshipCase::form, givenForms(), GivenForm::Cash,
                      QT_TRANSLATE_NOOP("ud::core::Care", "Form"), 0, {QStringLiteral("形式")})
                .form(QT_TRANSLATE_NOOP("ud::core::Care", "&Form:")),
            moneyField("amount", &HardshipCase::amount, QT_TRANSLATE_NOOP("ud::core::Care", "Amount"), 0,
                       {QStringLiteral("金额"), QStringLiteral("帮扶金额")})
                .form(QT_TRANSLATE_NOOP("ud::core::Care", "&Amount:"), nullptr,
                      QT_TRANSLATE_NOOP("ud::core::Care", "Cash paid, or the value of the goods")),
            enumField("funded_by", &HardshipCase::fundedBy, hardshipFunders(), HardshipFunder::University,
                      QT_TRANSLATE_NOOP("ud::core::Care", "Funded by"), 0, {QStringLiteral("资金来源")})
                .form(QT_TRANSLATE_NOOP("ud::core::Care", "Funded &by:")),
            enumField("review", &HardshipCase::review, hardshipReviews(), HardshipReview::Pending,
                      QT_TRANSLATE_NOOP("ud::core::Care", "Review"), 0, {QStringLiteral("审核")})
                .form(QT_TRANSLATE_NOOP("ud::core::Care", "&Review:")),
            field("note", &HardshipCase::note, QT_TRANSLATE_NOOP("ud::core::Care", "Note"), Multiline, 2000,
                  {QStringLiteral("备注")})
                .form(QT_TRANSLATE_NOOP("ud::core::Care", "N&ote:")),
            field("member_name", &HardshipCase::name, QT_TRANSLATE_NOOP("ud::core::Care", "Name"), ReadOnly, 0, {}),
            field("member_staff_no", &HardshipCase::staffNo, QT_TRANSLATE_NOOP("ud::core::Care", "Staff no."), ReadOnly,
                  0, {}),
            field("unit_name", &HardshipCase::unitName, QT_TRANSLATE_NOOP("ud::core::Care", "Sub-union name"), ReadOnly,
                  0, {}),
        },
        {QStringLiteral("member_id"), QStringLiteral("given")});
    return type;
}

const RecordType<CareKind>& CareKind::type()
{
    static const RecordType<CareKind> type(
        tables::CareKinds, "ud::core::Care",
        {
            field("year", &CareKind::year, QT_TRANSLATE_NOOP("ud::core::Care", "Year"), Required, 0,
                  {QStringLiteral("年度")})
                .form(QT_TRANSLATE_NOOP("ud::core::Care", "&Year:"))
                .range(1900, 2999),
            field("kind_key", &CareKind::key, QT_TRANSLATE_NOOP("ud::core::Care", "Key"), Required, 32,
                  {QStringLiteral("代码")})
                .exportedAs("key")
                .form(QT_TRANSLATE_NOOP("ud::core::Care", "&Key:"),
                      QT_TRANSLATE_NOOP("ud::core::Care", "e.g. marriage"),
                      QT_TRANSLATE_NOOP("ud::core::Care", "The same for the kind every year: how frequency limits "
                                                          "and totals know it")),
            field("name", &CareKind::name, QT_TRANSLATE_NOOP("ud::core::Care", "Kind"), Required, 100,
                  {QStringLiteral("慰问类别"), QStringLiteral("名称")})
                .form(QT_TRANSLATE_NOOP("ud::core::Care", "&Name:"),
                      QT_TRANSLATE_NOOP("ud::core::Care", "e.g. 婚嫁慰问")),
            enumField("amount_mode", &CareKind::amountMode, amountModes(), AmountMode::Cap,
                      QT_TRANSLATE_NOOP("ud::core::Care", "Amount rule"), 0, {QStringLiteral("标准类型")})
                .form(QT_TRANSLATE_NOOP("ud::core::Care", "Amount &rule:")),
            moneyField("amount", &CareKind::amount, QT_TRANSLATE_NOOP("ud::core::Care", "Amount"), 0,
                       {QStringLiteral("标准"), QStringLiteral("金额")})
                .form(QT_TRANSLATE_NOOP("ud::core::Care", "&Amount:"), nullptr,
                      QT_TRANSLATE_NOOP("ud::core::Care", "The standard amount or the most a visit may give; 0: no "
                                                          "limit")),
            enumField("payer", &CareKind::payer, carePayers(), CarePayer::SubUnion,
                      QT_TRANSLATE_NOOP("ud::core::Care", "Paid by"), 0, {QStringLiteral("支出")})
                .form(QT_TRANSLATE_NOOP("ud::core::Care", "&Paid by:")),
            enumField("form", &CareKind::form, givenForms(), GivenForm::Cash,
                      QT_TRANSLATE_NOOP("ud::core::Care", "Form"), 0, {QStringLiteral("形式")})
                .form(QT_TRANSLATE_NOOP("ud::core::Care", "&Form:")),
            enumField("frequency", &CareKind::frequency, careFrequencies(), CareFrequency::None,
                      QT_TRANSLATE_NOOP("ud::core::Care", "Frequency"), 0, {QStringLiteral("频次")})
                .form(QT_TRANSLATE_NOOP("ud::core::Care", "Fre&quency:"), nullptr,
                      QT_TRANSLATE_NOOP("ud::core::Care", "How often one member may have a visit of this kind")),
            enumField("over_rule", &CareKind::overRule, overRules(), OverRule::Refuse,
                      QT_TRANSLATE_NOOP("ud::core::Care", "Over the limit"), 0, {})
                .form(QT_TRANSLATE_NOOP("ud::core::Care", "&Over the limit:"), nullptr,
                      QT_TRANSLATE_NOOP("ud::core::Care", "A visit over the amount or the frequency: refused, or "
                                                          "recorded with its reason")),
            field("sort_order", &CareKind::sortOrder, QT_TRANSLATE_NOOP("ud::core::Care", "Order"), 0, 0,
                  {QStringLiteral("排序")})
                .form(QT_TRANSLATE_NOOP("ud::core::Care", "Or&der:"))
                .range(-9999, 99999),
        },
        {QStringLiteral("year"), QStringLiteral("name")});
    return type;
}

const RecordType<CareVisit>& CareVisit::type()
{
    static const RecordType<CareVisit> type(
        tables::CareVisits, "ud::core::Care",
        {
            field("member_id", &CareVisit::memberId, QT_TRANSLATE_NOOP("ud::core::Care", "Member"), Required, 0,
                  {QStringLiteral("工号")})
                .exportedAs("staff_no")
                .refersTo(tables::Members, "staff_no", "name")
                .form(QT_TRANSLATE_NOOP("ud::core::Care", "&Member:")),
            field("unit_id", &CareVisit::unitId, QT_TRANSLATE_NOOP("ud::core::Care", "Sub-union"), 0, 0,
                  {QStringLiteral("二级工会"), QStringLiteral("分工会")})
                .exportedAs("unit_code")
                .refersTo(tables::Units, "code", "name")
                .form(QT_TRANSLATE_NOOP("ud::core::Care", "S&ub-union:")),
            field("kind_id", &CareVisit::kindId, QT_TRANSLATE_NOOP("ud::core::Care", "Kind"), Required, 0,
                  {QStringLiteral("慰问类别")})
                .exportedAs("kind")
                .refersTo(tables::CareKinds, "kind_key", "name")
                .form(QT_TRANSLATE_NOOP("ud::core::Care", "&Kind:")),
            field("visited", &CareVisit::visited, QT_TRANSLATE_NOOP("ud::core::Care", "Date"), Required, 0,
                  {QStringLiteral("日期"), QStringLiteral("慰问日期")})
                .exportedAs("date")
                .form(QT_TRANSLATE_NOOP("ud::core::Care", "&Date:")),
            moneyField("amount", &CareVisit::amount, QT_TRANSLATE_NOOP("ud::core::Care", "Amount"), 0,
                       {QStringLiteral("金额")})
                .form(QT_TRANSLATE_NOOP("ud::core::Care", "&Amount:"), nullptr,
                      QT_TRANSLATE_NOOP("ud::core::Care", "Cash paid, or the value of the goods")),
            enumField("form", &CareVisit::form, givenForms(), GivenForm::Cash,
                      QT_TRANSLATE_NOOP("ud::core::Care", "Form"), 0, {QStringLiteral("形式")})
                .form(QT_TRANSLATE_NOOP("ud::core::Care", "&Form:")),
            enumField("payer", &CareVisit::payer, carePayers(), CarePayer::SubUnion,
                      QT_TRANSLATE_NOOP("ud::core::Care", "Paid by"), 0, {QStringLiteral("支出")})
                .form(QT_TRANSLATE_NOOP("ud::core::Care", "&Paid by:")),
            field("reason", &CareVisit::reason, QT_TRANSLATE_NOOP("ud::core::Care", "Reason for the exception"), 0, 500,
                  {QStringLiteral("超标准原因"), QStringLiteral("原因")})
                .form(QT_TRANSLATE_NOOP("ud::core::Care", "&Reason:"),
                      QT_TRANSLATE_NOOP("ud::core::Care", "Only for a visit over the kind's amount or frequency")),
            field("visitors", &CareVisit::visitors, QT_TRANSLATE_NOOP("ud::core::Care", "Visited by"), 0, 200,
                  {QStringLiteral("慰问人")})
                .form(QT_TRANSLATE_NOOP("ud::core::Care", "&Visited by:")),
            field("note", &CareVisit::note, QT_TRANSLATE_NOOP("ud::core::Care", "Note"), Multiline, 2000,
                  {QStringLiteral("备注")})
                .form(QT_TRANSLATE_NOOP("ud::core::Care", "N&ote:")),
            field("member_name", &CareVisit::name, QT_TRANSLATE_NOOP("ud::core::Care", "Name"), ReadOnly, 0, {}),
            field("member_staff_no", &CareVisit::staffNo, QT_TRANSLATE_NOOP("ud::core::Care", "Staff no."), ReadOnly, 0,
                  {}),
            field("unit_name", &CareVisit::unitName, QT_TRANSLATE_NOOP("ud::core::Care", "Sub-union name"), ReadOnly, 0,
                  {}),
            field("kind_key", &CareVisit::kindKey, QT_TRANSLATE_NOOP("ud::core::Care", "Kind key"), ReadOnly, 0, {}),
            field("kind_name", &CareVisit::kindName, QT_TRANSLATE_NOOP("ud::core::Care", "Kind name"), ReadOnly, 0, {}),
        },
        {QStringLiteral("member_id"), QStringLiteral("kind_id"), QStringLiteral("visited")});
    return type;
}

QList<Table> careTables()
{
    return {tables::HardshipCases, tables::CareKinds, tables::CareVisits};
}

} // namespace ud::core
