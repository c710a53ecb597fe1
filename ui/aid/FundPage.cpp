#include "ui/aid/FundPage.h"

#include "core/aid/AidDocuments.h"
#include "core/db/Database.h"
#include "core/db/RecordStore.h"
#include "core/db/Transaction.h"
#include "ui/aid/AidPrintDialog.h"
#include "ui/shell/Module.h"
#include "ui/shell/RecordCommand.h"
#include "ui/widgets/DataTableView.h"
#include "ui/widgets/DialogParts.h"
#include "ui/widgets/PageActions.h"
#include "ui/widgets/PageHeader.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QUndoStack>

namespace ud::ui {

using core::LedgerEntry;
using core::LedgerKind;
using core::LedgerRepository;

namespace {

/// Entries posted to the ledger (an entry, a reversal, the fees): undo takes them out again, redo puts them back
/// under their ids.
class LedgerCommand : public RecordCommand {
public:
    LedgerCommand(ShellContext& shell, QList<LedgerEntry> entries, const QString& text, RecordChangedCallback changed)
        : RecordCommand(shell, std::move(changed)), m_entries(std::move(entries))
    {
        setText(text);
    }

protected:
    void apply() override
    {
        core::Transaction tx(database());
        core::RecordStore store(database());
        for (const LedgerEntry& e : std::as_const(m_entries)) {
            QVariantMap values = LedgerEntry::type().values(e);
            values.insert(QStringLiteral("id"), e.id);
            store.insert(core::tables::AidLedger.sqlName(), values);
        }
        tx.commit();
    }
    void revert() override
    {
        core::Transaction tx(database());
        LedgerRepository repo(database());
        core::RecordStore store(database());
        for (auto it = m_entries.crbegin(); it != m_entries.crend(); ++it) {
            if (const QString problem = repo.removalProblem(it->id); !problem.isEmpty())
                throw core::ValidationError(problem); // reversed since: the reversal goes first
            store.remove(core::tables::AidLedger.sqlName(), it->id);
        }
        tx.commit();
    }
    qint64 recordId() const override { return m_entries.isEmpty() ? 0 : m_entries.first().id; }

private:
    QList<LedgerEntry> m_entries;
};

} // namespace

FundPage::FundPage(ShellContext& shell, QWidget* parent)
    : ListPage(shell, tr("Fund"), QIcon(QStringLiteral(":/icons/aid.svg")), parent),
      m_model(new core::AidLedgerModel(this)), m_balance(new QLabel(this))
{
    setObjectName(QStringLiteral("fundPage"));
    m_post = makeAction(this, QStringLiteral("add"), tr("&Post Entry…"), tr("Post"),
                        tr("Post income (donations, interest …) or an expense to the fund's ledger"),
                        {QKeySequence(QKeySequence::New), QKeySequence(Qt::Key_Insert)});
    m_reverse = makeAction(this, QStringLiteral("undo"), tr("&Reverse…"), tr("Reverse"),
                           tr("Correct the selected entry by a reversing entry of the opposite amount"),
                           {QKeySequence(Qt::CTRL | Qt::Key_R)});
    m_fees = makeAction(this, QStringLiteral("import"), tr("Post &Fees"), tr("Post Fees"),
                        tr("Post the period's fees from its enrollment: the members', the school's and the union's "
                           "parts and the matching, each what the ledger does not hold yet"),
                        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F)});
    m_statement = makeAction(this, QStringLiteral("print"), tr("Print &Statement…"), tr("Statement"),
                             tr("The fund's statement of the period (收支公示): preview, print, or save as PDF, .odt "
                                "or .xlsx"),
                             {QKeySequence(QKeySequence::Print)});
    const QList<QPair<QAction*, const char*>> named = {
        {m_post, "postEntry"}, {m_reverse, "reverseEntry"}, {m_fees, "postFees"}, {m_statement, "printStatement"}};
    for (const auto& [action, name] : named) {
        action->setObjectName(QString::fromLatin1(name));
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        QWidget::addAction(action);
    }
    m_actions = {m_post, m_reverse, m_fees, m_statement};
    connect(m_post, &QAction::triggered, this, [this] { postEntry(); });
    connect(m_reverse, &QAction::triggered, this, [this] { reverseCurrent(); });
    connect(m_fees, &QAction::triggered, this, [this] { postFees(); });
    connect(m_statement, &QAction::triggered, this, &FundPage::printStatement);

    m_balance->setObjectName(QStringLiteral("balance"));
    m_balance->setTextFormat(Qt::PlainText);
    setButtons({m_post, m_reverse, nullptr, m_fees, nullptr, m_statement}, {}, m_balance);

    m_view->setObjectName(QStringLiteral("ledgerTable"));
    m_view->setModel(m_model);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setWordWrap(false);
    QHeaderView* columns = m_view->horizontalHeader();
    columns->resizeSection(core::AidLedgerModel::Posted, 100);
    columns->resizeSection(core::AidLedgerModel::Kind, 140);
    columns->resizeSection(core::AidLedgerModel::Amount, 110);
    columns->resizeSection(core::AidLedgerModel::Voucher, 90);
    columns->resizeSection(core::AidLedgerModel::Text, 380);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &FundPage::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &FundPage::updateActions);
    updateCount();
    updateActions();
}

