#include "core/aid/AidRepositories.h"

#include "core/db/ImportLog.h"
#include "core/db/Transaction.h"
#include "core/io/DateText.h"
#include "core/io/TableFile.h"

#include <QCoreApplication>

#include <algorithm>

namespace ud::core {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ud::core::Aid)
};

QString day(const QDate& d)
{
    return isoDateText(d);
}

QVariantMap binds(std::initializer_list<std::pair<const char*, QVariant>> list)
{
    QVariantMap map;
    for (const auto& [k, v] : list)
        map.insert(QString::fromLatin1(k), v);
    return map;
}

} // namespace

// ---------------------------------------------------------------------------------------------------------------
// Schemes

AidScheme SchemeRepository::requireName(const QString& name) const
{
    if (auto s = byName(name.trimmed()))
        return *s;
    throw ValidationError(Tr::tr("There is no mutual-aid scheme named %1.").arg(name));
}

Problems SchemeRepository::rules(const AidScheme& s) const
{
    Problems problems;
    const qint64 parts = s.memberPart + s.schoolPart + s.unionPart;
    if (parts != 0 && parts != s.fee)
        problems.append(
            {QStringLiteral("fee"), Tr::tr("Rule: the member's, the school's and the union's parts (%1) add "
                                           "up to the fee per share (%2).")
                                        .arg(yuanText(parts), yuanText(s.fee))});
    return problems;
}

// ---------------------------------------------------------------------------------------------------------------
// Periods

QString PeriodRepository::periodSelect()
{
    return QStringLiteral(
        "SELECT p.*, s.name AS scheme_name FROM aid_periods p JOIN aid_schemes s ON s.id = p.scheme_id");
}

QList<AidPeriod> PeriodRepository::ofScheme(qint64 schemeId) const
{
    QList<AidPeriod> list;
    for (const QVariantMap& row : m_db.rows(periodSelect() + QStringLiteral(" WHERE p.scheme_id = :s ORDER BY p.starts "
                                                                            "DESC, p.id"),
                                            binds({{"s", schemeId}})))
        list << m_type.fromRow(row);
    return list;
}

std::optional<AidPeriod> PeriodRepository::byKey(qint64 schemeId, const QString& key) const
{
    const auto rows = m_db.rows(periodSelect() + QStringLiteral(" WHERE p.scheme_id = :s AND p.period_key = :k"),
                                binds({{"s", schemeId}, {"k", key.trimmed()}}));
    if (rows.isEmpty())
        return std::nullopt;
    return m_type.fromRow(rows.first());
}

AidPeriod PeriodRepository::require(const QString& schemeName, const QString& key) const
{
    const AidScheme scheme = SchemeRepository(m_db).requireName(schemeName);
    if (auto p = byKey(scheme.id, key))
        return *p;
    throw ValidationError(Tr::tr("%1 has no period %2.").arg(scheme.name, key));
}

std::optional<AidPeriod> PeriodRepository::on(qint64 schemeId, const QDate& d) const
{
    const auto rows = m_db.rows(periodSelect() + QStringLiteral(" WHERE p.scheme_id = :s AND p.starts <= :d AND "
                                                                "p.ends >= :d ORDER BY p.starts DESC"),
                                binds({{"s", schemeId}, {"d", day(d)}}));
    if (rows.isEmpty())
        return std::nullopt;
    return m_type.fromRow(rows.first());
}

AidRuleTable PeriodRepository::ruleTable(const AidPeriod& period) const
{
    if (period.rules.trimmed().isEmpty())
        throw ValidationError(
            Tr::tr("%1 has no rule table yet; import one first (Rule Table › Import, or aid rules import).")
                .arg(period.label()));
    AidRuleTable table = AidRuleTable::fromJson(period.rules.toUtf8());
    table.scheme = period.schemeName;
    table.period = period.key;
    table.start = period.starts;
    table.end = period.ends;
    return table;
}

qint64 PeriodRepository::importRules(const AidRuleTable& table)
{
    if (const Problems problems = table.check(); !problems.isEmpty())
        throw ValidationError(messages(problems).join(QLatin1Char('\n')));
    Transaction tx(m_db);
    SchemeRepository schemes(m_db);
    qint64 schemeId = 0;
    if (auto s = schemes.byName(table.scheme)) {
        schemeId = s->id;
    } else {
        AidScheme scheme;
        scheme.name = table.scheme;
        schemeId = schemes.add(scheme);
    }
    AidPeriod period;
    if (auto stored = byKey(schemeId, table.period))
        period = *stored;
    period.schemeId = schemeId;
    period.key = table.period;
    period.starts = table.start;
    period.ends = table.end;
    period.rules = QString::fromUtf8(table.toJson());
    const qint64 id = period.id == 0 ? add(period) : (update(period), period.id);
    tx.commit();
    return id;
}

Problems PeriodRepository::rules(const AidPeriod& p) const
{
    Problems problems;
    if (p.starts.isValid() && p.ends.isValid() && p.starts > p.ends)
        problems.append({QStringLiteral("ends"), Tr::tr("Rule: a period ends on or after its first day.")});
    if (p.enrollOpens.isValid() && p.enrollCloses.isValid() && p.enrollOpens > p.enrollCloses)
        problems.append(
            {QStringLiteral("enroll_closes"), Tr::tr("Rule: enrollment closes on or after the day it opens.")});
    if (auto same = byKey(p.schemeId, p.key); same && same->id != p.id)
        problems.append({QStringLiteral("period_key"), Tr::tr("The scheme already has a period %1.").arg(p.key)});
    if (p.starts.isValid() && p.ends.isValid()) {
        const auto rows =
            m_db.rows(QStringLiteral("SELECT period_key FROM aid_periods WHERE scheme_id = :s AND id <> :id AND "
                                     "starts <= :e AND ends >= :b"),
                      binds({{"s", p.schemeId}, {"id", p.id}, {"b", day(p.starts)}, {"e", day(p.ends)}}));
        if (!rows.isEmpty())
            problems.append(
                {QStringLiteral("starts"), Tr::tr("Rule: the periods of a scheme do not overlap; %1 "
                                                  "covers some of these days.")
                                               .arg(rows.first().value(QStringLiteral("period_key")).toString())});
    }
    if (!p.rules.trimmed().isEmpty()) {
        try {
            AidRuleTable::fromJson(p.rules.toUtf8());
        } catch (const ValidationError& e) {
            problems.append({QStringLiteral("rules"), e.message()});
        }
    }
    return problems;
}

// ---------------------------------------------------------------------------------------------------------------
// Enrollment

