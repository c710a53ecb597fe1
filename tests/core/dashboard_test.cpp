#include "support/TestDatabase.h"
#include "support/catch.h"

#include "core/dashboard/Dashboard.h"
#include "core/db/Database.h"

using namespace ud::core;
using ud::test::TestDatabase;

namespace {

const QDate kToday(2025, 6, 15);

/// Three sub-unions (one inactive and empty), nine members and a little of every module, counted by hand below.
struct DashboardFixture {
    explicit DashboardFixture(Database& database) : db(database)
    {
        a = insert(QStringLiteral("INSERT INTO units (code, name, sort_order) VALUES ('A', '经济学院分工会', 1)"),
                   QStringLiteral("units"));
        b = insert(QStringLiteral("INSERT INTO units (code, name, sort_order) VALUES ('B', '法学院分工会', 2)"),
                   QStringLiteral("units"));
        db.exec(QStringLiteral("INSERT INTO units (code, name, sort_order, active) VALUES ('C', '旧分工会', 3, 0)"));

        // Ages on 2025-06-15 in the comments; m2 turns 35 that very day.
        m1 = member("1", "M", "1990-06-20", a);               // 34
        m2 = member("2", "F", "1990-06-15", a);               // 35
        m3 = member("3", "F", "2001-01-01", b);               // 24
        m4 = member("4", "M", "1965-01-10", b);               // 60, retires 2025-02-10 (60 years 1 month)
        m5 = member("5", "M", "1970-06-01", a, "retired");    // not counted
        m6 = member("6", "", QString(), a);                   // no gender, no birth date
        m7 = member("7", "F", "1975-08-01", std::nullopt);    // 49, no sub-union
        m8 = member("8", "M", "1965-09-20", b);               // 59, retires 2025-12-20 (60 years 3 months)
        m9 = member("9", "F", "1975-03-10", b, "active", 50); // 50, retires 2025-05-10 (50 years 2 months)

        db.exec(QStringLiteral("INSERT INTO member_events (member_id, event_date, kind) VALUES "
                               "(%1, '2021-03-01', 'joined'), (%2, '2025-02-01', 'joined'), "
                               "(%3, '2024-05-01', 'rejoined'), (%3, '2024-06-01', 'transferred'), "
                               "(%4, '2023-07-01', 'retired'), (%5, '2025-01-15', 'left'), "
                               "(%5, '2020-12-31', 'deceased'), (%6, '2026-01-01', 'joined')")
                    .arg(m1)
                    .arg(m2)
                    .arg(m3)
                    .arg(m5)
                    .arg(m7)
                    .arg(m8));

        // The work plans of 2024 and 2025.
        const qint64 s2025 = section(2025);
        const qint64 s2024 = section(2024);
        db.exec(QStringLiteral("INSERT INTO schedule_items (section_id, number, text, months, deadline, status) VALUES "
                               "(%1, 1, 'a', '3;4;5', 0, 'done'), (%1, 2, 'b', '6', 0, 'planned'), "
                               "(%1, 3, 'c', '6', 1, 'in_progress'), (%1, 4, 'd', '6', 0, 'cancelled'), "
                               "(%1, 5, 'e', '10;11;12', 0, 'postponed'), (%1, 6, 'f', '1;12', 0, 'done'), "
                               "(%2, 1, 'g', '6', 1, 'planned')")
                    .arg(s2025)
                    .arg(s2024));

        // The congress: a session of 2025 and one of 2024.
        session = insert(QStringLiteral("INSERT INTO congress_sessions (session_key, name, term, meeting, year) VALUES "
                                        "('7-3', '七届三次', 7, 3, 2025)"),
                         QStringLiteral("congress_sessions"));
        const qint64 old = insert(QStringLiteral("INSERT INTO congress_sessions (session_key, name, term, meeting, "
                                                 "year) VALUES ('7-2', '七届二次', 7, 2, 2024)"),
                                  QStringLiteral("congress_sessions"));
        const qint64 unit = insert(QStringLiteral("INSERT INTO handling_units (name) VALUES ('后勤处')"),
                                   QStringLiteral("handling_units"));
        const qint64 p1 = proposal(session, "1", "proposal", "后勤", "filed");
        lead(p1, unit, "2025-07-01");
        const qint64 p2 = proposal(session, "2", "proposal", "后勤", "filed");
        lead(p2, unit, "2025-05-01");
        replyTo(p2);
        rate(p2, "satisfied");
        const qint64 p3 = proposal(session, "3", "proposal", "教学科研", "filed");
        lead(p3, unit, "2025-05-01");
        replyTo(p3);
        proposal(session, "4", "proposal", "教学科研", "rejected");
        proposal(session, "5", "proposal", "", "");
        const qint64 p6 = proposal(session, "6", "proposal", "教学科研", "filed");
        lead(p6, unit, "2025-05-01");
        replyTo(p6);
        rate(p6, "unsatisfied");
        const qint64 p7 = proposal(session, "7", "suggestion", "后勤", "");
        lead(p7, unit, "2025-06-10");
        proposal(session, "8", "proposal", "后勤", "merged");
        const qint64 p9 = proposal(old, "1", "proposal", "后勤", "filed");
        lead(p9, unit, "2024-09-01");
        replyTo(p9);
        rate(p9, "basic");

        // Mutual aid: the university's scheme (2024 and 2025) and the provincial one (November to October).
        love =
            insert(QStringLiteral("INSERT INTO aid_schemes (name) VALUES ('爱心互助')"), QStringLiteral("aid_schemes"));
        province = insert(QStringLiteral("INSERT INTO aid_schemes (name) VALUES ('省产业互助')"),
                          QStringLiteral("aid_schemes"));
        const qint64 p0 = period(love, "2024", "2024-01-01", "2024-12-31", "2023-12-01", "2023-12-31");
        period2025 = period(love, "2025", "2025-01-01", "2025-12-31", "2024-12-01", "2025-06-30");
        const qint64 pp = period(province, "2024-2025", "2024-11-01", "2025-10-31", "2024-10-01", "2024-10-31");
        const qint64 c0 = claim(p0, m1, "paid");
        const qint64 c1 = claim(period2025, m2, "paid");
        const qint64 c2 = claim(period2025, m3, "paid");
        const qint64 c3 = claim(period2025, m4, "paid");
        const qint64 c4 = claim(pp, m1, "paid");
        claim(period2025, m2, "office");
        claim(pp, m3, "sub_union");
        claim(period2025, m3, "draft");
        claim(pp, m4, "rejected");
        ledger(p0, "2024-01-10", "member_fees", 1000000);
        ledger(p0, "2024-05-01", "claim", -200000, c0);
        ledger(period2025, "2025-01-31", "member_fees", 500000);
        ledger(period2025, "2025-03-10", "claim", -30000, c1);
        const qint64 wrong = ledger(period2025, "2025-03-20", "claim", -12345, c2);
        db.exec(QStringLiteral("INSERT INTO aid_ledger (period_id, posted, kind, amount, reverses_id) VALUES "
                               "(%1, '2025-03-25', 'claim', 12345, %2)")
                    .arg(period2025)
                    .arg(wrong));
        ledger(period2025, "2025-07-01", "claim", -50000, c3);
        ledger(pp, "2024-11-15", "member_fees", 300000);
        ledger(pp, "2025-02-05", "claim", -8000, c4);

        // Awards: a final round and a round in its 公示 in 2025, a final round of 2024.
        const qint64 type =
            insert(QStringLiteral("INSERT INTO award_types (name) VALUES ('最美教师')"), QStringLiteral("award_types"));
        const qint64 r1 = round("2025-final", 2025, type, "final", QString(), QString());
        publicityRound = round("2025-publicity", 2025, type, "publicity", "2025-06-10", "2025-06-16");
        const qint64 r0 = round("2024-final", 2024, type, "final", QString(), QString());
        nominate(r1, m1, a, "final");
        nominate(r1, m2, a, "final");
        nominate(r1, m3, b, "final");
        nominate(r1, m4, b, "withdrawn");
        nominate(publicityRound, m1, a, "selected");
        nominate(publicityRound, m3, b, "nominated");
        nominate(r0, m3, b, "final");
    }