void FundPage::setDatabase(core::Database* db)
{
    m_db = db;
    m_model->setDatabase(db);
    reload();
}

void FundPage::setPeriod(qint64 periodId)
{
    if (periodId == m_model->periodId())
        return;
    m_model->setPeriod(m_db ? periodId : 0);
    reload();
}

void FundPage::reload()
{
    const qint64 current = currentId();
    try {
        m_model->reload();
    } catch (const core::Error& e) {
        m_shell.warn(tr("Cannot show the ledger"), e.message());
    }
    if (current)
        selectEntry(current);
    updateCount();
    updateActions();
}

void FundPage::updateCount()
{
    const int total = m_model->rowCount();
    header()->setSubtitle(m_db && periodId() ? tr("%n entry(ies)", nullptr, total) : QString());
    QString balance;
    if (m_db && periodId()) {
        try {
            LedgerRepository ledger(*m_db);
            const core::AidPeriod period = core::PeriodRepository(*m_db).require(periodId());
            balance =
                tr("Brought forward: %1 yuan   ·   Balance at the end: %2 yuan")
                    .arg(core::yuanText(ledger.balanceBefore(period)), core::yuanText(ledger.balanceAfter(period)));
        } catch (const core::Error& e) {
            balance = e.message();
        }
    }
    m_balance->setText(balance);
    showEmptyState(total,
                   periodId() ? tr("Nothing posted in this period yet. Post the fees from the enrollment with Post "
                                   "Fees; claims post their payouts when they are paid.")
                              : tr("No mutual-aid period yet. Add a scheme and its period under Schemes and Rules."),
                   QString());
}

qint64 FundPage::currentId() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(core::RecordIdRole).toLongLong();
}

bool FundPage::selectEntry(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    m_view->selectRow(row);
    m_view->scrollTo(m_model->index(row, 0));
    return true;
}

void FundPage::posted(const QList<qint64>& ids, const QString& text)
{
    QList<LedgerEntry> entries;
    LedgerRepository repo(*m_db);
    for (qint64 id : ids)
        if (const auto e = repo.byId(id))
            entries << *e;
    if (entries.isEmpty())
        return;
    m_shell.undoStack()->push(new LedgerCommand(m_shell, entries, text, [self = QPointer<FundPage>(this)](qint64 id) {
        if (!self)
            return;
        self->m_shell.notifyDataChanged(core::tables::AidLedger);
        self->reload();
        self->selectEntry(id);
    }));
}

qint64 FundPage::postEntry(const LedgerEntry& given, bool ask)
{
    if (!writable() || !periodId())
        return 0;
    LedgerEntry entry = given;
    entry.periodId = periodId();
    if (ask) {
        QDialog dialog(this);
        dialog.setObjectName(QStringLiteral("postEntryDialog"));
        dialog.setWindowTitle(tr("Post entry"));
        auto* kind = new QComboBox(&dialog);
        kind->setObjectName(QStringLiteral("kind"));
        for (LedgerKind k : core::ledgerKinds().values())
            if (k != LedgerKind::Claim) // claims post their payouts when paid
                kind->addItem(core::isIncome(k) ? tr("Income: %1").arg(core::ledgerKinds().label(k))
                                                : tr("Expense: %1").arg(core::ledgerKinds().label(k)),
                              int(k));
        kind->setCurrentIndex(qMax(0, kind->findData(int(LedgerKind::Donation))));
        auto* date = new QDateEdit(QDate::currentDate(), &dialog);
        date->setObjectName(QStringLiteral("posted"));
        date->setCalendarPopup(true);
        date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        auto* amount = new QDoubleSpinBox(&dialog);
        amount->setObjectName(QStringLiteral("amount"));
        amount->setDecimals(2);
        amount->setRange(0, 99999999.99);
        amount->setGroupSeparatorShown(true);
        amount->setSuffix(tr(" yuan"));
        auto* voucher = new QLineEdit(&dialog);
        voucher->setObjectName(QStringLiteral("voucher"));
        voucher->setMaxLength(64);
        auto* text = new QLineEdit(&dialog);
        text->setObjectName(QStringLiteral("text"));
        text->setMaxLength(500);
        auto* form = new QFormLayout;
        form->addRow(tr("&Kind:"), kind);
        form->addRow(tr("&Date:"), date);
        form->addRow(tr("&Amount:"), amount);
        form->addRow(tr("&Voucher:"), voucher);
        form->addRow(tr("&Text:"), text);
        QVBoxLayout* layout = dialogLayout(&dialog);
        layout->addLayout(form);
        layout->addWidget(noteLabel(tr("An expense is posted as a negative amount. A wrong entry is not changed "
                                       "later: it is reversed."),
                                    &dialog));
        layout->addWidget(dialogButtons(&dialog));
        dialog.resize(460, dialog.sizeHint().height());
        if (dialog.exec() != QDialog::Accepted)
            return 0;
        entry.kind = LedgerKind(kind->currentData().toInt());
        entry.posted = date->date();
        entry.amount = qRound64(amount->value() * 100);
        entry.voucher = voucher->text().trimmed();
        entry.text = text->text().trimmed();
    }
    qint64 id = 0;
    try {
        id = LedgerRepository(*m_db).post(entry);
    } catch (const core::Error& e) {
        m_shell.warn(tr("Cannot post the entry"), e.message());
        return 0;
    }
    posted({id}, tr("Post %1 %2 yuan").arg(core::ledgerKinds().label(entry.kind), core::yuanText(qAbs(entry.amount))));
    return id;
}

