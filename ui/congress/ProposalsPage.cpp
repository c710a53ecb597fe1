#include "ui/congress/ProposalsPage.h"
#include "ui/congress/CongressSettingsDialog.h"
#include "ui/congress/ProposalPrintDialog.h"

#include "core/congress/CongressRepositories.h"
#include "core/db/Database.h"
#include "ui/congress/ProposalFilterBar.h"
#include "ui/shell/Module.h"
#include "ui/widgets/DataTableView.h"
#include "ui/widgets/PageActions.h"
#include "ui/widgets/PageHeader.h"

#include <QAction>
#include <QHeaderView>
#include <QIcon>
#include <QLineEdit>
#include <QPointer>
#include <QShortcut>

namespace ud::ui {

using core::Decision;
using core::ProposalsModel;
using core::ProposalStage;

ProposalsPage::ProposalsPage(ShellContext& shell, QWidget* parent)
    : ListPage(shell, tr("Proposals"), QIcon(QStringLiteral(":/icons/congress.svg")), parent),
      m_steps(shell,
              [self = QPointer<ProposalsPage>(this)](qint64 id) {
                  if (self)
                      self->proposalChanged(id);
              }),
      m_model(new ProposalsModel(this)), m_filters(new ProposalFilterBar(this)), m_search(new QLineEdit(this))
{
    setObjectName(QStringLiteral("proposalsPage"));
    m_add = makeAction(this, QStringLiteral("add"), tr("&New Proposal…"), tr("New"),
                       tr("Enter a proposal or a suggestion of the session"),
                       {QKeySequence(QKeySequence::New), QKeySequence(Qt::Key_Insert)});
    m_edit = makeAction(this, QStringLiteral("edit"), tr("&Edit Proposal…"), tr("Edit"),
                        tr("Open the selected proposal: its text, decision, units, reply, ratings and history"),
                        {QKeySequence(Qt::Key_F2)});
    m_decide = makeAction(this, QStringLiteral("decide"), tr("&Decide…"), tr("Decide"),
                          tr("The committee's decision: 立案, 不立案, 转为意见建议 or 并案"),
                          {QKeySequence(Qt::CTRL | Qt::Key_D)});
    m_assign =
        makeAction(this, QStringLiteral("assign"), tr("&Assign…"), tr("Assign"),
                   tr("Hand the proposal to its lead and co-handling units"), {QKeySequence(Qt::CTRL | Qt::Key_G)});
    m_reply = makeAction(this, QStringLiteral("reply"), tr("&Reply…"), tr("Reply"), tr("Enter the lead unit's reply"),
                         {QKeySequence(Qt::CTRL | Qt::Key_R)});
    m_rate = makeAction(this, QStringLiteral("rate"), tr("Ra&te…"), tr("Rate"),
                        tr("Enter the proposer's or a co-signer's rating of the reply"),
                        {QKeySequence(Qt::CTRL | Qt::Key_T)});
    m_withdraw = makeAction(this, QStringLiteral("delete"), tr("&Withdraw"), tr("Withdraw"),
                            tr("The proposer withdraws the selected proposal"));
    m_key = makeAction(this, QStringLiteral("flag"), tr("&Key Proposal"), tr("Key"),
                       tr("Mark the selected proposal as a key one"), {QKeySequence(Qt::CTRL | Qt::Key_K)});
    m_key->setCheckable(true);
    m_print = makeAction(this, QStringLiteral("print"), tr("&Print…"), tr("Print"),
                         tr("The proposal forms, the compilation, the referral notices or the proposal work report: "
                            "preview, print, or save as PDF or .odt"),
                         {QKeySequence(QKeySequence::Print)});
    m_settings = new QAction(QIcon(QStringLiteral(":/icons/settings.svg")), tr("Proposal &Settings…"), this);
    m_settings->setToolTip(tr("Co-signers a proposal needs, the numbers, the categories and the reply deadlines"));
    const QList<QPair<QAction*, const char*>> named = {
        {m_add, "newProposal"},           {m_edit, "editProposal"},   {m_decide, "decideProposal"},
        {m_assign, "assignProposal"},     {m_reply, "replyProposal"}, {m_rate, "rateProposal"},
        {m_withdraw, "withdrawProposal"}, {m_key, "keyProposal"},     {m_print, "printProposals"},
        {m_settings, "proposalSettings"}};
    for (const auto& [action, name] : named) {
        action->setObjectName(QString::fromLatin1(name));
        // The congress page has other tabs with their own keys: these act while the proposals are in front.
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        QWidget::addAction(action);
    }
    m_actions = {m_add, m_edit, m_decide, m_assign, m_reply, m_rate, m_withdraw, m_key, m_print, m_settings};
    connect(m_print, &QAction::triggered, this, [this] {
        if (!m_db || !sessionId())
            return;
        ProposalPrintDialog dialog(m_shell, *m_db, sessionId(), currentId(), this);
        dialog.exec();
    });
    connect(m_settings, &QAction::triggered, this, [this] {
        if (!m_db)
            return;
        CongressSettingsDialog dialog(*m_db, this);
        if (dialog.exec() == QDialog::Accepted)
            reload();
    });
    connect(m_add, &QAction::triggered, this, [this] { openDialog(ProposalDialog::TextTab, true); });
    connect(m_edit, &QAction::triggered, this, [this] { openDialog(ProposalDialog::TextTab); });
    connect(m_decide, &QAction::triggered, this, [this] { openDialog(ProposalDialog::DecisionTab); });
    connect(m_assign, &QAction::triggered, this, [this] { openDialog(ProposalDialog::HandlingTab); });
    connect(m_reply, &QAction::triggered, this, [this] { openDialog(ProposalDialog::ReplyTab); });
    connect(m_rate, &QAction::triggered, this, [this] { openDialog(ProposalDialog::RatingTab); });
    connect(m_withdraw, &QAction::triggered, this, [this] { withdrawCurrent(true); });
    connect(m_key, &QAction::triggered, this, &ProposalsPage::toggleKey);

    m_search->setObjectName(QStringLiteral("proposalSearch"));
    m_search->setPlaceholderText(tr("Search number, title or proposer"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(QIcon(QStringLiteral(":/icons/search.svg")), QLineEdit::LeadingPosition);
    m_search->setMinimumWidth(200);
    m_search->setMaximumWidth(300);
    setButtons(
        {m_add, m_edit, nullptr, m_decide, m_assign, m_reply, m_rate, nullptr, m_withdraw, m_key, nullptr, m_print}, {},
        m_search);
    setFilterBar(m_filters);

    m_view->setObjectName(QStringLiteral("proposalTable"));
    m_view->setModel(m_model);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ProposalsModel::Number, Qt::AscendingOrder);
    m_view->setWordWrap(false);
    QHeaderView* columns = m_view->horizontalHeader();
    const QList<QPair<int, int>> widths = {
        {ProposalsModel::Number, 80},    {ProposalsModel::Title, 230},      {ProposalsModel::Category, 76},
        {ProposalsModel::Proposer, 130}, {ProposalsModel::Delegation, 120}, {ProposalsModel::Cosigners, 52},
        {ProposalsModel::Decision, 70},  {ProposalsModel::Stage, 104},      {ProposalsModel::LeadUnit, 100},
        {ProposalsModel::Deadline, 84},  {ProposalsModel::Replied, 84},     {ProposalsModel::Result, 40},
        {ProposalsModel::Rating, 70},    {ProposalsModel::Key, 40},         {ProposalsModel::Overdue, 44}};
    for (const auto& [column, width] : widths)
        columns->resizeSection(column, width);
    // The kind shows in the decision and stage; the reply date in the dialog.
    m_view->setColumnHidden(ProposalsModel::Kind, true);
    m_view->setColumnHidden(ProposalsModel::Replied, true);

    connect(m_search, &QLineEdit::textChanged, this, &ProposalsPage::applyFilter);
    connect(m_filters, &ProposalFilterBar::filterChanged, this, &ProposalsPage::applyFilter);
    connect(m_filters, &ProposalFilterBar::sessionChanged, this, [this] {
        if (m_db)
            m_filters->fillForSession(*m_db);
        m_model->setSession(sessionId());
        updateCount();
        updateActions();
        emit sessionChosen(sessionId());
    });
    connect(m_view, &QAbstractItemView::doubleClicked, this, [this] { openDialog(ProposalDialog::TextTab); });
    for (const int key : {Qt::Key_Return, Qt::Key_Enter})
        new QShortcut(
            QKeySequence(key), m_view, this, [this] { openDialog(ProposalDialog::TextTab); }, Qt::WidgetShortcut);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ProposalsPage::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ProposalsPage::updateActions);
    updateCount();
    updateActions();
}

void ProposalsPage::setDatabase(core::Database* db)
{
    m_db = db;
    m_model->setDatabase(db);
    reload();
}

void ProposalsPage::reload()
{
    const qint64 current = currentId();
    const qint64 session = sessionId();
    try {
        m_filters->fill(m_db, session);
        m_model->setSession(m_db ? sessionId() : 0);
        applyFilter();
    } catch (const core::Error& e) {
        m_shell.warn(tr("Cannot show the proposals"), e.message());
    }
    if (current)
        selectProposal(current);
    if (sessionId() != session)
        emit sessionChosen(sessionId());
}

void ProposalsPage::tableChanged(const core::Table& table)
{
    for (const core::Table& t : core::congressTables())
        if (t == table) {
            reload();
            return;
        }
}

qint64 ProposalsPage::sessionId() const
{
    return m_filters->sessionId();
}

bool ProposalsPage::setSession(qint64 id)
{
    return m_filters->setSession(id);
}

void ProposalsPage::applyFilter()
{
    core::ProposalFilter f = m_filters->filter();
    f.text = m_search->text();
    const qint64 current = currentId();
    m_model->setFilter(f);
    if (current)
        selectProposal(current);
    updateCount();
}

void ProposalsPage::updateCount()
{
    const int total = int(m_model->allRows().size());
    const int shown = m_model->rowCount();
    const int overdue = m_model->overdueCount();
    QString text =
        shown == total ? tr("%n proposal(s)", nullptr, total) : tr("%1 of %n proposal(s)", nullptr, total).arg(shown);
    if (overdue)
        text += tr(" · %n overdue", nullptr, overdue);
    header()->setSubtitle(m_db && sessionId() ? text : QString());
    showEmptyState(total,
                   sessionId() ? tr("No proposals in this session yet. Enter one with New Proposal.")
                               : tr("No congress session yet. Add one under Sessions and representatives."),
                   tr("No proposal matches the filters."));
}

qint64 ProposalsPage::currentId() const
{
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() && m_view->selectionModel()->isRowSelected(index.row(), {})
               ? m_model->data(index, ProposalsModel::IdRole).toLongLong()
               : 0;
}

bool ProposalsPage::selectProposal(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    m_view->selectRow(row);
    m_view->scrollTo(m_model->index(row, ProposalsModel::Number));
    return true;
}

bool ProposalsPage::openProposal(qint64 id)
{
    if (!m_db)
        return false;
    const auto p = core::ProposalRepository(*m_db).byId(id);
    if (!p)
        return false;
    if (sessionId() != p->sessionId)
        setSession(p->sessionId);
    if (!selectProposal(id)) {
        m_search->clear();
        m_filters->clearFilters();
        selectProposal(id);
    }
    openDialog(ProposalDialog::TextTab);
    return true;
}

void ProposalsPage::showFiltered(const QVariantMap& conditions)
{
    if (!m_db)
        return;
    const qint64 session = conditions.value(QStringLiteral("session_id")).toLongLong();
    if (session && sessionId() != session)
        setSession(session);
    m_search->clear();
    m_filters->setFilters(conditions);
}

void ProposalsPage::openDialog(ProposalDialog::Tab tab, bool fresh)
{
    if (!m_db || !sessionId())
        return;
    const qint64 id = fresh ? 0 : currentId();
    if (!fresh && !id)
        return;
    ProposalDialog dialog(*m_db, m_steps, sessionId(), id, this);
    dialog.showTab(tab);
    dialog.exec();
    if (dialog.proposalId())
        selectProposal(dialog.proposalId());
}

bool ProposalsPage::withdrawCurrent(bool confirm)
{
    const qint64 id = currentId();
    if (!m_db || !id)
        return false;
    const ProposalsModel::Row& row = m_model->rowAt(m_model->rowOf(id));
    if (confirm && !m_shell.ask(tr("Withdraw proposal"),
                                tr("The proposer withdraws %1 %2?").arg(row.number, row.title) +
                                    QStringLiteral("\n\n") + tr("You can take it back with Edit › Undo.")))
        return false;
    return m_steps.decide(id, Decision::Withdrawn, QDate::currentDate());
}

bool ProposalsPage::toggleKey()
{
    const qint64 id = currentId();
    if (!m_db || !id)
        return false;
    const bool key = !m_model->rowAt(m_model->rowOf(id)).key;
    const bool done = m_steps.setKeyProposal(id, key);
    updateActions();
    return done;
}

void ProposalsPage::proposalChanged(qint64 id)
{
    m_shell.notifyDataChanged(core::tables::Proposals);
    if (m_model->rowOf(id) < 0)
        reload();
    selectProposal(id);
    updateActions();
}

void ProposalsPage::updateActions()
{
    const bool canWrite = writable() && sessionId() != 0;
    const qint64 id = currentId();
    const int row = id ? m_model->rowOf(id) : -1;
    const ProposalsModel::Row* r = row >= 0 ? &m_model->rowAt(row) : nullptr;
    m_add->setEnabled(canWrite);
    m_edit->setEnabled(m_db && r);
    const bool open =
        r && r->decision != Decision::Withdrawn && r->decision != Decision::Merged && r->decision != Decision::Rejected;
    m_decide->setEnabled(canWrite && r);
    m_assign->setEnabled(canWrite && open && r->stage != ProposalStage::Submitted);
    m_reply->setEnabled(canWrite && r && (r->stage == ProposalStage::Assigned || r->stage == ProposalStage::Replied));
    m_rate->setEnabled(canWrite && r && (r->stage == ProposalStage::Replied || r->stage == ProposalStage::Rated));
    m_withdraw->setEnabled(canWrite && r && (r->decision == Decision::Pending || r->decision == Decision::Filed));
    m_key->setEnabled(canWrite && r);
    m_key->setChecked(r && r->key);
    m_print->setEnabled(m_db && sessionId() != 0);
    m_settings->setEnabled(m_db && !m_db->isReadOnly());
}

} // namespace ud::ui
