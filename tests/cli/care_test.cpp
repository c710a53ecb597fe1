#include "support/Builders.h"
#include "support/CliRun.h"
#include "support/TestDatabase.h"
#include "support/catch.h"

#include "core/care/CareRepositories.h"

using namespace ud::core;
using ud::test::CliRun;
using ud::test::runUnionDesk;
using ud::test::TestDatabase;

namespace {
QStringList words(const char* text)
{
    return QString::fromUtf8(text).split(QLatin1Char(' '));
}
} // namespace

TEST_CASE("care list gives a year's visits as csv with stable keys, amounts in yuan", "[cli][care]")
{
    TestDatabase t;
    {
        auto db = t.open();
        const qint64 economics = ud::test::addUnit(*db, QStringLiteral("E"), QStringLiteral("经济学院分工会"));
        const qint64 law = ud::test::addUnit(*db, QStringLiteral("L"), QStringLiteral("法学院分工会"));
        const qint64 zhang = ud::test::addMember(*db, QStringLiteral("20150032"), QStringLiteral("张伟"), economics);
        const qint64 li = ud::test::addMember(*db, QStringLiteral("20180007"), QStringLiteral("李娜"), law);
        CareKindRepository kinds(*db);
        kinds.addDefaults(2024);
        kinds.addDefaults(2025);
        CareVisitRepository visits(*db);
        CareVisit v;
        v.memberId = zhang;
        v.kindId = kinds.byYearKey(2024, QStringLiteral("illness"))->id;
        v.visited = QDate(2024, 3, 8);
        v.amount = 50000;
        v.reason = QStringLiteral("住院时间较长");
        v.visitors = QStringLiteral("分工会主席");
        visits.add(v);
        v = CareVisit();
        v.memberId = li;
        v.kindId = kinds.byYearKey(2024, QStringLiteral("marriage"))->id;
        v.visited = QDate(2024, 10, 1);
        v.amount = 40000;
        v.form = GivenForm::Goods;
        visits.add(v);
        v = CareVisit();
        v.memberId = li;
        v.kindId = kinds.byYearKey(2025, QStringLiteral("birth"))->id;
        v.visited = QDate(2025, 2, 1);
        v.amount = 30000;
        visits.add(v);
    }
    CliRun r = runUnionDesk(t, words("care list --year 2024 --format csv"));
    REQUIRE(r.code == 0);
    const QStringList lines = r.out.remove(QChar(0xFEFF)).trimmed().split(QLatin1Char('\n'));
    REQUIRE(lines.size() == 3);
    CHECK(lines.at(0).trimmed() == QStringLiteral("date,staff_no,name,unit,kind,kind_name,amount,form,payer,reason,"
                                                  "visitors"));
    CHECK(lines.at(1).trimmed() ==
          QStringLiteral("2024-10-01,20180007,李娜,法学院分工会,marriage,婚嫁慰问,400.00,goods,sub_union,,"));
    CHECK(lines.at(2).trimmed() == QStringLiteral("2024-03-08,20150032,张伟,经济学院分工会,illness,生病住院慰问,500.00,"
                                                  "cash,sub_union,住院时间较长,分工会主席"));

    r = runUnionDesk(t, words("care list --year 2024 --kind illness --format csv"));
    CHECK(r.out.trimmed().split(QLatin1Char('\n')).size() == 2);
    r = runUnionDesk(t, words("care list --year 2024 --unit L --format csv"));
    CHECK(r.out.contains(QStringLiteral("李娜")));
    CHECK_FALSE(r.out.contains(QStringLiteral("张伟")));
    r = runUnionDesk(t, words("care list --year 2025 --format table"));
    CHECK(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("Paid by")));
    CHECK(r.out.contains(QStringLiteral("Sub-union")));
    CHECK(r.out.contains(QStringLiteral("300.00")));
    CHECK_FALSE(r.out.contains(QStringLiteral("2024-")));

    r = runUnionDesk(t, words("care list --year 24x"));
    CHECK(r.code == 2);
    CHECK(r.err.contains(QStringLiteral("--year")));
    r = runUnionDesk(t, words("care list --unit X9"));
    CHECK(r.code == 2);
    CHECK(r.err.contains(QStringLiteral("X9")));
}
