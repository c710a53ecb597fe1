#pragma once

// What the dashboard's two files share; not part of the interface.

#include "core/dashboard/Dashboard.h"
#include "core/db/Database.h"
#include "core/yearbook/YearSummary.h"

#include <QCoreApplication>
#include <QDate>

namespace ud::core::dashboard {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ud::core::Dashboard)
};

inline QString iso(const QDate& day)
{
    return day.toString(Qt::ISODate);
}

/// The repositories whose counts the dashboard reuses take a Database& for their writes; the dashboard only reads
/// through them.
inline Database& readOnly(const Database& db)
{
    return const_cast<Database&>(db);
}

/// The schedule items of :year's plan, as `FROM … WHERE …` over `schedule_items i` (the year-end figures' query).
using yearqueries::itemsOfYear;

/// True for an item whose months ("3;4;5") hold `month`, as ScheduleItem::covers() reads them.
inline QString coversMonth(int month)
{
    return QStringLiteral("(';' || i.months || ';') LIKE '%;%1;%'").arg(month);
}

/// An item still to do: neither done nor cancelled.
inline QString itemOpen()
{
    return QStringLiteral("i.status NOT IN ('done', 'cancelled')");
}

inline PageFilter filter(const QString& table, const QVariantMap& conditions)
{
    return PageFilter{table, conditions};
}

} // namespace ud::core::dashboard
