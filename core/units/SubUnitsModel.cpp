#include "core/units/SubUnitsModel.h"

#include "core/units/SubUnitRepository.h"

#include <QColor>

namespace ud::core {

SubUnitsModel::SubUnitsModel(QObject* parent)
    : RecordListModel(SubUnit::type(),
                      {QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("short_name"),
                       QStringLiteral("parent_id"), QStringLiteral("sort_order"), QStringLiteral("active")},
                      parent)
{
}

void SubUnitsModel::setDatabase(Database* db)
{
    m_db = db;
    reload();
}

void SubUnitsModel::reload()
{
    setRecords(m_db ? SubUnitRepository(*m_db).all() : QList<SubUnit>());
}

void SubUnitsModel::recordsChanged()
{
    m_names.clear();
    for (const SubUnit& u : records())
        m_names.insert(u.id, u.name);
}

QVariant SubUnitsModel::display(const SubUnit& u, int column, int role) const
{
    if (role == Qt::ForegroundRole && !u.active)
        return QColor(Qt::gray);
    if ((role == Qt::DisplayRole || role == Qt::EditRole || role == SortRole) && column == Parent)
        return u.parentId ? m_names.value(*u.parentId) : QString();
    return RecordListModel::display(u, column, role);
}

} // namespace ud::core
