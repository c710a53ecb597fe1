#pragma once

#include "core/units/SubUnit.h"

#include <QAbstractTableModel>
#include <QHash>

namespace ud::core {

class Database;

/// The sub-unions as a table for views (read-only; edits go through SubUnitRepository).
class SubUnitsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Code, Name, ShortName, Parent, SortOrder, Active, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, SortRole };

    explicit SubUnitsModel(QObject* parent = nullptr);

    /// Shows the units of `db` (nullptr: none). The model does not own the database.
    void setDatabase(Database* db);
    /// Reads the units again, e.g. after an edit.
    void reload();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const SubUnit& unitAt(int row) const { return m_units.at(row); }
    /// The row showing unit `id`, or -1.
    int rowOf(qint64 id) const;

private:
    Database* m_db = nullptr;
    QList<SubUnit> m_units;
    QHash<qint64, QString> m_names;
};

} // namespace ud::core
