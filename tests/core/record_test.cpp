#include "support/Builders.h"
#include "support/TestDatabase.h"
#include "support/catch.h"

#include "core/db/Error.h"
#include "core/io/TableFile.h"
#include "core/members/MemberRepository.h"
#include "core/schedule/Schedule.h"
#include "core/schedule/ScheduleItemRepository.h"
#include "core/units/SubUnitRepository.h"

#include <QFile>

using namespace ud::core;
using ud::test::TestDatabase;

using ud::test::unit;

TEST_CASE("A record type maps rows, compares records and names its fields", "[record]")
{
    const RecordType<SubUnit>& type = SubUnit::type();
    SubUnit u = unit(QStringLiteral("101"), QStringLiteral("经济学院分工会"));
    u.id = 7;
    u.parentId = 3;
    u.sortOrder = 4;
    u.active = false;

    const QVariantMap values = type.values(u);
    CHECK_FALSE(values.contains(QStringLiteral("id")));
    CHECK(values.value(QStringLiteral("active")).toInt() == 0);
    CHECK(values.value(QStringLiteral("parent_id")).toLongLong() == 3);
    QVariantMap row = values;
    row.insert(QStringLiteral("id"), 7);
    CHECK(type.fromRow(row) == u);

    SubUnit other = u;
    other.shortName = QStringLiteral("经院");
    CHECK_FALSE(type.same(u, other));
    SubUnit noParent = u;
    noParent.parentId.reset();
    CHECK(type.values(noParent).value(QStringLiteral("parent_id")).isNull());
    CHECK_FALSE(type.same(u, noParent));

    CHECK(type.exportKeys() == QStringList{QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("short_name"),
                                           QStringLiteral("parent_code"), QStringLiteral("sort_order"),
                                           QStringLiteral("active")});
    const auto aliases = type.headerAliases();
    CHECK(aliases.value(QStringLiteral("代码")) == QStringLiteral("code"));
    CHECK(aliases.value(QStringLiteral("parent_code")) == QStringLiteral("parent_id"));
    CHECK(aliases.value(QStringLiteral("short name")) == QStringLiteral("short_name")); // the English title
    CHECK(type.title(QStringLiteral("code")) == QStringLiteral("Code"));

    SubUnit empty;
    empty.name = QString(101, QLatin1Char('x'));
    const Problems problems = type.fieldProblems(empty);
    REQUIRE(problems.size() == 2);
    CHECK(problems.at(0).field == QStringLiteral("code"));
    CHECK(problems.at(0).message == QStringLiteral("Code is required."));
    CHECK(problems.at(1).field == QStringLiteral("name"));
    CHECK(problems.at(1).message.contains(QStringLiteral("100")));
}

TEST_CASE("A keyed enum gives keys, labels and values back", "[record]")
{
    const KeyedEnum<ItemStatus>& statuses = itemStatuses();
    CHECK(statuses.key(ItemStatus::InProgress) == QStringLiteral("in_progress"));
    CHECK(statuses.fromKey(QStringLiteral("done")) == ItemStatus::Done);
    CHECK_FALSE(statuses.fromKey(QStringLiteral("Done")).has_value()); // a label is not a key
    CHECK(statuses.fromText(QStringLiteral("Done")) == ItemStatus::Done);
    CHECK_FALSE(statuses.fromText(QStringLiteral("finished")).has_value());
    CHECK(statuses.values().size() == 5);
    CHECK(statuses.label(ItemStatus::Postponed) == QStringLiteral("Postponed"));
}

TEST_CASE("A removed record comes back under its old id, and a referenced one is not removed", "[record]")
{
    TestDatabase t;
    auto db = t.open();
    SubUnitRepository repo(*db);
    const qint64 a = repo.add(unit(QStringLiteral("A"), QStringLiteral("甲分工会")));
    const qint64 b = repo.add(unit(QStringLiteral("B"), QStringLiteral("乙分工会")));

    const SubUnit snapshot = repo.snapshot(a);
    repo.remove(a);
    CHECK_FALSE(repo.byId(a).has_value());
    repo.add(unit(QStringLiteral("C"), QStringLiteral("丙分工会"))); // takes a new id, never a's
    repo.restore(snapshot);
    REQUIRE(repo.byId(a).has_value());
    CHECK(repo.byId(a)->name == QStringLiteral("甲分工会"));
    CHECK_THROWS_AS(repo.restore(snapshot), ValidationError); // the id is taken now

    SubUnit child = unit(QStringLiteral("B1"), QStringLiteral("乙一小组"));
    child.parentId = b;
    repo.add(child);
    try {
        repo.remove(b);
        FAIL("a referenced unit was removed");
    } catch (const ValidationError& e) {
        CHECK(e.message().contains(QStringLiteral("乙分工会")));
        CHECK(e.message().contains(QStringLiteral("Sub-unions: 1")));
    }
    CHECK(repo.byId(b).has_value());

    const Problems problems = repo.problems(unit(QStringLiteral(" A "), QStringLiteral("新")));
    REQUIRE(problems.size() == 1);
    CHECK(problems.first().field == QStringLiteral("code"));
    CHECK(problems.first().message.contains(QStringLiteral("甲分工会")));
}

