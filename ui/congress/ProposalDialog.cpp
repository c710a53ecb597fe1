#include "ui/congress/ProposalDialog.h"

#include "core/congress/ProposalHistory.h"
#include "core/db/Database.h"
#include "ui/congress/ProposalSteps.h"
#include "ui/widgets/DialogParts.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ud::ui {

using namespace core;

namespace {

const QDate kNoDate(1900, 1, 1);

QDateEdit* dateEdit(QWidget* parent, bool optional = false)
{
    auto* edit = new QDateEdit(parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    if (optional) {
        edit->setMinimumDate(kNoDate);
        edit->setSpecialValueText(QStringLiteral("—"));
        edit->setDate(kNoDate);
    } else {
        edit->setDate(QDate::currentDate());
    }
    return edit;
}

QDate dateIn(const QDateEdit* edit)
{
    return edit->date() == kNoDate && !edit->specialValueText().isEmpty() ? QDate() : edit->date();
}

QString iso(const QDate& d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QTableWidget* table(QWidget* parent, const QStringList& header)
{
    auto* t = new QTableWidget(0, int(header.size()), parent);
    t->setHorizontalHeaderLabels(header);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    t->setAlternatingRowColors(true);
    return t;
}

void setRow(QTableWidget* t, int row, const QStringList& cells, const QVariant& data = {})
{
    for (int c = 0; c < cells.size(); ++c) {
        auto* item = new QTableWidgetItem(cells.at(c));
        item->setToolTip(cells.at(c));
        if (c == 0)
            item->setData(Qt::UserRole, data);
        t->setItem(row, c, item);
    }
}

/// A combo box whose entries are found by any part of their text as the user types (a name or a staff number).
QComboBox* searchCombo(QWidget* parent)
{
    auto* box = new QComboBox(parent);
    box->setEditable(true);
    box->setInsertPolicy(QComboBox::NoInsert);
    box->completer()->setFilterMode(Qt::MatchContains);
    box->completer()->setCompletionMode(QCompleter::PopupCompletion);
    return box;
}

} // namespace

ProposalDialog::ProposalDialog(Database& db, ProposalSteps& steps, qint64 sessionId, qint64 proposalId, QWidget* parent)
    : QDialog(parent), m_db(db), m_steps(steps), m_sessionId(sessionId), m_id(proposalId), m_tabs(new QTabWidget(this)),
      m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("proposalDialog"));
    m_session = SessionRepository(db).byId(sessionId).value_or(CongressSession());
    m_reps = RepresentativeRepository(db).ofTerm(m_session.term);
    m_delegations = DelegationRepository(db).ofTerm(m_session.term);
    m_units = HandlingUnitRepository(db).all();

    m_tabs->addTab(buildText(), tr("&Text"));
    m_tabs->addTab(buildDecision(), tr("&Decision"));
    m_tabs->addTab(buildHandling(), tr("&Handling"));
    m_tabs->addTab(buildReply(), tr("Re&ply"));
    m_tabs->addTab(buildRating(), tr("&Rating"));
    m_tabs->addTab(buildReviews(), tr("Re&views"));
    m_tabs->addTab(buildHistory(), tr("Histor&y"));

    QVBoxLayout* layout = dialogLayout(this, 10);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    layout->addWidget(m_summary);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(dialogButtons(this, QDialogButtonBox::Close));
    resize(860, 640);
    fillChoices();
    reload();
}

void ProposalDialog::showTab(Tab tab)
{
    if (m_tabs->isTabEnabled(tab))
        m_tabs->setCurrentIndex(tab);
}

