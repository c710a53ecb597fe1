#include "ui/awards/RoundViews.h"

#include "core/db/Database.h"
#include "core/io/DateText.h"
#include "ui/awards/RoundSteps.h"
#include "ui/shell/Module.h"
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
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QSpinBox>

namespace ud::ui {

using core::AwardRound;
using core::AwardRoundRepository;

namespace {

const QDate kNoDate(1900, 1, 1);

QDateEdit* optionalDate(QWidget* parent, const char* name, const QDate& date)
{
    auto* edit = new QDateEdit(parent);
    edit->setObjectName(QString::fromLatin1(name));
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setMinimumDate(kNoDate);
    edit->setSpecialValueText(RoundDialog::tr("(none)"));
    edit->setDate(date.isValid() ? date : kNoDate);
    return edit;
}

QDate dateOf(const QDateEdit* edit)
{
    return edit->date() == kNoDate ? QDate() : edit->date();
}

QAction* tabAction(QWidget* owner, const char* name, const QString& icon, const QString& text, const QString& iconText,
                   const QString& toolTip, const QList<QKeySequence>& shortcuts)
{
    QAction* action = makeAction(owner, icon, text, iconText, toolTip, shortcuts);
    action->setObjectName(QString::fromLatin1(name));
    // The awards page has other tabs with their own keys: these act while this one is in front.
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    owner->addAction(action);
    return action;
}

QSortFilterProxyModel* sortedBy(QAbstractItemModel* model, QObject* parent)
{
    auto* proxy = new QSortFilterProxyModel(parent);
    proxy->setSourceModel(model);
    proxy->setSortRole(core::RecordSortRole);
    proxy->setSortLocaleAware(true);
    return proxy;
}

} // namespace

// ---- the round dialog

RoundDialog::RoundDialog(core::Database& db, const AwardRound& round, QWidget* parent)
    : QDialog(parent), m_db(db), m_round(round), m_key(new QLineEdit(this)), m_year(new QSpinBox(this)),
      m_award(new QComboBox(this)), m_opens(optionalDate(this, "opens", round.opens)),
      m_closes(optionalDate(this, "closes", round.closes)), m_total(new QSpinBox(this)),
      m_percent(new QDoubleSpinBox(this)), m_cutoff(optionalDate(this, "cutoff", round.cutoff)),
      m_weight(new QSpinBox(this)), m_objectionsTo(new QLineEdit(this)), m_note(new QPlainTextEdit(this)),
      m_problems(new QLabel(this)), m_ok(nullptr)
{
    setObjectName(QStringLiteral("roundDialog"));
    setWindowTitle(round.id == 0 ? tr("New award round") : tr("Edit award round %1").arg(round.key));
    m_key->setObjectName(QStringLiteral("round_key"));
    m_key->setMaxLength(64);
    m_key->setPlaceholderText(tr("e.g. 2024-最美教师"));
    m_key->setToolTip(tr("How the command line and files name the round"));
    m_year->setObjectName(QStringLiteral("year"));
    m_year->setRange(1900, 2999);
    m_award->setObjectName(QStringLiteral("award_type_id"));
    QList<core::AwardType> types = core::AwardTypeRepository(db).all();
    if (types.isEmpty())
        types = core::AwardTypeRepository::defaultTypes(); // stored with the round's first step
    for (const core::AwardType& t : std::as_const(types))
        m_award->addItem(t.name, t.id ? QVariant(t.id) : QVariant(t.name));
    m_total->setObjectName(QStringLiteral("total_quota"));
    m_total->setRange(0, 99999);
    m_total->setSpecialValueText(tr("no limit"));
    m_percent->setObjectName(QStringLiteral("quota_percent"));
    m_percent->setRange(0, 100);
    m_percent->setDecimals(2);
    m_percent->setSingleStep(0.5);
    m_percent->setSuffix(QStringLiteral(" %"));
    m_percent->setSpecialValueText(tr("no quota per sub-union"));
    m_percent->setToolTip(tr("A sub-union may nominate this share of its active members on the cut-off date"));
    m_cutoff->setToolTip(tr("The day whose active members the quotas are computed from"));
    m_weight->setObjectName(QStringLiteral("committee_weight"));
    m_weight->setRange(0, 100);
    m_weight->setSuffix(QStringLiteral(" %"));
    m_weight->setToolTip(tr("The committee's score against the public vote, e.g. 60 for 60/40; 100: no public vote"));
    m_objectionsTo->setObjectName(QStringLiteral("objections_to"));
    m_objectionsTo->setMaxLength(300);
    m_objectionsTo->setPlaceholderText(tr("e.g. 校工会办公室，电话 88888888"));
    m_note->setObjectName(QStringLiteral("note"));
    m_note->setTabChangesFocus(true);
    m_note->setMaximumHeight(60);
    m_problems->setObjectName(QStringLiteral("problems"));
    m_problems->setWordWrap(true);
    QPalette red = m_problems->palette();
    red.setColor(QPalette::WindowText, QColor(0xb4, 0x23, 0x18));
    m_problems->setPalette(red);

    auto* form = new QFormLayout;
    form->addRow(buddyLabel(tr("&Year:"), m_year), m_year);
    form->addRow(buddyLabel(tr("&Award:"), m_award), m_award);
    form->addRow(buddyLabel(tr("&Key:"), m_key), m_key);
    auto* window = new QHBoxLayout;
    window->addWidget(m_opens);
    window->addWidget(new QLabel(tr("to"), this));
    window->addWidget(m_closes);
    window->addStretch(1);
    form->addRow(buddyLabel(tr("&Nominations:"), m_opens), window);
    form->addRow(buddyLabel(tr("&Total quota:"), m_total), m_total);
    auto* quota = new QHBoxLayout;
    quota->addWidget(m_percent);
    quota->addWidget(buddyLabel(tr("of the active members on"), m_cutoff));
    quota->addWidget(m_cutoff);
    quota->addStretch(1);
    form->addRow(buddyLabel(tr("Quota per &sub-union:"), m_percent), quota);
    form->addRow(buddyLabel(tr("&Committee weight:"), m_weight), m_weight);
    form->addRow(buddyLabel(tr("&Objections to:"), m_objectionsTo), m_objectionsTo);
    form->addRow(buddyLabel(tr("N&ote:"), m_note), m_note);
    QVBoxLayout* layout = dialogLayout(this, 10);
    layout->addLayout(form);
    layout->addWidget(m_problems);
    QDialogButtonBox* buttons = dialogButtons(this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    layout->addWidget(buttons);

    m_year->setValue(round.year ? round.year : QDate::currentDate().year());
    const QVariant award = round.awardTypeId ? QVariant(round.awardTypeId) : QVariant();
    m_award->setCurrentIndex(award.isValid() ? qMax(0, m_award->findData(award)) : 0);
    m_key->setText(round.key);
    m_total->setValue(round.totalQuota);
    m_percent->setValue(round.quotaBp / 100.0);
    m_weight->setValue(round.committeeWeight);
    m_objectionsTo->setText(round.objectionsTo);
    m_note->setPlainText(round.note);
    if (round.id == 0 && round.key.isEmpty())
        suggestKey();
    // A round's award stays once it has nominations.
    if (round.id != 0 && db.scalar(QStringLiteral("SELECT COUNT(*) FROM award_nominations WHERE round_id = :id"),
                                   {{QStringLiteral("id"), round.id}})
                                 .toInt() > 0) {
        m_award->setEnabled(false);
        m_award->setToolTip(tr("The round has nominations; its award no longer changes."));
    }

    connect(m_year, &QSpinBox::valueChanged, this, &RoundDialog::suggestKey);
    connect(m_award, &QComboBox::currentIndexChanged, this, &RoundDialog::suggestKey);
    connect(m_key, &QLineEdit::textChanged, this, &RoundDialog::updateProblems);
    for (QDateEdit* d : {m_opens, m_closes, m_cutoff})
        connect(d, &QDateEdit::dateChanged, this, &RoundDialog::updateProblems);
    for (QSpinBox* b : {m_total, m_weight})
        connect(b, &QSpinBox::valueChanged, this, &RoundDialog::updateProblems);
    connect(m_percent, &QDoubleSpinBox::valueChanged, this, &RoundDialog::updateProblems);
    resize(560, 0);
    m_unchanged = this->round();
    updateProblems();
}

void RoundDialog::suggestKey()
{
    const QString key = QStringLiteral("%1-%2").arg(m_year->value()).arg(m_award->currentText());
    if (m_key->text().trimmed().isEmpty() || m_key->text() == m_suggested)
        m_key->setText(key);
    m_suggested = key;
    updateProblems();
}

AwardRound RoundDialog::round() const
{
    AwardRound r = m_round;
    r.key = m_key->text().trimmed();
    r.year = m_year->value();
    const QVariant award = m_award->currentData();
    // A type not stored yet (the plan's, before the first round) is looked up by name when stored.
    r.awardTypeId = award.typeId() == QMetaType::QString ? 0 : award.toLongLong();
    r.awardName = m_award->currentText();
    r.opens = dateOf(m_opens);
    r.closes = dateOf(m_closes);
    r.totalQuota = m_total->value();
    r.quotaBp = int(qRound(m_percent->value() * 100));
    r.cutoff = dateOf(m_cutoff);
    r.committeeWeight = m_weight->value();
    r.objectionsTo = m_objectionsTo->text().trimmed();
    r.note = m_note->toPlainText().trimmed();
    return r;
}

void RoundDialog::updateProblems()
{
    const AwardRound r = round();
    QStringList problems;
    try {
        AwardRound checked = r;
        if (!checked.awardTypeId)
            checked.awardTypeId = -1; // the plan's type, stored with the round: not its problem
        if (checked.publicityDays <= 0)
            checked.publicityDays = 1; // the setting's, given when stored
        for (const core::Problem& p : AwardRoundRepository(m_db).problems(checked))
            if (!(p.field == QLatin1String("award_type_id") && checked.awardTypeId == -1))
                problems << p.message;
    } catch (const core::Error& e) {
        problems << e.message();
    }
    m_problems->setText(problems.join(QLatin1Char('\n')));
    m_problems->setVisible(!problems.isEmpty());
    if (m_ok)
        m_ok->setEnabled(problems.isEmpty() && !r.key.isEmpty());
}

void RoundDialog::reject()
{
    if (!(round() == m_unchanged) && !mayDiscardChanges(this))
        return;
    QDialog::reject();
}

// ---- quotas

QuotasView::QuotasView(ShellContext& shell, RoundSteps& steps, QWidget* parent)
    : ListPage(shell, tr("Quotas"), QIcon(QStringLiteral(":/icons/awards.svg")), parent), m_steps(steps),
      m_model(new core::AwardQuotasModel(this)), m_proxy(sortedBy(m_model, this))
{
    setObjectName(QStringLiteral("quotasView"));
    m_compute = tabAction(this, "computeQuotas", QStringLiteral("refresh"), tr("&Compute Quotas"), tr("Compute"),
                          tr("Compute each sub-union's quota from its active members on the cut-off date; quotas set "
                             "by hand with a reason stay"),
                          {QKeySequence(Qt::CTRL | Qt::Key_R)});
    m_adjust = tabAction(this, "adjustQuota", QStringLiteral("edit"), tr("&Adjust Quota…"), tr("Adjust"),
                         tr("Set the selected sub-union's quota by hand, with the reason (e.g. +5 % for completed "
                            "duties, 0 for unpaid dues)"),
                         {QKeySequence(Qt::Key_F2)});
    connect(m_compute, &QAction::triggered, this, &QuotasView::computeQuotas);
    connect(m_adjust, &QAction::triggered, this, [this] { adjustQuota(); });
    setButtons({m_compute, m_adjust});
    m_view->setObjectName(QStringLiteral("quotaTable"));
    m_view->setModel(m_proxy);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder);
    QHeaderView* columns = m_view->horizontalHeader();
    columns->resizeSection(core::AwardQuotasModel::Unit, 220);
    for (const int c :
         {core::AwardQuotasModel::Headcount, core::AwardQuotasModel::Computed, core::AwardQuotasModel::Quota})
        columns->resizeSection(c, 120);
    connect(m_view, &QAbstractItemView::doubleClicked, this, [this] {
        if (m_adjust->isEnabled())
            adjustQuota();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &QuotasView::updateActions);
    updateCount();
    updateActions();
}

void QuotasView::setDatabase(core::Database* db)
{
    m_db = db;
    m_model->setDatabase(db);
    reload();
}

void QuotasView::setRound(qint64 roundId)
{
    m_round = AwardRound();
    m_round.id = m_db ? roundId : 0;
    m_model->setRound(m_round.id);
    reload();
}

void QuotasView::reload()
{
    const int row = currentRow();
    const qint64 unit = row >= 0 ? m_model->recordAt(row).unitId : 0;
    const qint64 id = m_round.id;
    m_round = AwardRound();
    try {
        if (m_db && id)
            m_round = AwardRoundRepository(*m_db).byId(id).value_or(AwardRound());
        m_model->reload();
    } catch (const core::Error& e) {
        m_shell.warn(tr("Cannot show the quotas"), e.message());
    }
    if (unit)
        selectUnit(unit);
    updateCount();
    updateActions();
}

int QuotasView::currentRow() const
{
    const QModelIndex index = m_view->currentIndex();
    if (!index.isValid() || !m_view->selectionModel()->isRowSelected(index.row(), {}))
        return -1;
    return m_proxy->mapToSource(index).row();
}

bool QuotasView::selectUnit(qint64 unitId)
{
    for (int r = 0; r < m_model->rowCount(); ++r)
        if (m_model->recordAt(r).unitId == unitId) {
            m_view->selectRow(m_proxy->mapFromSource(m_model->index(r, 0)).row());
            return true;
        }
    return false;
}

void QuotasView::updateCount()
{
    QString text;
    if (m_round.id) {
        int sum = 0;
        for (const core::AwardQuota& q : m_model->records())
            sum += q.quota;
        text = m_round.quotaBp > 0 ? tr("%1 % of the active members on %2 · %n sub-union(s), %3 places in all", nullptr,
                                        m_model->rowCount())
                                         .arg(core::percentText(m_round.quotaBp), core::isoDateText(m_round.cutoff))
                                         .arg(sum)
                                   : tr("No quota per sub-union");
        if (m_round.totalQuota > 0)
            text += tr(" · total quota %1").arg(m_round.totalQuota);
    }
    header()->setSubtitle(text);
    showEmptyState(m_model->rowCount(),
                   !m_round.id ? tr("No award round chosen. Choose one at the top.")
                   : m_round.quotaBp > 0
                       ? tr("No sub-union had active members on the cut-off date. Compute the quotas again once the "
                            "roster is in.")
                       : tr("This round has no quota per sub-union. Give its quota percent and cut-off date with "
                            "Edit Round on the Rounds tab."),
                   QString());
}

void QuotasView::updateActions()
{
    const bool canWrite = writable() && m_round.id && !m_round.locked();
    m_compute->setEnabled(canWrite && m_round.quotaBp > 0);
    m_adjust->setEnabled(canWrite && currentRow() >= 0);
}

bool QuotasView::computeQuotas()
{
    if (!m_round.id || !m_steps.computeQuotas(m_round.id))
        return false;
    m_shell.showStatusMessage(tr("The quotas of %1 are computed again.").arg(m_round.key));
    return true;
}

bool QuotasView::adjustQuota(int quota, const QString& givenReason)
{
    const int row = currentRow();
    if (!m_db || row < 0)
        return false;
    const core::AwardQuota q = m_model->recordAt(row);
    QString reason = givenReason;
    if (quota < 0) {
        QDialog dialog(this);
        dialog.setObjectName(QStringLiteral("quotaDialog"));
        dialog.setWindowTitle(tr("Adjust quota"));
        auto* box = new QSpinBox(&dialog);
        box->setObjectName(QStringLiteral("quota"));
        box->setRange(0, 999999);
        box->setValue(q.quota);
        auto* text = new QLineEdit(q.reason, &dialog);
        text->setObjectName(QStringLiteral("reason"));
        text->setMaxLength(500);
        text->setPlaceholderText(tr("e.g. 完成年度工作任务，上浮5%"));
        QVBoxLayout* layout = dialogLayout(&dialog, 10);
        layout->addWidget(
            wrappedLabel(tr("%1: %n active member(s) on the cut-off date, computed quota %2.", nullptr, q.headcount)
                             .arg(q.unitName)
                             .arg(q.computed),
                         &dialog));
        auto* form = new QFormLayout;
        form->addRow(buddyLabel(tr("&Quota:"), box), box);
        form->addRow(buddyLabel(tr("&Reason:"), text), text);
        layout->addLayout(form);
        layout->addWidget(noteLabel(tr("Another quota than the computed one needs its reason; the computed quota "
                                       "with no reason takes the change back."),
                                    &dialog));
        QDialogButtonBox* buttons = dialogButtons(&dialog);
        QPushButton* ok = buttons->button(QDialogButtonBox::Ok);
        const auto check = [ok, box, text, q] {
            ok->setEnabled(box->value() == q.computed || !text->text().trimmed().isEmpty());
        };
        connect(box, &QSpinBox::valueChanged, &dialog, check);
        connect(text, &QLineEdit::textChanged, &dialog, check);
        check();
        layout->addWidget(buttons);
        dialog.resize(460, 0);
        if (dialog.exec() != QDialog::Accepted)
            return false;
        quota = box->value();
        reason = text->text().trimmed();
    }
    return m_steps.setQuota(m_round.id, q.unitId, quota, reason);
}

// ---- rounds

RoundsView::RoundsView(ShellContext& shell, RoundSteps& steps, QWidget* parent)
    : ListPage(shell, tr("Rounds"), QIcon(QStringLiteral(":/icons/awards.svg")), parent), m_steps(steps),
      m_model(new core::AwardRoundsModel(this)), m_proxy(sortedBy(m_model, this))
{
    setObjectName(QStringLiteral("roundsView"));
    m_add = tabAction(this, "addRound", QStringLiteral("add"), tr("&Add Round…"), tr("Add"),
                      tr("Add a round of an award in the year: its window, quotas and weights"),
                      {QKeySequence(QKeySequence::New), QKeySequence(Qt::Key_Insert)});
    m_edit = tabAction(this, "editRound", QStringLiteral("edit"), tr("&Edit Round…"), tr("Edit"),
                       tr("Edit the selected round's fields"), {QKeySequence(Qt::Key_F2)});
    m_delete =
        tabAction(this, "deleteRound", QStringLiteral("delete"), tr("&Delete Round"), tr("Delete"),
                  tr("Delete the selected round while it has no nominations"), {QKeySequence(QKeySequence::Delete)});
    connect(m_add, &QAction::triggered, this, [this] { addRound(); });
    connect(m_edit, &QAction::triggered, this, &RoundsView::editRound);
    connect(m_delete, &QAction::triggered, this, [this] { deleteRound(true); });
    setButtons({m_add, m_edit, m_delete});
    m_view->setObjectName(QStringLiteral("roundTable"));
    m_view->setModel(m_proxy);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder);
    QHeaderView* columns = m_view->horizontalHeader();
    columns->resizeSection(core::AwardRoundsModel::Key, 200);
    columns->resizeSection(core::AwardRoundsModel::Award, 160);
    columns->resizeSection(core::AwardRoundsModel::Stage, 100);
    columns->resizeSection(core::AwardRoundsModel::TotalQuota, 100);
    columns->resizeSection(core::AwardRoundsModel::PublicityStart, 120);
    connect(m_view, &QAbstractItemView::doubleClicked, this, &RoundsView::editRound);
    for (const int key : {Qt::Key_Return, Qt::Key_Enter})
        new QShortcut(QKeySequence(key), m_view, this, &RoundsView::editRound, Qt::WidgetShortcut);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RoundsView::updateActions);
    updateCount();
    updateActions();
}

