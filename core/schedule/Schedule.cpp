#include "core/schedule/Schedule.h"

#include <QCoreApplication>

namespace ud::core {

namespace {

QString numberedHeading(int number, const QString& title)
{
    if (number <= 0)
        return title;
    return chineseNumeral(number) + QStringLiteral("、") + title;
}

} // namespace

const KeyedEnum<ItemStatus>& itemStatuses()
{
    static const KeyedEnum<ItemStatus> statuses(
        "ud::core::Schedule",
        {{ItemStatus::Planned, "planned", QT_TRANSLATE_NOOP("ud::core::Schedule", "Planned")},
         {ItemStatus::InProgress, "in_progress", QT_TRANSLATE_NOOP("ud::core::Schedule", "In progress")},
         {ItemStatus::Done, "done", QT_TRANSLATE_NOOP("ud::core::Schedule", "Done")},
         {ItemStatus::Postponed, "postponed", QT_TRANSLATE_NOOP("ud::core::Schedule", "Postponed")},
         {ItemStatus::Cancelled, "cancelled", QT_TRANSLATE_NOOP("ud::core::Schedule", "Cancelled")}});
    return statuses;
}

QString itemStatusKey(ItemStatus status)
{
    return itemStatuses().key(status);
}

QString itemStatusLabel(ItemStatus status)
{
    return itemStatuses().label(status);
}

bool itemStatusFromKey(const QString& key, ItemStatus* status)
{
    const auto s = itemStatuses().fromKey(key);
    if (s)
        *status = *s;
    return s.has_value();
}

QList<ItemStatus> allItemStatuses()
{
    return itemStatuses().values();
}

QList<ItemStatus> openItemStatuses()
{
    return {ItemStatus::Planned, ItemStatus::InProgress, ItemStatus::Postponed};
}

QString KeyPointSection::heading() const
{
    return numberedHeading(number, title);
}

QString ScheduleSection::heading() const
{
    return numberedHeading(number, title);
}

QString ScheduleItem::reference() const
{
    return QStringLiteral("%1-%2").arg(chineseNumeral(sectionNumber)).arg(number);
}

int ParsedPlan::pointCount() const
{
    int n = 0;
    for (const auto& s : keyPoints)
        n += int(s.points.size());
    return n;
}

int ParsedPlan::itemCount() const
{
    int n = 0;
    for (const auto& s : schedule)
        n += int(s.items.size());
    return n;
}

QList<const ParsedPlan::Item*> ParsedPlan::flaggedItems() const
{
    QList<const Item*> list;
    for (const auto& s : schedule)
        for (const auto& i : s.items)
            if (!i.timing.recognised)
                list << &i;
    return list;
}

QList<Table> scheduleTables()
{
    return {tables::SchedulePlans, tables::PlanKeySections, tables::PlanKeyPoints, tables::ScheduleSections,
            tables::ScheduleItems};
}

} // namespace ud::core
