#include "support/Builders.h"
#include "support/TestDatabase.h"
#include "support/catch.h"

#include "core/db/RecordStore.h"
#include "core/members/MemberRepository.h"
#include "core/units/SubUnitRepository.h"

using namespace ud::core;
using ud::test::addEvent;
using ud::test::addMember;
using ud::test::TestDatabase;
using ud::test::unit;

namespace {

/// 经济学院 (stored twice: once by an import, 021, with two members and a group under it) and 经济学院分工会 (101).
struct Fixture {
    TestDatabase t;
    std::unique_ptr<Database> db = t.open();
    qint64 duplicate = 0, target = 0, group = 0, other = 0;
    qint64 zhang = 0, li = 0, wang = 0;
    Fixture()
    {
        SubUnitRepository units(*db);
        target = units.add(unit(QStringLiteral("101"), QStringLiteral("经济学院分工会")));
        other = units.add(unit(QStringLiteral("102"), QStringLiteral("法学院分工会")));
        duplicate = units.add(unit(QStringLiteral("021"), QStringLiteral("经济学院")));
        group = units.add(unit(QStringLiteral("021.1"), QStringLiteral("经济学院教工小组"), duplicate));
        zhang = addMember(*db, QStringLiteral("T1"), QStringLiteral("张伟"), duplicate, QDate(2010, 9, 1));
        li = addMember(*db, QStringLiteral("T2"), QStringLiteral("李娜"), other, QDate(2012, 9, 1));
        // 李娜 moved from the law school to the duplicate; 王芳 is in the right one already.
        addEvent(*db, li, MemberEvent::Kind::Transferred, QDate(2020, 3, 1), duplicate);
        wang = addMember(*db, QStringLiteral("T3"), QStringLiteral("王芳"), target, QDate(2015, 9, 1));
    }
    std::optional<qint64> unitOf(qint64 member) const { return MemberRepository(*db).byId(member)->unitId; }
    int count(const QString& sql) const { return db->scalar(sql).toInt(); }
};

} // namespace

TEST_CASE("Merging a sub-union moves its members, their history and its sub-units, and is recorded", "[units][merge]")
{
    Fixture f;
    SubUnitRepository repo(*f.db);
    const int historyBefore = f.count(QStringLiteral("SELECT count(*) FROM change_log"));

    const SubUnitRepository::Merge merge = repo.merge(f.duplicate, f.target);
    CHECK(merge.members == 2);
    CHECK(merge.events == 2); // 张伟 joined it, 李娜 was transferred into it
    CHECK(merge.source.name == QStringLiteral("经济学院"));

    CHECK_FALSE(repo.byId(f.duplicate));
    CHECK(f.unitOf(f.zhang) == f.target);
    CHECK(f.unitOf(f.li) == f.target);
    CHECK(f.unitOf(f.wang) == f.target);
    CHECK(repo.byId(f.group)->parentId == f.target);
    CHECK(repo.memberCount(f.target) == 3);
    // The history as of a date follows from the events: 李娜 was in the law school before her transfer.
    const QList<MemberEvent> events = MemberRepository(*f.db).events(f.li);
    REQUIRE(events.size() == 2);
    CHECK(events.at(0).unitId == f.other);
    CHECK(events.at(1).unitId == f.target);
    CHECK(events.at(1).fromUnitId == f.other);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM member_events WHERE unit_id = %1 OR from_unit_id = %1")
                      .arg(f.duplicate)) == 0);

    // Every row that changed has its line in the change history: two members, two events, the group, the unit.
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM change_log")) == historyBefore + 6);
    const auto rows = f.db->rows(QStringLiteral("SELECT table_name, row_id, action, old_values, new_values FROM "
                                                "change_log ORDER BY id DESC LIMIT 6"));
    QStringList seen;
    for (const QVariantMap& r : rows)
        seen << r.value(QStringLiteral("table_name")).toString() + QLatin1Char(' ') +
                    r.value(QStringLiteral("action")).toString();
    seen.sort();
    CHECK(seen == QStringList{QStringLiteral("member_events update"), QStringLiteral("member_events update"),
                              QStringLiteral("members update"), QStringLiteral("members update"),
                              QStringLiteral("units delete"), QStringLiteral("units update")});
    for (const QVariantMap& r : rows)
        if (r.value(QStringLiteral("table_name")).toString() == QLatin1String("members"))
            CHECK(r.value(QStringLiteral("new_values")).toString().contains(QString::number(f.target)));
}