QString EnrollmentRepository::enrollmentSelect()
{
    return QStringLiteral("SELECT e.*, m.name AS name, m.staff_no AS staff_no, COALESCE(u.name, '') AS unit_name "
                          "FROM aid_enrollments e JOIN members m ON m.id = e.member_id "
                          "LEFT JOIN units u ON u.id = m.unit_id");
}

QList<AidEnrollment> EnrollmentRepository::ofPeriod(qint64 periodId) const
{
    QList<AidEnrollment> list;
    for (const QVariantMap& row :
         m_db.rows(enrollmentSelect() + QStringLiteral(" WHERE e.period_id = :p ORDER BY ") + orderBy(),
                   binds({{"p", periodId}})))
        list << m_type.fromRow(row);
    return list;
}

std::optional<AidEnrollment> EnrollmentRepository::byMember(qint64 periodId, qint64 memberId) const
{
    const auto rows = m_db.rows(enrollmentSelect() + QStringLiteral(" WHERE e.period_id = :p AND e.member_id = :m"),
                                binds({{"p", periodId}, {"m", memberId}}));
    if (rows.isEmpty())
        return std::nullopt;
    return m_type.fromRow(rows.first());
}

bool EnrollmentRepository::enrolledBefore(const AidPeriod& period, qint64 memberId) const
{
    return m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM aid_enrollments e JOIN aid_periods p ON p.id = e.period_id "
                                      "WHERE e.member_id = :m AND p.scheme_id = :s AND p.starts < :b"),
                       binds({{"m", memberId}, {"s", period.schemeId}, {"b", day(period.starts)}}))
               .toLongLong() > 0;
}

QList<EnrollmentTotals> EnrollmentRepository::totals(qint64 periodId) const
{
    QList<EnrollmentTotals> list;
    for (const QVariantMap& row :
         m_db.rows(QStringLiteral("SELECT COALESCE(u.name, '') AS unit, COUNT(*) AS members, SUM(e.shares) AS shares, "
                                  "SUM(e.fee) AS fees FROM aid_enrollments e JOIN members m ON m.id = e.member_id "
                                  "LEFT JOIN units u ON u.id = m.unit_id WHERE e.period_id = :p "
                                  "GROUP BY u.id, u.name, u.sort_order ORDER BY MIN(u.sort_order), u.name"),
                   binds({{"p", periodId}}))) {
        EnrollmentTotals t;
        t.unit = row.value(QStringLiteral("unit")).toString();
        t.members = row.value(QStringLiteral("members")).toInt();
        t.shares = row.value(QStringLiteral("shares")).toInt();
        t.fees = row.value(QStringLiteral("fees")).toLongLong();
        list << t;
    }
    return list;
}

AidEnrollment EnrollmentRepository::normalized(const AidEnrollment& enrollment) const
{
    AidEnrollment e = RecordRepository::normalized(enrollment);
    if (e.fee == 0 && e.periodId != 0) {
        // The fee defaults to the member's part of the scheme's fee for the shares.
        const QVariant part =
            m_db.scalar(QStringLiteral("SELECT s.member_part FROM aid_periods p JOIN aid_schemes s ON "
                                       "s.id = p.scheme_id WHERE p.id = :p"),
                        binds({{"p", e.periodId}}));
        e.fee = part.toLongLong() * e.shares;
    }
    return e;
}

QString EnrollmentRepository::describe(const AidEnrollment& e) const
{
    const QString who = e.name.isEmpty() ? m_db.scalar(QStringLiteral("SELECT name FROM members WHERE id = :m"),
                                                       binds({{"m", e.memberId}}))
                                               .toString()
                                         : e.name;
    return who;
}

namespace {

/// What the enrollment rules look at besides the enrollment: its period and scheme, the member's name and status, and
/// the member's enrollment in the period (0: none).
struct EnrollmentFacts {
    const AidPeriod& period;
    const AidScheme& scheme;
    QString name;
    QString status;
    qint64 enrolledAs = 0;
};

Problems enrollmentRules(const AidEnrollment& e, const EnrollmentFacts& f)
{
    Problems problems;
    const AidPeriod& period = f.period;
    const AidScheme& scheme = f.scheme;
    const QString& name = f.name;
    if (f.status == QLatin1String("retired") && !scheme.retirees)
        problems.append({QStringLiteral("member_id"),
                         Tr::tr("Rule: %1 is retired, and %2 does not take retired members.").arg(name, scheme.name)});
    else if (f.status != QLatin1String("active") && f.status != QLatin1String("retired"))
        problems.append({QStringLiteral("member_id"),
                         Tr::tr("Rule: only members of the union enroll; %1 has left the roster.").arg(name)});
    if (e.shares > scheme.maxShares)
        problems.append(
            {QStringLiteral("shares"),
             Tr::tr("Rule: %1 takes at most %n share(s) per member.", nullptr, scheme.maxShares).arg(scheme.name)});
    if (f.enrolledAs != 0 && f.enrolledAs != e.id)
        problems.append(
            {QStringLiteral("member_id"), Tr::tr("Rule: %1 is already enrolled in %2.").arg(name, period.label())});
    if (e.arrears && !scheme.arrears)
        problems.append({QStringLiteral("arrears"),
                         Tr::tr("Rule: %1 does not take fees paid late for a past period.").arg(scheme.name)});
    // Enrollment closes when the period's window says, else at the end of the period's first month (the first
    // salary deduction).
    const QDate closes = period.enrollCloses.isValid()
                             ? period.enrollCloses
                             : QDate(period.starts.year(), period.starts.month(), 1).addMonths(1).addDays(-1);
    if (e.enrolled.isValid() && e.enrolled > closes && !scheme.midPeriod && !e.arrears)
        problems.append(
            {QStringLiteral("enrolled"), Tr::tr("Rule: %1 takes no members once its enrollment closed (%2); "
                                                "%3 enrolled on %4.")
                                             .arg(scheme.name, day(closes), name, day(e.enrolled))});
    if (e.enrolled.isValid() && e.enrolled > period.ends && !e.arrears)
        problems.append(
            {QStringLiteral("enrolled"),
             Tr::tr("Rule: %1 ended on %2; a fee paid later is arrears.").arg(period.label(), day(period.ends))});
    return problems;
}

} // namespace

Problems EnrollmentRepository::rules(const AidEnrollment& e) const
{
    Problems problems;
    const auto period = PeriodRepository(m_db).byId(e.periodId);
    if (!period) {
        problems.append({QStringLiteral("period_id"), Tr::tr("Choose the period.")});
        return problems;
    }
    const AidScheme scheme = SchemeRepository(m_db).require(period->schemeId);
    const auto member =
        m_db.rows(QStringLiteral("SELECT name, status FROM members WHERE id = :m"), binds({{"m", e.memberId}}));
    if (member.isEmpty())
        return problems; // the reference check names it
    const auto other = byMember(e.periodId, e.memberId);
    return enrollmentRules(e, {*period, scheme, member.first().value(QStringLiteral("name")).toString(),
                               member.first().value(QStringLiteral("status")).toString(), other ? other->id : 0});
}

