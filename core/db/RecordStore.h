#pragma once

#include "core/db/Database.h"

#include <QVariantMap>

namespace ud::core {

/// The one way user data is written: each insert, update and delete also writes its change-history row
/// (who, when, table, row, old and new values) in the same transaction.
class RecordStore {
public:
    explicit RecordStore(Database& db) : m_db(db) {}

    /// Inserts a row and returns its id. An "id" in `values` is kept (undo of a delete puts the row back).
    qint64 insert(const QString& table, const QVariantMap& values);
    /// Updates the given columns; records only the columns whose value changed. Returns false if none did.
    bool update(const QString& table, qint64 id, const QVariantMap& values);
    /// Deletes a row, recording all its values.
    void remove(const QString& table, qint64 id);
    /// The current row, or an empty map.
    QVariantMap row(const QString& table, qint64 id) const;
    /// Records an action that changes no row but must be traceable (e.g. an unmasked export).
    void note(const QString& action, const QString& table, const QVariantMap& details);

    /// Tables and their referencing rows: for every foreign key pointing at `table`, how many rows point at `id`.
    QList<QPair<QString, qint64>> referencesTo(const QString& table, qint64 id) const;

private:
    void log(const QString& table, qint64 rowId, const QString& action, const QVariantMap& oldValues,
             const QVariantMap& newValues);
    Database& m_db;
};

} // namespace ud::core
