#include "core/congress/ProposalsModel.h"

#include "core/db/Database.h"
#include "core/record/Values.h"

#include <QBrush>
#include <QColor>
#include <QCoreApplication>
#include <QFont>

#include <algorithm>

namespace ud::core {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ud::core::ProposalsModel)
};

// The current round only: its lead assignment, its reply and the proposer's last rating in it. The co-signer count
// is a subquery so that the joins stay one row per proposal.
const char* const SessionSql = R"(
SELECT p.id, p.number, p.kind, p.title, p.category, p.decision, p.round, p.key_proposal,
       p.proposer_rep_id, p.proposer_delegation_id,
       m.name AS proposer_name, m.staff_no AS staff_no,
       dr.id AS rep_delegation_id, dr.name AS rep_delegation, dp.name AS own_delegation,
       (SELECT COUNT(*) FROM congress_cosigners c WHERE c.proposal_id = p.id) AS cosigners,
       a.id AS lead_id, a.unit_id AS lead_unit_id, hu.name AS lead_unit, a.deadline AS deadline,
       r.id AS reply_id, r.replied AS replied, r.result AS result,
       (SELECT rt.rating FROM congress_ratings rt
         WHERE rt.proposal_id = p.id AND rt.round = p.round AND rt.rep_id IS NULL
         ORDER BY rt.id DESC LIMIT 1) AS rating
FROM congress_proposals p
LEFT JOIN congress_representatives rep ON rep.id = p.proposer_rep_id
LEFT JOIN members m ON m.id = rep.member_id
LEFT JOIN congress_delegations dr ON dr.id = rep.delegation_id
LEFT JOIN congress_delegations dp ON dp.id = p.proposer_delegation_id
LEFT JOIN congress_assignments a ON a.proposal_id = p.id AND a.round = p.round AND a.role = 'lead'
LEFT JOIN handling_units hu ON hu.id = a.unit_id
LEFT JOIN congress_replies r ON r.proposal_id = p.id AND r.round = p.round
WHERE p.session_id = :session
ORDER BY p.number
)";

bool containsText(const ProposalsModel::Row& r, const QString& text)
{
    return r.number.contains(text, Qt::CaseInsensitive) || r.title.contains(text, Qt::CaseInsensitive) ||
           r.proposerName.contains(text, Qt::CaseInsensitive) || r.staffNo.contains(text, Qt::CaseInsensitive) ||
           r.delegation.contains(text, Qt::CaseInsensitive);
}

} // namespace

ProposalsModel::ProposalsModel(QObject* parent) : QAbstractTableModel(parent), m_today(QDate::currentDate()) {}

