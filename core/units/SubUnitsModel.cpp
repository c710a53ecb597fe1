#include "core/units/SubUnitsModel.h"

#include "core/units/SubUnitRepository.h"

#include <QColor>

namespace ud::core {

SubUnitsModel::SubUnitsModel(QObject* parent) : QAbstractTableModel(parent) {}

void SubUnitsModel::setDatabase(Database* db)
{
    m_db = db;
    reload();
}

void SubUnitsModel::reload()
{
    beginResetModel();
    m_units = m_db ? SubUnitRepository(*m_db).all() : QList<SubUnit>();
    m_names.clear();
    for (const SubUnit& u : m_units)
        m_names.insert(u.id, u.name);
    endResetModel();
}

int SubUnitsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_units.size());
}

int SubUnitsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int SubUnitsModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_units.size(); ++i)
        if (m_units.at(i).id == id)
            return i;
    return -1;
}

QVariant SubUnitsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SubUnit& u = m_units.at(index.row());
    if (role == IdRole)
        return u.id;
    if (role == Qt::DisplayRole || role == Qt::EditRole || role == SortRole) {
        switch (index.column()) {
        case Code:
            return u.code;
        case Name:
            return u.name;
        case ShortName:
            return u.shortName;
        case Parent:
            return u.parentId ? m_names.value(*u.parentId) : QString();
        case SortOrder:
            return u.sortOrder;
        case Active:
            if (role == SortRole)
                return u.active;
            return u.active ? tr("Active") : tr("Inactive");
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == SortOrder)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && !u.active)
        return QColor(Qt::gray);
    return {};
}

QVariant SubUnitsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Code:
        return tr("Code");
    case Name:
        return tr("Name");
    case ShortName:
        return tr("Short name");
    case Parent:
        return tr("Parent unit");
    case SortOrder:
        return tr("Order");
    case Active:
        return tr("Status");
    }
    return {};
}

} // namespace ud::core
