#pragma once

#include "core/report/Report.h"

#include <QAbstractTableModel>

namespace ud::core {

/// A Report as a table, for a preview that is exactly the printed list: the printed columns (Report::printedColumns),
/// and every row in order, a group heading as a row with its text in the first column and HeadingRole set, which the
/// view spans across the table.
class ReportModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Role { HeadingRole = Qt::UserRole + 1 };

    explicit ReportModel(QObject* parent = nullptr) : QAbstractTableModel(parent) {}

    /// Shows `report` in place of the one shown (a model reset).
    void setReport(const Report& report);
    const Report& report() const { return m_report; }
    bool isHeading(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Report m_report;
    QList<int> m_columns; // the report's columns shown, in order
};

} // namespace ud::core
