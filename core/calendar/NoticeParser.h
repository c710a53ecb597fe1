#pragma once

#include "core/calendar/CalendarDay.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace ud::core {

/// What was read from the text of a State Council notice on a year's holidays.
struct NoticeReading {
    int year = 0;
    QList<CalendarDay> days; // by date; every day of a holiday, and the Saturdays and Sundays worked
    /// "line N: reason" for what could not be read: a notice with any is not stored.
    QStringList problems;
    /// "line N: reason" for what was read but deserves a look: a weekday written beside a date that is not that
    /// date's, a count of days that does not match the dates, a day the notice names without making it a day off
    /// or a working day (2024: 安排职工在除夕（2月9日）休息, which stays a working day).
    QStringList warnings;

    bool hasProblems() const { return !problems.isEmpty(); }
    int holidayCount() const;
    int workdayCount() const;
};

/// Reads the text of a notice (国务院办公厅关于20XX年部分节假日安排的通知), as published or pasted from a web page:
/// its lines such as 「二、春节：2月10日至17日放假调休，共8天。2月4日（星期日）、2月18日（星期日）上班。」, with or
/// without the number in front, full-width or ASCII punctuation, 星期X or 周X and 农历 notes in brackets, ranges across
/// months (1月28日至2月4日) and years (2022年12月31日至2023年1月2日). The other lines (title, addressees, preamble,
/// closing, signature) are passed over; the title's year must be the year it is read for.
class NoticeParser {
    Q_DECLARE_TR_FUNCTIONS(ud::core::NoticeParser)

public:
    /// The days of the notice for `year` (dates without a year are in it).
    static NoticeReading parse(const QString& text, int year);
};

/// The years whose notices are built in (2024, 2025, 2026).
QList<int> builtInNoticeYears();
/// The text of the built-in notice of `year`; empty when there is none.
QString builtInNotice(int year);
/// The built-in notice of `year` read; no days when there is none.
NoticeReading builtInReading(int year);

} // namespace ud::core