QList<qint64> EnrollmentRepository::addMany(qint64 periodId, const QList<AidEnrollment>& list)
{
    Transaction tx(m_db);
    const AidPeriod period = PeriodRepository(m_db).RecordRepository::require(periodId);
    const AidScheme scheme = SchemeRepository(m_db).require(period.schemeId);
    // What the rules need, read once: every member's name and status, and who is enrolled already.
    QHash<qint64, QPair<QString, QString>> members;
    for (QSqlQuery q = m_db.exec(QStringLiteral("SELECT id, name, status FROM members")); q.next();)
        members.insert(q.value(0).toLongLong(), {q.value(1).toString(), q.value(2).toString()});
    QHash<qint64, qint64> enrolledAs;
    for (QSqlQuery q = m_db.exec(QStringLiteral("SELECT member_id, id FROM aid_enrollments WHERE period_id = :p"),
                                 binds({{"p", periodId}}));
         q.next();)
        enrolledAs.insert(q.value(0).toLongLong(), q.value(1).toLongLong());

    const QStringList columns = m_type.columnNames();
    RecordStore::BulkInsert insert(m_db, m_type.table().sqlName(), columns);
    QStringList errors;
    QList<qint64> ids;
    ids.reserve(list.size());
    for (const AidEnrollment& given : list) {
        AidEnrollment e = RecordRepository::normalized(given);
        e.id = 0;
        e.periodId = periodId;
        if (e.fee == 0)
            e.fee = scheme.memberPart * e.shares; // as normalized() does
        Problems problems = m_type.fieldProblems(e);
        if (const auto who = members.constFind(e.memberId); who != members.cend())
            problems += enrollmentRules(e, {period, scheme, who->first, who->second, enrolledAs.value(e.memberId)});
        if (!problems.isEmpty()) {
            errors << messages(problems);
            continue;
        }
        const QVariantMap values = m_type.values(e);
        QVariantList row;
        row.reserve(columns.size());
        for (const QString& column : columns)
            row << values.value(column);
        const qint64 id = insert.insert(row);
        enrolledAs.insert(e.memberId, id);
        ids << id;
    }
    if (!errors.isEmpty())
        throw ValidationError(TableFile::cappedMessages(errors).join(QLatin1Char('\n')));
    tx.commit();
    return ids;
}

EnrollmentRepository::ImportResult EnrollmentRepository::importFile(qint64 periodId, const QString& path, bool dryRun)
{
    ImportResult result;
    result.dryRun = dryRun;
    const AidPeriod period = PeriodRepository(m_db).RecordRepository::require(periodId);
    const TableFile file = TableFile::load(path);
    QHash<QString, QString> aliases;
    const QList<QPair<const char*, QStringList>> headers{
        {"staff_no", {QStringLiteral("工号"), QStringLiteral("职工号")}},
        {"name", {QStringLiteral("姓名")}},
        {"shares", {QStringLiteral("份数")}},
        {"enrolled", {QStringLiteral("缴费日期"), QStringLiteral("参加日期")}},
        {"paid_by", {QStringLiteral("缴费方式")}},
        {"fee", {QStringLiteral("缴费金额"), QStringLiteral("金额")}},
        {"arrears", {QStringLiteral("补缴")}},
        {"note", {QStringLiteral("备注")}}};
    for (const auto& [field, list] : headers) {
        aliases.insert(QString::fromLatin1(field), QString::fromLatin1(field));
        for (const QString& h : list)
            aliases.insert(h, QString::fromLatin1(field));
    }
    const QHash<QString, int> columns = file.matchHeader(aliases);
    QStringList missing;
    for (const auto& [field, title] :
         QList<QPair<QString, QString>>{{QStringLiteral("staff_no"), QStringLiteral("工号")},
                                        {QStringLiteral("enrolled"), QStringLiteral("缴费日期")}})
        if (!columns.contains(field))
            missing << title;
    if (!missing.isEmpty())
        throw ValidationError(Tr::tr("%1 lacks the column(s) %2.").arg(path, missing.join(QStringLiteral("、"))));

    Transaction tx(m_db);
    ImportBatch batch(m_db, ImportLog::Kind::Import, tables::AidEnrollments, path);
    QSet<qint64> seen;
    for (int i = 0; i < file.rows.size(); ++i) {
        const QVariantList& cells = file.rows.at(i);
        auto text = [&](const char* field) {
            const int c = columns.value(QString::fromLatin1(field), -1);
            return c < 0 || c >= cells.size() ? QString() : TableFile::cellText(cells.at(c)).trimmed();
        };
        try {
            const QString staffNo = text("staff_no");
            if (staffNo.isEmpty())
                throw ValidationError(Tr::tr("工号 is empty."));
            const auto member =
                m_db.rows(QStringLiteral("SELECT id, name FROM members WHERE staff_no = :s"), binds({{"s", staffNo}}));
            if (member.isEmpty())
                throw ValidationError(Tr::tr("staff number %1 is not on the roster.").arg(staffNo));
            const qint64 memberId = member.first().value(QStringLiteral("id")).toLongLong();
            const QString stored = member.first().value(QStringLiteral("name")).toString();
            if (!text("name").isEmpty() && text("name") != stored)
                throw ValidationError(
                    Tr::tr("staff number %1 is %2 on the roster, not %3.").arg(staffNo, stored, text("name")));
            if (seen.contains(memberId))
                throw ValidationError(Tr::tr("%1 (%2) appears twice in the file.").arg(stored, staffNo));
            seen.insert(memberId);
            AidEnrollment e;
            if (auto old = byMember(periodId, memberId))
                e = *old;
            const AidEnrollment before = e;
            e.periodId = periodId;
            e.memberId = memberId;
            if (!text("shares").isEmpty()) {
                bool ok = false;
                e.shares = text("shares").toInt(&ok);
                if (!ok || e.shares < 1)
                    throw ValidationError(Tr::tr("份数 \"%1\" is not a whole number of shares.").arg(text("shares")));
            }
            const auto enrolled = parseDateText(text("enrolled"));
            if (!enrolled)
                throw ValidationError(Tr::tr("缴费日期 \"%1\" is not a date.").arg(text("enrolled")));
            e.enrolled = *enrolled;
            if (const QString how = text("paid_by"); !how.isEmpty()) {
                static const QHash<QString, FeePayment> words{{QStringLiteral("工资代扣"), FeePayment::Salary},
                                                              {QStringLiteral("工资扣除"), FeePayment::Salary},
                                                              {QStringLiteral("工资"), FeePayment::Salary},
                                                              {QStringLiteral("现金"), FeePayment::Cash},
                                                              {QStringLiteral("转账"), FeePayment::Transfer},
                                                              {QStringLiteral("银行转账"), FeePayment::Transfer}};
                if (words.contains(how))
                    e.paidBy = words.value(how);
                else if (auto v = feePayments().fromText(how))
                    e.paidBy = *v;
                else
                    throw ValidationError(Tr::tr("缴费方式 \"%1\" is not 工资代扣, 现金 or 转账.").arg(how));
            }
            if (const QString fee = text("fee"); !fee.isEmpty()) {
                const auto fen = parseYuan(fee);
                if (!fen)
                    throw ValidationError(Tr::tr("缴费金额 \"%1\" is not an amount in yuan.").arg(fee));
                e.fee = *fen;
            } else if (e.id == 0 || e.shares != before.shares) {
                e.fee = 0; // the scheme's member part for the shares
            }
            if (const QString late = text("arrears"); !late.isEmpty())
                e.arrears = late == QStringLiteral("是") ||
                            late.compare(QStringLiteral("yes"), Qt::CaseInsensitive) == 0 ||
                            late == QStringLiteral("1");
            if (!text("note").isEmpty())
                e.note = text("note");
            if (e.id == 0) {
                add(e);
                ++result.added;
            } else if (update(e)) {
                ++result.updated;
            } else {
                ++result.unchanged;
            }
        } catch (const Error& err) {
            result.errors << TableFile::rowMessage(file.rowNumbers.at(i), err.message());
        }
    }
    if (!result.errors.isEmpty() || dryRun)
        return result;
    batch.finish();
    result.batch = batch.id();
    tx.commit();
    return result;
}

