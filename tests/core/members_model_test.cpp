#include "support/Builders.h"
#include "support/TestDatabase.h"
#include "support/TestIds.h"
#include "support/catch.h"

#include "core/members/IdNumber.h"
#include "core/members/MemberExport.h"
#include "core/members/MemberQuery.h"
#include "core/members/MemberRepository.h"
#include "core/members/MembersModel.h"
#include "core/units/SubUnitRepository.h"

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QPersistentModelIndex>
#include <QSignalSpy>

using namespace ud::core;
using ud::test::TestDatabase;

namespace {

using ud::test::makeId;

/// `count` members in three sub-unions, every seventh one named 张伟, some retired; returns their ids in
/// staff-number order (staff numbers T00001, T00002, …).
QList<qint64> addMembers(Database& db, int count)
{
    static const char* const surnames[] = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "单", "曾"};
    static const char* const given[] = {"芳", "娜", "敏", "静", "强", "磊", "洋", "艳", "勇", "军", "杰", "秀英"};
    Transaction tx(db);
    QList<qint64> units;
    for (int u = 0; u < 3; ++u) {
        SubUnit unit = ud::test::unit(QStringLiteral("U%1").arg(u), QStringLiteral("第%1分工会").arg(u + 1));
        units << SubUnitRepository(db).add(unit);
    }
    MemberRepository repo(db);
    QList<qint64> ids;
    for (int i = 0; i < count; ++i) {
        Member m;
        m.staffNo = QStringLiteral("T%1").arg(i + 1, 5, 10, QLatin1Char('0'));
        m.name = i % 7 == 0 ? QStringLiteral("张伟")
                            : QString::fromUtf8(surnames[i % 12]) + QString::fromUtf8(given[(i / 12) % 12]);
        const QDate birth = QDate(1960, 1, 1).addDays(i * 37 % 14000);
        m.idNumber = makeId(birth, i % 1000);
        m.unitId = units.at(i % 3);
        m.phone = QStringLiteral("139%1").arg(i, 8, 10, QLatin1Char('0'));
        m.joinDate = QDate(2000, 1, 1).addDays(i % 3000);
        const qint64 id = repo.add(m);
        if (i % 11 == 0) {
            repo.addEvent(ud::test::event(id, MemberEvent::Kind::Retired, QDate(2020, 6, 30)));
        }
        ids << id;
    }
    tx.commit();
    return ids;
}

/// The staff numbers in the order the database gives for `filter` and `column`.
QStringList expectedStaffNos(Database& db, const MemberFilter& filter, MemberColumn column, Qt::SortOrder order)
{
    QVariantMap binds;
    QStringList out;
    for (const auto& r : db.rows(MemberQuery::selectSql(filter, column, order, binds), binds))
        out << r.value(QStringLiteral("staff_no")).toString();
    return out;
}

QStringList modelStaffNos(const MembersModel& model)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out << model.index(row, int(MemberColumn::StaffNo)).data().toString();
    return out;
}

} // namespace

