#pragma once

#include "core/awards/AwardRepositories.h"
#include "core/record/RecordListModel.h"

namespace ud::core {

/// The award types, in their order.
class AwardTypesModel : public RecordListModel<AwardType> {
    Q_OBJECT
public:
    enum Column { Name, Kind, RepeatRule, RepeatYears, MinWomen, FemaleHead, MinSize, MinDeeds, ColumnCount };
    explicit AwardTypesModel(QObject* parent = nullptr);
    void setDatabase(Database* db);
    void reload();

private:
    Database* m_db = nullptr;
};

/// The rounds of a year (0: every year), newest first.
class AwardRoundsModel : public RecordListModel<AwardRound> {
    Q_OBJECT
public:
    enum Column { Key, Year, Award, Stage, TotalQuota, PublicityStart, PublicityEnd, ColumnCount };
    explicit AwardRoundsModel(QObject* parent = nullptr);
    void setDatabase(Database* db);
    void setYear(int year);
    int year() const { return m_year; }
    void reload();

private:
    Database* m_db = nullptr;
    int m_year = 0;
};

/// The sub-unions' quotas of a round, in the sub-unions' order.
class AwardQuotasModel : public RecordListModel<AwardQuota> {
    Q_OBJECT
public:
    enum Column { Unit, Headcount, Computed, Quota, Reason, ColumnCount };
    explicit AwardQuotasModel(QObject* parent = nullptr);
    void setDatabase(Database* db);
    void setRound(qint64 roundId);
    void reload();

private:
    Database* m_db = nullptr;
    qint64 m_roundId = 0;
};

/// The objections of a round, by the day received.
class ObjectionsModel : public RecordListModel<Objection> {
    Q_OBJECT
public:
    enum Column { Received, Nominee, Content, Outcome, HandledBy, Closed, ColumnCount };
    explicit ObjectionsModel(QObject* parent = nullptr);
    void setDatabase(Database* db);
    void setRound(qint64 roundId);
    void reload();

private:
    Database* m_db = nullptr;
    qint64 m_roundId = 0;
};

/// The awards history of a year (0: every year), or of one member (setMember()).
class AwardHistoryModel : public RecordListModel<AwardHistoryEntry> {
    Q_OBJECT
public:
    enum Column { Year, Award, StaffNo, Name, Collective, Unit, Source, ColumnCount };
    explicit AwardHistoryModel(QObject* parent = nullptr);
    void setDatabase(Database* db);
    /// Shows the awards of `year` (0: all).
    void setYear(int year);
    /// Shows the awards of one member (0: back to the year).
    void setMember(qint64 memberId);
    void reload();

private:
    Database* m_db = nullptr;
    int m_year = 0;
    qint64 m_memberId = 0;
};

/// The nominations of a round, in the order they came in, with their review and the checks' results per row: the
/// Checks column names the failed rules, its tooltip gives their sentences, SeverityRole says whether one refuses.
/// Withdrawn nominations are shown with their status and without checks.
class NominationsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Nominee,     // 张伟 20150032, or the collective's name
        Kind,        // individual or collective
        Unit,        // the nominating sub-union
        People,      // a collective: its people and women ("5 / 4")
        Attachments, // received or missing
        Published,   // by the sub-union
        Score,       // the committee's, 87.5
        Votes,       // public votes
        Total,       // the weighted total
        Rank,        // in the ranking; empty for a withdrawn nomination
        Status,
        Checks, // the titles of the failed checks
        ColumnCount
    };
    enum Role {
        IdRole = RecordIdRole,
        SortRole = RecordSortRole,
        SeverityRole = Qt::UserRole + 20, // "refuse" when a failed check refuses, "warn" when all only warn, else ""
        RulesRole,                        // the keys of the failed checks (QStringList)
        MessagesRole,                     // their sentences (QStringList)
    };
    explicit NominationsModel(QObject* parent = nullptr);
    void setDatabase(Database* db);
    void setRound(qint64 roundId);
    qint64 roundId() const { return m_roundId; }
    void reload();

    const Nomination& nominationAt(int row) const { return m_rows.at(row).nomination; }
    /// The failed checks of the row's nomination.
    const QList<AwardProblem>& problemsAt(int row) const { return m_rows.at(row).problems; }
    /// The row showing nomination `id`, or -1.
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        Nomination nomination;
        QList<AwardProblem> problems;
        int total = 0;
        int rank = 0;
        int size = 0;
        int women = 0;
    };
    QVariant value(const Row& row, int column, bool sort) const;

    Database* m_db = nullptr;
    qint64 m_roundId = 0;
    QList<Row> m_rows;
};

} // namespace ud::core
