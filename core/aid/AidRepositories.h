#pragma once

#include "core/aid/Aid.h"
#include "core/aid/AidRules.h"
#include "core/record/RecordRepository.h"

namespace ud::core {

/// Mutual-aid schemes: the name unique; the fee's parts add up to the fee when they are given.
class SchemeRepository : public RecordRepository<AidScheme> {
public:
    explicit SchemeRepository(Database& db) : RecordRepository(db, AidScheme::type()) {}
    std::optional<AidScheme> byName(const QString& name) const { return byKey(name); }
    /// The scheme of that name; throws ValidationError naming it when there is none.
    AidScheme requireName(const QString& name) const;

protected:
    QString orderBy() const override { return QStringLiteral("name"); }
    Problems rules(const AidScheme& scheme) const override;
    QString describe(const AidScheme& scheme) const override { return scheme.name; }
};

/// The periods of the schemes with their rule tables: the key unique within the scheme, the days in order, no two
/// periods of a scheme overlapping.
class PeriodRepository : public RecordRepository<AidPeriod> {
public:
    explicit PeriodRepository(Database& db) : RecordRepository(db, AidPeriod::type()) {}
    /// The scheme's periods, the latest first.
    QList<AidPeriod> ofScheme(qint64 schemeId) const;
    std::optional<AidPeriod> byKey(qint64 schemeId, const QString& key) const;
    /// The period of a scheme (by name) and key; throws ValidationError naming what is missing.
    AidPeriod require(const QString& schemeName, const QString& key) const;
    using RecordRepository::require;
    /// The scheme's period that contains `day`.
    std::optional<AidPeriod> on(qint64 schemeId, const QDate& day) const;
    /// The period's rule table; throws ValidationError when the period has none yet.
    AidRuleTable ruleTable(const AidPeriod& period) const;
    /// Stores a rule table: the scheme is created when new, the period created or its days and rules replaced.
    /// Returns the period's id. One transaction with its change history.
    qint64 importRules(const AidRuleTable& table);

    static QString periodSelect();

protected:
    QString selectSql() const override { return periodSelect(); }
    QString alias() const override { return QStringLiteral("p"); }
    QString orderBy() const override { return QStringLiteral("s.name, p.starts DESC"); }
    Problems rules(const AidPeriod& period) const override;
    QString describe(const AidPeriod& period) const override { return period.key; }
};

/// A sub-union's enrollment and fees in a period.
struct EnrollmentTotals {
    QString unit; // the sub-union's name; empty for members without one
    int members = 0;
    int shares = 0;
    qint64 fees = 0; // what the members paid
};

/// Enrollment: once per member and period, shares within the scheme's limit, active members (and retirees where the
/// scheme takes them), no joining after the period started unless the scheme allows it or the fee is arrears.
class EnrollmentRepository : public RecordRepository<AidEnrollment> {
public:
    explicit EnrollmentRepository(Database& db) : RecordRepository(db, AidEnrollment::type()) {}
    /// The period's enrollment by sub-union and name.
    QList<AidEnrollment> ofPeriod(qint64 periodId) const;
    std::optional<AidEnrollment> byMember(qint64 periodId, qint64 memberId) const;
    /// True when the member was enrolled in an earlier period of the same scheme (no waiting period then).
    bool enrolledBefore(const AidPeriod& period, qint64 memberId) const;
    /// Members, shares and fees per sub-union, by sub-union order; one aggregate query.
    QList<EnrollmentTotals> totals(qint64 periodId) const;
    /// Enrolls many members in period `periodId` at once (a sub-union's whole list, demo data): every rule of add()
    /// holds and each row gets its change history, but what the rules need is read once and the rows go in through
    /// one prepared insert. All or nothing: refused with ValidationError listing the problems (the first 100).
    /// Returns the new ids in the order given.
    QList<qint64> addMany(qint64 periodId, const QList<AidEnrollment>& list);

    /// Imports a sub-union's list (.xlsx/.csv): 工号, 姓名, 份数, 缴费日期, 缴费方式 (工资代扣/现金/转账), optionally
    /// 缴费金额, 补缴, 备注. A member already enrolled is updated. All or nothing; errors as "row N: reason"; the
    /// import is one entry of the import log.
    struct ImportResult {
        int added = 0;
        int updated = 0;
        int unchanged = 0;
        QStringList errors; // when there are any, nothing was stored
        bool dryRun = false;
        qint64 batch = 0;
    };
    ImportResult importFile(qint64 periodId, const QString& path, bool dryRun = false);

    static QString enrollmentSelect();

protected:
    QString selectSql() const override { return enrollmentSelect(); }
    QString alias() const override { return QStringLiteral("e"); }
    QString orderBy() const override { return QStringLiteral("u.sort_order, u.name, m.name, e.id"); }
    AidEnrollment normalized(const AidEnrollment& enrollment) const override;
    Problems rules(const AidEnrollment& enrollment) const override;
    QString describe(const AidEnrollment& enrollment) const override;
};

/// A claim and the ledger entries it posted: what an undo step keeps and puts back (ClaimRepository::restore).
struct ClaimFile {
    AidClaim claim;
    QList<LedgerEntry> entries;
};

/// Claims and their rules: the guards (enrolled in the period, past the waiting period, treatment inside the
/// period, received within the scheme's months, a lump sum not yet paid), the payout computed by the period's rule
/// table on the member's cumulative eligible amount in the period minus what the earlier claims paid, in the order of
/// the treatment dates, and the review steps up to the payment, which posts its expense to the ledger.
class ClaimRepository : public RecordRepository<AidClaim> {
public:
    using Snapshot = ClaimFile;

