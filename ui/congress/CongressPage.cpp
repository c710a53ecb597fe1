#include "ui/congress/CongressPage.h"
#include "ui/congress/InspectionsPage.h"

#include "core/congress/CongressRepositories.h"
#include "core/congress/ProposalsModel.h"
#include "ui/congress/CommitteeView.h"
#include "ui/congress/CongressRecordPages.h"
#include "ui/congress/DelegationView.h"
#include "ui/congress/ProposalsPage.h"
#include "ui/widgets/DataTableView.h"

#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

namespace ud::ui {

using core::ProposalsModel;

CongressPage::CongressPage(ShellContext& shell, QWidget* parent)
    : QWidget(parent), m_tabs(new QTabWidget(this)), m_proposals(new ProposalsPage(shell, this)),
      m_committee(new CommitteeView(shell, m_proposals->steps(), this)), m_sessions(new SessionsPage(shell, this)),
      m_delegations(new DelegationView(shell, this)), m_units(new HandlingUnitsPage(shell, this)),
      m_due(new ProposalsModel(this)), m_dueView(new DataTableView(this)),
      m_inspections(new InspectionsPage(shell, this))
{
    setObjectName(QStringLiteral("congressPage"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_proposals, tr("&Proposals"));
    m_tabs->addTab(m_committee, tr("Co&mmittee"));

    auto* sessions = new QSplitter(Qt::Vertical, this);
    sessions->addWidget(m_sessions);
    sessions->addWidget(m_delegations);
    sessions->setStretchFactor(0, 1);
    sessions->setStretchFactor(1, 2);
    m_tabs->addTab(sessions, tr("&Sessions and Representatives"));

    auto* units = new QSplitter(Qt::Vertical, this);
    units->addWidget(m_units);
    auto* due = new QWidget(this);
    auto* dueLayout = new QVBoxLayout(due);
    dueLayout->setContentsMargins(24, 0, 24, 12);
    auto* dueTitle = new QLabel(tr("Replies due from the selected unit in the session (overdue in red)"), due);
    QFont bold = dueTitle->font();
    bold.setBold(true);
    dueTitle->setFont(bold);
    dueLayout->addWidget(dueTitle);
    dueLayout->addWidget(m_dueView, 1);
    units->addWidget(due);
    m_tabs->addTab(units, tr("&Handling Units"));
    auto* inspections = new QSplitter(Qt::Vertical, this);
    inspections->addWidget(m_inspections);
    inspections->addWidget(m_inspections->detailsPanel());
    m_tabs->addTab(inspections, tr("&Inspections"));

    m_dueView->setObjectName(QStringLiteral("dueTable"));
    m_dueView->setModel(m_due);
    m_dueView->setSortingEnabled(true);
    m_dueView->sortByColumn(ProposalsModel::Deadline, Qt::AscendingOrder);
    for (int c : {ProposalsModel::Kind, ProposalsModel::Decision, ProposalsModel::LeadUnit, ProposalsModel::Replied,
                  ProposalsModel::Result, ProposalsModel::Rating, ProposalsModel::Cosigners})
        m_dueView->setColumnHidden(c, true);
    m_dueView->horizontalHeader()->resizeSection(ProposalsModel::Title, 320);
    m_dueView->setPlaceholderText(tr("Choose a unit above: its replies still due in the session show here."));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    connect(m_proposals, &ProposalsPage::sessionChosen, this, &CongressPage::sessionChosen);
    connect(m_units->tableView()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CongressPage::unitChosen);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int tab) {
        if (tab == CommitteeTab)
            m_committee->reload();
    });
}

void CongressPage::setDatabase(core::Database* db)
{
    m_db = db;
    m_due->setDatabase(db);
    m_committee->setDatabase(db);
    m_delegations->setDatabase(db);
    m_sessions->setDatabase(db);
    m_units->setDatabase(db);
    m_inspections->setDatabase(db);
    m_proposals->setDatabase(db);
    sessionChosen(m_proposals->sessionId());
}

void CongressPage::sessionChosen(qint64 sessionId)
{
    m_committee->setSession(sessionId);
    m_delegations->setSession(sessionId);
    m_due->setSession(sessionId);
    if (m_db && sessionId)
        if (const auto s = core::SessionRepository(*m_db).byId(sessionId))
            m_inspections->setTerm(s->term);
    unitChosen();
}

void CongressPage::unitChosen()
{
    core::ProposalFilter f;
    f.unitId = m_units->currentId();
    f.stage = core::ProposalStage::Assigned;
    if (!f.unitId)
        f.unitId = -1; // none chosen: nothing due
    m_due->setFilter(f);
}

QList<QAction*> CongressPage::pageActions() const
{
    return m_proposals->pageActions();
}

QWidget* CongressPage::searchField() const
{
    switch (m_tabs->currentIndex()) {
    case SessionsTab:
        return m_sessions->searchField();
    case UnitsTab:
        return m_units->searchField();
    case InspectionsTab:
        return m_inspections->searchField();
    default:
        return m_proposals->searchField();
    }
}

void CongressPage::tableChanged(const core::Table& table)
{
    m_proposals->tableChanged(table);
    m_sessions->tableChanged(table);
    m_units->tableChanged(table);
    m_inspections->tableChanged(table);
    if (table == core::tables::InspectionItems || table == core::tables::InspectionReps)
        m_inspections->showDetails();
    for (const core::Table& t : core::congressTables())
        if (t == table) {
            m_committee->reload();
            m_due->refresh();
            if (table == core::tables::Representatives || table == core::tables::Delegations ||
                table == core::tables::CongressSessions)
                m_delegations->setSession(m_proposals->sessionId());
            return;
        }
}

bool CongressPage::showsRecordsOf(const core::Table& table) const
{
    return table == core::tables::Proposals || table == core::tables::CongressSessions ||
           table == core::tables::HandlingUnits || table == core::tables::Inspections;
}

bool CongressPage::showFiltered(const core::PageFilter& filter)
{
    if (filter.table != QLatin1String(core::tables::Proposals.name))
        return false;
    m_tabs->setCurrentIndex(ProposalsTab);
    m_proposals->showFiltered(filter.conditions);
    return true;
}

bool CongressPage::openRecord(const core::Table& table, qint64 id)
{
    if (table == core::tables::Proposals) {
        m_tabs->setCurrentIndex(ProposalsTab);
        return m_proposals->openProposal(id);
    }
    if (table == core::tables::CongressSessions) {
        m_tabs->setCurrentIndex(SessionsTab);
        return m_sessions->openRecord(table, id);
    }
    if (table == core::tables::HandlingUnits) {
        m_tabs->setCurrentIndex(UnitsTab);
        return m_units->openRecord(table, id);
    }
    if (table == core::tables::Inspections) {
        m_tabs->setCurrentIndex(InspectionsTab);
        return m_inspections->openRecord(table, id);
    }
    return false;
}

} // namespace ud::ui
