#pragma once

#include "core/congress/ProposalRepository.h"

#include <QAbstractTableModel>
#include <QDate>

#include <optional>

namespace ud::core {

class Database;

/// What the proposals list shows; empty or zero fields do not filter.
struct ProposalFilter {
    std::optional<ProposalStage> stage;
    QString category;
    qint64 delegationId = 0; // the proposer's delegation, or the proposing delegation
    qint64 unitId = 0;       // the lead unit of the current round
    bool overdueOnly = false;
    QString text; // in the number, title, proposer's name or staff number, or the proposing delegation
};

/// The proposals and suggestions of one session for a view: one query with its joins reads the whole session (a
/// session has a few hundred), the stage and "overdue" of each row are ProposalFile's own, and filtering and sorting
/// work on the rows read. refresh() after a change.
class ProposalsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Number,
        Kind,
        Title,
        Category,
        Proposer,
        Delegation,
        Cosigners,
        Decision,
        Stage,
        LeadUnit,
        Deadline,
        Replied,
        Result,
        Rating,
        Key,
        Overdue,
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1, // qint64, as core::RecordIdRole
        SortRole,                  // what a column sorts by
        StageRole,                 // int (ProposalStage)
        OverdueRole,               // bool
        DecisionRole,              // int (Decision)
    };

    /// One proposal as the list shows it.
    struct Row {
        qint64 id = 0;
        QString number;
        ProposalKind kind = ProposalKind::Proposal;
        QString title;
        QString category;
        QString proposer; // 张伟（20150032）, or the proposing delegation
        QString proposerName, staffNo;
        qint64 delegationId = 0;
        QString delegation;
        int cosigners = 0;
        core::Decision decision = core::Decision::Pending;
        ProposalStage stage = ProposalStage::Submitted;
        qint64 leadUnitId = 0;
        QString leadUnit;
        QDate deadline;
        QDate replied;
        ReplyResult result = ReplyResult::None;
        std::optional<core::Rating> rating; // the proposer's, of the current round
        bool key = false;
        bool overdue = false;
        int round = 1;
    };

    explicit ProposalsModel(QObject* parent = nullptr);

    /// Reads from `db` (nullptr: no rows).
    void setDatabase(Database* db);
    /// Shows the proposals of session `sessionId` (0: none).
    void setSession(qint64 sessionId);
    qint64 sessionId() const { return m_session; }
    /// The day "overdue" is judged on (today by default; tests give their own).
    void setToday(const QDate& today);
    QDate today() const { return m_today; }
    void setFilter(const ProposalFilter& filter);
    const ProposalFilter& filter() const { return m_filter; }
    /// Reads the session again, keeping the filter and the sort order.
    void refresh();

    /// Every row of the session, filtered or not.
    const QList<Row>& allRows() const { return m_all; }
    /// The row shown at `row`.
    const Row& rowAt(int row) const { return m_all.at(m_shown.at(row)); }
    /// The row showing proposal `id`, or -1 when it is filtered out or not in the session.
    int rowOf(qint64 id) const;
    /// The session's rows in the current round's stage `stage` (not filtered).
    int countInStage(ProposalStage stage) const;
    int overdueCount() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    /// The rows of session `sessionId` as the list reads them, `today` judging overdue (for reports and tests).
    static QList<Row> read(Database& db, qint64 sessionId, const QDate& today);

private:
    bool accepts(const Row& row) const;
    void applyFilter();
    void sortShown();
    QVariant sortKey(const Row& row, int column) const;

    Database* m_db = nullptr;
    qint64 m_session = 0;
    QDate m_today;
    ProposalFilter m_filter;
    QList<Row> m_all;
    QList<int> m_shown; // indexes into m_all
    int m_sortColumn = Number;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace ud::core
