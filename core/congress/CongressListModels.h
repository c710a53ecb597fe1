#pragma once

#include "core/congress/CongressRepositories.h"
#include "core/record/RecordListModel.h"

namespace ud::core {

/// The congress sessions as a table for views, newest first.
class SessionsModel : public RecordListModel<CongressSession> {
    Q_OBJECT
public:
    enum Column { Key, Name, Term, Meeting, Year, Opens, Closes, ColumnCount };
    explicit SessionsModel(QObject* parent = nullptr);
    void setDatabase(Database* db);
    void reload();

private:
    Database* m_db = nullptr;
};

/// The handling units (承办单位) as a table for views, in their order.
class HandlingUnitsModel : public RecordListModel<HandlingUnit> {
    Q_OBJECT
public:
    enum Column { Name, ShortName, SortOrder, Active, ColumnCount };
    explicit HandlingUnitsModel(QObject* parent = nullptr);
    void setDatabase(Database* db);
    void reload();

private:
    Database* m_db = nullptr;
};

/// The representatives' inspections (代表巡视), newest first.
class InspectionsModel : public RecordListModel<Inspection> {
    Q_OBJECT
public:
    enum Column { Date, Topic, Places, ColumnCount };
    explicit InspectionsModel(QObject* parent = nullptr);
    void setDatabase(Database* db);
    void reload();

private:
    Database* m_db = nullptr;
};

} // namespace ud::core
