#include "ui/members/MemberDialog.h"

#include "core/awards/AwardModels.h"
#include "core/db/Database.h"
#include "core/io/DateText.h"
#include "core/members/IdNumber.h"
#include "core/members/MemberExport.h"
#include "core/members/MemberRepository.h"
#include "core/members/RetirementAge.h"
#include "core/units/SubUnitRepository.h"
#include "ui/widgets/DataTableView.h"
#include "ui/widgets/DialogParts.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ud::ui {

namespace {

QString dateText(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QComboBox* editableCombo(QWidget* parent, const QStringList& items, const QString& name)
{
    auto* combo = new QComboBox(parent);
    combo->setObjectName(name);
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    combo->addItem(QString());
    combo->addItems(items);
    return combo;
}

// A one-line field: its object name, the hint it shows while empty, and its longest input (0: the default).
QLineEdit* lineEdit(QWidget* parent, const QString& name, const QString& placeholder = QString(), int maxLength = 0)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(name);
    if (maxLength > 0)
        edit->setMaxLength(maxLength);
    edit->setPlaceholderText(placeholder);
    return edit;
}

QLabel* colouredLabel(QWidget* parent, const QColor& colour, const QString& name)
{
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, colour);
    label->setPalette(palette);
    label->hide();
    return label;
}

} // namespace

MemberDialog::MemberDialog(core::Database& db, const core::Member& member, QWidget* parent)
    : QDialog(parent), m_db(db), m_original(member)
{
    setWindowTitle(member.id == 0 ? tr("New member") : tr("Edit member %1").arg(member.name));
    setMinimumWidth(760);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("memberTabs"));
    m_tabs->addTab(createDetailsTab(), tr("&Details"));
    m_tabs->addTab(createHistoryTab(), tr("&History"));
    m_tabs->addTab(createAwardsTab(member.id), tr("A&wards"));

    auto* buttons = dialogButtons(this);
    m_ok = buttons->button(QDialogButtonBox::Ok);

    auto* layout = dialogLayout(this, 12);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_problems);
    layout->addWidget(buttons);

    setMember(member);
    recordFullNumbersShown(member);
}

QWidget* MemberDialog::createAwardsTab(qint64 memberId)
{
    auto* tab = new QWidget(this);
    auto* layout = new QVBoxLayout(tab);
    m_awards = new core::AwardHistoryModel(tab);
    auto* view = new DataTableView(tab);
    view->setObjectName(QStringLiteral("memberAwards"));
    view->setModel(m_awards);
    view->setColumnHidden(core::AwardHistoryModel::StaffNo, true);
    view->setColumnHidden(core::AwardHistoryModel::Name, true);
    view->setColumnHidden(core::AwardHistoryModel::Collective, true);
    view->horizontalHeader()->resizeSection(core::AwardHistoryModel::Year, 70);
    view->horizontalHeader()->resizeSection(core::AwardHistoryModel::Award, 180);
    view->horizontalHeader()->resizeSection(core::AwardHistoryModel::Unit, 200);
    view->setPlaceholderText(memberId ? tr("No award recorded for this member.")
                                      : tr("A new member has no awards yet."));
    try {
        // The member first: the database alone would read every year's awards.
        m_awards->setMember(memberId);
        if (memberId)
            m_awards->setDatabase(&m_db);
    } catch (const core::Error&) {
        // An older database without the awards' tables: no awards to show.
        m_awards->setDatabase(nullptr);
    }
    layout->addWidget(view, 1);
    layout->addWidget(noteLabel(tr("Awards from the final lists of the rounds and from earlier years' lists; the "
                                   "repeat rule of a nomination reads them."),
                                tab));
    return tab;
}

