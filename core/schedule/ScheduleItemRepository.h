#pragma once

#include "core/record/RecordRepository.h"
#include "core/schedule/Schedule.h"

namespace ud::core {

/// Reads and writes single schedule items on the shared record conventions (the plan as a whole is
/// ScheduleRepository's).
class ScheduleItemRepository : public RecordRepository<ScheduleItem> {
public:
    explicit ScheduleItemRepository(Database& db) : RecordRepository(db, ScheduleItem::type()) {}
    /// The stored columns of an item as add() writes them, for storing a whole plan unchecked.
    QVariantMap storedValues(const ScheduleItem& item) const { return m_type.values(normalized(item)); }

    /// The query items are read with (alias i, joined with their section s), without a WHERE.
    static QString itemSelect();

protected:
    Problems rules(const ScheduleItem& item) const override;
    QString selectSql() const override;
    QString alias() const override { return QStringLiteral("i"); }
    QString describe(const ScheduleItem& item) const override { return item.reference(); }
    QString missingMessage() const override;
};

} // namespace ud::core
