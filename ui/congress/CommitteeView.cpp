#include "ui/congress/CommitteeView.h"

#include "core/db/Database.h"
#include "ui/congress/ProposalSteps.h"
#include "ui/shell/Module.h"
#include "ui/widgets/DataTableView.h"
#include "ui/widgets/DialogParts.h"

#include <QComboBox>
#include <QDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace ud::ui {

using core::Decision;
using core::ProposalsModel;

CommitteeView::CommitteeView(ShellContext& shell, ProposalSteps& steps, QWidget* parent)
    : QWidget(parent), m_shell(shell), m_steps(steps), m_model(new ProposalsModel(this)),
      m_view(new DataTableView(this)), m_count(new QLabel(this))
{
    setObjectName(QStringLiteral("committeeView"));
    core::ProposalFilter undecided;
    undecided.stage = core::ProposalStage::Submitted;
    m_model->setFilter(undecided);
    m_view->setObjectName(QStringLiteral("committeeTable"));
    m_view->setModel(m_model);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ProposalsModel::Number, Qt::AscendingOrder);
    for (int c : {ProposalsModel::Kind, ProposalsModel::Decision, ProposalsModel::Stage, ProposalsModel::LeadUnit,
                  ProposalsModel::Deadline, ProposalsModel::Replied, ProposalsModel::Result, ProposalsModel::Rating,
                  ProposalsModel::Key, ProposalsModel::Overdue})
        m_view->setColumnHidden(c, true);
    m_view->horizontalHeader()->resizeSection(ProposalsModel::Title, 360);
    m_view->horizontalHeader()->resizeSection(ProposalsModel::Proposer, 150);
    m_view->horizontalHeader()->resizeSection(ProposalsModel::Delegation, 150);
    m_view->setPlaceholderText(tr("Every proposal of the session is decided."));

    auto* buttons = new QHBoxLayout;
    const auto button = [this, buttons](const QString& text, const QString& tip, auto slot) {
        auto* b = new QPushButton(text, this);
        b->setToolTip(tip);
        connect(b, &QPushButton::clicked, this, slot);
        buttons->addWidget(b);
        m_buttons << b;
        return b;
    };
    button(tr("&File (立案)"), tr("File the chosen proposals"), [this] {
        fileChosen();
    })->setObjectName(QStringLiteral("fileChosen"));
    button(tr("&Not Filed…"), tr("Do not file the chosen proposals, with one reason for all"), [this] {
        rejectChosen();
    })->setObjectName(QStringLiteral("rejectChosen"));
    button(tr("&To Suggestions"), tr("Convert the chosen proposals to suggestions (意见建议)"), [this] {
        convertChosen();
    })->setObjectName(QStringLiteral("convertChosen"));
    button(tr("&Merge Into…"), tr("Merge the chosen proposals into one filed proposal of the session"), [this] {
        mergeChosen();
    })->setObjectName(QStringLiteral("mergeChosen"));
    buttons->addSpacing(16);
    button(tr("&Category…"), tr("Re-classify the chosen proposals (the proposer's category is kept)"), [this] {
        reclassifyChosen();
    })->setObjectName(QStringLiteral("reclassifyChosen"));
    buttons->addStretch(1);
    buttons->addWidget(m_count);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->addWidget(noteLabel(tr("The proposals of the session not yet decided. Choose several (Ctrl or Shift and a "
                                   "click, Ctrl+A for all) and decide them at once; each decision is one step of "
                                   "Edit › Undo."),
                                this));
    layout->addLayout(buttons);
    layout->addWidget(m_view, 1);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &CommitteeView::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CommitteeView::updateButtons);
    updateButtons();
}

void CommitteeView::setDatabase(core::Database* db)
{
    m_db = db;
    m_model->setDatabase(db);
}

void CommitteeView::setSession(qint64 sessionId)
{
    if (m_model->sessionId() != sessionId)
        m_model->setSession(sessionId);
}

void CommitteeView::reload()
{
    m_model->refresh();
}

QList<qint64> CommitteeView::chosenIds() const
{
    QList<qint64> ids;
    for (const QModelIndex& i : m_view->selectionModel()->selectedRows())
        ids << m_model->data(i, ProposalsModel::IdRole).toLongLong();
    std::sort(ids.begin(), ids.end());
    return ids;
}

void CommitteeView::choose(const QList<qint64>& ids)
{
    QItemSelection selection;
    for (qint64 id : ids)
        if (const int row = m_model->rowOf(id); row >= 0)
            selection.select(m_model->index(row, 0), m_model->index(row, ProposalsModel::ColumnCount - 1));
    m_view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
}

void CommitteeView::updateButtons()
{
    const int n = int(m_view->selectionModel()->selectedRows().size());
    const bool can = m_db && !m_db->isReadOnly() && n > 0;
    for (QPushButton* b : std::as_const(m_buttons))
        b->setEnabled(can);
    m_count->setText(tr("%1 of %n undecided chosen", nullptr, m_model->rowCount()).arg(n));
}

bool CommitteeView::fileChosen()
{
    return m_steps.decideMany(chosenIds(), Decision::Filed, QDate::currentDate());
}

bool CommitteeView::rejectChosen(const QString& given)
{
    QString reason = given;
    if (reason.isEmpty()) {
        bool ok = false;
        reason = QInputDialog::getMultiLineText(this, tr("Not filed"), tr("The reason, for all chosen proposals:"),
                                                QString(), &ok)
                     .trimmed();
        if (!ok)
            return false;
    }
    return m_steps.decideMany(chosenIds(), Decision::Rejected, QDate::currentDate(), reason);
}

bool CommitteeView::convertChosen()
{
    return m_steps.decideMany(chosenIds(), Decision::Converted, QDate::currentDate());
}

bool CommitteeView::mergeChosen(qint64 targetId)
{
    if (!m_db)
        return false;
    if (!targetId) {
        QDialog dialog(this);
        dialog.setWindowTitle(tr("Merge proposals"));
        auto* target = new QComboBox(&dialog);
        for (const core::ProposalsModel::Row& r : m_model->allRows())
            if (r.decision == Decision::Filed)
                target->addItem(r.number + QStringLiteral(" ") + r.title, r.id);
        QVBoxLayout* layout = dialogLayout(&dialog);
        layout->addWidget(wrappedLabel(target->count()
                                           ? tr("Merge the chosen proposals into this filed proposal:")
                                           : tr("The session has no filed proposal to merge into: file one first."),
                                       &dialog));
        layout->addWidget(target);
        layout->addWidget(dialogButtons(&dialog));
        if (dialog.exec() != QDialog::Accepted || target->currentIndex() < 0)
            return false;
        targetId = target->currentData().toLongLong();
    }
    return m_steps.decideMany(chosenIds(), Decision::Merged, QDate::currentDate(), {}, targetId);
}

bool CommitteeView::reclassifyChosen(const QString& given)
{
    if (!m_db)
        return false;
    QString category = given;
    if (category.isEmpty()) {
        bool ok = false;
        category = QInputDialog::getItem(this, tr("Category"), tr("The committee's category of the chosen proposals:"),
                                         core::proposalCategories(*m_db), 0, true, &ok)
                       .trimmed();
        if (!ok || category.isEmpty())
            return false;
    }
    return m_steps.reclassify(chosenIds(), category);
}

} // namespace ud::ui

namespace ud::ui {

QTableView* CommitteeView::view() const
{
    return m_view;
}

} // namespace ud::ui
