#include "ui/awards/NominationViews.h"

#include "core/awards/AwardsImport.h"
#include "core/db/Database.h"
#include "ui/awards/NominationDialog.h"
#include "ui/awards/RoundSteps.h"
#include "ui/shell/ImportCommand.h"
#include "ui/shell/Module.h"
#include "ui/widgets/BusyCursor.h"
#include "ui/widgets/DataTableView.h"
#include "ui/widgets/DialogParts.h"
#include "ui/widgets/PageActions.h"
#include "ui/widgets/PageHeader.h"

#include <QAction>
#include <QCheckBox>
#include <QDialog>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QTimer>
#include <QUndoStack>

namespace ud::ui {

using core::Nomination;
using core::NominationsModel;
using core::NominationStatus;
using core::RoundStage;

// ---- the list both tabs share

NominationListView::NominationListView(ShellContext& shell, RoundSteps& steps, const QString& title, QWidget* parent)
    : ListPage(shell, title, QIcon(QStringLiteral(":/icons/awards.svg")), parent), m_steps(steps),
      m_model(new NominationsModel(this)), m_table(new NominationTable(m_model, this)), m_search(new QLineEdit(this))
{
    m_search->setObjectName(QStringLiteral("nominationSearch"));
    m_search->setPlaceholderText(tr("Search name, staff number or sub-union"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(QIcon(QStringLiteral(":/icons/search.svg")), QLineEdit::LeadingPosition);
    m_search->setMinimumWidth(180);
    m_search->setMaximumWidth(260);
    m_view->setModel(m_table);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSortingEnabled(true);
    m_view->setWordWrap(false);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        const qint64 current = currentId();
        m_table->setFilterFixedString(text.trimmed());
        if (current)
            selectNomination(current);
        updateCount();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &NominationListView::updateActions);
    connect(m_table, &QAbstractItemModel::modelReset, this, &NominationListView::updateActions);
}

QAction* NominationListView::listAction(const char* name, const QString& icon, const QString& text,
                                        const QString& iconText, const QString& toolTip,
                                        const QList<QKeySequence>& shortcuts)
{
    QAction* action = makeAction(this, icon, text, iconText, toolTip, shortcuts);
    action->setObjectName(QString::fromLatin1(name));
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    QWidget::addAction(action);
    m_actions << action;
    return action;
}

void NominationListView::setDatabase(core::Database* db)
{
    m_db = db;
    m_model->setDatabase(db);
    reload();
}

void NominationListView::setRound(qint64 roundId)
{
    if (roundId == m_model->roundId())
        return;
    m_model->setRound(m_db ? roundId : 0);
    reload();
}

void NominationListView::reload()
{
    const qint64 current = currentId();
    m_round = core::AwardRound();
    try {
        if (m_db && m_model->roundId())
            m_round = core::AwardRoundRepository(*m_db).byId(m_model->roundId()).value_or(core::AwardRound());
        m_model->reload();
    } catch (const core::Error& e) {
        m_shell.warn(tr("Cannot show the nominations"), e.message());
    }
    if (current)
        selectNomination(current);
    updateCount();
    updateActions();
}

qint64 NominationListView::currentId() const
{
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() && m_view->selectionModel()->isRowSelected(index.row(), {})
               ? m_table->data(index, NominationsModel::IdRole).toLongLong()
               : 0;
}

const Nomination* NominationListView::current() const
{
    const int row = m_model->rowOf(currentId());
    return row >= 0 ? &m_model->nominationAt(row) : nullptr;
}

bool NominationListView::selectNomination(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    const QModelIndex index = m_table->mapFromSource(m_model->index(row, NominationsModel::Nominee));
    if (!index.isValid())
        return false;
    m_view->selectRow(index.row());
    m_view->scrollTo(index);
    return true;
}

// ---- nominations

NominationsView::NominationsView(ShellContext& shell, RoundSteps& steps, QWidget* parent)
    : NominationListView(shell, steps, tr("Nominations"), parent),
      m_showWithdrawn(new QCheckBox(tr("Show &withdrawn"), this))
{
    setObjectName(QStringLiteral("nominationsView"));
    m_add = listAction("newNomination", QStringLiteral("add"), tr("&New Nomination…"), tr("New"),
                       tr("Nominate a member or a collective; the checks show before it is stored"),
                       {QKeySequence(QKeySequence::New), QKeySequence(Qt::Key_Insert)});
    m_edit = listAction("editNomination", QStringLiteral("edit"), tr("&Edit Nomination…"), tr("Edit"),
                        tr("Open the selected nomination with its checks"), {QKeySequence(Qt::Key_F2)});
    m_withdraw = listAction("withdrawNomination", QStringLiteral("undo"), tr("&Withdraw…"), tr("Withdraw"),
                            tr("The sub-union takes the nomination back; the reason is kept with it"),
                            {QKeySequence(Qt::CTRL | Qt::Key_R)});
    m_delete = listAction("deleteNomination", QStringLiteral("delete"), tr("&Delete Nomination"), tr("Delete"),
                          tr("Delete a nomination entered by mistake, while the round takes nominations"),
                          {QKeySequence(QKeySequence::Delete)});
    m_import = listAction("importNominations", QStringLiteral("import"), tr("&Import…"), tr("Import"),
                          tr("Add a sub-union's nominations from an Excel workbook or a CSV file, checked row by row"),
                          {QKeySequence(Qt::CTRL | Qt::Key_I)});
    m_review = listAction("beginReview", QStringLiteral("decide"), tr("&Begin Review"), tr("Begin Review"),
                          tr("Close the nominations: the committee scores and selects on the Review tab"),
                          {QKeySequence(Qt::CTRL | Qt::Key_G)});
    connect(m_add, &QAction::triggered, this, [this] { openDialog(true); });
    connect(m_edit, &QAction::triggered, this, [this] { openDialog(false); });
    connect(m_withdraw, &QAction::triggered, this, [this] { withdrawCurrent(); });
    connect(m_delete, &QAction::triggered, this, [this] { deleteCurrent(true); });
    connect(m_import, &QAction::triggered, this, [this] {
        if (const QString path =
                m_db ? chooseSpreadsheet(tr("Import Nominations"), QStringLiteral("awards")) : QString();
            !path.isEmpty())
            importFile(path);
    });
    connect(m_review, &QAction::triggered, this, &NominationsView::beginReview);
    setButtons({m_add, m_edit, m_withdraw, m_delete, nullptr, m_import, nullptr, m_review}, {}, m_search);

    m_showWithdrawn->setObjectName(QStringLiteral("showWithdrawn"));
    m_showWithdrawn->setChecked(true);
    auto* bar = new QWidget(this);
    auto* barLayout = new QHBoxLayout(bar);
    barLayout->setContentsMargins(0, 0, 0, 0);
    auto* legend = new QLabel(bar);
    legend->setObjectName(QStringLiteral("checksLegend"));
    legend->setText(tr("Checks: <span style=\"color:%1\">red — refused</span>, <span style=\"color:%2\">amber — "
                       "warning</span>; the tooltip of a row says why.")
                        .arg(refusalColour().name(), warningColour().name()));
    barLayout->addWidget(m_showWithdrawn);
    barLayout->addSpacing(16);
    barLayout->addWidget(legend, 1);
    setFilterBar(bar);
    connect(m_showWithdrawn, &QCheckBox::toggled, this, [this](bool on) {
        m_table->setShow(on ? NominationTable::Show::All : NominationTable::Show::TakingPart);
        updateCount();
    });

    m_view->setObjectName(QStringLiteral("nominationTable"));
    m_view->sortByColumn(-1, Qt::AscendingOrder); // as they came in
    for (const int column :
         {NominationsModel::Score, NominationsModel::Votes, NominationsModel::Total, NominationsModel::Rank})
        m_view->setColumnHidden(column, true);
    QHeaderView* columns = m_view->horizontalHeader();
    const QList<QPair<int, int>> widths = {{NominationsModel::Nominee, 170},    {NominationsModel::Kind, 70},
                                           {NominationsModel::Unit, 160},       {NominationsModel::People, 90},
                                           {NominationsModel::Attachments, 80}, {NominationsModel::Published, 90},
                                           {NominationsModel::Status, 80}};
    for (const auto& [column, width] : widths)
        columns->resizeSection(column, width);

    connect(m_view, &QAbstractItemView::doubleClicked, this, [this] { openDialog(false); });
    for (const int key : {Qt::Key_Return, Qt::Key_Enter})
        new QShortcut(
            QKeySequence(key), m_view, this, [this] { openDialog(false); }, Qt::WidgetShortcut);
    updateCount();
    updateActions();
}

void NominationsView::updateCount()
{
    const int total = m_model->rowCount();
    int refused = 0;
    int warned = 0;
    int withdrawn = 0;
    for (int r = 0; r < total; ++r) {
        const QString severity = m_model->index(r, 0).data(NominationsModel::SeverityRole).toString();
        refused += severity == QLatin1String("refuse") ? 1 : 0;
        warned += severity == QLatin1String("warn") ? 1 : 0;
        withdrawn += m_model->nominationAt(r).active() ? 0 : 1;
    }
    QString text;
    if (round().id) {
        text = tr("%n nomination(s)", nullptr, total);
        if (withdrawn)
            text += tr(" · %n withdrawn", nullptr, withdrawn);
        if (refused)
            text += tr(" · %n refused by a check", nullptr, refused);
        if (warned)
            text += tr(" · %n with warnings", nullptr, warned);
        text += QStringLiteral(" · ") + core::roundStages().label(round().stage);
    }
    header()->setSubtitle(text);
    showEmptyState(total,
                   round().id ? tr("No nomination in this round yet. Enter one with New Nomination, or import a "
                                   "sub-union's file.")
                              : tr("No award round chosen. Add this year's rounds on the Rounds tab, then choose one "
                                   "at the top."),
                   tr("No nomination matches the search."));
}

void NominationsView::updateActions()
{
    const bool canWrite = writable() && round().id != 0 && !round().locked();
    const Nomination* n = current();
    const bool nominating = round().stage == RoundStage::Nominating;
    m_add->setEnabled(canWrite && nominating);
    m_edit->setEnabled(m_db && n);
    m_withdraw->setEnabled(canWrite && n && n->active());
    m_delete->setEnabled(canWrite && n && nominating);
    m_import->setEnabled(canWrite && nominating);
    m_review->setEnabled(canWrite && nominating && m_model->rowCount() > 0);
}

void NominationsView::openDialog(bool fresh)
{
    if (!m_db || !round().id)
        return;
    Nomination n;
    if (fresh) {
        if (!m_add->isEnabled())
            return;
        n.roundId = round().id;
    } else {
        const qint64 id = currentId();
        if (!id)
            return;
        const auto stored = core::NominationRepository(*m_db).withMembers(id);
        if (!stored) {
            reload();
            return;
        }
        n = *stored;
    }
    NominationDialog dialog(m_shell, *m_db, m_steps, n, this);
    dialog.exec();
    if (dialog.nominationId())
        selectNomination(dialog.nominationId());
}

bool NominationsView::withdrawCurrent(const QString& given)
{
    const Nomination* n = current();
    if (!m_db || !n)
        return false;
    const qint64 id = n->id;
    QString reason = given;
    if (reason.trimmed().isEmpty()) {
        QDialog dialog(this);
        dialog.setWindowTitle(tr("Withdraw nomination"));
        auto* text = new QPlainTextEdit(&dialog);
        text->setObjectName(QStringLiteral("reason"));
        text->setTabChangesFocus(true);
        QVBoxLayout* layout = dialogLayout(&dialog, 8);
        layout->addWidget(wrappedLabel(
            tr("Why is the nomination of %1 withdrawn? The reason is kept with it.").arg(n->nominee()), &dialog));
        layout->addWidget(buddyLabel(tr("&Reason:"), text));
        layout->addWidget(text, 1);
        layout->addWidget(dialogButtons(&dialog));
        dialog.resize(460, 260);
        if (dialog.exec() != QDialog::Accepted)
            return false;
        reason = text->toPlainText().trimmed();
    }
    return m_steps.withdraw(id, reason);
}

bool NominationsView::deleteCurrent(bool confirm)
{
    const Nomination* n = current();
    if (!m_db || !n)
        return false;
    const qint64 id = n->id;
    if (confirm &&
        !m_shell.ask(
            tr("Delete nomination"),
            tr("Delete the nomination of %1? Withdraw it instead when the sub-union takes it back.").arg(n->nominee()) +
                QStringLiteral("\n\n") + tr("You can bring it back with Edit › Undo.")))
        return false;
    return m_steps.eraseNomination(id);
}

bool NominationsView::importFile(const QString& path, bool confirm)
{
    if (!writable() || !round().id)
        return false;
    const QString key = round().key;
    core::AwardImportResult preview;
    try {
        BusyCursor busy;
        preview = core::importNominations(*m_db, path, key, true);
    } catch (const core::Error& e) {
        m_shell.warn(tr("Import failed"), e.message());
        return false;
    }
    if (!preview.errors.isEmpty()) {
        showRowErrors(path, preview.errors);
        return false;
    }
    if (confirm) {
        QDialog dialog(this);
        dialog.setObjectName(QStringLiteral("nominationsPreview"));
        dialog.setWindowTitle(tr("Import Nominations"));
        QVBoxLayout* layout = dialogLayout(&dialog, 10);
        layout->addWidget(wrappedLabel(
            tr("%1 adds %n nomination(s) to round %2.", nullptr, preview.added).arg(QFileInfo(path).fileName(), key),
            &dialog));
        if (!preview.warnings.isEmpty()) {
            layout->addWidget(
                wrappedLabel(tr("The award only warns of these; they are stored and shown on the list:"), &dialog));
            auto* list = new QPlainTextEdit(preview.warnings.join(QLatin1Char('\n')), &dialog);
            list->setObjectName(QStringLiteral("warnings"));
            list->setReadOnly(true);
            layout->addWidget(list, 1);
        }
        QDialogButtonBox* buttons = dialogButtons(&dialog);
        buttons->button(QDialogButtonBox::Ok)->setText(tr("&Import"));
        buttons->button(QDialogButtonBox::Ok)->setEnabled(preview.added > 0);
        layout->addWidget(buttons);
        dialog.resize(560, preview.warnings.isEmpty() ? 160 : 360);
        if (dialog.exec() != QDialog::Accepted)
            return false;
    }
    core::AwardImportResult result;
    try {
        BusyCursor busy;
        result = core::importNominations(*m_db, path, key);
    } catch (const core::Error& e) {
        m_shell.warn(tr("Import failed"), e.message());
        return false;
    }
    if (!result.errors.isEmpty()) {
        showRowErrors(path, result.errors);
        return false;
    }
    if (result.batch)
        m_shell.undoStack()->push(new ImportCommand(
            m_shell, result.batch,
            tr("Import %n nomination(s) (%1)", nullptr, result.added).arg(QFileInfo(path).fileName())));
    m_shell.notifyDataChanged(core::tables::Nominations);
    m_shell.showStatusMessage(tr("Imported: %1").arg(core::awardImportSummary(result)));
    return true;
}

bool NominationsView::beginReview()
{
    return round().id && m_steps.closeNominations(round().id);
}

// ---- review

ReviewView::ReviewView(ShellContext& shell, RoundSteps& steps, QWidget* parent)
    : NominationListView(shell, steps, tr("Review"), parent)
{
    setObjectName(QStringLiteral("reviewView"));
    m_score = listAction("scoreNomination", QStringLiteral("rate"), tr("&Score…"), tr("Score"),
                         tr("The committee's score and the public votes of the selected nomination (or type them "
                            "into the table)"),
                         {QKeySequence(Qt::Key_F2)});
    m_select =
        listAction("selectByRanking", QStringLiteral("decide"), tr("Select by &Ranking"), tr("Select by Ranking"),
                   tr("Select down the ranking within the total quota and each sub-union's; refused "
                      "nominations are passed over"),
                   {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)});
    m_toggle = listAction("toggleSelection", QStringLiteral("flag"), tr("Select or &Deselect"), tr("Select/Deselect"),
                          tr("Select the nomination by hand within the quotas, or take it off the list"),
                          {QKeySequence(Qt::CTRL | Qt::Key_T)});
    m_reopen = listAction("reopenNominations", QStringLiteral("undo"), tr("Take &Nominations Again"),
                          tr("Reopen Nominations"), tr("Back to the nominations while nothing is selected"), {});
    connect(m_score, &QAction::triggered, this, [this] { scoreCurrent(); });
    connect(m_select, &QAction::triggered, this, &ReviewView::selectByRanking);
    connect(m_toggle, &QAction::triggered, this, &ReviewView::toggleSelection);
    connect(m_reopen, &QAction::triggered, this, &ReviewView::reopenNominations);
    setButtons({m_score, nullptr, m_select, m_toggle, nullptr, m_reopen}, {}, m_search);

    m_table->setShow(NominationTable::Show::TakingPart);
    m_view->setObjectName(QStringLiteral("reviewTable"));
    m_view->setItemDelegate(new ScoreDelegate(m_view));
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed);
    for (const int column :
         {NominationsModel::Kind, NominationsModel::People, NominationsModel::Attachments, NominationsModel::Published})
        m_view->setColumnHidden(column, true);
    QHeaderView* columns = m_view->horizontalHeader();
    columns->moveSection(columns->visualIndex(NominationsModel::Rank), 0);
    const QList<QPair<int, int>> widths = {{NominationsModel::Rank, 56},   {NominationsModel::Nominee, 170},
                                           {NominationsModel::Unit, 160},  {NominationsModel::Score, 110},
                                           {NominationsModel::Votes, 100}, {NominationsModel::Total, 80},
                                           {NominationsModel::Status, 80}};
    for (const auto& [column, width] : widths)
        columns->resizeSection(column, width);
    m_view->sortByColumn(NominationsModel::Rank, Qt::AscendingOrder);
    updateCount();
    updateActions();
}

