#include "support/Builders.h"
#include "support/TestDatabase.h"
#include "support/catch.h"

#include "core/care/CareDemo.h"
#include "core/care/CareModels.h"
#include "core/care/CareRepositories.h"
#include "core/db/Error.h"
#include "core/members/DemoData.h"
#include "core/record/Money.h"

#include <QAbstractItemModelTester>

using namespace ud::core;
using ud::test::TestDatabase;

namespace {

QString refusal(const std::function<void()>& f)
{
    try {
        f();
    } catch (const ValidationError& e) {
        return e.message();
    }
    return {};
}

/// Two sub-unions with a member each, and the standard kinds of 2024.
struct CareFixture {
    explicit CareFixture(Database& database) : db(database)
    {
        economics = ud::test::addUnit(db, QStringLiteral("E"), QStringLiteral("经济学院分工会"));
        law = ud::test::addUnit(db, QStringLiteral("L"), QStringLiteral("法学院分工会"));
        zhang = ud::test::addMember(db, QStringLiteral("20150032"), QStringLiteral("张伟"), economics);
        li = ud::test::addMember(db, QStringLiteral("20180007"), QStringLiteral("李娜"), law);
        CareKindRepository(db).addDefaults(2024);
    }
    qint64 kind(const QString& key, int year = 2024) const { return CareKindRepository(db).byYearKey(year, key)->id; }
    CareVisit visit(qint64 member, const QString& key, const QDate& day, qint64 fen, const QString& reason = {}) const
    {
        CareVisit v;
        v.memberId = member;
        v.kindId = kind(key, day.year());
        v.visited = day;
        v.amount = fen;
        v.reason = reason;
        return v;
    }

    Database& db;
    qint64 economics = 0, law = 0, zhang = 0, li = 0;
};

} // namespace

TEST_CASE("The standard care kinds follow the example table, and a year's table copies to the next", "[care]")
{
    TestDatabase t;
    auto db = t.open();
    CareKindRepository kinds(*db);
    CHECK(kinds.addDefaults(2024).size() == 9);
    CHECK(kinds.addDefaults(2024).isEmpty()); // the year has them all

    const CareKind marriage = *kinds.byYearKey(2024, QStringLiteral("marriage"));
    CHECK(marriage.amount == 40000);
    CHECK(marriage.form == GivenForm::Goods);
    CHECK(marriage.payer == CarePayer::SubUnion);
    const CareKind illness = *kinds.byYearKey(2024, QStringLiteral("illness"));
    CHECK(illness.amount == 30000);
    CHECK(illness.frequency == CareFrequency::PerYear);
    CHECK(kinds.byYearKey(2024, QStringLiteral("serious_illness"))->amount == 200000);
    CHECK(kinds.byYearKey(2024, QStringLiteral("parent_death"))->amount == 100000);
    CHECK(kinds.byYearKey(2024, QStringLiteral("family_death"))->amount == 1000000);
    CHECK(kinds.byYearKey(2024, QStringLiteral("member_death"))->amount == 1000000);
    CHECK(kinds.byYearKey(2024, QStringLiteral("retirement"))->frequency == CareFrequency::Once);

    // The 2025 table starts as a copy; what it already has stays.
    CareKind own = marriage;
    own.id = 0;
    own.year = 2025;
    own.amount = 50000;
    kinds.add(own);
    CHECK(kinds.copyYear(2024, 2025).size() == 8);
    CHECK(kinds.ofYear(2025).size() == 9);
    CHECK(kinds.byYearKey(2025, QStringLiteral("marriage"))->amount == 50000);
    CHECK(kinds.years() == QList<int>{2025, 2024});
    CHECK(refusal([&] { kinds.copyYear(2020, 2021); }).contains(QStringLiteral("2020")));

    // A key once per year's table, of letters, digits, - and _.
    CareKind twice = marriage;
    twice.id = 0;
    twice.name = QStringLiteral("另一个婚嫁");
    CHECK(refusal([&] { kinds.add(twice); }).contains(QStringLiteral("already has the key marriage")));
    twice.key = QStringLiteral("婚 嫁");
    CHECK(refusal([&] { kinds.add(twice); }).contains(QStringLiteral("may hold only letters")));
}

