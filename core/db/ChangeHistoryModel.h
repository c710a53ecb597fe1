#pragma once

#include "core/db/ChangeDescriber.h"
#include "core/db/ImportLog.h"

#include <QAbstractTableModel>
#include <QDate>

#include <memory>

namespace ud::core {

class Database;

/// What the history viewer asks for; empty fields do not filter.
struct ChangeFilter {
    QString table;
    qint64 rowId = 0;
    QDate from; // local dates, inclusive
    QDate to;
    /// Only rows about a record whose name holds this text: a member by name or staff number, a sub-union by name
    /// (ChangeDescriber::recordSearchSql), of `table` when it is given.
    QString search;
};

/// The change history, newest first, fetched in pages as the view scrolls: each row in the clerk's words
/// (ChangeDescriber), the record it is about by its name.
class ChangeHistoryModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Time, User, Table, Row, Action, Details, ColumnCount };
    /// Qt::UserRole is the history row's own id; these say which record a row is about, for opening it.
    enum Role {
        TableRole = Qt::UserRole + 1, // the table's SQL name
        RowIdRole,                    // the record's id; 0 for a row about no record (an export)
        RecordExistsRole,             // whether the record is still stored
    };

    explicit ChangeHistoryModel(QObject* parent = nullptr);
    ~ChangeHistoryModel() override;
    void setDatabase(Database* db);
    void setFilter(const ChangeFilter& filter);
    const ChangeFilter& filter() const { return m_filter; }
    /// Tables that appear in the history, for the filter's choices.
    QStringList tablesInHistory() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    static constexpr int PageSize = 500;

private:
    struct Entry {
        qint64 id;
        QDateTime at;
        QString user, table, action;
        QString record;      // the record's name
        bool recordExists;   // still stored
        QStringList changes; // ChangeDescriber::changes()
        qint64 rowId;
        qint64 batch = 0;  // the import it belongs to, 0 for none
        QString batchStep; // do, undo or redo
        QString batchText; // the import as the log names it
    };
    void reload();
    QList<Entry> fetchPage(qint64 beforeId);

    Database* m_db = nullptr;
    std::unique_ptr<ChangeDescriber> m_describer;
    QHash<qint64, ImportLog::Batch> m_batches; // the imports the rows read so far belong to
    ChangeFilter m_filter;
    QList<Entry> m_entries;
    bool m_atEnd = true;
    bool m_resetting = false;
};

} // namespace ud::core
