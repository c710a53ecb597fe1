#include "support/TestDatabase.h"
#include "support/TestFiles.h"
#include "support/catch.h"

#include "core/calendar/CalendarRepository.h"
#include "core/calendar/NoticeParser.h"
#include "core/calendar/WorkingCalendar.h"
#include "core/db/DatabaseSettings.h"
#include "core/db/Error.h"
#include "core/db/ImportLog.h"

using namespace ud::core;
using ud::test::TestDatabase;

namespace {

QDate day(const char* iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

// A day as the golden lists write it: "2024-02-04 workday 春节".
QString text(const CalendarDay& d)
{
    return QStringLiteral("%1 %2 %3").arg(d.date.toString(Qt::ISODate), dayKinds().key(d.kind), d.name);
}

QStringList texts(const QList<CalendarDay>& days)
{
    QStringList list;
    for (const CalendarDay& d : days)
        list << text(d);
    return list;
}

// Every day from `from` to `to`, of one kind and holiday.
QStringList days(const char* from, const char* to, const char* kind, const char* name)
{
    QStringList list;
    for (QDate d = day(from); d <= day(to); d = d.addDays(1))
        list << QStringLiteral("%1 %2 %3").arg(d.toString(Qt::ISODate), QLatin1String(kind), QString::fromUtf8(name));
    return list;
}

QStringList workday(const char* date, const char* name)
{
    return days(date, date, "workday", name);
}

QStringList holidays(const char* from, const char* to, const char* name)
{
    return days(from, to, "holiday", name);
}

// The number of days off from Monday to Friday less the Saturdays and Sundays worked: the statutory holidays.
int statutoryDays(const QList<CalendarDay>& list)
{
    int n = 0;
    for (const CalendarDay& d : list)
        if (d.differsFromOrdinaryWeek())
            n += d.kind == DayKind::Holiday ? 1 : -1;
    return n;
}

} // namespace

TEST_CASE("The built-in notice of 2024 reads as the State Council gave it", "[calendar]")
{
    const NoticeReading r = builtInReading(2024);
    CHECK(r.problems.isEmpty());
    const QStringList golden = holidays("2024-01-01", "2024-01-01", "元旦") + workday("2024-02-04", "春节") +
                               holidays("2024-02-10", "2024-02-17", "春节") + workday("2024-02-18", "春节") +
                               holidays("2024-04-04", "2024-04-06", "清明节") + workday("2024-04-07", "清明节") +
                               workday("2024-04-28", "劳动节") + holidays("2024-05-01", "2024-05-05", "劳动节") +
                               workday("2024-05-11", "劳动节") + holidays("2024-06-10", "2024-06-10", "端午节") +
                               workday("2024-09-14", "中秋节") + holidays("2024-09-15", "2024-09-17", "中秋节") +
                               workday("2024-09-29", "国庆节") + holidays("2024-10-01", "2024-10-07", "国庆节") +
                               workday("2024-10-12", "国庆节");
    CHECK(texts(r.days) == golden);
    CHECK(r.holidayCount() == 28);
    CHECK(r.workdayCount() == 8);
    CHECK(statutoryDays(r.days) == 11);
    // 除夕 (2月9日) is only encouraged as a day off: it stays a working day, and the reading says so.
    REQUIRE(r.warnings.size() == 1);
    CHECK(r.warnings.first().startsWith(QStringLiteral("line 7: ")));
    CHECK(r.warnings.first().contains(QStringLiteral("2月9日")));
    for (const CalendarDay& d : r.days)
        CHECK(d.year == 2024);
}

TEST_CASE("The built-in notice of 2025 reads with its ranges across months and its 农历 notes", "[calendar]")
{
    const NoticeReading r = builtInReading(2025);
    CHECK(r.problems.isEmpty());
    CHECK(r.warnings.isEmpty());
    const QStringList golden =
        holidays("2025-01-01", "2025-01-01", "元旦") + workday("2025-01-26", "春节") +
        holidays("2025-01-28", "2025-02-04", "春节") + workday("2025-02-08", "春节") +
        holidays("2025-04-04", "2025-04-06", "清明节") + workday("2025-04-27", "劳动节") +
        holidays("2025-05-01", "2025-05-05", "劳动节") + holidays("2025-05-31", "2025-06-02", "端午节") +
        workday("2025-09-28", "国庆节、中秋节") + holidays("2025-10-01", "2025-10-08", "国庆节、中秋节") +
        workday("2025-10-11", "国庆节、中秋节");
    CHECK(texts(r.days) == golden);
    CHECK(r.holidayCount() == 28);
    CHECK(r.workdayCount() == 5);
    CHECK(statutoryDays(r.days) == 13); // two more from 2025: 春节 and 劳动节 one day each
}

TEST_CASE("The built-in notice of 2026 reads as the State Council gave it", "[calendar]")
{
    const NoticeReading r = builtInReading(2026);
    CHECK(r.problems.isEmpty());
    CHECK(r.warnings.isEmpty());
    const QStringList golden = holidays("2026-01-01", "2026-01-03", "元旦") + workday("2026-01-04", "元旦") +
                               workday("2026-02-14", "春节") + holidays("2026-02-15", "2026-02-23", "春节") +
                               workday("2026-02-28", "春节") + holidays("2026-04-04", "2026-04-06", "清明节") +
                               holidays("2026-05-01", "2026-05-05", "劳动节") + workday("2026-05-09", "劳动节") +
                               holidays("2026-06-19", "2026-06-21", "端午节") + workday("2026-09-20", "国庆节") +
                               holidays("2026-09-25", "2026-09-27", "中秋节") +
                               holidays("2026-10-01", "2026-10-07", "国庆节") + workday("2026-10-10", "国庆节");
    CHECK(texts(r.days) == golden);
    CHECK(statutoryDays(r.days) == 13);
    CHECK(builtInNoticeYears() == QList<int>{2024, 2025, 2026});
    CHECK(builtInNotice(2023).isEmpty());
    CHECK(builtInReading(2023).days.isEmpty());
}

TEST_CASE("Working days around every holiday of 2024 and 2025, with and without the start day", "[calendar]")
{
    // The ends worked out by hand from the notices: a period of 5 working days (a 公示) from the holiday's first day,
    // from the day before it and from the day after it, the start counting as day 1 when it is a working day, and
    // not counting.
    struct Case {
        const char* start;
        int days;
        const char* startCounts;
        const char* startDoesNot;
    };
    static const Case cases[] = {
        // 2024 元旦 1月1日 (Monday)
        {"2024-01-01", 5, "2024-01-08", "2024-01-08"},
        {"2023-12-31", 5, "2024-01-08", "2024-01-08"},
        {"2024-01-02", 5, "2024-01-08", "2024-01-09"},
        // 2024 春节 2月10日–17日, 2月4日 and 2月18日 (Sundays) worked
        {"2024-02-10", 5, "2024-02-22", "2024-02-22"},
        {"2024-02-09", 5, "2024-02-21", "2024-02-22"},
        {"2024-02-18", 5, "2024-02-22", "2024-02-23"},
        // 2024 清明节 4月4日–6日, 4月7日 (Sunday) worked
        {"2024-04-04", 5, "2024-04-11", "2024-04-11"},
        {"2024-04-03", 5, "2024-04-10", "2024-04-11"},
        {"2024-04-07", 5, "2024-04-11", "2024-04-12"},
        // 2024 劳动节 5月1日–5日, 4月28日 (Sunday) and 5月11日 (Saturday) worked
        {"2024-05-01", 5, "2024-05-10", "2024-05-10"},
        {"2024-04-30", 5, "2024-05-09", "2024-05-10"},
        {"2024-05-06", 5, "2024-05-10", "2024-05-11"},
        // 2024 端午节 6月10日 (Monday)
        {"2024-06-10", 5, "2024-06-17", "2024-06-17"},
        {"2024-06-09", 5, "2024-06-17", "2024-06-17"},
        {"2024-06-11", 5, "2024-06-17", "2024-06-18"},
        // 2024 中秋节 9月15日–17日, 9月14日 (Saturday) worked: the eve is a worked Saturday
        {"2024-09-15", 5, "2024-09-24", "2024-09-24"},
        {"2024-09-14", 5, "2024-09-23", "2024-09-24"},
        {"2024-09-18", 5, "2024-09-24", "2024-09-25"},
        // 2024 国庆节 10月1日–7日, 9月29日 (Sunday) and 10月12日 (Saturday) worked
        {"2024-10-01", 5, "2024-10-12", "2024-10-12"},
        {"2024-09-30", 5, "2024-10-11", "2024-10-12"},
        {"2024-10-08", 5, "2024-10-12", "2024-10-14"},
        {"2024-09-29", 5, "2024-10-10", "2024-10-11"},
        // 2025 元旦 1月1日 (Wednesday), its eve in 2024
        {"2025-01-01", 5, "2025-01-08", "2025-01-08"},
        {"2024-12-31", 5, "2025-01-07", "2025-01-08"},
        {"2025-01-02", 5, "2025-01-08", "2025-01-09"},
        // 2025 春节 1月28日–2月4日, 1月26日 (Sunday) and 2月8日 (Saturday) worked
        {"2025-01-28", 5, "2025-02-10", "2025-02-10"},
        {"2025-01-27", 5, "2025-02-08", "2025-02-10"},
        {"2025-02-05", 5, "2025-02-10", "2025-02-11"},
        // 2025 清明节 4月4日–6日, nothing worked
        {"2025-04-04", 5, "2025-04-11", "2025-04-11"},
        {"2025-04-03", 5, "2025-04-10", "2025-04-11"},
        {"2025-04-07", 5, "2025-04-11", "2025-04-14"},
        // 2025 劳动节 5月1日–5日, 4月27日 (Sunday) worked
        {"2025-05-01", 5, "2025-05-12", "2025-05-12"},
        {"2025-04-30", 5, "2025-05-09", "2025-05-12"},
        {"2025-05-06", 5, "2025-05-12", "2025-05-13"},
        // 2025 端午节 5月31日–6月2日
        {"2025-05-31", 5, "2025-06-09", "2025-06-09"},
        {"2025-05-30", 5, "2025-06-06", "2025-06-09"},
        {"2025-06-03", 5, "2025-06-09", "2025-06-10"},
        // 2025 国庆节、中秋节 10月1日–8日, 9月28日 (Sunday) and 10月11日 (Saturday) worked
        {"2025-10-01", 5, "2025-10-14", "2025-10-14"},
        {"2025-09-30", 5, "2025-10-13", "2025-10-14"},
        {"2025-10-09", 5, "2025-10-14", "2025-10-15"},
        // Other lengths: one day, and a period across a whole holiday.
        {"2024-02-09", 1, "2024-02-09", "2024-02-18"},
        {"2024-02-10", 1, "2024-02-18", "2024-02-18"},
        {"2025-01-26", 1, "2025-01-26", "2025-01-27"},
        {"2025-09-26", 4, "2025-09-30", "2025-10-09"},
        {"2024-09-27", 10, "2024-10-15", "2024-10-16"},
        {"2025-12-31", 2, "2026-01-04", "2026-01-05"}, // 2026 元旦 1月1日–3日, 1月4日 (Sunday) worked
    };
    TestDatabase t;
    auto db = t.open();
    // Nothing stored: every year falls back to its built-in notice.
    const WorkingCalendar calendar = WorkingCalendar::load(*db, 2024, 2025);
    CHECK(calendar.source(2024) == WorkingCalendar::Source::BuiltIn);
    CHECK(calendar.source(2026) == WorkingCalendar::Source::BuiltIn);
    CHECK(calendar.source(2023) == WorkingCalendar::Source::None);
    int checked = 0;
    for (const Case& c : cases) {
        INFO(c.start << " + " << c.days);
        CHECK(calendar.addWorkingDays(day(c.start), c.days, true) == day(c.startCounts));
        CHECK(calendar.addWorkingDays(day(c.start), c.days, false) == day(c.startDoesNot));
        checked += 2;
    }
    CHECK(checked >= 80);

    CHECK(calendar.isWorkingDay(day("2024-02-04")));       // a Sunday worked
    CHECK_FALSE(calendar.isWorkingDay(day("2024-02-12"))); // a Monday off
    CHECK_FALSE(calendar.isWorkingDay(day("2024-02-10"))); // a Saturday inside the holiday
    CHECK(calendar.isWorkingDay(day("2024-02-09")));       // 除夕, only encouraged as a day off
    CHECK_FALSE(calendar.isWorkingDay(day("2024-03-02"))); // an ordinary Saturday
    CHECK(calendar.yearsWithoutNotice(day("2023-12-20"), day("2024-01-10")) == QList<int>{2023});
}

TEST_CASE("A year without a notice is an ordinary Monday–Friday week, and stored days come before built-in ones",
          "[calendar]")
{
    TestDatabase t;
    auto db = t.open();
    WorkingCalendar none = WorkingCalendar::load(*db, 2030, 2030);
    CHECK(none.source(2030) == WorkingCalendar::Source::None);
    CHECK(none.addWorkingDays(day("2030-10-01"), 5, true) == day("2030-10-07")); // Tuesday to Monday
    CHECK(none.yearsWithoutNotice(day("2030-10-01"), day("2030-10-07")) == QList<int>{2030});

    // The clerk's own 2024: only 元旦, and a Saturday worked.
    CalendarDay newYear;
    newYear.date = day("2024-01-01");
    newYear.name = QStringLiteral("元旦");
    CalendarDay worked;
    worked.date = day("2024-01-06");
    worked.kind = DayKind::Workday;
    worked.name = QStringLiteral("元旦");
    CalendarRepository repo(*db);
    repo.replaceYear(2024, {newYear, worked}, QStringLiteral("test"));
    const WorkingCalendar calendar = WorkingCalendar::load(*db, 2024, 2024);
    CHECK(calendar.source(2024) == WorkingCalendar::Source::Database);
    CHECK(calendar.source(2025) == WorkingCalendar::Source::BuiltIn);
    CHECK(calendar.isWorkingDay(day("2024-01-06")));
    CHECK(calendar.isWorkingDay(day("2024-02-12"))); // the built-in 春节 no longer applies to 2024
    CHECK(calendar.addWorkingDays(day("2024-01-01"), 5, true) == day("2024-01-06"));
    CHECK(texts(calendar.differingDays(2024)) ==
          QStringList{QStringLiteral("2024-01-01 holiday 元旦"), QStringLiteral("2024-01-06 workday 元旦")});

    // Emptied, the year has the built-in notice again.
    repo.replaceYear(2024, {}, QStringLiteral("test"));
    CHECK(WorkingCalendar::load(*db, 2024, 2024).source(2024) == WorkingCalendar::Source::BuiltIn);
}

TEST_CASE("Only the days that differ from an ordinary week are listed", "[calendar]")
{
    const WorkingCalendar calendar = WorkingCalendar::builtIn(2024, 2026);
    const QList<CalendarDay> list = calendar.differingDays(2024);
    QStringList dates;
    for (const CalendarDay& d : list)
        dates << d.date.toString(QStringLiteral("MM-dd"));
    CHECK(dates == QStringList{QStringLiteral("01-01"), QStringLiteral("02-04"), QStringLiteral("02-12"),
                               QStringLiteral("02-13"), QStringLiteral("02-14"), QStringLiteral("02-15"),
                               QStringLiteral("02-16"), QStringLiteral("02-18"), QStringLiteral("04-04"),
                               QStringLiteral("04-05"), QStringLiteral("04-07"), QStringLiteral("04-28"),
                               QStringLiteral("05-01"), QStringLiteral("05-02"), QStringLiteral("05-03"),
                               QStringLiteral("05-11"), QStringLiteral("06-10"), QStringLiteral("09-14"),
                               QStringLiteral("09-16"), QStringLiteral("09-17"), QStringLiteral("09-29"),
                               QStringLiteral("10-01"), QStringLiteral("10-02"), QStringLiteral("10-03"),
                               QStringLiteral("10-04"), QStringLiteral("10-07"), QStringLiteral("10-12")});
    CHECK(calendar.days(2024).size() == 36); // with the Saturdays and Sundays inside the holidays
    CHECK(calendar.differingDays(2025).size() == 23);
    CHECK(calendar.differingDays(2026).size() == 25);
}

TEST_CASE("The notice parser reads lines as clerks paste them", "[calendar]")
{
    SECTION("with or without the number, full-width or ASCII punctuation, 星期 or 周")
    {
        const NoticeReading r = NoticeParser::parse(
            QStringLiteral("春节：2月10日至17日放假调休，共8天。2月4日（星期日）、2月18日（星期日）上班。\n"
                           "元旦：1月1日放假，与周末连休。\n"
                           "3. 清明节: 4月4日-6日放假调休, 共3天. 4月7日(周日)上班.\n"
                           "(四) 劳动节：５月１日至５日放假调休，共５天。4月28日（星期日）、5月11日（星期六）上班。"),
            2024);
        CHECK(r.problems.isEmpty());
        CHECK(r.warnings.isEmpty());
        CHECK(r.days.size() == 1 + 8 + 2 + 3 + 1 + 5 + 2);
        CHECK(texts(r.days).contains(QStringLiteral("2024-02-18 workday 春节")));
        CHECK(texts(r.days).contains(QStringLiteral("2024-04-07 workday 清明节")));
        CHECK(texts(r.days).contains(QStringLiteral("2024-05-05 holiday 劳动节")));
    }
    SECTION("two holidays in one line, a range to another month, 农历 notes")
    {
        const NoticeReading r = NoticeParser::parse(
            QStringLiteral(
                "国庆节、中秋节：10月1日（周三）至8日（周三）放假调休，共8天。9月28日（周日）、10月11日（周六）"
                "上班。\n"
                "春节：1月28日（农历除夕、周二）至2月4日（农历正月初七、周二）放假调休，共8天。"),
            2025);
        CHECK(r.problems.isEmpty());
        CHECK(r.warnings.isEmpty());
        CHECK(r.days.size() == 8 + 2 + 8);
        CHECK(r.days.first().date == day("2025-01-28"));
        CHECK(r.days.last().name == QStringLiteral("国庆节、中秋节"));
    }
    SECTION("the notice of 2023: 元旦 from the last day of 2022")
    {
        const NoticeReading r = NoticeParser::parse(
            QStringLiteral(
                "国务院办公厅关于2023年\n部分节假日安排的通知\n"
                "一、元旦：2022年12月31日至2023年1月2日放假调休，共3天。\n"
                "三、清明节：4月5日放假，共1天。\n"
                "六、中秋节、国庆节：9月29日至10月6日放假调休，共8天。10月7日（星期六）、10月8日（星期日）上班。"),
            2023);
        CHECK(r.problems.isEmpty());
        CHECK(r.warnings.isEmpty());
        REQUIRE(r.days.size() == 3 + 1 + 8 + 2);
        CHECK(text(r.days.first()) == QStringLiteral("2022-12-31 holiday 元旦"));
        CHECK(r.days.first().year == 2023);
    }
    SECTION("a line a web page wrapped goes on to its full stop")
    {
        const NoticeReading r = NoticeParser::parse(QStringLiteral("二、春节：2月10日至17日放假调休，共8天。2月4日\n"
                                                                   "（星期日）、2月18日（星期日）上班。\n"
                                                                   "三、清明节：4月4日至6日放假调休，共3天。"),
                                                    2024);
        CHECK(r.problems.isEmpty());
        CHECK(r.days.size() == 8 + 2 + 3);
    }
    SECTION("a weekday that is not the date's, and a count that does not match, are warned about")
    {
        const NoticeReading r = NoticeParser::parse(
            QStringLiteral("春节：2月10日至17日放假调休，共7天。2月4日（星期一）、2月18日（星期日）上班。"), 2024);
        CHECK(r.problems.isEmpty());
        REQUIRE(r.warnings.size() == 2);
        CHECK(r.warnings.at(0) ==
              QStringLiteral("line 1: 2024-02-10 to 2024-02-17 are 8 days, but the notice says 共7天."));
        CHECK(r.warnings.at(1) == QStringLiteral("line 1: 2024-02-04 is a Sunday, not a Monday as the notice says."));
        CHECK(r.days.size() == 10); // read all the same
    }
}

TEST_CASE("The notice parser names each line it cannot read", "[calendar]")
{
    const auto problems = [](const char* text, int year = 2024) {
        return NoticeParser::parse(QString::fromUtf8(text), year).problems;
    };
    CHECK(problems("一、元旦：1月1日放假。\n二、春节：2月30日放假。") ==
          QStringList{QStringLiteral("line 2: 2月30日 is not a date.")});
    CHECK(problems("\n\n清明节：四月四日至六日放假调休，共3天。")
              .value(0)
              .startsWith(QStringLiteral("line 3: the days off in 「四月四日至六日放假调休」 cannot be read")));
    CHECK(
        problems("劳动节：5月1日至5日放假调休，共5天。4月28日（星期日）、5月11日（星期六）。")
            .value(0)
            .startsWith(QStringLiteral("line 1: 「4月28日(星期日)、5月11日(星期六)」 gives days without saying 放假")));
    CHECK(problems("劳动节：5月1日至5日放假调休，共5天。4月28日(星期日)补班上班。")
              .value(0)
              .startsWith(QStringLiteral("line 1: the working days in 「4月28日(星期日)补班上班」 cannot be read")));
    CHECK(problems("国庆节：10月7日至1日放假。") ==
          QStringList{QStringLiteral("line 1: the days off in 「10月7日至1日放假」 end before they begin.")});
    CHECK(problems("国庆节：10月1日至11月7日放假。") ==
          QStringList{QStringLiteral("line 1: the days off in 「10月1日至11月7日放假」 run longer than a month.")});
    CHECK(problems("元旦：1月1日放假。\n春节：1月1日上班。") ==
          QStringList{QStringLiteral("line 2: 2024-01-01 is given twice (also on line 1).")});
    CHECK(problems("元旦：2020年1月1日放假。") ==
          QStringList{QStringLiteral("line 1: 2020-01-01 is not near the year 2024 of the notice.")});
    CHECK(problems("国务院办公厅关于2025年部分节假日安排的通知\n元旦：1月1日（周三）放假1天，不调休。") ==
          QStringList{QStringLiteral("line 1: the notice is for 2025, not for 2024.")});
    CHECK(problems("春节：2月10日至17日放假，2月18日上班") == QStringList{}); // clauses parted by commas are read too
    CHECK(problems("国庆节：10月1日至7日放假调休9月29日上班。").value(0).contains(QStringLiteral("in one sentence")));
    CHECK(problems("").value(0).startsWith(QStringLiteral("No days off or working days were read.")));
    // Text that cannot be a notice is refused before it is searched.
    const QString longLine = QStringLiteral("春节：2月10日放假") + QString(3000, QLatin1Char(','));
    CHECK(NoticeParser::parse(longLine, 2024).problems ==
          QStringList{QStringLiteral("line 1: the line is too long to be a line of a notice (3010 characters).")});
    CHECK(NoticeParser::parse(QString(300000, QLatin1Char('x')), 2024)
              .problems.value(0)
              .startsWith(QStringLiteral("The text is too long to be a notice")));
    CHECK(problems("各省、自治区、直辖市人民政府，国务院各部委、各直属机构：\n经国务院批准，现将放假安排通知如下。")
              .value(0)
              .startsWith(QStringLiteral("No days off")));
}

TEST_CASE("An import replaces the year's days, all or nothing, and can be undone", "[calendar]")
{
    TestDatabase t;
    auto db = t.open();
    CalendarRepository repo(*db);
    const QString good = ud::test::writeFile(t, QStringLiteral("2024.txt"), builtInNotice(2024).toUtf8());
    const CalendarRepository::NoticeImport first = repo.importNotice(good, 2024);
    REQUIRE(first.stored);
    CHECK(first.batch != 0);
    CHECK(texts(repo.ofYear(2024)) == texts(builtInReading(2024).days));
    CHECK(repo.years() == QList<int>{2024});

    // A notice with a line that cannot be read stores nothing.
    QString edited = builtInNotice(2024);
    edited.replace(QStringLiteral("端午节：6月10日放假"), QStringLiteral("端午节：6月31日放假"));
    edited.replace(QStringLiteral("10月1日至7日"), QStringLiteral("10月1日至6日"));
    const QString bad = ud::test::writeFile(t, QStringLiteral("bad.txt"), edited.toUtf8());
    const CalendarRepository::NoticeImport second = repo.importNotice(bad, 2024);
    CHECK_FALSE(second.stored);
    CHECK(second.reading.problems == QStringList{QStringLiteral("line 10: 6月31日 is not a date.")});
    CHECK(texts(repo.ofYear(2024)) == texts(builtInReading(2024).days));

    // A new reading of the year replaces it: days kept, changed, removed and added.
    QString moved = builtInNotice(2024);
    moved.replace(QStringLiteral("10月1日至7日放假调休，共7天"), QStringLiteral("10月1日至8日放假调休，共8天"));
    moved.replace(QStringLiteral("六、中秋节"), QStringLiteral("六、中秋"));
    moved.replace(QStringLiteral("10月12日（星期六）上班"), QStringLiteral("10月13日（星期日）上班"));
    const CalendarRepository::NoticeImport third =
        repo.importNotice(ud::test::writeFile(t, QStringLiteral("moved.txt"), moved.toUtf8()), 2024);
    REQUIRE(third.stored);
    QStringList stored = texts(repo.ofYear(2024));
    CHECK(stored.contains(QStringLiteral("2024-10-08 holiday 国庆节")));
    CHECK(stored.contains(QStringLiteral("2024-10-13 workday 国庆节")));
    CHECK_FALSE(stored.contains(QStringLiteral("2024-10-12 workday 国庆节")));
    CHECK(stored.contains(QStringLiteral("2024-09-15 holiday 中秋")));
    CHECK(stored.size() == 37);

    // The import log takes the replacement back as a whole.
    ImportLog(*db).undo(third.batch);
    CHECK(texts(repo.ofYear(2024)) == texts(builtInReading(2024).days));
    ImportLog(*db).redo(third.batch);
    CHECK(texts(repo.ofYear(2024)) == stored);

    // A day another year's notice has refuses the whole replacement.
    CalendarDay eve;
    eve.date = day("2024-12-31");
    eve.name = QStringLiteral("元旦");
    repo.replaceYear(2025, {eve}, QStringLiteral("test"));
    QList<CalendarDay> clash = builtInReading(2024).days;
    clash << eve;
    try {
        repo.replaceYear(2024, clash, QStringLiteral("test"));
        FAIL("a day of the notice of 2025 was taken");
    } catch (const ValidationError& e) {
        CHECK(e.message() == QStringLiteral("2024-12-31: 2024-12-31 元旦 is already a day of the notice of 2025."));
    }
    CHECK(texts(repo.ofYear(2024)) == stored);
    CHECK(repo.years() == (QList<int>{2024, 2025}));

    CalendarDay far;
    far.date = day("2027-01-01");
    CHECK(repo.yearProblems(2024, {far}).value(0).startsWith(QStringLiteral("2027-01-01: 2027-01-01 is not near")));
    CHECK(repo.yearProblems(2024, {eve, eve}).contains(QStringLiteral("2024-12-31: the date is given twice.")));
}

TEST_CASE("The start day counts as day 1 unless the setting says otherwise", "[calendar]")
{
    TestDatabase t;
    auto db = t.open();
    DatabaseSettings settings(*db);
    CHECK(settings.isOn(settings::StartDayCounts));
    CHECK(settings.change(settings::StartDayCounts, QStringLiteral("0")));
    CHECK_FALSE(settings.isOn(settings::StartDayCounts));
    CHECK(DatabaseSettings::title(QStringLiteral("calendar/start_day_counts")) ==
          QStringLiteral("The first day of a period of working days counts as day 1"));
}
