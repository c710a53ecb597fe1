#include "ui/aid/AidPage.h"
#include "ui/aid/ClaimFilterBar.h"

#include "core/aid/AidRepositories.h"
#include "core/db/Database.h"
#include "core/members/Member.h"
#include "core/units/SubUnit.h"
#include "ui/aid/AidRecordPages.h"
#include "ui/aid/ClaimsPage.h"
#include "ui/aid/FundPage.h"
#include "ui/aid/RuleTableView.h"
#include "ui/widgets/DataTableView.h"
#include "ui/widgets/DialogParts.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

namespace ud::ui {

AidPage::AidPage(ShellContext& shell, QWidget* parent)
    : QWidget(parent), m_scheme(new QComboBox(this)), m_period(new QComboBox(this)), m_tabs(new QTabWidget(this)),
      m_claims(new ClaimsPage(shell, this)), m_enrollment(new EnrollmentPage(shell, this)),
      m_totals(new EnrollmentTotalsView(this)), m_fund(new FundPage(shell, this)),
      m_schemes(new SchemesPage(shell, this)), m_periods(new PeriodsPage(shell, this)),
      m_rules(new RuleTableView(shell, this))
{
    setObjectName(QStringLiteral("aidPage"));
    m_scheme->setObjectName(QStringLiteral("scheme"));
    m_period->setObjectName(QStringLiteral("period"));
    m_scheme->setMinimumContentsLength(24);
    m_scheme->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_period->setMinimumContentsLength(30);
    m_period->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_scheme->setToolTip(tr("The mutual-aid scheme every tab shows"));
    m_period->setToolTip(tr("The period every tab shows: its claims, enrollment and fund"));

    auto* chooser = new QHBoxLayout;
    chooser->setContentsMargins(24, 12, 24, 0);
    chooser->setSpacing(6);
    chooser->addWidget(buddyLabel(tr("Sche&me:"), m_scheme));
    chooser->addWidget(m_scheme, 2);
    chooser->addSpacing(12);
    chooser->addWidget(buddyLabel(tr("Peri&od:"), m_period));
    chooser->addWidget(m_period, 1);
    chooser->addStretch(2);

    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_claims, tr("&Claims"));
    auto* enrollment = new QSplitter(Qt::Horizontal, this);
    enrollment->addWidget(m_enrollment);
    enrollment->addWidget(m_totals);
    enrollment->setStretchFactor(0, 1);
    enrollment->setStretchFactor(1, 0);
    enrollment->setSizes({900, 320});
    m_tabs->addTab(enrollment, tr("&Enrollment"));
    m_tabs->addTab(m_fund, tr("&Fund"));
    auto* schemes = new QSplitter(Qt::Vertical, this);
    auto* top = new QSplitter(Qt::Horizontal, this);
    top->addWidget(m_schemes);
    top->addWidget(m_periods);
    top->setStretchFactor(0, 1);
    top->setStretchFactor(1, 1);
    schemes->addWidget(top);
    schemes->addWidget(m_rules);
    schemes->setStretchFactor(0, 1);
    schemes->setStretchFactor(1, 1);
    m_tabs->addTab(schemes, tr("&Schemes and Rules"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(chooser);
    layout->addWidget(m_tabs, 1);

    connect(m_scheme, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            fillPeriods(0);
    });
    connect(m_period, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            periodChosen();
    });
    connect(m_schemes->tableView()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AidPage::schemeSelected);
    connect(m_periods->tableView()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_rules->setPeriod(m_periods->currentId()); });
    connect(m_rules, &RuleTableView::rulesImported, this, [this](qint64 id) {
        fillChoices();
        if (m_periods->model()->rowOf(id) >= 0)
            m_periods->selectRecord(id);
    });
}

void AidPage::setDatabase(core::Database* db)
{
    m_db = db;
    m_claims->setDatabase(db);
    m_enrollment->setDatabase(db);
    m_fund->setDatabase(db);
    m_schemes->setDatabase(db);
    m_periods->setDatabase(db);
    m_rules->setDatabase(db);
    fillChoices();
    schemeSelected();
}

qint64 AidPage::periodId() const
{
    return m_period->currentData().toLongLong();
}

bool AidPage::setPeriod(qint64 id)
{
    if (!m_db)
        return false;
    const auto period = core::PeriodRepository(*m_db).byId(id);
    if (!period)
        return false;
    m_filling = true;
    m_scheme->setCurrentIndex(m_scheme->findData(period->schemeId));
    m_filling = false;
    fillPeriods(id);
    return periodId() == id;
}

void AidPage::fillChoices()
{
    const qint64 scheme = m_scheme->currentData().toLongLong();
    const qint64 period = periodId();
    m_filling = true;
    m_scheme->clear();
    try {
        if (m_db)
            for (const core::AidScheme& s : core::SchemeRepository(*m_db).all())
                m_scheme->addItem(s.name, s.id);
    } catch (const core::Error&) {
        // An older database without the mutual aid's tables shows nothing.
    }
    const int i = m_scheme->findData(scheme);
    m_scheme->setCurrentIndex(i >= 0 ? i : (m_scheme->count() ? 0 : -1));
    m_filling = false;
    fillPeriods(period);
}

