#include "support/Builders.h"
#include "support/TestDatabase.h"
#include "support/TestIds.h"
#include "support/catch.h"

#include "core/members/IdNumber.h"
#include "core/members/MemberQuery.h"
#include "core/members/MemberRepository.h"
#include "core/units/SubUnitRepository.h"

using namespace ud::core;
using ud::test::TestDatabase;

namespace {

using ud::test::makeId;

QStringList staffNos(Database& db, const MemberFilter& f, MemberColumn sort = MemberColumn::StaffNo,
                     Qt::SortOrder order = Qt::AscendingOrder)
{
    QVariantMap binds;
    QStringList out;
    for (const auto& r : db.rows(MemberQuery::selectSql(f, sort, order, binds), binds))
        out << r.value(QStringLiteral("staff_no")).toString();
    REQUIRE(MemberQuery::count(db, f) == out.size());
    return out;
}

} // namespace

TEST_CASE("The member filter narrows by search text, sub-union, status, gender, age and birthday month", "[members]")
{
    TestDatabase t;
    auto db = t.open();
    SubUnit a = ud::test::unit(QStringLiteral("101"), QStringLiteral("经济学院分工会"));
    const qint64 unitA = SubUnitRepository(*db).add(a);
    SubUnit b = ud::test::unit(QStringLiteral("102"), QStringLiteral("法学院分工会"));
    const qint64 unitB = SubUnitRepository(*db).add(b);

    MemberRepository repo(*db);
    auto add = [&](const char* no, const char* name, const char* birth, int seq, qint64 unit, const char* phone) {
        Member m = ud::test::member(QString::fromUtf8(no), QString::fromUtf8(name), unit);
        m.idNumber = makeId(QString::fromLatin1(birth), seq);
        m.phone = QString::fromLatin1(phone);
        m.joinDate = QDate(2010, 1, 1);
        return repo.add(m);
    };
    add("1001", "张伟", "19850302", 11, unitA, "13812345678");
    add("1002", "王芳", "19900515", 22, unitA, "13900001111");
    add("1003", "张卫国", "19620720", 31, unitB, "");
    const qint64 single = add("1004", "单雪", "19700512", 42, unitB, "13700002222");
    repo.addEvent(ud::test::event(single, MemberEvent::Kind::Retired, QDate(2025, 5, 12)), QDate(2026, 1, 1));

    MemberFilter f;
    f.today = QDate(2026, 6, 1);
    CHECK(staffNos(*db, f) == QStringList{"1001", "1002", "1003", "1004"});

    f.search = QStringLiteral("zw");
    CHECK(staffNos(*db, f) == QStringList{"1001", "1003"});
    f.search = QStringLiteral("ZhangW");
    CHECK(staffNos(*db, f) == QStringList{"1001", "1003"});
    f.search = QStringLiteral("伟");
    CHECK(staffNos(*db, f) == QStringList{"1001"});
    f.search = QStringLiteral("shanx"); // the surname reading
    CHECK(staffNos(*db, f) == QStringList{"1004"});
    f.search = QStringLiteral("1111"); // the visible end of a masked mobile number
    CHECK(staffNos(*db, f) == QStringList{"1002"});
    f.search = QStringLiteral("0000111"); // hidden digits: only with the full numbers shown
    CHECK(staffNos(*db, f).isEmpty());
    f.fullNumbers = true;
    CHECK(staffNos(*db, f) == QStringList{"1002"});
    f.search = QStringLiteral("19620720");
    CHECK(staffNos(*db, f) == QStringList{"1003"});
    f.fullNumbers = false;
    CHECK(staffNos(*db, f).isEmpty());
    f.search = QStringLiteral("%"); // a LIKE wildcard typed by the user matches only itself
    CHECK(staffNos(*db, f).isEmpty());
    f.search.clear();

    f.unitId = unitB;
    CHECK(staffNos(*db, f) == QStringList{"1003", "1004"});
    f.status = Member::Status::Retired;
    CHECK(staffNos(*db, f) == QStringList{"1004"});
    f = MemberFilter{};
    f.today = QDate(2026, 6, 1);
    f.gender = QStringLiteral("F");
    CHECK(staffNos(*db, f) == QStringList{"1002", "1004"});
    f.gender.clear();
    f.minAge = 36; // 1001 is 41, 1002 is 36 (birthday 15 May), 1003 is 63, 1004 is 56
    f.maxAge = 56;
    CHECK(staffNos(*db, f) == QStringList{"1001", "1002", "1004"});
    f.minAge.reset();
    f.maxAge = 35;
    CHECK(staffNos(*db, f).isEmpty());
    f.maxAge.reset();
    f.birthMonth = 5;
    CHECK(staffNos(*db, f) == QStringList{"1002", "1004"});

    // Name sorts by pinyin: Shan, Wang, Zhang Wei, Zhang Weiguo.
    CHECK(staffNos(*db, MemberFilter{}, MemberColumn::Name) == QStringList{"1004", "1002", "1001", "1003"});
    CHECK(staffNos(*db, MemberFilter{}, MemberColumn::Name, Qt::DescendingOrder) ==
          QStringList{"1003", "1001", "1002", "1004"});
    CHECK(staffNos(*db, MemberFilter{}, MemberColumn::Age) == QStringList{"1002", "1001", "1004", "1003"});
}

TEST_CASE("Member columns have stable keys in the documented order", "[members]")
{
    QStringList keys;
    for (const auto& info : MemberColumns::all())
        keys << info.key;
    CHECK(keys.mid(0, 10) == QStringList{"staff_no", "name", "gender", "birth_date", "id_number", "unit_code",
                                         "unit_name", "status", "phone", "join_date"});
    for (const auto& info : MemberColumns::all())
        CHECK(MemberColumns::info(info.column).key == info.key);
    CHECK(MemberQuery::displayText(MemberColumn::Gender, QStringLiteral("F")) == QStringLiteral("Female"));
    CHECK(MemberQuery::displayText(MemberColumn::Status, QStringLiteral("retired")) == QStringLiteral("Retired"));
}