// ---------------------------------------------------------------------------------------------------------------
// Claims

QString ClaimRepository::claimSelect()
{
    return QStringLiteral("SELECT c.*, m.name AS name, m.staff_no AS staff_no, COALESCE(u.name, '') AS unit_name "
                          "FROM aid_claims c JOIN members m ON m.id = c.member_id "
                          "LEFT JOIN units u ON u.id = m.unit_id");
}

QList<AidClaim> ClaimRepository::ofPeriod(qint64 periodId) const
{
    QList<AidClaim> list;
    for (const QVariantMap& row : m_db.rows(claimSelect() + QStringLiteral(" WHERE c.period_id = :p ORDER BY "
                                                                           "c.treated_from, c.id"),
                                            binds({{"p", periodId}})))
        list << m_type.fromRow(row);
    return list;
}

QList<AidClaim> ClaimRepository::ofMember(qint64 periodId, qint64 memberId) const
{
    QList<AidClaim> list;
    for (const QVariantMap& row :
         m_db.rows(claimSelect() + QStringLiteral(" WHERE c.period_id = :p AND c.member_id = :m ORDER BY "
                                                  "c.treated_from, c.id"),
                   binds({{"p", periodId}, {"m", memberId}})))
        list << m_type.fromRow(row);
    return list;
}

ClaimFile ClaimRepository::file(qint64 id) const
{
    ClaimFile f;
    f.claim = require(id);
    LedgerRepository ledger(m_db);
    for (const QVariantMap& row :
         m_db.rows(QStringLiteral("SELECT * FROM aid_ledger WHERE claim_id = :c ORDER BY id"), binds({{"c", id}})))
        f.entries << LedgerEntry::type().fromRow(row);
    return f;
}

AidClaim ClaimRepository::normalized(const AidClaim& claim) const
{
    AidClaim c = RecordRepository::normalized(claim);
    if (!c.received.isValid())
        c.received = QDate::currentDate();
    return c;
}

QString ClaimRepository::describe(const AidClaim& c) const
{
    QString who = c.name;
    if (who.isEmpty())
        who = m_db.scalar(QStringLiteral("SELECT name FROM members WHERE id = :m"), binds({{"m", c.memberId}}))
                  .toString();
    return Tr::tr("the claim of %1 for %2").arg(who, day(c.treatedFrom));
}

namespace {
/// True when claim `a` is computed before claim `b` (treatment start, then the order they were stored in; a new claim
/// comes after the stored ones of the same day).
bool before(const AidClaim& a, const AidClaim& b)
{
    if (a.treatedFrom != b.treatedFrom)
        return a.treatedFrom < b.treatedFrom;
    if (b.id == 0)
        return a.id != 0;
    return a.id != 0 && a.id < b.id;
}
} // namespace

AidEarlierClaims ClaimRepository::earlier(const AidClaim& claim, const AidRuleTable& rules,
                                          const QList<AidClaim>& others) const
{
    AidEarlierClaims e;
    for (const AidClaim& o : others) {
        if (o.id == claim.id && claim.id != 0)
            continue;
        if (!o.counts() || o.periodId != claim.periodId || o.memberId != claim.memberId || !before(o, claim))
            continue;
        e.eligibleByPart[o.partKey] += o.eligible();
        e.paid += o.partPayout;
    }
    if (!claim.illness.isEmpty()) {
        if (const AidLumpSum* lump = rules.lumpSum(claim.illness)) {
            const bool schemeWide = lump->once == LumpSumScope::Scheme;
            const QString sql =
                schemeWide
                    ? QStringLiteral("SELECT COUNT(*) FROM aid_claims c JOIN aid_periods p ON p.id = c.period_id "
                                     "WHERE c.member_id = :m AND c.lump_sum > 0 AND c.status <> 'rejected' AND "
                                     "c.id <> :id AND p.scheme_id = (SELECT scheme_id FROM aid_periods WHERE id = "
                                     ":p)")
                    : QStringLiteral("SELECT COUNT(*) FROM aid_claims c WHERE c.member_id = :m AND c.lump_sum > 0 "
                                     "AND c.status <> 'rejected' AND c.id <> :id AND c.period_id = :p");
            e.lumpSumTaken =
                m_db.scalar(sql, binds({{"m", claim.memberId}, {"id", claim.id}, {"p", claim.periodId}})).toLongLong() >
                0;
        }
    }
    return e;
}

