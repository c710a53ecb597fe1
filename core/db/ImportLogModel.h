#pragma once

#include "core/db/ImportLog.h"

#include <QAbstractTableModel>

namespace ud::core {

class Database;

/// The import log (ImportLog::batches()) as a table, newest first: when, who, what, from which file, what it changed
/// and whether it has been undone.
class ImportLogModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Time, User, What, Source, Status, Changes, ColumnCount };
    /// Qt::UserRole is the batch's id; UndoneRole whether it has been undone.
    enum Role { UndoneRole = Qt::UserRole + 1 };

    explicit ImportLogModel(QObject* parent = nullptr);
    /// Reads the log of `db` (nullptr: none). Throws Error when it cannot be read.
    void setDatabase(Database* db);
    /// Reads the log again.
    void reload();
    /// The batch of `row`.
    const ImportLog::Batch& batch(int row) const { return m_batches.at(row); }
    /// The row of batch `id`, or -1.
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Database* m_db = nullptr;
    QList<ImportLog::Batch> m_batches;
};

} // namespace ud::core