TEST_CASE("The member model knows its row count and reads pages around the rows asked for", "[members][model]")
{
    TestDatabase t;
    auto db = t.open();
    const QList<qint64> ids = addMembers(*db, 260);

    MembersModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setPageSize(32);
    model.setCacheLimit(4);
    QSignalSpy counts(&model, &MembersModel::countsChanged);
    model.setDatabase(db.get());
    REQUIRE(counts.size() == 1);
    REQUIRE(model.rowCount() == MemberQuery::count(*db, {}));
    REQUIRE(model.rowCount() == 260);
    REQUIRE(model.totalCount() == 260);
    REQUIRE(model.columnCount() == MemberColumns::count());
    REQUIRE(model.headerData(int(MemberColumn::Name), Qt::Horizontal).toString() == QStringLiteral("Name"));
    const int readBefore = model.cachedPageCount(); // the tester looks at the first row
    REQUIRE(readBefore <= 1);

    // The last row straight away: one page read, and it is the last member.
    const int last = model.rowCount() - 1;
    REQUIRE(model.index(last, int(MemberColumn::StaffNo)).data().toString() == QStringLiteral("T00260"));
    REQUIRE(model.memberId(last) == ids.last());
    REQUIRE(model.index(last, 0).data(MembersModel::IdRole).toLongLong() == ids.last());
    REQUIRE(model.cachedPageCount() == readBefore + 1);
    REQUIRE(model.rowOf(ids.last()) == last);

    // Scrolling through everything keeps the cache bounded and every row right.
    REQUIRE(modelStaffNos(model) == expectedStaffNos(*db, {}, MemberColumn::StaffNo, Qt::AscendingOrder));
    REQUIRE(model.cachedPageCount() <= 4);
    QCoreApplication::processEvents(); // prefetches of neighbouring pages
    REQUIRE(model.cachedPageCount() <= 4);

    // Display text: translated status, masked ID and phone unless asked.
    const int first = model.rowOf(ids.first());
    REQUIRE(first == 0);
    REQUIRE(model.index(0, int(MemberColumn::Name)).data().toString() == QStringLiteral("张伟"));
    REQUIRE(model.index(0, int(MemberColumn::Status)).data().toString() == QStringLiteral("Retired"));
    REQUIRE(model.index(0, int(MemberColumn::Gender)).data().toString() == QStringLiteral("Female"));
    const QString fullId = makeId(QDate(1960, 1, 1), 0);
    REQUIRE(model.index(0, int(MemberColumn::IdNumber)).data().toString() == maskIdNumber(fullId));
    REQUIRE(model.index(0, int(MemberColumn::IdNumber)).data(MembersModel::RawRole).toString() == fullId);
    REQUIRE(model.index(0, int(MemberColumn::Phone)).data().toString() == QStringLiteral("139****0000"));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setShowSensitive(true);
    REQUIRE(changed.size() == 2);
    REQUIRE(model.index(0, int(MemberColumn::IdNumber)).data().toString() == fullId);
    REQUIRE(model.index(0, int(MemberColumn::Phone)).data().toString() == QStringLiteral("13900000000"));
}

