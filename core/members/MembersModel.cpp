#include "core/members/MembersModel.h"

#include "core/db/Database.h"
#include "core/io/Text.h"
#include "core/members/IdNumber.h"

#include <QColor>
#include <QTimer>

#include <algorithm>

namespace ud::core {

MembersModel::MembersModel(QObject* parent) : QAbstractTableModel(parent) {}

void MembersModel::setDatabase(Database* db)
{
    m_db = db;
    if (!db) {
        beginResetModel();
        ++m_generation;
        m_ids.clear();
        m_pages.clear();
        m_total = 0;
        endResetModel();
        emit countsChanged();
        return;
    }
    reload();
}

void MembersModel::setFilter(const MemberFilter& filter)
{
    m_filter = filter;
    // What the search may match follows what the list shows.
    m_filter.fullNumbers = m_showSensitive;
    if (m_db)
        reload();
}

void MembersModel::refresh()
{
    if (m_db)
        reload();
}

void MembersModel::reload()
{
    // Read first, so that a failure leaves the list as it was.
    QVector<qint64> ids = readIds(m_sortColumn, m_sortOrder);
    const qint64 total =
        m_filter.isEmpty() ? ids.size() : m_db->scalar(QStringLiteral("SELECT COUNT(*) FROM members")).toLongLong();
    beginResetModel();
    ++m_generation;
    m_ids = std::move(ids);
    m_total = total;
    m_pages.clear();
    m_prefetchPending.clear();
    endResetModel();
    emit countsChanged();
}

QVector<qint64> MembersModel::readIds(MemberColumn column, Qt::SortOrder order) const
{
    QVariantMap binds;
    QString sql;
    if (m_filter.isEmpty()) {
        sql = QStringLiteral("SELECT m.id ") + m_filter.fromWhere(binds);
    } else {
        // Filter first, then order what is left. Written plainly, SQLite walks the index of the sort column and
        // looks up every member to test the search text (50,000 lookups for a few hundred matches; 20 times
        // slower than scanning the table once).
        QVariantMap none;
        sql = QStringLiteral("SELECT m.id ") + MemberFilter().fromWhere(none) +
              QStringLiteral(" WHERE m.id IN (SELECT m.id ") + m_filter.fromWhere(binds) + QLatin1Char(')');
    }
    sql += QLatin1Char(' ') + MemberQuery::orderBy(column, order, m_filter);
    QSqlQuery query = m_db->exec(sql, binds);
    QVector<qint64> ids;
    ids.reserve(int(m_ids.size()));
    while (query.next())
        ids.append(query.value(0).toLongLong());
    return ids;
}

void MembersModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= MemberColumns::count())
        return;
    const MemberColumn sortColumn = columnAt(column);
    if (!m_db) {
        m_sortColumn = sortColumn;
        m_sortOrder = order;
        return;
    }
    QVector<qint64> ids;
    try {
        ids = readIds(sortColumn, order);
    } catch (const Error& e) {
        emit failed(e.message());
        return;
    }
    m_sortColumn = sortColumn;
    m_sortOrder = order;
    if (ids.size() != m_ids.size()) {
        // The rows themselves changed meanwhile (another program): start afresh.
        beginResetModel();
        ++m_generation;
        m_ids = std::move(ids);
        m_pages.clear();
        m_prefetchPending.clear();
        endResetModel();
        emit countsChanged();
        return;
    }
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    // The selection and the current row follow their members to the new rows.
    const QModelIndexList from = persistentIndexList();
    QHash<qint64, int> newRow;
    if (from.size() > 8) {
        newRow.reserve(int(ids.size()));
        for (int i = 0; i < ids.size(); ++i)
            newRow.insert(ids.at(i), i);
    }
    QModelIndexList to;
    to.reserve(from.size());
    for (const QModelIndex& index : from) {
        const qint64 id = m_ids.value(index.row());
        const int row = from.size() > 8 ? newRow.value(id, -1) : int(ids.indexOf(id));
        to.append(row < 0 ? QModelIndex() : createIndex(row, index.column()));
    }
    ++m_generation;
    m_ids = std::move(ids);
    m_pages.clear();
    m_prefetchPending.clear();
    changePersistentIndexList(from, to);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void MembersModel::setShowSensitive(bool show)
{
    if (m_showSensitive == show)
        return;
    m_showSensitive = show;
    m_filter.fullNumbers = show;
    if (m_db && !Text::halfWidthTrimmed(m_filter.search).isEmpty()) {
        // A search may match other digits now: the rows themselves change.
        reload();
        return;
    }
    if (!m_ids.isEmpty()) {
        const int last = int(m_ids.size()) - 1;
        emit dataChanged(index(0, int(MemberColumn::IdNumber)), index(last, int(MemberColumn::IdNumber)),
                         {Qt::DisplayRole});
        emit dataChanged(index(0, int(MemberColumn::Phone)), index(last, int(MemberColumn::Phone)), {Qt::DisplayRole});
    }
}

qint64 MembersModel::memberId(int row) const
{
    return row >= 0 && row < m_ids.size() ? m_ids.at(row) : 0;
}

int MembersModel::rowOf(qint64 memberId) const
{
    return int(m_ids.indexOf(memberId));
}

void MembersModel::setPageSize(int rows)
{
    m_pageSize = qMax(1, rows);
    m_pages.clear();
    m_prefetchPending.clear();
}

void MembersModel::setCacheLimit(int pages)
{
    m_cacheLimit = qMax(1, pages);
    m_pages.clear();
    m_prefetchPending.clear();
}

int MembersModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int MembersModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : MemberColumns::count();
}