    qint64 insert(const QString& sql, const QString& table)
    {
        db.exec(sql);
        return db.scalar(QStringLiteral("SELECT MAX(id) FROM %1").arg(table)).toLongLong();
    }
    qint64 member(const char* no, const char* gender, const QString& birth, std::optional<qint64> unit,
                  const char* status = "active", int originalAge = 0)
    {
        db.exec(
            QStringLiteral("INSERT INTO members (staff_no, name, gender, birth_date, unit_id, status, "
                           "original_retirement_age) VALUES (:no, :name, :gender, :birth, :unit, :status, :age)"),
            {{QStringLiteral("no"), QString::fromLatin1(no)},
             {QStringLiteral("name"), QStringLiteral("会员%1").arg(QString::fromLatin1(no))},
             {QStringLiteral("gender"), QString::fromLatin1(gender)},
             {QStringLiteral("birth"), birth.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(birth)},
             {QStringLiteral("unit"), unit ? QVariant(*unit) : QVariant(QMetaType::fromType<qlonglong>())},
             {QStringLiteral("status"), QString::fromLatin1(status)},
             {QStringLiteral("age"), originalAge}});
        return db.scalar(QStringLiteral("SELECT MAX(id) FROM members")).toLongLong();
    }
    qint64 section(int year)
    {
        const qint64 plan = insert(QStringLiteral("INSERT INTO schedule_plans (year) VALUES (%1)").arg(year),
                                   QStringLiteral("schedule_plans"));
        return insert(QStringLiteral("INSERT INTO schedule_sections (plan_id, number) VALUES (%1, 1)").arg(plan),
                      QStringLiteral("schedule_sections"));
    }
    qint64 proposal(qint64 sessionId, const char* number, const char* kind, const char* category, const char* decision)
    {
        db.exec(QStringLiteral("INSERT INTO congress_proposals (session_id, number, kind, title, category, decision) "
                               "VALUES (:s, :n, :k, 'title', :c, :d)"),
                {{QStringLiteral("s"), sessionId},
                 {QStringLiteral("n"), QString::fromLatin1(number)},
                 {QStringLiteral("k"), QString::fromLatin1(kind)},
                 {QStringLiteral("c"), QString::fromUtf8(category)},
                 {QStringLiteral("d"), QString::fromLatin1(decision)}});
        return db.scalar(QStringLiteral("SELECT MAX(id) FROM congress_proposals")).toLongLong();
    }
    void lead(qint64 proposalId, qint64 unit, const char* deadline)
    {
        db.exec(QStringLiteral("INSERT INTO congress_assignments (proposal_id, round, unit_id, role, deadline) VALUES "
                               "(%1, 1, %2, 'lead', '%3')")
                    .arg(proposalId)
                    .arg(unit)
                    .arg(QString::fromLatin1(deadline)));
    }
    void replyTo(qint64 proposalId)
    {
        db.exec(QStringLiteral("INSERT INTO congress_replies (proposal_id, round, replied, result) VALUES (%1, 1, "
                               "'2025-04-01', 'A')")
                    .arg(proposalId));
    }
    void rate(qint64 proposalId, const char* rating)
    {
        db.exec(QStringLiteral("INSERT INTO congress_ratings (proposal_id, round, rating) VALUES (%1, 1, '%2')")
                    .arg(proposalId)
                    .arg(QString::fromLatin1(rating)));
    }
    qint64 period(qint64 scheme, const char* key, const char* starts, const char* ends, const char* opens,
                  const char* closes)
    {
        return insert(QStringLiteral("INSERT INTO aid_periods (scheme_id, period_key, starts, ends, enroll_opens, "
                                     "enroll_closes) VALUES (%1, '%2', '%3', '%4', '%5', '%6')")
                          .arg(scheme)
                          .arg(QString::fromLatin1(key), QString::fromLatin1(starts), QString::fromLatin1(ends),
                               QString::fromLatin1(opens), QString::fromLatin1(closes)),
                      QStringLiteral("aid_periods"));
    }
    qint64 claim(qint64 periodId, qint64 memberId, const char* status)
    {
        return insert(QStringLiteral("INSERT INTO aid_claims (period_id, member_id, part_key, treated_from, received, "
                                     "status) VALUES (%1, %2, 'inpatient', '2025-01-01', '2025-01-05', '%3')")
                          .arg(periodId)
                          .arg(memberId)
                          .arg(QString::fromLatin1(status)),
                      QStringLiteral("aid_claims"));
    }
    qint64 ledger(qint64 periodId, const char* posted, const char* kind, qint64 amount, qint64 claimId = 0)
    {
        return insert(QStringLiteral("INSERT INTO aid_ledger (period_id, posted, kind, amount, claim_id) VALUES (%1, "
                                     "'%2', '%3', %4, %5)")
                          .arg(periodId)
                          .arg(QString::fromLatin1(posted), QString::fromLatin1(kind))
                          .arg(amount)
                          .arg(claimId ? QString::number(claimId) : QStringLiteral("NULL")),
                      QStringLiteral("aid_ledger"));
    }
    qint64 round(const char* key, int year, qint64 type, const char* stage, const QString& start, const QString& end)
    {
        db.exec(QStringLiteral("INSERT INTO award_rounds (round_key, year, award_type_id, stage, publicity_start, "
                               "publicity_end) VALUES (:k, :y, :t, :s, :ps, :pe)"),
                {{QStringLiteral("k"), QString::fromLatin1(key)},
                 {QStringLiteral("y"), year},
                 {QStringLiteral("t"), type},
                 {QStringLiteral("s"), QString::fromLatin1(stage)},
                 {QStringLiteral("ps"), start.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(start)},
                 {QStringLiteral("pe"), end.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(end)}});
        return db.scalar(QStringLiteral("SELECT MAX(id) FROM award_rounds")).toLongLong();
    }
    void nominate(qint64 roundId, qint64 memberId, qint64 unit, const char* status)
    {
        db.exec(QStringLiteral("INSERT INTO award_nominations (round_id, member_id, unit_id, status) VALUES (%1, %2, "
                               "%3, '%4')")
                    .arg(roundId)
                    .arg(memberId)
                    .arg(unit)
                    .arg(QString::fromLatin1(status)));
    }