QWidget* ProposalDialog::buildText()
{
    auto* page = new QWidget(this);
    auto* form = new QFormLayout(page);
    m_number = new QLineEdit(page);
    m_number->setMaxLength(32);
    m_number->setPlaceholderText(tr("Given when submitted"));
    m_kind = new QComboBox(page);
    for (ProposalKind k : proposalKinds().values())
        m_kind->addItem(proposalKinds().label(k), int(k));
    auto* numberRow = new QHBoxLayout;
    numberRow->addWidget(m_number, 1);
    numberRow->addWidget(m_kind);
    form->addRow(buddyLabel(tr("N&umber:"), m_number), numberRow);
    m_title = new QLineEdit(page);
    m_title->setObjectName(QStringLiteral("title"));
    m_title->setMaxLength(200);
    m_title->setPlaceholderText(tr("案由: one matter per proposal"));
    form->addRow(tr("&Title:"), m_title);
    m_reasons = new QPlainTextEdit(page);
    m_reasons->setTabChangesFocus(true);
    form->addRow(tr("&Reasons:"), m_reasons);
    m_measures = new QPlainTextEdit(page);
    m_measures->setTabChangesFocus(true);
    form->addRow(tr("&Measures:"), m_measures);
    m_category = new QComboBox(page);
    m_category->setEditable(true);
    m_proposerCategory = new QLabel(page);
    auto* categoryRow = new QHBoxLayout;
    categoryRow->addWidget(m_category, 1);
    categoryRow->addWidget(m_proposerCategory);
    form->addRow(buddyLabel(tr("&Category:"), m_category), categoryRow);
    m_collective = new QCheckBox(tr("Co&llective (a delegation's)"), page);
    m_proposer = searchCombo(page);
    m_proposer->setObjectName(QStringLiteral("proposer"));
    m_delegation = new QComboBox(page);
    auto* proposerRow = new QHBoxLayout;
    proposerRow->addWidget(m_proposer, 2);
    proposerRow->addWidget(m_delegation, 2);
    proposerRow->addWidget(m_collective);
    form->addRow(buddyLabel(tr("&Proposer:"), m_proposer), proposerRow);
    connect(m_collective, &QCheckBox::toggled, this, [this](bool on) {
        m_proposer->setVisible(!on);
        m_delegation->setVisible(on);
    });
    m_delegation->hide();
    m_cosignerSearch = new QLineEdit(page);
    m_cosignerSearch->setPlaceholderText(tr("Find a representative by name or staff number"));
    m_cosignerSearch->setClearButtonEnabled(true);
    m_cosigners = new QListWidget(page);
    m_cosigners->setObjectName(QStringLiteral("cosigners"));
    m_cosigners->setMinimumHeight(90);
    m_cosignerCount = new QLabel(page);
    auto* cosignerBox = new QVBoxLayout;
    cosignerBox->addWidget(m_cosignerSearch);
    cosignerBox->addWidget(m_cosigners);
    cosignerBox->addWidget(m_cosignerCount);
    form->addRow(buddyLabel(tr("C&o-signers:"), m_cosignerSearch), cosignerBox);
    connect(m_cosignerSearch, &QLineEdit::textChanged, this, &ProposalDialog::filterCosigners);
    connect(m_cosigners, &QListWidget::itemChanged, this, [this] {
        int n = 0;
        for (int i = 0; i < m_cosigners->count(); ++i)
            n += m_cosigners->item(i)->checkState() == Qt::Checked;
        m_cosignerCount->setText(tr("%n co-signer(s) chosen", nullptr, n));
    });
    m_suggestedUnit = new QLineEdit(page);
    m_suggestedUnit->setMaxLength(100);
    m_submitted = dateEdit(page, true);
    auto* lastRow = new QHBoxLayout;
    lastRow->addWidget(m_suggestedUnit, 1);
    lastRow->addWidget(buddyLabel(tr("&Submitted:"), m_submitted));
    lastRow->addWidget(m_submitted);
    form->addRow(buddyLabel(tr("Suggested u&nit:"), m_suggestedUnit), lastRow);
    m_saveText = new QPushButton(page);
    m_saveText->setObjectName(QStringLiteral("saveText"));
    connect(m_saveText, &QPushButton::clicked, this, &ProposalDialog::saveText);
    form->addRow(QString(), m_saveText);
    return page;
}