void MemberDialog::recordFullNumbersShown(const core::Member& member)
{
    // The form edits the numbers, so it shows them in full: that is recorded like any other showing.
    if (member.id == 0 || (member.idNumber.isEmpty() && member.phone.isEmpty()))
        return;
    core::FullNumbersUse use;
    use.kind = core::FullNumbersUse::Kind::Shown;
    use.target = windowTitle();
    use.filter = tr("staff no. %1").arg(member.staffNo);
    use.rows = 1;
    if (!member.idNumber.isEmpty())
        use.numbers << QStringLiteral("id_number");
    if (!member.phone.isEmpty())
        use.numbers << QStringLiteral("phone");
    try {
        core::recordFullNumbers(m_db, use);
    } catch (const core::Error& e) {
        // Not recorded, so not shown.
        m_idNumber->setText(core::maskIdNumber(member.idNumber));
        m_phone->setText(core::maskPhone(member.phone));
        m_idNumber->setReadOnly(true);
        m_phone->setReadOnly(true);
        m_problems->setText(e.message());
        m_problems->show();
    }
}

QWidget* MemberDialog::createDetailsTab()
{
    auto* page = new QWidget(this);
    m_staffNo = lineEdit(page, QStringLiteral("staffNo"), QString(), 32);
    m_name = lineEdit(page, QStringLiteral("name"), QString(), 60);
    m_gender = new QComboBox(page);
    m_gender->setObjectName(QStringLiteral("gender"));
    m_gender->addItem(tr("(not given)"), QString());
    m_gender->addItem(tr("Male"), QStringLiteral("M"));
    m_gender->addItem(tr("Female"), QStringLiteral("F"));
    // The values clerks type most; anything else can be typed.
    m_ethnicity = editableCombo(page,
                                {QStringLiteral("汉族"), QStringLiteral("回族"), QStringLiteral("满族"),
                                 QStringLiteral("蒙古族"), QStringLiteral("壮族"), QStringLiteral("藏族"),
                                 QStringLiteral("维吾尔族"), QStringLiteral("苗族"), QStringLiteral("彝族"),
                                 QStringLiteral("土家族"), QStringLiteral("朝鲜族")},
                                QStringLiteral("ethnicity"));
    m_birthDate = lineEdit(page, QStringLiteral("birthDate"), tr("e.g. 1985-03-02; filled from the ID number"));
    m_idNumber =
        lineEdit(page, QStringLiteral("idNumber"), tr("18 characters; old 15-digit numbers are converted"), 24);
    m_phone = lineEdit(page, QStringLiteral("phone"), tr("11-digit mobile number"), 20);
    try {
        m_womenDefaultAge = core::MemberRepository(m_db).womenRetirementAge();
    } catch (const core::Error&) {
        // The setting's default.
    }
    m_originalAge = new QComboBox(page);
    m_originalAge->setObjectName(QStringLiteral("originalRetirementAge"));
    m_originalAge->addItem(tr("Default (%1 years)").arg(m_womenDefaultAge), 0);
    m_originalAge->addItem(tr("55 years (cadres)"), 55);
    m_originalAge->addItem(tr("50 years (workers)"), 50);
    m_originalAge->setToolTip(tr("A woman's statutory retirement age before the 2025 rise: 55 for cadres and most "
                                 "university staff, 50 for workers. The default is set in the member lists."));
    m_retirement = new QLabel(page);
    m_retirement->setObjectName(QStringLiteral("retirement"));
    m_retirement->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_retirement->setToolTip(tr("By the gradual rise in force since 1 January 2025: men from 60 to 63, women from 55 "
                                "to 58 or from 50 to 55 years, by month of birth."));

    m_unit = new QComboBox(page);
    m_unit->setObjectName(QStringLiteral("unit"));
    fillUnits(m_unit, tr("(none)"));
    m_department = lineEdit(page, QStringLiteral("department"));
    m_title = lineEdit(page, QStringLiteral("title"));
    m_education = editableCombo(page,
                                {QStringLiteral("博士研究生"), QStringLiteral("硕士研究生"), QStringLiteral("大学本科"),
                                 QStringLiteral("大学专科"), QStringLiteral("高中"), QStringLiteral("其他")},
                                QStringLiteral("education"));
    m_political = editableCombo(page,
                                {QStringLiteral("中共党员"), QStringLiteral("中共预备党员"), QStringLiteral("共青团员"),
                                 QStringLiteral("民主党派"), QStringLiteral("群众")},
                                QStringLiteral("politicalStatus"));
    m_employment = editableCombo(page,
                                 {QStringLiteral("事业编制"), QStringLiteral("人事代理"), QStringLiteral("劳动合同"),
                                  QStringLiteral("劳务派遣"), QStringLiteral("其他")},
                                 QStringLiteral("employmentType"));
    m_joinDate = lineEdit(page, QStringLiteral("joinDate"), tr("e.g. 2010-09-01; today when empty"));
    m_status = new QLabel(page);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_note = new QPlainTextEdit(page);
    m_note->setObjectName(QStringLiteral("note"));
    m_note->setTabChangesFocus(true);
    m_note->setFixedHeight(m_note->fontMetrics().height() * 3 + 12);

    m_sameName = colouredLabel(page, QColor(0xb2, 0x6a, 0x00), QStringLiteral("sameName"));
    m_problems = colouredLabel(this, QColor(0xc6, 0x28, 0x28), QStringLiteral("problems"));

    auto makeForm = [] {
        auto* form = new QFormLayout;
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        form->setHorizontalSpacing(10);
        form->setVerticalSpacing(8);
        return form;
    };
    QFormLayout* left = makeForm();
    m_leftForm = left;
    left->addRow(tr("&Staff no.:"), m_staffNo);
    left->addRow(tr("&Name:"), m_name);
    left->addRow(tr("&Gender:"), m_gender);
    left->addRow(tr("E&thnicity:"), m_ethnicity);
    left->addRow(tr("&ID number:"), m_idNumber);
    left->addRow(tr("&Birth date:"), m_birthDate);
    left->addRow(tr("&Mobile:"), m_phone);
    left->addRow(tr("Original retirement &age:"), m_originalAge);
    left->addRow(tr("Statutory retirement:"), m_retirement);
    QFormLayout* right = makeForm();
    right->addRow(tr("S&ub-union:"), m_unit);
    right->addRow(tr("&Department:"), m_department);
    right->addRow(tr("&Position/title:"), m_title);
    right->addRow(tr("&Education:"), m_education);
    right->addRow(tr("&Political status:"), m_political);
    right->addRow(tr("Emplo&yment:"), m_employment);
    right->addRow(tr("&Joined union:"), m_joinDate);
    right->addRow(tr("Status:"), m_status);

    auto* columns = new QHBoxLayout;
    columns->setSpacing(24);
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);
    QFormLayout* bottom = makeForm();
    bottom->addRow(tr("N&ote:"), m_note);

    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->setSpacing(10);
    layout->addLayout(columns);
    layout->addWidget(m_sameName);
    layout->addLayout(bottom);
    layout->addStretch(1);

    for (QLineEdit* edit : {m_staffNo, m_name, m_birthDate, m_idNumber, m_phone, m_department, m_title, m_joinDate}) {
        connect(edit, &QLineEdit::textEdited, this, [this] { m_touched = true; });
        connect(edit, &QLineEdit::textChanged, this, &MemberDialog::updateProblems);
    }
    for (QComboBox* combo : {m_ethnicity, m_education, m_political, m_employment}) {
        connect(combo, &QComboBox::currentTextChanged, this, &MemberDialog::updateProblems);
    }
    connect(m_birthDate, &QLineEdit::textEdited, this, [this] { m_birthSetByUser = true; });
    connect(m_gender, &QComboBox::activated, this, [this] {
        m_genderSetByUser = true;
        m_touched = true;
    });
    connect(m_gender, &QComboBox::currentIndexChanged, this, &MemberDialog::updateProblems);
    connect(m_gender, &QComboBox::currentIndexChanged, this, &MemberDialog::updateRetirement);
    connect(m_birthDate, &QLineEdit::textChanged, this, &MemberDialog::updateRetirement);
    connect(m_originalAge, &QComboBox::currentIndexChanged, this, &MemberDialog::updateRetirement);
    connect(m_originalAge, &QComboBox::activated, this, [this] { m_touched = true; });
    connect(m_unit, &QComboBox::currentIndexChanged, this, &MemberDialog::updateProblems);
    connect(m_idNumber, &QLineEdit::textChanged, this, &MemberDialog::idNumberChanged);
    connect(m_name, &QLineEdit::textChanged, this, &MemberDialog::updateSameName);
    return page;
}

