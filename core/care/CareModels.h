#pragma once

#include "core/care/CareRepositories.h"
#include "core/record/RecordListModel.h"

namespace ud::core {

/// The hardship cases of a year as a table for views, newest first.
class HardshipModel : public RecordListModel<HardshipCase> {
    Q_OBJECT
public:
    enum Column { Date, StaffNo, Name, Unit, Cause, Amount, Form, FundedBy, Review, ColumnCount };
    explicit HardshipModel(QObject* parent = nullptr);
    void setDatabase(Database* db);
    /// Shows the cases of `year` (0: all).
    void setYear(int year);
    int year() const { return m_year; }
    void reload();

private:
    Database* m_db = nullptr;
    int m_year = 0;
};

/// The care kinds of a year's table, in their order.
class CareKindsModel : public RecordListModel<CareKind> {
    Q_OBJECT
public:
    enum Column { Name, Key, AmountMode, Amount, Payer, Form, Frequency, OverRule, ColumnCount };
    explicit CareKindsModel(QObject* parent = nullptr);
    void setDatabase(Database* db);
    void setYear(int year);
    int year() const { return m_year; }
    void reload();

private:
    Database* m_db = nullptr;
    int m_year = 0;
};

/// The care visits a filter chooses, newest first.
class CareVisitsModel : public RecordListModel<CareVisit> {
    Q_OBJECT
public:
    enum Column { Date, StaffNo, Name, Unit, Kind, Amount, Form, Payer, Reason, Visitors, ColumnCount };
    explicit CareVisitsModel(QObject* parent = nullptr);
    void setDatabase(Database* db);
    void setFilter(const CareFilter& filter);
    const CareFilter& filter() const { return m_filter; }
    void reload();

private:
    Database* m_db = nullptr;
    CareFilter m_filter;
};

/// The year's care visits totalled per sub-union (rows) and kind (columns), with a total column and a total row.
/// A cell shows the amount in yuan, its tooltip the number of visits; AmountRole and VisitsRole give the numbers.
class CareTotalsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Role { AmountRole = Qt::UserRole + 10, VisitsRole };
    explicit CareTotalsModel(QObject* parent = nullptr);
    void setDatabase(Database* db);
    void setYear(int year);
    void reload();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    /// The table as a printable report (the cells' amounts, the visits left out).
    Report report(const QString& organisation) const;

private:
    struct Cell {
        int visits = 0;
        qint64 amount = 0;
    };
    Cell cell(int row, int column) const;

    Database* m_db = nullptr;
    int m_year = 0;
    QStringList m_units;                    // row titles
    QList<QPair<QString, QString>> m_kinds; // key, name: the columns after the sub-union's
    QHash<QPair<int, int>, Cell> m_cells;   // (unit row, kind column) → totals
};

/// The year's care visits per month: visits, amount, and what the university union and the sub-unions paid, with a
/// total row.
class CareMonthsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Month, Visits, Amount, University, SubUnion, ColumnCount };
    explicit CareMonthsModel(QObject* parent = nullptr);
    void setDatabase(Database* db);
    void setYear(int year);
    void reload();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Report report(const QString& organisation) const;

private:
    Database* m_db = nullptr;
    int m_year = 0;
    QList<CareMonthTotal> m_months; // twelve, then the year's total
};

} // namespace ud::core