QWidget* ProposalDialog::buildDecision()
{
    auto* page = new QWidget(this);
    auto* form = new QFormLayout(page);
    m_decisionNow = new QLabel(page);
    m_decisionNow->setWordWrap(true);
    form->addRow(tr("Now:"), m_decisionNow);
    m_decision = new QComboBox(page);
    for (Decision d : {Decision::Filed, Decision::Rejected, Decision::Converted, Decision::Merged, Decision::Withdrawn,
                       Decision::Pending})
        m_decision->addItem(decisions().label(d), int(d));
    form->addRow(tr("&Decision:"), m_decision);
    m_decisionDate = dateEdit(page);
    form->addRow(tr("D&ecided on:"), m_decisionDate);
    m_reason = new QPlainTextEdit(page);
    m_reason->setTabChangesFocus(true);
    m_reason->setPlaceholderText(tr("Required when the proposal is not filed"));
    form->addRow(tr("&Reason:"), m_reason);
    m_mergeTarget = searchCombo(page);
    form->addRow(tr("&Merge into:"), m_mergeTarget);
    m_decide = new QPushButton(tr("Record the De&cision"), page);
    form->addRow(QString(), m_decide);
    m_key = new QCheckBox(tr("&Key proposal (重点提案)"), page);
    form->addRow(QString(), m_key);
    connect(m_decision, &QComboBox::currentIndexChanged, this, &ProposalDialog::updateDecisionEditors);
    connect(m_decide, &QPushButton::clicked, this, &ProposalDialog::recordDecision);
    connect(m_key, &QCheckBox::clicked, this, [this](bool on) {
        if (m_id)
            m_steps.setKeyProposal(m_id, on);
        reload();
    });
    return page;
}

QWidget* ProposalDialog::buildHandling()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    auto* form = new QFormLayout;
    m_lead = searchCombo(page);
    form->addRow(tr("&Lead unit:"), m_lead);
    m_coUnits = new QListWidget(page);
    m_coUnits->setMaximumHeight(120);
    form->addRow(tr("C&o-handling units:"), m_coUnits);
    m_assignDate = dateEdit(page);
    m_assign = new QPushButton(tr("&Assign"), page);
    auto* assignRow = new QHBoxLayout;
    assignRow->addWidget(m_assignDate);
    assignRow->addWidget(m_assign);
    assignRow->addStretch(1);
    form->addRow(buddyLabel(tr("Assigned o&n:"), m_assignDate), assignRow);
    layout->addLayout(form);
    layout->addWidget(noteLabel(tr("The deadlines follow the settings: the lead unit replies within the months set "
                                   "after the assignment, co-handlers earlier."),
                                page));
    m_assignments = table(page, {tr("Round"), tr("Unit"), tr("Role"), tr("Assigned"), tr("Reply due")});
    layout->addWidget(m_assignments, 1);
    m_deadline = dateEdit(page);
    m_changeDeadline = new QPushButton(tr("Change the &Deadline"), page);
    auto* deadlineRow = new QHBoxLayout;
    deadlineRow->addWidget(buddyLabel(tr("Selected unit's deadli&ne:"), m_deadline));
    deadlineRow->addWidget(m_deadline);
    deadlineRow->addWidget(m_changeDeadline);
    deadlineRow->addStretch(1);
    layout->addLayout(deadlineRow);
    connect(m_assign, &QPushButton::clicked, this, &ProposalDialog::assignUnits);
    connect(m_changeDeadline, &QPushButton::clicked, this, &ProposalDialog::changeDeadline);
    connect(m_assignments, &QTableWidget::itemSelectionChanged, this, [this] {
        const int row = m_assignments->currentRow();
        m_changeDeadline->setEnabled(row >= 0);
        if (row >= 0 && m_file)
            for (const Assignment& a : m_file->assignments)
                if (a.id == m_assignments->item(row, 0)->data(Qt::UserRole).toLongLong() && a.deadline.isValid())
                    m_deadline->setDate(a.deadline);
    });
    return page;
}