TEST_CASE("The member model filters, sorts and refreshes", "[members][model]")
{
    TestDatabase t;
    auto db = t.open();
    const QList<qint64> ids = addMembers(*db, 150);

    MembersModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setPageSize(16);
    model.setCacheLimit(3);
    model.setDatabase(db.get());

    SECTION("within a birthday month the birth date sorts by day, both ways")
    {
        MemberFilter filter;
        filter.birthMonth = 7;
        model.setFilter(filter);
        REQUIRE(model.rowCount() >= 5);
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            model.sort(int(MemberColumn::BirthDate), order);
            QStringList days;
            for (int row = 0; row < model.rowCount(); ++row)
                days << model.index(row, int(MemberColumn::BirthDate)).data().toString().mid(5);
            QStringList sorted = days;
            std::sort(sorted.begin(), sorted.end());
            if (order == Qt::DescendingOrder)
                std::reverse(sorted.begin(), sorted.end());
            CHECK(days == sorted);
            CHECK(days.first() != days.last());
        }
    }

    SECTION("pinyin initials, name fragment, staff number, unit and status")
    {
        MemberFilter filter;
        filter.search = QStringLiteral("zw");
        model.setFilter(filter);
        REQUIRE(model.rowCount() == MemberQuery::count(*db, filter));
        REQUIRE(model.rowCount() >= 150 / 7);
        REQUIRE(model.totalCount() == 150);
        for (int row = 0; row < model.rowCount(); ++row)
            REQUIRE(model.index(row, int(MemberColumn::Name)).data().toString().startsWith(QStringLiteral("张")));

        filter.search = QStringLiteral("伟");
        model.setFilter(filter);
        REQUIRE(model.rowCount() == MemberQuery::count(*db, filter));
        REQUIRE(model.index(model.rowCount() - 1, int(MemberColumn::Name)).data().toString() == QStringLiteral("张伟"));

        filter.search = QStringLiteral("T00149");
        model.setFilter(filter);
        REQUIRE(model.rowCount() == 1);
        REQUIRE(model.memberId(0) == ids.at(148));

        filter = {};
        filter.status = Member::Status::Retired;
        model.setFilter(filter);
        REQUIRE(model.rowCount() == MemberQuery::count(*db, filter));
        REQUIRE(model.rowCount() == (150 + 10) / 11);
        REQUIRE(modelStaffNos(model) == expectedStaffNos(*db, filter, MemberColumn::StaffNo, Qt::AscendingOrder));

        filter.search = QStringLiteral("no such person");
        model.setFilter(filter);
        REQUIRE(model.rowCount() == 0);
        REQUIRE(model.memberId(0) == 0);
        REQUIRE(model.rowOf(ids.first()) == -1);
    }

    SECTION("sorting by name goes by pinyin and the selection follows its member")
    {
        const QPersistentModelIndex followed = model.index(model.rowOf(ids.at(5)), int(MemberColumn::Name));
        REQUIRE(followed.isValid());
        model.sort(int(MemberColumn::Name), Qt::DescendingOrder);
        REQUIRE(model.sortColumn() == MemberColumn::Name);
        REQUIRE(model.sortOrder() == Qt::DescendingOrder);
        REQUIRE(modelStaffNos(model) == expectedStaffNos(*db, {}, MemberColumn::Name, Qt::DescendingOrder));
        REQUIRE(followed.row() == model.rowOf(ids.at(5)));
        REQUIRE(followed.data(MembersModel::IdRole).toLongLong() == ids.at(5));
        // Descending by pinyin: 周 zhou first, 陈 chen last (单 shan and 曾 zeng by their surname readings).
        const QString firstName = model.index(0, int(MemberColumn::Name)).data().toString();
        REQUIRE(firstName.startsWith(QStringLiteral("周")));
        REQUIRE(model.index(model.rowCount() - 1, int(MemberColumn::Name))
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("陈")));

        model.sort(int(MemberColumn::Age), Qt::AscendingOrder);
        const QStringList byAge = modelStaffNos(model);
        REQUIRE(byAge == expectedStaffNos(*db, {}, MemberColumn::Age, Qt::AscendingOrder));
        REQUIRE(model.index(0, int(MemberColumn::Age)).data().toInt() <=
                model.index(model.rowCount() - 1, int(MemberColumn::Age)).data().toInt());
        REQUIRE(followed.data(MembersModel::IdRole).toLongLong() == ids.at(5));

        // The order stays when the filter changes.
        MemberFilter filter;
        filter.search = QStringLiteral("zw");
        model.setFilter(filter);
        REQUIRE(modelStaffNos(model) == expectedStaffNos(*db, filter, MemberColumn::Age, Qt::AscendingOrder));
    }

    SECTION("refresh picks up added, changed and deleted members")
    {
        MemberRepository repo(*db);
        Member m = ud::test::member(QStringLiteral("T99999"), QStringLiteral("尉迟恭"));
        m.joinDate = QDate(2015, 3, 1);
        const qint64 added = repo.add(m);
        REQUIRE(model.rowCount() == 150);
        model.refresh();
        REQUIRE(model.rowCount() == 151);
        REQUIRE(model.rowOf(added) == 150);
        REQUIRE(model.index(150, int(MemberColumn::Name)).data().toString() == QStringLiteral("尉迟恭"));

        Member changedMember = *repo.byId(ids.at(3));
        changedMember.name = QStringLiteral("区志明");
        repo.update(changedMember);
        model.refresh();
        REQUIRE(model.index(3, int(MemberColumn::Name)).data().toString() == QStringLiteral("区志明"));

        repo.remove(added);
        model.refresh();
        REQUIRE(model.rowCount() == 150);
        REQUIRE(model.rowOf(added) == -1);
        REQUIRE(model.rowCount() == MemberQuery::count(*db, {}));

        model.setDatabase(nullptr);
        REQUIRE(model.rowCount() == 0);
        REQUIRE(model.totalCount() == 0);
    }
}

