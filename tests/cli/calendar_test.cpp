#include "support/CliRun.h"
#include "support/TestDatabase.h"
#include "support/TestFiles.h"
#include "support/catch.h"

#include "core/calendar/CalendarRepository.h"
#include "core/db/DatabaseSettings.h"

using namespace ud::core;
using ud::test::CliRun;
using ud::test::runUnionDesk;
using ud::test::TestDatabase;

namespace {

QStringList words(const char* text)
{
    return QString::fromUtf8(text).split(QLatin1Char(' '));
}

QStringList lines(const CliRun& r)
{
    QString out = r.out;
    out.remove(QChar(0xFEFF));
    QStringList list = out.trimmed().split(QLatin1Char('\n'));
    for (QString& line : list)
        line = line.trimmed();
    return list;
}

QString notice2023()
{
    return QStringLiteral(UD_TEST_DATA "/calendar/notice-2023.txt");
}

} // namespace

TEST_CASE("calendar list gives the days that differ from an ordinary week, csv keys date,kind", "[cli][calendar]")
{
    TestDatabase t;
    t.open();
    CliRun r = runUnionDesk(t, words("calendar list --year 2024 --format csv"));
    REQUIRE(r.code == 0);
    CHECK(r.err.isEmpty()); // 2024 is built in
    const QStringList list = lines(r);
    REQUIRE(list.size() == 1 + 27);
    CHECK(list.at(0) == QStringLiteral("date,kind"));
    CHECK(list.at(1) == QStringLiteral("2024-01-01,holiday"));
    CHECK(list.at(2) == QStringLiteral("2024-02-04,workday"));
    CHECK(list.at(3) == QStringLiteral("2024-02-12,holiday"));
    CHECK(list.contains(QStringLiteral("2024-10-12,workday")));
    CHECK_FALSE(list.contains(QStringLiteral("2024-02-10,holiday"))); // a Saturday inside 春节: off anyway
    CHECK_FALSE(r.out.contains(QStringLiteral("2024-02-09")));        // 除夕, a working day

    r = runUnionDesk(t, words("calendar list --year 2025 --format table"));
    REQUIRE(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("Weekday")));
    CHECK(r.out.contains(QStringLiteral("Working day")));
    CHECK(r.out.contains(QStringLiteral("国庆节、中秋节")));
    CHECK(r.out.contains(QStringLiteral("Saturday")));

    // A year with neither an import nor a built-in notice: nothing, and a warning.
    r = runUnionDesk(t, words("calendar list --year 2031 --format csv"));
    CHECK(r.code == 0);
    CHECK(lines(r) == QStringList{QStringLiteral("date,kind")});
    CHECK(r.err.contains(QStringLiteral("no notice for 2031")));

    CHECK(runUnionDesk(t, words("calendar list --format csv")).code == 2);
    CHECK(runUnionDesk(t, words("calendar list --year 2024 --format xml")).code == 2);
}

TEST_CASE("calendar workdays prints the end of a period alone on a line", "[cli][calendar]")
{
    TestDatabase t;
    t.open();
    // 2024-09-29 is a Sunday worked before 国庆节 (10月1日–7日).
    CliRun r = runUnionDesk(t, words("calendar workdays --from 2024-09-29 --days 5"));
    REQUIRE(r.code == 0);
    CHECK(r.out == QStringLiteral("2024-10-10\n"));
    CHECK(r.err.isEmpty());
    r = runUnionDesk(t, words("calendar workdays --from 2024-09-29 --days 5 --start-counts no"));
    CHECK(r.out == QStringLiteral("2024-10-11\n"));
    r = runUnionDesk(t, words("calendar workdays --from 2025-01-27 --days 5 --start-counts yes"));
    CHECK(r.out == QStringLiteral("2025-02-08\n"));
    r = runUnionDesk(t, words("calendar workdays --from 2025/12/31 --days 2"));
    CHECK(r.out == QStringLiteral("2026-01-04\n"));

    // The database's setting is the default.
    {
        auto db = t.open();
        DatabaseSettings(*db).change(settings::StartDayCounts, QStringLiteral("0"));
    }
    r = runUnionDesk(t, words("calendar workdays --from 2024-09-29 --days 5"));
    CHECK(r.out == QStringLiteral("2024-10-11\n"));
    r = runUnionDesk(t, words("calendar workdays --from 2024-09-29 --days 5 --start-counts yes"));
    CHECK(r.out == QStringLiteral("2024-10-10\n"));

    // Beyond the notices: ordinary weeks, with a warning.
    r = runUnionDesk(t, words("calendar workdays --from 2030-10-01 --days 5 --start-counts yes"));
    CHECK(r.code == 0);
    CHECK(r.out == QStringLiteral("2030-10-07\n"));
    CHECK(r.err.contains(QStringLiteral("no notice for 2030")));

    CHECK(runUnionDesk(t, words("calendar workdays --from 2024-09-29 --days 0")).code == 2);
    CHECK(runUnionDesk(t, words("calendar workdays --from 2024-02-30 --days 5")).code == 2);
    CHECK(runUnionDesk(t, words("calendar workdays --days 5")).code == 2);
    r = runUnionDesk(t, words("calendar workdays --from 2024-09-29 --days 5 --start-counts maybe"));
    CHECK(r.code == 2);
    CHECK(r.err.contains(QStringLiteral("--start-counts")));
}

