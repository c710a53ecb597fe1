#pragma once

#include "core/schedule/ScheduleRepository.h"

#include <QAbstractTableModel>

#include <optional>

namespace ud::core {

/// The items of one year's schedule for a view, in section and number order, filtered by month, section and
/// status. A plan holds tens of items, so all of them are read at once; refresh() after a change.
class ScheduleItemsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Section,
        Number,
        Text,
        Timing,
        FirstMonth,
        LastMonth = FirstMonth + 11,
        Office,
        Status,
        Notes,
        ColumnCount
    };
    enum Role {
        ItemIdRole = Qt::UserRole + 1, // qint64
        SectionIdRole,                 // qint64
        CoversMonthRole,               // bool, on a month column
        DueRole,                       // bool: on a month column, due in that month; elsewhere, a deadline item
        MonthsNeedCheckingRole,        // bool
        StatusKeyRole,                 // planned, in_progress, …
        ItemRole,                      // the whole ScheduleItem
    };

    explicit ScheduleItemsModel(Database& db, QObject* parent = nullptr);

    /// Shows `year`'s plan (no rows when it has none).
    void setYear(int year);
    int year() const { return m_year; }
    /// 1–12, or 0 for the whole year. With a month, only the items shown in that month's schedule.
    void setMonthFilter(int month);
    /// A section id, or 0 for all sections.
    void setSectionFilter(qint64 sectionId);
    void setStatusFilter(std::optional<ItemStatus> status);
    /// Items of any of `statuses`; every item when empty.
    void setStatusFilter(const QList<ItemStatus>& statuses);
    /// Reads the items again (after an edit, an undo, another user's change).
    void refresh();

    const PlanInfo& plan() const { return m_plan; }
    bool hasPlan() const { return m_plan.id != 0; }
    ScheduleItem item(int row) const { return m_rows.value(row); }
    /// The row of an item, or -1 when it is filtered out or gone.
    int rowOf(qint64 itemId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    bool accepts(const ScheduleItem& item) const;
    ScheduleRepository m_repo;
    int m_year = 0;
    int m_month = 0;
    qint64 m_section = 0;
    QList<ItemStatus> m_statuses;
    PlanInfo m_plan;
    QList<ScheduleItem> m_rows;
};

} // namespace ud::core
