#include "core/care/CareDemo.h"

#include "core/care/CareRepositories.h"
#include "core/db/Error.h"
#include "core/db/Transaction.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QSet>

#include <iterator>

namespace ud::core {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ud::core::CareDemo)
};

struct Person {
    qint64 id = 0;
    std::optional<qint64> unitId;
};

// Kinds by how often they come up among active members, in a hundred.
struct Share {
    const char* key;
    int weight;
};
const Share kShares[] = {{"illness", 38},        {"parent_death", 16}, {"birth", 11},      {"marriage", 11},
                         {"serious_illness", 9}, {"other", 8},         {"family_death", 2}};

const char* const kVisitors[] = {"分工会主席", "分工会主席、组织委员", "校工会副主席、分工会主席", "工会小组长",
                                 "分工会委员"};
const char* const kOverAmount[] = {"住院时间较长，经分工会委员会研究同意", "手术治疗，家庭负担较重，经集体研究"};
const char* const kOverFrequency[] = {"同年因另一疾病再次住院，经分工会研究同意", "年内两次住院手术，经集体研究"};
const char* const kSituations[] = {"本人患重病住院治疗，医疗费用自付部分较高，家庭收入减少。",
                                   "配偶长期患病无固定收入，子女在读，生活困难。",
                                   "家中老人常年卧床，需专人护理，开支较大。",
                                   "家庭遭受台风灾害，房屋受损严重。",
                                   "子女患病需长期治疗，家庭负担沉重。",
                                   "本人遭遇交通事故受伤，休养期间收入下降。"};

QDate randomDay(QRandomGenerator& rng, int year, int lastMonth)
{
    const int month = 1 + int(rng.bounded(lastMonth));
    const int days = QDate(year, month, 1).daysInMonth();
    return QDate(year, month, 1 + int(rng.bounded(days)));
}

} // namespace