void RoundsView::setDatabase(core::Database* db)
{
    m_db = db;
    m_model->setDatabase(db);
    reload();
}

void RoundsView::setYear(int year)
{
    m_model->setYear(year);
    reload();
}

void RoundsView::reload()
{
    const qint64 current = currentId();
    try {
        m_model->reload();
    } catch (const core::Error& e) {
        m_shell.warn(tr("Cannot show the rounds"), e.message());
    }
    if (current)
        selectRound(current);
    updateCount();
    updateActions();
}

qint64 RoundsView::currentId() const
{
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() && m_view->selectionModel()->isRowSelected(index.row(), {})
               ? m_proxy->data(index, core::RecordIdRole).toLongLong()
               : 0;
}

bool RoundsView::selectRound(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    m_view->selectRow(m_proxy->mapFromSource(m_model->index(row, 0)).row());
    return true;
}

void RoundsView::updateCount()
{
    header()->setSubtitle(m_db ? tr("%n round(s) in %1", nullptr, m_model->rowCount()).arg(m_model->year())
                               : QString());
    showEmptyState(m_model->rowCount(),
                   tr("No award round in %1 yet. The plan names them: 最美教师 and 三育人先进 in spring, 巾帼文明岗, "
                      "巾帼建功标兵 and 工会工作先进 in autumn. Add one with Add Round.")
                       .arg(m_model->year()),
                   QString());
}

