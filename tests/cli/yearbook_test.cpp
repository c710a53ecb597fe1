#include "support/Builders.h"
#include "support/CliRun.h"
#include "support/TestDatabase.h"
#include "support/XlsxReadBack.h"
#include "support/catch.h"

#include "core/yearbook/Yearbook.h"

#include <QFile>

using namespace ud::core;
using ud::test::CliRun;
using ud::test::runUnionDesk;
using ud::test::TestDatabase;

namespace {

qint64 exportRows(const TestDatabase& t)
{
    return t.open()
        ->scalar(QStringLiteral("SELECT count(*) FROM change_log WHERE table_name = 'members' AND action = 'export'"))
        .toLongLong();
}

} // namespace

TEST_CASE("yearbook writes the year-end workbook, masked unless --unmasked, which is recorded", "[cli][yearbook]")
{
    TestDatabase t;
    {
        auto db = t.open();
        const qint64 unit = ud::test::addUnit(*db, QStringLiteral("E"), QStringLiteral("经济学院分工会"));
        Member m = ud::test::member(QStringLiteral("20150032"), QStringLiteral("张伟"), unit);
        m.phone = QStringLiteral("13812345678");
        m.joinDate = QDate(2015, 9, 1);
        MemberRepository(*db).add(m);
    }
    const QString path = t.tempPath(QStringLiteral("年终报表.xlsx"));
    CliRun r = runUnionDesk(t, {QStringLiteral("yearbook"), QStringLiteral("--year"), QStringLiteral("2024"),
                                QStringLiteral("--out"), path});
    REQUIRE(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("1 member(s)")));
    QString error;
    auto sheets = ud::test::readXlsx(path, &error);
    REQUIRE(sheets.size() == 7);
    CHECK(sheets.at(1).rows.at(1).at(0).value == QLatin1String("20150032"));
    CHECK_FALSE(r.out.contains(QStringLiteral("13812345678")));
    CHECK(exportRows(t) == 0);
    bool fullPhone = false;
    for (const auto& c : sheets.at(1).rows.at(1))
        fullPhone = fullPhone || c.value == QLatin1String("13812345678");
    CHECK_FALSE(fullPhone);

    r = runUnionDesk(t, {QStringLiteral("yearbook"), QStringLiteral("--year"), QStringLiteral("2024"),
                         QStringLiteral("--out"), path, QStringLiteral("--unmasked")});
    REQUIRE(r.code == 0);
    CHECK(exportRows(t) == 1);
    sheets = ud::test::readXlsx(path, &error);
    REQUIRE(sheets.size() == 7);
    fullPhone = false;
    for (const auto& c : sheets.at(1).rows.at(1))
        fullPhone = fullPhone || c.value == QLatin1String("13812345678");
    CHECK(fullPhone);
}

TEST_CASE("yearbook refuses a missing year and a file that is not .xlsx", "[cli][yearbook]")
{
    TestDatabase t;
    t.open();
    const QString path = t.tempPath(QStringLiteral("a.xlsx"));
    CHECK(runUnionDesk(t, {QStringLiteral("yearbook"), QStringLiteral("--out"), path}).code == 2);
    CHECK(runUnionDesk(t, {QStringLiteral("yearbook"), QStringLiteral("--year"), QStringLiteral("24x"),
                           QStringLiteral("--out"), path})
              .code == 2);
    CHECK(runUnionDesk(t, {QStringLiteral("yearbook"), QStringLiteral("--year"), QStringLiteral("2024"),
                           QStringLiteral("--out"), t.tempPath(QStringLiteral("a.csv"))})
              .code == 2);
    CHECK_FALSE(QFile::exists(path));
}
