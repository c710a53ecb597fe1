#include "core/care/CareModels.h"

#include "core/record/Money.h"

#include <QCoreApplication>
#include <QLocale>

namespace ud::core {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ud::core::CareModels)
};
} // namespace

HardshipModel::HardshipModel(QObject* parent)
    : RecordListModel(HardshipCase::type(),
                      {QStringLiteral("given"), QStringLiteral("member_staff_no"), QStringLiteral("member_name"),
                       QStringLiteral("unit_name"), QStringLiteral("cause"), QStringLiteral("amount"),
                       QStringLiteral("form"), QStringLiteral("funded_by"), QStringLiteral("review")},
                      parent)
{
}

void HardshipModel::setDatabase(Database* db)
{
    m_db = db;
    reload();
}

void HardshipModel::setYear(int year)
{
    m_year = year;
    reload();
}

void HardshipModel::reload()
{
    setRecords(m_db ? HardshipRepository(*m_db).ofYear(m_year) : QList<HardshipCase>());
}

CareKindsModel::CareKindsModel(QObject* parent)
    : RecordListModel(CareKind::type(),
                      {QStringLiteral("name"), QStringLiteral("kind_key"), QStringLiteral("amount_mode"),
                       QStringLiteral("amount"), QStringLiteral("payer"), QStringLiteral("form"),
                       QStringLiteral("frequency"), QStringLiteral("over_rule")},
                      parent)
{
}

void CareKindsModel::setDatabase(Database* db)
{
    m_db = db;
    reload();
}

void CareKindsModel::setYear(int year)
{
    m_year = year;
    reload();
}

void CareKindsModel::reload()
{
    setRecords(m_db ? CareKindRepository(*m_db).ofYear(m_year) : QList<CareKind>());
}

CareVisitsModel::CareVisitsModel(QObject* parent)
    : RecordListModel(CareVisit::type(),
                      {QStringLiteral("visited"), QStringLiteral("member_staff_no"), QStringLiteral("member_name"),
                       QStringLiteral("unit_name"), QStringLiteral("kind_name"), QStringLiteral("amount"),
                       QStringLiteral("form"), QStringLiteral("payer"), QStringLiteral("reason"),
                       QStringLiteral("visitors")},
                      parent)
{
}

void CareVisitsModel::setDatabase(Database* db)
{
    m_db = db;
    reload();
}

void CareVisitsModel::setFilter(const CareFilter& filter)
{
    m_filter = filter;
    reload();
}

void CareVisitsModel::reload()
{
    setRecords(m_db ? CareVisitRepository(*m_db).visits(m_filter) : QList<CareVisit>());
}

// ---- totals per sub-union and kind

CareTotalsModel::CareTotalsModel(QObject* parent) : QAbstractTableModel(parent) {}

void CareTotalsModel::setDatabase(Database* db)
{
    m_db = db;
    reload();
}

void CareTotalsModel::setYear(int year)
{
    m_year = year;
    reload();
}

void CareTotalsModel::reload()
{
    beginResetModel();
    m_units.clear();
    m_kinds.clear();
    m_cells.clear();
    if (m_db && m_year) {
        for (const CareKind& k : CareKindRepository(*m_db).ofYear(m_year))
            m_kinds.append({k.key, k.name});
        QList<std::optional<qint64>> unitIds;
        for (const CareTotal& t : CareVisitRepository(*m_db).totals(m_year)) {
            int row = int(unitIds.indexOf(t.unitId));
            if (row < 0) {
                row = int(unitIds.size());
                unitIds << t.unitId;
                m_units << (t.unitId ? t.unitName : Tr::tr("(no sub-union)"));
            }
            int column = -1;
            for (int i = 0; i < m_kinds.size(); ++i)
                if (m_kinds.at(i).first == t.kindKey)
                    column = i;
            if (column < 0) {
                column = int(m_kinds.size());
                m_kinds.append({t.kindKey, t.kindName});
            }
            m_cells.insert({row, column}, {t.visits, t.amount});
        }
    }
    endResetModel();
}

int CareTotalsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || m_units.isEmpty() ? 0 : int(m_units.size()) + 1;
}

int CareTotalsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_kinds.size()) + 2;
}

CareTotalsModel::Cell CareTotalsModel::cell(int row, int column) const
{
    // Column 0 is the sub-union; the last column and the last row are totals.
    const int kinds = int(m_kinds.size());
    const int units = int(m_units.size());
    Cell c;
    for (int r = 0; r < units; ++r) {
        if (row < units && r != row)
            continue;
        for (int k = 0; k < kinds; ++k) {
            if (column - 1 < kinds && k != column - 1)
                continue;
            const Cell one = m_cells.value({r, k});
            c.visits += one.visits;
            c.amount += one.amount;
        }
    }
    return c;
}