QWidget* MemberDialog::createHistoryTab()
{
    auto* page = new QWidget(this);
    m_historyHint = new QLabel(page);
    m_historyHint->setWordWrap(true);
    m_events = new QTableWidget(0, 4, page);
    m_events->setObjectName(QStringLiteral("events"));
    m_events->setHorizontalHeaderLabels({tr("Date"), tr("Event"), tr("Sub-union"), tr("Note")});
    m_events->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_events->setSelectionMode(QAbstractItemView::SingleSelection);
    m_events->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_events->verticalHeader()->hide();
    m_events->horizontalHeader()->setStretchLastSection(true);
    m_events->setColumnWidth(0, 100);
    m_events->setColumnWidth(1, 100);
    m_events->setColumnWidth(2, 220);

    m_eventKind = new QComboBox(page);
    m_eventKind->setObjectName(QStringLiteral("eventKind"));
    using Kind = core::MemberEvent::Kind;
    for (Kind k : {Kind::Transferred, Kind::Retired, Kind::Left, Kind::Deceased, Kind::Rejoined, Kind::Joined})
        m_eventKind->addItem(core::MemberEvent::kindLabel(k), int(k));
    m_eventDate = new QLineEdit(dateText(QDate::currentDate()), page);
    m_eventDate->setObjectName(QStringLiteral("eventDate"));
    m_eventDate->setMaximumWidth(120);
    m_eventUnit = new QComboBox(page);
    m_eventUnit->setObjectName(QStringLiteral("eventUnit"));
    fillUnits(m_eventUnit, tr("(unchanged)"));
    m_eventNote = lineEdit(page, QStringLiteral("eventNote"), tr("Note, e.g. the document number"));
    m_recordEvent = new QPushButton(tr("&Record Event"), page);
    m_recordEvent->setObjectName(QStringLiteral("recordEvent"));
    m_recordEvent->setAutoDefault(false);
    m_removeEvent = new QPushButton(tr("Re&move Event"), page);
    m_removeEvent->setObjectName(QStringLiteral("removeEvent"));
    m_removeEvent->setAutoDefault(false);

    auto* entry = new QHBoxLayout;
    entry->setSpacing(6);
    entry->addWidget(m_eventKind);
    entry->addWidget(m_eventDate);
    entry->addWidget(m_eventUnit, 1);
    entry->addWidget(m_eventNote, 1);
    entry->addWidget(m_recordEvent);

    auto* removeRow = new QHBoxLayout;
    removeRow->addWidget(m_historyHint, 1);
    removeRow->addWidget(m_removeEvent);

    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->setSpacing(8);
    layout->addWidget(m_events, 1);
    layout->addLayout(removeRow);
    layout->addWidget(new QLabel(tr("Record a change of standing:"), page));
    layout->addLayout(entry);

    connect(m_eventKind, &QComboBox::currentIndexChanged, this, &MemberDialog::updateEventFields);
    connect(m_events, &QTableWidget::itemSelectionChanged, this, &MemberDialog::updateEventFields);
    connect(m_recordEvent, &QPushButton::clicked, this, &MemberDialog::recordEventFromFields);
    connect(m_removeEvent, &QPushButton::clicked, this, [this] {
        const QList<QTableWidgetItem*> selected = m_events->selectedItems();
        if (!selected.isEmpty())
            removeEventAt(selected.first()->row());
    });
    return page;
}

