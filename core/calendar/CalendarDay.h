#pragma once

#include "core/db/DatabaseSettings.h"
#include "core/db/Table.h"
#include "core/record/Record.h"

#include <QDate>
#include <QList>
#include <QString>

namespace ud::core {

/// A day of the working calendar that is not as an ordinary week has it: a day off (放假) or a Saturday or Sunday
/// worked (调休上班).
enum class DayKind { Holiday, Workday };
const KeyedEnum<DayKind>& dayKinds();

/// A day of a State Council notice: its date, whether it is a day off or a working day, the holiday it belongs to
/// (春节; 国庆节、中秋节) and the notice's year. Every day of a holiday is one, its Saturdays and Sundays too; a
/// notice may name a day of the year before (元旦 from 2022-12-31 in the notice for 2023).
struct CalendarDay {
    qint64 id = 0;
    QDate date;
    DayKind kind = DayKind::Holiday;
    QString name;
    int year = 0;

    static const RecordType<CalendarDay>& type();
    bool operator==(const CalendarDay& o) const { return type().same(*this, o); }
    /// Whether the day is other than an ordinary Monday–Friday week has it: a day off from Monday to Friday, or a
    /// Saturday or Sunday worked. A Saturday inside a holiday is not.
    bool differsFromOrdinaryWeek() const;
};

/// Saturday or Sunday.
bool isWeekend(const QDate& date);
/// The day of the week as the user reads it ("Monday", 星期一), for Qt's 1 (Monday) to 7 (Sunday).
QString weekdayName(int dayOfWeek);

namespace settings {
/// "1": a period of working days (the 公示 of an award list) that starts on a working day counts that day as day 1;
/// "0": it starts counting on the next working day.
inline constexpr DatabaseSetting StartDayCounts{
    "calendar/start_day_counts", "1",
    QT_TRANSLATE_NOOP("ud::core", "The first day of a period of working days counts as day 1")};
} // namespace settings

namespace tables {
inline constexpr Table CalendarDays{"calendar_days", QT_TRANSLATE_NOOP("ud::core", "Working calendar"), nullptr,
                                    &recordsOf<CalendarDay>};
} // namespace tables
/// The tables of the working calendar.
QList<Table> calendarTables();

} // namespace ud::core
