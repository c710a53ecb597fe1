#include "core/aid/ClaimsModel.h"

#include "core/db/Database.h"
#include "core/io/DateText.h"
#include "core/record/Values.h"

#include <QBrush>
#include <QColor>
#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace ud::core {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ud::core::ClaimsModel)
};

QString treatmentText(const AidClaim& c)
{
    if (c.treatedTo.isValid() && c.treatedTo != c.treatedFrom)
        return Tr::tr("%1 to %2", "treatment dates").arg(isoDateText(c.treatedFrom), isoDateText(c.treatedTo));
    return isoDateText(c.treatedFrom);
}

} // namespace

ClaimsModel::ClaimsModel(QObject* parent) : QAbstractTableModel(parent) {}

void ClaimsModel::setDatabase(Database* db)
{
    m_db = db;
    m_period = 0;
    refresh();
}

void ClaimsModel::setPeriod(qint64 periodId)
{
    m_period = periodId;
    refresh();
}

void ClaimsModel::setFilter(const ClaimFilter& filter)
{
    beginResetModel();
    m_filter = filter;
    applyFilter();
    endResetModel();
}

void ClaimsModel::refresh()
{
    beginResetModel();
    m_all.clear();
    m_parts.clear();
    if (m_db && m_period) {
        QHash<QString, QString> partNames;
        if (const auto period = PeriodRepository(*m_db).byId(m_period); period && !period->rules.trimmed().isEmpty()) {
            try {
                for (const AidPart& p : PeriodRepository(*m_db).ruleTable(*period).parts) {
                    m_parts.append({p.key, p.name});
                    partNames.insert(p.key, p.name);
                }
            } catch (const Error&) {
                // A broken rule table shows the parts by their keys.
            }
        }
        // One query of the columns the list shows, the member's pinyin among them, read by position: the whole
        // period at once without a map per row.
        QSqlQuery q = m_db->exec(
            QStringLiteral(
                "SELECT c.id, c.member_id, c.part_key, c.treated_from, c.treated_to, c.received, c.own_pay, "
                "c.self_care, c.self_paid, c.excluded, c.illness, c.status, c.part_payout, c.lump_sum, "
                "c.paid, c.voucher, c.reason, m.name, m.staff_no, COALESCE(u.name, ''), m.name_pinyin, "
                "m.name_initials FROM aid_claims c JOIN members m ON m.id = c.member_id "
                "LEFT JOIN units u ON u.id = m.unit_id WHERE c.period_id = :p ORDER BY c.treated_from, c.id"),
            {{QStringLiteral("p"), m_period}});
        while (q.next()) {
            Row r;
            AidClaim& c = r.claim;
            c.id = q.value(0).toLongLong();
            c.periodId = m_period;
            c.memberId = q.value(1).toLongLong();
            c.partKey = q.value(2).toString();
            c.treatedFrom = dateOf(q.value(3));
            c.treatedTo = dateOf(q.value(4));
            c.received = dateOf(q.value(5));
            c.ownPay = q.value(6).toLongLong();
            c.selfCare = q.value(7).toLongLong();
            c.selfPaid = q.value(8).toLongLong();
            c.excluded = q.value(9).toLongLong();
            c.illness = q.value(10).toString();
            c.status = claimStatuses().fromKey(q.value(11).toString()).value_or(ClaimStatus::Draft);
            c.partPayout = q.value(12).toLongLong();
            c.lumpSum = q.value(13).toLongLong();
            c.paid = dateOf(q.value(14));
            c.voucher = q.value(15).toString();
            c.reason = q.value(16).toString();
            c.name = q.value(17).toString();
            c.staffNo = q.value(18).toString();
            c.unitName = q.value(19).toString();
            r.pinyin = q.value(20).toString();
            r.initials = q.value(21).toString();
            r.partName = partNames.value(c.partKey, c.partKey);
            m_all.append(std::move(r));
        }
    }
    applyFilter();
    endResetModel();
}

bool ClaimsModel::accepts(const Row& r) const
{
    if (m_filter.status && r.claim.status != *m_filter.status)
        return false;
    if (m_filter.inReview && r.claim.status != ClaimStatus::SubUnion && r.claim.status != ClaimStatus::Office &&
        r.claim.status != ClaimStatus::Committee)
        return false;
    if (!m_filter.partKey.isEmpty() && r.claim.partKey != m_filter.partKey)
        return false;
    if (!m_filter.unit.isEmpty() && r.claim.unitName != m_filter.unit)
        return false;
    const QString text = m_filter.text.trimmed();
    if (text.isEmpty())
        return true;
    const QString lower = text.toLower();
    return r.claim.name.contains(text, Qt::CaseInsensitive) || r.claim.staffNo.contains(text, Qt::CaseInsensitive) ||
           (!r.pinyin.isEmpty() && r.pinyin.startsWith(lower)) ||
           (!r.initials.isEmpty() && r.initials.startsWith(lower));
}

void ClaimsModel::applyFilter()
{
    m_shown.clear();
    for (int i = 0; i < m_all.size(); ++i)
        if (accepts(m_all.at(i)))
            m_shown << i;
    sortShown();
}

int ClaimsModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_shown.size(); ++i)
        if (m_all.at(m_shown.at(i)).claim.id == id)
            return i;
    return -1;
}

QList<qint64> ClaimsModel::shownIds() const
{
    QList<qint64> ids;
    for (int i : m_shown)
        ids << m_all.at(i).claim.id;
    return ids;
}

QStringList ClaimsModel::units() const
{
    QSet<QString> seen;
    QStringList list;
    for (const Row& r : m_all)
        if (!r.claim.unitName.isEmpty() && !seen.contains(r.claim.unitName)) {
            seen.insert(r.claim.unitName);
            list << r.claim.unitName;
        }
    std::sort(list.begin(), list.end(), [](const QString& a, const QString& b) { return a.localeAwareCompare(b) < 0; });
    return list;
}

qint64 ClaimsModel::shownPayout() const
{
    qint64 sum = 0;
    for (int i : m_shown)
        sum += m_all.at(i).claim.payout();
    return sum;
}

int ClaimsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

int ClaimsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ClaimsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& r = rowAt(index.row());
    const AidClaim& c = r.claim;
    switch (role) {
    case IdRole:
        return c.id;
    case StatusRole:
        return int(c.status);
    case SortRole: {
        const QVariant key = sortKey(r, index.column());
        return key.isValid() ? key : data(index, Qt::DisplayRole);
    }
    case Qt::TextAlignmentRole:
        if (index.column() == Eligible || index.column() == Payout)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        if (c.status == ClaimStatus::Rejected)
            return QBrush(index.column() == Status ? QColor(0xb4, 0x23, 0x18) : QColor(Qt::gray));
        return {};
    case Qt::ToolTipRole:
        if (c.status == ClaimStatus::Rejected && !c.reason.isEmpty())
            return Tr::tr("Rejected: %1").arg(c.reason);
        if (c.status == ClaimStatus::Paid)
            return c.voucher.isEmpty() ? Tr::tr("Paid on %1").arg(isoDateText(c.paid))
                                       : Tr::tr("Paid on %1, voucher %2").arg(isoDateText(c.paid), c.voucher);
        if (index.column() == Payout && c.lumpSum > 0)
            return Tr::tr("%1 by the rules and a lump sum of %2").arg(yuanText(c.partPayout), yuanText(c.lumpSum));
        return {};
    case Qt::DisplayRole:
    case Qt::EditRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case StaffNo:
        return c.staffNo;
    case Name:
        return c.name;
    case SubUnion:
        return c.unitName;
    case Part:
        return r.partName;
    case Treatment:
        return treatmentText(c);
    case Eligible:
        return yuanText(c.eligible());
    case Payout:
        return yuanText(c.payout());
    case Status:
        return claimStatuses().label(c.status);
    default:
        return {};
    }
}

QVariant ClaimsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case StaffNo:
        return Tr::tr("Staff number");
    case Name:
        return Tr::tr("Name");
    case SubUnion:
        return Tr::tr("Sub-union");
    case Part:
        return Tr::tr("Part");
    case Treatment:
        return Tr::tr("Treatment");
    case Eligible:
        return Tr::tr("Eligible");
    case Payout:
        return Tr::tr("Payout");
    case Status:
        return Tr::tr("Status");
    default:
        return {};
    }
}

QVariant ClaimsModel::sortKey(const Row& r, int column) const
{
    switch (column) {
    case Treatment:
        return r.claim.treatedFrom.isValid() ? r.claim.treatedFrom.toJulianDay() : qint64(-1);
    case Eligible:
        return r.claim.eligible();
    case Payout:
        return r.claim.payout();
    case Status:
        return int(r.claim.status);
    default:
        return {}; // a text: compared as the language sorts it
    }
}

void ClaimsModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<qint64> ids;
    for (const QModelIndex& i : before)
        ids << rowAt(i.row()).claim.id;
    m_sortColumn = column;
    m_sortOrder = order;
    sortShown();
    QModelIndexList after;
    for (int i = 0; i < before.size(); ++i) {
        const int row = rowOf(ids.at(i));
        after << (row < 0 ? QModelIndex() : index(row, before.at(i).column()));
    }
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void ClaimsModel::sortShown()
{
    const int column = m_sortColumn;
    const auto text = [column](const Row& r) -> QString {
        switch (column) {
        case StaffNo:
            return r.claim.staffNo;
        case Name:
            return r.claim.name;
        case SubUnion:
            return r.claim.unitName;
        case Part:
            return r.partName;
        default:
            return {};
        }
    };
    const auto less = [&](int a, int b) {
        const Row& x = m_all.at(a);
        const Row& y = m_all.at(b);
        int c = 0;
        const QVariant kx = sortKey(x, column);
        if (kx.isValid()) {
            const qint64 vx = kx.toLongLong();
            const qint64 vy = sortKey(y, column).toLongLong();
            c = vx < vy ? -1 : vx > vy ? 1 : 0;
        } else {
            c = QString::localeAwareCompare(text(x), text(y));
        }
        if (c == 0) // ties keep the order the claims are computed in
            return a < b;
        return m_sortOrder == Qt::AscendingOrder ? c < 0 : c > 0;
    };
    std::stable_sort(m_shown.begin(), m_shown.end(), less);
}

} // namespace ud::core