Problems ClaimRepository::guardProblems(const AidClaim& claim) const
{
    Problems problems;
    const auto period = PeriodRepository(m_db).byId(claim.periodId);
    if (!period) {
        problems.append({QStringLiteral("period_id"), Tr::tr("Choose the scheme and period of the claim.")});
        return problems;
    }
    const AidScheme scheme = SchemeRepository(m_db).require(period->schemeId);
    const QString who =
        m_db.scalar(QStringLiteral("SELECT name FROM members WHERE id = :m"), binds({{"m", claim.memberId}}))
            .toString();
    EnrollmentRepository enrollments(m_db);
    const auto enrollment = enrollments.byMember(period->id, claim.memberId);
    if (!enrollment) {
        problems.append(
            {QStringLiteral("member_id"),
             Tr::tr("Rule: only enrolled members claim; %1 is not enrolled in %2.").arg(who, period->label())});
    } else if (scheme.waitingDays > 0 && claim.treatedFrom.isValid() &&
               !enrollments.enrolledBefore(*period, claim.memberId)) {
        const QDate from = qMax(enrollment->enrolled, period->starts).addDays(scheme.waitingDays);
        if (claim.treatedFrom < from)
            problems.append(
                {QStringLiteral("treated_from"),
                 Tr::tr("Rule: waiting period. %1 first enrolled on %2; treatment counts from %3 (%n day(s) later), "
                        "this one started on %4.",
                        nullptr, scheme.waitingDays)
                     .arg(who, day(enrollment->enrolled), day(from), day(claim.treatedFrom))});
    }
    if (claim.treatedFrom.isValid() && !period->contains(claim.treatedFrom))
        problems.append(
            {QStringLiteral("treated_from"),
             Tr::tr("Rule: treatment inside the period. The treatment started on %1, outside %2 (%3 to %4).")
                 .arg(day(claim.treatedFrom), period->label(), day(period->starts), day(period->ends))});
    if (claim.treatedTo.isValid() && claim.treatedFrom.isValid() && claim.treatedTo < claim.treatedFrom)
        problems.append({QStringLiteral("treated_to"), Tr::tr("The treatment ends on or after the day it started.")});
    const QDate received = claim.received.isValid() ? claim.received : QDate::currentDate();
    if (scheme.claimMonths > 0 && claim.treatmentEnd().isValid() &&
        received > claim.treatmentEnd().addMonths(scheme.claimMonths))
        problems.append({QStringLiteral("received"),
                         Tr::tr("Rule: claims within %n month(s). The treatment ended on %1; the claim was received on "
                                "%2, after %3.",
                                nullptr, scheme.claimMonths)
                             .arg(day(claim.treatmentEnd()), day(received),
                                  day(claim.treatmentEnd().addMonths(scheme.claimMonths)))});
    AidRuleTable rules;
    try {
        rules = PeriodRepository(m_db).ruleTable(*period);
    } catch (const ValidationError& e) {
        problems.append({QStringLiteral("period_id"), e.message()});
        return problems;
    }
    if (!rules.part(claim.partKey)) {
        QStringList parts;
        for (const AidPart& p : rules.parts)
            parts << QStringLiteral("%1 (%2)").arg(p.name, p.key);
        problems.append(
            {QStringLiteral("part_key"), Tr::tr("%1 has no part %2; its parts are %3.")
                                             .arg(period->label(), claim.partKey, parts.join(Tr::tr(", ")))});
    }
    if (!claim.illness.isEmpty()) {
        if (!rules.lumpSum(claim.illness)) {
            QStringList listed;
            for (const AidLumpSum& l : rules.lumpSums)
                listed << l.illness;
            problems.append({QStringLiteral("illness"),
                             listed.isEmpty() ? Tr::tr("%1 pays no lump sums.").arg(period->label())
                                              : Tr::tr("%1 is not a listed illness of %2 (%3).")
                                                    .arg(claim.illness, period->label(), listed.join(Tr::tr(", ")))});
        } else if (earlier(claim, rules, {}).lumpSumTaken) {
            problems.append(
                {QStringLiteral("illness"),
                 rules.lumpSum(claim.illness)->once == LumpSumScope::Scheme
                     ? Tr::tr("Rule: a lump sum once per member; %1 was already paid one by %2.").arg(who, scheme.name)
                     : Tr::tr("Rule: a lump sum once per member and period; %1 was already paid one in %2.")
                           .arg(who, period->label())});
        }
    }
    return problems;
}

AidPayout ClaimRepository::computeWith(const AidClaim& claim, const AidRuleTable& rules,
                                       const QList<AidClaim>& others) const
{
    const AidClaimInput input{rules.part(claim.partKey) ? rules.part(claim.partKey)->key : claim.partKey,
                              claim.eligible(), claim.illness};
    return computePayout(rules, input, earlier(claim, rules, others));
}

AidPayout ClaimRepository::compute(const AidClaim& claim) const
{
    const AidClaim c = normalized(claim);
    if (const Problems problems = guardProblems(c); !problems.isEmpty())
        throw ValidationError(messages(problems).join(QLatin1Char('\n')));
    const AidPeriod period = PeriodRepository(m_db).RecordRepository::require(c.periodId);
    return computeWith(c, PeriodRepository(m_db).ruleTable(period), ofMember(c.periodId, c.memberId));
}

void ClaimRepository::store(AidClaim c)
{
    RecordStore(m_db).update(m_type.table().sqlName(), c.id, m_type.values(c));
}

void ClaimRepository::recomputeMember(qint64 periodId, qint64 memberId)
{
    const auto period = PeriodRepository(m_db).byId(periodId);
    if (!period || period->rules.trimmed().isEmpty())
        return;
    const AidRuleTable rules = PeriodRepository(m_db).ruleTable(*period);
    QList<AidClaim> claims = ofMember(periodId, memberId);
    for (AidClaim& c : claims) {
        if (c.status == ClaimStatus::Paid || c.status == ClaimStatus::Rejected || !rules.part(c.partKey))
            continue;
        const AidPayout p = computeWith(c, rules, claims);
        const QString trace = QString::fromUtf8(traceToJson(p.trace));
        if (p.partPayout != c.partPayout || p.lumpSum != c.lumpSum || trace != c.trace) {
            c.partPayout = p.partPayout;
            c.lumpSum = p.lumpSum;
            c.trace = trace;
            store(c);
        }
    }
}

qint64 ClaimRepository::submit(const AidClaim& claim)
{
    Transaction tx(m_db);
    AidClaim c = normalized(claim);
    c.id = 0;
    check(c);
    const AidPayout payout = compute(c);
    c.status = ClaimStatus::Draft;
    c.partPayout = payout.partPayout;
    c.lumpSum = payout.lumpSum;
    c.trace = QString::fromUtf8(traceToJson(payout.trace));
    const qint64 id = RecordStore(m_db).insert(m_type.table().sqlName(), m_type.values(c));
    recomputeMember(c.periodId, c.memberId);
    tx.commit();
    return id;
}

