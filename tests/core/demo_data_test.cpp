#include "support/TestDatabase.h"
#include "support/catch.h"

#include "core/members/DemoData.h"
#include "core/members/IdNumber.h"
#include "core/members/MemberRepository.h"
#include "core/members/Pinyin.h"
#include "core/units/SubUnitRepository.h"

#include <QHash>
#include <QSet>

using namespace ud::core;
using ud::test::TestDatabase;

namespace {

int ageOn(const QDate& birth, const QDate& day)
{
    int age = day.year() - birth.year();
    if (day.month() < birth.month() || (day.month() == birth.month() && day.day() < birth.day()))
        --age;
    return age;
}

DemoData::Summary generate(Database& db, int members, quint64 seed)
{
    DemoData::Options options;
    options.members = members;
    options.seed = seed;
    return DemoData::generate(db, options);
}

QString joined(const QVariantMap& row)
{
    QStringList cells;
    for (const QVariant& v : row)
        cells << v.toString();
    return cells.join(QLatin1Char('|'));
}

// Everything a seed decides, as text, independent of row ids.
QStringList contents(Database& db)
{
    QStringList lines;
    for (const QVariantMap& r :
         db.rows(QStringLiteral("SELECT m.staff_no, m.name, m.name_pinyin, m.gender, m.ethnicity, m.birth_date, "
                                "m.id_number, u.code, m.department, m.title, m.education, m.political_status, "
                                "m.employment_type, m.phone, m.join_date, m.status FROM members m "
                                "LEFT JOIN units u ON u.id = m.unit_id ORDER BY m.staff_no")))
        lines << joined(r);
    for (const QVariantMap& r :
         db.rows(QStringLiteral("SELECT m.staff_no, e.event_date, e.kind, u.code, f.code AS from_code, e.note "
                                "FROM member_events e JOIN members m ON m.id = e.member_id "
                                "LEFT JOIN units u ON u.id = e.unit_id LEFT JOIN units f ON f.id = e.from_unit_id "
                                "ORDER BY m.staff_no, e.event_date, e.id")))
        lines << joined(r);
    return lines;
}

} // namespace

TEST_CASE("Demo data is valid and its current status follows from its history", "[demo]")
{
    TestDatabase t;
    auto db = t.open();
    const QDate today = QDate::currentDate();
    const DemoData::Summary summary = generate(*db, 400, 11);
    CHECK(summary.members == 400);
    CHECK(summary.unitsAdded >= 25);
    CHECK(summary.active + summary.retired + summary.left + summary.deceased == 400);
    CHECK(db->scalar(QStringLiteral("SELECT count(*) FROM members")).toInt() == 400);
    CHECK(db->scalar(QStringLiteral("SELECT count(*) FROM member_events")).toInt() == summary.events);
    CHECK(db->scalar(QStringLiteral("SELECT count(DISTINCT staff_no) FROM members")).toInt() == 400);
    CHECK(db->scalar(QStringLiteral("SELECT count(DISTINCT unit_id) FROM members")).toInt() >= 20);

    MemberRepository repo(*db);
    QHash<qint64, MemberRepository::RosterEntry> roster;
    for (const auto& e : repo.rosterAsOf(today))
        roster.insert(e.memberId, e);
    CHECK(roster.size() == 400);

    QSet<QString> idNumbers;
    int checked = 0;
    const auto rows = db->rows(QStringLiteral("SELECT id FROM members ORDER BY id"));
    for (const QVariantMap& row : rows) {
        const Member m = *repo.byId(row.value(QStringLiteral("id")).toLongLong());
        INFO(m.staffNo.toStdString() << " " << m.name.toStdString() << " " << m.idNumber.toStdString());

        const IdCheck id = checkIdNumber(m.idNumber, today);
        REQUIRE(id.valid);
        CHECK(id.normalized == m.idNumber);
        CHECK(id.birthDate == m.birthDate);
        CHECK((id.gender == IdCheck::Male ? QStringLiteral("M") : QStringLiteral("F")) == m.gender);
        idNumbers.insert(m.idNumber);

        const int age = ageOn(m.birthDate, today);
        CHECK(age >= 22);
        CHECK(age <= 75);
        CHECK(m.joinDate >= m.birthDate.addYears(22));
        CHECK(m.joinDate <= today);
        if (!m.phone.isEmpty())
            CHECK(isValidMobile(m.phone));
        CHECK(m.name.size() >= 2);
        CHECK(Pinyin::full(m.name) == db->scalar(QStringLiteral("SELECT name_pinyin FROM members WHERE id = :id"),
                                                 {{QStringLiteral("id"), m.id}})
                                          .toString());
        CHECK_FALSE(m.title.isEmpty());
        CHECK_FALSE(m.department.isEmpty());
        CHECK_FALSE(m.ethnicity.isEmpty());

        // The stored status and sub-union are the ones the history gives for today.
        REQUIRE(roster.contains(m.id));
        CHECK(roster.value(m.id).status == m.status);
        CHECK(roster.value(m.id).unitId == m.unitId);

        const QList<MemberEvent> events = repo.events(m.id);
        REQUIRE_FALSE(events.isEmpty());
        CHECK(events.first().kind == MemberEvent::Kind::Joined);
        CHECK(events.first().date == m.joinDate);
        for (int i = 1; i < events.size(); ++i) {
            CHECK(events.at(i).date > events.at(i - 1).date);
            CHECK(events.at(i).kind != MemberEvent::Kind::Joined);
            if (events.at(i).kind == MemberEvent::Kind::Transferred) {
                CHECK(events.at(i).fromUnitId == events.at(i - 1).unitId);
                CHECK(events.at(i).unitId != events.at(i).fromUnitId);
            }
        }
        CHECK(events.last().date <= today);
        for (const MemberEvent& e : events) {
            if (e.kind == MemberEvent::Kind::Retired) {
                const int retirementAge = ageOn(m.birthDate, e.date);
                CHECK((retirementAge == 60 || (m.gender == QLatin1String("F") && retirementAge == 55)));
            }
        }
        // Nobody past 60 is still at work, and nobody is retired before 55.
        if (m.status == Member::Status::Active)
            CHECK(age < 60);
        if (m.status == Member::Status::Retired)
            CHECK(age >= 55);

        // The roster's own rules accept every member (checked for some, as each check asks the database).
        if (checked++ < 40)
            CHECK(repo.validate(m, today).isEmpty());
    }
    CHECK(idNumbers.size() == 400);

    // One history entry says demo data was generated; the rows themselves are not logged one by one.
    const auto log = db->rows(QStringLiteral("SELECT row_id, action, new_values FROM change_log WHERE table_name IN "
                                             "('members', 'member_events')"));
    REQUIRE(log.size() == 1);
    CHECK(log.first().value(QStringLiteral("action")).toString() == QStringLiteral("insert"));
    CHECK(log.first().value(QStringLiteral("row_id")).toLongLong() == 0);
    CHECK(log.first().value(QStringLiteral("new_values")).toString().contains(QStringLiteral("400 members")));
    CHECK(db->integrityProblems().isEmpty());
}

