#include "core/db/Table.h"

#include "core/aid/Aid.h"
#include "core/awards/Awards.h"
#include "core/calendar/CalendarDay.h"
#include "core/care/Care.h"
#include "core/congress/Congress.h"
#include "core/members/Member.h"
#include "core/schedule/Schedule.h"
#include "core/units/SubUnit.h"

#include <QCoreApplication>
#include <QList>

namespace ud::core {

const QList<Table>& allTables()
{
    // One line per feature: a new feature adds its tables here.
    static const QList<Table> list = QList<Table>{tables::Settings, tables::ChangeLog} + unitTables() + memberTables() +
                                     scheduleTables() + congressTables() + aidTables() + careTables() +
                                     calendarTables() + awardTables();
    return list;
}

const QList<DatabaseSetting>& allSettings()
{
    // One line per feature with settings of its own.
    static const QList<DatabaseSetting> list =
        QList<DatabaseSetting>{
            settings::UnionName,          settings::ExampleDismissed,     settings::WomenRetirementAge,
            settings::MinCosigners,       settings::ProposalNumberPrefix, settings::ProposalNumberDigits,
            settings::ProposalCategories, settings::LeadDeadlineMonths,   settings::CoDeadlineMonthsEarlier,
            settings::ClaimDocuments,     settings::HardshipOncePerYear,  settings::StartDayCounts} +
        awardSettings();
    return list;
}

namespace {
// The messages of this file, under the context the tables' names are translated in.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ud::core)
};
} // namespace

std::optional<Table> tableNamed(const QString& name)
{
    for (const Table& t : allTables())
        if (name == QLatin1String(t.name))
            return t;
    return std::nullopt;
}

const RecordDescription* recordDescription(const QString& table)
{
    const std::optional<Table> t = tableNamed(table);
    return t && t->records ? &t->records() : nullptr;
}

QString tableLabel(const QString& table)
{
    for (const Table& t : allTables())
        if (table == QLatin1String(t.name))
            return t.label();
    return table;
}

QString actionLabel(const QString& action, const QVariantMap& details)
{
    if (action == QLatin1String("insert"))
        return Tr::tr("Added");
    if (action == QLatin1String("update"))
        return Tr::tr("Changed");
    if (action == QLatin1String("delete"))
        return Tr::tr("Deleted");
    if (action == QLatin1String("export")) {
        // One action for every use of full numbers; the key of the target says which (recordFullNumbers()).
        if (details.contains(QStringLiteral("shown")))
            return Tr::tr("Full numbers shown");
        if (details.contains(QStringLiteral("printed")))
            return Tr::tr("Printed");
        return Tr::tr("Exported");
    }
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
