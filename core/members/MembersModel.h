#pragma once

#include "core/members/MemberQuery.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QVector>

namespace ud::core {

class Database;

/// The member list for views, lazy enough for tens of thousands of members: it keeps only the ordered ids of
/// the rows that pass the filter (so it knows its row count and where a member is), and reads the columns of
/// the rows a view asks for a page at a time into a small, bounded cache. Read-only; edits go through
/// MemberRepository, then refresh(). Columns follow MemberColumns::all() (column n is MemberColumn(n)).
class MembersModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1, // the member's id
        RawRole,                   // the stored value of the cell (ID and phone unmasked: not for display)
    };

    explicit MembersModel(QObject* parent = nullptr);

    /// Shows the members of `db` (nullptr: none). The model does not own the database.
    void setDatabase(Database* db);
    Database* database() const { return m_db; }

    void setFilter(const MemberFilter& filter);
    const MemberFilter& filter() const { return m_filter; }

    /// Orders the rows by `column` (name by its pinyin), the id breaking ties. Rows keep their selection.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    MemberColumn sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    /// Reads the list again (after a change); drops every cached page.
    void refresh();

    /// ID and phone numbers in full instead of masked; the search then matches any of their digits (see
    /// MemberFilter::fullNumbers, which follows this whatever setFilter() is given). The caller records the
    /// showing (recordFullNumbers()).
    void setShowSensitive(bool show);
    bool showSensitive() const { return m_showSensitive; }

    /// The member shown in `row`, or 0.
    qint64 memberId(int row) const;
    /// The row showing `memberId`, or -1 when the filter hides it.
    int rowOf(qint64 memberId) const;
    /// Every member in the database, whatever the filter.
    qint64 totalCount() const { return m_total; }

    /// Rows read per page (default 128) and the pages kept (default 16); both drop the cache.
    void setPageSize(int rows);
    int pageSize() const { return m_pageSize; }
    void setCacheLimit(int pages);
    int cacheLimit() const { return m_cacheLimit; }
    int cachedPageCount() const { return int(m_pages.size()); }
    /// Raised by every reset; a page read for an older generation is thrown away.
    quint64 generation() const { return m_generation; }

    static MemberColumn columnAt(int section) { return static_cast<MemberColumn>(section); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    /// The numbers for "N members, M shown" after every reset.
    void countsChanged();
    /// Reading from the database failed (while sorting or reading a page); the list stays as it was.
    void failed(const QString& message);

private:
    struct Page {
        QVector<QVector<QVariant>> rows; // per row: the raw value of each column
        quint64 lastUse = 0;
    };

    void reload();
    QVector<qint64> readIds(MemberColumn column, Qt::SortOrder order) const;
    const QVector<QVariant>* rowValues(int row) const;
    const Page* page(int pageIndex) const;
    Page readPage(int pageIndex) const;
    void schedulePrefetch(int pageIndex) const;
    void prefetch(int pageIndex, quint64 generation);
    void storePage(int pageIndex, Page page) const;

    Database* m_db = nullptr;
    MemberFilter m_filter;
    MemberColumn m_sortColumn = MemberColumn::StaffNo;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    bool m_showSensitive = false;
    QVector<qint64> m_ids;
    qint64 m_total = 0;
    int m_pageSize = 128;
    int m_cacheLimit = 16;
    quint64 m_generation = 0;
    mutable quint64 m_useClock = 0;
    mutable QHash<int, Page> m_pages;
    mutable QList<int> m_prefetchPending;
};

} // namespace ud::core