QVariant MembersModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == IdRole)
        return m_ids.at(index.row());
    const MemberColumn column = columnAt(index.column());
    if (role == Qt::TextAlignmentRole)
        return column == MemberColumn::Age ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != RawRole && role != Qt::ForegroundRole)
        return {};
    const QVector<QVariant>* values = rowValues(index.row());
    if (!values)
        return {};
    if (role == Qt::ForegroundRole) {
        // Members who are no longer active are greyed out.
        const QString status = values->at(int(MemberColumn::Status)).toString();
        return status.isEmpty() || status == Member::statusKey(Member::Status::Active) ? QVariant()
                                                                                       : QVariant(QColor(Qt::gray));
    }
    const QVariant& raw = values->at(index.column());
    if (role == RawRole)
        return raw;
    QString text = MemberQuery::displayText(column, raw);
    if (!m_showSensitive && MemberColumns::info(column).isSensitive && !text.isEmpty())
        text = maskNumber(column == MemberColumn::IdNumber ? PersonalNumber::IdNumber : PersonalNumber::Phone, text);
    return text;
}

QVariant MembersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 && section < MemberColumns::count())
        return MemberColumns::title(columnAt(section));
    return QAbstractTableModel::headerData(section, orientation, role);
}

const QVector<QVariant>* MembersModel::rowValues(int row) const
{
    const Page* p = page(row / m_pageSize);
    if (!p)
        return nullptr;
    const int offset = row % m_pageSize;
    if (offset >= p->rows.size() || p->rows.at(offset).isEmpty())
        return nullptr;
    return &p->rows.at(offset);
}

const MembersModel::Page* MembersModel::page(int pageIndex) const
{
    auto it = m_pages.find(pageIndex);
    if (it == m_pages.end()) {
        Page fresh;
        try {
            fresh = readPage(pageIndex);
        } catch (const Error& e) {
            // Keep the (empty) page, so that painting does not ask the database again for every cell.
            auto* self = const_cast<MembersModel*>(this);
            QMetaObject::invokeMethod(
                self, [self, message = e.message()] { emit self->failed(message); }, Qt::QueuedConnection);
        }
        storePage(pageIndex, std::move(fresh));
        it = m_pages.find(pageIndex);
        // A view that shows this page soon shows its neighbours: read them once it is idle.
        schedulePrefetch(pageIndex + 1);
        schedulePrefetch(pageIndex - 1);
    }
    it->lastUse = ++m_useClock;
    return &*it;
}

MembersModel::Page MembersModel::readPage(int pageIndex) const
{
    Page result;
    const int first = pageIndex * m_pageSize;
    const int count = qMin(m_pageSize, int(m_ids.size()) - first);
    if (!m_db || first < 0 || count <= 0)
        return result;
    QVariantMap binds;
    QStringList exprs{QStringLiteral("m.id")};
    for (const auto& info : MemberColumns::all())
        exprs << info.sql;
    QStringList params;
    params.reserve(count);
    for (int i = 0; i < count; ++i) {
        const QString name = QStringLiteral("i%1").arg(i);
        binds.insert(name, m_ids.at(first + i));
        params << QLatin1Char(':') + name;
    }
    const QString sql = QStringLiteral("SELECT ") + exprs.join(QStringLiteral(", ")) + QLatin1Char(' ') +
                        MemberFilter().fromWhere(binds) + QStringLiteral(" WHERE m.id IN (") +
                        params.join(QStringLiteral(", ")) + QLatin1Char(')');
    QSqlQuery query = m_db->exec(sql, binds);
    const int columns = MemberColumns::count();
    QHash<qint64, QVector<QVariant>> byId;
    byId.reserve(count);
    while (query.next()) {
        QVector<QVariant> values(columns);
        for (int c = 0; c < columns; ++c)
            values[c] = query.value(c + 1);
        byId.insert(query.value(0).toLongLong(), std::move(values));
    }
    // A member deleted since the ids were read stays an empty row until the next refresh.
    result.rows.resize(count);
    for (int i = 0; i < count; ++i)
        result.rows[i] = byId.take(m_ids.at(first + i));
    return result;
}

void MembersModel::storePage(int pageIndex, Page page) const
{
    while (m_pages.size() >= m_cacheLimit) {
        auto oldest = std::min_element(m_pages.begin(), m_pages.end(),
                                       [](const Page& a, const Page& b) { return a.lastUse < b.lastUse; });
        m_pages.erase(oldest);
    }
    page.lastUse = ++m_useClock;
    m_pages.insert(pageIndex, std::move(page));
}

void MembersModel::schedulePrefetch(int pageIndex) const
{
    if (pageIndex < 0 || pageIndex * m_pageSize >= m_ids.size() || m_pages.contains(pageIndex) ||
        m_prefetchPending.contains(pageIndex) || m_cacheLimit < 3)
        return;
    m_prefetchPending.append(pageIndex);
    auto* self = const_cast<MembersModel*>(this);
    const quint64 generation = m_generation;
    QTimer::singleShot(0, self, [self, pageIndex, generation] { self->prefetch(pageIndex, generation); });
}

void MembersModel::prefetch(int pageIndex, quint64 generation)
{
    // The filter, order or data changed since this was asked for: the rows it would read are stale.
    if (generation != m_generation)
        return;
    m_prefetchPending.removeAll(pageIndex);
    if (m_pages.contains(pageIndex))
        return;
    try {
        storePage(pageIndex, readPage(pageIndex));
        // Nobody has looked at it yet: it is the first to go when the cache is full.
        m_pages[pageIndex].lastUse = 0;
    } catch (const Error&) {
        // Read again when a view asks for these rows; it reports the failure then.
    }
}

} // namespace ud::core