void MemberDialog::fillUnits(QComboBox* combo, const QString& noneText)
{
    combo->clear();
    combo->addItem(noneText);
    for (const core::SubUnit& u : core::SubUnitRepository(m_db).all())
        combo->addItem(QStringLiteral("%1 · %2").arg(u.code, u.name), u.id);
}

QString MemberDialog::unitName(const std::optional<qint64>& id) const
{
    if (!id)
        return QString();
    const int index = m_unit->findData(*id);
    return index >= 0 ? m_unit->itemText(index) : QString();
}

void MemberDialog::setMember(const core::Member& member)
{
    m_original = member;
    m_staffNo->setText(member.staffNo);
    m_name->setText(member.name);
    m_gender->setCurrentIndex(qMax(0, m_gender->findData(member.gender)));
    m_ethnicity->setCurrentText(member.ethnicity);
    m_idNumber->setText(member.idNumber);
    m_birthDate->setText(dateText(member.birthDate));
    m_phone->setText(member.phone);
    m_unit->setCurrentIndex(member.unitId ? qMax(0, m_unit->findData(*member.unitId)) : 0);
    m_department->setText(member.department);
    m_title->setText(member.title);
    m_education->setCurrentText(member.education);
    m_political->setCurrentText(member.politicalStatus);
    m_employment->setCurrentText(member.employmentType);
    m_joinDate->setText(dateText(member.joinDate));
    m_originalAge->setCurrentIndex(qMax(0, m_originalAge->findData(member.originalRetirementAge)));
    m_note->setPlainText(member.note);
    // What was stored counts as set by the clerk: a later ID does not overwrite it.
    m_birthSetByUser = member.birthDate.isValid();
    m_genderSetByUser = !member.gender.isEmpty();

    const bool isNew = member.id == 0;
    // For a stored member the sub-union and status follow from the history.
    m_unit->setEnabled(isNew);
    m_unit->setToolTip(isNew ? QString() : tr("Record a transfer on the History tab to change the sub-union."));
    m_tabs->setTabEnabled(1, !isNew);
    m_tabs->setTabToolTip(1, isNew ? tr("Save the new member first; the history starts with the day they joined.")
                                   : QString());
    updateStatusText();
    updateRetirement();
    reloadHistory();
    updateSameName();
    m_touched = false;
    updateProblems();
    m_unchanged = this->member();
}

