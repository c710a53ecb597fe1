#include "core/aid/Aid.h"

#include "core/members/Member.h"

namespace ud::core {

const KeyedEnum<FeePayment>& feePayments()
{
    static const KeyedEnum<FeePayment> list(
        "ud::core::Aid", {{FeePayment::Salary, "salary", QT_TRANSLATE_NOOP("ud::core::Aid", "Salary deduction")},
                          {FeePayment::Cash, "cash", QT_TRANSLATE_NOOP("ud::core::Aid", "Cash")},
                          {FeePayment::Transfer, "transfer", QT_TRANSLATE_NOOP("ud::core::Aid", "Transfer")}});
    return list;
}

const KeyedEnum<ClaimStatus>& claimStatuses()
{
    static const KeyedEnum<ClaimStatus> list(
        "ud::core::Aid",
        {{ClaimStatus::Draft, "draft", QT_TRANSLATE_NOOP("ud::core::Aid", "Draft")},
         {ClaimStatus::SubUnion, "sub_union", QT_TRANSLATE_NOOP("ud::core::Aid", "Reviewed by the sub-union")},
         {ClaimStatus::Office, "office", QT_TRANSLATE_NOOP("ud::core::Aid", "Reviewed by the office")},
         {ClaimStatus::Committee, "committee", QT_TRANSLATE_NOOP("ud::core::Aid", "Approved by the committee")},
         {ClaimStatus::Paid, "paid", QT_TRANSLATE_NOOP("ud::core::Aid", "Paid")},
         {ClaimStatus::Rejected, "rejected", QT_TRANSLATE_NOOP("ud::core::Aid", "Rejected")}});
    return list;
}

const KeyedEnum<LedgerKind>& ledgerKinds()
{
    static const KeyedEnum<LedgerKind> list(
        "ud::core::Aid",
        {{LedgerKind::MemberFees, "member_fees", QT_TRANSLATE_NOOP("ud::core::Aid", "Members' fees")},
         {LedgerKind::School, "school", QT_TRANSLATE_NOOP("ud::core::Aid", "The school's part")},
         {LedgerKind::Union, "union", QT_TRANSLATE_NOOP("ud::core::Aid", "The union's part")},
         {LedgerKind::Matching, "matching", QT_TRANSLATE_NOOP("ud::core::Aid", "Matching by the school")},
         {LedgerKind::Donation, "donation", QT_TRANSLATE_NOOP("ud::core::Aid", "Donations")},
         {LedgerKind::Interest, "interest", QT_TRANSLATE_NOOP("ud::core::Aid", "Interest")},
         {LedgerKind::OtherIncome, "other_income", QT_TRANSLATE_NOOP("ud::core::Aid", "Other income")},
         {LedgerKind::Claim, "claim", QT_TRANSLATE_NOOP("ud::core::Aid", "Claims paid")},
         {LedgerKind::OtherExpense, "other_expense", QT_TRANSLATE_NOOP("ud::core::Aid", "Other expenses")}});
    return list;
}

bool isIncome(LedgerKind kind)
{
    return kind != LedgerKind::Claim && kind != LedgerKind::OtherExpense;
}

const RecordType<AidScheme>& AidScheme::type()
{
    static const RecordType<AidScheme> type(
        tables::AidSchemes, "ud::core::Aid",
        {
            field("name", &AidScheme::name, QT_TRANSLATE_NOOP("ud::core::Aid", "Scheme"), Required | Unique, 100,
                  {QStringLiteral("名称"), QStringLiteral("互助计划"), QStringLiteral("项目名称")})
                .form(QT_TRANSLATE_NOOP("ud::core::Aid", "&Name:"),
                      QT_TRANSLATE_NOOP("ud::core::Aid", "e.g. 爱心大病医疗互助")),
            field("short_name", &AidScheme::shortName, QT_TRANSLATE_NOOP("ud::core::Aid", "Short name"), 0, 32,
                  {QStringLiteral("简称")})
                .form(QT_TRANSLATE_NOOP("ud::core::Aid", "&Short name:")),
            moneyField("fee", &AidScheme::fee, QT_TRANSLATE_NOOP("ud::core::Aid", "Fee per share"), 0,
                       {QStringLiteral("每份会费")})
                .form(QT_TRANSLATE_NOOP("ud::core::Aid", "&Fee per share:")),
            moneyField("member_part", &AidScheme::memberPart, QT_TRANSLATE_NOOP("ud::core::Aid", "Member pays"), 0,
                       {QStringLiteral("个人缴纳")})
                .form(QT_TRANSLATE_NOOP("ud::core::Aid", "&Member pays:")),
            moneyField("school_part", &AidScheme::schoolPart, QT_TRANSLATE_NOOP("ud::core::Aid", "School pays"), 0,
                       {QStringLiteral("学校缴纳")})
                .form(QT_TRANSLATE_NOOP("ud::core::Aid", "S&chool pays:")),
            moneyField("union_part", &AidScheme::unionPart, QT_TRANSLATE_NOOP("ud::core::Aid", "Union pays"), 0,
                       {QStringLiteral("工会缴纳")})
                .form(QT_TRANSLATE_NOOP("ud::core::Aid", "&Union pays:")),
            field("matching", &AidScheme::matching, QT_TRANSLATE_NOOP("ud::core::Aid", "Matching (%)"), 0, 0,
                  {QStringLiteral("配套比例")})
                .form(QT_TRANSLATE_NOOP("ud::core::Aid", "Ma&tching of members' fees (%):"), {},
                      QT_TRANSLATE_NOOP("ud::core::Aid",
                                        "What the school adds to the members' fees, in percent: 100 is 1:1."))
                .range(0, 1000),
            field("max_shares", &AidScheme::maxShares, QT_TRANSLATE_NOOP("ud::core::Aid", "Shares at most"), Required,
                  0, {QStringLiteral("最多份数")})
                .form(QT_TRANSLATE_NOOP("ud::core::Aid", "Shares &at most:"))
                .range(1, 99),
            field("retirees", &AidScheme::retirees, QT_TRANSLATE_NOOP("ud::core::Aid", "Retirees"), 0, 0,
                  {QStringLiteral("退休人员")})
                .form(QT_TRANSLATE_NOOP("ud::core::Aid", "&Retired members may enroll"))
                .shownAs(QT_TRANSLATE_NOOP("ud::core::Aid", "Included"),
                         QT_TRANSLATE_NOOP("ud::core::Aid", "Not included")),
            field("waiting_days", &AidScheme::waitingDays, QT_TRANSLATE_NOOP("ud::core::Aid", "Waiting days"), 0, 0,
                  {QStringLiteral("等待期")})
                .form(QT_TRANSLATE_NOOP("ud::core::Aid", "&Waiting period (days):"), {},
                      QT_TRANSLATE_NOOP(
                          "ud::core::Aid",
                          "A first-time member's claims count for treatment that starts this many days after "
                          "enrollment."))
                .range(0, 3660),
            field("claim_months", &AidScheme::claimMonths, QT_TRANSLATE_NOOP("ud::core::Aid", "Claim within (months)"),
                  0, 0, {QStringLiteral("申领期限")})
                .form(QT_TRANSLATE_NOOP("ud::core::Aid", "&Claim within (months):"), {},
                      QT_TRANSLATE_NOOP(
                          "ud::core::Aid",
                          "A claim is received at most this many months after the treatment ended; 0 for no limit."))
                .range(0, 120),
            field("mid_period", &AidScheme::midPeriod, QT_TRANSLATE_NOOP("ud::core::Aid", "Joining mid-period"), 0, 0,
                  {QStringLiteral("中途加入")})
                .form(QT_TRANSLATE_NOOP("ud::core::Aid", "Members may &join after the period started"))
                .shownAs(QT_TRANSLATE_NOOP("ud::core::Aid", "Allowed"),
                         QT_TRANSLATE_NOOP("ud::core::Aid", "Not allowed")),
            field("arrears", &AidScheme::arrears, QT_TRANSLATE_NOOP("ud::core::Aid", "Arrears"), 0, 0,
                  {QStringLiteral("补缴")})
                .form(QT_TRANSLATE_NOOP("ud::core::Aid", "Fees may be paid &late for a past period"))
                .shownAs(QT_TRANSLATE_NOOP("ud::core::Aid", "Allowed"),
                         QT_TRANSLATE_NOOP("ud::core::Aid", "Not allowed")),
            field("note", &AidScheme::note, QT_TRANSLATE_NOOP("ud::core::Aid", "Note"), Multiline, 2000,
                  {QStringLiteral("备注")})
                .form(QT_TRANSLATE_NOOP("ud::core::Aid", "N&ote:")),
        },
        {QStringLiteral("name")});
    return type;
}

const RecordType<AidPeriod>& AidPeriod::type()
{
    static const RecordType<AidPeriod> type(
        tables::AidPeriods, "ud::core::Aid",
        {
            field("scheme_id", &AidPeriod::schemeId, QT_TRANSLATE_NOOP("ud::core::Aid", "Scheme"), Required, 0,
                  {QStringLiteral("互助计划")})
                .exportedAs("scheme")
                .refersTo(tables::AidSchemes, "name", "name")
                .form(QT_TRANSLATE_NOOP("ud::core::Aid", "&Scheme:")),
            field("period_key", &AidPeriod::key, QT_TRANSLATE_NOOP("ud::core::Aid", "Period"), Required, 32,
                  {QStringLiteral("期间")})
                .exportedAs("period")
                .form(QT_TRANSLATE_NOOP("ud::core::Aid", "&Period:"), QT_TRANSLATE_NOOP("ud::core::Aid", "e.g. 2024")),
            field("starts", &AidPeriod::starts, QT_TRANSLATE_NOOP("ud::core::Aid", "Starts"), Required, 0,
                  {QStringLiteral("开始日期")})
                .form(QT_TRANSLATE_NOOP("ud::core::Aid", "S&tarts:")),
            field("ends", &AidPeriod::ends, QT_TRANSLATE_NOOP("ud::core::Aid", "Ends"), Required, 0,
                  {QStringLiteral("结束日期")})
                .form(QT_TRANSLATE_NOOP("ud::core::Aid", "&Ends:")),
            field("enroll_opens", &AidPeriod::enrollOpens, QT_TRANSLATE_NOOP("ud::core::Aid", "Enrollment opens"), 0, 0,
                  {QStringLiteral("报名开始")})
                .form(QT_TRANSLATE_NOOP("ud::core::Aid", "Enrollment &opens:")),
            field("enroll_closes", &AidPeriod::enrollCloses, QT_TRANSLATE_NOOP("ud::core::Aid", "Enrollment closes"), 0,
                  0, {QStringLiteral("报名截止")})
                .form(QT_TRANSLATE_NOOP("ud::core::Aid", "Enrollment &closes:")),
            field("rules", &AidPeriod::rules, QT_TRANSLATE_NOOP("ud::core::Aid", "Rule table"), Multiline, 200000, {}),
            field("scheme_name", &AidPeriod::schemeName, QT_TRANSLATE_NOOP("ud::core::Aid", "Scheme name"), ReadOnly, 0,
                  {}),
        },
        {QStringLiteral("scheme_id"), QStringLiteral("period_key")});
    return type;
}

const RecordType<AidEnrollment>& AidEnrollment::type()
{
    static const RecordType<AidEnrollment> type(
        tables::AidEnrollments, "ud::core::Aid",
        {
            field("period_id", &AidEnrollment::periodId, QT_TRANSLATE_NOOP("ud::core::Aid", "Period"), Required, 0, {})
                .refersTo(tables::AidPeriods, "period_key", "period_key"),
            field("member_id", &AidEnrollment::memberId, QT_TRANSLATE_NOOP("ud::core::Aid", "Member"), Required, 0,
                  {QStringLiteral("工号")})
                .exportedAs("staff_no")
                .refersTo(tables::Members, "staff_no", "name")
                .form(QT_TRANSLATE_NOOP("ud::core::Aid", "&Member:")),
            field("shares", &AidEnrollment::shares, QT_TRANSLATE_NOOP("ud::core::Aid", "Shares"), Required, 0,
                  {QStringLiteral("份数")})
                .form(QT_TRANSLATE_NOOP("ud::core::Aid", "&Shares:"))
                .range(1, 99),
            field("enrolled", &AidEnrollment::enrolled, QT_TRANSLATE_NOOP("ud::core::Aid", "Enrolled"), Required, 0,
                  {QStringLiteral("缴费日期"), QStringLiteral("参加日期")})
                .form(QT_TRANSLATE_NOOP("ud::core::Aid", "&Enrolled:")),
            moneyField("fee", &AidEnrollment::fee, QT_TRANSLATE_NOOP("ud::core::Aid", "Fee paid"), 0,
                       {QStringLiteral("缴费金额")})
                .form(QT_TRANSLATE_NOOP("ud::core::Aid", "&Fee paid:")),
            enumField("paid_by", &AidEnrollment::paidBy, feePayments(), FeePayment::Salary,
                      QT_TRANSLATE_NOOP("ud::core::Aid", "Paid by"), 0, {QStringLiteral("缴费方式")})
                .form(QT_TRANSLATE_NOOP("ud::core::Aid", "&Paid by:")),
            field("arrears", &AidEnrollment::arrears, QT_TRANSLATE_NOOP("ud::core::Aid", "Arrears"), 0, 0,
                  {QStringLiteral("补缴")})
                .form(QT_TRANSLATE_NOOP("ud::core::Aid", "Paid &late for a past period"))
                .shownAs(QT_TRANSLATE_NOOP("ud::core::Aid", "Paid late"),
                         QT_TRANSLATE_NOOP("ud::core::Aid", "On time")),
            field("note", &AidEnrollment::note, QT_TRANSLATE_NOOP("ud::core::Aid", "Note"), Multiline, 500,
                  {QStringLiteral("备注")})
                .form(QT_TRANSLATE_NOOP("ud::core::Aid", "N&ote:")),
            field("name", &AidEnrollment::name, QT_TRANSLATE_NOOP("ud::core::Aid", "Name"), ReadOnly, 0, {}),
            field("staff_no", &AidEnrollment::staffNo, QT_TRANSLATE_NOOP("ud::core::Aid", "Staff number"), ReadOnly, 0,
                  {}),
            field("unit_name", &AidEnrollment::unitName, QT_TRANSLATE_NOOP("ud::core::Aid", "Sub-union"), ReadOnly, 0,
                  {}),
        },
        {QStringLiteral("member_id")});
    return type;
}

const RecordType<AidClaim>& AidClaim::type()
{
    static const RecordType<AidClaim> type(
        tables::AidClaims, "ud::core::Aid",
        {
            field("period_id", &AidClaim::periodId, QT_TRANSLATE_NOOP("ud::core::Aid", "Period"), Required, 0, {})
                .refersTo(tables::AidPeriods, "period_key", "period_key"),
            field("member_id", &AidClaim::memberId, QT_TRANSLATE_NOOP("ud::core::Aid", "Member"), Required, 0,
                  {QStringLiteral("工号")})
                .exportedAs("staff_no")
                .refersTo(tables::Members, "staff_no", "name")
                .form(QT_TRANSLATE_NOOP("ud::core::Aid", "&Member:")),
            field("part_key", &AidClaim::partKey, QT_TRANSLATE_NOOP("ud::core::Aid", "Part"), Required, 64,
                  {QStringLiteral("项目")})
                .exportedAs("part")
                .form(QT_TRANSLATE_NOOP("ud::core::Aid", "&Part:")),
            field("treated_from", &AidClaim::treatedFrom, QT_TRANSLATE_NOOP("ud::core::Aid", "Treatment from"),
                  Required, 0, {QStringLiteral("就诊日期")})
                .form(QT_TRANSLATE_NOOP("ud::core::Aid", "Treatment &from:")),
            field("treated_to", &AidClaim::treatedTo, QT_TRANSLATE_NOOP("ud::core::Aid", "Treatment until"), 0, 0,
                  {QStringLiteral("出院日期")})
                .form(QT_TRANSLATE_NOOP("ud::core::Aid", "Treatment &until:")),
            field("received", &AidClaim::received, QT_TRANSLATE_NOOP("ud::core::Aid", "Received"), Required, 0,
                  {QStringLiteral("申请日期")})
                .form(QT_TRANSLATE_NOOP("ud::core::Aid", "&Received:")),
            moneyField("own_pay", &AidClaim::ownPay, QT_TRANSLATE_NOOP("ud::core::Aid", "Co-payment (自付)"), 0,
                       {QStringLiteral("自付")})
                .form(QT_TRANSLATE_NOOP("ud::core::Aid", "Co-&payment (自付):")),
            moneyField("self_care", &AidClaim::selfCare, QT_TRANSLATE_NOOP("ud::core::Aid", "Category B share (自理)"),
                       0, {QStringLiteral("自理")})
                .form(QT_TRANSLATE_NOOP("ud::core::Aid", "Category &B share (自理):")),
            moneyField("self_paid", &AidClaim::selfPaid, QT_TRANSLATE_NOOP("ud::core::Aid", "Uncovered (自费)"), 0,
                       {QStringLiteral("自费")})
                .form(QT_TRANSLATE_NOOP("ud::core::Aid", "Unco&vered (自费):")),
            moneyField("excluded", &AidClaim::excluded, QT_TRANSLATE_NOOP("ud::core::Aid", "Not counted"), 0,
                       {QStringLiteral("不予计算")})
                .form(QT_TRANSLATE_NOOP("ud::core::Aid", "&Not counted:")),
            field("illness", &AidClaim::illness, QT_TRANSLATE_NOOP("ud::core::Aid", "Illness"), 0, 100,
                  {QStringLiteral("疾病")})
                .form(QT_TRANSLATE_NOOP("ud::core::Aid", "&Illness (lump sum):")),
            field("documents", &AidClaim::documents, QT_TRANSLATE_NOOP("ud::core::Aid", "Documents"), Multiline, 2000,
                  {}),
            enumField("status", &AidClaim::status, claimStatuses(), ClaimStatus::Draft,
                      QT_TRANSLATE_NOOP("ud::core::Aid", "Status"), 0, {QStringLiteral("状态")}),
            moneyField("part_payout", &AidClaim::partPayout, QT_TRANSLATE_NOOP("ud::core::Aid", "Payout by the rules"),
                       0, {}),
            moneyField("lump_sum", &AidClaim::lumpSum, QT_TRANSLATE_NOOP("ud::core::Aid", "Lump sum"), 0, {}),
            field("trace", &AidClaim::trace, QT_TRANSLATE_NOOP("ud::core::Aid", "Calculation"), Multiline, 100000, {}),
            field("paid", &AidClaim::paid, QT_TRANSLATE_NOOP("ud::core::Aid", "Paid on"), 0, 0, {}),
            field("voucher", &AidClaim::voucher, QT_TRANSLATE_NOOP("ud::core::Aid", "Voucher"), 0, 64, {}),
            field("reason", &AidClaim::reason, QT_TRANSLATE_NOOP("ud::core::Aid", "Reason"), Multiline, 2000, {}),
            field("note", &AidClaim::note, QT_TRANSLATE_NOOP("ud::core::Aid", "Note"), Multiline, 2000,
                  {QStringLiteral("备注")})
                .form(QT_TRANSLATE_NOOP("ud::core::Aid", "N&ote:")),
            field("name", &AidClaim::name, QT_TRANSLATE_NOOP("ud::core::Aid", "Name"), ReadOnly, 0, {}),
            field("staff_no", &AidClaim::staffNo, QT_TRANSLATE_NOOP("ud::core::Aid", "Staff number"), ReadOnly, 0, {}),
            field("unit_name", &AidClaim::unitName, QT_TRANSLATE_NOOP("ud::core::Aid", "Sub-union"), ReadOnly, 0, {}),
        },
        {QStringLiteral("member_id"), QStringLiteral("treated_from")});
    return type;
}

const RecordType<LedgerEntry>& LedgerEntry::type()
{
    static const RecordType<LedgerEntry> type(
        tables::AidLedger, "ud::core::Aid",
        {
            field("period_id", &LedgerEntry::periodId, QT_TRANSLATE_NOOP("ud::core::Aid", "Period"), Required, 0, {})
                .refersTo(tables::AidPeriods, "period_key", "period_key"),
            field("posted", &LedgerEntry::posted, QT_TRANSLATE_NOOP("ud::core::Aid", "Date"), Required, 0,
                  {QStringLiteral("日期")})
                .form(QT_TRANSLATE_NOOP("ud::core::Aid", "&Date:")),
            enumField("kind", &LedgerEntry::kind, ledgerKinds(), LedgerKind::Donation,
                      QT_TRANSLATE_NOOP("ud::core::Aid", "Kind"), 0, {QStringLiteral("类别")})
                .form(QT_TRANSLATE_NOOP("ud::core::Aid", "&Kind:")),
            moneyField("amount", &LedgerEntry::amount, QT_TRANSLATE_NOOP("ud::core::Aid", "Amount"), 0,
                       {QStringLiteral("金额")})
                .form(QT_TRANSLATE_NOOP("ud::core::Aid", "&Amount:")),
            field("claim_id", &LedgerEntry::claimId, QT_TRANSLATE_NOOP("ud::core::Aid", "Claim"), 0, 0, {})
                .refersTo(tables::AidClaims, "id", "id"),
            field("reverses_id", &LedgerEntry::reversesId, QT_TRANSLATE_NOOP("ud::core::Aid", "Reverses"), 0, 0, {})
                .refersTo(tables::AidLedger, "id", "id"),
            field("voucher", &LedgerEntry::voucher, QT_TRANSLATE_NOOP("ud::core::Aid", "Voucher"), 0, 64,
                  {QStringLiteral("凭证号")})
                .form(QT_TRANSLATE_NOOP("ud::core::Aid", "&Voucher:")),
            field("text", &LedgerEntry::text, QT_TRANSLATE_NOOP("ud::core::Aid", "Text"), 0, 500,
                  {QStringLiteral("摘要")})
                .form(QT_TRANSLATE_NOOP("ud::core::Aid", "&Text:")),
        },
        {QStringLiteral("posted"), QStringLiteral("kind")});
    return type;
}

QStringList claimDocuments(Database& db)
{
    QStringList list;
    for (const QString& line : DatabaseSettings(db).value(settings::ClaimDocuments).split(QLatin1Char('\n')))
        if (!line.trimmed().isEmpty())
            list << line.trimmed();
    return list;
}

QList<Table> aidTables()
{
    return {tables::AidSchemes, tables::AidPeriods, tables::AidEnrollments, tables::AidClaims, tables::AidLedger};
}

} // namespace ud::core