TEST_CASE("A merge is taken back with the sub-union under its id and what moved pointing at it again", "[units][merge]")
{
    Fixture f;
    SubUnitRepository repo(*f.db);
    const SubUnit before = *repo.byId(f.duplicate);
    const SubUnitRepository::Merge merge = repo.merge(f.duplicate, f.target);

    // Meanwhile 张伟 moved on to the law school: that stays as it is.
    addEvent(*f.db, f.zhang, MemberEvent::Kind::Transferred, QDate::currentDate(), f.other);

    repo.unmerge(merge);
    REQUIRE(repo.byId(f.duplicate));
    CHECK(*repo.byId(f.duplicate) == before);
    CHECK(f.unitOf(f.li) == f.duplicate);
    CHECK(f.unitOf(f.wang) == f.target);
    CHECK(f.unitOf(f.zhang) == f.other);
    CHECK(repo.byId(f.group)->parentId == f.duplicate);
    CHECK(MemberRepository(*f.db).events(f.li).at(1).unitId == f.duplicate);
    CHECK(MemberRepository(*f.db).events(f.zhang).at(0).unitId == f.duplicate);

    // Merged again (redo): the same rows move.
    const SubUnitRepository::Merge again = repo.merge(f.duplicate, f.target);
    CHECK(again.members == 1);
    CHECK_FALSE(repo.byId(f.duplicate));
}

TEST_CASE("A merge into itself, into a sub-unit of its own or of a missing sub-union changes nothing", "[units][merge]")
{
    Fixture f;
    SubUnitRepository repo(*f.db);
    const int history = f.count(QStringLiteral("SELECT count(*) FROM change_log"));
    CHECK_THROWS_WITH(repo.merge(f.duplicate, f.duplicate), Catch::Contains("itself"));
    try {
        repo.merge(f.duplicate, f.group);
        FAIL("a merge into a sub-unit of its own was accepted");
    } catch (const ValidationError& e) {
        CHECK(e.message() ==
              QStringLiteral("经济学院教工小组 lies below 经济学院 and cannot take it in. Move 经济学院教工小组 out "
                             "from under 经济学院 first."));
    }
    CHECK_THROWS_AS(repo.merge(f.duplicate, 987654), ValidationError);
    CHECK_THROWS_AS(repo.merge(987654, f.target), ValidationError);
    CHECK(repo.byId(f.duplicate));
    CHECK(f.unitOf(f.zhang) == f.duplicate);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM change_log")) == history);
}

TEST_CASE("A sub-union with members is refused for deletion with their count, before anything else", "[units][merge]")
{
    Fixture f;
    SubUnitRepository repo(*f.db);
    // The English plural comes from the translation; without it the text says "member(s)".
    const QString problem = repo.removalProblem(f.duplicate);
    CHECK(problem.startsWith(QStringLiteral("经济学院 still has 2 member")));
    CHECK(problem.endsWith(QStringLiteral(" and cannot be deleted. Move them to another sub-union, merge 经济学院 "
                                          "into another sub-union, or mark it inactive.")));
    try {
        repo.remove(f.duplicate);
        FAIL("a sub-union with members was deleted");
    } catch (const ValidationError& e) {
        CHECK(e.message() == problem);
    }
    // Without members, what else refers to it is named as before.
    CHECK(repo.removalProblem(f.group).isEmpty());
    repo.merge(f.duplicate, f.target);
    const qint64 empty = repo.add(unit(QStringLiteral("103"), QStringLiteral("空的分工会")));
    SubUnit child = unit(QStringLiteral("103.1"), QStringLiteral("空的小组"), empty);
    repo.add(child);
    CHECK(repo.removalProblem(empty).contains(QStringLiteral("Sub-unions: 1")));
    CHECK_THROWS_AS(repo.removalProblem(987654), ValidationError);
}