TEST_CASE("Demo data looks like a university's roster", "[demo]")
{
    TestDatabase t;
    auto db = t.open();
    const DemoData::Summary s = generate(*db, 3000, 5);
    // Same names several times over, as in any large roster.
    CHECK(s.distinctNames < 3000);
    CHECK(s.namesSharedByThree >= 5);
    CHECK(
        db->scalar(QStringLiteral("SELECT max(c) FROM (SELECT count(*) AS c FROM members GROUP BY name) x")).toInt() >=
        4);
    // Every kind of history occurs.
    CHECK(s.retired > 300);
    CHECK(s.active > 1500);
    CHECK(s.transfers > 50);
    CHECK(s.left > 0);
    CHECK(s.deceased > 0);
    CHECK(s.rejoined > 0);
    CHECK(db->scalar(QStringLiteral("SELECT count(*) FROM member_events WHERE kind = 'rejoined'")).toInt() ==
          s.rejoined);
    // Most are Han; the surnames with special readings are there and read as surnames.
    CHECK(db->scalar(QStringLiteral("SELECT count(*) FROM members WHERE ethnicity = '汉族'")).toInt() > 2600);
    CHECK(db->scalar(QStringLiteral("SELECT count(*) FROM members WHERE name_pinyin LIKE 'zeng%' AND name LIKE '曾%'"))
              .toInt() > 0);
    CHECK(db->scalar(
                QStringLiteral("SELECT count(*) FROM members WHERE name LIKE '单%' AND name_pinyin NOT LIKE 'shan%'"))
              .toInt() == 0);
    CHECK(db->scalar(QStringLiteral("SELECT count(*) FROM members WHERE id_number LIKE '33%'")).toInt() > 1500);
    // Both sexes, and the titles of a university.
    CHECK(db->scalar(QStringLiteral("SELECT count(*) FROM members WHERE gender = 'F'")).toInt() > 1200);
    CHECK(db->scalar(QStringLiteral("SELECT count(*) FROM members WHERE title = '教授'")).toInt() > 50);
    CHECK(db->scalar(QStringLiteral("SELECT count(*) FROM units WHERE name = '机关分工会'")).toInt() == 1);
}

TEST_CASE("The same seed gives the same demo data; another seed other data", "[demo]")
{
    TestDatabase first;
    TestDatabase second;
    TestDatabase third;
    auto a = first.open();
    auto b = second.open();
    auto c = third.open();
    generate(*a, 150, 42);
    generate(*b, 150, 42);
    generate(*c, 150, 43);
    const QStringList ca = contents(*a);
    CHECK(ca.size() > 150);
    CHECK(ca == contents(*b));
    CHECK(ca != contents(*c));
}

TEST_CASE("Demo data is refused on a database that has members", "[demo]")
{
    TestDatabase t;
    auto db = t.open();
    SubUnit unit;
    unit.code = QStringLiteral("101");
    unit.name = QStringLiteral("经济学院");
    const qint64 unitId = SubUnitRepository(*db).add(unit);

    // Sub-unions alone are fine: the one with a demo code is used as it is.
    const DemoData::Summary s = generate(*db, 20, 1);
    CHECK(s.unitsReused == 1);
    CHECK(SubUnitRepository(*db).byCode(QStringLiteral("101"))->name == QStringLiteral("经济学院"));
    CHECK(SubUnitRepository(*db).byCode(QStringLiteral("101"))->id == unitId);

    const qint64 units = db->scalar(QStringLiteral("SELECT count(*) FROM units")).toLongLong();
    const qint64 log = db->scalar(QStringLiteral("SELECT count(*) FROM change_log")).toLongLong();
    try {
        generate(*db, 20, 2);
        FAIL("demo data was generated over existing members");
    } catch (const ValidationError& e) {
        CHECK(e.message().contains(QStringLiteral("already holds 20 member")));
    }
    CHECK(db->scalar(QStringLiteral("SELECT count(*) FROM members")).toInt() == 20);
    CHECK(db->scalar(QStringLiteral("SELECT count(*) FROM units")).toLongLong() == units);
    CHECK(db->scalar(QStringLiteral("SELECT count(*) FROM change_log")).toLongLong() == log);

    TestDatabase empty;
    auto other = empty.open();
    DemoData::Options none;
    none.members = 0;
    CHECK_THROWS_AS(DemoData::generate(*other, none), ValidationError);
}