qint64 ClaimRepository::submitRejected(const AidClaim& claim, const QString& reason)
{
    if (reason.trimmed().isEmpty())
        throw ValidationError(Tr::tr("Rule: a rejected claim needs the reason."));
    Transaction tx(m_db);
    AidClaim c = normalized(claim);
    c.id = 0;
    check(c);
    c.status = ClaimStatus::Rejected;
    c.reason = reason.trimmed();
    c.partPayout = 0;
    c.lumpSum = 0;
    c.trace.clear();
    const qint64 id = RecordStore(m_db).insert(m_type.table().sqlName(), m_type.values(c));
    tx.commit();
    return id;
}

void ClaimRepository::edit(const AidClaim& claim)
{
    Transaction tx(m_db);
    const AidClaim old = require(claim.id);
    if (old.status == ClaimStatus::Committee || old.status == ClaimStatus::Paid || old.status == ClaimStatus::Rejected)
        throw ValidationError(
            Tr::tr("%1 is %2; its details no longer change.").arg(describe(old), claimStatuses().label(old.status)));
    AidClaim c = normalized(claim);
    c.status = old.status;
    c.paid = old.paid;
    c.voucher = old.voucher;
    c.reason = old.reason;
    check(c);
    const AidPayout payout = compute(c);
    c.partPayout = payout.partPayout;
    c.lumpSum = payout.lumpSum;
    c.trace = QString::fromUtf8(traceToJson(payout.trace));
    store(c);
    recomputeMember(old.periodId, old.memberId);
    if (old.periodId != c.periodId || old.memberId != c.memberId)
        recomputeMember(c.periodId, c.memberId);
    tx.commit();
}

void ClaimRepository::advance(qint64 id)
{
    Transaction tx(m_db);
    AidClaim c = require(id);
    switch (c.status) {
    case ClaimStatus::Draft:
        c.status = ClaimStatus::SubUnion;
        break;
    case ClaimStatus::SubUnion:
        c.status = ClaimStatus::Office;
        break;
    case ClaimStatus::Office:
        c.status = ClaimStatus::Committee;
        break;
    default:
        throw ValidationError(
            Tr::tr("%1 is %2; there is no review step left.").arg(describe(c), claimStatuses().label(c.status)));
    }
    store(c);
    tx.commit();
}

void ClaimRepository::reject(qint64 id, const QString& reason)
{
    Transaction tx(m_db);
    AidClaim c = require(id);
    if (c.status == ClaimStatus::Paid)
        throw ValidationError(
            Tr::tr("%1 is paid; a paid claim is corrected by a reversing entry in the ledger.").arg(describe(c)));
    if (c.status == ClaimStatus::Rejected)
        throw ValidationError(Tr::tr("%1 is already rejected.").arg(describe(c)));
    if (reason.trimmed().isEmpty())
        throw ValidationError(Tr::tr("Rule: a rejected claim needs the reason."));
    c.status = ClaimStatus::Rejected;
    c.reason = reason.trimmed();
    c.partPayout = 0;
    c.lumpSum = 0;
    store(c);
    recomputeMember(c.periodId, c.memberId);
    tx.commit();
}

void ClaimRepository::pay(qint64 id, const QDate& d, const QString& voucher)
{
    Transaction tx(m_db);
    AidClaim c = require(id);
    if (c.status != ClaimStatus::Committee)
        throw ValidationError(Tr::tr("Rule: a claim is paid once the committee approved it; %1 is %2.")
                                  .arg(describe(c), claimStatuses().label(c.status)));
    if (!d.isValid())
        throw ValidationError(Tr::tr("Give the day of the payment."));
    c.status = ClaimStatus::Paid;
    c.paid = d;
    c.voucher = voucher.trimmed();
    store(c);
    if (c.payout() > 0) {
        LedgerEntry e;
        e.periodId = c.periodId;
        e.posted = d;
        e.kind = LedgerKind::Claim;
        e.amount = -c.payout();
        e.claimId = c.id;
        e.voucher = c.voucher;
        e.text = Tr::tr("Claim of %1 (%2)").arg(c.name, c.staffNo);
        RecordStore(m_db).insert(tables::AidLedger.sqlName(), LedgerEntry::type().values(e));
    }
    tx.commit();
}

