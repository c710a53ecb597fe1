#include "ui/care/CarePage.h"

#include "core/care/CareModels.h"
#include "core/db/DatabaseSettings.h"
#include "core/members/Member.h"
#include "core/units/SubUnit.h"
#include "ui/care/CarePages.h"
#include "ui/widgets/DataTableView.h"
#include "ui/widgets/ReportActions.h"

#include <QDate>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace ud::ui {

namespace {

/// A bold title over a table, with the table's print and file buttons at its right.
QWidget* titled(const QString& title, DataTableView* view, ReportActions* output, QWidget* parent)
{
    auto* box = new QWidget(parent);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(24, 8, 24, 8);
    auto* row = new QHBoxLayout;
    auto* label = new QLabel(title, box);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    row->addWidget(label);
    row->addStretch(1);
    for (QAction* a : output->actions()) {
        auto* b = new QToolButton(box);
        b->setDefaultAction(a);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        row->addWidget(b);
    }
    layout->addLayout(row);
    layout->addWidget(view, 1);
    return box;
}

} // namespace

CareTotalsView::CareTotalsView(QWidget* parent)
    : QWidget(parent), m_totals(new core::CareTotalsModel(this)), m_months(new core::CareMonthsModel(this)),
      m_totalsView(new DataTableView(this)), m_monthsView(new DataTableView(this)),
      m_totalsOutput(new ReportActions(this, QStringLiteral("care"),
                                       [this] {
                                           return m_totals->report(
                                               m_db ? core::DatabaseSettings(*m_db).value(core::settings::UnionName)
                                                    : QString());
                                       })),
      m_monthsOutput(new ReportActions(this, QStringLiteral("care"), [this] {
          return m_months->report(m_db ? core::DatabaseSettings(*m_db).value(core::settings::UnionName) : QString());
      }))
{
    setObjectName(QStringLiteral("careTotals"));
    m_totalsView->setObjectName(QStringLiteral("totalsByUnit"));
    m_totalsView->setModel(m_totals);
    m_totalsView->setPlaceholderText(tr("No care visit in this year."));
    m_totalsView->horizontalHeader()->setDefaultSectionSize(110);
    m_monthsView->setObjectName(QStringLiteral("totalsByMonth"));
    m_monthsView->setModel(m_months);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(titled(tr("By sub-union and kind (yuan; the tooltip gives the number of visits)"), m_totalsView,
                            m_totalsOutput, split));
    split->addWidget(titled(tr("By month"), m_monthsView, m_monthsOutput, split));
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);
}

void CareTotalsView::setDatabase(core::Database* db)
{
    m_db = db;
    m_totals->setDatabase(db);
    m_months->setDatabase(db);
    m_totalsView->resizeColumnToContents(0);
}

void CareTotalsView::setYear(int year)
{
    m_totals->setYear(year);
    m_months->setYear(year);
    m_totalsView->resizeColumnToContents(0);
}

void CareTotalsView::reload()
{
    m_totals->reload();
    m_months->reload();
}

CarePage::CarePage(ShellContext& shell, QWidget* parent)
    : QWidget(parent), m_tabs(new QTabWidget(this)), m_year(new QSpinBox(this)),
      m_hardship(new HardshipPage(shell, this)), m_visits(new CareVisitsPage(shell, this)),
      m_kinds(new CareKindsPage(shell, this)), m_totals(new CareTotalsView(this))
{
    setObjectName(QStringLiteral("carePage"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_hardship, tr("&Hardship"));
    m_tabs->addTab(m_visits, tr("Care &Visits"));
    m_tabs->addTab(m_kinds, tr("Care &Kinds"));
    m_tabs->addTab(m_totals, tr("&Totals"));

    // The year of every tab, beside the tabs.
    auto* corner = new QWidget(this);
    auto* cornerLayout = new QHBoxLayout(corner);
    cornerLayout->setContentsMargins(8, 2, 8, 2);
    auto* label = new QLabel(tr("&Year:"), corner);
    label->setBuddy(m_year);
    m_year->setObjectName(QStringLiteral("careYear"));
    m_year->setRange(1900, 2999);
    m_year->setValue(QDate::currentDate().year());
    cornerLayout->addWidget(label);
    cornerLayout->addWidget(m_year);
    m_tabs->setCornerWidget(corner, Qt::TopRightCorner);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    connect(m_year, &QSpinBox::valueChanged, this, &CarePage::setYear);
    setYear(m_year->value());
}

void CarePage::setYear(int year)
{
    if (m_year->value() != year) {
        m_year->setValue(year); // comes back here through valueChanged
        return;
    }
    m_hardship->setYear(year);
    m_visits->setYear(year);
    m_kinds->setYear(year);
    m_totals->setYear(year);
}

void CarePage::setDatabase(core::Database* db)
{
    m_db = db;
    m_hardship->setDatabase(db);
    m_visits->setDatabase(db);
    m_kinds->setDatabase(db);
    m_totals->setDatabase(db);
}

QList<QAction*> CarePage::pageActions() const
{
    return m_visits->pageActions();
}

QWidget* CarePage::searchField() const
{
    switch (m_tabs->currentIndex()) {
    case HardshipTab:
        return m_hardship->searchField();
    case KindsTab:
        return m_kinds->searchField();
    default:
        return m_visits->searchField();
    }
}

void CarePage::tableChanged(const core::Table& table)
{
    m_hardship->tableChanged(table);
    m_visits->tableChanged(table);
    m_kinds->tableChanged(table);
    if (table == core::tables::CareKinds || table == core::tables::Units)
        m_visits->reloadFilters();
    if (table == core::tables::CareVisits || table == core::tables::CareKinds || table == core::tables::Units ||
        table == core::tables::Members)
        m_totals->reload();
    if (table == core::tables::Members || table == core::tables::Units) {
        m_hardship->reload();
        m_visits->reload();
    }
}

bool CarePage::showsRecordsOf(const core::Table& table) const
{
    return table == core::tables::HardshipCases || table == core::tables::CareVisits ||
           table == core::tables::CareKinds;
}

bool CarePage::showFiltered(const core::PageFilter& filter)
{
    const int tab = filter.table == QLatin1String(core::tables::HardshipCases.name) ? HardshipTab
                    : filter.table == QLatin1String(core::tables::CareVisits.name)  ? VisitsTab
                                                                                    : -1;
    if (tab < 0)
        return false;
    if (filter.conditions.contains(QStringLiteral("year")))
        setYear(filter.conditions.value(QStringLiteral("year")).toInt());
    m_tabs->setCurrentIndex(tab);
    return true;
}

bool CarePage::openRecord(const core::Table& table, qint64 id)
{
    if (!m_db)
        return false;
    if (table == core::tables::HardshipCases) {
        if (const auto h = core::HardshipRepository(*m_db).byId(id))
            setYear(h->given.year());
        m_tabs->setCurrentIndex(HardshipTab);
        return m_hardship->openRecord(table, id);
    }
    if (table == core::tables::CareVisits) {
        if (const auto v = core::CareVisitRepository(*m_db).byId(id))
            setYear(v->visited.year());
        m_tabs->setCurrentIndex(VisitsTab);
        return m_visits->openRecord(table, id);
    }
    if (table == core::tables::CareKinds) {
        if (const auto k = core::CareKindRepository(*m_db).byId(id))
            setYear(k->year);
        m_tabs->setCurrentIndex(KindsTab);
        return m_kinds->openRecord(table, id);
    }
    return false;
}

} // namespace ud::ui