TEST_CASE("A care visit over its kind's amount is refused, or needs a reason, and the message names the rule", "[care]")
{
    TestDatabase t;
    auto db = t.open();
    CareFixture c(*db);
    CareVisitRepository visits(*db);

    // Marriage: a standard 400 yuan, refused above it.
    CHECK(visits.add(c.visit(c.zhang, QStringLiteral("marriage"), QDate(2024, 5, 1), 40000)) > 0);
    const QString refused =
        refusal([&] { visits.add(c.visit(c.li, QStringLiteral("marriage"), QDate(2024, 5, 2), 50000)); });
    CHECK(refused.contains(QStringLiteral("standard amount of 400.00 yuan")));
    CHECK(refused.contains(QStringLiteral("500.00 yuan")));
    CHECK(refused.contains(QStringLiteral("refuses")));
    // Even with a reason: the kind refuses.
    CHECK_FALSE(
        refusal([&] {
            visits.add(c.visit(c.li, QStringLiteral("marriage"), QDate(2024, 5, 2), 50000, QStringLiteral("特殊情况")));
        }).isEmpty());

    // Illness: at most 300 yuan; over it only with the reason recorded.
    const CareVisit over = c.visit(c.li, QStringLiteral("illness"), QDate(2024, 3, 10), 50000);
    const Problems problems = visits.problems(over);
    REQUIRE(problems.size() == 1);
    CHECK(problems.first().field == QStringLiteral("reason"));
    CHECK(problems.first().message.contains(QStringLiteral("at most 300.00 yuan")));
    CHECK(problems.first().message.contains(QStringLiteral("Give the reason")));
    CareVisit excused = over;
    excused.reason = QStringLiteral("住院时间较长，经分工会研究同意");
    const qint64 id = visits.add(excused);
    CHECK(visits.require(id).reason == excused.reason);
    CHECK(visits.exceptions(visits.require(id)).overAmount);

    // Less than the cap needs nothing.
    CHECK(visits.problems(c.visit(c.zhang, QStringLiteral("illness"), QDate(2024, 3, 10), 20000)).isEmpty());

    // The sub-union is the member's when none is given.
    CHECK(visits.require(id).unitId == c.law);
    CHECK(visits.require(id).unitName == QStringLiteral("法学院分工会"));
}

