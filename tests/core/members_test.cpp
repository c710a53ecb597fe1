#include "support/Builders.h"
#include "support/TestDatabase.h"
#include "support/TestIds.h"
#include "support/catch.h"

#include "core/members/IdNumber.h"
#include "core/members/MemberRepository.h"
#include "core/units/SubUnitRepository.h"

#include <QHash>

using namespace ud::core;
using ud::test::TestDatabase;

using ud::test::addUnit;
using ud::test::member;

namespace {

// A valid ID number for a birth date and a sequence (odd: man, even: woman).
using ud::test::makeId;

} // namespace

TEST_CASE("A member is validated, normalized and stored with pinyin", "[members]")
{
    TestDatabase t;
    auto db = t.open();
    MemberRepository repo(*db);
    const qint64 unit = addUnit(*db, QStringLiteral("101"), QStringLiteral("经济学院分工会"));

    Member m = member(QStringLiteral(" 20001 "), QStringLiteral("张伟"));
    m.idNumber = makeId(QStringLiteral("19850302"), 13).toLower();
    m.phone = QStringLiteral("138 1234 5678");
    m.unitId = unit;
    m.joinDate = QDate(2010, 9, 1);
    const qint64 id = repo.add(m);
    const Member stored = *repo.byId(id);
    CHECK(stored.staffNo == QStringLiteral("20001"));
    CHECK(stored.birthDate == QDate(1985, 3, 2)); // from the ID
    CHECK(stored.gender == QStringLiteral("M"));
    CHECK(stored.phone == QStringLiteral("13812345678"));
    CHECK(stored.idNumber == stored.idNumber.toUpper());
    CHECK(db->scalar(QStringLiteral("SELECT name_initials FROM members WHERE id = :id"), {{QStringLiteral("id"), id}})
              .toString() == QStringLiteral("zw"));
    REQUIRE(repo.events(id).size() == 1);
    CHECK(repo.events(id).first().kind == MemberEvent::Kind::Joined);
    CHECK(repo.events(id).first().date == QDate(2010, 9, 1));

    // Same staff number, same ID, gender disagreeing with the ID, bad phone, future join date.
    Member bad = member(QStringLiteral("20001"), QStringLiteral("李娜"));
    bad.idNumber = m.idNumber;
    bad.gender = QStringLiteral("F");
    bad.phone = QStringLiteral("12812345678");
    bad.joinDate = QDate::currentDate().addDays(10);
    const QString problems = repo.validate(bad).join(QLatin1Char('\n'));
    CHECK(problems.contains(QStringLiteral("staff number 20001 already belongs to 张伟")));
    CHECK(problems.contains(QStringLiteral("ID number already belongs to 张伟")));
    CHECK(problems.contains(QStringLiteral("belongs to a man")));
    CHECK(problems.contains(QStringLiteral("Mobile phone")));
    CHECK(problems.contains(QStringLiteral("join date lies in the future")));
    CHECK_THROWS_AS(repo.add(bad), ValidationError);
    CHECK(db->scalar(QStringLiteral("SELECT count(*) FROM members")).toInt() == 1);

    Member wrongCheck = member(QStringLiteral("20002"), QStringLiteral("王芳"));
    QString id18 = makeId(QStringLiteral("19900101"), 24);
    id18[17] = id18[17] == QLatin1Char('1') ? QLatin1Char('2') : QLatin1Char('1');
    wrongCheck.idNumber = id18;
    CHECK(repo.validate(wrongCheck).join(QString()).contains(QStringLiteral("ID number:")));

    // The same-name warning names the other person's staff number and sub-union.
    CHECK(repo.sameName(QStringLiteral("张伟")) == QStringList{QStringLiteral("20001 · 经济学院分工会")});
    CHECK(repo.sameName(QStringLiteral("张伟"), id).isEmpty());
}

