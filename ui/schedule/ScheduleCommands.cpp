#include "ui/schedule/ScheduleCommands.h"

#include "core/db/Database.h"
#include "core/db/RecordStore.h"
#include "core/schedule/ScheduleRepository.h"
#include "ui/shell/Module.h"

namespace ud::ui {

namespace {

const QString kItems = QStringLiteral("schedule_items");

QString shortText(const QString& text)
{
    return text.size() > 24 ? text.left(23) + QChar(0x2026) : text;
}

} // namespace

EditScheduleItemCommand::EditScheduleItemCommand(ShellContext& shell, const core::ScheduleItem& before,
                                                 const core::ScheduleItem& after, const QString& text,
                                                 ScheduleItemChangedCallback changed)
    : ScheduleItemCommand(shell, std::move(changed)), m_before(before), m_after(after)
{
    setText(text.isEmpty() ? ScheduleItemCommand::tr("Edit schedule item %1").arg(after.reference()) : text);
}

void EditScheduleItemCommand::apply()
{
    core::ScheduleRepository(database()).updateItem(m_after);
}

void EditScheduleItemCommand::revert()
{
    core::ScheduleRepository(database()).updateItem(m_before);
}

AddScheduleItemCommand::AddScheduleItemCommand(ShellContext& shell, const QVariantMap& added,
                                               ScheduleItemChangedCallback changed)
    : ScheduleItemCommand(shell, std::move(changed)), m_row(added)
{
    setText(
        ScheduleItemCommand::tr("Add schedule item %1").arg(shortText(added.value(QStringLiteral("text")).toString())));
}

qint64 AddScheduleItemCommand::itemId() const
{
    return m_row.value(QStringLiteral("id")).toLongLong();
}

void AddScheduleItemCommand::apply()
{
    core::RecordStore(database()).insert(kItems, m_row); // the row keeps its id
}

void AddScheduleItemCommand::revert()
{
    core::ScheduleRepository(database()).removeItem(itemId());
}

RemoveScheduleItemCommand::RemoveScheduleItemCommand(ShellContext& shell, const QVariantMap& removed,
                                                     ScheduleItemChangedCallback changed)
    : ScheduleItemCommand(shell, std::move(changed)), m_row(removed)
{
    setText(ScheduleItemCommand::tr("Remove schedule item %1")
                .arg(shortText(removed.value(QStringLiteral("text")).toString())));
}

qint64 RemoveScheduleItemCommand::itemId() const
{
    return m_row.value(QStringLiteral("id")).toLongLong();
}

void RemoveScheduleItemCommand::apply()
{
    core::ScheduleRepository(database()).removeItem(itemId());
}

void RemoveScheduleItemCommand::revert()
{
    core::RecordStore(database()).insert(kItems, m_row);
}

bool sameScheduleItemFields(const core::ScheduleItem& a, const core::ScheduleItem& b)
{
    return a.id == b.id && a.sectionId == b.sectionId && a.number == b.number && a.text == b.text &&
           a.timing == b.timing && a.months == b.months && a.deadline == b.deadline &&
           a.monthsNeedChecking == b.monthsNeedChecking && a.office == b.office && a.status == b.status &&
           a.doneDate == b.doneDate && a.notes == b.notes;
}

} // namespace ud::ui
