#include "core/schedule/ScheduleItemRepository.h"

#include "core/io/Text.h"

#include <QCoreApplication>

namespace ud::core {

namespace {
// The context the messages of this file are translated under; written Tr::tr() so that lupdate files them there.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ud::core::ScheduleItemRepository)
};
} // namespace

const RecordType<ScheduleItem>& ScheduleItem::type()
{
    static const RecordType<ScheduleItem> type = [] {
        Field<ScheduleItem> months = makeField<ScheduleItem>(
            "months", FieldType::Text, QT_TRANSLATE_NOOP("ud::core::ScheduleItem", "Months"), 0, 0, {});
        months.get = [](const ScheduleItem& i) -> QVariant { return notNull(i.months.toText()); };
        months.set = [](ScheduleItem& i, const QVariant& v) { i.months = MonthSet::fromText(v.toString()); };
        return RecordType<ScheduleItem>(
            tables::ScheduleItems, "ud::core::ScheduleItem",
            {field("section_id", &ScheduleItem::sectionId, QT_TRANSLATE_NOOP("ud::core::ScheduleItem", "Section"),
                   Required),
             field("section_number", &ScheduleItem::sectionNumber,
                   QT_TRANSLATE_NOOP("ud::core::ScheduleItem", "Section number"), ReadOnly),
             field("section_title", &ScheduleItem::sectionTitle,
                   QT_TRANSLATE_NOOP("ud::core::ScheduleItem", "Section title"), ReadOnly),
             field("number", &ScheduleItem::number, QT_TRANSLATE_NOOP("ud::core::ScheduleItem", "No.")),
             field("text", &ScheduleItem::text, QT_TRANSLATE_NOOP("ud::core::ScheduleItem", "Work item"), Required,
                   1000),
             field("timing", &ScheduleItem::timing, QT_TRANSLATE_NOOP("ud::core::ScheduleItem", "Timing"), 0, 100),
             months,
             field("deadline", &ScheduleItem::deadline, QT_TRANSLATE_NOOP("ud::core::ScheduleItem", "Deadline")),
             field("months_unchecked", &ScheduleItem::monthsNeedChecking,
                   QT_TRANSLATE_NOOP("ud::core::ScheduleItem", "Months to check")),
             field("office", &ScheduleItem::office, QT_TRANSLATE_NOOP("ud::core::ScheduleItem", "Office"), 0, 200),
             enumField("status", &ScheduleItem::status, itemStatuses(), ItemStatus::Planned,
                       QT_TRANSLATE_NOOP("ud::core::ScheduleItem", "Status")),
             field("done_date", &ScheduleItem::doneDate, QT_TRANSLATE_NOOP("ud::core::ScheduleItem", "Done on")),
             field("notes", &ScheduleItem::notes, QT_TRANSLATE_NOOP("ud::core::ScheduleItem", "Notes"), Multiline,
                   4000)},
            {QStringLiteral("text")});
    }();
    return type;
}

Problems ScheduleItemRepository::rules(const ScheduleItem& item) const
{
    Problems problems;
    if (item.number < 0)
        problems.append({QStringLiteral("number"), Tr::tr("An item number cannot be negative.")});
    if (item.status == ItemStatus::Done && !item.doneDate.isValid())
        problems.append({QStringLiteral("done_date"), Tr::tr("A done item needs the date it was done.")});
    if (item.status != ItemStatus::Done && item.doneDate.isValid())
        problems.append({QStringLiteral("done_date"), Tr::tr("Only a done item has a date of completion.")});
    if (item.deadline && item.months.count() == 0)
        problems.append({QStringLiteral("months"), Tr::tr("A deadline needs the month it is due in.")});
    return problems;
}

QString ScheduleItemRepository::selectSql() const
{
    return itemSelect();
}

QString ScheduleItemRepository::itemSelect()
{
    return QStringLiteral(
        "SELECT i.id, i.section_id, s.number AS section_number, s.title AS section_title, i.number, i.text, "
        "i.timing, i.months, i.deadline, i.months_unchecked, i.office, i.status, i.done_date, i.notes "
        "FROM schedule_items i JOIN schedule_sections s ON s.id = i.section_id");
}

QString ScheduleItemRepository::missingMessage() const
{
    return Tr::tr("The schedule item no longer exists; another user may have deleted it.");
}

} // namespace ud::core
