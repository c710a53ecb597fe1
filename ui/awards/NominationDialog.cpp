#include "ui/awards/NominationDialog.h"

#include "core/db/Database.h"
#include "core/units/SubUnitRepository.h"
#include "ui/awards/NominationTable.h"
#include "ui/awards/RoundSteps.h"
#include "ui/shell/Module.h"
#include "ui/widgets/DialogParts.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

namespace ud::ui {

using core::AwardProblem;
using core::Nomination;
using core::NomineeKind;

namespace {

/// An editable combo box that finds a member by any part of "name staff number · sub-union".
QComboBox* memberPicker(QWidget* parent, const QString& name)
{
    auto* combo = new QComboBox(parent);
    combo->setObjectName(name);
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    combo->completer()->setFilterMode(Qt::MatchContains);
    combo->completer()->setCompletionMode(QCompleter::PopupCompletion);
    combo->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    combo->setMinimumContentsLength(22);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setToolTip(NominationDialog::tr("Type part of the name, the staff number or the sub-union"));
    return combo;
}

int deedsLength(const QString& deeds)
{
    int n = 0;
    for (const QChar c : deeds)
        if (!c.isSpace())
            ++n;
    return n;
}

} // namespace

NominationDialog::NominationDialog(ShellContext& shell, core::Database& db, RoundSteps& steps,
                                   const Nomination& nomination, QWidget* parent)
    : QDialog(parent), m_shell(shell), m_db(db), m_steps(steps), m_nomination(nomination),
      m_individual(new QRadioButton(tr("&Individual"), this)), m_collective(new QRadioButton(tr("Co&llective"), this)),
      m_individualBox(new QGroupBox(tr("Nominee"), this)), m_collectiveBox(new QGroupBox(tr("Collective"), this)),
      m_member(memberPicker(this, QStringLiteral("member_id"))), m_unit(new QComboBox(this)),
      m_teamName(new QLineEdit(this)), m_teamUnit(new QLineEdit(this)),
      m_head(memberPicker(this, QStringLiteral("head_member_id"))),
      m_addMember(memberPicker(this, QStringLiteral("addMember"))), m_add(new QPushButton(tr("A&dd"), this)),
      m_remove(new QPushButton(tr("Re&move"), this)), m_people(new QListWidget(this)), m_peopleCount(new QLabel(this)),
      m_teamSize(new QSpinBox(this)), m_teamWomen(new QSpinBox(this)), m_deeds(new QPlainTextEdit(this)),
      m_deedsCount(new QLabel(this)), m_attachments(new QCheckBox(tr("&Attachments received"), this)),
      m_published(new QCheckBox(tr("The sub-union &published its recommendation"), this)),
      m_note(new QPlainTextEdit(this)), m_checksTitle(new QLabel(this)), m_checksText(new QLabel(this)), m_ok(nullptr)
{
    setObjectName(QStringLiteral("nominationDialog"));
    m_round = core::AwardRoundRepository(db).byId(nomination.roundId).value_or(core::AwardRound());
    m_type = core::AwardTypeRepository(db).byId(m_round.awardTypeId).value_or(core::AwardType());
    m_readOnly = m_round.locked();
    setWindowTitle(nomination.id == 0 ? tr("New nomination — %1").arg(m_round.key)
                                      : tr("Nomination — %1").arg(m_round.key));

    m_individual->setObjectName(QStringLiteral("individual"));
    m_collective->setObjectName(QStringLiteral("collective"));
    m_individual->setEnabled(m_type.allows(NomineeKind::Individual));
    m_collective->setEnabled(m_type.allows(NomineeKind::Collective));
    m_unit->setObjectName(QStringLiteral("unit_id"));
    m_unit->addItem(tr("(choose)"), QVariant());
    for (const core::SubUnit& u : core::SubUnitRepository(db).all())
        m_unit->addItem(u.name, u.id);
    m_unit->setMinimumContentsLength(16);
    m_teamName->setObjectName(QStringLiteral("team_name"));
    m_teamName->setMaxLength(100);
    m_teamName->setPlaceholderText(tr("e.g. 图书馆流通部"));
    m_teamUnit->setObjectName(QStringLiteral("team_unit"));
    m_teamUnit->setMaxLength(100);
    m_teamUnit->setPlaceholderText(tr("the department it belongs to"));
    m_people->setObjectName(QStringLiteral("teamMembers"));
    m_people->setSelectionMode(QAbstractItemView::SingleSelection);
    m_add->setObjectName(QStringLiteral("addPerson"));
    m_remove->setObjectName(QStringLiteral("removePerson"));
    m_teamSize->setObjectName(QStringLiteral("team_size"));
    m_teamSize->setRange(0, 99999);
    m_teamSize->setSpecialValueText(tr("the listed members"));
    m_teamSize->setToolTip(tr("The whole collective when some are not union members; 0: the listed members are all"));
    m_teamWomen->setObjectName(QStringLiteral("team_women"));
    m_teamWomen->setRange(0, 99999);
    m_deeds->setObjectName(QStringLiteral("deeds"));
    m_deeds->setTabChangesFocus(true);
    m_deeds->setPlaceholderText(tr("The deeds (事迹) as the sub-union wrote them"));
    m_attachments->setObjectName(QStringLiteral("attachments"));
    m_published->setObjectName(QStringLiteral("published"));
    m_note->setObjectName(QStringLiteral("note"));
    m_note->setTabChangesFocus(true);
    m_note->setMaximumHeight(52);
    fillMembers(m_member, false);
    fillMembers(m_head, true);
    fillMembers(m_addMember, false);

    // The nominee: the kind, then a member or a collective.
    auto* kindRow = new QHBoxLayout;
    kindRow->addWidget(m_individual);
    kindRow->addWidget(m_collective);
    kindRow->addStretch(1);
    auto* individualForm = new QFormLayout(m_individualBox);
    individualForm->addRow(buddyLabel(tr("&Member:"), m_member), m_member);

    auto* collectiveForm = new QFormLayout(m_collectiveBox);
    collectiveForm->addRow(buddyLabel(tr("&Name:"), m_teamName), m_teamName);
    collectiveForm->addRow(buddyLabel(tr("Depar&tment:"), m_teamUnit), m_teamUnit);
    collectiveForm->addRow(buddyLabel(tr("&Head:"), m_head), m_head);
    auto* picker = new QHBoxLayout;
    picker->addWidget(m_addMember, 1);
    picker->addWidget(m_add);
    picker->addWidget(m_remove);
    collectiveForm->addRow(buddyLabel(tr("Pe&ople:"), m_addMember), picker);
    m_people->setMaximumHeight(96);
    collectiveForm->addRow(QString(), m_people);
    collectiveForm->addRow(QString(), m_peopleCount);
    auto* counts = new QHBoxLayout;
    counts->addWidget(m_teamSize);
    counts->addWidget(buddyLabel(tr("of them &women:"), m_teamWomen));
    counts->addWidget(m_teamWomen);
    counts->addStretch(1);
    collectiveForm->addRow(buddyLabel(tr("Counted as a &whole:"), m_teamSize), counts);

    auto* form = new QFormLayout;
    form->addRow(buddyLabel(tr("Nominated &by:"), m_unit), m_unit);
    auto* deeds = new QVBoxLayout;
    deeds->setSpacing(2);
    deeds->addWidget(m_deeds, 1);
    deeds->addWidget(m_deedsCount);
    form->addRow(buddyLabel(tr("D&eeds:"), m_deeds), deeds);
    form->addRow(QString(), m_attachments);
    form->addRow(QString(), m_published);
    form->addRow(buddyLabel(tr("N&ote:"), m_note), m_note);

    auto* details = new QVBoxLayout;
    details->addLayout(kindRow);
    details->addWidget(m_individualBox);
    details->addWidget(m_collectiveBox);
    details->addLayout(form, 1);

    // The checks at the right.
    auto* checks = new QGroupBox(tr("Checks"), this);
    checks->setObjectName(QStringLiteral("checksBox"));
    auto* checksLayout = new QVBoxLayout(checks);
    m_checksTitle->setObjectName(QStringLiteral("checksTitle"));
    QFont bold = m_checksTitle->font();
    bold.setBold(true);
    m_checksTitle->setFont(bold);
    m_checksTitle->setWordWrap(true);
    m_checksText->setObjectName(QStringLiteral("checks"));
    m_checksText->setWordWrap(true);
    m_checksText->setTextFormat(Qt::RichText);
    m_checksText->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_checksText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* scroll = new QScrollArea(checks);
    scroll->setWidget(m_checksText);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    checksLayout->addWidget(m_checksTitle);
    checksLayout->addWidget(scroll, 1);
    checksLayout->addWidget(noteLabel(tr("Each check as the award's rules say: refused ones keep the nomination out, "
                                         "warnings are shown on the list."),
                                      checks));

    auto* columns = new QHBoxLayout;
    columns->addLayout(details, 3);
    columns->addWidget(checks, 2);
    QVBoxLayout* layout = dialogLayout(this, 10);
    if (m_readOnly)
        layout->addWidget(
            noteLabel(tr("The list of round %1 is final; its nominations no longer change.").arg(m_round.key), this));
    layout->addLayout(columns, 1);
    QDialogButtonBox* buttons =
        dialogButtons(this, m_readOnly ? QDialogButtonBox::Close : QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    layout->addWidget(buttons);

    // The nomination's values.
    const bool collective = nomination.isCollective() || !m_type.allows(NomineeKind::Individual);
    (collective ? m_collective : m_individual)->setChecked(true);
    if (nomination.memberId)
        m_member->setCurrentIndex(m_member->findData(*nomination.memberId));
    else {
        m_member->setCurrentIndex(-1);
        m_member->setEditText(QString());
    }
    m_unit->setCurrentIndex(qMax(0, m_unit->findData(nomination.unitId)));
    m_teamName->setText(nomination.teamName);
    m_teamUnit->setText(nomination.teamUnit);
    m_head->setCurrentIndex(nomination.headMemberId ? qMax(0, m_head->findData(*nomination.headMemberId)) : 0);
    m_addMember->setCurrentIndex(-1);
    m_addMember->setEditText(QString());
    for (qint64 id : nomination.memberIds) {
        auto* item = new QListWidgetItem(m_persons.value(id).first, m_people);
        item->setData(Qt::UserRole, id);
    }
    m_teamSize->setValue(nomination.teamSize);
    m_teamWomen->setValue(nomination.teamWomen);
    m_deeds->setPlainText(nomination.deeds);
    m_attachments->setChecked(nomination.attachments);
    m_published->setChecked(nomination.published);
    m_note->setPlainText(nomination.note);
    kindChosen();
    updatePeopleCount();

    if (m_readOnly)
        for (QWidget* w : std::initializer_list<QWidget*>{m_individual, m_collective, m_individualBox, m_collectiveBox,
                                                          m_unit, m_attachments, m_published})
            w->setEnabled(false);
    m_deeds->setReadOnly(m_readOnly);
    m_note->setReadOnly(m_readOnly);

    connect(m_individual, &QRadioButton::toggled, this, &NominationDialog::kindChosen);
    connect(m_member, &QComboBox::currentIndexChanged, this, &NominationDialog::memberChosen);
    connect(m_member, &QComboBox::editTextChanged, this, &NominationDialog::updateChecks);
    connect(m_unit, &QComboBox::currentIndexChanged, this, &NominationDialog::updateChecks);
    connect(m_teamName, &QLineEdit::textChanged, this, &NominationDialog::updateChecks);
    connect(m_head, &QComboBox::currentIndexChanged, this, &NominationDialog::updateChecks);
    connect(m_add, &QPushButton::clicked, this, &NominationDialog::addPerson);
    connect(m_remove, &QPushButton::clicked, this, &NominationDialog::removePerson);
    connect(m_people, &QListWidget::currentRowChanged, this,
            [this] { m_remove->setEnabled(!m_readOnly && m_people->currentRow() >= 0); });
    for (QSpinBox* box : {m_teamSize, m_teamWomen})
        connect(box, &QSpinBox::valueChanged, this, &NominationDialog::updateChecks);
    connect(m_deeds, &QPlainTextEdit::textChanged, this, &NominationDialog::updateChecks);
    m_remove->setEnabled(false);
    resize(960, 640);
    m_unchanged = this->nomination();
    updateChecks();
}

void NominationDialog::fillMembers(QComboBox* combo, bool withNone)
{
    if (m_persons.isEmpty()) {
        QList<qint64> keep = m_nomination.memberIds;
        if (m_nomination.memberId)
            keep << *m_nomination.memberId;
        if (m_nomination.headMemberId)
            keep << *m_nomination.headMemberId;
        const auto rows = m_db.rows(QStringLiteral("SELECT m.id, m.name, m.staff_no, m.gender, m.status, m.unit_id, "
                                                   "COALESCE(u.name, '') AS unit FROM members m LEFT JOIN units u ON "
                                                   "u.id = m.unit_id ORDER BY m.name_pinyin, m.name, m.staff_no"));
        for (const QVariantMap& row : rows) {
            const qint64 id = row.value(QStringLiteral("id")).toLongLong();
            // Active members, and whoever the nomination already names.
            if (row.value(QStringLiteral("status")).toString() != QLatin1String("active") && !keep.contains(id))
                continue;
            QString text = QStringLiteral("%1 %2").arg(row.value(QStringLiteral("name")).toString(),
                                                       row.value(QStringLiteral("staff_no")).toString());
            if (const QString unit = row.value(QStringLiteral("unit")).toString(); !unit.isEmpty())
                text += QStringLiteral(" · ") + unit;
            m_persons.insert(id, {text, row.value(QStringLiteral("gender")).toString()});
            const QVariant unit = row.value(QStringLiteral("unit_id"));
            m_unitOf.insert(id, unit.isNull() ? std::nullopt : std::optional<qint64>(unit.toLongLong()));
            m_order << id;
        }
    }
    combo->clear();
    if (withNone)
        combo->addItem(tr("(none)"), QVariant());
    for (qint64 id : std::as_const(m_order))
        combo->addItem(m_persons.value(id).first, id);
}

bool NominationDialog::choose(QComboBox* combo, const QString& text)
{
    const int i = combo->findText(text, Qt::MatchStartsWith);
    if (i < 0)
        return false;
    combo->setCurrentIndex(i);
    return true;
}

qint64 NominationDialog::chosenMember(const QComboBox* combo) const
{
    const int i = combo->findText(combo->currentText());
    return i >= 0 ? combo->itemData(i).toLongLong() : 0;
}

Nomination NominationDialog::nomination() const
{
    Nomination n = m_nomination;
    n.kind = m_collective->isChecked() ? NomineeKind::Collective : NomineeKind::Individual;
    n.unitId = m_unit->currentData().toLongLong();
    n.deeds = m_deeds->toPlainText().trimmed();
    n.attachments = m_attachments->isChecked();
    n.published = m_published->isChecked();
    n.note = m_note->toPlainText().trimmed();
    if (n.isCollective()) {
        n.memberId.reset();
        n.teamName = m_teamName->text().trimmed();
        n.teamUnit = m_teamUnit->text().trimmed();
        const qint64 head = chosenMember(m_head);
        n.headMemberId = head ? std::optional<qint64>(head) : std::nullopt;
        n.memberIds.clear();
        for (int i = 0; i < m_people->count(); ++i)
            n.memberIds << m_people->item(i)->data(Qt::UserRole).toLongLong();
        n.teamSize = m_teamSize->value();
        n.teamWomen = m_teamWomen->value();
    } else {
        const qint64 member = chosenMember(m_member);
        n.memberId = member ? std::optional<qint64>(member) : std::nullopt;
        n.teamName.clear();
        n.teamUnit.clear();
        n.headMemberId.reset();
        n.memberIds.clear();
        n.teamSize = 0;
        n.teamWomen = 0;
    }
    return n;
}

void NominationDialog::kindChosen()
{
    const bool collective = m_collective->isChecked();
    m_individualBox->setVisible(!collective);
    m_collectiveBox->setVisible(collective);
    updateChecks();
}

void NominationDialog::memberChosen()
{
    // The sub-union follows the member's, for a new nomination.
    if (m_nomination.id == 0)
        if (const qint64 id = chosenMember(m_member))
            if (const std::optional<qint64> unit = m_unitOf.value(id))
                m_unit->setCurrentIndex(qMax(0, m_unit->findData(*unit)));
    updateChecks();
}

bool NominationDialog::addPerson()
{
    const qint64 id = chosenMember(m_addMember);
    if (!id)
        return false;
    for (int i = 0; i < m_people->count(); ++i)
        if (m_people->item(i)->data(Qt::UserRole).toLongLong() == id)
            return false;
    auto* item = new QListWidgetItem(m_persons.value(id).first, m_people);
    item->setData(Qt::UserRole, id);
    m_addMember->setCurrentIndex(-1);
    m_addMember->setEditText(QString());
    updatePeopleCount();
    updateChecks();
    return true;
}

void NominationDialog::removePerson()
{
    delete m_people->takeItem(m_people->currentRow());
    updatePeopleCount();
    updateChecks();
}

void NominationDialog::updatePeopleCount()
{
    int women = 0;
    for (int i = 0; i < m_people->count(); ++i)
        if (m_persons.value(m_people->item(i)->data(Qt::UserRole).toLongLong()).second == QLatin1String("F"))
            ++women;
    m_peopleCount->setText(tr("%n listed, %1 of them women", nullptr, m_people->count()).arg(women));
}

void NominationDialog::updateChecks()
{
    const Nomination n = nomination();
    m_deedsCount->setText(m_type.minDeeds > 0
                              ? tr("%1 characters (at least %2)").arg(deedsLength(n.deeds)).arg(m_type.minDeeds)
                              : tr("%1 characters").arg(deedsLength(n.deeds)));
    QStringList missing;
    if (!n.isCollective() && !n.memberId)
        missing << tr("Choose the member.");
    if (n.isCollective() && n.teamName.isEmpty())
        missing << tr("Give the collective's name.");
    if (!n.unitId)
        missing << tr("Choose the nominating sub-union.");
    m_checks.clear();
    QStringList fieldProblems;
    if (missing.isEmpty()) {
        try {
            core::NominationRepository repo(m_db);
            fieldProblems = core::messages(repo.problems(n));
            if (fieldProblems.isEmpty())
                m_checks = repo.checks(n);
        } catch (const core::Error& e) {
            fieldProblems << e.message();
        }
    }
    const auto paragraph = [](const QString& text, const QColor& colour) {
        return QStringLiteral("<p style=\"color:%1; margin:0 0 6px 0\">%2</p>")
            .arg(colour.name(), text.toHtmlEscaped());
    };
    QString html;
    bool refused = !fieldProblems.isEmpty();
    for (const QString& p : std::as_const(fieldProblems))
        html += paragraph(p, refusalColour());
    int warnings = 0;
    for (const AwardProblem& p : std::as_const(m_checks)) {
        refused = refused || p.refuses();
        warnings += p.refuses() ? 0 : 1;
        const QString label =
            (p.refuses() ? tr("Refused") : tr("Warning")) + QStringLiteral(" · ") + core::awardRules().label(p.rule);
        html += QStringLiteral("<p style=\"color:%1; margin:0 0 8px 0\"><b>%2</b><br>%3</p>")
                    .arg((p.refuses() ? refusalColour() : warningColour()).name(), label.toHtmlEscaped(),
                         p.message.toHtmlEscaped());
    }
    if (!missing.isEmpty()) {
        m_checksTitle->setText(tr("Not checked yet"));
        html = missing.join(QStringLiteral("<br>")).toHtmlEscaped();
    } else if (refused) {
        m_checksTitle->setText(tr("Refused: the nomination cannot be stored"));
    } else if (warnings > 0) {
        m_checksTitle->setText(tr("%n warning(s): the nomination can be stored", nullptr, warnings));
    } else {
        m_checksTitle->setText(tr("Every check passes"));
    }
    QPalette palette = m_checksTitle->palette();
    palette.setColor(QPalette::WindowText, refused    ? refusalColour()
                                           : warnings ? warningColour()
                                                      : m_checksText->palette().color(QPalette::WindowText));
    m_checksTitle->setPalette(palette);
    m_checksText->setText(html);
    if (m_ok) {
        m_ok->setEnabled(!m_readOnly && missing.isEmpty() && !refused);
        m_ok->setToolTip(refused ? tr("A refused check keeps the nomination out; see Checks.") : QString());
    }
}

void NominationDialog::accept()
{
    if (m_readOnly) {
        QDialog::accept();
        return;
    }
    const Nomination n = nomination();
    QList<AwardProblem> warnings;
    if (n.id == 0) {
        const qint64 id = m_steps.nominate(n, &warnings);
        if (!id)
            return;
        m_nomination.id = id;
    } else if (!m_steps.editNomination(n, &warnings)) {
        return;
    }
    if (!warnings.isEmpty()) {
        QStringList lines;
        for (const AwardProblem& p : std::as_const(warnings))
            lines << p.message;
        m_shell.showStatusMessage(
            tr("Stored with %n warning(s): %1", nullptr, int(warnings.size())).arg(lines.join(QLatin1Char(' '))));
    }
    QDialog::accept();
}

void NominationDialog::reject()
{
    const Nomination now = nomination();
    if (!m_readOnly && !(now == m_unchanged) && !mayDiscardChanges(this))
        return;
    QDialog::reject();
}

} // namespace ud::ui
