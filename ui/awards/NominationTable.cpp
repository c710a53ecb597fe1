#include "ui/awards/NominationTable.h"

#include <QBrush>
#include <QDoubleSpinBox>
#include <QSpinBox>

namespace ud::ui {

using core::NominationsModel;

QColor refusalColour()
{
    return QColor(0xb4, 0x23, 0x18);
}

QColor warningColour()
{
    return QColor(0xb5, 0x47, 0x08);
}

NominationTable::NominationTable(NominationsModel* source, QObject* parent)
    : QSortFilterProxyModel(parent), m_source(source)
{
    setSourceModel(source);
    setSortRole(NominationsModel::SortRole);
    setSortLocaleAware(true);
    setFilterKeyColumn(NominationsModel::Nominee);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
}

void NominationTable::setShow(Show show)
{
    if (m_show == show)
        return;
    m_show = show;
    invalidateFilter();
}

bool NominationTable::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const core::Nomination& n = m_source->nominationAt(sourceRow);
    if (m_show == Show::TakingPart && !n.active())
        return false;
    if (m_show == Show::Listed && n.status != core::NominationStatus::Selected &&
        n.status != core::NominationStatus::Final)
        return false;
    // The search finds the nominee (name, staff number or collective) or the sub-union.
    if (QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent))
        return true;
    return n.unitName.contains(filterRegularExpression());
}

Qt::ItemFlags NominationTable::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QSortFilterProxyModel::flags(index);
    if (m_editor && index.isValid() &&
        (index.column() == NominationsModel::Score || index.column() == NominationsModel::Votes) &&
        m_source->nominationAt(mapToSource(index).row()).active())
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant NominationTable::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const int row = mapToSource(index).row();
    const int column = index.column();
    switch (role) {
    case Qt::ForegroundRole:
    case Qt::BackgroundRole: {
        if (column != NominationsModel::Checks && column != NominationsModel::Nominee)
            break;
        const QString severity = m_source->index(row, 0).data(NominationsModel::SeverityRole).toString();
        if (severity.isEmpty())
            break;
        QColor colour = severity == QLatin1String("refuse") ? refusalColour() : warningColour();
        if (role == Qt::ForegroundRole)
            return QBrush(colour);
        if (column != NominationsModel::Checks)
            break;
        colour.setAlpha(28);
        return QBrush(colour);
    }
    case Qt::ToolTipRole: {
        const QStringList messages = m_source->index(row, 0).data(NominationsModel::MessagesRole).toStringList();
        if (!messages.isEmpty())
            return messages.join(QLatin1Char('\n'));
        break;
    }
    case Qt::EditRole:
        if (column == NominationsModel::Score)
            return m_source->nominationAt(row).committeeScore / 100.0;
        if (column == NominationsModel::Votes)
            return m_source->nominationAt(row).publicVotes;
        break;
    default:
        break;
    }
    return QSortFilterProxyModel::data(index, role);
}

bool NominationTable::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !m_editor || !(flags(index) & Qt::ItemIsEditable))
        return false;
    const core::Nomination n = m_source->nominationAt(mapToSource(index).row());
    int score = n.committeeScore;
    int votes = n.publicVotes;
    if (index.column() == NominationsModel::Score)
        score = int(qRound(value.toDouble() * 100));
    else
        votes = value.toInt();
    if (score == n.committeeScore && votes == n.publicVotes)
        return true;
    return m_editor(n.id, score, votes);
}

QWidget* ScoreDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                                     const QModelIndex& index) const
{
    if (index.column() == NominationsModel::Score) {
        auto* score = new QDoubleSpinBox(parent);
        score->setObjectName(QStringLiteral("scoreEditor"));
        score->setDecimals(2);
        score->setRange(0, 100);
        score->setFrame(false);
        score->setAlignment(Qt::AlignRight);
        return score;
    }
    if (index.column() == NominationsModel::Votes) {
        auto* votes = new QSpinBox(parent);
        votes->setObjectName(QStringLiteral("votesEditor"));
        votes->setRange(0, 999999);
        votes->setFrame(false);
        votes->setAlignment(Qt::AlignRight);
        return votes;
    }
    return QStyledItemDelegate::createEditor(parent, option, index);
}

} // namespace ud::ui
