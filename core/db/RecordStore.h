#pragma once

#include "core/db/Database.h"
#include "core/db/HistoryJson.h"

#include <QSqlQuery>
#include <QVariantMap>

struct sqlite3;
struct sqlite3_stmt;

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
    /// Records that the database setting `key` changed (DatabaseSettings::change()): an update of app_settings, whose
    /// rows have no id and are named by their key in the values.
    void settingChanged(const QString& key, const QString& oldValue, const QString& newValue);

    /// Tables and their referencing rows: for every foreign key pointing at `table`, how many rows point at `id`.
    QList<QPair<QString, qint64>> referencesTo(const QString& table, qint64 id) const;
    /// One row's column that points at a row of another (or the same) table.
    struct Reference {
        QString table;
        QString column;
        qint64 rowId = 0;
    };
    /// Every row that points at row `id` of `table`, through each foreign key, in table, column and id order.
    QList<Reference> referencingRows(const QString& table, qint64 id) const;

    /// Many inserts into one table for an import: the statements are prepared once, and each row gets the same
    /// change-history row that insert() writes. Every column of the table but id must be given. Use it inside a
    /// Transaction.
    class BulkInsert {
    public:
        BulkInsert(Database& db, const QString& table, const QStringList& columns);
        ~BulkInsert();
        BulkInsert(const BulkInsert&) = delete;
        BulkInsert& operator=(const BulkInsert&) = delete;
        /// Inserts one row (values in the order of `columns`) and returns its id.
        qint64 insert(const QVariantList& values);
        /// Inserts one row under an id it had before (redo of an import puts its rows back).
        void insertAs(qint64 id, const QVariantList& values);

        /// A row made ready to be written, with the id it will have: its text as UTF-8 and its history's JSON.
        struct Ready {
            qint64 id = 0;
            QVariantList values;
            QByteArray text;          // the text values as UTF-8, one after the other
            QList<qsizetype> textEnd; // where each value ends in `text`; -1 for a value bound as it is
            QByteArray json;          // the history's new values
        };
        /// SQLite only: rows can be made ready ahead, on another thread, with ids given here. Returns the first id
        /// the table has never used (AUTOINCREMENT's rule). Within the import's write transaction nobody else can
        /// take it; rows written by other means meanwhile must not take ids from this range.
        qint64 firstUnusedId() const;
        /// Makes a row ready for write(). Reads only what the constructor set up: safe on any thread.
        Ready prepare(QVariantList values, qint64 id) const;
        /// Writes a row made ready by prepare() with its history row (SQLite only).
        void write(const Ready& row);

    private:
        void bindText(sqlite3_stmt* stmt, int firstIndex, const QVariantList& values, const QByteArray& text,
                      const QList<qsizetype>& textEnd);
        void refreshTime(); // m_timeText and m_timeUtf8 for now
        void writeHistory(qint64 id, const QByteArray& json);
        void writeLog(const QVariantList& values, qint64 id); // the history row, not on SQLite
        void historyUtf8(const QVariantList& values, qint64 id, QByteArray& out, QList<const QVariant*>& ordered) const;
        Database& m_db;
        QString m_table;
        QStringList m_columns;
        QList<int> m_order;    // for each key of the history's JSON (sorted) its index in `columns`, -1 for id
        HistoryJson m_history; // the history's JSON, keys ready
        // Kept from row to row: the row's text as UTF-8 (m_textEnd: where each value ends, -1 when it is not
        // there), the history's JSON, the values in key order.
        QByteArray m_text;
        QList<qsizetype> m_textEnd;
        QByteArray m_json;
        QList<const QVariant*> m_ordered;
        QStringList m_params;
        qint64 m_timeMs = -1;
        QString m_timeText;
        QByteArray m_timeUtf8;
        // SQLite's side: the user and table of the history rows as UTF-8.
        QByteArray m_userUtf8;
        QByteArray m_tableUtf8;
        QSqlQuery m_insert;
        QSqlQuery m_log;
        QSqlQuery m_insertWithId; // for insertAs(), prepared when first used
        bool m_insertWithIdPrepared = false;
        sqlite3* m_sqlite = nullptr;
        sqlite3_stmt* m_sqliteInsert = nullptr;
        sqlite3_stmt* m_sqliteLog = nullptr;
        sqlite3_stmt* m_sqliteInsertWithId = nullptr; // for write(): the id given
    };

private:
    // Table and column names are written into SQL, so only plain identifiers pass; throws Error otherwise.
    static const QString& checkedIdentifier(const QString& name);
    static QString logSql(); // the change-history row
    // The import batch of the history row (Database::batchTag()), or null.
    static QVariant batchId(const Database& db);
    static QVariant batchStep(const Database& db);
    void log(const QString& table, qint64 rowId, const QString& action, const QVariantMap& oldValues,
             const QVariantMap& newValues);
    Database& m_db;
};

} // namespace ud::core