QWidget* ProposalDialog::buildReply()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    auto* form = new QFormLayout;
    m_replyDate = dateEdit(page);
    m_result = new QComboBox(page);
    for (ReplyResult r : {ReplyResult::A, ReplyResult::B, ReplyResult::C, ReplyResult::D})
        m_result->addItem(replyResults().label(r), int(r));
    m_completion = dateEdit(page, true);
    auto* row = new QHBoxLayout;
    row->addWidget(m_replyDate);
    row->addWidget(buddyLabel(tr("Res&ult:"), m_result));
    row->addWidget(m_result, 1);
    row->addWidget(buddyLabel(tr("To be &completed:"), m_completion));
    row->addWidget(m_completion);
    form->addRow(buddyLabel(tr("Replied o&n:"), m_replyDate), row);
    m_replyText = new QPlainTextEdit(page);
    m_replyText->setTabChangesFocus(true);
    form->addRow(tr("Repl&y:"), m_replyText);
    m_replyButton = new QPushButton(tr("&Store the Reply"), page);
    form->addRow(QString(), m_replyButton);
    layout->addLayout(form, 1);
    m_replies =
        table(page, {tr("Round"), tr("Replied"), tr("Result"), tr("On time"), tr("To be completed"), tr("Reply")});
    layout->addWidget(m_replies, 1);
    connect(m_replyButton, &QPushButton::clicked, this, &ProposalDialog::storeReply);
    return page;
}

QWidget* ProposalDialog::buildRating()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    auto* form = new QFormLayout;
    m_rater = new QComboBox(page);
    form->addRow(tr("Rated &by:"), m_rater);
    m_rating = new QComboBox(page);
    for (Rating r : ratings().values())
        m_rating->addItem(ratings().label(r), int(r));
    m_ratedDate = dateEdit(page);
    auto* row = new QHBoxLayout;
    row->addWidget(m_rating, 1);
    row->addWidget(buddyLabel(tr("O&n:"), m_ratedDate));
    row->addWidget(m_ratedDate);
    form->addRow(buddyLabel(tr("R&ating:"), m_rating), row);
    m_comment = new QLineEdit(page);
    m_comment->setMaxLength(2000);
    form->addRow(tr("Co&mment:"), m_comment);
    m_rate = new QPushButton(tr("Store the Ra&ting"), page);
    form->addRow(QString(), m_rate);
    layout->addLayout(form);
    layout->addWidget(noteLabel(tr("The proposer's 不满意 sends the proposal back to the committee and the unit for "
                                   "another round; every round stays below."),
                                page));
    m_ratings = table(page, {tr("Round"), tr("By"), tr("Rating"), tr("Rated"), tr("Comment")});
    m_ratings->setObjectName(QStringLiteral("ratings"));
    layout->addWidget(m_ratings, 1);
    connect(m_rate, &QPushButton::clicked, this, &ProposalDialog::storeRating);
    return page;
}

QWidget* ProposalDialog::buildReviews()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    m_reviews = table(page, {tr("Reviewed"), tr("Status"), tr("Findings")});
    layout->addWidget(m_reviews, 1);
    auto* form = new QFormLayout;
    m_reviewDate = dateEdit(page);
    m_reviewStatus = new QComboBox(page);
    for (ReviewStatus s : reviewStatuses().values())
        m_reviewStatus->addItem(reviewStatuses().label(s), int(s));
    auto* row = new QHBoxLayout;
    row->addWidget(m_reviewDate);
    row->addWidget(buddyLabel(tr("S&tatus:"), m_reviewStatus));
    row->addWidget(m_reviewStatus, 1);
    form->addRow(buddyLabel(tr("Reviewed o&n:"), m_reviewDate), row);
    m_findings = new QPlainTextEdit(page);
    m_findings->setTabChangesFocus(true);
    m_findings->setMaximumHeight(100);
    form->addRow(tr("&Found:"), m_findings);
    auto* add = new QPushButton(tr("&Add the Review"), page);
    form->addRow(QString(), add);
    layout->addLayout(form);
    connect(add, &QPushButton::clicked, this, &ProposalDialog::addReview);
    return page;
}