TEST_CASE("Care visit frequency: once a year per member, once only across the years, by the kind's key", "[care]")
{
    TestDatabase t;
    auto db = t.open();
    CareFixture c(*db);
    CareVisitRepository visits(*db);
    CareKindRepository(*db).copyYear(2024, 2025);

    // Illness: once a year per member.
    const qint64 first = visits.add(c.visit(c.zhang, QStringLiteral("illness"), QDate(2024, 2, 1), 30000));
    CHECK(visits.problems(c.visit(c.li, QStringLiteral("illness"), QDate(2024, 2, 3), 30000)).isEmpty());
    CHECK(visits.problems(c.visit(c.zhang, QStringLiteral("illness"), QDate(2025, 1, 5), 30000)).isEmpty());
    const Problems second = visits.problems(c.visit(c.zhang, QStringLiteral("illness"), QDate(2024, 9, 1), 30000));
    REQUIRE(second.size() == 1);
    CHECK(second.first().field == QStringLiteral("reason"));
    CHECK(second.first().message.contains(QStringLiteral("张伟 20150032 already had a visit of the kind 生病住院慰问 "
                                                         "in 2024 (2024-02-01); the kind allows one a year.")));
    CHECK(visits.add(c.visit(c.zhang, QStringLiteral("illness"), QDate(2024, 9, 1), 30000,
                             QStringLiteral("同年因另一疾病再次住院"))) > 0);
    // The first visit of the year stays within the rule when it is edited; the second keeps needing its reason.
    CareVisit edited = visits.require(first);
    edited.visitors = QStringLiteral("分工会主席");
    CHECK(visits.problems(edited).isEmpty());
    CHECK(visits.update(edited));
    CareVisit secondStored = visits.visits({2024, QStringLiteral("illness"), c.economics}).first();
    CHECK(secondStored.visited == QDate(2024, 9, 1));
    secondStored.reason.clear();
    CHECK(visits.problems(secondStored).size() == 1);

    // Retirement: once only, whatever the year's table, and the kind refuses a second.
    const qint64 retiredId = visits.add(c.visit(c.li, QStringLiteral("retirement"), QDate(2024, 7, 1), 40000));
    const QString refused =
        refusal([&] { visits.add(c.visit(c.li, QStringLiteral("retirement"), QDate(2025, 7, 1), 40000)); });
    CHECK(
        refused.contains(QStringLiteral("李娜 20180007 already had a visit of the kind 退休慰问 (2024-07-01); the kind "
                                        "allows one only.")));
    CHECK(refused.contains(QStringLiteral("refuses")));

    // The kind must be of the visit's year.
    CareVisit wrongYear = c.visit(c.zhang, QStringLiteral("birth"), QDate(2024, 4, 1), 30000);
    wrongYear.visited = QDate(2025, 4, 1);
    CHECK(refusal([&] { visits.add(wrongYear); })
              .contains(QStringLiteral("a visit on 2025-04-01 takes a kind of the "
                                       "2025 table")));

    // A kind with visits is not deleted, and keeps its year.
    CareKindRepository kinds(*db);
    CHECK(kinds.removalProblem(c.kind(QStringLiteral("retirement"))).contains(QStringLiteral("退休慰问 (2024)")));
    CareKind moved = kinds.require(c.kind(QStringLiteral("retirement")));
    moved.year = 2023;
    CHECK(refusal([&] { kinds.update(moved); }).contains(QStringLiteral("stays in the 2024 table")));
    CHECK(retiredId > 0);
}

TEST_CASE("A removed care visit comes back under its id, even when a later visit used up the kind's frequency",
          "[care]")
{
    TestDatabase t;
    auto db = t.open();
    CareFixture c(*db);
    CareVisitRepository visits(*db);
    const qint64 id = visits.add(c.visit(c.li, QStringLiteral("retirement"), QDate(2024, 7, 1), 40000));
    const CareVisit before = visits.require(id);
    const auto snapshot = visits.snapshot(id);
    visits.remove(id);
    // Meanwhile the retirement visit is recorded again on another day.
    const qint64 again = visits.add(c.visit(c.li, QStringLiteral("retirement"), QDate(2024, 7, 3), 40000));
    CareVisitRepository(*db).restore(snapshot);
    CHECK(visits.require(id) == before);
    // The restored visit counts again: a third one is refused.
    visits.remove(again);
    CHECK_FALSE(
        refusal([&] { visits.add(c.visit(c.li, QStringLiteral("retirement"), QDate(2024, 8, 1), 40000)); }).isEmpty());
    // A plain add still applies the rules.
    CareVisit copy = before;
    copy.id = 0;
    CHECK_FALSE(refusal([&] { visits.add(copy); }).isEmpty());
}

