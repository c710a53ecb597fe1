#include "support/Builders.h"
#include "support/CliRun.h"
#include "support/PdfText.h"
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

TEST_CASE("yearbook summary prints the year's figures as PDF or .odt", "[cli][yearbook]")
{
    TestDatabase t;
    {
        auto db = t.open();
        const qint64 unit = ud::test::addUnit(*db, QStringLiteral("E"), QStringLiteral("经济学院分工会"));
        Member m = ud::test::member(QStringLiteral("20150032"), QStringLiteral("张伟"), unit);
        m.gender = QStringLiteral("M");
        m.joinDate = QDate(2024, 9, 1);
        MemberRepository(*db).add(m);
    }
    const QString pdf = t.tempPath(QStringLiteral("汇总.pdf"));
    CliRun r = runUnionDesk(t, {QStringLiteral("yearbook"), QStringLiteral("summary"), QStringLiteral("--year"),
                                QStringLiteral("2024"), QStringLiteral("--out"), pdf});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("(1 working and 0 retired member(s) on 31 December)")));
    const QString text = ud::test::pdfPages(pdf).join(QLatin1Char('\n'));
    CHECK(text.contains(QStringLiteral("Union work in figures, 2024")));
    CHECK(text.contains(QStringLiteral("经济学院分工会")));
    bool newMembers = false;
    for (const QString& line : text.split(QLatin1Char('\n')))
        newMembers = newMembers || line.simplified() == QLatin1String("New members in 2024 1");
    CHECK(newMembers);

    const QString odt = t.tempPath(QStringLiteral("汇总.odt"));
    r = runUnionDesk(t, {QStringLiteral("yearbook"), QStringLiteral("summary"), QStringLiteral("--year"),
                         QStringLiteral("2024"), QStringLiteral("--out"), odt});
    REQUIRE(r.code == 0);
    CHECK(QFile::exists(odt));

    r = runUnionDesk(t, {QStringLiteral("yearbook"), QStringLiteral("summary"), QStringLiteral("--help")});
    CHECK(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("yearbook summary --year Y --out FILE.pdf|FILE.odt")));
}

TEST_CASE("yearbook summary refuses a missing year and a file that is neither .pdf nor .odt", "[cli][yearbook]")
{
    TestDatabase t;
    t.open();
    const QString xlsx = t.tempPath(QStringLiteral("a.xlsx"));
    CHECK(runUnionDesk(t, {QStringLiteral("yearbook"), QStringLiteral("summary"), QStringLiteral("--out"),
                           t.tempPath(QStringLiteral("a.pdf"))})
              .code == 2);
    CHECK(runUnionDesk(t, {QStringLiteral("yearbook"), QStringLiteral("summary"), QStringLiteral("--year"),
                           QStringLiteral("2024"), QStringLiteral("--out"), xlsx})
              .code == 2);
    CHECK_FALSE(QFile::exists(xlsx));
    CHECK_FALSE(QFile::exists(t.tempPath(QStringLiteral("a.pdf"))));
}
