#include "core/awards/AwardModels.h"

#include <QCoreApplication>

#include <climits>

namespace ud::core {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ud::core::AwardModels)
};
} // namespace

AwardTypesModel::AwardTypesModel(QObject* parent)
    : RecordListModel(AwardType::type(),
                      {QStringLiteral("name"), QStringLiteral("kind"), QStringLiteral("repeat_rule"),
                       QStringLiteral("repeat_years"), QStringLiteral("min_women_percent"),
                       QStringLiteral("female_head"), QStringLiteral("min_size"), QStringLiteral("min_deeds")},
                      parent)
{
}

void AwardTypesModel::setDatabase(Database* db)
{
    m_db = db;
    reload();
}

void AwardTypesModel::reload()
{
    setRecords(m_db ? AwardTypeRepository(*m_db).all() : QList<AwardType>());
}

AwardRoundsModel::AwardRoundsModel(QObject* parent)
    : RecordListModel(AwardRound::type(),
                      {QStringLiteral("round_key"), QStringLiteral("year"), QStringLiteral("award_name"),
                       QStringLiteral("stage"), QStringLiteral("total_quota"), QStringLiteral("publicity_start"),
                       QStringLiteral("publicity_end")},
                      parent)
{
}

void AwardRoundsModel::setDatabase(Database* db)
{
    m_db = db;
    reload();
}

void AwardRoundsModel::setYear(int year)
{
    m_year = year;
    reload();
}

void AwardRoundsModel::reload()
{
    setRecords(m_db ? AwardRoundRepository(*m_db).ofYear(m_year) : QList<AwardRound>());
}

AwardQuotasModel::AwardQuotasModel(QObject* parent)
    : RecordListModel(AwardQuota::type(),
                      {QStringLiteral("unit_name"), QStringLiteral("headcount"), QStringLiteral("computed"),
                       QStringLiteral("quota"), QStringLiteral("reason")},
                      parent)
{
}

void AwardQuotasModel::setDatabase(Database* db)
{
    m_db = db;
    reload();
}

void AwardQuotasModel::setRound(qint64 roundId)
{
    m_roundId = roundId;
    reload();
}

void AwardQuotasModel::reload()
{
    setRecords(m_db && m_roundId ? AwardRoundRepository(*m_db).quotas(m_roundId) : QList<AwardQuota>());
}

ObjectionsModel::ObjectionsModel(QObject* parent)
    : RecordListModel(Objection::type(),
                      {QStringLiteral("received"), QStringLiteral("nominee"), QStringLiteral("content"),
                       QStringLiteral("outcome"), QStringLiteral("handled_by"), QStringLiteral("closed")},
                      parent)
{
}

void ObjectionsModel::setDatabase(Database* db)
{
    m_db = db;
    reload();
}

void ObjectionsModel::setRound(qint64 roundId)
{
    m_roundId = roundId;
    reload();
}

void ObjectionsModel::reload()
{
    setRecords(m_db && m_roundId ? AwardRoundRepository(*m_db).objections(m_roundId) : QList<Objection>());
}

AwardHistoryModel::AwardHistoryModel(QObject* parent)
    : RecordListModel(AwardHistoryEntry::type(),
                      {QStringLiteral("year"), QStringLiteral("award_name"), QStringLiteral("member_staff_no"),
                       QStringLiteral("member_name"), QStringLiteral("team_name"), QStringLiteral("unit_name"),
                       QStringLiteral("source")},
                      parent)
{
}

void AwardHistoryModel::setDatabase(Database* db)
{
    m_db = db;
    reload();
}

void AwardHistoryModel::setYear(int year)
{
    m_year = year;
    m_memberId = 0;
    reload();
}

void AwardHistoryModel::setMember(qint64 memberId)
{
    m_memberId = memberId;
    reload();
}

void AwardHistoryModel::reload()
{
    if (!m_db)
        setRecords({});
    else if (m_memberId)
        setRecords(AwardHistoryRepository(*m_db).ofMember(m_memberId));
    else
        setRecords(AwardHistoryRepository(*m_db).ofYear(m_year));
}

// ---- nominations

NominationsModel::NominationsModel(QObject* parent) : QAbstractTableModel(parent) {}

void NominationsModel::setDatabase(Database* db)
{
    m_db = db;
    reload();
}

void NominationsModel::setRound(qint64 roundId)
{
    m_roundId = roundId;
    reload();
}