QWidget* ProposalDialog::buildHistory()
{
    m_history = table(this, {tr("When"), tr("Who"), tr("What"), tr("Change"), tr("Details")});
    m_history->setObjectName(QStringLiteral("history"));
    return m_history;
}

void ProposalDialog::fillChoices()
{
    m_category->addItems(proposalCategories(m_db));
    m_proposer->addItem(QString(), QVariant());
    for (const Representative& r : m_reps) {
        if (r.ended.isValid())
            continue; // replaced: no longer signs
        m_proposer->addItem(r.label() + QStringLiteral(" · ") + r.delegationName, r.id);
    }
    for (const Delegation& d : m_delegations)
        m_delegation->addItem(d.name, d.id);
    for (const Representative& r : m_reps) {
        auto* item = new QListWidgetItem(r.label() + QStringLiteral(" · ") + r.delegationName, m_cosigners);
        item->setData(Qt::UserRole, r.id);
        item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled);
        item->setCheckState(Qt::Unchecked);
        item->setHidden(r.ended.isValid());
    }
    QStringList unitNames;
    m_lead->addItem(QString(), QVariant());
    for (const HandlingUnit& u : m_units) {
        if (!u.active)
            continue;
        unitNames << u.name;
        m_lead->addItem(u.name, u.id);
        auto* item = new QListWidgetItem(u.name, m_coUnits);
        item->setData(Qt::UserRole, u.id);
        item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled);
        item->setCheckState(Qt::Unchecked);
    }
    auto* completer = new QCompleter(unitNames, m_suggestedUnit);
    completer->setFilterMode(Qt::MatchContains);
    m_suggestedUnit->setCompleter(completer);
}

void ProposalDialog::filterCosigners(const QString& text)
{
    const QString t = text.trimmed();
    for (int i = 0; i < m_cosigners->count(); ++i) {
        QListWidgetItem* item = m_cosigners->item(i);
        const bool replaced = m_reps.value(i).ended.isValid() && item->checkState() != Qt::Checked;
        item->setHidden(replaced || (!t.isEmpty() && !item->text().contains(t, Qt::CaseInsensitive)));
    }
}

void ProposalDialog::reload()
{
    m_file.reset();
    if (m_id) {
        try {
            m_file = ProposalRepository(m_db).file(m_id);
        } catch (const Error&) {
            m_id = 0; // removed meanwhile (an undo): start again as new
        }
    }
    for (int t = DecisionTab; t < m_tabs->count(); ++t)
        m_tabs->setTabEnabled(t, m_file.has_value());
    if (!m_file) {
        setWindowTitle(tr("New proposal"));
        m_summary->setText(tr("%1 · a new proposal").arg(m_session.name));
        m_saveText->setText(tr("&Submit"));
        Proposal fresh;
        fresh.sessionId = m_sessionId;
        fresh.submitted = QDate::currentDate();
        fillText(fresh);
        return;
    }
    const Proposal& p = m_file->proposal;
    setWindowTitle(tr("Proposal %1").arg(p.number));
    m_saveText->setText(tr("&Save the Text"));
    m_summary->setText(
        tr("%1 %2 · %3 · round %4").arg(p.number, p.title, proposalStages().label(m_file->stage())).arg(p.round));
    fillText(p);
    fillFile();
    fillHistory();
}

