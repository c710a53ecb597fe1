#include "support/Builders.h"
#include "support/TestDatabase.h"
#include "support/TestIds.h"
#include "support/XlsxReadBack.h"
#include "support/YearFixture.h"
#include "support/catch.h"

#include "core/db/Database.h"
#include "core/members/DemoData.h"
#include "core/members/IdNumber.h"
#include "core/yearbook/Yearbook.h"

#include <QFile>
#include <QProcess>

using namespace ud::core;
using ud::test::TestDatabase;
using ud::test::YearFixture;

namespace {

const ud::test::ReadSheet* sheet(const QList<ud::test::ReadSheet>& sheets, const QString& title)
{
    for (const auto& s : sheets)
        if (s.title == title)
            return &s;
    return nullptr;
}

/// The row whose first cell is `first`, from row `from` on; empty when there is none.
QStringList rowStarting(const ud::test::ReadSheet& s, const QString& first, int from = 0)
{
    for (int r = from; r < s.rows.size(); ++r) {
        if (s.rows.at(r).isEmpty() || s.rows.at(r).first().value != first)
            continue;
        QStringList values;
        for (const auto& c : s.rows.at(r))
            values << c.value;
        while (!values.isEmpty() && values.last().isEmpty())
            values.removeLast();
        return values;
    }
    return {};
}

int rowIndex(const ud::test::ReadSheet& s, const QString& first)
{
    for (int r = 0; r < s.rows.size(); ++r)
        if (!s.rows.at(r).isEmpty() && s.rows.at(r).first().value == first)
            return r;
    return -1;
}

/// The charts in the workbook as chart parts (their plot kinds), and whether any picture is in it.
QStringList chartKinds(const QString& path, bool* pictures)
{
    static const char* script = R"PY(
import re, sys, zipfile
z = zipfile.ZipFile(sys.argv[1])
names = z.namelist()
kinds = []
for n in sorted(names):
    if re.match(r"xl/charts/chart\d+\.xml$", n):
        xml = z.read(n).decode("utf-8")
        kinds.append(",".join(sorted(set(re.findall(r"<c:(\w+Chart)>", xml)))))
print("|".join(kinds))
print("pictures" if any(n.startswith("xl/media/") for n in names) else "none")
)PY";
    QProcess p;
    p.start(QStringLiteral("python3"), {QStringLiteral("-c"), QString::fromUtf8(script), path});
    p.waitForFinished(60000);
    const QStringList lines = QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\n'));
    *pictures = lines.value(1) != QLatin1String("none");
    return lines.value(0).isEmpty() ? QStringList() : lines.value(0).split(QLatin1Char('|'));
}

} // namespace

