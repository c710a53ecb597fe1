#include "core/db/ChangeHistoryModel.h"

#include "core/db/Database.h"
#include "core/db/ImportLog.h"
#include "core/db/Table.h"

#include <QFont>
#include <QTimeZone>

namespace ud::core {

ChangeHistoryModel::ChangeHistoryModel(QObject* parent) : QAbstractTableModel(parent) {}

ChangeHistoryModel::~ChangeHistoryModel() = default;

void ChangeHistoryModel::setDatabase(Database* db)
{
    m_db = db;
    m_describer = db ? std::make_unique<ChangeDescriber>(*db) : nullptr;
    reload();
}

void ChangeHistoryModel::setFilter(const ChangeFilter& filter)
{
    m_filter = filter;
    reload();
}

QStringList ChangeHistoryModel::tablesInHistory() const
{
    QStringList tables;
    if (!m_db)
        return tables;
    QSqlQuery q = m_db->exec(QStringLiteral("SELECT DISTINCT table_name FROM change_log ORDER BY table_name"));
    while (q.next())
        tables << q.value(0).toString();
    return tables;
}

void ChangeHistoryModel::reload()
{
    beginResetModel();
    // The records named may have changed since they were read.
    if (m_describer)
        m_describer->clear();
    m_batches.clear();
    m_entries = m_db ? fetchPage(0) : QList<Entry>();
    m_atEnd = m_entries.size() < PageSize;
    // Listeners of modelReset (views, the model tester) may ask for more rows; the next page is fetched
    // once the reset is over, never from inside it.
    m_resetting = true;
    endResetModel();
    m_resetting = false;
}

QList<ChangeHistoryModel::Entry> ChangeHistoryModel::fetchPage(qint64 beforeId)
{
    QStringList where;
    QVariantMap binds;
    if (beforeId > 0) {
        where << QStringLiteral("id < :before");
        binds.insert(QStringLiteral("before"), beforeId);
    }
    if (!m_filter.table.isEmpty()) {
        where << QStringLiteral("table_name = :tbl");
        binds.insert(QStringLiteral("tbl"), m_filter.table);
    }
    if (m_filter.rowId > 0) {
        where << QStringLiteral("row_id = :row");
        binds.insert(QStringLiteral("row"), m_filter.rowId);
    }
    // Stored times are UTC; the filter's days are the user's local days.
    if (m_filter.from.isValid()) {
        where << QStringLiteral("changed_at >= :from");
        binds.insert(QStringLiteral("from"), m_filter.from.startOfDay().toUTC().toString(Qt::ISODateWithMs));
    }
    if (m_filter.to.isValid()) {
        where << QStringLiteral("changed_at < :to");
        binds.insert(QStringLiteral("to"), m_filter.to.addDays(1).startOfDay().toUTC().toString(Qt::ISODateWithMs));
    }
    if (const QString found = ChangeDescriber::recordSearchSql(m_filter.table, m_filter.search, binds);
        !found.isEmpty())
        where << found;
    const QString sql =
        QStringLiteral("SELECT id, changed_at, user_name, table_name, row_id, action, old_values, "
                       "new_values, batch_id, batch_step FROM change_log %1 ORDER BY id DESC LIMIT %2")
            .arg(where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where.join(QLatin1String(" AND ")))
            .arg(PageSize);
    QList<Entry> page;
    QList<ChangeRow> rows;
    QSqlQuery q = m_db->exec(sql, binds);
    while (q.next()) {
        Entry e;
        e.id = q.value(0).toLongLong();
        e.at = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
        e.at.setTimeZone(QTimeZone::utc());
        e.user = q.value(2).toString();
        e.table = q.value(3).toString();
        e.rowId = q.value(4).toLongLong();
        rows << ChangeRow::fromJson(e.table, e.rowId, q.value(5).toString(), q.value(6).toString(),
                                    q.value(7).toString());
        e.batch = q.value(8).toLongLong();
        e.batchStep = q.value(9).toString();
        page << e;
    }
    // The records of the whole page are read at once, a few queries per table.
    m_describer->prepare(rows);
    for (int i = 0; i < page.size(); ++i) {
        Entry& e = page[i];
        const ChangeRow& row = rows.at(i);
        e.action = actionLabel(row.action, row.newValues);
        if (e.batch) {
            // Written by an import, or by undoing or redoing one: "Added (import)".
            auto batch = m_batches.constFind(e.batch);
            if (batch == m_batches.cend())
                batch = m_batches.insert(e.batch, ImportLog(*m_db).batch(e.batch).value_or(ImportLog::Batch()));
            e.action = tr("%1 (%2)", "history action (import step)")
                           .arg(e.action, ImportLog::stepLabel(batch->kind, e.batchStep));
            e.batchText = batch->source.isEmpty()
                              ? batch->title()
                              : tr("%1, %2", "import title, file").arg(batch->title(), batch->source);
        }
        e.record = m_describer->recordName(row);
        e.recordExists = m_describer->recordExists(row);
        e.changes = m_describer->changes(row);
    }
    return page;
}

bool ChangeHistoryModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_atEnd && !m_resetting;
}

void ChangeHistoryModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    const QList<Entry> page = fetchPage(m_entries.isEmpty() ? 0 : m_entries.last().id);
    m_atEnd = page.size() < PageSize;
    if (page.isEmpty())
        return;
    beginInsertRows({}, int(m_entries.size()), int(m_entries.size() + page.size() - 1));
    m_entries.append(page);
    endInsertRows();
}

int ChangeHistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ChangeHistoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChangeHistoryModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry& e = m_entries.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Time:
            return e.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        case User:
            return e.user;
        case Table:
            return tableLabel(e.table);
        case Row:
            return e.record;
        case Action:
            return e.action;
        case Details:
            return ChangeDescriber::joined(e.changes);
        }
    }
    const bool deleted = e.rowId > 0 && !e.recordExists;
    if (role == Qt::ToolTipRole && index.column() == Details)
        return e.changes.join(QLatin1Char('\n'));
    if (role == Qt::ToolTipRole && index.column() == Action && !e.batchText.isEmpty())
        return e.batchText;
    if (role == Qt::ToolTipRole && index.column() == Row && !e.record.isEmpty())
        return deleted ? tr("%1 (deleted)").arg(e.record) : e.record;
    if (role == Qt::FontRole && index.column() == Row && deleted) {
        QFont font;
        font.setItalic(true);
        return font;
    }
    switch (role) {
    case Qt::UserRole:
        return e.id;
    case TableRole:
        return e.table;
    case RowIdRole:
        return e.rowId;
    case RecordExistsRole:
        return e.recordExists;
    default:
        return {};
    }
}

QVariant ChangeHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == Row) // once the record's number, now its name
        return tr("Record", "the record a change is about, shown by its name");
    static const char* const titles[ColumnCount] = {QT_TR_NOOP("Time"),   QT_TR_NOOP("User"),
                                                    QT_TR_NOOP("Table"),  nullptr,
                                                    QT_TR_NOOP("Action"), QT_TR_NOOP("Changes")};
    return section >= 0 && section < ColumnCount ? tr(titles[section]) : QVariant();
}

} // namespace ud::core