ClaimRepository::ImportResult ClaimRepository::importFile(qint64 periodId, const QString& path, bool dryRun)
{
    ImportResult result;
    result.dryRun = dryRun;
    const AidPeriod period = PeriodRepository(m_db).RecordRepository::require(periodId);
    const AidRuleTable rules = PeriodRepository(m_db).ruleTable(period);
    const TableFile file = TableFile::load(path);
    QHash<QString, QString> aliases;
    const QList<QPair<const char*, QStringList>> headers{
        {"staff_no", {QStringLiteral("工号"), QStringLiteral("职工号")}},
        {"name", {QStringLiteral("姓名")}},
        {"part", {QStringLiteral("项目"), QStringLiteral("报销项目"), QStringLiteral("补助项目")}},
        {"treated_from", {QStringLiteral("就诊日期"), QStringLiteral("入院日期")}},
        {"treated_to", {QStringLiteral("出院日期")}},
        {"received", {QStringLiteral("申请日期"), QStringLiteral("受理日期")}},
        {"amount", {QStringLiteral("金额"), QStringLiteral("可报金额")}},
        {"own_pay", {QStringLiteral("自付")}},
        {"self_care", {QStringLiteral("自理")}},
        {"self_paid", {QStringLiteral("自费")}},
        {"excluded", {QStringLiteral("不予计算")}},
        {"illness", {QStringLiteral("疾病"), QStringLiteral("病种")}},
        {"note", {QStringLiteral("备注")}}};
    for (const auto& [field, list] : headers) {
        aliases.insert(QString::fromLatin1(field), QString::fromLatin1(field));
        for (const QString& h : list)
            aliases.insert(h, QString::fromLatin1(field));
    }
    const QHash<QString, int> columns = file.matchHeader(aliases);
    QStringList missing;
    if (!columns.contains(QStringLiteral("staff_no")))
        missing << QStringLiteral("工号");
    if (!columns.contains(QStringLiteral("part")))
        missing << QStringLiteral("项目");
    if (!columns.contains(QStringLiteral("treated_from")))
        missing << QStringLiteral("就诊日期");
    if (!columns.contains(QStringLiteral("amount")) && !columns.contains(QStringLiteral("own_pay")) &&
        !columns.contains(QStringLiteral("self_care")) && !columns.contains(QStringLiteral("self_paid")))
        missing << QStringLiteral("金额");
    if (!missing.isEmpty())
        throw ValidationError(Tr::tr("%1 lacks the column(s) %2.").arg(path, missing.join(QStringLiteral("、"))));

    // Each row read first; then stored in the order of the treatment dates (the file's order within a day).
    struct Row {
        int number = 0;
        AidClaim claim;
    };
    QList<Row> rows;
    for (int i = 0; i < file.rows.size(); ++i) {
        const QVariantList& cells = file.rows.at(i);
        auto text = [&](const char* field) {
            const int c = columns.value(QString::fromLatin1(field), -1);
            return c < 0 || c >= cells.size() ? QString() : TableFile::cellText(cells.at(c)).trimmed();
        };
        auto money = [&](const char* field, const QString& title) -> qint64 {
            const QString t = text(field);
            if (t.isEmpty())
                return 0;
            const auto fen = parseYuan(t);
            if (!fen)
                throw ValidationError(Tr::tr("%1 \"%2\" is not an amount in yuan.").arg(title, t));
            return *fen;
        };
        auto date = [&](const char* field, const QString& title) -> QDate {
            const QString t = text(field);
            if (t.isEmpty())
                return {};
            const auto d = parseDateText(t);
            if (!d)
                throw ValidationError(Tr::tr("%1 \"%2\" is not a date.").arg(title, t));
            return *d;
        };
        try {
            const QString staffNo = text("staff_no");
            if (staffNo.isEmpty())
                throw ValidationError(Tr::tr("工号 is empty."));
            const auto member =
                m_db.rows(QStringLiteral("SELECT id, name FROM members WHERE staff_no = :s"), binds({{"s", staffNo}}));
            if (member.isEmpty())
                throw ValidationError(Tr::tr("staff number %1 is not on the roster.").arg(staffNo));
            const QString stored = member.first().value(QStringLiteral("name")).toString();
            if (!text("name").isEmpty() && text("name") != stored)
                throw ValidationError(
                    Tr::tr("staff number %1 is %2 on the roster, not %3.").arg(staffNo, stored, text("name")));
            AidClaim c;
            c.periodId = periodId;
            c.memberId = member.first().value(QStringLiteral("id")).toLongLong();
            const AidPart* part = rules.part(text("part"));
            if (!part) {
                QStringList parts;
                for (const AidPart& p : rules.parts)
                    parts << QStringLiteral("%1 (%2)").arg(p.name, p.key);
                throw ValidationError(Tr::tr("%1 has no part %2; its parts are %3.")
                                          .arg(period.label(), text("part"), parts.join(Tr::tr(", "))));
            }
            c.partKey = part->key;
            c.treatedFrom = date("treated_from", QStringLiteral("就诊日期"));
            if (!c.treatedFrom.isValid())
                throw ValidationError(Tr::tr("就诊日期 is empty."));
            c.treatedTo = date("treated_to", QStringLiteral("出院日期"));
            c.received = date("received", QStringLiteral("申请日期"));
            if (!c.received.isValid())
                c.received = c.treatmentEnd();
            const bool parts3 = columns.contains(QStringLiteral("own_pay")) ||
                                columns.contains(QStringLiteral("self_care")) ||
                                columns.contains(QStringLiteral("self_paid"));
            if (!text("amount").isEmpty() || !parts3) {
                c.ownPay = money("amount", QStringLiteral("金额"));
            } else {
                c.ownPay = money("own_pay", QStringLiteral("自付"));
                c.selfCare = money("self_care", QStringLiteral("自理"));
                c.selfPaid = money("self_paid", QStringLiteral("自费"));
            }
            c.excluded = money("excluded", QStringLiteral("不予计算"));
            c.illness = text("illness");
            c.note = text("note");
            rows.append({file.rowNumbers.at(i), c});
        } catch (const Error& err) {
            result.errors << TableFile::rowMessage(file.rowNumbers.at(i), err.message());
        }
    }
    std::stable_sort(rows.begin(), rows.end(),
                     [](const Row& a, const Row& b) { return a.claim.treatedFrom < b.claim.treatedFrom; });
    Transaction tx(m_db);
    ImportBatch batch(m_db, ImportLog::Kind::Import, tables::AidClaims, path);
    for (const Row& row : std::as_const(rows)) {
        try {
            const qint64 id = submit(row.claim);
            result.payout += require(id).payout();
            ++result.added;
        } catch (const Error& err) {
            result.errors << TableFile::rowMessage(row.number, err.message());
        }
    }
    if (!result.errors.isEmpty() || dryRun) {
        std::sort(result.errors.begin(), result.errors.end(), [](const QString& a, const QString& b) {
            QString ra, rb;
            return TableFile::messageRow(a, &ra) < TableFile::messageRow(b, &rb);
        });
        return result;
    }
    batch.finish();
    result.batch = batch.id();
    tx.commit();
    return result;
}

int ClaimRepository::recompute(qint64 periodId)
{
    Transaction tx(m_db);
    const AidPeriod period = PeriodRepository(m_db).RecordRepository::require(periodId);
    const AidRuleTable rules = PeriodRepository(m_db).ruleTable(period);
    QList<AidClaim> claims = ofPeriod(periodId);
    // By member, each member's claims in order.
    std::stable_sort(claims.begin(), claims.end(),
                     [](const AidClaim& a, const AidClaim& b) { return a.memberId < b.memberId; });
    int changed = 0;
    for (qsizetype first = 0; first < claims.size();) {
        qsizetype last = first;
        while (last < claims.size() && claims.at(last).memberId == claims.at(first).memberId)
            ++last;
        QList<AidClaim> mine = claims.mid(first, last - first);
        for (AidClaim& c : mine) {
            if (c.status == ClaimStatus::Paid || c.status == ClaimStatus::Rejected || !rules.part(c.partKey))
                continue;
            const AidPayout p = computeWith(c, rules, mine);
            const QString trace = QString::fromUtf8(traceToJson(p.trace));
            if (p.partPayout != c.partPayout || p.lumpSum != c.lumpSum || trace != c.trace) {
                c.partPayout = p.partPayout;
                c.lumpSum = p.lumpSum;
                c.trace = trace;
                store(c);
                ++changed;
            }
        }
        first = last;
    }
    tx.commit();
    return changed;
}

void ClaimRepository::restore(const ClaimFile& f)
{
    Transaction tx(m_db);
    RecordStore store(m_db);
    const qint64 id = f.claim.id;
    if (id != 0) {
        for (const QVariantMap& row :
             m_db.rows(QStringLiteral("SELECT id FROM aid_ledger WHERE claim_id = :c"), binds({{"c", id}})))
            store.remove(tables::AidLedger.sqlName(), row.value(QStringLiteral("id")).toLongLong());
        QVariantMap values = m_type.values(f.claim);
        if (byId(id)) {
            store.update(m_type.table().sqlName(), id, values);
        } else {
            values.insert(QStringLiteral("id"), id);
            store.insert(m_type.table().sqlName(), values);
        }
        for (const LedgerEntry& e : f.entries) {
            QVariantMap v = LedgerEntry::type().values(e);
            v.insert(QStringLiteral("id"), e.id);
            store.insert(tables::AidLedger.sqlName(), v);
        }
        recomputeMember(f.claim.periodId, f.claim.memberId);
    }
    tx.commit();
}

