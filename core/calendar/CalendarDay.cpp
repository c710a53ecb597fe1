#include "core/calendar/CalendarDay.h"

#include <QCoreApplication>

namespace ud::core {

const KeyedEnum<DayKind>& dayKinds()
{
    static const KeyedEnum<DayKind> list(
        "ud::core::Calendar", {{DayKind::Holiday, "holiday", QT_TRANSLATE_NOOP("ud::core::Calendar", "Day off")},
                               {DayKind::Workday, "workday", QT_TRANSLATE_NOOP("ud::core::Calendar", "Working day")}});
    return list;
}

const RecordType<CalendarDay>& CalendarDay::type()
{
    static const RecordType<CalendarDay> type(
        tables::CalendarDays, "ud::core::Calendar",
        {
            field("day", &CalendarDay::date, QT_TRANSLATE_NOOP("ud::core::Calendar", "Date"), Required | Unique, 0,
                  {QStringLiteral("日期")})
                .exportedAs("date")
                .form(QT_TRANSLATE_NOOP("ud::core::Calendar", "&Date:")),
            enumField("kind", &CalendarDay::kind, dayKinds(), DayKind::Holiday,
                      QT_TRANSLATE_NOOP("ud::core::Calendar", "Kind"), Required, {QStringLiteral("类型")})
                .form(QT_TRANSLATE_NOOP("ud::core::Calendar", "&Kind:")),
            field("name", &CalendarDay::name, QT_TRANSLATE_NOOP("ud::core::Calendar", "Holiday"), 0, 50,
                  {QStringLiteral("节日"), QStringLiteral("名称")})
                .form(QT_TRANSLATE_NOOP("ud::core::Calendar", "&Holiday:"),
                      QT_TRANSLATE_NOOP("ud::core::Calendar", "e.g. 春节")),
            field("year", &CalendarDay::year, QT_TRANSLATE_NOOP("ud::core::Calendar", "Notice year"), Required, 0,
                  {QStringLiteral("年度")})
                .form(QT_TRANSLATE_NOOP("ud::core::Calendar", "&Notice year:"))
                .range(1900, 2999),
        },
        {QStringLiteral("day"), QStringLiteral("name")});
    return type;
}

bool isWeekend(const QDate& date)
{
    return date.dayOfWeek() >= 6;
}

bool CalendarDay::differsFromOrdinaryWeek() const
{
    return (kind == DayKind::Holiday) != isWeekend(date);
}

QString weekdayName(int dayOfWeek)
{
    static const char* const names[] = {
        QT_TRANSLATE_NOOP("ud::core::Calendar", "Monday"),    QT_TRANSLATE_NOOP("ud::core::Calendar", "Tuesday"),
        QT_TRANSLATE_NOOP("ud::core::Calendar", "Wednesday"), QT_TRANSLATE_NOOP("ud::core::Calendar", "Thursday"),
        QT_TRANSLATE_NOOP("ud::core::Calendar", "Friday"),    QT_TRANSLATE_NOOP("ud::core::Calendar", "Saturday"),
        QT_TRANSLATE_NOOP("ud::core::Calendar", "Sunday")};
    if (dayOfWeek < 1 || dayOfWeek > 7)
        return {};
    return QCoreApplication::translate("ud::core::Calendar", names[dayOfWeek - 1]);
}

QList<Table> calendarTables()
{
    return {tables::CalendarDays};
}

} // namespace ud::core
