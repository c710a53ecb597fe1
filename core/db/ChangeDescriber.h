#pragma once

#include <QHash>
#include <QSet>
#include <QStringList>
#include <QVariantMap>

namespace ud::core {

class Database;
class RecordDescription;

/// One row of the change history as stored: its table, row and action, and the values of its JSON columns.
struct ChangeRow {
    QString table;
    qint64 rowId = 0;
    QString action; // insert, update, delete, export
    QVariantMap oldValues;
    QVariantMap newValues;

    /// The row with its JSON columns (old_values, new_values) read; text that is not a JSON object reads as empty.
    static ChangeRow fromJson(const QString& table, qint64 rowId, const QString& action, const QString& oldJson,
                              const QString& newJson);
};

/// Puts change-history rows into the clerk's words, from each table's record description (Table::records): fields by
/// their titles, values as the lists show them (labels, yes/no texts, dates, references by the name of the record they
/// point to, ID and mobile numbers masked), each record by its name ("张伟 20150032"). Columns without a field are
/// left out; a table without a description shows its keys and values as stored, numbers masked. The records are read
/// for many rows at once (prepare()) and kept; a deleted record is named from the history's copy of its values.
class ChangeDescriber {
public:
    explicit ChangeDescriber(const Database& db);

    /// Reads the records `rows` are about and those their references point to, a few queries per table, for the calls
    /// below. Records read before are kept.
    void prepare(const QList<ChangeRow>& rows);
    /// Forgets the records read (they may have changed since).
    void clear();

    /// Each change as one text ("Status: Active → Retired"); for an insert or a delete each value the record had; for
    /// an export where the numbers went, which numbers and how many records, never the numbers themselves.
    QStringList changes(const ChangeRow& row) const;
    /// The name of the record `row` is about ("张伟 20150032"); empty for a row about no record.
    QString recordName(const ChangeRow& row) const;
    /// Whether the record `row` is about is still stored (prepare() read it from its table); true for a table without
    /// a description, whose records are not read, and false for a row about no record.
    bool recordExists(const ChangeRow& row) const;

    /// A condition on change_log's table_name and row_id: the rows about a record of `table` (any described table
    /// when empty) whose name holds `text` (ignoring case), for a reference among its name columns the name of the
    /// record it points to (an event is found by its member's name). The text is bound in `binds`.
    static QString recordSearchSql(const QString& table, const QString& text, QVariantMap& binds);
    /// changes() as one line, as the history's list shows them ("Status: Active → Retired; …").
    static QString joined(const QStringList& changes);

private:
    struct Stored {
        QVariantMap values;
        bool exists = false; // read from its table, not from the history of its deletion
    };
    using Wanted = QHash<QString, QSet<qint64>>; // table → ids

    void want(Wanted& wanted, const QString& table, qint64 id) const;
    void wantReferences(Wanted& wanted, const QString& table, const QVariantMap& values, bool nameOnly) const;
    void read(Wanted wanted);
    const Stored* stored(const QString& table, qint64 id) const;
    QString nameOf(const QString& table, qint64 id, const char* nameColumn, int depth) const;
    QString nameFromValues(const QString& table, const RecordDescription& records, const QVariantMap& values,
                           int depth) const;
    QString valueText(const QString& table, const QString& column, const QVariant& value, int depth) const;
    QStringList exportChanges(const ChangeRow& row) const;
    QStringList rawChanges(const ChangeRow& row) const;

    const Database& m_db;
    QHash<QString, QHash<qint64, Stored>> m_stored; // table → id → its values
    QHash<QString, QSet<qint64>> m_missing;         // looked for, found neither in the table nor in the history
};

/// changes() of one history row, joined as the history's list shows them ("Status: Active → Retired; …").
QString describeChange(const Database& db, const QString& table, const QString& action, const QString& oldJson,
                       const QString& newJson);

} // namespace ud::core
