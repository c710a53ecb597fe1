#include "ui/aid/ClaimsPage.h"

#include "core/aid/AidDocuments.h"
#include "core/db/Database.h"
#include "ui/aid/AidPrintDialog.h"
#include "ui/aid/ClaimDialog.h"
#include "ui/aid/ClaimFilterBar.h"
#include "ui/shell/Module.h"
#include "ui/widgets/DataTableView.h"
#include "ui/widgets/DialogParts.h"
#include "ui/widgets/PageActions.h"
#include "ui/widgets/PageHeader.h"

#include <QAction>
#include <QDateEdit>
#include <QDialog>
#include <QFormLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QShortcut>

namespace ud::ui {

using core::ClaimsModel;
using core::ClaimStatus;

ClaimsPage::ClaimsPage(ShellContext& shell, QWidget* parent)
    : ListPage(shell, tr("Claims"), QIcon(QStringLiteral(":/icons/aid.svg")), parent),
      m_steps(shell,
              [self = QPointer<ClaimsPage>(this)](qint64 id) {
                  if (self)
                      self->claimChanged(id);
              }),
      m_model(new ClaimsModel(this)), m_filters(new ClaimFilterBar(this)), m_search(new QLineEdit(this))
{
    setObjectName(QStringLiteral("claimsPage"));
    m_add = makeAction(this, QStringLiteral("add"), tr("&New Claim…"), tr("New"),
                       tr("Enter a member's claim with the costs of one treatment"),
                       {QKeySequence(QKeySequence::New), QKeySequence(Qt::Key_Insert)});
    m_edit = makeAction(this, QStringLiteral("edit"), tr("&Edit Claim…"), tr("Edit"),
                        tr("Open the selected claim with its calculation"), {QKeySequence(Qt::Key_F2)});
    m_advance = makeAction(this, QStringLiteral("decide"), tr("Ne&xt Review Step"), tr("Next Step"),
                           tr("The claim passes its next review: sub-union, union office, committee"),
                           {QKeySequence(Qt::CTRL | Qt::Key_G)});
    m_reject = makeAction(this, QStringLiteral("delete"), tr("&Reject…"), tr("Reject"),
                          tr("Reject the selected claim, with the reason"), {QKeySequence(Qt::CTRL | Qt::Key_R)});
    m_pay = makeAction(this, QStringLiteral("rate"), tr("&Pay…"), tr("Pay"),
                       tr("Pay the approved claim: the day and the voucher; the payout goes to the fund's ledger"),
                       {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P)});
    m_print = makeAction(this, QStringLiteral("print"), tr("Print &Approval Form…"), tr("Print"),
                         tr("The approval form (审批表) of the selected claim or of the claims shown: preview, print, "
                            "or save as PDF or .odt"),
                         {QKeySequence(QKeySequence::Print)});
    m_recompute = makeAction(this, QStringLiteral("refresh"), tr("Re&compute Period"), tr("Recompute"),
                             tr("Compute the payouts of the period's open claims again by its rule table"),
                             {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R)});
    const QList<QPair<QAction*, const char*>> named = {
        {m_add, "newClaim"}, {m_edit, "editClaim"},    {m_advance, "advanceClaim"},     {m_reject, "rejectClaim"},
        {m_pay, "payClaim"}, {m_print, "printClaims"}, {m_recompute, "recomputeClaims"}};
    for (const auto& [action, name] : named) {
        action->setObjectName(QString::fromLatin1(name));
        // The mutual-aid page has other tabs with their own keys: these act while the claims are in front.
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        QWidget::addAction(action);
    }
    m_actions = {m_add, m_edit, m_advance, m_reject, m_pay, m_print, m_recompute};
    connect(m_add, &QAction::triggered, this, [this] { openDialog(true); });
    connect(m_edit, &QAction::triggered, this, [this] { openDialog(false); });
    connect(m_advance, &QAction::triggered, this, &ClaimsPage::advanceCurrent);
    connect(m_reject, &QAction::triggered, this, [this] { rejectCurrent(); });
    connect(m_pay, &QAction::triggered, this, [this] { payCurrent(); });
    connect(m_print, &QAction::triggered, this, &ClaimsPage::printForms);
    connect(m_recompute, &QAction::triggered, this, &ClaimsPage::recompute);

    m_search->setObjectName(QStringLiteral("claimSearch"));
    m_search->setPlaceholderText(tr("Search name, staff number or pinyin"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(QIcon(QStringLiteral(":/icons/search.svg")), QLineEdit::LeadingPosition);
    m_search->setMinimumWidth(180);
    m_search->setMaximumWidth(280);
    setButtons({m_add, m_edit, nullptr, m_advance, m_reject, m_pay, nullptr, m_print, m_recompute}, {}, m_search);
    setFilterBar(m_filters);

    m_view->setObjectName(QStringLiteral("claimTable"));
    m_view->setModel(m_model);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ClaimsModel::Treatment, Qt::AscendingOrder);
    m_view->setWordWrap(false);
    QHeaderView* columns = m_view->horizontalHeader();
    const QList<QPair<int, int>> widths = {{ClaimsModel::StaffNo, 90},    {ClaimsModel::Name, 90},
                                           {ClaimsModel::SubUnion, 150},  {ClaimsModel::Part, 120},
                                           {ClaimsModel::Treatment, 190}, {ClaimsModel::Eligible, 100},
                                           {ClaimsModel::Payout, 100},    {ClaimsModel::Status, 150}};
    for (const auto& [column, width] : widths)
        columns->resizeSection(column, width);

    connect(m_search, &QLineEdit::textChanged, this, &ClaimsPage::applyFilter);
    connect(m_filters, &ClaimFilterBar::filterChanged, this, &ClaimsPage::applyFilter);
    connect(m_view, &QAbstractItemView::doubleClicked, this, [this] { openDialog(false); });
    for (const int key : {Qt::Key_Return, Qt::Key_Enter})
        new QShortcut(
            QKeySequence(key), m_view, this, [this] { openDialog(false); }, Qt::WidgetShortcut);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ClaimsPage::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ClaimsPage::updateActions);
    updateCount();
    updateActions();
}

