#include "ui/schedule/ScheduleTreeModel.h"

#include <QColor>
#include <QFont>
#include <QLocale>

namespace ud::ui {

namespace {

// internalId: 0 for a section row, section row + 1 for an item row.
constexpr quintptr kSectionRow = 0;

int dueBits(const core::ScheduleItem& item)
{
    return item.deadline ? int(item.months.bits()) : 0;
}

} // namespace

ScheduleTreeModel::ScheduleTreeModel(QObject* parent) : QAbstractItemModel(parent) {}

void ScheduleTreeModel::setContent(const QList<core::ScheduleSection>& sections, const QList<core::ScheduleItem>& items,
                                   bool keepEmptySections)
{
    beginResetModel();
    m_sections.clear();
    for (const core::ScheduleSection& s : sections) {
        SectionNode node{s, {}};
        for (const core::ScheduleItem& i : items)
            if (i.sectionId == s.id)
                node.items << i;
        if (keepEmptySections || !node.items.isEmpty())
            m_sections << node;
    }
    endResetModel();
}

void ScheduleTreeModel::clear()
{
    beginResetModel();
    m_sections.clear();
    endResetModel();
}

int ScheduleTreeModel::itemCount() const
{
    int n = 0;
    for (const SectionNode& s : m_sections)
        n += int(s.items.size());
    return n;
}

QModelIndex ScheduleTreeModel::indexOfItem(qint64 itemId) const
{
    for (int s = 0; s < m_sections.size(); ++s)
        for (int r = 0; r < m_sections.at(s).items.size(); ++r)
            if (m_sections.at(s).items.at(r).id == itemId)
                return createIndex(r, 0, quintptr(s + 1));
    return {};
}

QModelIndex ScheduleTreeModel::indexOfSection(qint64 sectionId) const
{
    for (int s = 0; s < m_sections.size(); ++s)
        if (m_sections.at(s).section.id == sectionId)
            return createIndex(s, 0, kSectionRow);
    return {};
}

core::ScheduleItem ScheduleTreeModel::item(const QModelIndex& index) const
{
    if (!index.isValid() || index.internalId() == kSectionRow || index.model() != this)
        return {};
    const SectionNode& node = m_sections.at(int(index.internalId() - 1));
    return node.items.value(index.row());
}

core::ScheduleSection ScheduleTreeModel::section(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this)
        return {};
    const int s = index.internalId() == kSectionRow ? index.row() : int(index.internalId() - 1);
    return m_sections.value(s).section;
}

QModelIndex ScheduleTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < m_sections.size() ? createIndex(row, column, kSectionRow) : QModelIndex();
    if (parent.internalId() != kSectionRow || parent.row() >= m_sections.size())
        return {};
    if (row >= m_sections.at(parent.row()).items.size())
        return {};
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex ScheduleTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == kSectionRow)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kSectionRow);
}

int ScheduleTreeModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_sections.size());
    if (parent.column() != 0 || parent.internalId() != kSectionRow || parent.row() >= m_sections.size())
        return 0;
    return int(m_sections.at(parent.row()).items.size());
}

int ScheduleTreeModel::columnCount(const QModelIndex& parent) const
{
    Q_UNUSED(parent);
    return ColumnCount;
}

QVariant ScheduleTreeModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.column() >= ColumnCount)
        return {};
    if (index.internalId() == kSectionRow) {
        if (index.row() >= m_sections.size())
            return {};
        return sectionData(m_sections.at(index.row()), index.column(), role);
    }
    const int s = int(index.internalId() - 1);
    if (s >= m_sections.size() || index.row() >= m_sections.at(s).items.size())
        return {};
    return itemData(m_sections.at(s).items.at(index.row()), index.column(), role);
}

QVariant ScheduleTreeModel::sectionData(const SectionNode& node, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        if (column == Item)
            return node.section.heading();
        if (column == Status) {
            int done = 0;
            for (const core::ScheduleItem& i : node.items)
                done += i.status == core::ItemStatus::Done ? 1 : 0;
            return tr("%1 of %n done", nullptr, int(node.items.size())).arg(done);
        }
        return {};
    case Qt::ToolTipRole:
        return column == Item ? node.section.heading() : QVariant();
    case Qt::FontRole: {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    case ItemIdRole:
        return qint64(0);
    case SectionIdRole:
        return node.section.id;
    case KeySectionIdRole:
        return node.section.keySectionId;
    case IsSectionRole:
        return true;
    case MonthBitsRole:
    case DueBitsRole:
        return 0;
    case MonthsNeedCheckingRole:
        return false;
    default:
        return {};
    }
}

QVariant ScheduleTreeModel::itemData(const core::ScheduleItem& i, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Item:
            return QStringLiteral("%1. %2").arg(i.number).arg(i.text);
        case Timing:
            return i.timing;
        case Months:
            return QString(); // painted by MonthGridDelegate
        case Office:
            return i.office;
        case Status:
            return i.status == core::ItemStatus::Done && i.doneDate.isValid()
                       ? QStringLiteral("%1 %2").arg(core::itemStatusLabel(i.status), i.doneDate.toString(Qt::ISODate))
                       : core::itemStatusLabel(i.status);
        case Notes:
            return i.notes;
        default:
            return {};
        }
    case Qt::ToolTipRole: {
        if (column == Timing && i.monthsNeedChecking)
            return tr("The timing \"%1\" could not be read: set the months by hand (Edit).").arg(i.timing);
        if (column == Months) {
            QStringList months;
            for (int m : i.months.months())
                months << QString::number(m);
            if (months.isEmpty())
                return i.monthsNeedChecking ? tr("No months set: the timing could not be read.") : tr("No months set.");
            return i.deadline ? tr("Due in month %1").arg(months.join(QLatin1Char(',')))
                              : tr("Months: %1").arg(months.join(QLatin1Char(',')));
        }
        if (column == Item || column == Notes)
            return column == Item ? i.text : i.notes;
        return {};
    }
    case Qt::BackgroundRole:
        // Items whose months the clerk still has to set stand out.
        return i.monthsNeedChecking ? QVariant(QColor(255, 236, 179)) : QVariant();
    case Qt::ForegroundRole:
        return i.status == core::ItemStatus::Cancelled ? QVariant(QColor(Qt::gray)) : QVariant();
    case Qt::FontRole:
        if (i.status == core::ItemStatus::Cancelled) {
            QFont struck;
            struck.setStrikeOut(true);
            return struck;
        }
        return {};
    case ItemIdRole:
        return i.id;
    case SectionIdRole:
        return i.sectionId;
    case KeySectionIdRole:
        return {};
    case IsSectionRole:
        return false;
    case MonthBitsRole:
        return int(i.months.bits());
    case DueBitsRole:
        return dueBits(i);
    case MonthsNeedCheckingRole:
        return i.monthsNeedChecking;
    case StatusKeyRole:
        return core::itemStatusKey(i.status);
    default:
        return {};
    }
}

QVariant ScheduleTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    static const char* const titles[ColumnCount] = {QT_TR_NOOP("Work item"), QT_TR_NOOP("Timing"),
                                                    QT_TR_NOOP("Jan – Dec"), QT_TR_NOOP("Office"),
                                                    QT_TR_NOOP("Status"),    QT_TR_NOOP("Notes")};
    return section >= 0 && section < ColumnCount ? tr(titles[section]) : QVariant();
}

} // namespace ud::ui
