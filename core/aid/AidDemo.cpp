#include "core/aid/AidDemo.h"

#include "core/aid/AidRepositories.h"
#include "core/db/BulkTuning.h"
#include "core/db/Error.h"
#include "core/db/Transaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QRandomGenerator>
#include <QSet>

#include <algorithm>
#include <iterator>

namespace ud::core {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ud::core::AidDemo)
};

constexpr qint64 yuan(qint64 y)
{
    return y * 100;
}

AidBand band(std::optional<qint64> upToYuan, int percent)
{
    return {upToYuan ? std::optional<qint64>(yuan(*upToYuan)) : std::nullopt, percent * 100};
}

AidPart part(const char* key, const char* name, qint64 deductibleYuan, BandMode mode, QList<AidBand> bands,
             qint64 capYuan)
{
    AidPart p;
    p.key = QString::fromLatin1(key);
    p.name = QString::fromUtf8(name);
    p.deductible = yuan(deductibleYuan);
    p.mode = mode;
    p.bands = std::move(bands);
    p.cap = yuan(capYuan);
    return p;
}

const char* const kUniversity = "爱心大病医疗互助";
const char* const kProvincial = "省产业工会大病医疗互助";
const char* const kCancer = "恶性肿瘤";

/// The university's scheme: one share of ¥120 a year, half of it paid by the school; a waiting period of 90 days for
/// a first-time member; claims within six months.
AidScheme universityScheme()
{
    AidScheme s;
    s.name = QString::fromUtf8(kUniversity);
    s.shortName = QStringLiteral("爱心互助");
    s.fee = yuan(120);
    s.memberPart = yuan(60);
    s.schoolPart = yuan(60);
    s.maxShares = 1;
    s.waitingDays = 90;
    s.claimMonths = 6;
    s.note = QStringLiteral("校工会组织，学校承担一半会费；按自然年度参加，每年11至12月办理下一年度参加手续。");
    return s;
}

/// The provincial one: ¥60 a share paid by the member, up to two shares; 60 days' waiting; claims within a year; fees
/// of a past period may be paid late.
AidScheme provincialScheme()
{
    AidScheme s;
    s.name = QString::fromUtf8(kProvincial);
    s.shortName = QStringLiteral("省产业互助");
    s.fee = yuan(60);
    s.memberPart = yuan(60);
    s.maxShares = 2;
    s.waitingDays = 60;
    s.claimMonths = 12;
    s.arrears = true;
    s.note = QStringLiteral("省产业工会统一组织，每年11月1日至次年10月31日为一期，10月办理参加手续。");
    return s;
}

/// 爱心大病医疗互助 of a year: inpatient over ¥3,000 in four progressive bands, special-disease outpatient over ¥2,000
/// at 40 % or 50 % of the whole, an overall cap, ¥10,000 once per member for a first diagnosis of cancer; to the fen.
/// The newest year raises the caps.
AidRuleTable universityRules(int year, bool newest)
{
    AidRuleTable t;
    t.scheme = QString::fromUtf8(kUniversity);
    t.period = QString::number(year);
    t.start = QDate(year, 1, 1);
    t.end = QDate(year, 12, 31);
    t.parts << part("inpatient", "住院", 3000, BandMode::Progressive,
                    {band(10000, 50), band(30000, 60), band(80000, 70), band(std::nullopt, 80)}, newest ? 60000 : 50000)
            << part("outpatient", "特殊病种门诊", 2000, BandMode::Whole, {band(10000, 40), band(std::nullopt, 50)},
                    15000);
    t.cap = yuan(newest ? 70000 : 60000);
    t.rounding = PayoutRounding::Fen;
    t.lumpSums << AidLumpSum{QString::fromUtf8(kCancer), yuan(10000), LumpSumScope::Scheme};
    return t;
}