    explicit ClaimRepository(Database& db) : RecordRepository(db, AidClaim::type()) {}

    QList<AidClaim> ofPeriod(qint64 periodId) const;
    /// The member's claims in the period, in the order they are computed (treatment start, then id).
    QList<AidClaim> ofMember(qint64 periodId, qint64 memberId) const;
    ClaimFile file(qint64 id) const;

    /// What keeps the claim from being stored (each names its rule): the guards, the part and the illness.
    Problems guardProblems(const AidClaim& claim) const;
    /// What the claim pays now, with the calculation, given the member's other claims of the period that come before
    /// it; stores nothing. Throws ValidationError with the guards' problems.
    AidPayout compute(const AidClaim& claim) const;

    /// Stores a new claim with its payout and calculation, and recomputes the member's later claims that are not yet
    /// paid. Refused with ValidationError for any problem.
    qint64 submit(const AidClaim& claim);
    /// Stores a claim that a guard refuses as rejected, with the guard's reason (the office keeps what it received).
    qint64 submitRejected(const AidClaim& claim, const QString& reason);
    /// Changes a claim's details while it is not approved by the committee; the payout is computed again.
    void edit(const AidClaim& claim);
    /// The next review step (draft → sub-union → office → committee).
    void advance(qint64 id);
    /// Rejects a claim that is not paid, with the reason; it pays nothing and the member's later claims are computed
    /// again.
    void reject(qint64 id, const QString& reason);
    /// Pays an approved claim on `day` with the voucher number, and posts the expense to the fund's ledger.
    void pay(qint64 id, const QDate& day, const QString& voucher);

    /// Imports claims of a period (.xlsx/.csv): 工号, 项目 (a part's key or name), 就诊日期, 金额 (or 自付, 自理,
    /// 自费), optionally 出院日期, 申请日期 (when not given: the end of the treatment), 不予计算, 疾病, 备注. The rows
    /// are computed in the order of their treatment dates; every guard applies. All or nothing, errors as "row N:
    /// reason"; one entry of the import log.
    struct ImportResult {
        int added = 0;
        qint64 payout = 0;  // what the added claims pay, in fen
        QStringList errors; // when there are any, nothing was stored
        bool dryRun = false;
        qint64 batch = 0;
    };
    ImportResult importFile(qint64 periodId, const QString& path, bool dryRun = false);

    /// Computes the payout of every claim of the period that is not paid or rejected again, in order; returns how
    /// many changed.
    int recompute(qint64 periodId);

    /// Puts a claim and its ledger entries back as `file` holds them (undo and redo of any step); then recomputes
    /// the member's later claims. A file without an id removes nothing.
    void restore(const ClaimFile& file);
    /// Removes a claim entirely (undo of a submission), with its ledger entries.
    void erase(qint64 id);

    static QString claimSelect();

protected:
    QString selectSql() const override { return claimSelect(); }
    QString alias() const override { return QStringLiteral("c"); }
    QString orderBy() const override { return QStringLiteral("c.period_id, c.treated_from, c.id"); }
    AidClaim normalized(const AidClaim& claim) const override;
    QString describe(const AidClaim& claim) const override;

private:
    AidEarlierClaims earlier(const AidClaim& claim, const AidRuleTable& rules, const QList<AidClaim>& others) const;
    AidPayout computeWith(const AidClaim& claim, const AidRuleTable& rules, const QList<AidClaim>& others) const;
    void store(AidClaim claim);
    void recomputeMember(qint64 periodId, qint64 memberId);
};

/// The fund's ledger: income and expenses of each period; corrections are reversing entries.
class LedgerRepository : public RecordRepository<LedgerEntry> {
public:
    explicit LedgerRepository(Database& db) : RecordRepository(db, LedgerEntry::type()) {}
    QList<LedgerEntry> ofPeriod(qint64 periodId) const;
    /// Posts an entry; `amount` is given positive, and stored negative for an expense. Claims are posted by
    /// ClaimRepository::pay, not here.
    qint64 post(const LedgerEntry& entry);
    /// Reverses an entry on `day`: a new entry of the opposite amount naming it. Refused for an entry already
    /// reversed or itself a reversal.
    qint64 reverse(qint64 entryId, const QDate& day, const QString& text = {});
    /// Posts the period's fees that are not yet in the ledger: the members' fees paid, the school's and the union's
    /// parts per share, and the school's matching; each the difference to what the ledger already holds. Returns the
    /// entries posted.
    QList<qint64> postFees(qint64 periodId, const QDate& day);
    /// The fund's balance before the period: every entry of the scheme's earlier periods.
    qint64 balanceBefore(const AidPeriod& period) const;
    /// The balance at the end of the period.
    qint64 balanceAfter(const AidPeriod& period) const;

protected:
    QString orderBy() const override { return QStringLiteral("posted, id"); }
    Problems rules(const LedgerEntry& entry) const override;
    QString describe(const LedgerEntry& entry) const override;
};

} // namespace ud::core