TEST_CASE("Events and a field for many members at once: all or nothing, and back", "[members]")
{
    TestDatabase t;
    auto db = t.open();
    MemberRepository repo(*db);
    const qint64 eco = addUnit(*db, QStringLiteral("101"), QStringLiteral("经济学院分工会"));
    const qint64 law = addUnit(*db, QStringLiteral("102"), QStringLiteral("法学院分工会"));
    QList<qint64> ids;
    for (int i = 0; i < 3; ++i) {
        Member m = member(QStringLiteral("%1").arg(i + 1), QStringLiteral("成员%1").arg(i + 1));
        m.unitId = i == 2 ? law : eco;
        m.department = QStringLiteral("系%1").arg(i);
        m.joinDate = QDate(2015, 3, 1);
        ids << repo.add(m);
    }
    QList<MemberEvent> transfers;
    for (const qint64 id : ids)
        transfers << ud::test::event(id, MemberEvent::Kind::Transferred, QDate(2021, 7, 1), law);
    // The third already belongs to the law school: nobody moves, and the refusal names the member.
    try {
        repo.addEvents(transfers);
        FAIL("refused expected");
    } catch (const ValidationError& e) {
        CHECK(e.message().contains(QStringLiteral("成员3")));
    }
    CHECK(repo.byId(ids.at(0))->unitId == eco);
    CHECK(repo.events(ids.at(0)).size() == 1);

    transfers.removeLast();
    const QList<MemberEvent> stored = repo.addEvents(transfers);
    REQUIRE(stored.size() == 2);
    CHECK(repo.byId(ids.at(1))->unitId == law);
    repo.removeEvents(stored);
    CHECK(repo.byId(ids.at(1))->unitId == eco);
    repo.addEvents(stored); // back under the same ids
    CHECK(repo.events(ids.at(1)).last().id == stored.at(1).id);

    const auto old = repo.setText(ids, MemberColumn::Department, QStringLiteral("人事处"));
    CHECK(repo.byId(ids.at(2))->department == QStringLiteral("人事处"));
    repo.setTexts(MemberColumn::Department, old);
    CHECK(repo.byId(ids.at(2))->department == QStringLiteral("系2"));
    CHECK_THROWS_AS(repo.setText(ids, MemberColumn::StaffNo, QStringLiteral("1")), ValidationError);
}

TEST_CASE("A preview of history changes follows the rules and keeps nothing", "[members]")
{
    TestDatabase t;
    auto db = t.open();
    MemberRepository repo(*db);
    const qint64 eco = addUnit(*db, QStringLiteral("101"), QStringLiteral("经济学院分工会"));
    const qint64 law = addUnit(*db, QStringLiteral("102"), QStringLiteral("法学院分工会"));
    Member a = member(QStringLiteral("1"), QStringLiteral("陈静"));
    a.unitId = eco;
    a.joinDate = QDate(2015, 3, 1);
    const qint64 id = repo.add(a);
    const QList<MemberEvent> stored = repo.events(id);
    const qint64 historyRows = db->scalar(QStringLiteral("SELECT COUNT(*) FROM change_log")).toLongLong();

    using Change = MemberRepository::EventChange;
    const Change transfer{Change::Kind::Record,
                          ud::test::event(id, MemberEvent::Kind::Transferred, QDate(2021, 7, 1), law)};
    const Change retire{Change::Kind::Record, ud::test::event(id, MemberEvent::Kind::Retired, QDate(2023, 12, 31))};
    const auto preview = repo.previewEvents(id, {transfer, retire});
    CHECK(preview.events.size() == 3);
    CHECK(preview.status == Member::Status::Retired);
    CHECK(preview.unitId == law);
    CHECK(preview.recordedIds.size() == 2);
    CHECK(preview.events.at(1).fromUnitId == eco);

    // Nothing was kept: the member, the events and the change history are as before.
    CHECK(repo.byId(id)->status == Member::Status::Active);
    CHECK(repo.byId(id)->unitId == eco);
    CHECK(repo.events(id).size() == stored.size());
    CHECK(db->scalar(QStringLiteral("SELECT COUNT(*) FROM change_log")).toLongLong() == historyRows);

    // A change the rules refuse says so, and still keeps nothing.
    const Change early{Change::Kind::Record, ud::test::event(id, MemberEvent::Kind::Left, QDate(2001, 1, 1))};
    CHECK_THROWS_AS(repo.previewEvents(id, {transfer, early}), ValidationError);
    CHECK(repo.events(id).size() == stored.size());
    // Removing the stored "joined" event in a preview.
    const auto removed = repo.previewEvents(id, {Change{Change::Kind::Remove, stored.first()}});
    CHECK(removed.events.isEmpty());
    CHECK(repo.events(id).size() == stored.size());
}