void RoundsView::updateActions()
{
    const qint64 id = currentId();
    const int row = m_model->rowOf(id);
    m_add->setEnabled(writable());
    m_edit->setEnabled(writable() && row >= 0 && !m_model->recordAt(row).locked());
    m_delete->setEnabled(writable() && row >= 0 && m_model->recordAt(row).stage == core::RoundStage::Nominating);
}

qint64 RoundsView::addRound(const std::optional<AwardRound>& given)
{
    if (!writable())
        return 0;
    AwardRound r;
    if (given) {
        r = *given;
    } else {
        AwardRound fresh;
        fresh.year = m_model->year() ? m_model->year() : QDate::currentDate().year();
        fresh.publicityDays = 0; // the setting's
        RoundDialog dialog(*m_db, fresh, this);
        if (dialog.exec() != QDialog::Accepted)
            return 0;
        r = dialog.round();
    }
    if (!r.awardTypeId) {
        // The plan's types are stored with the first round.
        try {
            core::AwardTypeRepository types(*m_db);
            if (types.all().isEmpty())
                types.addDefaults();
            if (const auto t = types.byName(r.awardName))
                r.awardTypeId = t->id;
        } catch (const core::Error& e) {
            m_shell.warn(tr("Cannot add the round"), e.message());
            return 0;
        }
    }
    const qint64 id = m_steps.openRound(r);
    if (id) {
        m_shell.notifyDataChanged(core::tables::AwardTypes);
        emit roundAdded(id);
    }
    return id;
}

bool RoundsView::editRound()
{
    const qint64 id = currentId();
    if (!m_db || !id)
        return false;
    const auto stored = AwardRoundRepository(*m_db).byId(id);
    if (!stored)
        return false;
    if (stored->locked()) {
        m_shell.warn(tr("Cannot edit the round"),
                     tr("Rule: the final list of round %1 is locked; unlock it, with the reason, on the 公示 tab.")
                         .arg(stored->key));
        return false;
    }
    RoundDialog dialog(*m_db, *stored, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    return m_steps.editRound(dialog.round());
}

bool RoundsView::deleteRound(bool confirm)
{
    const qint64 id = currentId();
    return id && m_steps.eraseRound(id, confirm);
}

} // namespace ud::ui
