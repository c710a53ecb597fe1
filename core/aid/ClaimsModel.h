#pragma once

#include "core/aid/AidRepositories.h"

#include <QAbstractTableModel>

#include <optional>

namespace ud::core {

class Database;

/// What the claims list shows; empty fields do not filter.
struct ClaimFilter {
    std::optional<ClaimStatus> status;
    bool inReview = false; // at any of the review steps: the sub-union's, the office's or the committee's
    QString partKey;
    QString unit; // the sub-union's name
    QString text; // in the name, the staff number, or the name's pinyin (full, or initials)
};

/// The claims of one period for a view: the period read whole in one query (3,000 claims in a few tens of
/// milliseconds), the part named as the period's rule table names it, filtering and sorting on the rows read.
/// refresh() after a change.
class ClaimsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { StaffNo, Name, SubUnion, Part, Treatment, Eligible, Payout, Status, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1, // qint64, as core::RecordIdRole
        SortRole,                  // what a column sorts by
        StatusRole,                // int (ClaimStatus)
    };

    /// One claim as the list shows it.
    struct Row {
        AidClaim claim; // without its calculation, documents and note: ClaimRepository reads the whole claim
        QString partName;
        QString pinyin;
        QString initials;
    };

    explicit ClaimsModel(QObject* parent = nullptr);

    /// Reads from `db` (nullptr: no rows).
    void setDatabase(Database* db);
    /// Shows the claims of period `periodId` (0: none).
    void setPeriod(qint64 periodId);
    qint64 periodId() const { return m_period; }
    void setFilter(const ClaimFilter& filter);
    const ClaimFilter& filter() const { return m_filter; }
    /// Reads the period again, keeping the filter and the sort order.
    void refresh();

    /// Every row of the period, filtered or not.
    const QList<Row>& allRows() const { return m_all; }
    /// The row shown at `row`.
    const Row& rowAt(int row) const { return m_all.at(m_shown.at(row)); }
    /// The row showing claim `id`, or -1 when it is filtered out or not in the period.
    int rowOf(qint64 id) const;
    /// The ids of the rows shown, in their order.
    QList<qint64> shownIds() const;
    /// The parts of the period's rule table (key and name), in its order; empty without one.
    const QList<QPair<QString, QString>>& parts() const { return m_parts; }
    /// The sub-unions of the period's claimants, by name.
    QStringList units() const;
    /// What the rows shown pay together.
    qint64 shownPayout() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    bool accepts(const Row& row) const;
    void applyFilter();
    void sortShown();
    QVariant sortKey(const Row& row, int column) const;

    Database* m_db = nullptr;
    qint64 m_period = 0;
    ClaimFilter m_filter;
    QList<Row> m_all;
    QList<int> m_shown; // indexes into m_all
    QList<QPair<QString, QString>> m_parts;
    int m_sortColumn = Treatment;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace ud::core
