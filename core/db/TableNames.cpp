#include "core/db/TableNames.h"

#include <QCoreApplication>

namespace ud::core {

QString tableLabel(const QString& table)
{
    auto tr = [](const char* s) { return QCoreApplication::translate("ud::core", s); };
    if (table == QLatin1String("units"))
        return tr("Sub-unions");
    if (table == QLatin1String("members"))
        return tr("Members");
    if (table == QLatin1String("member_events"))
        return tr("Member history");
    if (table == QLatin1String("schedule_plans"))
        return tr("Work plans");
    if (table == QLatin1String("plan_key_sections"))
        return tr("Key-point sections");
    if (table == QLatin1String("plan_key_points"))
        return tr("Key points");
    if (table == QLatin1String("schedule_sections"))
        return tr("Schedule sections");
    if (table == QLatin1String("schedule_items"))
        return tr("Schedule items");
    if (table == QLatin1String("app_settings"))
        return tr("Settings");
    if (table == QLatin1String("change_log"))
        return tr("Change history");
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

} // namespace ud::core