bool FundPage::reverseCurrent(const QDate& day, bool ask)
{
    const qint64 id = currentId();
    if (!writable() || !id)
        return false;
    const LedgerEntry& entry = m_model->recordAt(m_model->rowOf(id));
    if (ask && !m_shell.ask(tr("Reverse entry"),
                            tr("Reverse the entry of %1, %2 %3 yuan, by an entry of the opposite amount today?")
                                .arg(entry.posted.toString(Qt::ISODate), core::ledgerKinds().label(entry.kind),
                                     core::yuanText(entry.amount))))
        return false;
    qint64 reversal = 0;
    try {
        reversal = LedgerRepository(*m_db).reverse(id, day.isValid() ? day : QDate::currentDate());
    } catch (const core::Error& e) {
        m_shell.warn(tr("Cannot reverse the entry"), e.message());
        return false;
    }
    posted({reversal},
           tr("Reverse %1 %2 yuan").arg(core::ledgerKinds().label(entry.kind), core::yuanText(entry.amount)));
    return true;
}

bool FundPage::postFees(const QDate& day)
{
    if (!writable() || !periodId())
        return false;
    QList<qint64> ids;
    try {
        ids = LedgerRepository(*m_db).postFees(periodId(), day.isValid() ? day : QDate::currentDate());
    } catch (const core::Error& e) {
        m_shell.warn(tr("Cannot post the fees"), e.message());
        return false;
    }
    if (ids.isEmpty()) {
        m_shell.showStatusMessage(tr("The ledger already holds the period's fees."));
        return true;
    }
    posted(ids, tr("Post the period's fees (%n entry(ies))", nullptr, int(ids.size())));
    m_shell.showStatusMessage(tr("Posted %n entry(ies) of fees", nullptr, int(ids.size())));
    return true;
}

void FundPage::printStatement()
{
    if (!m_db || !periodId())
        return;
    core::Database& db = *m_db;
    const qint64 period = periodId();
    const auto p = core::PeriodRepository(db).byId(period);
    AidPrintDialog::Choice statement;
    statement.text = tr("The fund's statement of %1 (收支公示)").arg(p ? p->label() : QString());
    statement.fileName = tr("Statement %1").arg(p ? p->label() : QString());
    statement.make = [&db, period] { return core::statementDocument(core::aidStatement(db, period)); };
    statement.write = [&db, period](const QString& path) {
        core::writeStatement(core::aidStatement(db, period), path);
    };
    AidPrintDialog dialog(m_shell, tr("Print Statement"), {statement}, QStringLiteral("aid"), this);
    dialog.exec();
}

void FundPage::updateActions()
{
    const bool canWrite = writable() && periodId() != 0;
    const qint64 id = currentId();
    const int row = id ? m_model->rowOf(id) : -1;
    const LedgerEntry* e = row >= 0 ? &m_model->recordAt(row) : nullptr;
    m_post->setEnabled(canWrite);
    m_reverse->setEnabled(canWrite && e && !e->reversesId && !m_model->isReversed(e->id));
    m_fees->setEnabled(canWrite);
    m_statement->setEnabled(m_db && periodId() != 0);
}

} // namespace ud::ui