    Database& db;
    qint64 a = 0, b = 0, m1 = 0, m2 = 0, m3 = 0, m4 = 0, m5 = 0, m6 = 0, m7 = 0, m8 = 0, m9 = 0;
    qint64 session = 0, love = 0, province = 0, period2025 = 0, publicityRound = 0;
};

const DashboardChart& chartOf(const QList<DashboardChart>& charts, const char* key)
{
    for (const DashboardChart& c : charts)
        if (c.key == QLatin1String(key))
            return c;
    FAIL("no chart " << key);
    return charts.first();
}

std::optional<Reminder> reminderOf(Database& db, const QDate& today, const char* key)
{
    for (const Reminder& r : Dashboard::reminders(db, today))
        if (r.key == QLatin1String(key))
            return r;
    return std::nullopt;
}

QList<double> values(std::initializer_list<double> list)
{
    return QList<double>(list);
}

} // namespace

TEST_CASE("Dashboard charts count the hand-built database", "[dashboard]")
{
    TestDatabase t;
    auto db = t.open();
    DashboardFixture f(*db);
    const QList<DashboardChart> charts = Dashboard::charts(*db, kToday);
    QStringList keys;
    for (const DashboardChart& c : charts) {
        keys << c.key;
        for (const DashboardSeries& s : c.series) {
            CHECK(s.values.size() == c.categories.size());
            CHECK(s.targets.size() == c.categories.size());
        }
    }
    CHECK(keys == QStringList{"members_by_unit", "age_pyramid", "joins_leaves", "schedule_progress",
                              "proposals_by_category", "proposals_by_result", "aid_payouts", "fund_balances",
                              "awards_by_unit"});

    SECTION("active members by sub-union, men, women and those without a gender; the inactive empty one left out")
    {
        const DashboardChart& c = chartOf(charts, "members_by_unit");
        CHECK(c.categories == QStringList{"经济学院分工会", "法学院分工会", "(no sub-union)"});
        REQUIRE(c.series.size() == 3);
        CHECK(c.series[0].values == values({1, 2, 0}));
        CHECK(c.series[1].values == values({1, 2, 1}));
        CHECK(c.series[2].values == values({1, 0, 0}));
        CHECK(c.series[1].targets[1].table == "members");
        CHECK(c.series[1].targets[1].conditions ==
              QVariantMap{{"unit_id", f.b}, {"gender", "F"}, {"status", "active"}});
        CHECK(c.series[1].targets[2].isEmpty());
        CHECK_FALSE(c.isEmpty());
    }
    SECTION("age pyramid: ages on today, a birthday today moves a member up a band")
    {
        const DashboardChart& c = chartOf(charts, "age_pyramid");
        CHECK(c.kind == DashboardChart::Kind::Pyramid);
        CHECK(c.categories.size() == 9);
        CHECK(c.categories.first() == "under 25");
        CHECK(c.categories.last() == "60 and over");
        REQUIRE(c.series.size() == 2);
        CHECK(c.series[0].name == "Men");
        CHECK(c.series[0].values == values({0, 0, 1, 0, 0, 0, 0, 1, 1}));
        CHECK(c.series[1].values == values({1, 0, 0, 1, 0, 1, 1, 0, 0}));
        CHECK(c.series[1].targets[3].conditions ==
              QVariantMap{{"gender", "F"}, {"min_age", 35}, {"max_age", 39}, {"status", "active"}});
        CHECK(c.series[0].targets[0].conditions == QVariantMap{{"gender", "M"}, {"max_age", 24}, {"status", "active"}});
        CHECK(c.series[0].targets[8].conditions == QVariantMap{{"gender", "M"}, {"min_age", 60}, {"status", "active"}});
        CHECK(c.note == "1 member(s) without a birth date or gender not shown");
    }
    SECTION("joined and left in the last five years, from the status history")
    {
        const DashboardChart& c = chartOf(charts, "joins_leaves");
        CHECK(c.categories == QStringList{"2021", "2022", "2023", "2024", "2025"});
        CHECK(c.series[0].values == values({1, 0, 0, 1, 1}));
        CHECK(c.series[1].values == values({0, 0, 1, 0, 1}));
        CHECK(c.series[0].targets[0].isEmpty());
    }
    SECTION("schedule: items per month covered, done and not done, cancelled ones out")
    {
        const DashboardChart& c = chartOf(charts, "schedule_progress");
        CHECK(c.stacked);
        CHECK(c.categories.size() == 12);
        CHECK(c.series[0].values == values({1, 0, 1, 1, 1, 0, 0, 0, 0, 0, 0, 1}));
        CHECK(c.series[1].values == values({0, 0, 0, 0, 0, 2, 0, 0, 0, 1, 1, 1}));
        CHECK(c.series[1].targets[5].conditions == QVariantMap{{"year", 2025}, {"month", 6}, {"status", "open"}});
        CHECK(c.series[0].targets[0].conditions == QVariantMap{{"year", 2025}, {"month", 1}, {"status", "done"}});
    }
    SECTION("proposals by category, in the report's order; suggestions out")
    {
        const DashboardChart& c = chartOf(charts, "proposals_by_category");
        CHECK(c.categories == QStringList{"教学科研", "后勤", "(uncategorised)"});
        CHECK(c.series[0].values == values({3, 3, 1}));
        CHECK(c.series[0].targets[2].conditions == QVariantMap{{"session_id", f.session}, {"category", ""}});
    }
    SECTION("proposals by stage, and the satisfaction rate as the report counts it")
    {
        const DashboardChart& c = chartOf(charts, "proposals_by_result");
        CHECK(c.categories == QStringList{"Awaiting decision", "Being handled", "Replied, to be rated", "Closed",
                                          "Not filed", "Merged"});
        CHECK(c.series[0].values == values({1, 1, 1, 2, 1, 1}));
        CHECK(c.series[0].targets[3].conditions == QVariantMap{{"session_id", f.session}, {"state", "rated"}});
        CHECK(c.note == "Satisfaction rate 50.0 % (1 of 2 rated)");
    }
    SECTION("mutual-aid payouts by month and scheme, net of reversals, in yuan")
    {
        const DashboardChart& c = chartOf(charts, "aid_payouts");
        REQUIRE(c.series.size() == 2);
        CHECK(c.series[0].name == "爱心互助");
        CHECK(c.series[0].values == values({0, 0, 300, 0, 0, 0, 500, 0, 0, 0, 0, 0}));
        CHECK(c.series[1].values == values({0, 80, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}));
        CHECK(c.series[1].targets[1].conditions ==
              QVariantMap{{"scheme_id", f.province}, {"state", "paid"}, {"month", "2025-02"}});
    }
    SECTION("fund balances on today: entries posted later not counted")
    {
        const DashboardChart& c = chartOf(charts, "fund_balances");
        CHECK(c.categories == QStringList{"爱心互助", "省产业互助"});
        CHECK(c.series[0].values == values({12700, 2920}));
        CHECK(c.series[0].targets[0].table == "aid_ledger");
        CHECK(c.series[0].targets[0].conditions == QVariantMap{{"scheme_id", f.love}});
    }
    SECTION("awards of the year by sub-union: awarded, and selected while the list is not final")
    {
        const DashboardChart& c = chartOf(charts, "awards_by_unit");
        CHECK(c.categories == QStringList{"经济学院分工会", "法学院分工会"});
        CHECK(c.series[0].values == values({2, 1}));
        CHECK(c.series[1].values == values({1, 0}));
        CHECK(c.series[0].targets[1].conditions == QVariantMap{{"unit_id", f.b}, {"year", 2025}, {"state", "final"}});
    }
}