QVariant CareTotalsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int units = int(m_units.size());
    if (index.column() == 0) {
        if (role != Qt::DisplayRole)
            return {};
        return index.row() < units ? m_units.at(index.row()) : Tr::tr("Total");
    }
    const Cell c = cell(index.row(), index.column());
    switch (role) {
    case Qt::DisplayRole:
        return c.visits ? yuanText(c.amount) : QString();
    case Qt::ToolTipRole:
        return c.visits ? Tr::tr("%n visit(s)", nullptr, c.visits) : QString();
    case Qt::TextAlignmentRole:
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case AmountRole:
        return c.amount;
    case VisitsRole:
        return c.visits;
    default:
        return {};
    }
}

QVariant CareTotalsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == 0)
        return Tr::tr("Sub-union");
    if (section - 1 < m_kinds.size())
        return m_kinds.at(section - 1).second;
    return Tr::tr("Total");
}

Report CareTotalsModel::report(const QString& organisation) const
{
    Report r;
    r.organisation = organisation;
    r.title = Tr::tr("Care visits by sub-union and kind");
    r.subtitle = Tr::tr("Year %1, in yuan").arg(m_year);
    r.orientation = QPageLayout::Landscape;
    r.columns.append({headerData(0, Qt::Horizontal).toString(), Report::Kind::Text, 16, Report::NoWrap});
    for (int c = 1; c < columnCount(); ++c)
        r.columns.append({headerData(c, Qt::Horizontal).toString(), Report::Kind::Decimal, 10});
    for (int row = 0; row < rowCount(); ++row) {
        QStringList cells{data(index(row, 0)).toString()};
        for (int c = 1; c < columnCount(); ++c) {
            const Cell one = cell(row, c);
            cells << (one.visits ? yuanText(one.amount, true) : QString());
        }
        r.addRow(cells);
    }
    return r;
}

// ---- totals per month

CareMonthsModel::CareMonthsModel(QObject* parent) : QAbstractTableModel(parent) {}

void CareMonthsModel::setDatabase(Database* db)
{
    m_db = db;
    reload();
}

void CareMonthsModel::setYear(int year)
{
    m_year = year;
    reload();
}

void CareMonthsModel::reload()
{
    beginResetModel();
    m_months.clear();
    if (m_db && m_year) {
        m_months = CareVisitRepository(*m_db).monthTotals(m_year);
        CareMonthTotal total;
        for (const CareMonthTotal& m : std::as_const(m_months)) {
            total.visits += m.visits;
            total.amount += m.amount;
            total.university += m.university;
            total.subUnion += m.subUnion;
        }
        m_months << total;
    }
    endResetModel();
}

int CareMonthsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_months.size());
}

int CareMonthsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CareMonthsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CareMonthTotal& m = m_months.at(index.row());
    if (role == Qt::TextAlignmentRole && index.column() != Month)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Month:
        return m.month ? QLocale().standaloneMonthName(m.month) : Tr::tr("Total");
    case Visits:
        return m.visits;
    case Amount:
        return yuanText(m.amount);
    case University:
        return yuanText(m.university);
    case SubUnion:
        return yuanText(m.subUnion);
    default:
        return {};
    }
}

QVariant CareMonthsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Month:
        return Tr::tr("Month");
    case Visits:
        return Tr::tr("Visits");
    case Amount:
        return Tr::tr("Amount");
    case University:
        return Tr::tr("University union");
    case SubUnion:
        return Tr::tr("Sub-unions");
    default:
        return QAbstractTableModel::headerData(section, orientation, role);
    }
}

Report CareMonthsModel::report(const QString& organisation) const
{
    Report r;
    r.organisation = organisation;
    r.title = Tr::tr("Care visits by month");
    r.subtitle = Tr::tr("Year %1, in yuan").arg(m_year);
    r.columns = {{headerData(Month, Qt::Horizontal).toString(), Report::Kind::Text, 10},
                 {headerData(Visits, Qt::Horizontal).toString(), Report::Kind::Integer, 8},
                 {headerData(Amount, Qt::Horizontal).toString(), Report::Kind::Decimal, 12},
                 {headerData(University, Qt::Horizontal).toString(), Report::Kind::Decimal, 12},
                 {headerData(SubUnion, Qt::Horizontal).toString(), Report::Kind::Decimal, 12}};
    for (const CareMonthTotal& m : m_months)
        r.addRow({m.month ? QLocale().standaloneMonthName(m.month) : Tr::tr("Total"), QString::number(m.visits),
                  yuanText(m.amount, true), yuanText(m.university, true), yuanText(m.subUnion, true)});
    return r;
}

} // namespace ud::core