TEST_CASE("A second hardship case of a member in a year is warned about while the setting is on", "[care]")
{
    TestDatabase t;
    auto db = t.open();
    CareFixture c(*db);
    HardshipRepository repo(*db);
    HardshipCase h;
    h.memberId = c.zhang;
    h.given = QDate(2024, 1, 20);
    h.cause = HardshipCause::Illness;
    h.householdSize = 4;
    h.incomePerHead = 120000;
    h.amount = 200000;
    CHECK(repo.repeatWarning(h).isEmpty());
    const qint64 first = repo.add(h);
    CHECK(repo.require(first).unitId == c.economics);
    CHECK(repo.require(first).incomePerHead == 120000);
    // Editing the same case warns of nothing.
    CHECK(repo.repeatWarning(repo.require(first)).isEmpty());

    HardshipCase second = h;
    second.given = QDate(2024, 8, 2);
    second.cause = HardshipCause::Disaster;
    const QString warning = repo.repeatWarning(second);
    CHECK(warning.contains(QStringLiteral("张伟 20150032 already had hardship help in 2024 (2024-01-20, 2,000.00 "
                                          "yuan)")));
    CHECK(warning.contains(QStringLiteral("once a year")));
    // Next year, or another member: nothing to warn of.
    HardshipCase nextYear = h;
    nextYear.given = QDate(2025, 1, 15);
    CHECK(repo.repeatWarning(nextYear).isEmpty());
    HardshipCase other = second;
    other.memberId = c.li;
    CHECK(repo.repeatWarning(other).isEmpty());
    // A warning, not a refusal: the clerk may record it.
    CHECK(repo.add(second) > 0);
    CHECK(repo.ofYear(2024).size() == 2);
    CHECK(repo.ofYear(2025).isEmpty());

    DatabaseSettings(*db).setValue(settings::HardshipOncePerYear, QStringLiteral("0"));
    HardshipCase third = h;
    third.given = QDate(2024, 12, 1);
    CHECK(repo.repeatWarning(third).isEmpty());

    const QList<QStringList> rows = repo.listRows(2024, true);
    REQUIRE(rows.size() == 2);
    CHECK(rows.first() == QStringList{QStringLiteral("2024-08-02"), QStringLiteral("20150032"), QStringLiteral("张伟"),
                                      QStringLiteral("经济学院分工会"), QStringLiteral("disaster"), QStringLiteral("4"),
                                      QStringLiteral("1200.00"), QStringLiteral("2000.00"), QStringLiteral("cash"),
                                      QStringLiteral("university"), QStringLiteral("pending")});
}

TEST_CASE("Care totals per sub-union, kind and month agree with the visits counted by hand", "[care]")
{
    TestDatabase t;
    auto db = t.open();
    CareFixture c(*db);
    CareVisitRepository visits(*db);
    const qint64 noUnit = ud::test::addMember(*db, QStringLiteral("20990001"), QStringLiteral("王芳"));
    // 经济学院: birth 300 (Mar), illness 200 (Mar), a parent's death 1,000 (Nov).
    visits.add(c.visit(c.zhang, QStringLiteral("birth"), QDate(2024, 3, 2), 30000));
    visits.add(c.visit(c.zhang, QStringLiteral("illness"), QDate(2024, 3, 20), 20000));
    visits.add(c.visit(c.zhang, QStringLiteral("parent_death"), QDate(2024, 11, 5), 100000));
    // 法学院: illness 500 with a reason (Mar), serious illness 2,000 paid by the university (Jun).
    visits.add(c.visit(c.li, QStringLiteral("illness"), QDate(2024, 3, 8), 50000, QStringLiteral("手术")));
    CareVisit serious = c.visit(c.li, QStringLiteral("serious_illness"), QDate(2024, 6, 30), 200000);
    serious.payer = CarePayer::University;
    visits.add(serious);
    // No sub-union: birth 300 (Jun). And one in 2023, not counted.
    visits.add(c.visit(noUnit, QStringLiteral("birth"), QDate(2024, 6, 1), 30000));
    CareKindRepository(*db).addDefaults(2023);
    visits.add(c.visit(c.zhang, QStringLiteral("birth"), QDate(2023, 12, 31), 30000));

    const QList<CareTotal> totals = visits.totals(2024);
    QStringList seen;
    for (const CareTotal& total : totals)
        seen << QStringLiteral("%1/%2/%3/%4").arg(total.unitName, total.kindKey).arg(total.visits).arg(total.amount);
    CHECK(seen ==
          QStringList{QStringLiteral("经济学院分工会/birth/1/30000"), QStringLiteral("经济学院分工会/illness/1/20000"),
                      QStringLiteral("经济学院分工会/parent_death/1/100000"),
                      QStringLiteral("法学院分工会/illness/1/50000"),
                      QStringLiteral("法学院分工会/serious_illness/1/200000"), QStringLiteral("/birth/1/30000")});

    const QList<CareMonthTotal> months = visits.monthTotals(2024);
    REQUIRE(months.size() == 12);
    CHECK(months.at(2).visits == 3); // March
    CHECK(months.at(2).amount == 100000);
    CHECK(months.at(5).visits == 2); // June
    CHECK(months.at(5).amount == 230000);
    CHECK(months.at(5).university == 200000);
    CHECK(months.at(5).subUnion == 30000);
    CHECK(months.at(10).amount == 100000); // November
    CHECK(months.at(0).visits == 0);

    CareTotalsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setDatabase(db.get());
    model.setYear(2024);
    REQUIRE(model.rowCount() == 4);        // two sub-unions, none, total
    REQUIRE(model.columnCount() == 9 + 2); // sub-union, the nine kinds, total
    CHECK(model.headerData(1, Qt::Horizontal).toString() == QStringLiteral("婚嫁慰问"));
    CHECK(model.index(0, 0).data().toString() == QStringLiteral("经济学院分工会"));
    CHECK(model.index(0, 10).data(CareTotalsModel::AmountRole).toLongLong() == 150000);
    CHECK(model.index(1, 10).data(CareTotalsModel::AmountRole).toLongLong() == 250000);
    CHECK(model.index(3, 3).data(CareTotalsModel::VisitsRole).toInt() == 2); // illness, all sub-unions
    CHECK(model.index(3, 10).data().toString() == QStringLiteral("4,300.00"));
    CHECK(model.index(3, 10).data(CareTotalsModel::AmountRole).toLongLong() == 430000);
    CHECK(model.index(0, 1).data().toString().isEmpty()); // no marriage visit

    CareMonthsModel monthsModel;
    QAbstractItemModelTester monthsTester(&monthsModel, QAbstractItemModelTester::FailureReportingMode::Fatal);
    monthsModel.setDatabase(db.get());
    monthsModel.setYear(2024);
    REQUIRE(monthsModel.rowCount() == 13);
    CHECK(monthsModel.index(12, CareMonthsModel::Visits).data().toInt() == 6);
    CHECK(monthsModel.index(12, CareMonthsModel::Amount).data().toString() == QStringLiteral("4,300.00"));
    CHECK(monthsModel.report(QString()).rows.size() == 13);

    CareVisitsModel list;
    QAbstractItemModelTester listTester(&list, QAbstractItemModelTester::FailureReportingMode::Fatal);
    list.setDatabase(db.get());
    list.setFilter({2024, QStringLiteral("illness"), std::nullopt});
    CHECK(list.rowCount() == 2);
    list.setFilter({2024, QString(), c.law});
    CHECK(list.rowCount() == 2);
    CHECK(list.index(0, CareVisitsModel::Amount).data().toString() == QStringLiteral("2,000.00"));
    CHECK(list.index(0, CareVisitsModel::Payer).data().toString() == QStringLiteral("University union"));
}