TEST_CASE("Pages read ahead for an older list are thrown away", "[members][model]")
{
    TestDatabase t;
    auto db = t.open();
    addMembers(*db, 60);
    MembersModel model; // no model tester here: it would read rows of its own
    model.setPageSize(10);
    model.setDatabase(db.get());

    // Reading row 15 asks for its neighbours to be read ahead once the event loop runs.
    REQUIRE_FALSE(model.index(15, 0).data().toString().isEmpty());
    REQUIRE(model.cachedPageCount() == 1);
    QCoreApplication::processEvents();
    REQUIRE(model.cachedPageCount() == 3);

    // A new filter before they arrive: the generation moves on and the old requests are dropped.
    REQUIRE_FALSE(model.index(45, 0).data().toString().isEmpty()); // page 4, then 3 and 5 ahead
    REQUIRE(model.cachedPageCount() == 4);
    const quint64 before = model.generation();
    MemberFilter filter;
    filter.search = QStringLiteral("张");
    model.setFilter(filter);
    REQUIRE(model.generation() > before);
    REQUIRE(model.cachedPageCount() == 0);
    QCoreApplication::processEvents();
    REQUIRE(model.cachedPageCount() == 0);
}

TEST_CASE("The deceased's age stops at their death, in the list and in exports; without a date of death none is shown",
          "[members][model]")
{
    TestDatabase t;
    auto db = t.open();
    const qint64 unit = ud::test::addUnit(*db, QStringLiteral("U1"), QStringLiteral("第一分工会"));
    const auto add = [&](const QString& staffNo, const QDate& birth) {
        Member m = ud::test::member(staffNo, QStringLiteral("测试"), unit);
        m.birthDate = birth;
        m.joinDate = QDate(1980, 9, 1);
        return MemberRepository(*db).add(m);
    };
    const qint64 living = add(QStringLiteral("D1"), QDate(1950, 6, 15));
    const qint64 died = add(QStringLiteral("D2"), QDate(1950, 6, 15));
    ud::test::addEvent(*db, died, MemberEvent::Kind::Deceased, QDate(2020, 6, 14));
    const qint64 noDate = add(QStringLiteral("D3"), QDate(1950, 6, 15));
    // As an import with the status but no event leaves it.
    db->exec(QStringLiteral("UPDATE members SET status = 'deceased' WHERE id = %1").arg(noDate));

    MembersModel model;
    model.setDatabase(db.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const auto ageOf = [&](qint64 id) {
        return model.index(model.rowOf(id), int(MemberColumn::Age)).data().toString();
    };
    CHECK(ageOf(living) == QString::number(MemberQuery::ageOn(QDate(1950, 6, 15), QDate::currentDate())));
    CHECK(ageOf(died) == QStringLiteral("69")); // one day short of 70
    CHECK(ageOf(noDate).isEmpty());

    MemberExportOptions options;
    options.columns = {MemberColumn::StaffNo, MemberColumn::Age};
    const auto rows = memberRows(*db, options, MemberText::Keys);
    REQUIRE(rows.size() == 3);
    CHECK(rows.at(1) == QStringList{QStringLiteral("D2"), QStringLiteral("69")});
    CHECK(rows.at(2) == QStringList{QStringLiteral("D3"), QString()});
    // The roster of a day before the death: the age of that day.
    options.asOf = QDate(2010, 6, 15);
    CHECK(memberRows(*db, options, MemberText::Keys).at(1) == QStringList{QStringLiteral("D2"), QStringLiteral("60")});
}