TEST_CASE("calendar import stores a year's notice from its text, all or nothing", "[cli][calendar]")
{
    TestDatabase t;
    t.open();
    CliRun r = runUnionDesk(t, {QStringLiteral("calendar"), QStringLiteral("import"), notice2023(),
                                QStringLiteral("--year"), QStringLiteral("2023")});
    REQUIRE(r.code == 0);
    CHECK(r.err.isEmpty());
    const QStringList read = lines(r);
    REQUIRE(read.size() == 3 + 7 + 2 + 1 + 5 + 2 + 3 + 1 + 8 + 2 + 1);
    CHECK(read.first().startsWith(QStringLiteral("2022-12-31")));
    CHECK(read.first().contains(QStringLiteral("元旦")));
    CHECK(r.lastLine() == QStringLiteral("Imported the working calendar of 2023 from notice-2023.txt: 27 days off, 7 "
                                         "Saturdays or Sundays worked."));

    r = runUnionDesk(t, words("calendar list --year 2023 --format csv"));
    REQUIRE(r.code == 0);
    CHECK(r.err.isEmpty());
    const QStringList list = lines(r);
    CHECK(list.size() == 1 + 25);
    CHECK(list.at(1) == QStringLiteral("2023-01-02,holiday"));
    CHECK(list.contains(QStringLiteral("2023-10-07,workday")));
    CHECK_FALSE(r.out.contains(QStringLiteral("2022-12-31")));

    r = runUnionDesk(t, words("calendar workdays --from 2023-09-28 --days 5"));
    CHECK(r.out == QStringLiteral("2023-10-10\n"));
    CHECK(r.err.isEmpty());

    // A notice with a line that cannot be read stores nothing.
    QFile good(notice2023());
    REQUIRE(good.open(QIODevice::ReadOnly));
    QString text = QString::fromUtf8(good.readAll());
    text.replace(QStringLiteral("4月5日放假"), QStringLiteral("4月31日放假"));
    text.replace(QStringLiteral("1月28日（星期六）"), QStringLiteral("1月28日（星期日）"));
    const QString bad = ud::test::writeFile(t, QStringLiteral("bad.txt"), text.toUtf8());
    r = runUnionDesk(t, {QStringLiteral("calendar"), QStringLiteral("import"), bad, QStringLiteral("--year"),
                         QStringLiteral("2023")});
    CHECK(r.code == 1);
    CHECK(r.out.isEmpty());
    CHECK(r.err.contains(QStringLiteral("line 7: 4月31日 is not a date.")));
    CHECK(r.err.contains(QStringLiteral("Note: line 6: 2023-01-28 is a Saturday, not a Sunday as the notice says.")));
    CHECK(r.err.contains(QStringLiteral("Nothing was imported")));
    CHECK(lines(runUnionDesk(t, words("calendar list --year 2023 --format csv"))) == list);

    // The notice of another year is refused for this one.
    r = runUnionDesk(t, {QStringLiteral("calendar"), QStringLiteral("import"), notice2023(), QStringLiteral("--year"),
                         QStringLiteral("2027")});
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("line 1: the notice is for 2023, not for 2027.")));

    CHECK(runUnionDesk(t, {QStringLiteral("calendar"), QStringLiteral("import"), notice2023()}).code == 2);
    r = runUnionDesk(t, {QStringLiteral("calendar"), QStringLiteral("import"), t.tempPath(QStringLiteral("none.txt")),
                         QStringLiteral("--year"), QStringLiteral("2023")});
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("cannot be read")));
}
