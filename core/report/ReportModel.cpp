#include "core/report/ReportModel.h"

#include <QFont>

namespace ud::core {

void ReportModel::setReport(const Report& report)
{
    beginResetModel();
    m_report = report;
    m_columns = m_report.printedColumns();
    endResetModel();
}

bool ReportModel::isHeading(int row) const
{
    return row >= 0 && row < m_report.rows.size() && !m_report.rows.at(row).heading.isEmpty();
}

int ReportModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_report.rows.size());
}

int ReportModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant ReportModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Report::Row& row = m_report.rows.at(index.row());
    const bool heading = !row.heading.isEmpty();
    switch (role) {
    case Qt::DisplayRole:
        if (heading)
            return index.column() == 0 ? row.heading : QVariant();
        return row.cells.value(m_columns.at(index.column()));
    case Qt::TextAlignmentRole: {
        const Report::Kind kind = m_report.columns.at(m_columns.at(index.column())).kind;
        if (heading || kind == Report::Kind::Text || kind == Report::Kind::Date)
            return int(Qt::AlignLeft | Qt::AlignVCenter);
        return int(
            (kind == Report::Kind::Integer || kind == Report::Kind::Decimal ? Qt::AlignRight : Qt::AlignHCenter) |
            Qt::AlignVCenter);
    }
    case Qt::FontRole:
        if (heading || row.emphasized) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case HeadingRole:
        return heading;
    default:
        return {};
    }
}

QVariant ReportModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return m_report.columns.at(m_columns.at(section)).title;
    return {};
}

} // namespace ud::core