void ClaimsPage::setDatabase(core::Database* db)
{
    m_db = db;
    m_model->setDatabase(db);
    reload();
}

void ClaimsPage::setPeriod(qint64 periodId)
{
    if (periodId == m_model->periodId())
        return;
    m_model->setPeriod(m_db ? periodId : 0);
    reload();
}

void ClaimsPage::reload()
{
    const qint64 current = currentId();
    try {
        m_model->refresh();
        m_filters->fill(*m_model);
        applyFilter();
    } catch (const core::Error& e) {
        m_shell.warn(tr("Cannot show the claims"), e.message());
    }
    if (current)
        selectClaim(current);
    updateCount();
    updateActions();
}

void ClaimsPage::applyFilter()
{
    core::ClaimFilter f = m_filters->filter();
    f.text = m_search->text();
    const qint64 current = currentId();
    m_model->setFilter(f);
    if (current)
        selectClaim(current);
    updateCount();
}

void ClaimsPage::updateCount()
{
    const int total = int(m_model->allRows().size());
    const int shown = m_model->rowCount();
    QString text =
        shown == total ? tr("%n claim(s)", nullptr, total) : tr("%1 of %n claim(s)", nullptr, total).arg(shown);
    if (shown)
        text += tr(" · %1 yuan to pay").arg(core::yuanText(m_model->shownPayout()));
    header()->setSubtitle(m_db && periodId() ? text : QString());
    showEmptyState(total,
                   periodId() ? tr("No claims in this period yet. Enter one with New Claim.")
                              : tr("No mutual-aid period yet. Add a scheme and its period under Schemes and Rules, "
                                   "or import a rule table there."),
                   tr("No claim matches the filters."));
}

qint64 ClaimsPage::currentId() const
{
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() && m_view->selectionModel()->isRowSelected(index.row(), {})
               ? m_model->data(index, ClaimsModel::IdRole).toLongLong()
               : 0;
}

bool ClaimsPage::selectClaim(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    m_view->selectRow(row);
    m_view->scrollTo(m_model->index(row, ClaimsModel::StaffNo));
    return true;
}

bool ClaimsPage::openClaim(qint64 id)
{
    if (!m_db)
        return false;
    if (!selectClaim(id)) {
        m_search->clear();
        m_filters->clearFilters();
        if (!selectClaim(id))
            return false;
    }
    openDialog(false);
    return true;
}

void ClaimsPage::openDialog(bool fresh)
{
    if (!m_db || !periodId())
        return;
    core::AidClaim claim;
    if (fresh) {
        if (m_db->isReadOnly())
            return;
        claim.periodId = periodId();
        // Treatment today, kept inside the period; received today.
        if (const auto period = core::PeriodRepository(*m_db).byId(periodId())) {
            const QDate today = QDate::currentDate();
            claim.treatedFrom = today < period->starts ? period->starts : today > period->ends ? period->ends : today;
        }
        claim.received = QDate::currentDate();
        if (!m_model->parts().isEmpty())
            claim.partKey = m_model->parts().first().first;
    } else {
        const qint64 id = currentId();
        if (!id)
            return;
        const auto stored = core::ClaimRepository(*m_db).byId(id);
        if (!stored) {
            reload();
            return;
        }
        claim = *stored;
    }
    ClaimDialog dialog(m_shell, *m_db, m_steps, claim, this);
    dialog.exec();
    if (dialog.claimId())
        selectClaim(dialog.claimId());
}

bool ClaimsPage::advanceCurrent()
{
    const qint64 id = currentId();
    return id && m_steps.advance(id);
}

