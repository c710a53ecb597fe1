#include "core/congress/CongressListModels.h"

namespace ud::core {

SessionsModel::SessionsModel(QObject* parent)
    : RecordListModel(CongressSession::type(),
                      {QStringLiteral("session_key"), QStringLiteral("name"), QStringLiteral("term"),
                       QStringLiteral("meeting"), QStringLiteral("year"), QStringLiteral("opens"),
                       QStringLiteral("closes")},
                      parent)
{
}

void SessionsModel::setDatabase(Database* db)
{
    m_db = db;
    reload();
}

void SessionsModel::reload()
{
    setRecords(m_db ? SessionRepository(*m_db).all() : QList<CongressSession>());
}

HandlingUnitsModel::HandlingUnitsModel(QObject* parent)
    : RecordListModel(HandlingUnit::type(),
                      {QStringLiteral("name"), QStringLiteral("short_name"), QStringLiteral("sort_order"),
                       QStringLiteral("active")},
                      parent)
{
}

void HandlingUnitsModel::setDatabase(Database* db)
{
    m_db = db;
    reload();
}

void HandlingUnitsModel::reload()
{
    setRecords(m_db ? HandlingUnitRepository(*m_db).all() : QList<HandlingUnit>());
}

InspectionsModel::InspectionsModel(QObject* parent)
    : RecordListModel(Inspection::type(),
                      {QStringLiteral("inspected"), QStringLiteral("topic"), QStringLiteral("places")}, parent)
{
}

void InspectionsModel::setDatabase(Database* db)
{
    m_db = db;
    reload();
}

void InspectionsModel::reload()
{
    setRecords(m_db ? InspectionRepository(*m_db).all() : QList<Inspection>());
}

} // namespace ud::core