TEST_CASE("The year-end workbook has a worksheet per area with the hand-counted figures", "[yearbook]")
{
    TestDatabase t;
    auto db = t.open();
    YearFixture f(*db);
    const QString path = t.tempPath(QStringLiteral("年终报表.xlsx"));
    QList<int> steps;
    const qint64 roster = Yearbook::write(*db, path, YearbookOptions{2024, false}, [&](int done, int total) {
        CHECK(total == Yearbook::stepCount());
        steps << done;
        return true;
    });
    CHECK(roster == 3); // 张伟, 李娜 and the retired 赵敏; 王强 left in June
    CHECK(steps.first() == 0);
    CHECK(steps.last() == Yearbook::stepCount());

    QString error;
    const auto sheets = ud::test::readXlsx(path, &error);
    INFO(error.toStdString());
    QStringList titles;
    for (const auto& s : sheets)
        titles << s.title;
    CHECK(titles == Yearbook::sheetNames());
    for (const auto& s : sheets) {
        CHECK(s.freezePanes == QLatin1String("A2"));
        CHECK(!s.autoFilter.isEmpty());
        CHECK(s.rows.first().first().bold);
    }

    const auto* overview = sheet(sheets, QStringLiteral("Overview"));
    REQUIRE(overview);
    CHECK(rowStarting(*overview, QStringLiteral("Members on 31 December")).value(1) == QLatin1String("2"));
    CHECK(rowStarting(*overview, QStringLiteral("Retired members on 31 December")).value(1) == QLatin1String("1"));
    CHECK(rowStarting(*overview, QStringLiteral("Joined")).value(1) == QLatin1String("1"));
    CHECK(rowStarting(*overview, QStringLiteral("Retired")).value(1) == QLatin1String("1"));
    CHECK(rowStarting(*overview, QStringLiteral("Left")).value(1) == QLatin1String("1"));
    CHECK(rowStarting(*overview, QStringLiteral("Deceased")).value(1) == QLatin1String("0"));
    CHECK(rowStarting(*overview, QStringLiteral("Work items of the year")).value(1) == QLatin1String("3"));
    CHECK(rowStarting(*overview, QStringLiteral("Work items done")).value(1) == QLatin1String("1"));
    CHECK(rowStarting(*overview, QStringLiteral("Proposals received")).value(1) == QLatin1String("2"));
    CHECK(rowStarting(*overview, QStringLiteral("Proposals filed")).value(1) == QLatin1String("1"));
    CHECK(rowStarting(*overview, QStringLiteral("Satisfaction rate (%)")).value(1) == QLatin1String("100"));
    CHECK(rowStarting(*overview, QStringLiteral("Mutual-aid members")).value(1) == QLatin1String("2"));
    CHECK(rowStarting(*overview, QStringLiteral("Mutual-aid claims paid")).mid(1, 2) ==
          QStringList{QStringLiteral("1"), QStringLiteral("500")});
    CHECK(rowStarting(*overview, QStringLiteral("Hardship support (cases)")).mid(1, 2) ==
          QStringList{QStringLiteral("1"), QStringLiteral("2000")});
    CHECK(rowStarting(*overview, QStringLiteral("Care visits")).mid(1, 2) ==
          QStringList{QStringLiteral("2"), QStringLiteral("800")});
    CHECK(rowStarting(*overview, QStringLiteral("Awards given")).value(1) == QLatin1String("1"));
    // The chart data: active members by sub-union, payouts by month.
    const int byUnit = rowIndex(*overview, QStringLiteral("Members by sub-union on 31 December"));
    REQUIRE(byUnit > 0);
    CHECK(rowStarting(*overview, QStringLiteral("经济学院分工会"), byUnit).value(1) == QLatin1String("1"));
    CHECK(rowStarting(*overview, QStringLiteral("法学院分工会"), byUnit).value(1) == QLatin1String("1"));
    const auto may = rowStarting(*overview, QStringLiteral("2024-05"));
    CHECK(may.value(2) == QLatin1String("500"));
    CHECK(rowStarting(*overview, QStringLiteral("2024-06")).value(2) == QLatin1String("0"));

    bool pictures = true;
    const QStringList charts = chartKinds(path, &pictures);
    CHECK(charts == QStringList{QStringLiteral("barChart"), QStringLiteral("barChart"), QStringLiteral("pieChart")});
    CHECK_FALSE(pictures);

    const auto* members = sheet(sheets, QStringLiteral("Members"));
    REQUIRE(members);
    const QStringList zhangRow = rowStarting(*members, QStringLiteral("20150032"));
    REQUIRE(!zhangRow.isEmpty());
    CHECK(zhangRow.contains(maskNumber(PersonalNumber::IdNumber, f.ids.value(QStringLiteral("20150032")))));
    CHECK(zhangRow.contains(maskNumber(PersonalNumber::Phone, QStringLiteral("13812345678"))));
    CHECK_FALSE(zhangRow.contains(f.ids.value(QStringLiteral("20150032"))));
    CHECK(zhangRow.contains(QStringLiteral("44"))); // age on 31 December 2024
    CHECK(members->rows.at(rowIndex(*members, QStringLiteral("20150032"))).at(3).type == QLatin1String("d"));
    CHECK(rowStarting(*members, QStringLiteral("19900001")).contains(QStringLiteral("Retired")));
    CHECK(rowStarting(*members, QStringLiteral("20100003")).isEmpty()); // left: only among the changes
    CHECK(rowStarting(*members, QStringLiteral("2024-06-30")).contains(QStringLiteral("王强")));
    CHECK(rowStarting(*members, QStringLiteral("2024-09-01")).contains(QStringLiteral("赵敏")));
    const int bands = rowIndex(*members, QStringLiteral("Members on 31 December by sub-union, gender and age band"));
    REQUIRE(bands > 0);
    CHECK(rowStarting(*members, QStringLiteral("经济学院分工会"), bands) ==
          QStringList{QStringLiteral("经济学院分工会"), QStringLiteral("Male"), QStringLiteral("40–49"),
                      QStringLiteral("1")});
    CHECK(rowStarting(*members, QStringLiteral("法学院分工会"), bands) ==
          QStringList{QStringLiteral("法学院分工会"), QStringLiteral("Female"), QStringLiteral("under 30"),
                      QStringLiteral("1")});

    const auto* work = sheet(sheets, QStringLiteral("Work progress"));
    REQUIRE(work);
    CHECK(work->rows.size() == 4);
    CHECK(work->rows.at(1).at(5).value == QLatin1String("Done"));
    CHECK(work->rows.at(1).at(6).value == QLatin1String("2024-04-30"));

    const auto* proposals = sheet(sheets, QStringLiteral("Proposals"));
    REQUIRE(proposals);
    CHECK(rowStarting(*proposals, QStringLiteral("七届三次教代会")).contains(QStringLiteral("关于改善食堂的建议")));

    const auto* aid = sheet(sheets, QStringLiteral("Mutual aid"));
    REQUIRE(aid);
    CHECK(rowStarting(*aid, QStringLiteral("住院互助")).mid(2) == QStringList{QStringLiteral("经济学院分工会"),
                                                                              QStringLiteral("1"), QStringLiteral("1"),
                                                                              QStringLiteral("30")});
    const int claims = rowIndex(*aid, QStringLiteral("Claims paid in 2024"));
    REQUIRE(claims > 0);
    CHECK(rowStarting(*aid, QStringLiteral("住院互助"), claims + 2) ==
          QStringList{QStringLiteral("住院互助"), QStringLiteral("2024"), QStringLiteral("20150032"),
                      QStringLiteral("张伟"), QStringLiteral("经济学院分工会"), QStringLiteral("2024-04-20"),
                      QStringLiteral("2024-05-10"), QStringLiteral("500")});
    const int statements = rowIndex(*aid, QStringLiteral("Fund statements of the periods in 2024"));
    REQUIRE(statements > 0);
    CHECK(rowStarting(*aid, QStringLiteral("住院互助"), statements + 2).mid(2) ==
          QStringList{QStringLiteral("0"), QStringLiteral("9000"), QStringLiteral("500"), QStringLiteral("0"),
                      QStringLiteral("8500"), QStringLiteral("2"), QStringLiteral("1")});

    const auto* care = sheet(sheets, QStringLiteral("Hardship and care"));
    REQUIRE(care);
    CHECK(rowStarting(*care, QStringLiteral("Hardship support in all")).value(3) == QLatin1String("2000"));
    CHECK(rowStarting(*care, QStringLiteral("Care visits in all")).value(3) == QLatin1String("800"));
    CHECK(rowStarting(*care, QStringLiteral("Hardship support and care visits")).value(3) == QLatin1String("2800"));

    const auto* awards = sheet(sheets, QStringLiteral("Awards"));
    REQUIRE(awards);
    CHECK(rowStarting(*awards, QStringLiteral("优秀工会积极分子")).contains(QStringLiteral("张伟")));
    CHECK(rowStarting(*awards, QStringLiteral("优秀工会积极分子")).contains(QStringLiteral("20150032")));
}

