#include "core/aid/AidListModels.h"

#include "core/db/Error.h"

#include <QBrush>
#include <QColor>
#include <QCoreApplication>

namespace ud::core {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ud::core::AidListModels)
};
} // namespace

AidSchemesModel::AidSchemesModel(QObject* parent)
    : RecordListModel(AidScheme::type(),
                      {QStringLiteral("name"), QStringLiteral("short_name"), QStringLiteral("fee"),
                       QStringLiteral("member_part"), QStringLiteral("school_part"), QStringLiteral("union_part"),
                       QStringLiteral("matching"), QStringLiteral("waiting_days")},
                      parent)
{
}

void AidSchemesModel::setDatabase(Database* db)
{
    m_db = db;
    reload();
}

void AidSchemesModel::reload()
{
    setRecords(m_db ? SchemeRepository(*m_db).all() : QList<AidScheme>());
}

AidPeriodsModel::AidPeriodsModel(QObject* parent)
    : RecordListModel(AidPeriod::type(),
                      {QStringLiteral("period_key"), QStringLiteral("starts"), QStringLiteral("ends"),
                       QStringLiteral("enroll_opens"), QStringLiteral("enroll_closes"), QStringLiteral("rules")},
                      parent)
{
}

void AidPeriodsModel::setDatabase(Database* db)
{
    m_db = db;
    if (!db)
        m_scheme = 0;
    reload();
}

void AidPeriodsModel::setScheme(qint64 schemeId)
{
    m_scheme = schemeId;
    reload();
}

void AidPeriodsModel::reload()
{
    setRecords(m_db && m_scheme ? PeriodRepository(*m_db).ofScheme(m_scheme) : QList<AidPeriod>());
}

QVariant AidPeriodsModel::display(const AidPeriod& p, int column, int role) const
{
    if (column != Rules)
        return RecordListModel::display(p, column, role);
    if (role != Qt::DisplayRole && role != RecordSortRole)
        return {};
    if (p.rules.trimmed().isEmpty())
        return Tr::tr("None yet");
    try {
        const int parts = int(AidRuleTable::fromJson(p.rules.toUtf8()).parts.size());
        return Tr::tr("%n part(s)", nullptr, parts);
    } catch (const Error&) {
        return Tr::tr("Not readable");
    }
}

AidEnrollmentsModel::AidEnrollmentsModel(QObject* parent)
    : RecordListModel(AidEnrollment::type(),
                      {QStringLiteral("staff_no"), QStringLiteral("name"), QStringLiteral("unit_name"),
                       QStringLiteral("shares"), QStringLiteral("enrolled"), QStringLiteral("fee"),
                       QStringLiteral("paid_by"), QStringLiteral("arrears"), QStringLiteral("note")},
                      parent)
{
}

void AidEnrollmentsModel::setDatabase(Database* db)
{
    m_db = db;
    if (!db)
        m_period = 0;
    reload();
}

void AidEnrollmentsModel::setPeriod(qint64 periodId)
{
    m_period = periodId;
    reload();
}

void AidEnrollmentsModel::reload()
{
    setRecords(m_db && m_period ? EnrollmentRepository(*m_db).ofPeriod(m_period) : QList<AidEnrollment>());
}

QVariant AidEnrollmentsModel::display(const AidEnrollment& e, int column, int role) const
{
    if (column == PaidBy && role == Qt::DisplayRole)
        return feePayments().label(e.paidBy);
    if (column == Arrears && role == Qt::DisplayRole)
        return e.arrears ? Tr::tr("Paid late") : QString(); // "on time" for every row would only be noise
    return RecordListModel::display(e, column, role);
}

AidLedgerModel::AidLedgerModel(QObject* parent)
    : RecordListModel(LedgerEntry::type(),
                      {QStringLiteral("posted"), QStringLiteral("kind"), QStringLiteral("amount"),
                       QStringLiteral("voucher"), QStringLiteral("text"), QStringLiteral("reverses_id")},
                      parent)
{
}

void AidLedgerModel::setDatabase(Database* db)
{
    m_db = db;
    if (!db)
        m_period = 0;
    reload();
}

void AidLedgerModel::setPeriod(qint64 periodId)
{
    m_period = periodId;
    reload();
}

void AidLedgerModel::reload()
{
    setRecords(m_db && m_period ? LedgerRepository(*m_db).ofPeriod(m_period) : QList<LedgerEntry>());
}

void AidLedgerModel::recordsChanged()
{
    m_reversed.clear();
    for (const LedgerEntry& e : records())
        if (e.reversesId)
            m_reversed.insert(*e.reversesId);
}

QVariant AidLedgerModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section == Reversed)
        return Tr::tr("Reversal");
    return RecordListModel::headerData(section, orientation, role);
}

QVariant AidLedgerModel::display(const LedgerEntry& e, int column, int role) const
{
    const bool reversed = m_reversed.contains(e.id);
    if (role == Qt::ForegroundRole && (reversed || e.reversesId))
        return QBrush(QColor(Qt::gray));
    if (role == Qt::ForegroundRole && column == Amount && e.amount < 0)
        return QBrush(QColor(0xb4, 0x23, 0x18));
    if (column == Kind && role == Qt::DisplayRole)
        return ledgerKinds().label(e.kind);
    if (column == Amount && role == RecordSortRole)
        return e.amount;
    if (column == Amount && role == Qt::DisplayRole)
        return yuanText(e.amount);
    if (column == Reversed) {
        if (role == Qt::DisplayRole)
            return reversed ? Tr::tr("Reversed") : e.reversesId ? Tr::tr("Reverses an entry") : QString();
        if (role == RecordSortRole)
            return reversed ? 1 : e.reversesId ? 2 : 0;
        return {};
    }
    return RecordListModel::display(e, column, role);
}

} // namespace ud::core
