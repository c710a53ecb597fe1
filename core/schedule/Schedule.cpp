#include "core/schedule/Schedule.h"

#include <QCoreApplication>

namespace ud::core {

namespace {

// Tr::tr() rather than a free tr(): lupdate files a tr() call under the class or namespace
// it stands in, so the context is named here for lupdate and the running program alike.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ud::core::Schedule)
};

QString numberedHeading(int number, const QString& title)
{
    if (number <= 0)
        return title;
    return chineseNumeral(number) + QStringLiteral("、") + title;
}

} // namespace

QString itemStatusKey(ItemStatus status)
{
    switch (status) {
    case ItemStatus::Planned:
        return QStringLiteral("planned");
    case ItemStatus::InProgress:
        return QStringLiteral("in_progress");
    case ItemStatus::Done:
        return QStringLiteral("done");
    case ItemStatus::Postponed:
        return QStringLiteral("postponed");
    case ItemStatus::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QString();
}

QString itemStatusLabel(ItemStatus status)
{
    switch (status) {
    case ItemStatus::Planned:
        return Tr::tr("Planned");
    case ItemStatus::InProgress:
        return Tr::tr("In progress");
    case ItemStatus::Done:
        return Tr::tr("Done");
    case ItemStatus::Postponed:
        return Tr::tr("Postponed");
    case ItemStatus::Cancelled:
        return Tr::tr("Cancelled");
    }
    return QString();
}

bool itemStatusFromKey(const QString& key, ItemStatus* status)
{
    for (ItemStatus s : allItemStatuses()) {
        if (itemStatusKey(s) == key) {
            *status = s;
            return true;
        }
    }
    return false;
}

QList<ItemStatus> allItemStatuses()
{
    return {ItemStatus::Planned, ItemStatus::InProgress, ItemStatus::Done, ItemStatus::Postponed,
            ItemStatus::Cancelled};
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

} // namespace ud::core