void AidPage::fillPeriods(qint64 keep)
{
    m_filling = true;
    m_period->clear();
    const qint64 scheme = m_scheme->currentData().toLongLong();
    if (m_db && scheme)
        for (const core::AidPeriod& p : core::PeriodRepository(*m_db).ofScheme(scheme))
            m_period->addItem(
                tr("%1 (%2 to %3)").arg(p.key, p.starts.toString(Qt::ISODate), p.ends.toString(Qt::ISODate)), p.id);
    // The latest period by default: ofScheme() gives them latest first.
    const int i = m_period->findData(keep);
    m_period->setCurrentIndex(i >= 0 ? i : (m_period->count() ? 0 : -1));
    m_filling = false;
    periodChosen();
}

void AidPage::periodChosen()
{
    const qint64 id = periodId();
    m_claims->setPeriod(id);
    m_enrollment->setPeriod(id);
    m_totals->showTotals(m_db, id);
    m_fund->setPeriod(id);
}

void AidPage::schemeSelected()
{
    m_periods->setScheme(m_schemes->currentId());
    m_rules->setPeriod(m_periods->currentId());
}

QList<QAction*> AidPage::pageActions() const
{
    return m_claims->pageActions();
}

QWidget* AidPage::searchField() const
{
    switch (m_tabs->currentIndex()) {
    case EnrollmentTab:
        return m_enrollment->searchField();
    case SchemesTab:
        return m_schemes->searchField();
    case FundTab:
        return nullptr;
    default:
        return m_claims->searchField();
    }
}

void AidPage::tableChanged(const core::Table& table)
{
    m_schemes->tableChanged(table);
    m_periods->tableChanged(table);
    m_enrollment->tableChanged(table);
    if (table == core::tables::AidSchemes || table == core::tables::AidPeriods) {
        fillChoices();
        m_rules->reload();
        m_claims->reload(); // a part's name, a rule table
    }
    if (table == core::tables::AidEnrollments)
        m_totals->showTotals(m_db, periodId());
    if (table == core::tables::AidClaims || table == core::tables::Members || table == core::tables::Units)
        m_claims->reload();
    if (table == core::tables::AidLedger || table == core::tables::AidClaims)
        m_fund->reload();
    if (table == core::tables::Members || table == core::tables::Units) {
        m_enrollment->reload();
        m_totals->showTotals(m_db, periodId());
    }
}

bool AidPage::showsRecordsOf(const core::Table& table) const
{
    return table == core::tables::AidClaims || table == core::tables::AidEnrollments ||
           table == core::tables::AidSchemes;
}

bool AidPage::showFiltered(const core::PageFilter& filter)
{
    if (!m_db)
        return false;
    const QVariantMap& c = filter.conditions;
    if (const qint64 period = c.value(QStringLiteral("period_id")).toLongLong()) {
        setPeriod(period);
    } else if (const qint64 scheme = c.value(QStringLiteral("scheme_id")).toLongLong()) {
        if (m_scheme->currentData().toLongLong() != scheme) {
            m_filling = true;
            m_scheme->setCurrentIndex(qMax(0, m_scheme->findData(scheme)));
            m_filling = false;
            fillPeriods(0); // its latest period
        }
    }
    if (filter.table == QLatin1String(core::tables::AidClaims.name)) {
        m_tabs->setCurrentIndex(ClaimsTab);
        m_claims->filterBar()->showStatus(c.value(QStringLiteral("status")).toString());
        return true;
    }
    if (filter.table == QLatin1String(core::tables::AidEnrollments.name)) {
        m_tabs->setCurrentIndex(EnrollmentTab);
        return true;
    }
    if (filter.table == QLatin1String(core::tables::AidSchemes.name)) {
        m_tabs->setCurrentIndex(FundTab);
        return true;
    }
    return false;
}

bool AidPage::openRecord(const core::Table& table, qint64 id)
{
    if (!m_db)
        return false;
    if (table == core::tables::AidClaims) {
        const auto claim = core::ClaimRepository(*m_db).byId(id);
        if (!claim)
            return false;
        setPeriod(claim->periodId);
        m_tabs->setCurrentIndex(ClaimsTab);
        return m_claims->openClaim(id);
    }
    if (table == core::tables::AidEnrollments) {
        const auto e = core::EnrollmentRepository(*m_db).byId(id);
        if (!e)
            return false;
        setPeriod(e->periodId);
        m_tabs->setCurrentIndex(EnrollmentTab);
        return m_enrollment->openRecord(table, id);
    }
    if (table == core::tables::AidSchemes) {
        m_tabs->setCurrentIndex(SchemesTab);
        return m_schemes->openRecord(table, id);
    }
    return false;
}

} // namespace ud::ui