TEST_CASE("The care demo records visits across sub-unions and months, a few with reasons, within every rule",
          "[care][demo]")
{
    TestDatabase t;
    auto db = t.open();
    const QDate today(2026, 10, 15);
    DemoData::Options members;
    members.members = 400;
    members.today = today;
    DemoData::generate(*db, members);
    const CareDemo::Summary s = CareDemo::generate(*db, {3, today});
    CHECK(s.kinds == 18);
    CHECK(s.visits > 60);
    CHECK(s.exceptions >= 1);
    CHECK(s.hardshipCases >= 6);
    CHECK_THROWS_AS(CareDemo::generate(*db, {3, today}), ValidationError);

    CareVisitRepository visits(*db);
    const QList<CareVisit> all = visits.visits({});
    CHECK(all.size() == s.visits);
    QSet<qint64> units;
    QSet<int> months;
    int withReason = 0;
    for (const CareVisit& v : all) {
        if (v.unitId)
            units.insert(*v.unitId);
        months.insert(v.visited.month());
        CHECK(v.visited <= today);
        withReason += v.reason.isEmpty() ? 0 : 1;
        // Every visit over its kind's rules has its reason.
        if (visits.exceptions(v).any())
            CHECK_FALSE(v.reason.isEmpty());
    }
    CHECK(units.size() > 10);
    CHECK(months.size() == 12);
    CHECK(withReason == s.exceptions);
    CHECK(HardshipRepository(*db).ofYear(2026).size() >= 3);
}