TEST_CASE("Dashboard charts of an empty database are empty", "[dashboard]")
{
    TestDatabase t;
    auto db = t.open();
    for (const DashboardChart& c : Dashboard::charts(*db, kToday))
        CHECK(c.isEmpty());
    CHECK(Dashboard::reminders(*db, kToday).isEmpty());
}

TEST_CASE("Dashboard reminders appear and disappear at their dates", "[dashboard]")
{
    TestDatabase t;
    auto db = t.open();
    DashboardFixture f(*db);
    Database& d = *db;

    SECTION("birthdays of the month, active members only")
    {
        CHECK_FALSE(reminderOf(d, QDate(2025, 5, 31), "birthdays"));
        for (const QDate& day : {QDate(2025, 6, 1), QDate(2025, 6, 30)}) {
            const auto r = reminderOf(d, day, "birthdays");
            REQUIRE(r);
            CHECK(r->count == 2);
            CHECK(r->text == "2 member(s) have a birthday this month");
            CHECK(r->target.conditions == QVariantMap{{"birth_month", 6}, {"status", "active"}});
        }
        CHECK_FALSE(reminderOf(d, QDate(2025, 7, 1), "birthdays"));
    }
    SECTION("this month's open schedule items")
    {
        CHECK_FALSE(reminderOf(d, QDate(2025, 5, 31), "schedule_open"));
        const auto r = reminderOf(d, QDate(2025, 6, 1), "schedule_open");
        REQUIRE(r);
        CHECK(r->count == 2);
        CHECK(r->target.conditions == QVariantMap{{"year", 2025}, {"month", 6}, {"status", "open"}});
        CHECK_FALSE(reminderOf(d, QDate(2025, 7, 1), "schedule_open"));
    }
    SECTION("a deadline item is due on its month's last day, shown from seven days before")
    {
        CHECK_FALSE(reminderOf(d, QDate(2025, 6, 22), "schedule_deadline"));
        auto r = reminderOf(d, QDate(2025, 6, 23), "schedule_deadline");
        REQUIRE(r);
        CHECK(r->count == 1);
        CHECK(r->date == QDate(2025, 6, 30));
        CHECK_FALSE(r->urgent);
        r = reminderOf(d, QDate(2025, 6, 30), "schedule_deadline");
        REQUIRE(r);
        CHECK(r->urgent);
        CHECK_FALSE(reminderOf(d, QDate(2025, 7, 1), "schedule_deadline"));
    }
    SECTION("a reply is overdue the day after its deadline")
    {
        CHECK_FALSE(reminderOf(d, QDate(2025, 6, 10), "replies_overdue"));
        const auto r = reminderOf(d, QDate(2025, 6, 11), "replies_overdue");
        REQUIRE(r);
        CHECK(r->count == 1);
        CHECK(r->date == QDate(2025, 6, 10));
        CHECK(r->urgent);
        CHECK(r->target.conditions == QVariantMap{{"session_id", f.session}, {"overdue", true}});
        // The proposal due on 1 July joins it on 2 July.
        CHECK(reminderOf(d, QDate(2025, 7, 2), "replies_overdue")->count == 2);
    }
    SECTION("a reply is due from fourteen days before its deadline to the deadline, both included")
    {
        CHECK_FALSE(reminderOf(d, QDate(2025, 6, 16), "replies_due"));
        auto r = reminderOf(d, QDate(2025, 6, 17), "replies_due");
        REQUIRE(r);
        CHECK(r->count == 1);
        CHECK(r->date == QDate(2025, 7, 1));
        CHECK_FALSE(r->urgent);
        r = reminderOf(d, QDate(2025, 7, 1), "replies_due");
        REQUIRE(r);
        CHECK(r->urgent);
        CHECK_FALSE(reminderOf(d, QDate(2025, 7, 2), "replies_due"));
        // The suggestion due on 10 June is in it until that day.
        CHECK(reminderOf(d, QDate(2025, 6, 10), "replies_due")->count == 1);
    }
    SECTION("claims waiting at a review step, until they are decided")
    {
        const auto r = reminderOf(d, kToday, "claims_review");
        REQUIRE(r);
        CHECK(r->count == 2);
        CHECK(r->target.conditions == QVariantMap{{"period_id", f.period2025}, {"state", "review"}});
        d.exec(QStringLiteral("UPDATE aid_claims SET status = 'paid' WHERE status IN ('office', 'sub_union')"));
        CHECK_FALSE(reminderOf(d, kToday, "claims_review"));
    }
    SECTION("an award round's 公示 from its first to its last day")
    {
        CHECK_FALSE(reminderOf(d, QDate(2025, 6, 9), "publicity_ending"));
        auto r = reminderOf(d, QDate(2025, 6, 10), "publicity_ending");
        REQUIRE(r);
        CHECK(r->count == 1);
        CHECK(r->date == QDate(2025, 6, 16));
        CHECK_FALSE(r->urgent);
        CHECK(r->target.conditions == QVariantMap{{"round_id", f.publicityRound}});
        r = reminderOf(d, QDate(2025, 6, 16), "publicity_ending");
        REQUIRE(r);
        CHECK(r->urgent);
        CHECK_FALSE(reminderOf(d, QDate(2025, 6, 17), "publicity_ending"));
    }
    SECTION("retirements within three months, by the statutory ages of the 2025 rise")
    {
        // m4 (a man of 60, born January 1965) retires on 2025-02-10, m9 (a woman whose age was 50, born March 1975)
        // on 2025-05-10, m8 (born September 1965) on 2025-12-20.
        auto r = reminderOf(d, QDate(2025, 2, 10), "retirements");
        REQUIRE(r);
        CHECK(r->count == 2);
        CHECK(r->date == QDate(2025, 2, 10));
        CHECK(r->urgent);
        r = reminderOf(d, QDate(2025, 2, 11), "retirements");
        REQUIRE(r);
        CHECK(r->count == 1);
        CHECK(r->date == QDate(2025, 5, 10));
        CHECK_FALSE(reminderOf(d, QDate(2025, 9, 19), "retirements"));
        r = reminderOf(d, QDate(2025, 9, 20), "retirements");
        REQUIRE(r);
        CHECK(r->count == 1);
        CHECK(r->date == QDate(2025, 12, 20));
        CHECK(r->target.conditions == QVariantMap{{"status", "active"},
                                                  {"retires_from", QDate(2025, 9, 20)},
                                                  {"retires_to", QDate(2025, 12, 20)}});
        CHECK(reminderOf(d, QDate(2025, 12, 20), "retirements")->count == 1);
        CHECK_FALSE(reminderOf(d, QDate(2025, 12, 21), "retirements"));
    }
    SECTION("mutual-aid enrollment: open from its first day, closing in its last fourteen days, then gone")
    {
        CHECK_FALSE(reminderOf(d, QDate(2024, 11, 30), "enrollment_open"));
        auto r = reminderOf(d, QDate(2024, 12, 1), "enrollment_open");
        REQUIRE(r);
        CHECK(r->count == 1);
        CHECK(r->target.conditions == QVariantMap{{"period_id", f.period2025}});
        CHECK(reminderOf(d, QDate(2025, 6, 15), "enrollment_open"));
        CHECK_FALSE(reminderOf(d, QDate(2025, 6, 15), "enrollment_closing"));
        CHECK_FALSE(reminderOf(d, QDate(2025, 6, 16), "enrollment_open"));
        r = reminderOf(d, QDate(2025, 6, 16), "enrollment_closing");
        REQUIRE(r);
        CHECK(r->date == QDate(2025, 6, 30));
        CHECK_FALSE(r->urgent);
        r = reminderOf(d, QDate(2025, 6, 30), "enrollment_closing");
        REQUIRE(r);
        CHECK(r->urgent);
        CHECK_FALSE(reminderOf(d, QDate(2025, 7, 1), "enrollment_closing"));
        CHECK_FALSE(reminderOf(d, QDate(2025, 7, 1), "enrollment_open"));
    }
}
