#pragma once

#include "core/calendar/CalendarDay.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QMap>

#include <optional>

namespace ud::core {

class Database;

/// The Chinese working calendar of some years: Monday to Friday, except the days off and the Saturdays and Sundays
/// worked of each year's State Council notice. A year's days are those stored in the database (imported or edited)
/// or, where none are, the built-in notice's; a year with neither is an ordinary Monday–Friday week.
class WorkingCalendar {
public:
    /// Where a year's days come from.
    enum class Source { None, Database, BuiltIn };

    /// Ordinary weeks only, until years are set.
    WorkingCalendar() = default;
    /// The notices of the years `firstYear` to `lastYear` and of the year on either side (a notice may name a day
    /// of the year before): each year's stored days, or the built-in ones where none are stored.
    static WorkingCalendar load(Database& db, int firstYear, int lastYear);
    /// The built-in notices of the years `firstYear` to `lastYear`, nothing from a database.
    static WorkingCalendar builtIn(int firstYear, int lastYear);

    /// Puts the days of the notice of `year` in place of what the calendar had for it.
    void setYear(int year, const QList<CalendarDay>& days, Source source);
    /// Where the days of the notice of `year` came from; None for a year not loaded or without a notice.
    Source source(int year) const { return m_sources.value(year, Source::None); }
    /// The days of the notice of `year`, by date.
    QList<CalendarDay> days(int year) const;
    /// The days of the notice of `year` that differ from an ordinary week (CalendarDay::differsFromOrdinaryWeek()).
    QList<CalendarDay> differingDays(int year) const;
    /// The calendar's day on `date`, nullopt for a day as an ordinary week has it.
    std::optional<CalendarDay> day(const QDate& date) const;

    bool isWorkingDay(const QDate& date) const;
    /// The last day of a period of `n` (≥ 1) working days from `start`. When `startCounts` and `start` is a working
    /// day, `start` is day 1; otherwise day 1 is the next working day after `start`.
    QDate addWorkingDays(const QDate& start, int n, bool startCounts) const;
    /// The years from `from` to `to` the calendar knows no notice for, counted as ordinary weeks.
    QList<int> yearsWithoutNotice(const QDate& from, const QDate& to) const;

private:
    QHash<int, Source> m_sources;
    QMap<QDate, CalendarDay> m_days;
};

} // namespace ud::core