TEST_CASE("The year-end workbook writes ID and phone numbers in full only when asked, and records it", "[yearbook]")
{
    TestDatabase t;
    auto db = t.open();
    YearFixture f(*db);
    const QString path = t.tempPath(QStringLiteral("full.xlsx"));
    const auto exportsBefore = db->scalar(QStringLiteral("SELECT COUNT(*) FROM change_log WHERE action = 'export'"));
    Yearbook::write(*db, path, YearbookOptions{2024, true});
    CHECK(db->scalar(QStringLiteral("SELECT COUNT(*) FROM change_log WHERE action = 'export'")).toLongLong() ==
          exportsBefore.toLongLong() + 1);
    QString error;
    const auto sheets = ud::test::readXlsx(path, &error);
    const auto* members = sheet(sheets, QStringLiteral("Members"));
    REQUIRE(members);
    const QStringList zhangRow = rowStarting(*members, QStringLiteral("20150032"));
    CHECK(zhangRow.contains(f.ids.value(QStringLiteral("20150032"))));
    CHECK(zhangRow.contains(QStringLiteral("13812345678")));
}

TEST_CASE("A cancelled year-end workbook leaves no file and the target as it was", "[yearbook]")
{
    TestDatabase t;
    auto db = t.open();
    YearFixture f(*db);
    const QString path = t.tempPath(QStringLiteral("cancelled.xlsx"));
    {
        QFile old(path);
        REQUIRE(old.open(QIODevice::WriteOnly));
        old.write("old");
    }
    CHECK_THROWS_AS(Yearbook::write(*db, path, YearbookOptions{2024, true}, [](int done, int) { return done < 3; }),
                    YearbookCancelled);
    QFile old(path);
    REQUIRE(old.open(QIODevice::ReadOnly));
    CHECK(old.readAll() == "old");
    CHECK(db->scalar(QStringLiteral("SELECT COUNT(*) FROM change_log WHERE action = 'export'")).toLongLong() == 0);
    CHECK_THROWS_AS(Yearbook::write(*db, t.tempPath(QStringLiteral("a.csv")), YearbookOptions{2024, false}),
                    ValidationError);
}

TEST_CASE("A large roster is asked to go on while it is written, and a cancel there stops it", "[yearbook]")
{
    TestDatabase t;
    auto db = t.open();
    DemoData::Options demo;
    demo.members = 5000;
    demo.today = QDate(2025, 3, 1);
    DemoData::generate(*db, demo);
    const QString path = t.tempPath(QStringLiteral("roster.xlsx"));

    // The roster is the second worksheet: step 2 comes again every 2,000 rows of it, so the window repaints.
    int duringRoster = 0;
    REQUIRE(Yearbook::write(*db, path, YearbookOptions{2024, false}, [&](int done, int) {
                if (done == 2)
                    ++duringRoster;
                return true;
            }) > 2000);
    CHECK(duringRoster >= 2);
    REQUIRE(QFile::remove(path));

    // Cancel asked within the roster: nothing is written.
    int calls = 0;
    CHECK_THROWS_AS(Yearbook::write(*db, path, YearbookOptions{2024, false},
                                    [&](int done, int) { return !(done == 2 && ++calls == 2); }),
                    YearbookCancelled);
    CHECK(calls == 2);
    CHECK_FALSE(QFile::exists(path));
}
