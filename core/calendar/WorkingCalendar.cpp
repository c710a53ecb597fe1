#include "core/calendar/WorkingCalendar.h"

#include "core/calendar/CalendarRepository.h"
#include "core/calendar/NoticeParser.h"
#include "core/db/Database.h"

namespace ud::core {

WorkingCalendar WorkingCalendar::load(Database& db, int firstYear, int lastYear)
{
    WorkingCalendar calendar;
    QHash<int, QList<CalendarDay>> stored;
    for (const CalendarDay& d : CalendarRepository(db).ofYears(firstYear - 1, lastYear + 1))
        stored[d.year] << d;
    for (int year = firstYear - 1; year <= lastYear + 1; ++year) {
        if (stored.contains(year))
            calendar.setYear(year, stored.value(year), Source::Database);
        else if (const NoticeReading r = builtInReading(year); !r.days.isEmpty())
            calendar.setYear(year, r.days, Source::BuiltIn);
    }
    return calendar;
}

WorkingCalendar WorkingCalendar::builtIn(int firstYear, int lastYear)
{
    WorkingCalendar calendar;
    for (int year = firstYear; year <= lastYear; ++year)
        if (const NoticeReading r = builtInReading(year); !r.days.isEmpty())
            calendar.setYear(year, r.days, Source::BuiltIn);
    return calendar;
}

void WorkingCalendar::setYear(int year, const QList<CalendarDay>& days, Source source)
{
    for (auto it = m_days.begin(); it != m_days.end();)
        it = it->year == year ? m_days.erase(it) : std::next(it);
    for (CalendarDay d : days) {
        d.year = year;
        m_days.insert(d.date, d);
    }
    if (source == Source::None)
        m_sources.remove(year);
    else
        m_sources.insert(year, source);
}

QList<CalendarDay> WorkingCalendar::days(int year) const
{
    QList<CalendarDay> list;
    for (const CalendarDay& d : m_days)
        if (d.year == year)
            list << d;
    return list;
}

QList<CalendarDay> WorkingCalendar::differingDays(int year) const
{
    QList<CalendarDay> list;
    for (const CalendarDay& d : m_days)
        if (d.year == year && d.differsFromOrdinaryWeek())
            list << d;
    return list;
}

std::optional<CalendarDay> WorkingCalendar::day(const QDate& date) const
{
    const auto it = m_days.constFind(date);
    return it == m_days.constEnd() ? std::nullopt : std::optional<CalendarDay>(*it);
}

bool WorkingCalendar::isWorkingDay(const QDate& date) const
{
    const auto it = m_days.constFind(date);
    if (it != m_days.constEnd())
        return it->kind == DayKind::Workday;
    return !isWeekend(date);
}

QDate WorkingCalendar::addWorkingDays(const QDate& start, int n, bool startCounts) const
{
    if (!start.isValid() || n < 1)
        return {};
    QDate day = start;
    int counted = 0;
    if (startCounts && isWorkingDay(day))
        counted = 1;
    while (counted < n) {
        day = day.addDays(1);
        if (isWorkingDay(day))
            ++counted;
    }
    return day;
}

QList<int> WorkingCalendar::yearsWithoutNotice(const QDate& from, const QDate& to) const
{
    QList<int> years;
    for (int year = from.year(); year <= to.year(); ++year)
        if (source(year) == Source::None)
            years << year;
    return years;
}

} // namespace ud::core