/// 省产业工会大病医疗互助 from 1 November of `startYear`: inpatient over ¥5,000 in three bands, outpatient of listed
/// diseases over ¥5,000 at 40 %, ¥50,000 at most; ¥5,000 for cancer once in each period; to the yuan.
AidRuleTable provincialRules(int startYear)
{
    AidRuleTable t;
    t.scheme = QString::fromUtf8(kProvincial);
    t.period = QStringLiteral("%1-%2").arg(startYear).arg(startYear + 1);
    t.start = QDate(startYear, 11, 1);
    t.end = QDate(startYear + 1, 10, 31);
    t.parts << part("inpatient", "住院", 5000, BandMode::Progressive,
                    {band(20000, 40), band(50000, 50), band(std::nullopt, 60)}, 40000)
            << part("outpatient", "门诊特殊病种", 5000, BandMode::Progressive, {band(std::nullopt, 40)}, 10000);
    t.cap = yuan(50000);
    t.rounding = PayoutRounding::Yuan;
    t.lumpSums << AidLumpSum{QString::fromUtf8(kCancer), yuan(5000), LumpSumScope::Period};
    return t;
}

const char* const kReviewReasons[] = {
    "医疗费用发票为复印件，经通知逾期未补交原件。", "经核实属工伤事故医疗费用，应由工伤保险基金支付。",
    "费用明细清单与发票金额不符，申请人未能说明。", "所附医疗费用为家属就医费用，非会员本人。"};

struct Person {
    qint64 id = 0;
    std::optional<qint64> unitId;
    QDate joined;
};

/// A member enrolled in a period, as the claims need it.
struct Enrolled {
    qint64 memberId = 0;
    QDate enrolled;
    bool firstTime = false;
};

struct Period {
    AidScheme scheme;
    AidPeriod period;
    AidRuleTable rules;
    bool university = false;
    int index = 0; // 0 for the oldest of its scheme
    QList<Enrolled> enrolled;
};

/// A claim to store and what becomes of it.
struct Planned {
    enum Fate { Open, Paid, ReviewRejected, GuardRejected };
    AidClaim claim;
    int period = 0; // index into the periods
    Fate fate = Open;
    ClaimStatus openStatus = ClaimStatus::Draft;
    int reviewSteps = 0; // steps taken before a review rejects it
    QString reason;
    QDate paid;
    qint64 id = 0;
};

QDate dayBetween(QRandomGenerator& rng, const QDate& from, const QDate& to)
{
    const qint64 days = from.daysTo(to);
    return days <= 0 ? from : from.addDays(qint64(rng.bounded(quint32(days + 1))));
}

qint64 between(QRandomGenerator& rng, qint64 low, qint64 high)
{
    return low + qint64(rng.bounded(quint32(high - low + 1)));
}

/// A claim's own costs in fen: 自付, 自理 and 自费 of a total drawn as hospital bills run, and now and then items that
/// do not count.
void fillAmounts(QRandomGenerator& rng, AidClaim& c, bool inpatient)
{
    const quint32 roll = rng.bounded(100u);
    qint64 total = 0;
    if (inpatient)
        total = roll < 55   ? between(rng, 2000, 20000)
                : roll < 85 ? between(rng, 20000, 80000)
                : roll < 97 ? between(rng, 80000, 200000)
                            : between(rng, 200000, 400000);
    else
        total = roll < 70 ? between(rng, 1000, 12000) : between(rng, 12000, 40000);
    total = yuan(total) + qint64(rng.bounded(100u));
    c.ownPay = total * between(rng, 55, 80) / 100;
    c.selfCare = (total - c.ownPay) * between(rng, 20, 80) / 100;
    c.selfPaid = total - c.ownPay - c.selfCare;
    if (rng.bounded(100u) < 15)
        c.excluded = yuan(between(rng, 100, std::max<qint64>(100, std::min<qint64>(3000, total / 1000))));
}

/// The 25th of the month, on or after `day`: when the fund pays what the committee approved.
QDate paymentDay(const QDate& day)
{
    const QDate d(day.year(), day.month(), 25);
    return d >= day ? d : d.addMonths(1);
}

} // namespace

