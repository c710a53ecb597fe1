#pragma once

#include "core/db/DatabaseSettings.h"
#include "core/db/Table.h"
#include "core/record/Record.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace ud::core {

/// How a member paid the fee.
enum class FeePayment { Salary, Cash, Transfer };
const KeyedEnum<FeePayment>& feePayments();

/// Where a claim stands: draft → reviewed by the sub-union → by the office → approved by the committee → paid; or
/// rejected (with the reason) at any step before it is paid.
enum class ClaimStatus { Draft, SubUnion, Office, Committee, Paid, Rejected };
const KeyedEnum<ClaimStatus>& claimStatuses();

/// What a ledger entry is: income (positive amounts) or expense (negative).
enum class LedgerKind { MemberFees, School, Union, Matching, Donation, Interest, OtherIncome, Claim, OtherExpense };
const KeyedEnum<LedgerKind>& ledgerKinds();
/// True for the kinds of income.
bool isIncome(LedgerKind kind);

/// A mutual-aid scheme (互助计划): 爱心大病医疗互助, 省产业工会大病医疗互助. Money in fen.
struct AidScheme {
    qint64 id = 0;
    QString name;
    QString shortName;
    qint64 fee = 0;        // one share's fee
    qint64 memberPart = 0; // of the fee: what the member pays
    qint64 schoolPart = 0; // what the school pays
    qint64 unionPart = 0;  // what the union pays
    int matching = 0;      // the school adds this percent of the members' fees (100: 1:1)
    int maxShares = 1;
    bool retirees = false;  // retired members may enroll
    int waitingDays = 0;    // a first-time member's waiting period
    int claimMonths = 6;    // a claim is received at most so many months after the treatment ended (0: no limit)
    bool midPeriod = false; // members may join after the period started
    bool arrears = false;   // fees may be paid late for a past period
    QString note;

    static const RecordType<AidScheme>& type();
    bool operator==(const AidScheme& o) const { return type().same(*this, o); }
};

/// A period of a scheme (2024; 2024-2025 from 1 November to 31 October) with its enrollment window and rule table.
struct AidPeriod {
    qint64 id = 0;
    qint64 schemeId = 0;
    QString key;
    QDate starts;
    QDate ends;
    QDate enrollOpens;
    QDate enrollCloses;
    QString rules; // the rule table's JSON (AidRuleTable::toJson), empty until rules are imported
    // read-only, joined
    QString schemeName;

    bool contains(const QDate& day) const { return day.isValid() && day >= starts && day <= ends; }
    /// 爱心大病医疗互助 2024
    QString label() const { return schemeName + QLatin1Char(' ') + key; }
    static const RecordType<AidPeriod>& type();
    bool operator==(const AidPeriod& o) const { return type().same(*this, o); }
};

/// A member enrolled in a period.
struct AidEnrollment {
    qint64 id = 0;
    qint64 periodId = 0;
    qint64 memberId = 0;
    int shares = 1;
    QDate enrolled;
    qint64 fee = 0; // what the member paid
    FeePayment paidBy = FeePayment::Salary;
    bool arrears = false; // paid late for a past period
    QString note;
    // read-only, joined
    QString name;
    QString staffNo;
    QString unitName;

    static const RecordType<AidEnrollment>& type();
    bool operator==(const AidEnrollment& o) const { return type().same(*this, o); }
};

/// A claim for mutual aid: the member's own costs of one treatment in one part of the rule table, its review and what
/// it pays, with the calculation.
struct AidClaim {
    qint64 id = 0;
    qint64 periodId = 0;
    qint64 memberId = 0;
    QString partKey;
    QDate treatedFrom;
    QDate treatedTo;
    QDate received;
    qint64 ownPay = 0;   // 自付
    qint64 selfCare = 0; // 自理
    qint64 selfPaid = 0; // 自费
    qint64 excluded = 0; // items that do not count
    QString illness;     // for a lump sum
    QString documents;   // the documents received, one per line
    ClaimStatus status = ClaimStatus::Draft;
    qint64 partPayout = 0;
    qint64 lumpSum = 0;
    QString trace; // AidTrace as JSON
    QDate paid;
    QString voucher;
    QString reason; // why it was rejected
    QString note;
    // read-only, joined
    QString name;
    QString staffNo;
    QString unitName;

    /// 自付 + 自理 + 自费 less what does not count, never below 0.
    qint64 eligible() const { return qMax<qint64>(0, ownPay + selfCare + selfPaid - excluded); }
    qint64 payout() const { return partPayout + lumpSum; }
    /// The day the claim deadline runs from: the end of the treatment, else its start.
    QDate treatmentEnd() const { return treatedTo.isValid() ? treatedTo : treatedFrom; }
    /// True while the claim still counts: not rejected.
    bool counts() const { return status != ClaimStatus::Rejected; }
    static const RecordType<AidClaim>& type();
    bool operator==(const AidClaim& o) const { return type().same(*this, o); }
};

/// An entry of a scheme's fund ledger, in a period. Income positive, expense negative.
struct LedgerEntry {
    qint64 id = 0;
    qint64 periodId = 0;
    QDate posted;
    LedgerKind kind = LedgerKind::Donation;
    qint64 amount = 0;
    std::optional<qint64> claimId;
    std::optional<qint64> reversesId;
    QString voucher;
    QString text;

    static const RecordType<LedgerEntry>& type();
    bool operator==(const LedgerEntry& o) const { return type().same(*this, o); }
};

namespace settings {
/// The documents a claim needs, one per line (the claim dialog's checklist).
inline constexpr DatabaseSetting ClaimDocuments{
    "aid/documents", "互助金申请表\n身份证复印件\n医疗费用发票\n费用明细清单\n医保结算单\n出院小结或诊断证明",
    QT_TRANSLATE_NOOP("ud::core", "Documents of a mutual-aid claim")};
} // namespace settings

/// The documents of the setting, in order.
QStringList claimDocuments(Database& db);

namespace tables {
inline constexpr Table AidSchemes{"aid_schemes", QT_TRANSLATE_NOOP("ud::core", "Mutual-aid schemes"), nullptr,
                                  &recordsOf<AidScheme>};
inline constexpr Table AidPeriods{"aid_periods", QT_TRANSLATE_NOOP("ud::core", "Mutual-aid periods"), nullptr,
                                  &recordsOf<AidPeriod>};
inline constexpr Table AidEnrollments{"aid_enrollments", QT_TRANSLATE_NOOP("ud::core", "Mutual-aid enrollment"),
                                      nullptr, &recordsOf<AidEnrollment>};
inline constexpr Table AidClaims{"aid_claims", QT_TRANSLATE_NOOP("ud::core", "Mutual-aid claims"), nullptr,
                                 &recordsOf<AidClaim>};
inline constexpr Table AidLedger{"aid_ledger", QT_TRANSLATE_NOOP("ud::core", "Mutual-aid fund ledger"), nullptr,
                                 &recordsOf<LedgerEntry>};
} // namespace tables
/// The mutual aid's tables.
QList<Table> aidTables();

} // namespace ud::core
