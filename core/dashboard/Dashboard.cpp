#include "core/dashboard/Dashboard.h"

#include "core/aid/AidDocuments.h"
#include "core/congress/Congress.h"
#include "core/congress/ProposalReport.h"
#include "core/congress/ProposalRepository.h"
#include "core/dashboard/DashboardSql.h"
#include "core/members/MemberRepository.h"

#include <QCollator>
#include <QHash>
#include <QLocale>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

namespace ud::core {

using namespace dashboard;

bool DashboardChart::isEmpty() const
{
    for (const DashboardSeries& s : series)
        for (double v : s.values)
            if (v != 0)
                return false;
    return true;
}

namespace {

using Kind = DashboardChart::Kind;

DashboardChart chart(const char* key, const QString& title, Kind kind, const QString& unit)
{
    DashboardChart c;
    c.key = QString::fromLatin1(key);
    c.title = title;
    c.kind = kind;
    c.unit = unit;
    return c;
}

QString people()
{
    return Tr::tr("people");
}

QString items()
{
    return Tr::tr("items");
}

QString yuan()
{
    return Tr::tr("yuan");
}

/// A series of `count` zeros with empty targets, filled in by the caller.
DashboardSeries series(const QString& name, int count)
{
    DashboardSeries s;
    s.name = name;
    for (int i = 0; i < count; ++i) {
        s.values << 0.0;
        s.targets << PageFilter{};
    }
    return s;
}

/// The sub-unions a chart by sub-union shows, in the office's order: every active one, and an inactive one only where
/// it has something to show (`withData`).
struct UnitAxis {
    QList<qint64> ids;
    QStringList names;
    int indexOf(qint64 id) const { return int(ids.indexOf(id)); }
};

UnitAxis unitAxis(const Database& db, const QSet<qint64>& withData)
{
    UnitAxis axis;
    QSqlQuery q = db.exec(QStringLiteral("SELECT id, name, active FROM units ORDER BY sort_order, code"));
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        if (q.value(2).toInt() == 0 && !withData.contains(id))
            continue;
        axis.ids << id;
        axis.names << q.value(1).toString();
    }
    if (withData.contains(0)) {
        axis.ids << 0;
        axis.names << Tr::tr("(no sub-union)");
    }
    return axis;
}

/// 1. Active members per sub-union, men and women stacked (and those without a recorded gender, when there are).
DashboardChart membersByUnit(const Database& db)
{
    DashboardChart c = chart("members_by_unit", Tr::tr("Members by sub-union"), Kind::Bar, people());
    c.stacked = true;
    QHash<qint64, QHash<QString, qint64>> counts; // unit (0: none) → gender → members
    QSet<qint64> withData;
    QSqlQuery q = db.exec(QStringLiteral("SELECT COALESCE(unit_id, 0), gender, COUNT(*) FROM members WHERE status = "
                                         "'active' GROUP BY COALESCE(unit_id, 0), gender"));
    bool unknownGender = false;
    while (q.next()) {
        const qint64 unit = q.value(0).toLongLong();
        counts[unit][q.value(1).toString()] += q.value(2).toLongLong();
        withData << unit;
        unknownGender = unknownGender || q.value(1).toString().isEmpty();
    }
    const UnitAxis axis = unitAxis(db, withData);
    c.categories = axis.names;
    QList<QPair<QString, QString>> genders{{QStringLiteral("M"), Tr::tr("Men")},
                                           {QStringLiteral("F"), Tr::tr("Women")}};
    if (unknownGender)
        genders << qMakePair(QString(), Tr::tr("Gender not recorded"));
    for (const auto& [gender, name] : genders) {
        DashboardSeries s = series(name, int(axis.ids.size()));
        for (int i = 0; i < axis.ids.size(); ++i) {
            const qint64 unit = axis.ids.at(i);
            s.values[i] = double(counts.value(unit).value(gender));
            if (unit == 0) // the members page cannot select "no sub-union"
                continue;
            QVariantMap conditions{{QStringLiteral("unit_id"), unit},
                                   {QStringLiteral("status"), QStringLiteral("active")}};
            if (!gender.isEmpty())
                conditions.insert(QStringLiteral("gender"), gender);
            s.targets[i] = filter(QStringLiteral("members"), conditions);
        }
        c.series << s;
    }
    return c;
}

/// 2. Active members by age band on `today` and gender: men to the left, women to the right.
DashboardChart agePyramid(const Database& db, const QDate& today)
{
    DashboardChart c = chart("age_pyramid", Tr::tr("Members by age"), Kind::Pyramid, people());
    // Band i holds the ages [lows[i], lows[i + 1] - 1]; the first has no lower bound, the last no upper one. Age a on
    // `today` means born on or before today − a years, as the members page filters ages.
    const QList<int> lows{0, 25, 30, 35, 40, 45, 50, 55, 60};
    QString bandSql = QStringLiteral("CASE");
    QVariantMap binds;
    for (int i = 1; i < lows.size(); ++i) {
        const QString name = QStringLiteral("b%1").arg(lows.at(i));
        bandSql += QStringLiteral(" WHEN birth_date > :%1 THEN %2").arg(name).arg(i - 1);
        binds.insert(name, iso(today.addYears(-lows.at(i))));
    }
    bandSql += QStringLiteral(" ELSE %1 END").arg(lows.size() - 1);
    QHash<QString, QHash<int, qint64>> counts;
    QSqlQuery q = db.exec(QStringLiteral("SELECT gender, %1 AS band, COUNT(*) FROM members WHERE status = 'active' AND "
                                         "birth_date IS NOT NULL AND gender IN ('M', 'F') GROUP BY gender, band")
                              .arg(bandSql),
                          binds);
    while (q.next())
        counts[q.value(0).toString()][q.value(1).toInt()] += q.value(2).toLongLong();
    for (int i = 0; i < lows.size(); ++i) {
        if (i == 0)
            c.categories << Tr::tr("under %1").arg(lows.at(1));
        else if (i == lows.size() - 1)
            c.categories << Tr::tr("%1 and over").arg(lows.at(i));
        else
            c.categories << Tr::tr("%1–%2").arg(lows.at(i)).arg(lows.at(i + 1) - 1);
    }
    const QList<QPair<QString, QString>> genders{{QStringLiteral("M"), Tr::tr("Men")},
                                                 {QStringLiteral("F"), Tr::tr("Women")}};
    for (const auto& [gender, name] : genders) {
        DashboardSeries s = series(name, int(lows.size()));
        for (int i = 0; i < lows.size(); ++i) {
            s.values[i] = double(counts.value(gender).value(i));
            QVariantMap conditions{{QStringLiteral("gender"), gender},
                                   {QStringLiteral("status"), QStringLiteral("active")}};
            if (i > 0)
                conditions.insert(QStringLiteral("min_age"), lows.at(i));
            if (i < lows.size() - 1)
                conditions.insert(QStringLiteral("max_age"), lows.at(i + 1) - 1);
            s.targets[i] = filter(QStringLiteral("members"), conditions);
        }
        c.series << s;
    }
    const qint64 unknown = db.scalar(QStringLiteral("SELECT COUNT(*) FROM members WHERE status = 'active' AND "
                                                    "(birth_date IS NULL OR gender NOT IN ('M', 'F'))"))
                               .toLongLong();
    if (unknown > 0)
        c.note = Tr::tr("%n member(s) without a birth date or gender not shown", nullptr, int(unknown));
    return c;
}

/// 3. Members joined and left in each of the last five years, from the status history as the year-end workbook
/// counts the year's changes: joined and rejoined; retired, left and deceased. The members page cannot select by the
/// year of an event, so a click opens nothing.
DashboardChart joinsLeaves(const Database& db, int year)
{
    DashboardChart c = chart("joins_leaves", Tr::tr("Joined and left"), Kind::Column, people());
    const auto counts = MemberRepository(readOnly(db)).eventCountsByYear(year - 4, year);
    DashboardSeries joined = series(Tr::tr("Joined"), 5);
    DashboardSeries left = series(Tr::tr("Left (retired, left, deceased)"), 5);
    for (int i = 0; i < 5; ++i) {
        const QHash<QString, qint64> kinds = counts.value(year - 4 + i);
        c.categories << QString::number(year - 4 + i);
        joined.values[i] = double(kinds.value(QStringLiteral("joined")) + kinds.value(QStringLiteral("rejoined")));
        left.values[i] = double(kinds.value(QStringLiteral("retired")) + kinds.value(QStringLiteral("left")) +
                                kinds.value(QStringLiteral("deceased")));
    }
    c.series = {joined, left};
    return c;
}

/// 4. The year's schedule items per month they cover, done and not done (cancelled items are left out); an item
/// spanning several months counts in each.
DashboardChart scheduleProgress(const Database& db, int year)
{
    DashboardChart c = chart("schedule_progress", Tr::tr("Work schedule by month"), Kind::Column, items());
    c.stacked = true;
    QStringList sums;
    for (int month = 1; month <= 12; ++month)
        sums << QStringLiteral("SUM(CASE WHEN %1 THEN 1 ELSE 0 END)").arg(coversMonth(month));
    QSqlQuery q =
        db.exec(QStringLiteral("SELECT CASE WHEN i.status = 'done' THEN 1 ELSE 0 END AS done, %1 %2 AND "
                               "i.status <> 'cancelled' GROUP BY CASE WHEN i.status = 'done' THEN 1 ELSE 0 END")
                    .arg(sums.join(QStringLiteral(", ")), itemsOfYear()),
                {{QStringLiteral("year"), year}});
    DashboardSeries done = series(Tr::tr("Done"), 12);
    DashboardSeries open = series(Tr::tr("Not done"), 12);
    while (q.next()) {
        DashboardSeries& s = q.value(0).toInt() == 1 ? done : open;
        for (int m = 0; m < 12; ++m)
            s.values[m] = q.value(m + 1).toDouble();
    }
    for (int m = 0; m < 12; ++m) {
        c.categories << QLocale().standaloneMonthName(m + 1, QLocale::ShortFormat);
        for (auto* s : {&done, &open})
            s->targets[m] =
                filter(QStringLiteral("schedule_items"),
                       {{QStringLiteral("year"), year},
                        {QStringLiteral("month"), m + 1},
                        {QStringLiteral("status"), s == &done ? QStringLiteral("done") : QStringLiteral("open")}});
    }
    c.series = {done, open};
    return c;
}

/// The sessions of `year`, newest first (a click on a proposal chart opens the newest).
QList<qint64> sessionsOfYear(const Database& db, int year)
{
    QList<qint64> ids;
    QSqlQuery q = db.exec(QStringLiteral("SELECT id FROM congress_sessions WHERE year = :year ORDER BY term DESC, "
                                         "meeting DESC, id DESC"),
                          {{QStringLiteral("year"), year}});
    while (q.next())
        ids << q.value(0).toLongLong();
    return ids;
}

/// 5. The proposals (not the texts kept as suggestions) of the year's sessions by the committee's category, in the
/// order of the proposal report: the setting's categories, then others by name, the uncategorised last.
DashboardChart proposalsByCategory(const Database& db, int year, const QList<qint64>& sessions)
{
    DashboardChart c = chart("proposals_by_category", Tr::tr("Proposals by category"), Kind::Pie, items());
    QHash<QString, qint64> counts;
    QSqlQuery q = db.exec(QStringLiteral("SELECT p.category, COUNT(*) FROM congress_proposals p JOIN congress_sessions "
                                         "cs ON cs.id = p.session_id WHERE cs.year = :year AND p.kind = 'proposal' "
                                         "GROUP BY p.category"),
                          {{QStringLiteral("year"), year}});
    while (q.next())
        counts[q.value(0).toString().trimmed()] += q.value(1).toLongLong();
    QStringList order;
    for (const QString& category : proposalCategories(readOnly(db)))
        if (counts.contains(category))
            order << category;
    QStringList others;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        if (!it.key().isEmpty() && !order.contains(it.key()))
            others << it.key();
    const QCollator collator{QLocale(QLocale::Chinese, QLocale::China)};
    std::sort(others.begin(), others.end(), [&](const QString& a, const QString& b) {
        const int r = collator.compare(a, b);
        return r != 0 ? r < 0 : a < b;
    });
    order << others;
    if (counts.contains(QString()))
        order << QString();
    DashboardSeries s = series(Tr::tr("Proposals"), int(order.size()));
    for (int i = 0; i < order.size(); ++i) {
        c.categories << (order.at(i).isEmpty() ? Tr::tr("(uncategorised)") : order.at(i));
        s.values[i] = double(counts.value(order.at(i)));
        if (!sessions.isEmpty())
            s.targets[i] =
                filter(QString::fromLatin1(tables::Proposals.name),
                       {{QStringLiteral("session_id"), sessions.first()}, {QStringLiteral("category"), order.at(i)}});
    }
    c.series << s;
    return c;
}

/// Where a proposal stands (ProposalStage's key), as ProposalFile::stage() derives it, over `p` joined with its
/// current round's lead assignment `a` and reply `rp`.
QString stageSql()
{
    return QStringLiteral(
        "CASE WHEN p.decision IN ('rejected', 'merged', 'withdrawn') THEN p.decision "
        "WHEN p.decision = '' AND p.kind = 'proposal' THEN 'submitted' "
        "WHEN a.id IS NULL THEN CASE WHEN p.decision = 'converted' THEN 'converted' ELSE 'filed' END "
        "WHEN rp.id IS NULL THEN 'assigned' "
        "WHEN p.kind = 'proposal' AND p.decision = 'filed' AND NOT EXISTS (SELECT 1 FROM congress_ratings g WHERE "
        "g.proposal_id = p.id AND g.round = p.round AND g.rep_id IS NULL) THEN 'replied' "
        "ELSE 'rated' END");
}

/// 6. The year's proposals by where they stand; the note gives the satisfaction rate as the proposal report counts it.
DashboardChart proposalsByResult(const Database& db, int year, const QList<qint64>& sessions)
{
    DashboardChart c = chart("proposals_by_result", Tr::tr("Proposals by stage"), Kind::Pie, items());
    QHash<QString, qint64> counts;
    QSqlQuery q =
        db.exec(QStringLiteral(
                    "SELECT %1 AS stage, COUNT(*) FROM congress_proposals p JOIN congress_sessions cs ON cs.id = "
                    "p.session_id LEFT JOIN congress_assignments a ON a.proposal_id = p.id AND a.round = p.round AND "
                    "a.role = 'lead' LEFT JOIN congress_replies rp ON rp.proposal_id = p.id AND rp.round = p.round "
                    "WHERE cs.year = :year AND p.kind = 'proposal' GROUP BY stage")
                    .arg(stageSql()),
                {{QStringLiteral("year"), year}});
    while (q.next())
        counts[q.value(0).toString()] += q.value(1).toLongLong();
    DashboardSeries s = series(Tr::tr("Proposals"), 0);
    const auto& stages = proposalStages();
    for (ProposalStage stage : {ProposalStage::Submitted, ProposalStage::Filed, ProposalStage::Assigned,
                                ProposalStage::Replied, ProposalStage::Rated, ProposalStage::Rejected,
                                ProposalStage::Converted, ProposalStage::Merged, ProposalStage::Withdrawn}) {
        const QString key = stages.key(stage);
        if (counts.value(key) == 0) // a pie shows no empty slice
            continue;
        c.categories << stages.label(stage);
        s.values << double(counts.value(key));
        s.targets << (sessions.isEmpty()
                          ? PageFilter{}
                          : filter(QString::fromLatin1(tables::Proposals.name),
                                   {{QStringLiteral("session_id"), sessions.first()}, {QStringLiteral("state"), key}}));
    }
    c.series << s;
    const ProposalReport::Satisfaction satisfaction = ProposalReport::satisfactionOfYear(db, year);
    if (satisfaction.rated > 0)
        c.note = Tr::tr("Satisfaction rate %1 % (%2 of %3 rated)")
                     .arg(QLocale().toString(satisfaction.percent(), 'f', 1))
                     .arg(satisfaction.satisfied)
                     .arg(satisfaction.rated);
    return c;
}

/// The mutual-aid schemes in the order they were recorded (the same on both engines, whatever their collation).
QList<QPair<qint64, QString>> schemes(const Database& db)
{
    QList<QPair<qint64, QString>> list;
    QSqlQuery q = db.exec(QStringLiteral("SELECT id, name FROM aid_schemes ORDER BY id"));
    while (q.next())
        list << qMakePair(q.value(0).toLongLong(), q.value(1).toString());
    return list;
}

/// 7. What the funds paid for claims in each month of the year (the ledger's claim entries net of reversals, by the
/// day posted), one series per scheme, in yuan.
DashboardChart aidPayouts(const Database& db, int year)
{
    DashboardChart c = chart("aid_payouts", Tr::tr("Mutual-aid payouts by month"), Kind::Column, yuan());
    QHash<qint64, QHash<int, qint64>> paid; // scheme → month → fen
    QSqlQuery q =
        db.exec(QStringLiteral("SELECT p.scheme_id, substr(e.posted, 6, 2), SUM(e.paid) FROM (%1) e JOIN "
                               "aid_periods p ON p.id = e.period_id GROUP BY p.scheme_id, "
                               "substr(e.posted, 6, 2)")
                    .arg(claimPaymentsSql()),
                {{QStringLiteral("from"), iso(QDate(year, 1, 1))}, {QStringLiteral("to"), iso(QDate(year, 12, 31))}});
    while (q.next())
        paid[q.value(0).toLongLong()][q.value(1).toInt()] += q.value(2).toLongLong();
    for (int m = 1; m <= 12; ++m)
        c.categories << QLocale().standaloneMonthName(m, QLocale::ShortFormat);
    for (const auto& [id, name] : schemes(db)) {
        DashboardSeries s = series(name, 12);
        for (int m = 1; m <= 12; ++m) {
            s.values[m - 1] = double(paid.value(id).value(m)) / 100.0;
            s.targets[m - 1] =
                filter(QStringLiteral("aid_claims"),
                       {{QStringLiteral("scheme_id"), id},
                        {QStringLiteral("state"), QStringLiteral("paid")},
                        {QStringLiteral("month"), QDate(year, m, 1).toString(QStringLiteral("yyyy-MM"))}});
        }
        c.series << s;
    }
    return c;
}

/// 8. Each fund's balance on `today`: every ledger entry of its periods posted by then, in yuan.
DashboardChart fundBalances(const Database& db, const QDate& today)
{
    DashboardChart c = chart("fund_balances", Tr::tr("Mutual-aid fund balances"), Kind::Bar, yuan());
    QHash<qint64, qint64> balance;
    QSqlQuery q =
        db.exec(QStringLiteral("SELECT p.scheme_id, SUM(l.amount) FROM aid_ledger l JOIN aid_periods p ON p.id "
                               "= l.period_id WHERE l.posted <= :today GROUP BY p.scheme_id"),
                {{QStringLiteral("today"), iso(today)}});
    while (q.next())
        balance.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
    const auto list = schemes(db);
    DashboardSeries s = series(Tr::tr("Balance"), int(list.size()));
    for (int i = 0; i < list.size(); ++i) {
        c.categories << list.at(i).second;
        s.values[i] = double(balance.value(list.at(i).first)) / 100.0;
        s.targets[i] = filter(QStringLiteral("aid_ledger"), {{QStringLiteral("scheme_id"), list.at(i).first}});
    }
    c.series << s;
    c.note = Tr::tr("On %1").arg(QLocale().toString(today, QLocale::ShortFormat));
    return c;
}

/// 9. The year's nominations on the final list (awarded) and those selected whose list is not final yet, per
/// sub-union.
DashboardChart awardsByUnit(const Database& db, int year)
{
    DashboardChart c = chart("awards_by_unit", Tr::tr("Awards by sub-union"), Kind::Bar, people());
    c.stacked = true;
    QHash<QString, QHash<qint64, qint64>> counts; // status → unit → nominations
    QSet<qint64> withData;
    QSqlQuery q = db.exec(QStringLiteral("SELECT n.status, n.unit_id, COUNT(*) FROM award_nominations n JOIN "
                                         "award_rounds r ON r.id = n.round_id WHERE r.year = :year AND n.status IN "
                                         "('selected', 'final') GROUP BY n.status, n.unit_id"),
                          {{QStringLiteral("year"), year}});
    while (q.next()) {
        counts[q.value(0).toString()][q.value(1).toLongLong()] += q.value(2).toLongLong();
        withData << q.value(1).toLongLong();
    }
    const UnitAxis axis = unitAxis(db, withData);
    c.categories = axis.names;
    const QList<QPair<QString, QString>> states{{QStringLiteral("final"), Tr::tr("Awarded")},
                                                {QStringLiteral("selected"), Tr::tr("Selected, list not final")}};
    for (const auto& [state, name] : states) {
        DashboardSeries s = series(name, int(axis.ids.size()));
        for (int i = 0; i < axis.ids.size(); ++i) {
            s.values[i] = double(counts.value(state).value(axis.ids.at(i)));
            s.targets[i] = filter(QStringLiteral("award_nominations"), {{QStringLiteral("unit_id"), axis.ids.at(i)},
                                                                        {QStringLiteral("year"), year},
                                                                        {QStringLiteral("state"), state}});
        }
        c.series << s;
    }
    return c;
}

} // namespace

QList<DashboardChart> Dashboard::charts(const Database& db, const QDate& today)
{
    const int year = today.year();
    const QList<qint64> sessions = sessionsOfYear(db, year);
    return {membersByUnit(db),
            agePyramid(db, today),
            joinsLeaves(db, year),
            scheduleProgress(db, year),
            proposalsByCategory(db, year, sessions),
            proposalsByResult(db, year, sessions),
            aidPayouts(db, year),
            fundBalances(db, today),
            awardsByUnit(db, year)};
}

} // namespace ud::core