void ClaimRepository::erase(qint64 id)
{
    Transaction tx(m_db);
    const AidClaim c = require(id);
    RecordStore store(m_db);
    for (const QVariantMap& row : m_db.rows(
             QStringLiteral("SELECT id FROM aid_ledger WHERE claim_id = :c ORDER BY id DESC"), binds({{"c", id}})))
        store.remove(tables::AidLedger.sqlName(), row.value(QStringLiteral("id")).toLongLong());
    store.remove(m_type.table().sqlName(), id);
    recomputeMember(c.periodId, c.memberId);
    tx.commit();
}

// ---------------------------------------------------------------------------------------------------------------
// Ledger

QList<LedgerEntry> LedgerRepository::ofPeriod(qint64 periodId) const
{
    QList<LedgerEntry> list;
    for (const QVariantMap& row :
         m_db.rows(QStringLiteral("SELECT * FROM aid_ledger WHERE period_id = :p ORDER BY posted, id"),
                   binds({{"p", periodId}})))
        list << m_type.fromRow(row);
    return list;
}

QString LedgerRepository::describe(const LedgerEntry& e) const
{
    return QStringLiteral("%1 %2 %3").arg(day(e.posted), ledgerKinds().label(e.kind), yuanText(e.amount));
}

Problems LedgerRepository::rules(const LedgerEntry& e) const
{
    Problems problems;
    if (e.amount == 0)
        problems.append({QStringLiteral("amount"), Tr::tr("Give the amount.")});
    else if (!e.reversesId && (e.amount > 0) != isIncome(e.kind))
        problems.append({QStringLiteral("amount"), isIncome(e.kind)
                                                       ? Tr::tr("Rule: income is a positive amount.")
                                                       : Tr::tr("Rule: an expense is a negative amount.")});
    return problems;
}

qint64 LedgerRepository::post(const LedgerEntry& entry)
{
    if (entry.kind == LedgerKind::Claim)
        throw ValidationError(Tr::tr("Rule: a claim's payout is posted when the claim is paid."));
    LedgerEntry e = entry;
    e.id = 0;
    e.reversesId.reset();
    e.claimId.reset();
    e.amount = isIncome(e.kind) ? qAbs(entry.amount) : -qAbs(entry.amount);
    return add(e);
}

qint64 LedgerRepository::reverse(qint64 entryId, const QDate& d, const QString& text)
{
    Transaction tx(m_db);
    const LedgerEntry old = require(entryId);
    if (old.reversesId)
        throw ValidationError(Tr::tr("Rule: a reversing entry is not reversed again; post a new entry instead."));
    if (m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM aid_ledger WHERE reverses_id = :id"), binds({{"id", entryId}}))
            .toLongLong() > 0)
        throw ValidationError(Tr::tr("Rule: %1 is already reversed.").arg(describe(old)));
    LedgerEntry e = old;
    e.id = 0;
    e.posted = d.isValid() ? d : QDate::currentDate();
    e.amount = -old.amount;
    e.reversesId = entryId;
    e.text = text.trimmed().isEmpty() ? Tr::tr("Reverses %1").arg(describe(old)) : text.trimmed();
    const qint64 id = RecordStore(m_db).insert(m_type.table().sqlName(), m_type.values(e));
    tx.commit();
    return id;
}

QList<qint64> LedgerRepository::postFees(qint64 periodId, const QDate& d)
{
    Transaction tx(m_db);
    const AidPeriod period = PeriodRepository(m_db).require(periodId);
    const AidScheme scheme = SchemeRepository(m_db).require(period.schemeId);
    const auto sums = m_db.rows(QStringLiteral("SELECT COALESCE(SUM(fee), 0) AS fees, COALESCE(SUM(shares), 0) AS "
                                               "shares FROM aid_enrollments WHERE period_id = :p"),
                                binds({{"p", periodId}}));
    const qint64 fees = sums.first().value(QStringLiteral("fees")).toLongLong();
    const qint64 shares = sums.first().value(QStringLiteral("shares")).toLongLong();
    const QList<QPair<LedgerKind, qint64>> due{{LedgerKind::MemberFees, fees},
                                               {LedgerKind::School, shares * scheme.schoolPart},
                                               {LedgerKind::Union, shares * scheme.unionPart},
                                               {LedgerKind::Matching, fees * scheme.matching / 100}};
    QList<qint64> posted;
    for (const auto& [kind, amount] : due) {
        const qint64 already = m_db.scalar(QStringLiteral("SELECT COALESCE(SUM(amount), 0) FROM aid_ledger WHERE "
                                                          "period_id = :p AND kind = :k"),
                                           binds({{"p", periodId}, {"k", ledgerKinds().key(kind)}}))
                                   .toLongLong();
        if (amount == already)
            continue;
        LedgerEntry e;
        e.periodId = periodId;
        e.posted = d.isValid() ? d : QDate::currentDate();
        e.kind = kind;
        e.amount = amount - already;
        e.text = Tr::tr("%1 of %2 (%n share(s))", nullptr, int(shares)).arg(ledgerKinds().label(kind), period.label());
        if (e.amount < 0) {
            // Less than posted: a correction of what was posted, as a reversal would be.
            e.text = Tr::tr("Correction: %1").arg(e.text);
        }
        posted << RecordStore(m_db).insert(m_type.table().sqlName(), m_type.values(e));
    }
    tx.commit();
    return posted;
}

qint64 LedgerRepository::balanceBefore(const AidPeriod& period) const
{
    return m_db
        .scalar(QStringLiteral("SELECT COALESCE(SUM(l.amount), 0) FROM aid_ledger l JOIN aid_periods p ON p.id = "
                               "l.period_id WHERE p.scheme_id = :s AND p.starts < :b"),
                binds({{"s", period.schemeId}, {"b", day(period.starts)}}))
        .toLongLong();
}

qint64 LedgerRepository::balanceAfter(const AidPeriod& period) const
{
    return balanceBefore(period) + m_db.scalar(QStringLiteral("SELECT COALESCE(SUM(amount), 0) FROM aid_ledger WHERE "
                                                              "period_id = :p"),
                                               binds({{"p", period.id}}))
                                       .toLongLong();
}

} // namespace ud::core
