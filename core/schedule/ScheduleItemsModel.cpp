#include "core/schedule/ScheduleItemsModel.h"

#include "core/io/DateText.h"

#include <QLocale>

namespace ud::core {

ScheduleItemsModel::ScheduleItemsModel(Database& db, QObject* parent) : QAbstractTableModel(parent), m_repo(db) {}

void ScheduleItemsModel::setYear(int year)
{
    m_year = year;
    refresh();
}

void ScheduleItemsModel::setMonthFilter(int month)
{
    m_month = month >= 1 && month <= 12 ? month : 0;
    refresh();
}

void ScheduleItemsModel::setSectionFilter(qint64 sectionId)
{
    m_section = sectionId;
    refresh();
}

void ScheduleItemsModel::setStatusFilter(std::optional<ItemStatus> status)
{
    setStatusFilter(status ? QList<ItemStatus>{*status} : QList<ItemStatus>());
}

void ScheduleItemsModel::setStatusFilter(const QList<ItemStatus>& statuses)
{
    m_statuses = statuses;
    refresh();
}

bool ScheduleItemsModel::accepts(const ScheduleItem& item) const
{
    return (m_month == 0 || item.covers(m_month)) && (m_section == 0 || item.sectionId == m_section) &&
           (m_statuses.isEmpty() || m_statuses.contains(item.status));
}

void ScheduleItemsModel::refresh()
{
    beginResetModel();
    m_rows.clear();
    m_plan = PlanInfo();
    if (const auto p = m_repo.plan(m_year)) {
        m_plan = *p;
        for (const ScheduleItem& i : m_repo.items(p->id))
            if (accepts(i))
                m_rows << i;
    }
    endResetModel();
}

int ScheduleItemsModel::rowOf(qint64 itemId) const
{
    for (int r = 0; r < m_rows.size(); ++r)
        if (m_rows.at(r).id == itemId)
            return r;
    return -1;
}

int ScheduleItemsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ScheduleItemsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ScheduleItemsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= ColumnCount)
        return {};
    const ScheduleItem& i = m_rows.at(index.row());
    const int column = index.column();
    const bool monthColumn = column >= FirstMonth && column <= LastMonth;
    const int month = column - FirstMonth + 1;
    switch (role) {
    case Qt::DisplayRole:
        if (monthColumn)
            return i.isDueIn(month) ? QStringLiteral("▲") : i.covers(month) ? QStringLiteral("●") : QString();
        switch (column) {
        case Section:
            return ScheduleSection{i.sectionId, i.sectionNumber, i.sectionTitle, 0}.heading();
        case Number:
            return i.number;
        case Text:
            return i.text;
        case Timing:
            return i.timing;
        case Office:
            return i.office;
        case Status:
            return i.status == ItemStatus::Done && i.doneDate.isValid()
                       ? QStringLiteral("%1 %2").arg(itemStatusLabel(i.status), isoDateText(i.doneDate))
                       : itemStatusLabel(i.status);
        case Notes:
            return i.notes;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (column == Text || column == Timing)
            return i.text;
        return {};
    case Qt::TextAlignmentRole:
        if (monthColumn || column == Number)
            return int(Qt::AlignCenter);
        return {};
    case ItemIdRole:
        return i.id;
    case SectionIdRole:
        return i.sectionId;
    case CoversMonthRole:
        return monthColumn ? QVariant(i.covers(month)) : QVariant();
    case DueRole:
        return monthColumn ? i.isDueIn(month) : i.deadline;
    case MonthsNeedCheckingRole:
        return i.monthsNeedChecking;
    case StatusKeyRole:
        return itemStatusKey(i.status);
    case ItemRole:
        return QVariant::fromValue(i);
    default:
        return {};
    }
}

QVariant ScheduleItemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section >= FirstMonth && section <= LastMonth)
        return QString::number(section - FirstMonth + 1);
    static const char* const fields[] = {"section_id", "number", "text", "timing"};
    if (section < FirstMonth)
        return ScheduleItem::type().title(QString::fromLatin1(fields[section]));
    static const char* const after[] = {"office", "status", "notes"};
    return ScheduleItem::type().title(QString::fromLatin1(after[section - LastMonth - 1]));
}

} // namespace ud::core
