#pragma once

#include "core/db/Table.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace ud::core {

class Database;

/// The import log: every import and every copy of a plan to the next year (a batch, table import_batches) as one step
/// that can be undone as a whole, also after the program was closed, and done again. Each change-history row a batch
/// writes carries it (ImportBatch). Undo deletes the rows the batch added and writes back what it changed or removed,
/// in one transaction, each write in the change history as usual; it is refused, changing nothing, while a record the
/// batch touched has been changed since by something else.
class ImportLog {
    Q_DECLARE_TR_FUNCTIONS(ud::core::ImportLog)

public:
    enum class Kind { Import, Copy };

    /// How many rows of one table a batch added, changed and removed.
    struct Count {
        QString table; // SQL name
        qint64 added = 0;
        qint64 changed = 0;
        qint64 removed = 0;
    };

    /// One import or copy as the log keeps it.
    struct Batch {
        qint64 id = 0;
        QDateTime startedAt; // UTC
        QString user;
        Kind kind = Kind::Import;
        QString table;       // the SQL name of the table it is about (members, units, schedule_plans)
        QString source;      // the file it came from, or what the user calls the data; may be empty
        QList<Count> counts; // its own table first
        QDateTime undoneAt;  // UTC; invalid while the batch stands
        QString undoneBy;

        bool undone() const { return undoneAt.isValid(); }
        /// "Import: Members", "Copy to next year".
        QString title() const;
        /// "Members: 2,840 added, 12 changed; Member events: 2,840 added".
        QString countsText() const;
        /// The tables it changed, for change notifications.
        QList<Table> tables() const;
    };

    explicit ImportLog(Database& db) : m_db(db) {}

    /// Every batch, newest first.
    QList<Batch> batches() const;
    /// The batch `id`, or nullopt when there is none.
    std::optional<Batch> batch(qint64 id) const;
    /// The batch that added row `id` of `table` (the plan an import or a copy made); 0 when no batch did.
    qint64 batchThatAdded(const Table& table, qint64 id) const;

    /// Takes batch `id` back in one transaction: deletes the rows it added, writes back the values it changed and puts
    /// back the rows it removed, under their ids. Throws Error, having changed nothing, when the batch is undone
    /// already, or when records it added or changed were changed since or records added since refer to them (the
    /// message names them, when and by whom).
    void undo(qint64 id);
    /// Does an undone batch again in one transaction, under the same ids and with the same values. Throws Error, having
    /// changed nothing, when it is not undone or the records it touched were changed since the undo.
    void redo(qint64 id);

    /// What the change history says of a row a batch of `kind` wrote in `step` (do, undo, redo): "import",
    /// "import undone", "copy redone"…
    static QString stepLabel(Kind kind, const QString& step);
    /// The key of `kind` as stored ("import", "copy") and back.
    static QString kindKey(Kind kind);
    static Kind kindFromKey(const QString& key);

private:
    Database& m_db;
};

/// Makes the changes written while it lives one batch of the import log. Create it inside the transaction of the
/// import or copy, so that one that fails or is rolled back leaves no batch; call finish() before the commit. Inside
/// another batch it does nothing: its changes belong to that one.
class ImportBatch {
public:
    /// `source`: the file imported (its path), or what the user calls the data; may be empty.
    ImportBatch(Database& db, ImportLog::Kind kind, const Table& table, const QString& source);
    ~ImportBatch();
    ImportBatch(const ImportBatch&) = delete;
    ImportBatch& operator=(const ImportBatch&) = delete;

    /// Records what the batch changed; a batch that changed nothing is dropped again.
    void finish();
    /// The batch; 0 when it joined another one or, after finish(), changed nothing.
    qint64 id() const { return m_id; }

private:
    Database& m_db;
    qint64 m_id = 0;
    bool m_own = false;
};

} // namespace ud::core
