#pragma once

#include "core/record/RecordListModel.h"
#include "core/units/SubUnit.h"

#include <QHash>

namespace ud::core {

class Database;

/// The sub-unions as a table for views (read-only; edits go through SubUnitRepository).
class SubUnitsModel : public RecordListModel<SubUnit> {
    Q_OBJECT
public:
    enum Column { Code, Name, ShortName, Parent, SortOrder, Active, ColumnCount };

    explicit SubUnitsModel(QObject* parent = nullptr);

    /// Shows the units of `db` (nullptr: none). The model does not own the database.
    void setDatabase(Database* db);
    /// Reads the units again, e.g. after an edit.
    void reload();

protected:
    QVariant display(const SubUnit& unit, int column, int role) const override;
    void recordsChanged() override;

private:
    Database* m_db = nullptr;
    QHash<qint64, QString> m_names;
};

} // namespace ud::core