bool ClaimsPage::rejectCurrent(const QString& given)
{
    const qint64 id = currentId();
    if (!m_db || !id)
        return false;
    QString reason = given;
    if (reason.trimmed().isEmpty()) {
        QDialog dialog(this);
        dialog.setWindowTitle(tr("Reject claim"));
        const ClaimsModel::Row& row = m_model->rowAt(m_model->rowOf(id));
        auto* text = new QPlainTextEdit(&dialog);
        text->setObjectName(QStringLiteral("reason"));
        text->setTabChangesFocus(true);
        QVBoxLayout* layout = dialogLayout(&dialog, 8);
        layout->addWidget(wrappedLabel(tr("Why is the claim of %1 (%2) rejected? The reason is kept with the claim.")
                                           .arg(row.claim.name, row.claim.staffNo),
                                       &dialog));
        layout->addWidget(buddyLabel(tr("&Reason:"), text));
        layout->addWidget(text, 1);
        layout->addWidget(dialogButtons(&dialog));
        dialog.resize(460, 260);
        if (dialog.exec() != QDialog::Accepted)
            return false;
        reason = text->toPlainText().trimmed();
    }
    return m_steps.reject(id, reason);
}

bool ClaimsPage::payCurrent(const QDate& givenDay, const QString& givenVoucher)
{
    const qint64 id = currentId();
    if (!m_db || !id)
        return false;
    QDate day = givenDay;
    QString voucher = givenVoucher;
    if (!day.isValid()) {
        QDialog dialog(this);
        dialog.setWindowTitle(tr("Pay claim"));
        const ClaimsModel::Row& row = m_model->rowAt(m_model->rowOf(id));
        auto* date = new QDateEdit(QDate::currentDate(), &dialog);
        date->setObjectName(QStringLiteral("paid"));
        date->setCalendarPopup(true);
        date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        auto* number = new QLineEdit(&dialog);
        number->setObjectName(QStringLiteral("voucher"));
        number->setMaxLength(64);
        QVBoxLayout* layout = dialogLayout(&dialog, 10);
        layout->addWidget(wrappedLabel(tr("Pay %1 yuan to %2 (%3); the payout is posted to the fund's ledger.")
                                           .arg(core::yuanText(row.claim.payout()), row.claim.name, row.claim.staffNo),
                                       &dialog));
        auto* form = new QFormLayout;
        form->addRow(tr("&Paid on:"), date);
        form->addRow(tr("&Voucher:"), number);
        layout->addLayout(form);
        layout->addWidget(dialogButtons(&dialog));
        if (dialog.exec() != QDialog::Accepted)
            return false;
        day = date->date();
        voucher = number->text().trimmed();
    }
    return m_steps.pay(id, day, voucher);
}

bool ClaimsPage::recompute()
{
    if (!m_db || !periodId())
        return false;
    const int changed = m_steps.recompute(periodId());
    if (changed < 0)
        return false;
    m_shell.showStatusMessage(changed ? tr("Recomputed: %n claim(s) changed", nullptr, changed)
                                      : tr("Recomputed: every payout was already up to date"));
    return true;
}

void ClaimsPage::printForms()
{
    if (!m_db || !periodId())
        return;
    core::Database& db = *m_db;
    const qint64 id = currentId();
    const QList<qint64> shown = m_model->shownIds();
    QString name;
    if (id)
        name = m_model->rowAt(m_model->rowOf(id)).claim.name;
    QList<AidPrintDialog::Choice> choices;
    AidPrintDialog::Choice one;
    one.text = id ? tr("The approval form (审批表) of the claim of %1").arg(name)
                  : tr("The approval form (审批表) of the selected claim");
    one.fileName = tr("Approval form %1").arg(name);
    one.make = [&db, id] { return core::claimApprovalForms(db, {id}); };
    one.enabled = id != 0;
    AidPrintDialog::Choice all;
    all.text = tr("The approval forms of the %n claim(s) shown", nullptr, int(shown.size()));
    all.fileName = tr("Approval forms");
    all.make = [&db, shown] { return core::claimApprovalForms(db, shown); };
    all.enabled = !shown.isEmpty();
    choices << one << all;
    AidPrintDialog dialog(m_shell, tr("Print Approval Forms"), choices, QStringLiteral("aid"), this);
    dialog.exec();
}

void ClaimsPage::claimChanged(qint64 id)
{
    m_shell.notifyDataChanged(core::tables::AidClaims);
    m_shell.notifyDataChanged(core::tables::AidLedger); // a payment posts, its undo takes it back
    if (m_model->rowOf(id) < 0)
        reload();
    selectClaim(id);
    updateActions();
}

void ClaimsPage::updateActions()
{
    const bool canWrite = writable() && periodId() != 0;
    const qint64 id = currentId();
    const int row = id ? m_model->rowOf(id) : -1;
    const core::AidClaim* c = row >= 0 ? &m_model->rowAt(row).claim : nullptr;
    m_add->setEnabled(canWrite);
    m_edit->setEnabled(m_db && c);
    m_advance->setEnabled(
        canWrite && c &&
        (c->status == ClaimStatus::Draft || c->status == ClaimStatus::SubUnion || c->status == ClaimStatus::Office));
    m_reject->setEnabled(canWrite && c && c->status != ClaimStatus::Paid && c->status != ClaimStatus::Rejected);
    m_pay->setEnabled(canWrite && c && c->status == ClaimStatus::Committee);
    m_print->setEnabled(m_db && periodId() != 0 && m_model->rowCount() > 0);
    m_recompute->setEnabled(canWrite && !m_model->allRows().isEmpty());
}

} // namespace ud::ui
