#include "ui/aid/ClaimDialog.h"

#include "core/db/Database.h"
#include "ui/aid/ClaimSteps.h"
#include "ui/shell/Module.h"
#include "ui/widgets/DialogParts.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSet>
#include <QVBoxLayout>

namespace ud::ui {

using core::AidClaim;
using core::ClaimRepository;
using core::ClaimStatus;

namespace {

const QDate kNoDate(1900, 1, 1);

QDateEdit* dateEditor(QWidget* parent, const char* column, bool optional)
{
    auto* date = new QDateEdit(parent);
    date->setObjectName(QString::fromLatin1(column));
    date->setCalendarPopup(true);
    date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    if (optional) {
        date->setMinimumDate(kNoDate);
        date->setSpecialValueText(ClaimDialog::tr("(none)"));
    }
    return date;
}

QDate dateOf(const QDateEdit* edit)
{
    return edit->date() == kNoDate ? QDate() : edit->date();
}

qint64 fenOf(const QDoubleSpinBox* box)
{
    return qRound64(box->value() * 100);
}

} // namespace

ClaimDialog::ClaimDialog(ShellContext& shell, core::Database& db, ClaimSteps& steps, const AidClaim& claim,
                         QWidget* parent)
    : QDialog(parent), m_shell(shell), m_db(db), m_steps(steps), m_claim(claim), m_member(new QComboBox(this)),
      m_part(new QComboBox(this)), m_from(dateEditor(this, "treated_from", false)),
      m_to(dateEditor(this, "treated_to", true)), m_received(dateEditor(this, "received", false)),
      m_ownPay(moneyEditor("own_pay")), m_selfCare(moneyEditor("self_care")), m_selfPaid(moneyEditor("self_paid")),
      m_excluded(moneyEditor("excluded")), m_illness(new QComboBox(this)), m_note(new QPlainTextEdit(this)),
      m_payout(new QLabel(this)), m_total(new QLabel(this))
{
    setObjectName(QStringLiteral("claimDialog"));
    m_period = core::PeriodRepository(db).byId(claim.periodId).value_or(core::AidPeriod());
    m_readOnly = claim.id != 0 && (claim.status == ClaimStatus::Committee || claim.status == ClaimStatus::Paid ||
                                   claim.status == ClaimStatus::Rejected);
    setWindowTitle(claim.id == 0 ? tr("New claim — %1").arg(m_period.label()) : tr("Claim — %1").arg(m_period.label()));

    m_member->setObjectName(QStringLiteral("member_id"));
    m_member->setEditable(true);
    m_member->setInsertPolicy(QComboBox::NoInsert);
    m_member->completer()->setFilterMode(Qt::MatchContains);
    m_member->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_member->setMinimumContentsLength(24);
    m_member->setToolTip(tr("Type part of the name or the staff number"));
    fillMembers();

    m_part->setObjectName(QStringLiteral("part_key"));
    m_illness->setObjectName(QStringLiteral("illness"));
    m_illness->addItem(tr("(none)"), QString());
    try {
        const core::AidRuleTable rules = core::PeriodRepository(db).ruleTable(m_period);
        for (const core::AidPart& p : rules.parts)
            m_part->addItem(p.name, p.key);
        for (const core::AidLumpSum& l : rules.lumpSums)
            m_illness->addItem(tr("%1 (lump sum %2 yuan)").arg(l.illness, core::yuanText(l.amount)), l.illness);
    } catch (const core::Error&) {
        // No rule table yet: the payout panel says so.
    }
    if (!claim.partKey.isEmpty() && m_part->findData(claim.partKey) < 0)
        m_part->addItem(claim.partKey, claim.partKey);
    if (!claim.illness.isEmpty() && m_illness->findData(claim.illness) < 0)
        m_illness->addItem(claim.illness, claim.illness);
    m_note->setObjectName(QStringLiteral("note"));
    m_note->setTabChangesFocus(true);
    m_note->setMaximumHeight(60);

    // The claim's details at the left.
    auto* details = new QWidget(this);
    auto* detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    auto* form = new QFormLayout;
    detailsLayout->addLayout(form);
    detailsLayout->addStretch(1);
    form->addRow(buddyLabel(tr("&Member:"), m_member), m_member);
    form->addRow(buddyLabel(tr("&Part:"), m_part), m_part);
    auto* treatment = new QHBoxLayout;
    treatment->addWidget(m_from);
    treatment->addWidget(new QLabel(tr("to"), this));
    treatment->addWidget(m_to);
    treatment->addStretch(1);
    form->addRow(buddyLabel(tr("&Treatment:"), m_from), treatment);
    form->addRow(buddyLabel(tr("&Received:"), m_received), m_received);
    form->addRow(buddyLabel(tr("Co-&payment (自付):"), m_ownPay), m_ownPay);
    form->addRow(buddyLabel(tr("Category &B share (自理):"), m_selfCare), m_selfCare);
    form->addRow(buddyLabel(tr("Unco&vered (自费):"), m_selfPaid), m_selfPaid);
    form->addRow(buddyLabel(tr("&Not counted:"), m_excluded), m_excluded);
    form->addRow(buddyLabel(tr("&Illness (lump sum):"), m_illness), m_illness);
    auto* documents = new QWidget(this);
    auto* grid = new QGridLayout(documents);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setVerticalSpacing(2);
    const QStringList names = core::claimDocuments(db);
    const QSet<QString> received = [&claim] {
        QSet<QString> set;
        for (const QString& line : claim.documents.split(QLatin1Char('\n')))
            if (!line.trimmed().isEmpty())
                set.insert(line.trimmed());
        return set;
    }();
    for (int i = 0; i < names.size(); ++i) {
        auto* box = new QCheckBox(names.at(i), documents);
        box->setObjectName(QStringLiteral("document%1").arg(i));
        box->setChecked(received.contains(names.at(i)));
        grid->addWidget(box, i / 2, i % 2);
        m_documents << box;
    }
    form->addRow(new QLabel(tr("Documents received:"), this), documents);
    form->addRow(buddyLabel(tr("N&ote:"), m_note), m_note);

    // The payout as the rules compute it at the right.
    auto* panel = new QGroupBox(tr("Payout"), this);
    panel->setObjectName(QStringLiteral("payoutBox"));
    auto* panelLayout = new QVBoxLayout(panel);
    m_total->setObjectName(QStringLiteral("payoutTotal"));
    QFont big = m_total->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.2);
    m_total->setFont(big);
    m_payout->setObjectName(QStringLiteral("payout"));
    m_payout->setWordWrap(true);
    m_payout->setTextFormat(Qt::RichText);
    m_payout->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_payout->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* scroll = new QScrollArea(panel);
    scroll->setWidget(m_payout);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    panelLayout->addWidget(m_total);
    panelLayout->addWidget(scroll, 1);