void ProposalDialog::fillText(const Proposal& p)
{
    m_number->setText(p.number);
    m_kind->setCurrentIndex(m_kind->findData(int(p.kind)));
    m_title->setText(p.title);
    m_reasons->setPlainText(p.reasons);
    m_measures->setPlainText(p.measures);
    m_category->setCurrentText(p.category);
    m_proposerCategory->setText(!p.proposerCategory.isEmpty() && p.proposerCategory != p.category
                                    ? tr("the proposer's: %1").arg(p.proposerCategory)
                                    : QString());
    m_collective->setChecked(p.isCollective());
    m_proposer->setCurrentIndex(p.proposerRepId ? qMax(0, m_proposer->findData(*p.proposerRepId)) : 0);
    if (p.proposerDelegationId)
        m_delegation->setCurrentIndex(m_delegation->findData(*p.proposerDelegationId));
    for (int i = 0; i < m_cosigners->count(); ++i)
        m_cosigners->item(i)->setCheckState(
            p.cosignerIds.contains(m_cosigners->item(i)->data(Qt::UserRole).toLongLong()) ? Qt::Checked
                                                                                          : Qt::Unchecked);
    filterCosigners(m_cosignerSearch->text());
    m_suggestedUnit->setText(p.suggestedUnit);
    m_submitted->setDate(p.submitted.isValid() ? p.submitted : kNoDate);
}

void ProposalDialog::fillFile()
{
    const ProposalFile& f = *m_file;
    const Proposal& p = f.proposal;
    // decision
    QString now = decisions().label(p.decision);
    if (p.decisionDate.isValid())
        now += tr(" on %1").arg(iso(p.decisionDate));
    if (!p.decisionReason.isEmpty())
        now += QStringLiteral("\n") + tr("Reason: %1").arg(p.decisionReason);
    if (p.mergedIntoId)
        if (const auto target = ProposalRepository(m_db).byId(*p.mergedIntoId))
            now += QStringLiteral("\n") + tr("Merged into %1 %2").arg(target->number, target->title);
    if (!f.sourceIds.isEmpty()) {
        QStringList sources;
        for (qint64 id : f.sourceIds)
            if (const auto s = ProposalRepository(m_db).byId(id))
                sources << s->number;
        now += QStringLiteral("\n") + tr("Merged into this one: %1").arg(sources.join(QStringLiteral("、")));
    }
    m_decisionNow->setText(now);
    m_decision->setCurrentIndex(
        qMax(0, m_decision->findData(int(p.decision == Decision::Pending ? Decision::Filed : p.decision))));
    m_reason->setPlainText(p.decisionReason);
    m_mergeTarget->clear();
    m_mergeTarget->addItem(QString(), QVariant());
    for (const Proposal& other : ProposalRepository(m_db).ofSession(m_sessionId))
        if (other.id != p.id && other.decision == Decision::Filed)
            m_mergeTarget->addItem(other.number + QStringLiteral(" ") + other.title, other.id);
    if (p.mergedIntoId)
        m_mergeTarget->setCurrentIndex(qMax(0, m_mergeTarget->findData(*p.mergedIntoId)));
    m_key->setChecked(p.keyProposal);
    updateDecisionEditors();

    // handling
    m_assignments->setRowCount(int(f.assignments.size()));
    for (int i = 0; i < f.assignments.size(); ++i) {
        const Assignment& a = f.assignments.at(i);
        setRow(
            m_assignments, i,
            {QString::number(a.round), a.unitName, assignmentRoles().label(a.role), iso(a.assigned), iso(a.deadline)},
            a.id);
    }
    m_changeDeadline->setEnabled(false);
    if (const auto lead = f.lead()) {
        m_lead->setCurrentIndex(qMax(0, m_lead->findData(lead->unitId)));
        QList<qint64> co;
        for (const Assignment& a : f.coHandlers())
            co << a.unitId;
        for (int i = 0; i < m_coUnits->count(); ++i)
            m_coUnits->item(i)->setCheckState(
                co.contains(m_coUnits->item(i)->data(Qt::UserRole).toLongLong()) ? Qt::Checked : Qt::Unchecked);
    } else if (m_lead->currentIndex() <= 0 && !p.suggestedUnit.isEmpty()) {
        m_lead->setCurrentIndex(qMax(0, m_lead->findText(p.suggestedUnit)));
    }

    // reply
    m_replies->setRowCount(int(f.replies.size()));
    for (int i = 0; i < f.replies.size(); ++i) {
        const Reply& r = f.replies.at(i);
        setRow(m_replies, i,
               {QString::number(r.round), iso(r.replied), replyResults().key(r.result),
                f.repliedLate(r.round) ? tr("Late") : tr("On time"), iso(r.completion), r.text},
               r.id);
    }
    if (const auto current = f.reply()) {
        m_replyDate->setDate(current->replied);
        m_result->setCurrentIndex(qMax(0, m_result->findData(int(current->result))));
        m_completion->setDate(current->completion.isValid() ? current->completion : kNoDate);
        m_replyText->setPlainText(current->text);
    }

    // rating: the proposer first, then the co-signers
    m_rater->clear();
    m_rater->addItem(tr("The proposer"), QVariant());
    for (qint64 id : p.cosignerIds)
        for (const Representative& r : m_reps)
            if (r.id == id)
                m_rater->addItem(tr("Co-signer %1").arg(r.label()), r.id);
    const auto repName = [this](const std::optional<qint64>& id) {
        if (!id)
            return tr("The proposer");
        for (const Representative& r : m_reps)
            if (r.id == *id)
                return r.label();
        return QString();
    };
    m_ratings->setRowCount(int(f.ratings.size()));
    for (int i = 0; i < f.ratings.size(); ++i) {
        const ProposalRating& r = f.ratings.at(i);
        setRow(m_ratings, i,
               {QString::number(r.round), repName(r.repId), ratings().label(r.rating), iso(r.rated), r.comment}, r.id);
    }

    // reviews
    m_reviews->setRowCount(int(f.reviews.size()));
    for (int i = 0; i < f.reviews.size(); ++i) {
        const ProposalReview& r = f.reviews.at(i);
        setRow(m_reviews, i, {iso(r.reviewed), reviewStatuses().label(r.status), r.findings}, r.id);
    }
}

