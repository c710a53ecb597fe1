#pragma once

#include "core/schedule/Schedule.h"

#include <QAbstractItemModel>

namespace ud::ui {

/// A year's schedule for the page's tree: the sections as top rows, their items below, with the columns the
/// page shows and the month grid as bits for MonthGridDelegate. The page fills it from the filtered
/// core::ScheduleItemsModel, so the filters live in one place.
class ScheduleTreeModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column { Item, Timing, Months, Office, Status, Notes, ColumnCount };
    enum Role {
        ItemIdRole = Qt::UserRole + 1, // qint64 on item rows, 0 on section rows
        SectionIdRole,                 // qint64
        KeySectionIdRole,              // qint64: the key-point section the schedule section belongs to, or 0
        IsSectionRole,                 // bool
        MonthBitsRole,                 // int: bit m-1 set for each month covered
        DueBitsRole,                   // int: bit m-1 set for the month a deadline item is due in
        MonthsNeedCheckingRole,        // bool: the timing could not be read
        StatusKeyRole,                 // planned, in_progress, …
    };

    explicit ScheduleTreeModel(QObject* parent = nullptr);

    /// Shows `items` under their `sections` (in the given order). Sections without items are shown only when
    /// `keepEmptySections` (no filter is active); a filtered view shows only where something matched.
    void setContent(const QList<core::ScheduleSection>& sections, const QList<core::ScheduleItem>& items,
                    bool keepEmptySections);
    void clear();

    int itemCount() const;
    /// The index (column 0) of an item or a section, or an invalid index when it is not shown.
    QModelIndex indexOfItem(qint64 itemId) const;
    QModelIndex indexOfSection(qint64 sectionId) const;
    /// The item at an item row; a default item on a section row.
    core::ScheduleItem item(const QModelIndex& index) const;
    core::ScheduleSection section(const QModelIndex& index) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct SectionNode {
        core::ScheduleSection section;
        QList<core::ScheduleItem> items;
    };
    QVariant sectionData(const SectionNode& node, int column, int role) const;
    QVariant itemData(const core::ScheduleItem& item, int column, int role) const;
    QList<SectionNode> m_sections;
};

} // namespace ud::ui