void NominationsModel::reload()
{
    beginResetModel();
    m_rows.clear();
    if (m_db && m_roundId && AwardRoundRepository(*m_db).byId(m_roundId)) {
        NominationRepository nominations(*m_db);
        QHash<qint64, QList<AwardProblem>> problems;
        for (const AwardProblem& p : nominations.roundProblems(m_roundId))
            problems[p.nominationId] << p;
        QHash<qint64, QPair<int, int>> ranks; // total, rank
        for (const RankedNomination& r : AwardRoundRepository(*m_db).ranking(m_roundId))
            ranks.insert(r.nomination.id, {r.total, r.rank});
        for (const Nomination& n : nominations.ofRound(m_roundId)) {
            Row row;
            row.nomination = n;
            row.problems = problems.value(n.id);
            row.total = ranks.value(n.id).first;
            row.rank = ranks.value(n.id).second;
            const TeamCount c = nominations.teamCount(n);
            row.size = c.size;
            row.women = c.women;
            m_rows << row;
        }
    }
    endResetModel();
}

int NominationsModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).nomination.id == id)
            return i;
    return -1;
}

int NominationsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int NominationsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant NominationsModel::value(const Row& row, int column, bool sort) const
{
    const Nomination& n = row.nomination;
    const RecordType<Nomination>& t = Nomination::type();
    switch (column) {
    case Nominee:
        return n.nominee();
    case Kind:
        return nomineeKinds().label(n.kind);
    case Unit:
        return n.unitName;
    case People:
        if (!n.isCollective())
            return sort ? QVariant(0) : QVariant(QString());
        return sort ? QVariant(row.size) : QVariant(Tr::tr("%1 / %2 women").arg(row.size).arg(row.women));
    case Attachments:
        return sort ? QVariant(int(n.attachments))
                    : QVariant(
                          t.text(n.attachments ? t.field(u"attachments")->yesText : t.field(u"attachments")->noText));
    case Published:
        return sort ? QVariant(int(n.published))
                    : QVariant(t.text(n.published ? t.field(u"published")->yesText : t.field(u"published")->noText));
    case Score:
        return sort ? QVariant(n.committeeScore) : QVariant(scoreText(n.committeeScore));
    case Votes:
        return n.publicVotes;
    case Total:
        if (!n.active())
            return sort ? QVariant(-1) : QVariant(QString());
        return sort ? QVariant(row.total) : QVariant(scoreText(row.total));
    case Rank:
        if (!n.active())
            return sort ? QVariant(INT_MAX) : QVariant(QString());
        return row.rank;
    case Status:
        return nominationStatuses().label(n.status);
    case Checks: {
        QStringList titles;
        for (const AwardProblem& p : row.problems)
            titles << awardRules().label(p.rule);
        return titles.join(Tr::tr(", "));
    }
    default:
        break;
    }
    return {};
}

QVariant NominationsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return value(row, index.column(), false);
    case SortRole:
        return value(row, index.column(), true);
    case IdRole:
        return row.nomination.id;
    case Qt::ToolTipRole:
        if (index.column() == Checks) {
            QStringList lines;
            for (const AwardProblem& p : row.problems)
                lines << p.message;
            return lines.isEmpty() ? QVariant() : QVariant(lines.join(QLatin1Char('\n')));
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Score || index.column() == Votes || index.column() == Total || index.column() == Rank)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SeverityRole: {
        QString severity;
        for (const AwardProblem& p : row.problems) {
            if (p.refuses())
                return QStringLiteral("refuse");
            severity = QStringLiteral("warn");
        }
        return severity;
    }
    case RulesRole: {
        QStringList keys;
        for (const AwardProblem& p : row.problems)
            keys << awardRules().key(p.rule);
        return keys;
    }
    case MessagesRole: {
        QStringList lines;
        for (const AwardProblem& p : row.problems)
            lines << p.message;
        return lines;
    }
    default:
        break;
    }
    return {};
}

QVariant NominationsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Nominee:
        return Tr::tr("Nominee");
    case Kind:
        return Tr::tr("Kind");
    case Unit:
        return Tr::tr("Nominated by");
    case People:
        return Tr::tr("People");
    case Attachments:
        return Tr::tr("Attachments");
    case Published:
        return Tr::tr("Published");
    case Score:
        return Tr::tr("Committee score");
    case Votes:
        return Tr::tr("Public votes");
    case Total:
        return Tr::tr("Total");
    case Rank:
        return Tr::tr("Rank");
    case Status:
        return Tr::tr("Status");
    case Checks:
        return Tr::tr("Checks");
    default:
        break;
    }
    return {};
}

} // namespace ud::core
