#pragma once

#include <QAbstractTableModel>
#include <QDate>

namespace ud::core {

class Database;

/// What the history viewer asks for; empty fields do not filter.
struct ChangeFilter {
    QString table;
    qint64 rowId = 0;
    QDate from; // local dates, inclusive
    QDate to;
};

/// The change history, newest first, fetched in pages as the view scrolls.
class ChangeHistoryModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Time, User, Table, Row, Action, Details, ColumnCount };

    explicit ChangeHistoryModel(QObject* parent = nullptr);
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
        QString user, table, action, details;
        qint64 rowId;
    };
    void reload();
    QList<Entry> fetchPage(qint64 beforeId) const;

    Database* m_db = nullptr;
    ChangeFilter m_filter;
    QList<Entry> m_entries;
    bool m_atEnd = true;
    bool m_resetting = false;
};

/// "name: 旧 → 新; code: A → B" for one change-history row of `table`, personal numbers masked (shownValue()).
QString describeChange(const QString& table, const QString& action, const QString& oldJson, const QString& newJson);

} // namespace ud::core