TEST_CASE("Status and sub-union follow the dated events, and the roster of any day is reproduced", "[members]")
{
    TestDatabase t;
    auto db = t.open();
    MemberRepository repo(*db);
    const qint64 eco = addUnit(*db, QStringLiteral("101"), QStringLiteral("经济学院分工会"));
    const qint64 law = addUnit(*db, QStringLiteral("102"), QStringLiteral("法学院分工会"));

    Member a = member(QStringLiteral("1"), QStringLiteral("陈静"));
    a.unitId = eco;
    a.joinDate = QDate(2015, 3, 1);
    const qint64 idA = repo.add(a);
    Member b = member(QStringLiteral("2"), QStringLiteral("刘洋"));
    b.unitId = law;
    b.joinDate = QDate(2020, 9, 1);
    const qint64 idB = repo.add(b);

    repo.addEvent(ud::test::event(idA, MemberEvent::Kind::Transferred, QDate(2021, 7, 1), law));
    const MemberEvent retire = ud::test::event(idA, MemberEvent::Kind::Retired, QDate(2023, 12, 31));
    const qint64 retireId = repo.addEvent(retire);

    CHECK(repo.byId(idA)->status == Member::Status::Retired);
    CHECK(repo.byId(idA)->unitId == law);
    CHECK(repo.events(idA).at(1).fromUnitId == eco);

    const auto asOf = [&](const QDate& d) {
        QHash<qint64, MemberRepository::RosterEntry> map;
        for (const auto& e : repo.rosterAsOf(d))
            map.insert(e.memberId, e);
        return map;
    };
    auto r2019 = asOf(QDate(2019, 12, 31));
    CHECK(r2019.size() == 1);
    CHECK(r2019.value(idA).unitId == eco);
    auto r2022 = asOf(QDate(2022, 12, 31));
    CHECK(r2022.size() == 2);
    CHECK(r2022.value(idA).unitId == law);
    CHECK(r2022.value(idA).status == Member::Status::Active);
    CHECK(r2022.value(idB).status == Member::Status::Active);
    auto r2023 = asOf(QDate(2023, 12, 31));
    CHECK(r2023.value(idA).status == Member::Status::Retired);

    // Events are checked: no future dates, a transfer needs a target, nothing before joining.
    MemberEvent future = retire;
    future.date = QDate::currentDate().addDays(1);
    CHECK_THROWS_AS(repo.addEvent(future), ValidationError);
    MemberEvent nowhere;
    nowhere.memberId = idB;
    nowhere.date = QDate(2022, 1, 1);
    nowhere.kind = MemberEvent::Kind::Transferred;
    CHECK_THROWS_AS(repo.addEvent(nowhere), ValidationError);
    MemberEvent early = retire;
    early.memberId = idB;
    early.date = QDate(2019, 1, 1);
    CHECK_THROWS_AS(repo.addEvent(early), ValidationError);

    // Removing the retirement brings the member back to active.
    repo.removeEvent(retireId);
    CHECK(repo.byId(idA)->status == Member::Status::Active);

    // A sub-union with members or their history cannot be deleted.
    CHECK_THROWS_AS(SubUnitRepository(*db).remove(eco), ValidationError);

    // Deleting a member takes the events along; putting it back restores them under the same ids.
    const Member saved = *repo.byId(idA);
    const QList<MemberEvent> savedEvents = repo.events(idA);
    repo.remove(idA);
    CHECK_FALSE(repo.byId(idA).has_value());
    CHECK(db->scalar(QStringLiteral("SELECT count(*) FROM member_events WHERE member_id = :m"),
                     {{QStringLiteral("m"), idA}})
              .toInt() == 0);
    CHECK(repo.add(saved, savedEvents) == idA);
    CHECK(repo.events(idA).size() == savedEvents.size());
    CHECK(repo.events(idA).last().id == savedEvents.last().id);
}