void ProposalDialog::fillHistory()
{
    const QList<ProposalChange> changes = proposalHistory(m_db, m_id);
    m_history->setRowCount(int(changes.size()));
    for (int i = 0; i < changes.size(); ++i) {
        const ProposalChange& c = changes.at(i);
        const QString action = c.action == QLatin1String("insert")   ? tr("Added")
                               : c.action == QLatin1String("delete") ? tr("Removed")
                                                                     : tr("Changed");
        setRow(m_history, i,
               {QLocale().toString(c.at.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm")), c.user,
                c.table + (c.record.isEmpty() ? QString() : QStringLiteral(" · ") + c.record), action,
                c.changes.join(QStringLiteral("; "))});
    }
    m_history->resizeColumnsToContents();
    m_history->horizontalHeader()->setStretchLastSection(true);
}

void ProposalDialog::updateDecisionEditors()
{
    const auto d = Decision(m_decision->currentData().toInt());
    m_reason->setEnabled(d == Decision::Rejected || d == Decision::Converted || d == Decision::Withdrawn);
    m_mergeTarget->setEnabled(d == Decision::Merged);
}

Proposal ProposalDialog::textAsProposal() const
{
    Proposal p = m_file ? m_file->proposal : Proposal();
    p.sessionId = m_sessionId;
    p.number = m_number->text().trimmed();
    p.kind = ProposalKind(m_kind->currentData().toInt());
    p.title = m_title->text().trimmed();
    p.reasons = m_reasons->toPlainText();
    p.measures = m_measures->toPlainText();
    p.category = m_category->currentText().trimmed();
    if (!m_file)
        p.proposerCategory = p.category; // the proposer's own, kept when the committee re-classifies
    p.proposerRepId.reset();
    p.proposerDelegationId.reset();
    if (m_collective->isChecked()) {
        if (m_delegation->currentIndex() >= 0)
            p.proposerDelegationId = m_delegation->currentData().toLongLong();
    } else {
        const int i = m_proposer->findText(m_proposer->currentText());
        if (i > 0)
            p.proposerRepId = m_proposer->itemData(i).toLongLong();
    }
    // Those signed before keep their order; new ones follow in the list's order.
    QList<qint64> chosen;
    for (int i = 0; i < m_cosigners->count(); ++i)
        if (m_cosigners->item(i)->checkState() == Qt::Checked)
            chosen << m_cosigners->item(i)->data(Qt::UserRole).toLongLong();
    QList<qint64> cosigners;
    for (qint64 id : p.cosignerIds)
        if (chosen.contains(id))
            cosigners << id;
    for (qint64 id : chosen)
        if (!cosigners.contains(id))
            cosigners << id;
    p.cosignerIds = cosigners;
    p.suggestedUnit = m_suggestedUnit->text().trimmed();
    p.submitted = dateIn(m_submitted);
    return p;
}

void ProposalDialog::saveText()
{
    // A refused step keeps what the editors hold, to be corrected.
    const Proposal p = textAsProposal();
    if (m_file) {
        if (m_steps.edit(p))
            reload();
    } else if (const qint64 id = m_steps.submit(p)) {
        m_id = id;
        reload();
    }
}

void ProposalDialog::recordDecision()
{
    if (!m_id)
        return;
    const auto d = Decision(m_decision->currentData().toInt());
    std::optional<qint64> target;
    if (d == Decision::Merged) {
        const int i = m_mergeTarget->findText(m_mergeTarget->currentText());
        if (i > 0)
            target = m_mergeTarget->itemData(i).toLongLong();
    }
    if (m_steps.decide(m_id, d, m_decisionDate->date(),
                       m_reason->isEnabled() ? m_reason->toPlainText().trimmed() : QString(), target))
        reload();
}

void ProposalDialog::assignUnits()
{
    if (!m_id)
        return;
    const int i = m_lead->findText(m_lead->currentText());
    const qint64 lead = i > 0 ? m_lead->itemData(i).toLongLong() : 0;
    QList<qint64> co;
    for (int r = 0; r < m_coUnits->count(); ++r)
        if (m_coUnits->item(r)->checkState() == Qt::Checked)
            co << m_coUnits->item(r)->data(Qt::UserRole).toLongLong();
    if (m_steps.assign(m_id, lead, co, m_assignDate->date()))
        reload();
}

void ProposalDialog::changeDeadline()
{
    const int row = m_assignments->currentRow();
    if (!m_id || row < 0)
        return;
    if (m_steps.setDeadline(m_id, m_assignments->item(row, 0)->data(Qt::UserRole).toLongLong(), m_deadline->date()))
        reload();
}

void ProposalDialog::storeReply()
{
    if (!m_id)
        return;
    Reply r;
    r.proposalId = m_id;
    r.round = m_file ? m_file->proposal.round : 1;
    r.replied = m_replyDate->date();
    r.result = ReplyResult(m_result->currentData().toInt());
    r.completion = dateIn(m_completion);
    r.text = m_replyText->toPlainText();
    if (m_steps.reply(m_id, r))
        reload();
}

void ProposalDialog::storeRating()
{
    if (!m_id)
        return;
    std::optional<qint64> rep;
    if (m_rater->currentData().isValid())
        rep = m_rater->currentData().toLongLong();
    if (m_steps.rate(m_id, Rating(m_rating->currentData().toInt()), m_ratedDate->date(), rep,
                     m_comment->text().trimmed())) {
        m_comment->clear();
        reload();
    }
}

void ProposalDialog::addReview()
{
    if (!m_id)
        return;
    ProposalReview r;
    r.proposalId = m_id;
    r.reviewed = m_reviewDate->date();
    r.status = ReviewStatus(m_reviewStatus->currentData().toInt());
    r.findings = m_findings->toPlainText();
    if (m_steps.addReview(r)) {
        m_findings->clear();
        reload();
    }
}

} // namespace ud::ui
