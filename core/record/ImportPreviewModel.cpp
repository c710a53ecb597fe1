#include "core/record/ImportPreviewModel.h"

#include <QBrush>
#include <QColor>

namespace ud::core {

ImportPreviewModel::ImportPreviewModel(QObject* parent) : QAbstractTableModel(parent) {}

void ImportPreviewModel::setPreview(const ImportPreview& preview)
{
    beginResetModel();
    m_preview = preview;
    endResetModel();
}

int ImportPreviewModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_preview.rows.size());
}

int ImportPreviewModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : problemsColumn() + 1;
}

QVariant ImportPreviewModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ImportPreviewRow& r = m_preview.rows.at(index.row());
    const int column = index.column();
    const QString field =
        column >= FirstField && column < problemsColumn() ? m_preview.columns.at(column - FirstField) : QString();
    QStringList problems; // of this cell; of the whole row in the problems column
    for (const Problem& p : r.problems)
        if (column == problemsColumn() || (!field.isEmpty() && p.field == field))
            problems << p.message;
    switch (role) {
    case Qt::DisplayRole:
        if (column == Row)
            return r.row;
        if (column == Status)
            return importStatusLabel(r.status);
        if (column == problemsColumn())
            return problems.join(QLatin1Char(' '));
        return r.cells.value(column - FirstField);
    case Qt::ToolTipRole:
        return problems.isEmpty() ? QVariant() : QVariant(problems.join(QLatin1Char('\n')));
    case Qt::BackgroundRole:
        return r.isValid() ? QVariant() : QVariant(QBrush(QColor(0xfd, 0xec, 0xea)));
    case Qt::ForegroundRole:
        if (!problems.isEmpty() || (column == Status && !r.isValid()))
            return QBrush(QColor(0xb3, 0x26, 0x1e));
        return {};
    case Qt::TextAlignmentRole:
        return column == Row ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case StatusRole:
        return int(r.status);
    default:
        return {};
    }
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section > problemsColumn())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == Row)
        return tr("Row");
    if (section == Status)
        return tr("Status");
    if (section == problemsColumn())
        return tr("Problems");
    return m_preview.titles.value(section - FirstField);
}

} // namespace ud::core