TEST_CASE("A member event removed and put back keeps its id", "[record][members]")
{
    TestDatabase t;
    auto db = t.open();
    const qint64 unitA = ud::test::addUnit(*db, QStringLiteral("A"), QStringLiteral("甲分工会"));
    const qint64 unitB = ud::test::addUnit(*db, QStringLiteral("B"), QStringLiteral("乙分工会"));
    MemberRepository members(*db);
    const qint64 id =
        ud::test::addMember(*db, QStringLiteral("20150032"), QStringLiteral("张伟"), unitA, QDate(2015, 9, 1));

    const qint64 eventId =
        members.addEvent(ud::test::event(id, MemberEvent::Kind::Transferred, QDate(2020, 3, 1), unitB));
    CHECK(members.byId(id)->unitId == unitB);

    MemberEventRepository events(*db);
    const MemberEvent kept = events.snapshot(eventId);
    events.remove(eventId);
    CHECK(members.byId(id)->unitId == unitA);
    events.restore(kept);
    CHECK(members.event(eventId).kind == MemberEvent::Kind::Transferred);
    CHECK(members.byId(id)->unitId == unitB);

    // The member with its history, removed and put back: the same ids.
    const MemberRepository::Snapshot whole = members.snapshot(id);
    members.remove(id);
    members.restore(whole);
    REQUIRE(members.events(id).size() == 2);
    CHECK(members.events(id).at(1).id == eventId);
}

TEST_CASE("A schedule item is validated into problems with their fields", "[record][schedule]")
{
    TestDatabase t;
    auto db = t.open();
    ScheduleItemRepository items(*db);
    ScheduleItem i;
    i.sectionId = 0;
    i.status = ItemStatus::Done;
    i.number = -1;
    QStringList fields;
    for (const Problem& p : items.problems(i))
        fields << p.field;
    CHECK(fields == QStringList{QStringLiteral("section_id"), QStringLiteral("text"), QStringLiteral("number"),
                                QStringLiteral("done_date")});
}

TEST_CASE("A table file matches headers however a spreadsheet writes them", "[record][import]")
{
    TestDatabase t;
    const QString path = t.tempPath(QStringLiteral("units.csv"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("\n* 代码（必填）, 名称 ,Short name\n101,经济学院分工会,经院\n\n102,法学院分工会,\n");
    f.close();
    const TableFile file = TableFile::load(path);
    CHECK(file.headerRow == 2);
    CHECK(file.rowNumbers == QList<int>{3, 5});
    const auto columns = file.matchHeader(SubUnit::type().headerAliases());
    CHECK(columns.value(QStringLiteral("code")) == 0);
    CHECK(columns.value(QStringLiteral("name")) == 1);
    CHECK(columns.value(QStringLiteral("short_name")) == 2);
    CHECK(TableFile::rowMessage(5, QStringLiteral("x")) == QStringLiteral("row 5: x"));
}

TEST_CASE("One-line text is stored cleaned, notes as typed", "[record]")
{
    const SubUnit u = SubUnit::type().cleaned(unit(QStringLiteral(" 101\u3000"), QStringLiteral("  经济学院分工会 ")));
    CHECK(u.code == QStringLiteral("101"));
    CHECK(u.name == QStringLiteral("经济学院分工会"));
    ScheduleItem item;
    item.text = QStringLiteral("  召开教代会  ");
    item.notes = QStringLiteral("  第一行\n第二行  ");
    const ScheduleItem cleaned = ScheduleItem::type().cleaned(item);
    CHECK(cleaned.text == QStringLiteral("召开教代会"));
    CHECK(cleaned.notes == item.notes);
}