CareDemo::Summary CareDemo::generate(Database& db, const Options& options)
{
    Summary summary;
    if (db.scalar(QStringLiteral("SELECT COUNT(*) FROM care_visits")).toInt() > 0 ||
        db.scalar(QStringLiteral("SELECT COUNT(*) FROM hardship_cases")).toInt() > 0)
        throw ValidationError(Tr::tr(
            "Care visits or hardship cases are already recorded; demo data is added only to an empty database."));
    QHash<QString, QList<Person>> byStatus;
    for (const QVariantMap& row : db.rows(QStringLiteral("SELECT id, unit_id, status FROM members ORDER BY id"))) {
        Person p;
        p.id = row.value(QStringLiteral("id")).toLongLong();
        if (!row.value(QStringLiteral("unit_id")).isNull())
            p.unitId = row.value(QStringLiteral("unit_id")).toLongLong();
        byStatus[row.value(QStringLiteral("status")).toString()] << p;
    }
    const QList<Person> active = byStatus.value(QStringLiteral("active"));
    if (active.size() < 10)
        throw ValidationError(Tr::tr("The care demo needs a roster with at least 10 active members."));

    QRandomGenerator rng(quint32(options.seed * 2246822519u + 29));
    const auto pick = [&rng](const QList<Person>& list) { return list.at(int(rng.bounded(quint32(list.size())))); };
    Transaction tx(db);
    CareKindRepository kinds(db);
    CareVisitRepository visits(db);
    HardshipRepository hardship(db);
    const int thisYear = options.today.year();
    int weights = 0;
    for (const Share& s : kShares)
        weights += s.weight;

    for (const int year : {thisYear - 1, thisYear}) {
        summary.kinds += int(kinds.addDefaults(year).size());
        QHash<QString, CareKind> kindOf;
        for (const CareKind& k : kinds.ofYear(year))
            kindOf.insert(k.key, k);
        const int lastMonth = year == thisYear ? options.today.month() : 12;
        const QDate lastDay = year == thisYear ? options.today : QDate(year, 12, 31);
        const int count = std::max(12, int(active.size()) / 6) * lastMonth / 12;
        int overAmount = 0;
        int overFrequency = 0;
        for (int i = 0; i < count; ++i) {
            // Retirements and deaths come from the members who retired or died; the rest from the active ones.
            QString key;
            Person who;
            const quint32 roll = rng.bounded(100u);
            if (roll < 6 && !byStatus.value(QStringLiteral("retired")).isEmpty()) {
                key = QStringLiteral("retirement");
                who = pick(byStatus.value(QStringLiteral("retired")));
            } else if (roll < 7 && !byStatus.value(QStringLiteral("deceased")).isEmpty()) {
                key = QStringLiteral("member_death");
                who = pick(byStatus.value(QStringLiteral("deceased")));
            } else {
                int w = int(rng.bounded(quint32(weights)));
                for (const Share& s : kShares) {
                    if (w < s.weight) {
                        key = QString::fromLatin1(s.key);
                        break;
                    }
                    w -= s.weight;
                }
                who = pick(active);
            }
            const CareKind& kind = kindOf[key];
            CareVisit v;
            v.memberId = who.id;
            v.unitId = who.unitId;
            v.kindId = kind.id;
            v.visited = std::min(randomDay(rng, year, lastMonth), lastDay);
            v.form = kind.form;
            v.payer = kind.payer;
            v.amount = kind.amount;
            if (kind.amountMode == AmountMode::Cap)
                v.amount = kind.amount * (5 + qint64(rng.bounded(6u))) / 10 / 10000 * 10000; // whole hundreds
            v.visitors = QString::fromUtf8(kVisitors[rng.bounded(quint32(std::size(kVisitors)))]);
            // A few illness visits go over the cap, with the reason the sub-union recorded.
            if (key == QLatin1String("illness") && overAmount < 2 && rng.bounded(12u) == 0) {
                v.amount = kind.amount + 20000;
                v.reason = QString::fromUtf8(kOverAmount[overAmount % std::size(kOverAmount)]);
            }
            const CareExceptions e = visits.exceptions(v);
            if (e.overFrequency && (kind.overRule == OverRule::Refuse || overFrequency >= 2))
                continue; // a second retirement, or enough second stays in hospital
            if (e.overFrequency && v.reason.isEmpty())
                v.reason = QString::fromUtf8(kOverFrequency[overFrequency % std::size(kOverFrequency)]);
            if (e.any() && kind.overRule == OverRule::Refuse)
                continue;
            visits.add(v);
            ++summary.visits;
            if (e.any()) {
                ++summary.exceptions;
                overAmount += e.overAmount ? 1 : 0;
                overFrequency += e.overFrequency ? 1 : 0;
            }
        }

        // Hardship help: most before the Spring Festival (送温暖), a few after a sudden blow; once a member a year.
        const int cases = std::max(3, int(active.size()) / 40);
        QSet<qint64> helped;
        for (int i = 0; i < cases; ++i) {
            const Person who = pick(active);
            if (helped.contains(who.id))
                continue;
            helped.insert(who.id);
            HardshipCase c;
            c.memberId = who.id;
            c.unitId = who.unitId;
            const bool festival = rng.bounded(4u) != 0;
            c.given = festival ? QDate(year, 1, 10 + int(rng.bounded(15u))) : randomDay(rng, year, lastMonth);
            if (c.given > lastDay)
                c.given = lastDay;
            const int situation = int(rng.bounded(quint32(std::size(kSituations))));
            c.situation = QString::fromUtf8(kSituations[situation]);
            c.cause = situation == 3                     ? HardshipCause::Disaster
                      : situation == 5                   ? HardshipCause::Accident
                      : situation == 0 || situation == 4 ? HardshipCause::Illness
                                                         : HardshipCause::Family;
            c.householdSize = 2 + int(rng.bounded(4u));
            c.incomePerHead = (800 + qint64(rng.bounded(18u)) * 100) * 100;
            c.amount = (2 + qint64(rng.bounded(9u))) * 50000;
            c.form = rng.bounded(5u) == 0 ? GivenForm::Goods : GivenForm::Cash;
            c.fundedBy = rng.bounded(6u) == 0   ? HardshipFunder::Higher
                         : rng.bounded(4u) == 0 ? HardshipFunder::SubUnion
                                                : HardshipFunder::University;
            c.review = c.given.daysTo(options.today) < 30 ? HardshipReview::Pending : HardshipReview::Approved;
            hardship.add(c);
            ++summary.hardshipCases;
        }
    }
    tx.commit();
    return summary;
}

} // namespace ud::core
