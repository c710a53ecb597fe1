#include "core/db/Table.h"

#include "core/members/Member.h"
#include "core/schedule/Schedule.h"
#include "core/units/SubUnit.h"

#include <QList>

namespace ud::core {

const QList<Table>& allTables()
{
    // One line per feature: a new feature adds its tables here.
    static const QList<Table> list =
        QList<Table>{tables::Settings, tables::ChangeLog} + unitTables() + memberTables() + scheduleTables();
    return list;
}

QString tableLabel(const QString& table)
{
    for (const Table& t : allTables())
        if (table == QLatin1String(t.name))
            return t.label();
    return table;
}

QString actionLabel(const QString& action)
{
    auto tr = [](const char* s) { return QCoreApplication::translate("ud::core", s); };
    if (action == QLatin1String("insert"))
        return tr("Added");
    if (action == QLatin1String("update"))
        return tr("Changed");
    if (action == QLatin1String("delete"))
        return tr("Deleted");
    if (action == QLatin1String("export"))
        return tr("Exported");
    return action;
}

QString shownValue(const QString& table, const QString& column, const QString& value)
{
    for (const Table& t : allTables())
        if (table == QLatin1String(t.name))
            return t.shownValue ? t.shownValue(column, value) : value;
    return value;
}

} // namespace ud::core
