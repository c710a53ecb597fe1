#include "ui/awards/PublicityView.h"

#include "core/awards/AwardDocuments.h"
#include "core/db/Database.h"
#include "core/db/DatabaseSettings.h"
#include "core/io/DateText.h"
#include "ui/aid/AidPrintDialog.h"
#include "ui/awards/NominationTable.h"
#include "ui/awards/RoundSteps.h"
#include "ui/shell/Module.h"
#include "ui/widgets/DataTableView.h"
#include "ui/widgets/DialogParts.h"
#include "ui/widgets/PageActions.h"

#include <QAction>
#include <QButtonGroup>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QSplitter>
#include <QToolButton>
#include <QVBoxLayout>

namespace ud::ui {

using core::AwardRoundRepository;
using core::NominationsModel;
using core::ObjectionOutcome;
using core::RoundStage;

namespace {

QDateEdit* dateEdit(QWidget* parent, const char* name)
{
    auto* date = new QDateEdit(QDate::currentDate(), parent);
    date->setObjectName(QString::fromLatin1(name));
    date->setCalendarPopup(true);
    date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    return date;
}

/// A bold title over a part of the tab, with its buttons at its right.
QWidget* titled(const QString& title, QWidget* body, const QList<QAction*>& actions, QWidget* parent)
{
    auto* box = new QWidget(parent);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    auto* row = new QHBoxLayout;
    auto* label = new QLabel(title, box);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    row->addWidget(label);
    row->addStretch(1);
    for (QAction* a : actions)
        row->addWidget(makeButton(a, box));
    layout->addLayout(row);
    layout->addWidget(body, 1);
    return box;
}

} // namespace

PublicityView::PublicityView(ShellContext& shell, RoundSteps& steps, QWidget* parent)
    : QWidget(parent), m_shell(shell), m_steps(steps), m_today(QDate::currentDate()),
      m_nominations(new NominationsModel(this)), m_list(new NominationTable(m_nominations, this)),
      m_objections(new core::ObjectionsModel(this)), m_start(dateEdit(this, "publicityStart")),
      m_days(new QSpinBox(this)), m_end(new QLabel(this)), m_objectionsTo(new QLineEdit(this)),
      m_status(new QLabel(this)), m_listView(new DataTableView(this)), m_objectionsView(new DataTableView(this))
{
    setObjectName(QStringLiteral("publicityView"));
    m_startAction = action("startPublicity", QStringLiteral("flag"), tr("&Start Publicity"), tr("Start Publicity"),
                           tr("Publish the selected list from the first day for the working days given"),
                           {QKeySequence(Qt::CTRL | Qt::Key_G)});
    m_stopAction = action("stopPublicity", QStringLiteral("undo"), tr("&Take Back"), tr("Take Back"),
                          tr("Take the 公示 back to the review while no objection is recorded"), {});
    m_addObjection = action("addObjection", QStringLiteral("add"), tr("&Add Objection…"), tr("Add Objection"),
                            tr("Record an objection to a nominee on the list"),
                            {QKeySequence(QKeySequence::New), QKeySequence(Qt::Key_Insert)});
    m_closeObjection = action(
        "closeObjection", QStringLiteral("decide"), tr("&Close Objection…"), tr("Close Objection"),
        tr("The outcome of the selected objection: upheld withdraws the nomination"), {QKeySequence(Qt::Key_F2)});
    m_finalize = action("finalizeList", QStringLiteral("decide"), tr("&Finalize"), tr("Finalize"),
                        tr("Lock the list as final: the 公示 has ended and every objection is closed"),
                        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F)});
    m_unlock = action("unlockList", QStringLiteral("edit"), tr("&Unlock…"), tr("Unlock"),
                      tr("Unlock the final list to change it; the reason is kept in the change history"), {});
    m_notice =
        action("printNotice", QStringLiteral("print"), tr("Print &Notice…"), tr("Print Notice"),
               tr("The 公示 notice: preview, print, or save as PDF or .odt"), {QKeySequence(QKeySequence::Print)});
    m_certificates =
        action("printCertificates", QStringLiteral("document"), tr("Print Cer&tificates…"), tr("Print Certificates"),
               tr("The certificates (奖状) of the final list on A4 landscape: preview, print, or save as "
                  "PDF"),
               {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P)});
    m_wording = action("certificateWording", QString(), tr("Certificate &Wording…"), tr("Certificate Wording"),
                       tr("The wording of the certificates, shared by everyone who uses this database"), {});
    connect(m_startAction, &QAction::triggered, this, &PublicityView::startPublicity);
    connect(m_stopAction, &QAction::triggered, this, &PublicityView::stopPublicity);
    connect(m_addObjection, &QAction::triggered, this, [this] { addObjection(); });
    connect(m_closeObjection, &QAction::triggered, this, [this] { closeObjection(); });
    connect(m_finalize, &QAction::triggered, this, &PublicityView::finalize);
    connect(m_unlock, &QAction::triggered, this, [this] { unlock(); });
    connect(m_notice, &QAction::triggered, this, &PublicityView::printNotice);
    connect(m_certificates, &QAction::triggered, this, &PublicityView::printCertificates);
    connect(m_wording, &QAction::triggered, this, &PublicityView::editWording);

    // The dates of the 公示.
    m_days->setObjectName(QStringLiteral("publicityDays"));
    m_days->setRange(1, 99);
    m_days->setValue(5);
    m_days->setSuffix(tr(" working days"));
    m_end->setObjectName(QStringLiteral("publicityEnd"));
    QFont bold = m_end->font();
    bold.setBold(true);
    m_end->setFont(bold);
    m_objectionsTo->setObjectName(QStringLiteral("objectionsTo"));
    m_objectionsTo->setMaxLength(300);
    m_objectionsTo->setPlaceholderText(tr("e.g. 校工会办公室，电话 88888888"));
    m_objectionsTo->setToolTip(tr("Where the 公示 notice asks objections to be sent"));
    m_status->setObjectName(QStringLiteral("publicityStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);

    auto* dates = new QHBoxLayout;
    dates->setSpacing(6);
    dates->addWidget(buddyLabel(tr("First &day:"), m_start));
    dates->addWidget(m_start);
    dates->addSpacing(8);
    dates->addWidget(buddyLabel(tr("&Length:"), m_days));
    dates->addWidget(m_days);
    dates->addSpacing(8);
    dates->addWidget(new QLabel(tr("Last day:"), this));
    dates->addWidget(m_end);
    dates->addSpacing(16);
    dates->addWidget(buddyLabel(tr("&Objections to:"), m_objectionsTo));
    dates->addWidget(m_objectionsTo, 1);
    auto* steps1 = new QHBoxLayout;
    steps1->setSpacing(4);
    for (QAction* a : {m_startAction, m_stopAction})
        steps1->addWidget(makeButton(a, this));
    steps1->addSpacing(16);
    steps1->addWidget(m_status, 1);

    // The list and its objections side by side.
    m_listView->setObjectName(QStringLiteral("publishedList"));
    m_listView->setModel(m_list);
    m_listView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setShow(NominationTable::Show::Listed);
    for (int c = 0; c < NominationsModel::ColumnCount; ++c)
        m_listView->setColumnHidden(c, c != NominationsModel::Nominee && c != NominationsModel::Unit &&
                                           c != NominationsModel::Status);
    m_listView->horizontalHeader()->resizeSection(NominationsModel::Nominee, 150);
    m_listView->horizontalHeader()->resizeSection(NominationsModel::Unit, 170);
    m_objectionsView->setObjectName(QStringLiteral("objectionTable"));
    m_objectionsView->setModel(m_objections);
    m_objectionsView->setSelectionMode(QAbstractItemView::SingleSelection);
    QHeaderView* columns = m_objectionsView->horizontalHeader();
    columns->resizeSection(core::ObjectionsModel::Received, 92);
    columns->resizeSection(core::ObjectionsModel::Nominee, 120);
    columns->resizeSection(core::ObjectionsModel::Content, 170);
    columns->resizeSection(core::ObjectionsModel::Outcome, 64);
    columns->resizeSection(core::ObjectionsModel::HandledBy, 72);
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(titled(tr("The list"), m_listView, {m_certificates}, split));
    split->addWidget(titled(tr("Objections"), m_objectionsView, {m_addObjection, m_closeObjection}, split));
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setSizes({440, 660}); // the objections' columns need the room
    split->setChildrenCollapsible(false);

    auto* bottom = new QHBoxLayout;
    bottom->setSpacing(4);
    for (QAction* a : {m_finalize, m_unlock})
        bottom->addWidget(makeButton(a, this));
    bottom->addStretch(1);
    for (QAction* a : {m_notice, m_wording})
        bottom->addWidget(makeButton(a, this));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->setSpacing(10);
    layout->addLayout(dates);
    layout->addLayout(steps1);
    layout->addWidget(split, 1);
    layout->addLayout(bottom);

    connect(m_start, &QDateEdit::dateChanged, this, &PublicityView::updateEnd);
    connect(m_days, &QSpinBox::valueChanged, this, &PublicityView::updateEnd);
    connect(m_objectionsView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &PublicityView::updateActions);
    connect(m_objectionsView, &QAbstractItemView::doubleClicked, this, [this] {
        if (m_closeObjection->isEnabled())
            closeObjection();
    });
    updateActions();
}

QAction* PublicityView::action(const char* name, const QString& icon, const QString& text, const QString& iconText,
                               const QString& toolTip, const QList<QKeySequence>& shortcuts)
{
    QAction* a = makeAction(this, icon, text, iconText, toolTip, shortcuts);
    a->setObjectName(QString::fromLatin1(name));
    // The awards page has other tabs with their own keys: these act while the 公示 is in front.
    a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    QWidget::addAction(a);
    m_actions << a;
    return a;
}

void PublicityView::setDatabase(core::Database* db)
{
    m_db = db;
    m_nominations->setDatabase(db);
    m_objections->setDatabase(db);
    if (db)
        m_days->setValue(qBound(1, core::DatabaseSettings(*db).value(core::settings::PublicityDays).toInt(), 99));
    reload();
}

void PublicityView::setRound(qint64 roundId)
{
    if (roundId == m_round.id && roundId)
        return;
    m_round = core::AwardRound();
    m_round.id = m_db ? roundId : 0;
    m_nominations->setRound(m_round.id);
    m_objections->setRound(m_round.id);
    reload();
}

void PublicityView::setToday(const QDate& day)
{
    m_today = day;
    updateActions();
}

void PublicityView::reload()
{
    const qint64 id = m_round.id;
    m_round = core::AwardRound();
    try {
        if (m_db && id)
            m_round = AwardRoundRepository(*m_db).byId(id).value_or(core::AwardRound());
        m_nominations->reload();
        m_objections->reload();
    } catch (const core::Error& e) {
        m_shell.warn(tr("Cannot show the 公示"), e.message());
    }
    // A 公示 shows its own dates; before one, the dates chosen stay.
    {
        const QSignalBlocker blockStart(m_start);
        const QSignalBlocker blockDays(m_days);
        if (m_round.publicityStart.isValid()) {
            m_start->setDate(m_round.publicityStart);
            m_days->setValue(m_round.publicityDays);
        }
        m_objectionsTo->setText(m_round.objectionsTo);
    }
    updateEnd();
    updateActions();
}

void PublicityView::updateEnd()
{
    if (!m_db) {
        m_end->setText(QStringLiteral("—"));
        return;
    }
    try {
        const QDate end = AwardRoundRepository(*m_db).publicityEnd(m_start->date(), m_days->value());
        m_end->setText(end.isValid() ? core::isoDateText(end) + QStringLiteral(" ") +
                                           QLocale().dayName(end.dayOfWeek(), QLocale::ShortFormat)
                                     : QStringLiteral("—"));
    } catch (const core::Error& e) {
        m_end->setText(QStringLiteral("—"));
        m_end->setToolTip(e.message());
    }
}

qint64 PublicityView::currentObjection() const
{
    const QModelIndex index = m_objectionsView->currentIndex();
    return index.isValid() && m_objectionsView->selectionModel()->isRowSelected(index.row(), {})
               ? m_objections->data(index, core::ObjectionsModel::IdRole).toLongLong()
               : 0;
}

void PublicityView::updateActions()
{
    const bool canWrite = m_db && !m_db->isReadOnly() && m_round.id;
    const RoundStage stage = m_round.stage;
    int selected = 0;
    for (int r = 0; r < m_nominations->rowCount(); ++r)
        selected += m_nominations->nominationAt(r).status == core::NominationStatus::Selected ? 1 : 0;
    const bool before = stage == RoundStage::Nominating || stage == RoundStage::Review;
    m_start->setEnabled(canWrite && before);
    m_days->setEnabled(canWrite && before);
    m_objectionsTo->setReadOnly(!(canWrite && before));
    m_startAction->setEnabled(canWrite && stage == RoundStage::Review && selected > 0);
    m_stopAction->setEnabled(canWrite && stage == RoundStage::Publicity && m_objections->rowCount() == 0);
    m_addObjection->setEnabled(canWrite && stage == RoundStage::Publicity);
    const int row = m_objections->rowOf(currentObjection());
    m_closeObjection->setEnabled(canWrite && stage == RoundStage::Publicity && row >= 0 &&
                                 m_objections->recordAt(row).open());
    QString problem;
    if (m_db && m_round.id) {
        try {
            problem = AwardRoundRepository(*m_db).finalizeProblem(m_round.id, m_today);
        } catch (const core::Error& e) {
            problem = e.message();
        }
    }
    m_finalize->setEnabled(canWrite && stage == RoundStage::Publicity && problem.isEmpty());
    m_finalize->setToolTip(problem.isEmpty() ? tr("Lock the list as final: the 公示 has ended and every objection is "
                                                  "closed")
                                             : problem);
    m_unlock->setEnabled(canWrite && stage == RoundStage::Final);
    m_notice->setEnabled(m_round.id && (stage == RoundStage::Publicity || stage == RoundStage::Final));
    m_certificates->setEnabled(m_round.id && stage == RoundStage::Final);
    m_wording->setEnabled(m_db && !m_db->isReadOnly());

    QString status;
    switch (stage) {
    case RoundStage::Nominating:
        status = tr("The round takes nominations. Once the review has selected the list, its 公示 starts here.");
        break;
    case RoundStage::Review:
        status = selected ? tr("%n nominee(s) selected: choose the first day and start the 公示.", nullptr, selected)
                          : tr("Select the list on the Review tab first.");
        break;
    case RoundStage::Publicity:
        status = tr("In publicity from %1 to %2 (%n working day(s)).", nullptr, m_round.publicityDays)
                     .arg(core::isoDateText(m_round.publicityStart), core::isoDateText(m_round.publicityEnd));
        if (!problem.isEmpty())
            status += QStringLiteral(" ") + problem;
        else
            status += QStringLiteral(" ") + tr("The list can be made final.");
        break;
    case RoundStage::Final:
        status = tr("The list is final since %1.").arg(core::isoDateText(m_round.finalized));
        break;
    }
    if (!m_round.id)
        status = tr("No award round chosen.");
    else if (!m_round.unlockReason.isEmpty() && stage != RoundStage::Final)
        status += QStringLiteral(" ") + tr("Unlocked before: %1").arg(m_round.unlockReason);
    m_status->setText(status);
}

bool PublicityView::startPublicity()
{
    if (!m_round.id)
        return false;
    return m_steps.startPublicity(m_round.id, m_start->date(), m_days->value(), m_objectionsTo->text().trimmed());
}

bool PublicityView::stopPublicity()
{
    return m_round.id && m_steps.stopPublicity(m_round.id);
}

bool PublicityView::addObjection(qint64 nominationId, const QDate& received, const QString& content)
{
    if (!m_db || !m_round.id)
        return false;
    core::Objection o;
    o.nominationId = nominationId;
    o.received = received.isValid() ? received : m_today;
    o.content = content.trimmed();
    if (o.content.isEmpty()) {
        QDialog dialog(this);
        dialog.setObjectName(QStringLiteral("objectionDialog"));
        dialog.setWindowTitle(tr("Add objection"));
        auto* nominee = new QComboBox(&dialog);
        nominee->setObjectName(QStringLiteral("nominee"));
        for (int r = 0; r < m_nominations->rowCount(); ++r) {
            const core::Nomination& n = m_nominations->nominationAt(r);
            if (n.status == core::NominationStatus::Selected)
                nominee->addItem(n.nominee() + QStringLiteral(" · ") + n.unitName, n.id);
        }
        // The nominee selected in the list, by default.
        const QModelIndex current = m_listView->currentIndex();
        if (current.isValid())
            nominee->setCurrentIndex(qMax(0, nominee->findData(m_list->data(current, NominationsModel::IdRole))));
        auto* date = dateEdit(&dialog, "received");
        date->setDate(o.received);
        auto* text = new QPlainTextEdit(&dialog);
        text->setObjectName(QStringLiteral("content"));
        text->setTabChangesFocus(true);
        QVBoxLayout* layout = dialogLayout(&dialog, 10);
        auto* form = new QFormLayout;
        form->addRow(buddyLabel(tr("&Nominee:"), nominee), nominee);
        form->addRow(buddyLabel(tr("&Received:"), date), date);
        form->addRow(buddyLabel(tr("&Objection:"), text), text);
        layout->addLayout(form, 1);
        QDialogButtonBox* buttons = dialogButtons(&dialog);
        QPushButton* ok = buttons->button(QDialogButtonBox::Ok);
        ok->setEnabled(false);
        connect(text, &QPlainTextEdit::textChanged, &dialog, [ok, text, nominee] {
            ok->setEnabled(!text->toPlainText().trimmed().isEmpty() && nominee->currentIndex() >= 0);
        });
        layout->addWidget(buttons);
        dialog.resize(520, 320);
        if (dialog.exec() != QDialog::Accepted)
            return false;
        o.nominationId = nominee->currentData().toLongLong();
        o.received = date->date();
        o.content = text->toPlainText().trimmed();
    }
    const qint64 id = m_steps.addObjection(o);
    if (id) {
        const int row = m_objections->rowOf(id);
        if (row >= 0)
            m_objectionsView->selectRow(row);
    }
    return id != 0;
}

bool PublicityView::closeObjection(ObjectionOutcome outcome, const QDate& day, const QString& handledBy,
                                   const QString& finding)
{
    const qint64 id = currentObjection();
    if (!m_db || !id)
        return false;
    QDate closed = day;
    QString by = handledBy;
    QString found = finding;
    if (!closed.isValid()) {
        const core::Objection& o = m_objections->recordAt(m_objections->rowOf(id));
        QDialog dialog(this);
        dialog.setObjectName(QStringLiteral("closeObjectionDialog"));
        dialog.setWindowTitle(tr("Close objection"));
        auto* upheld = new QRadioButton(tr("&Upheld: the nomination is withdrawn"), &dialog);
        auto* dismissed = new QRadioButton(tr("&Dismissed: the nomination stays on the list"), &dialog);
        upheld->setObjectName(QStringLiteral("upheld"));
        dismissed->setObjectName(QStringLiteral("dismissed"));
        auto* group = new QButtonGroup(&dialog);
        group->addButton(upheld);
        group->addButton(dismissed);
        auto* date = dateEdit(&dialog, "closed");
        date->setDate(m_today);
        auto* handler = new QLineEdit(&dialog);
        handler->setObjectName(QStringLiteral("handledBy"));
        handler->setMaxLength(100);
        auto* text = new QPlainTextEdit(&dialog);
        text->setObjectName(QStringLiteral("finding"));
        text->setTabChangesFocus(true);
        QVBoxLayout* layout = dialogLayout(&dialog, 10);
        layout->addWidget(wrappedLabel(
            tr("The objection to %1 of %2: %3").arg(o.nominee, core::isoDateText(o.received), o.content), &dialog));
        layout->addWidget(upheld);
        layout->addWidget(dismissed);
        auto* form = new QFormLayout;
        form->addRow(buddyLabel(tr("&Closed on:"), date), date);
        form->addRow(buddyLabel(tr("&Handled by:"), handler), handler);
        form->addRow(buddyLabel(tr("&Finding:"), text), text);
        layout->addLayout(form, 1);
        QDialogButtonBox* buttons = dialogButtons(&dialog);
        QPushButton* ok = buttons->button(QDialogButtonBox::Ok);
        ok->setEnabled(false);
        connect(group, &QButtonGroup::buttonToggled, &dialog, [ok] { ok->setEnabled(true); });
        layout->addWidget(buttons);
        dialog.resize(540, 400);
        if (dialog.exec() != QDialog::Accepted)
            return false;
        outcome = upheld->isChecked() ? ObjectionOutcome::Upheld : ObjectionOutcome::Dismissed;
        closed = date->date();
        by = handler->text().trimmed();
        found = text->toPlainText().trimmed();
    }
    return m_steps.closeObjection(id, outcome, closed, by, found);
}

bool PublicityView::finalize()
{
    return m_round.id && m_steps.finalize(m_round.id, m_today);
}

bool PublicityView::unlock(const QString& given)
{
    if (!m_db || !m_round.id)
        return false;
    QString reason = given;
    if (reason.trimmed().isEmpty()) {
        QDialog dialog(this);
        dialog.setObjectName(QStringLiteral("unlockDialog"));
        dialog.setWindowTitle(tr("Unlock final list"));
        auto* text = new QPlainTextEdit(&dialog);
        text->setObjectName(QStringLiteral("reason"));
        text->setTabChangesFocus(true);
        QVBoxLayout* layout = dialogLayout(&dialog, 8);
        layout->addWidget(wrappedLabel(tr("Why is the final list of %1 unlocked? The reason is kept in the change "
                                          "history; its awards leave the awards history until the list is final "
                                          "again.")
                                           .arg(m_round.key),
                                       &dialog));
        layout->addWidget(buddyLabel(tr("&Reason:"), text));
        layout->addWidget(text, 1);
        QDialogButtonBox* buttons = dialogButtons(&dialog);
        QPushButton* ok = buttons->button(QDialogButtonBox::Ok);
        ok->setEnabled(false);
        connect(text, &QPlainTextEdit::textChanged, &dialog,
                [ok, text] { ok->setEnabled(!text->toPlainText().trimmed().isEmpty()); });
        layout->addWidget(buttons);
        dialog.resize(480, 280);
        if (dialog.exec() != QDialog::Accepted)
            return false;
        reason = text->toPlainText().trimmed();
    }
    return m_steps.unlock(m_round.id, reason);
}

void PublicityView::printNotice()
{
    if (!m_db || !m_round.id)
        return;
    core::Database& db = *m_db;
    const qint64 id = m_round.id;
    AidPrintDialog::Choice notice;
    notice.text = tr("The 公示 notice of %1").arg(m_round.key);
    notice.fileName = tr("Publicity notice %1").arg(m_round.key);
    notice.make = [&db, id] { return core::publicityNotice(db, id); };
    AidPrintDialog dialog(m_shell, tr("Print Notice"), {notice}, QStringLiteral("awards"), this);
    dialog.exec();
}

void PublicityView::printCertificates()
{
    if (!m_db || !m_round.id)
        return;
    core::Database& db = *m_db;
    const qint64 id = m_round.id;
    int listed = 0;
    for (int r = 0; r < m_nominations->rowCount(); ++r)
        listed += m_nominations->nominationAt(r).status == core::NominationStatus::Final ? 1 : 0;
    AidPrintDialog::Choice all;
    all.text = tr("The certificates of the final list (%n)", nullptr, listed);
    all.fileName = tr("Certificates %1").arg(m_round.key);
    all.make = [&db, id] { return core::awardCertificates(db, id); };
    all.pdfOnly = true;
    AidPrintDialog::Choice one;
    const QModelIndex current = m_listView->currentIndex();
    const qint64 nomination = current.isValid() ? m_list->data(current, NominationsModel::IdRole).toLongLong() : 0;
    const int row = m_nominations->rowOf(nomination);
    const QString nominee = row >= 0 ? m_nominations->nominationAt(row).nominee() : QString();
    one.text = row >= 0 ? tr("The certificate of %1").arg(nominee) : tr("The certificate of the nominee selected");
    one.fileName = tr("Certificate %1").arg(nominee);
    one.make = [&db, id, nomination] { return core::awardCertificates(db, id, {nomination}); };
    one.enabled = row >= 0;
    one.pdfOnly = true;
    AidPrintDialog dialog(m_shell, tr("Print Certificates"), {all, one}, QStringLiteral("awards"), this);
    dialog.exec();
}

void PublicityView::editWording()
{
    if (!m_db || m_db->isReadOnly())
        return;
    core::DatabaseSettings settings(*m_db);
    QString wording = settings.value(core::settings::CertificateText).trimmed();
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("wordingDialog"));
    dialog.setWindowTitle(tr("Certificate wording"));
    auto* text = new QPlainTextEdit(wording.isEmpty() ? core::standardCertificateText() : wording, &dialog);
    text->setObjectName(QStringLiteral("wording"));
    text->setTabChangesFocus(true);
    QVBoxLayout* layout = dialogLayout(&dialog, 8);
    layout->addWidget(wrappedLabel(tr("What a certificate says below the nominee's name. {year}, {award}, {unit} (the "
                                      "nominating sub-union) and {union} are put in; each line is a paragraph."),
                                   &dialog));
    layout->addWidget(text, 1);
    QDialogButtonBox* buttons = dialogButtons(&dialog);
    QPushButton* standard = buttons->addButton(tr("&Standard Wording"), QDialogButtonBox::ResetRole);
    connect(standard, &QPushButton::clicked, text, [text] { text->setPlainText(core::standardCertificateText()); });
    layout->addWidget(buttons);
    dialog.resize(520, 300);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString chosen = text->toPlainText().trimmed();
    if (chosen == core::standardCertificateText())
        chosen.clear(); // the standard wording, in the language of whoever prints
    try {
        if (settings.change(core::settings::CertificateText, chosen))
            m_shell.showStatusMessage(tr("The certificates' wording is saved."));
    } catch (const core::Error& e) {
        m_shell.warn(tr("Cannot change the setting"), e.message());
    }
}

} // namespace ud::ui