bool MemberDialog::hasChanges() const
{
    return !m_changes.isEmpty() || !core::Member::type().sameValues(m_unchanged, member());
}

void MemberDialog::reject()
{
    if (hasChanges() && !mayDiscardChanges(this))
        return;
    QDialog::reject();
}

void MemberDialog::updateStatusText()
{
    if (m_original.id == 0) {
        m_status->setText(tr("Active (joins on the date above)"));
        return;
    }
    m_status->setText(m_changes.isEmpty() ? core::Member::statusLabel(m_original.status)
                                          : tr("%1 (after OK)").arg(core::Member::statusLabel(m_shownStatus)));
    m_status->setToolTip(tr("The status changes through the events on the History tab."));
}

core::Member MemberDialog::member() const
{
    core::Member m = m_original;
    m.staffNo = m_staffNo->text();
    m.name = m_name->text();
    m.gender = m_gender->currentData().toString();
    m.ethnicity = m_ethnicity->currentText();
    m.idNumber = m_idNumber->text();
    m.birthDate = core::parseDateText(m_birthDate->text()).value_or(QDate());
    m.phone = m_phone->text();
    if (m_original.id == 0) {
        const QVariant unit = m_unit->currentData();
        m.unitId = unit.isValid() ? std::optional<qint64>(unit.toLongLong()) : std::nullopt;
        m.status = core::Member::Status::Active;
    }
    m.department = m_department->text();
    m.title = m_title->text();
    m.education = m_education->currentText();
    m.politicalStatus = m_political->currentText();
    m.employmentType = m_employment->currentText();
    m.joinDate = core::parseDateText(m_joinDate->text()).value_or(QDate());
    m.note = m_note->toPlainText();
    // The original age is a woman's; for anyone else the row is hidden and nothing is kept.
    m.originalRetirementAge = m.gender == QLatin1String("F") ? m_originalAge->currentData().toInt() : 0;
    return m;
}

