#include "core/calendar/CalendarDaysModel.h"

#include "core/io/Text.h"

#include <QBrush>
#include <QColor>

namespace ud::core {

void CalendarDaysModel::setDays(const QList<CalendarDay>& days)
{
    beginResetModel();
    m_days = days;
    endResetModel();
}

int CalendarDaysModel::addDay(const CalendarDay& day)
{
    const int row = int(m_days.size());
    beginInsertRows({}, row, row);
    m_days << day;
    endInsertRows();
    return row;
}

void CalendarDaysModel::removeDay(int row)
{
    if (row < 0 || row >= m_days.size())
        return;
    beginRemoveRows({}, row, row);
    m_days.removeAt(row);
    endRemoveRows();
}

int CalendarDaysModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_days.size());
}

int CalendarDaysModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CalendarDaysModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_days.size())
        return {};
    const CalendarDay& d = m_days.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (index.column()) {
        case Date:
            return role == Qt::EditRole ? QVariant(d.date) : QVariant(d.date.toString(Qt::ISODate));
        case Weekday:
            return weekdayName(d.date.dayOfWeek());
        case Kind:
            return role == Qt::EditRole ? dayKinds().key(d.kind) : dayKinds().label(d.kind);
        case Name:
            return d.name;
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole && d.date.isValid() && !d.differsFromOrdinaryWeek())
        return QBrush(QColor(128, 128, 128));
    if (role == Qt::ToolTipRole && d.date.isValid() && !d.differsFromOrdinaryWeek())
        return d.kind == DayKind::Holiday
                   ? tr("A Saturday or Sunday inside the holiday: a day off in an ordinary week too")
                   : tr("A working day from Monday to Friday: as an ordinary week has it");
    return {};
}

QVariant CalendarDaysModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    const auto& type = CalendarDay::type();
    switch (section) {
    case Date:
        return type.title(QStringLiteral("day"));
    case Weekday:
        return tr("Weekday");
    case Kind:
        return type.title(QStringLiteral("kind"));
    case Name:
        return type.title(QStringLiteral("name"));
    default:
        return {};
    }
}

Qt::ItemFlags CalendarDaysModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() != Weekday)
        f |= Qt::ItemIsEditable;
    return f;
}

bool CalendarDaysModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || index.row() >= m_days.size())
        return false;
    CalendarDay& d = m_days[index.row()];
    switch (index.column()) {
    case Date: {
        const QDate date = value.toDate();
        if (!date.isValid())
            return false;
        d.date = date;
        // The weekday and whether the day differs from an ordinary week follow the date.
        emit dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
        return true;
    }
    case Kind: {
        const std::optional<DayKind> kind = dayKinds().fromText(value.toString());
        if (!kind)
            return false;
        d.kind = *kind;
        emit dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
        return true;
    }
    case Name:
        d.name = Text::cleaned(value.toString());
        emit dataChanged(index, index);
        return true;
    default:
        return false;
    }
}

} // namespace ud::core