    auto* columns = new QHBoxLayout;
    columns->addWidget(details, 3);
    columns->addWidget(panel, 2);
    QVBoxLayout* layout = dialogLayout(this, 10);
    if (m_readOnly)
        layout->addWidget(noteLabel(
            tr("This claim is %1; its details no longer change.").arg(core::claimStatuses().label(claim.status)) +
                (claim.reason.isEmpty() ? QString() : QStringLiteral("\n") + claim.reason),
            this));
    layout->addLayout(columns, 1);
    QDialogButtonBox* buttons =
        dialogButtons(this, m_readOnly ? QDialogButtonBox::Close : QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    layout->addWidget(buttons);

    // The claim's values.
    if (claim.memberId) {
        const int i = m_member->findData(claim.memberId);
        m_member->setCurrentIndex(i);
    } else {
        m_member->setCurrentIndex(-1);
        m_member->setEditText(QString());
    }
    m_part->setCurrentIndex(qMax(0, m_part->findData(claim.partKey)));
    m_from->setDate(claim.treatedFrom.isValid() ? claim.treatedFrom : QDate::currentDate());
    m_to->setDate(claim.treatedTo.isValid() ? claim.treatedTo : kNoDate);
    m_received->setDate(claim.received.isValid() ? claim.received : QDate::currentDate());
    m_ownPay->setValue(claim.ownPay / 100.0);
    m_selfCare->setValue(claim.selfCare / 100.0);
    m_selfPaid->setValue(claim.selfPaid / 100.0);
    m_excluded->setValue(claim.excluded / 100.0);
    m_illness->setCurrentIndex(qMax(0, m_illness->findData(claim.illness)));
    m_note->setPlainText(claim.note);

    if (m_readOnly)
        for (QWidget* w : std::initializer_list<QWidget*>{m_member, m_part, m_from, m_to, m_received, m_ownPay,
                                                          m_selfCare, m_selfPaid, m_excluded, m_illness, documents})
            w->setEnabled(false);
    m_note->setReadOnly(m_readOnly);

    connect(m_member, &QComboBox::currentIndexChanged, this, &ClaimDialog::updatePayout);
    connect(m_member, &QComboBox::editTextChanged, this, &ClaimDialog::updatePayout);
    connect(m_part, &QComboBox::currentIndexChanged, this, &ClaimDialog::updatePayout);
    connect(m_illness, &QComboBox::currentIndexChanged, this, &ClaimDialog::updatePayout);
    for (QDateEdit* d : {m_from, m_to, m_received})
        connect(d, &QDateEdit::dateChanged, this, &ClaimDialog::updatePayout);
    for (QDoubleSpinBox* b : {m_ownPay, m_selfCare, m_selfPaid, m_excluded})
        connect(b, &QDoubleSpinBox::valueChanged, this, &ClaimDialog::updatePayout);
    resize(920, 600);
    updatePayout();
}

QDoubleSpinBox* ClaimDialog::moneyEditor(const char* column)
{
    auto* money = new QDoubleSpinBox(this);
    money->setObjectName(QString::fromLatin1(column));
    money->setDecimals(2);
    money->setRange(0, 99999999.99);
    money->setGroupSeparatorShown(true);
    money->setSuffix(tr(" yuan"));
    money->setAlignment(Qt::AlignRight);
    return money;
}

void ClaimDialog::fillMembers()
{
    QSet<qint64> enrolled;
    for (const core::AidEnrollment& e : core::EnrollmentRepository(m_db).ofPeriod(m_period.id))
        enrolled.insert(e.memberId);
    const auto rows = m_db.rows(
        QStringLiteral(
            "SELECT m.id, m.name, m.staff_no, COALESCE(u.name, '') AS unit FROM members m LEFT JOIN units u ON u.id = "
            "m.unit_id WHERE m.status IN ('active', 'retired') OR m.id = :m ORDER BY m.name_pinyin, m.name, "
            "m.staff_no"),
        {{QStringLiteral("m"), m_claim.memberId}});
    m_member->clear();
    for (const QVariantMap& row : rows) {
        const qint64 id = row.value(QStringLiteral("id")).toLongLong();
        QString text = QStringLiteral("%1 %2").arg(row.value(QStringLiteral("name")).toString(),
                                                   row.value(QStringLiteral("staff_no")).toString());
        if (const QString unit = row.value(QStringLiteral("unit")).toString(); !unit.isEmpty())
            text += QStringLiteral(" · ") + unit;
        if (!enrolled.contains(id))
            text += tr(" (not enrolled)");
        m_member->addItem(text, id);
    }
}

AidClaim ClaimDialog::claim() const
{
    AidClaim c = m_claim;
    const int i = m_member->findText(m_member->currentText());
    c.memberId = i >= 0 ? m_member->itemData(i).toLongLong() : 0;
    c.partKey = m_part->currentData().toString();
    c.treatedFrom = m_from->date();
    c.treatedTo = dateOf(m_to);
    c.received = m_received->date();
    c.ownPay = fenOf(m_ownPay);
    c.selfCare = fenOf(m_selfCare);
    c.selfPaid = fenOf(m_selfPaid);
    c.excluded = fenOf(m_excluded);
    c.illness = m_illness->currentData().toString();
    QStringList documents;
    for (const QCheckBox* box : m_documents)
        if (box->isChecked())
            documents << box->text();
    c.documents = documents.join(QLatin1Char('\n'));
    c.note = m_note->toPlainText().trimmed();
    return c;
}

void ClaimDialog::updatePayout()
{
    const auto escape = [](const QString& line) { return line.toHtmlEscaped(); };
    const auto red = [&](const QStringList& lines) {
        QStringList html;
        for (const QString& l : lines)
            html << QStringLiteral("<p style=\"color:#b42318; margin:0 0 6px 0\">%1</p>").arg(escape(l));
        return html.join(QString());
    };
    if (m_readOnly) {
        QStringList html;
        for (const QString& l : core::traceLines(core::traceFromJson(m_claim.trace.toUtf8())))
            html << escape(l);
        m_total->setText(tr("Payout: %1 yuan").arg(core::yuanText(m_claim.payout())));
        m_payout->setText(html.join(QStringLiteral("<br>")));
        return;
    }
    const AidClaim c = claim();
    if (!c.memberId) {
        m_total->setText(tr("Payout: —"));
        m_payout->setText(escape(tr("Choose the member: the payout shows here as the rules compute it.")));
        return;
    }
    ClaimRepository repo(m_db);
    try {
        const core::Problems guards = repo.guardProblems(c);
        if (!guards.isEmpty()) {
            m_total->setText(tr("Refused"));
            m_payout->setText(red(core::messages(guards)));
            return;
        }
        const core::AidPayout payout = repo.compute(c);
        QStringList html;
        for (const QString& l : core::traceLines(payout.trace))
            html << escape(l);
        m_total->setText(tr("Payout: %1 yuan").arg(core::yuanText(payout.total())));
        m_payout->setText(html.join(QStringLiteral("<br>")));
    } catch (const core::Error& e) {
        m_total->setText(tr("Refused"));
        m_payout->setText(red(e.message().split(QLatin1Char('\n'))));
    }
}

void ClaimDialog::accept()
{
    if (m_readOnly) {
        QDialog::accept();
        return;
    }
    const AidClaim c = claim();
    ClaimRepository repo(m_db);
    // The fields' own problems first: a claim without a member or a part is not stored, not even as rejected.
    if (!c.memberId) {
        m_shell.warn(tr("Cannot store the claim"), tr("Choose the member."));
        return;
    }
    core::Problems problems;
    try {
        problems = repo.problems(c);
    } catch (const core::Error& e) {
        m_shell.warn(tr("Cannot store the claim"), e.message());
        return;
    }
    if (!problems.isEmpty()) {
        m_shell.warn(tr("Cannot store the claim"), core::messages(problems).join(QLatin1Char('\n')));
        return;
    }
    if (m_claim.id != 0) {
        if (m_steps.edit(c)) {
            m_claim = repo.require(c.id);
            QDialog::accept();
        }
        return;
    }
    const core::Problems guards = repo.guardProblems(c);
    qint64 id = 0;
    if (!guards.isEmpty()) {
        const QString reason = core::messages(guards).join(QLatin1Char('\n'));
        if (!m_shell.ask(tr("Claim refused by the rules"),
                         reason + QStringLiteral("\n\n") +
                             tr("Keep the claim as rejected with this reason? The office then has a record of what "
                                "it received.")))
            return;
        id = m_steps.submitRejected(c, reason);
    } else {
        id = m_steps.submit(c);
    }
    if (id) {
        m_claim = repo.require(id);
        QDialog::accept();
    }
}

} // namespace ud::ui