QList<ProposalsModel::Row> ProposalsModel::read(Database& db, qint64 sessionId, const QDate& today)
{
    QList<Row> rows;
    QSqlQuery q = db.exec(QString::fromLatin1(SessionSql), {{QStringLiteral("session"), sessionId}});
    while (q.next()) {
        Row r;
        r.id = q.value(QStringLiteral("id")).toLongLong();
        r.number = q.value(QStringLiteral("number")).toString();
        r.kind = proposalKinds().fromKey(q.value(QStringLiteral("kind")).toString()).value_or(ProposalKind::Proposal);
        r.title = q.value(QStringLiteral("title")).toString();
        r.category = q.value(QStringLiteral("category")).toString();
        r.decision = decisions().fromKey(q.value(QStringLiteral("decision")).toString()).value_or(Decision::Pending);
        r.round = q.value(QStringLiteral("round")).toInt();
        r.key = q.value(QStringLiteral("key_proposal")).toInt() != 0;
        r.proposerName = q.value(QStringLiteral("proposer_name")).toString();
        r.staffNo = q.value(QStringLiteral("staff_no")).toString();
        if (!q.value(QStringLiteral("proposer_delegation_id")).isNull()) {
            r.delegationId = q.value(QStringLiteral("proposer_delegation_id")).toLongLong();
            r.delegation = q.value(QStringLiteral("own_delegation")).toString();
            r.proposer = r.delegation;
        } else {
            r.delegationId = q.value(QStringLiteral("rep_delegation_id")).toLongLong();
            r.delegation = q.value(QStringLiteral("rep_delegation")).toString();
            r.proposer = r.staffNo.isEmpty() ? r.proposerName
                                             : Tr::tr("%1 (%2)", "name (staff number)").arg(r.proposerName, r.staffNo);
        }
        r.cosigners = q.value(QStringLiteral("cosigners")).toInt();
        r.leadUnitId = q.value(QStringLiteral("lead_unit_id")).toLongLong();
        r.leadUnit = q.value(QStringLiteral("lead_unit")).toString();
        r.deadline = dateOf(q.value(QStringLiteral("deadline")));
        r.replied = dateOf(q.value(QStringLiteral("replied")));
        r.result = replyResults().fromKey(q.value(QStringLiteral("result")).toString()).value_or(ReplyResult::None);
        const QVariant rating = q.value(QStringLiteral("rating"));
        if (!rating.isNull())
            r.rating = ratings().fromKey(rating.toString());

        // The stage and overdue as ProposalFile judges them, from the current round's part of the file.
        ProposalFile file;
        file.proposal.id = r.id;
        file.proposal.kind = r.kind;
        file.proposal.decision = r.decision;
        file.proposal.round = r.round;
        if (r.leadUnitId) {
            Assignment lead;
            lead.id = q.value(QStringLiteral("lead_id")).toLongLong();
            lead.proposalId = r.id;
            lead.round = r.round;
            lead.unitId = r.leadUnitId;
            lead.role = AssignmentRole::Lead;
            lead.deadline = r.deadline;
            lead.unitName = r.leadUnit;
            file.assignments << lead;
        }
        if (!q.value(QStringLiteral("reply_id")).isNull()) {
            Reply reply;
            reply.id = q.value(QStringLiteral("reply_id")).toLongLong();
            reply.proposalId = r.id;
            reply.round = r.round;
            reply.replied = r.replied;
            reply.result = r.result;
            file.replies << reply;
        }
        if (r.rating) {
            ProposalRating rated;
            rated.proposalId = r.id;
            rated.round = r.round;
            rated.rating = *r.rating;
            file.ratings << rated;
        }
        r.stage = file.stage();
        r.overdue = file.overdueOn(today);
        rows << r;
    }
    return rows;
}

void ProposalsModel::setDatabase(Database* db)
{
    m_db = db;
    m_session = 0;
    refresh();
}

void ProposalsModel::setSession(qint64 sessionId)
{
    m_session = sessionId;
    refresh();
}

void ProposalsModel::setToday(const QDate& today)
{
    m_today = today;
    refresh();
}

void ProposalsModel::setFilter(const ProposalFilter& filter)
{
    beginResetModel();
    m_filter = filter;
    applyFilter();
    endResetModel();
}

void ProposalsModel::refresh()
{
    beginResetModel();
    m_all = (m_db && m_session) ? read(*m_db, m_session, m_today) : QList<Row>();
    applyFilter();
    endResetModel();
}

bool ProposalsModel::accepts(const Row& r) const
{
    if (m_filter.stage && r.stage != *m_filter.stage)
        return false;
    if (!m_filter.category.isEmpty() && r.category != m_filter.category)
        return false;
    if (m_filter.delegationId && r.delegationId != m_filter.delegationId)
        return false;
    if (m_filter.unitId && r.leadUnitId != m_filter.unitId)
        return false;
    if (m_filter.overdueOnly && !r.overdue)
        return false;
    const QString text = m_filter.text.trimmed();
    return text.isEmpty() || containsText(r, text);
}

void ProposalsModel::applyFilter()
{
    m_shown.clear();
    for (int i = 0; i < m_all.size(); ++i)
        if (accepts(m_all.at(i)))
            m_shown << i;
    sortShown();
}

int ProposalsModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_shown.size(); ++i)
        if (m_all.at(m_shown.at(i)).id == id)
            return i;
    return -1;
}

int ProposalsModel::countInStage(ProposalStage stage) const
{
    return int(std::count_if(m_all.cbegin(), m_all.cend(), [stage](const Row& r) { return r.stage == stage; }));
}

int ProposalsModel::overdueCount() const
{
    return int(std::count_if(m_all.cbegin(), m_all.cend(), [](const Row& r) { return r.overdue; }));
}

int ProposalsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

int ProposalsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProposalsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& r = rowAt(index.row());
    switch (role) {
    case IdRole:
        return r.id;
    case StageRole:
        return int(r.stage);
    case OverdueRole:
        return r.overdue;
    case DecisionRole:
        return int(r.decision);
    case SortRole: {
        const QVariant key = sortKey(r, index.column());
        return key.isValid() ? key : data(index, Qt::DisplayRole);
    }
    case Qt::TextAlignmentRole:
        if (index.column() == Cosigners)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        if (index.column() == Result || index.column() == Key)
            return QVariant(Qt::AlignCenter);
        return {};
    case Qt::ForegroundRole:
        if (r.overdue && (index.column() == Deadline || index.column() == Overdue))
            return QBrush(QColor(0xb4, 0x23, 0x18));
        return {};
    case Qt::FontRole:
        if (r.key && index.column() == Number) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Title)
            return r.title;
        if (r.overdue && (index.column() == Deadline || index.column() == Overdue))
            return Tr::tr("The reply was due on %1 and has not come").arg(r.deadline.toString(Qt::ISODate));
        return {};
    case Qt::DisplayRole:
    case Qt::EditRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case Number:
        return r.number;
    case Kind:
        return proposalKinds().label(r.kind);
    case Title:
        return r.title;
    case Category:
        return r.category;
    case Proposer:
        return r.proposer;
    case Delegation:
        return r.delegation;
    case Cosigners:
        return r.cosigners;
    case Decision:
        return decisions().label(r.decision);
    case Stage:
        return r.round > 1 ? Tr::tr("%1 (round %2)").arg(proposalStages().label(r.stage)).arg(r.round)
                           : proposalStages().label(r.stage);
    case LeadUnit:
        return r.leadUnit;
    case Deadline:
        return r.deadline.isValid() ? r.deadline.toString(Qt::ISODate) : QString();
    case Replied:
        return r.replied.isValid() ? r.replied.toString(Qt::ISODate) : QString();
    case Result:
        return r.result == ReplyResult::None ? QString() : replyResults().key(r.result);
    case Rating:
        return r.rating ? ratings().label(*r.rating) : QString();
    case Key:
        return r.key ? Tr::tr("Key") : QString();
    case Overdue:
        return r.overdue ? Tr::tr("Overdue") : QString();
    default:
        return {};
    }
}

QVariant ProposalsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Number:
        return Tr::tr("Number");
    case Kind:
        return Tr::tr("Kind");
    case Title:
        return Tr::tr("Title");
    case Category:
        return Tr::tr("Category");
    case Proposer:
        return Tr::tr("Proposer");
    case Delegation:
        return Tr::tr("Delegation");
    case Cosigners:
        return Tr::tr("Co-signers");
    case Decision:
        return Tr::tr("Decision");
    case Stage:
        return Tr::tr("Stage");
    case LeadUnit:
        return Tr::tr("Lead unit");
    case Deadline:
        return Tr::tr("Reply due");
    case Replied:
        return Tr::tr("Replied");
    case Result:
        return Tr::tr("Result");
    case Rating:
        return Tr::tr("Rating");
    case Key:
        return Tr::tr("Key proposal");
    case Overdue:
        return Tr::tr("Overdue");
    default:
        return {};
    }
}

QVariant ProposalsModel::sortKey(const Row& r, int column) const
{
    switch (column) {
    case Cosigners:
        return r.cosigners;
    case Decision:
        return int(r.decision);
    case Stage:
        return int(r.stage);
    case Deadline:
        return r.deadline.isValid() ? r.deadline.toJulianDay() : qint64(-1);
    case Replied:
        return r.replied.isValid() ? r.replied.toJulianDay() : qint64(-1);
    case Rating:
        return r.rating ? int(*r.rating) : -1;
    case Key:
        return r.key;
    case Overdue:
        return r.overdue;
    default:
        return {}; // a text: compared as the language sorts it
    }
}

void ProposalsModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<qint64> ids;
    for (const QModelIndex& i : before)
        ids << rowAt(i.row()).id;
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

void ProposalsModel::sortShown()
{
    const int column = m_sortColumn;
    // Texts compare as the user's language sorts them; ties keep the number order.
    const auto text = [column](const Row& r) -> QString {
        switch (column) {
        case Number:
            return r.number;
        case Kind:
            return proposalKinds().key(r.kind);
        case Title:
            return r.title;
        case Category:
            return r.category;
        case Proposer:
            return r.proposer;
        case Delegation:
            return r.delegation;
        case LeadUnit:
            return r.leadUnit;
        case Result:
            return replyResults().key(r.result);
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
        if (c == 0)
            return m_sortOrder == Qt::AscendingOrder ? x.number < y.number : y.number < x.number;
        return m_sortOrder == Qt::AscendingOrder ? c < 0 : c > 0;
    };
    std::stable_sort(m_shown.begin(), m_shown.end(), less);
}

} // namespace ud::core