AidDemo::Summary AidDemo::generate(Database& db, const Options& options)
{
    if (db.scalar(QStringLiteral("SELECT COUNT(*) FROM aid_schemes")).toInt() > 0)
        throw ValidationError(
            Tr::tr("Mutual-aid schemes are already recorded; demo data is added only to an empty database."));
    QList<Person> active;
    for (const QVariantMap& row :
         db.rows(QStringLiteral("SELECT id, unit_id, join_date FROM members WHERE status = 'active' ORDER BY id"))) {
        Person p;
        p.id = row.value(QStringLiteral("id")).toLongLong();
        if (!row.value(QStringLiteral("unit_id")).isNull())
            p.unitId = row.value(QStringLiteral("unit_id")).toLongLong();
        p.joined = QDate::fromString(row.value(QStringLiteral("join_date")).toString(), Qt::ISODate);
        active << p;
    }
    if (active.size() < 10)
        throw ValidationError(Tr::tr("The mutual-aid demo needs a roster with at least 10 active members."));
    const QDate today = options.today.isValid() ? options.today : QDate::currentDate();
    QRandomGenerator rng(quint32(options.seed * 2654435761u + 17));
    Summary summary;

    BulkTuning tuning(db);
    tuning.largeCache(true);
    Transaction tx(db);

    // The schemes and their last three periods up to today, each with its rule table and enrollment window.
    SchemeRepository schemes(db);
    PeriodRepository periodRepo(db);
    QList<Period> periods;
    for (const bool university : {true, false}) {
        AidScheme scheme = university ? universityScheme() : provincialScheme();
        scheme.id = schemes.add(scheme);
        ++summary.schemes;
        const int newest = university ? today.year() : (today.month() >= 11 ? today.year() : today.year() - 1);
        for (int i = 0; i < 3; ++i) {
            const int year = newest - 2 + i;
            Period p;
            p.scheme = scheme;
            p.university = university;
            p.index = i;
            p.rules = university ? universityRules(year, i == 2) : provincialRules(year);
            p.period = periodRepo.require(periodRepo.importRules(p.rules));
            // Enrollment in November and December of the year before; the provincial one's in October.
            p.period.enrollOpens = university ? QDate(year - 1, 11, 1) : QDate(year, 10, 1);
            p.period.enrollCloses = university ? QDate(year - 1, 12, 31) : QDate(year, 10, 31);
            periodRepo.update(p.period);
            p.rules = periodRepo.ruleTable(p.period);
            periods << p;
            ++summary.periods;
        }
    }

    // Enrollment: each sub-union takes part at its own rate, rising a little each year; a member's leaning stays from
    // year to year, so most who enrolled once enroll again and newcomers wait out the waiting period.
    struct Leaning {
        double take = 0;
        bool twoShares = false;
        FeePayment paidBy = FeePayment::Salary;
    };
    EnrollmentRepository enrollments(db);
    for (const bool university : {true, false}) {
        QHash<qint64, double> unitRate;
        QHash<qint64, Leaning> leaning;
        for (const Person& p : std::as_const(active)) {
            const qint64 unit = p.unitId.value_or(0);
            if (!unitRate.contains(unit))
                unitRate.insert(unit,
                                university ? 0.78 + rng.generateDouble() * 0.15 : 0.45 + rng.generateDouble() * 0.30);
            Leaning l;
            l.take = rng.generateDouble();
            l.twoShares = rng.bounded(100u) < 12;
            const quint32 how = rng.bounded(100u);
            l.paidBy = how < 85 ? FeePayment::Salary : how < 97 ? FeePayment::Cash : FeePayment::Transfer;
            leaning.insert(p.id, l);
        }
        QSet<qint64> before;
        for (Period& period : periods) {
            if (period.university != university)
                continue;
            const AidPeriod& ap = period.period;
            QList<AidEnrollment> list;
            for (const Person& p : std::as_const(active)) {
                const Leaning& l = leaning[p.id];
                if (l.take >= unitRate.value(p.unitId.value_or(0)) + 0.015 * period.index)
                    continue;
                if (p.joined.isValid() && p.joined > ap.enrollCloses)
                    continue;
                AidEnrollment e;
                e.periodId = ap.id;
                e.memberId = p.id;
                e.shares = l.twoShares && period.scheme.maxShares >= 2 ? 2 : 1;
                e.paidBy = l.paidBy;
                // Salary deductions on the payroll day of the window's last month; cash and transfers any day of it.
                e.enrolled = l.paidBy == FeePayment::Salary ? QDate(ap.enrollCloses.year(), ap.enrollCloses.month(), 15)
                                                            : dayBetween(rng, ap.enrollOpens, ap.enrollCloses);
                if (p.joined.isValid() && e.enrolled < p.joined)
                    e.enrolled = p.joined;
                list << e;
                period.enrolled << Enrolled{p.id, e.enrolled, !before.contains(p.id)};
            }
            summary.enrollments += int(enrollments.addMany(ap.id, list).size());
            for (const Enrolled& e : std::as_const(period.enrolled))
                before.insert(e.memberId);
        }
    }

    // Claims, period by period: a few in every hundred enrolled, some members with two or three in a period; dates
    // inside the period and after the waiting period, received within weeks. A few break a guard on purpose.
    const QStringList documents = claimDocuments(db);
    QList<Planned> planned;
    QSet<qint64> lumpSumInScheme; // members of the university's scheme paid its once-per-scheme lump sum
    for (int pi = 0; pi < periods.size(); ++pi) {
        Period& period = periods[pi];
        const AidPeriod& ap = period.period;
        if (period.enrolled.isEmpty() || ap.starts.addDays(3) > today)
            continue;
        const QDate lastDay = std::min(ap.ends, today.addDays(-3));
        const bool large = options.newestClaims > 0 && period.university && period.index == 2;
        const int base = large ? options.newestClaims : std::max(12, int(period.enrolled.size()) * 3 / 100);
        const double passed = double(ap.starts.daysTo(std::min(ap.ends, today)) + 1) / (ap.starts.daysTo(ap.ends) + 1);
        const int count = std::max(period.university ? 8 : 4, int((period.university ? base : base / 2) * passed));
        QList<Enrolled> pool = period.enrolled;
        QSet<qint64> lumpSumInPeriod;
        int made = 0;
        for (qsizetype next = 0; made < count && next < pool.size(); ++next) {
            std::swap(pool[next], pool[next + qsizetype(rng.bounded(quint32(pool.size() - next)))]);
            const Enrolled who = pool.at(next);
            const quint32 several = rng.bounded(100u);
            const int claims = several < 80 ? 1 : several < 95 ? 2 : 3;
            const QDate first = who.firstTime && period.scheme.waitingDays > 0
                                    ? std::max(ap.starts, who.enrolled).addDays(period.scheme.waitingDays)
                                    : ap.starts;
            for (int k = 0; k < claims && made < count; ++k) {
                if (first > lastDay)
                    break;
                Planned p;
                p.period = pi;
                AidClaim& c = p.claim;
                c.periodId = ap.id;
                c.memberId = who.memberId;
                const bool inpatient = rng.bounded(100u) < 70;
                c.partKey = inpatient ? QStringLiteral("inpatient") : QStringLiteral("outpatient");
                c.treatedFrom = dayBetween(rng, first, lastDay);
                c.treatedTo = std::min(c.treatedFrom.addDays(inpatient ? between(rng, 2, 21) : between(rng, 0, 75)),
                                       std::min(ap.ends, today));
                c.received = std::min(c.treatedTo.addDays(between(rng, 5, 40)), today);
                fillAmounts(rng, c, inpatient);
                c.documents = documents.join(QLatin1Char('\n'));
                // A first diagnosis of cancer after a large hospital bill now and then.
                QSet<qint64>& taken = period.university ? lumpSumInScheme : lumpSumInPeriod;
                if (inpatient && c.eligible() >= yuan(40000) && !taken.contains(c.memberId) && rng.bounded(4u) == 0) {
                    c.illness = QString::fromUtf8(kCancer);
                    taken.insert(c.memberId);
                }
                planned << p;
                ++made;
            }
        }

        // Claims a guard refuses, kept as rejected with the guard's reason: treatment in the waiting period, before
        // the period started, a claim received too late, and a second lump sum of the university's scheme.
        auto guardCase = [&](const Enrolled& who, const QDate& from, int days, const QDate& received) {
            Planned p;
            p.period = pi;
            p.fate = Planned::GuardRejected;
            AidClaim& c = p.claim;
            c.periodId = ap.id;
            c.memberId = who.memberId;
            c.partKey = QStringLiteral("inpatient");
            c.treatedFrom = from;
            c.treatedTo = from.addDays(days);
            c.received = received;
            fillAmounts(rng, c, true);
            c.documents = documents.join(QLatin1Char('\n'));
            planned << p;
            return &planned.last().claim;
        };
        const Enrolled& anyone = pool.at(qsizetype(rng.bounded(quint32(pool.size()))));
        for (const Enrolled& who : std::as_const(pool)) {
            const QDate from = std::max(ap.starts, who.enrolled).addDays(period.scheme.waitingDays / 3);
            if (who.firstTime && period.scheme.waitingDays > 0 && from.addDays(12) <= today) {
                guardCase(who, from, 6, from.addDays(12));
                break;
            }
        }
        if (ap.starts.addDays(25) <= today)
            guardCase(anyone, ap.starts.addDays(-12), 16, ap.starts.addDays(25));
        if (ap.ends < today) {
            const QDate from = ap.starts.addDays(60);
            const QDate late = from.addDays(7).addMonths(period.scheme.claimMonths).addDays(20);
            if (late <= today)
                guardCase(pool.at(qsizetype(rng.bounded(quint32(pool.size())))), from, 7, late);
        }
        if (period.university && period.index > 0) {
            for (const Enrolled& who : std::as_const(period.enrolled)) {
                if (!lumpSumInScheme.contains(who.memberId) || ap.starts.addDays(100) > today)
                    continue;
                bool sameYear = false; // the lump sum of this very period is not the one to refuse
                for (const Planned& p : std::as_const(planned))
                    sameYear =
                        sameYear || (p.period == pi && p.claim.memberId == who.memberId && !p.claim.illness.isEmpty());
                if (sameYear)
                    continue;
                guardCase(who, ap.starts.addDays(80), 10, ap.starts.addDays(100))->illness = QString::fromUtf8(kCancer);
                break;
            }
        }
    }

    // What becomes of each claim: paid on the 25th once the committee approved it, rejected now and then by a review,
    // the newest still in review (at least eight, spread over the review steps from the newest to the oldest).
    QList<int> normal;
    for (int i = 0; i < planned.size(); ++i) {
        Planned& p = planned[i];
        if (p.fate == Planned::GuardRejected)
            continue;
        const qint64 age = p.claim.received.daysTo(today);
        if (p.claim.illness.isEmpty() && age >= 10 && rng.bounded(100u) < 4) {
            p.fate = Planned::ReviewRejected;
            p.reviewSteps = int(rng.bounded(3u));
            p.reason = QString::fromUtf8(kReviewReasons[rng.bounded(quint32(std::size(kReviewReasons)))]);
            continue;
        }
        p.paid = paymentDay(p.claim.received.addDays(25));
        p.fate = age >= 40 && p.paid <= today ? Planned::Paid : Planned::Open;
        normal << i;
    }
    std::stable_sort(normal.begin(), normal.end(),
                     [&](int a, int b) { return planned.at(a).claim.received > planned.at(b).claim.received; });
    QList<int> open;
    for (int n = 0; n < normal.size(); ++n) {
        Planned& p = planned[normal.at(n)];
        if (n < 8)
            p.fate = Planned::Open;
        if (p.fate == Planned::Open)
            open << normal.at(n);
    }
    for (int n = 0; n < open.size(); ++n) {
        const ClaimStatus steps[] = {ClaimStatus::Draft, ClaimStatus::SubUnion, ClaimStatus::Office,
                                     ClaimStatus::Committee};
        planned[open.at(n)].openStatus = steps[std::min<qsizetype>(3, n * 4 / open.size())];
    }

    // Stored in the order of the treatment, so each claim is computed once on the claims before it.
    QList<int> order(planned.size());
    for (int i = 0; i < planned.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        const Planned& x = planned.at(a);
        const Planned& y = planned.at(b);
        if (x.period != y.period)
            return x.period < y.period;
        return x.claim.treatedFrom < y.claim.treatedFrom;
    });
    ClaimRepository claims(db);
    for (const int i : std::as_const(order)) {
        Planned& p = planned[i];
        if (p.fate == Planned::GuardRejected) {
            const QStringList reasons = messages(claims.guardProblems(p.claim));
            if (reasons.isEmpty()) {
                p.fate = Planned::Open;
                p.id = claims.submit(p.claim);
            } else {
                p.id = claims.submitRejected(p.claim, reasons.join(QLatin1Char('\n')));
            }
        } else {
            p.id = claims.submit(p.claim);
        }
        ++summary.claims;
    }
    QList<int> paid;
    for (int i = 0; i < planned.size(); ++i) {
        Planned& p = planned[i];
        if (p.fate == Planned::ReviewRejected) {
            for (int s = 0; s < p.reviewSteps; ++s)
                claims.advance(p.id);
            claims.reject(p.id, p.reason);
        } else if (p.fate == Planned::Open) {
            for (int s = 0; s < int(p.openStatus); ++s)
                claims.advance(p.id);
        } else if (p.fate == Planned::Paid) {
            paid << i;
        }
        if (p.fate == Planned::ReviewRejected || p.fate == Planned::GuardRejected)
            ++summary.rejected;
        else if (p.fate == Planned::Open)
            ++summary.inReview;
    }
    std::stable_sort(paid.begin(), paid.end(), [&](int a, int b) { return planned.at(a).paid < planned.at(b).paid; });
    QHash<QString, int> vouchers; // per scheme and year
    for (const int i : std::as_const(paid)) {
        const Planned& p = planned.at(i);
        const Period& period = periods.at(p.period);
        for (int s = 0; s < 3; ++s)
            claims.advance(p.id);
        const QString book = period.scheme.shortName + QString::number(p.paid.year());
        claims.pay(p.id, p.paid,
                   QStringLiteral("记%1-%2").arg(p.paid.year()).arg(++vouchers[book], 4, 10, QLatin1Char('0')));
        ++summary.paid;
    }
    summary.payouts =
        db.scalar(QStringLiteral("SELECT COALESCE(SUM(part_payout + lump_sum), 0) FROM aid_claims WHERE status = "
                                 "'paid'"))
            .toLongLong();

    // The ledger: the fees once the payroll ran, the school's matching funds, donations, the bank's interest at the
    // year's last settlement, and a donation posted twice by mistake and reversed.
    LedgerRepository ledger(db);
    for (const Period& period : std::as_const(periods)) {
        const AidPeriod& ap = period.period;
        if (period.enrolled.isEmpty())
            continue;
        const QDate feeDay =
            std::min(today, period.university ? QDate(ap.starts.year(), 1, 20) : QDate(ap.starts.year(), 11, 25));
        summary.ledgerEntries += int(ledger.postFees(ap.id, feeDay).size());
        // The school's matching funds (配套), enough for the fund to end the period with a fifth of its payouts in
        // hand, as a fund the school backs does: a whole number of ten thousand yuan.
        const qint64 paidOut = db.scalar(QStringLiteral("SELECT COALESCE(SUM(part_payout + lump_sum), 0) FROM "
                                                        "aid_claims WHERE period_id = :p AND status = 'paid'"),
                                         {{QStringLiteral("p"), ap.id}})
                                   .toLongLong();
        const qint64 shortfall = paidOut / 5 - ledger.balanceAfter(ap); // the payouts are posted already
        if (shortfall > 0) {
            LedgerEntry m;
            m.periodId = ap.id;
            m.kind = LedgerKind::Matching;
            m.posted = feeDay;
            const qint64 tenThousand = yuan(10000);
            m.amount = (shortfall + tenThousand - 1) / tenThousand * tenThousand;
            m.voucher = QStringLiteral("记%1-M%2").arg(m.posted.year()).arg(period.index + 1);
            m.text = QStringLiteral("学校配套资金");
            ledger.post(m);
            ++summary.ledgerEntries;
        }
        if (period.university) {
            LedgerEntry d;
            d.periodId = ap.id;
            d.kind = LedgerKind::Donation;
            d.posted = ap.starts.addDays(between(rng, 100, 250));
            d.amount = yuan(between(rng, 20, 60) * 1000);
            d.voucher = QStringLiteral("记%1-D%2").arg(d.posted.year()).arg(period.index + 1);
            d.text = QStringLiteral("校友爱心捐赠");
            if (d.posted <= today) {
                ledger.post(d);
                ++summary.ledgerEntries;
                if (period.index == 1) {
                    const qint64 twice = ledger.post(d);
                    ledger.reverse(twice, d.posted.addDays(3), QStringLiteral("重复入账，冲销"));
                    summary.ledgerEntries += 2;
                }
            }
        }
        const QDate settlement = period.university ? QDate(ap.ends.year(), 12, 21) : QDate(ap.ends.year(), 9, 21);
        const qint64 balance = ledger.balanceAfter(ap);
        if (settlement <= today && balance > 0) {
            LedgerEntry i;
            i.periodId = ap.id;
            i.kind = LedgerKind::Interest;
            i.posted = settlement;
            i.amount = std::max<qint64>(1, balance * 35 / 10000);
            i.text = QStringLiteral("银行存款结息");
            ledger.post(i);
            ++summary.ledgerEntries;
        }
    }
    tx.commit();
    return summary;
}

} // namespace ud::core