void MemberDialog::updateRetirement()
{
    const core::Member m = member();
    m_leftForm->setRowVisible(m_originalAge, m.gender == QLatin1String("F"));
    const auto retirement =
        core::statutoryRetirement(m.gender, m.birthDate, m.originalRetirementAge, m_womenDefaultAge);
    if (!retirement) {
        m_retirement->setText(tr("(needs the gender and the birth date)"));
        return;
    }
    m_retirement->setText(tr("%1 (at %2)").arg(retirement->date.toString(Qt::ISODate), retirement->age.text()));
}

void MemberDialog::idNumberChanged(const QString& text)
{
    const core::IdCheck id = core::checkIdNumber(text);
    if (!id.valid)
        return;
    if (!m_birthSetByUser || m_birthDate->text().trimmed().isEmpty())
        m_birthDate->setText(dateText(id.birthDate));
    if (!m_genderSetByUser || m_gender->currentIndex() == 0)
        m_gender->setCurrentIndex(
            m_gender->findData(id.gender == core::IdCheck::Male ? QStringLiteral("M") : QStringLiteral("F")));
}

void MemberDialog::updateProblems()
{
    if (!m_ok)
        return; // still being built
    QStringList problems;
    const QString birth = m_birthDate->text().trimmed();
    if (!birth.isEmpty() && !core::parseDateText(birth))
        problems << tr("The birth date “%1” is not a date; write it like 1985-03-02.").arg(birth);
    const QString joined = m_joinDate->text().trimmed();
    if (!joined.isEmpty() && !core::parseDateText(joined))
        problems << tr("The join date “%1” is not a date; write it like 2010-09-01.").arg(joined);
    try {
        problems << core::MemberRepository(m_db).validate(member());
    } catch (const core::Error& e) {
        problems << e.message();
    }
    m_currentProblems = problems;
    m_ok->setEnabled(problems.isEmpty());
    m_problems->setText(problems.join(QLatin1Char('\n')));
    // A new, empty form is not scolded before the clerk has typed anything.
    m_problems->setVisible(!problems.isEmpty() && (m_touched || m_original.id != 0));
}

void MemberDialog::updateSameName()
{
    QStringList others;
    try {
        if (!m_name->text().trimmed().isEmpty())
            others = core::MemberRepository(m_db).sameName(m_name->text(), m_original.id);
    } catch (const core::Error&) {
        // Only a hint: without it the dialog still works.
    }
    if (others.isEmpty()) {
        m_sameName->clear();
        m_sameName->hide();
        return;
    }
    m_sameName->setText(tr("Other members with this name (staff no. · sub-union): %1").arg(others.join(tr("; "))));
    m_sameName->show();
}

QString MemberDialog::sameNameText() const
{
    return m_sameName->isHidden() ? QString() : m_sameName->text();
}

void MemberDialog::reloadHistory()
{
    showChanges(m_changes, tr("Cannot show the history"));
}