void ReviewView::updateCount()
{
    int selected = 0;
    int taking = 0;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const Nomination& n = m_model->nominationAt(r);
        taking += n.active() ? 1 : 0;
        selected += n.status == NominationStatus::Selected || n.status == NominationStatus::Final ? 1 : 0;
    }
    QString text;
    if (round().id) {
        text = round().totalQuota > 0
                   ? tr("%1 of %n selected (total quota %2)", nullptr, taking).arg(selected).arg(round().totalQuota)
                   : tr("%1 of %n selected", nullptr, taking).arg(selected);
        text += round().committeeWeight < 100 ? tr(" · committee %1 %, public vote %2 %")
                                                    .arg(round().committeeWeight)
                                                    .arg(100 - round().committeeWeight)
                                              : tr(" · committee's score only");
        text += QStringLiteral(" · ") + core::roundStages().label(round().stage);
    }
    header()->setSubtitle(text);
    showEmptyState(taking,
                   round().id ? tr("No nomination takes part in this round yet.")
                              : tr("No award round chosen. Choose one at the top."),
                   tr("No nomination matches the search."));
}

void ReviewView::updateActions()
{
    const bool review = writable() && round().id && round().stage == RoundStage::Review;
    const Nomination* n = current();
    m_score->setEnabled(review && n && n->active());
    m_select->setEnabled(review && m_model->rowCount() > 0);
    m_toggle->setEnabled(review && n && n->active());
    int selected = 0;
    for (int r = 0; r < m_model->rowCount(); ++r)
        selected += m_model->nominationAt(r).status == NominationStatus::Selected ? 1 : 0;
    m_reopen->setEnabled(review && selected == 0);
    // Scores are typed into the table during the review only, and stored once its editor has closed.
    m_table->setScoreEditor(review ? NominationTable::ScoreEditor([this](qint64 id, int score, int votes) {
        QTimer::singleShot(0, this, [this, id, score, votes] { m_steps.setScore(id, score, votes); });
        return true;
    })
                                   : NominationTable::ScoreEditor());
}

