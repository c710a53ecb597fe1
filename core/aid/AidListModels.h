#pragma once

#include "core/aid/AidRepositories.h"
#include "core/record/RecordListModel.h"

#include <QSet>

namespace ud::core {

class Database;

/// The mutual-aid schemes as a table for views, by name.
class AidSchemesModel : public RecordListModel<AidScheme> {
    Q_OBJECT
public:
    enum Column { Name, ShortName, Fee, MemberPart, SchoolPart, UnionPart, Matching, WaitingDays, ColumnCount };
    explicit AidSchemesModel(QObject* parent = nullptr);
    void setDatabase(Database* db);
    void reload();

private:
    Database* m_db = nullptr;
};

/// The periods of one scheme, the latest first, with whether each has its rule table.
class AidPeriodsModel : public RecordListModel<AidPeriod> {
    Q_OBJECT
public:
    enum Column { Key, Starts, Ends, EnrollOpens, EnrollCloses, Rules, ColumnCount };
    explicit AidPeriodsModel(QObject* parent = nullptr);
    /// Reads from `db`, keeping the scheme (nullptr: no rows).
    void setDatabase(Database* db);
    /// Shows the periods of scheme `schemeId` (0: none).
    void setScheme(qint64 schemeId);
    qint64 schemeId() const { return m_scheme; }
    void reload();

protected:
    QVariant display(const AidPeriod& period, int column, int role) const override;

private:
    Database* m_db = nullptr;
    qint64 m_scheme = 0;
};

/// The members enrolled in one period, by sub-union and name.
class AidEnrollmentsModel : public RecordListModel<AidEnrollment> {
    Q_OBJECT
public:
    enum Column { StaffNo, Name, SubUnion, Shares, Enrolled, Fee, PaidBy, Arrears, Note, ColumnCount };
    explicit AidEnrollmentsModel(QObject* parent = nullptr);
    /// Reads from `db`, keeping the period (nullptr: no rows).
    void setDatabase(Database* db);
    /// Shows the enrollment of period `periodId` (0: none).
    void setPeriod(qint64 periodId);
    qint64 periodId() const { return m_period; }
    void reload();

protected:
    QVariant display(const AidEnrollment& enrollment, int column, int role) const override;

private:
    Database* m_db = nullptr;
    qint64 m_period = 0;
};

/// The fund's ledger in one period, by date: income positive, expenses negative; an entry reversed, and a reversing
/// entry, are marked.
class AidLedgerModel : public RecordListModel<LedgerEntry> {
    Q_OBJECT
public:
    enum Column { Posted, Kind, Amount, Voucher, Text, Reversed, ColumnCount };
    explicit AidLedgerModel(QObject* parent = nullptr);
    /// Reads from `db`, keeping the period (nullptr: no rows).
    void setDatabase(Database* db);
    /// Shows the ledger of period `periodId` (0: none).
    void setPeriod(qint64 periodId);
    qint64 periodId() const { return m_period; }
    void reload();
    /// True when entry `id` has been reversed by another entry.
    bool isReversed(qint64 id) const { return m_reversed.contains(id); }
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    QVariant display(const LedgerEntry& entry, int column, int role) const override;
    void recordsChanged() override;

private:
    Database* m_db = nullptr;
    qint64 m_period = 0;
    QSet<qint64> m_reversed;
};

} // namespace ud::core