bool MemberDialog::showChanges(const QList<core::MemberRepository::EventChange>& changes, const QString& refusalTitle)
{
    QList<core::MemberEvent> shown;
    QList<qint64> recordedIds;
    core::Member::Status status = m_original.status;
    std::optional<qint64> unitId = m_original.unitId;
    if (m_original.id != 0) {
        try {
            core::MemberRepository repo(m_db);
            if (changes.isEmpty()) {
                shown = repo.events(m_original.id);
            } else {
                const auto preview = repo.previewEvents(m_original.id, changes);
                shown = preview.events;
                recordedIds = preview.recordedIds;
                status = preview.status;
                unitId = preview.unitId;
            }
        } catch (const core::Error& e) {
            QMessageBox::warning(this, refusalTitle, e.message());
            return false;
        }
    }
    m_changes = changes;
    m_recordedIds = recordedIds;
    m_eventList = shown;
    m_shownStatus = status;
    QFont pendingFont = m_events->font();
    pendingFont.setItalic(true);
    m_events->setRowCount(int(m_eventList.size()));
    for (int row = 0; row < m_eventList.size(); ++row) {
        const core::MemberEvent& e = m_eventList.at(row);
        QString unit = unitName(e.unitId);
        if (e.kind == core::MemberEvent::Kind::Transferred && e.fromUnitId)
            unit = tr("%1 → %2").arg(unitName(e.fromUnitId), unit);
        const QStringList cells{dateText(e.date), core::MemberEvent::kindLabel(e.kind), unit, e.note};
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            if (isPendingRow(row)) {
                item->setFont(pendingFont);
                item->setToolTip(tr("Stored when you click OK."));
            }
            m_events->setItem(row, column, item);
        }
    }
    if (m_original.id != 0) {
        m_unit->setCurrentIndex(unitId ? qMax(0, m_unit->findData(*unitId)) : 0);
        m_historyHint->setText(m_changes.isEmpty()
                                   ? tr("The current status and sub-union follow from the latest event.")
                                   : tr("%n change(s) to the history, stored when you click OK (Cancel takes "
                                        "them back).",
                                        nullptr, int(m_changes.size())));
    }
    updateStatusText();
    updateEventFields();
    return true;
}

bool MemberDialog::isPendingRow(int row) const
{
    return row >= 0 && row < m_eventList.size() && m_recordedIds.contains(m_eventList.at(row).id);
}

void MemberDialog::updateEventFields()
{
    using Kind = core::MemberEvent::Kind;
    const auto kind = Kind(m_eventKind->currentData().toInt());
    // A transfer, a rejoining or a joining names a sub-union; the others keep the current one.
    m_eventUnit->setEnabled(kind == Kind::Transferred || kind == Kind::Rejoined || kind == Kind::Joined);
    m_removeEvent->setEnabled(!m_events->selectedItems().isEmpty());
}

bool MemberDialog::recordEventFromFields()
{
    if (m_original.id == 0)
        return false;
    core::MemberEvent e;
    e.memberId = m_original.id;
    e.kind = core::MemberEvent::Kind(m_eventKind->currentData().toInt());
    const auto date = core::parseDateText(m_eventDate->text());
    if (!date) {
        QMessageBox::warning(this, tr("Cannot record the event"),
                             tr("The date “%1” is not a date; write it like 2024-03-08.").arg(m_eventDate->text()));
        return false;
    }
    e.date = *date;
    if (m_eventUnit->isEnabled() && m_eventUnit->currentData().isValid())
        e.unitId = m_eventUnit->currentData().toLongLong();
    e.note = m_eventNote->text();
    QList<core::MemberRepository::EventChange> changes = m_changes;
    changes.append({core::MemberRepository::EventChange::Kind::Record, e});
    if (!showChanges(changes, tr("Cannot record the event")))
        return false;
    m_eventNote->clear();
    return true;
}

bool MemberDialog::removeEventAt(int row)
{
    if (row < 0 || row >= m_eventList.size())
        return false;
    using Change = core::MemberRepository::EventChange;
    QList<Change> changes = m_changes;
    const int recorded = int(m_recordedIds.indexOf(m_eventList.at(row).id));
    if (recorded >= 0) {
        // A kept event is forgotten: the recorded change it came from goes.
        int seen = -1;
        for (int i = 0; i < changes.size(); ++i) {
            if (changes.at(i).kind == Change::Kind::Record && ++seen == recorded) {
                changes.removeAt(i);
                break;
            }
        }
    } else {
        changes.append({Change::Kind::Remove, m_eventList.at(row)});
    }
    return showChanges(changes, tr("Cannot remove the event"));
}

void MemberDialog::accept()
{
    m_touched = true;
    updateProblems();
    if (!m_currentProblems.isEmpty())
        return;
    QDialog::accept();
}

} // namespace ud::ui