bool ReviewView::scoreCurrent(int score, int votes)
{
    const Nomination* n = current();
    if (!m_db || !n)
        return false;
    const qint64 id = n->id;
    if (score < 0) {
        QDialog dialog(this);
        dialog.setObjectName(QStringLiteral("scoreDialog"));
        dialog.setWindowTitle(tr("Score"));
        auto* scoreBox = new QDoubleSpinBox(&dialog);
        scoreBox->setObjectName(QStringLiteral("score"));
        scoreBox->setRange(0, 100);
        scoreBox->setDecimals(2);
        scoreBox->setValue(n->committeeScore / 100.0);
        auto* votesBox = new QSpinBox(&dialog);
        votesBox->setObjectName(QStringLiteral("votes"));
        votesBox->setRange(0, 999999);
        votesBox->setValue(n->publicVotes);
        votesBox->setEnabled(round().committeeWeight < 100);
        QVBoxLayout* layout = dialogLayout(&dialog, 10);
        layout->addWidget(wrappedLabel(tr("The review of %1.").arg(n->nominee()), &dialog));
        auto* form = new QFormLayout;
        form->addRow(tr("&Committee score (0–100):"), scoreBox);
        form->addRow(tr("&Public votes:"), votesBox);
        layout->addLayout(form);
        layout->addWidget(dialogButtons(&dialog));
        if (dialog.exec() != QDialog::Accepted)
            return false;
        score = int(qRound(scoreBox->value() * 100));
        votes = votesBox->value();
    }
    return m_steps.setScore(id, score, votes);
}

bool ReviewView::selectByRanking()
{
    if (!round().id)
        return false;
    const int selected = m_steps.selectByRanking(round().id);
    if (selected < 0)
        return false;
    m_shell.showStatusMessage(tr("Selected by ranking: %n nomination(s)", nullptr, selected));
    return true;
}

bool ReviewView::toggleSelection()
{
    const Nomination* n = current();
    if (!n)
        return false;
    return m_steps.setSelected(n->id, n->status != NominationStatus::Selected);
}

bool ReviewView::reopenNominations()
{
    return round().id && m_steps.reopenNominations(round().id);
}

} // namespace ud::ui
