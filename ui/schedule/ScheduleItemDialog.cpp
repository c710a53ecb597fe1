#include "ui/schedule/ScheduleItemDialog.h"

#include "core/schedule/ScheduleTiming.h"
#include "ui/widgets/DialogParts.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace ud::ui {

ScheduleItemDialog::ScheduleItemDialog(const QList<core::ScheduleSection>& sections, const core::ScheduleItem& item,
                                       QWidget* parent)
    : QDialog(parent), m_item(item)
{
    setObjectName(QStringLiteral("scheduleItemDialog"));
    setWindowTitle(item.id ? tr("Edit Schedule Item %1").arg(item.reference()) : tr("Add Schedule Item"));

    m_section = new QComboBox(this);
    m_section->setObjectName(QStringLiteral("section"));
    for (const core::ScheduleSection& s : sections)
        m_section->addItem(s.heading(), s.id);
    m_section->setCurrentIndex(qMax(0, m_section->findData(item.sectionId)));

    m_number = new QSpinBox(this);
    m_number->setObjectName(QStringLiteral("number"));
    m_number->setRange(0, 999);
    m_number->setValue(item.number);

    m_text = new QPlainTextEdit(item.text, this);
    m_text->setObjectName(QStringLiteral("text"));
    m_text->setTabChangesFocus(true);
    m_text->setMinimumHeight(70);

    m_timing = new QLineEdit(item.timing, this);
    m_timing->setObjectName(QStringLiteral("timing"));
    m_timing->setPlaceholderText(tr("As written in the plan, e.g. 3-5月、9-11月 or 6月底前"));
    m_timingHint = new QLabel(this);
    m_timingHint->setObjectName(QStringLiteral("timingHint"));
    m_timingHint->setWordWrap(true);

    auto* monthGrid = new QGridLayout;
    monthGrid->setHorizontalSpacing(10);
    for (int m = 1; m <= 12; ++m) {
        auto* box = new QCheckBox(QString::number(m), this);
        box->setObjectName(QStringLiteral("month%1").arg(m));
        box->setToolTip(tr("Month %1").arg(m));
        monthGrid->addWidget(box, (m - 1) / 6, (m - 1) % 6);
        m_months << box;
        connect(box, &QCheckBox::toggled, this, &ScheduleItemDialog::monthToggled);
    }
    m_deadline = new QCheckBox(tr("Deadline: due by the end of the month ticked (listed in that month only)"), this);
    m_deadline->setObjectName(QStringLiteral("deadline"));
    m_needsChecking = new QCheckBox(tr("The months still need checking"), this);
    m_needsChecking->setObjectName(QStringLiteral("needsChecking"));
    m_needsChecking->setToolTip(tr("Set when the timing could not be read; cleared when you tick the months"));

    m_office = new QLineEdit(item.office, this);
    m_office->setObjectName(QStringLiteral("office"));
    m_office->setPlaceholderText(tr("Responsible office"));

    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("status"));
    for (core::ItemStatus s : core::allItemStatuses())
        m_status->addItem(core::itemStatusLabel(s), int(s));
    m_status->setCurrentIndex(qMax(0, m_status->findData(int(item.status))));

    m_doneDate = new QDateEdit(this);
    m_doneDate->setObjectName(QStringLiteral("doneDate"));
    m_doneDate->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_doneDate->setCalendarPopup(true);
    m_doneDate->setDate(item.doneDate.isValid() ? item.doneDate : QDate::currentDate());

    m_notes = new QPlainTextEdit(item.notes, this);
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(80);

    m_problems = new QLabel(this);
    m_problems->setObjectName(QStringLiteral("problems"));
    m_problems->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problems->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(tr("&Section:"), m_section);
    form->addRow(tr("N&umber:"), m_number);
    form->addRow(tr("&Item:"), m_text);
    form->addRow(tr("&Timing:"), m_timing);
    form->addRow(QString(), m_timingHint);
    form->addRow(tr("Months:"), monthGrid);
    form->addRow(QString(), m_deadline);
    form->addRow(QString(), m_needsChecking);
    form->addRow(tr("&Office:"), m_office);
    auto* statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(new QLabel(tr("done on"), this));
    statusRow->addWidget(m_doneDate);
    form->addRow(buddyLabel(tr("S&tatus:"), m_status), statusRow);
    form->addRow(tr("&Notes:"), m_notes);

    m_buttons = dialogButtons(this);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problems);
    layout->addWidget(m_buttons);

    setMonths(item.months);
    m_deadline->setChecked(item.deadline);
    m_needsChecking->setChecked(item.monthsNeedChecking);
    statusChanged();
    const core::Timing parsed = core::parseTiming(item.timing);
    if (!item.timing.isEmpty() && !parsed.recognised)
        m_timingHint->setText(tr("This timing could not be read: tick the months by hand."));

    connect(m_timing, &QLineEdit::textEdited, this, &ScheduleItemDialog::timingEdited);
    connect(m_status, &QComboBox::currentIndexChanged, this, &ScheduleItemDialog::statusChanged);
    connect(m_text, &QPlainTextEdit::textChanged, this, &ScheduleItemDialog::validate);
    connect(m_deadline, &QCheckBox::toggled, this, &ScheduleItemDialog::validate);
    resize(560, sizeHint().height());
    validate();
    m_unchanged = this->item();
}

bool ScheduleItemDialog::hasChanges() const
{
    return !core::ScheduleItem::type().sameValues(m_unchanged, item());
}

void ScheduleItemDialog::reject()
{
    if (hasChanges() && !mayDiscardChanges(this))
        return;
    QDialog::reject();
}

QPushButton* ScheduleItemDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void ScheduleItemDialog::setMonths(const core::MonthSet& months)
{
    m_settingMonths = true;
    for (int m = 1; m <= 12; ++m)
        m_months.at(m - 1)->setChecked(months.contains(m));
    m_settingMonths = false;
}

void ScheduleItemDialog::timingEdited()
{
    // The months follow the timing while it can be read; what cannot be read leaves the boxes as they are.
    const core::Timing t = core::parseTiming(m_timing->text());
    if (t.recognised) {
        setMonths(t.months);
        m_deadline->setChecked(t.deadline);
        m_needsChecking->setChecked(false);
        m_timingHint->clear();
    } else if (!m_timing->text().trimmed().isEmpty()) {
        m_timingHint->setText(tr("This timing could not be read: tick the months by hand."));
    } else {
        m_timingHint->clear();
    }
    validate();
}

void ScheduleItemDialog::monthToggled()
{
    if (!m_settingMonths)
        m_needsChecking->setChecked(false); // the clerk has set the months
    validate();
}

void ScheduleItemDialog::statusChanged()
{
    const bool done = core::ItemStatus(m_status->currentData().toInt()) == core::ItemStatus::Done;
    m_doneDate->setEnabled(done);
    validate();
}

core::ScheduleItem ScheduleItemDialog::item() const
{
    core::ScheduleItem i = m_item;
    i.sectionId = m_section->currentData().toLongLong();
    i.number = m_number->value();
    i.text = m_text->toPlainText().trimmed();
    i.timing = m_timing->text().trimmed();
    core::MonthSet months;
    for (int m = 1; m <= 12; ++m)
        if (m_months.at(m - 1)->isChecked())
            months.insert(m);
    i.months = months;
    i.deadline = m_deadline->isChecked();
    i.monthsNeedChecking = m_needsChecking->isChecked();
    i.office = m_office->text().trimmed();
    i.status = core::ItemStatus(m_status->currentData().toInt());
    i.doneDate = i.status == core::ItemStatus::Done ? m_doneDate->date() : QDate();
    i.notes = m_notes->toPlainText();
    return i;
}

QStringList ScheduleItemDialog::problems() const
{
    QStringList list;
    const core::ScheduleItem i = item();
    if (i.text.isEmpty())
        list << tr("The item needs its text.");
    if (m_section->count() == 0 || i.sectionId == 0)
        list << tr("The item needs a section.");
    if (i.deadline && i.months.isEmpty())
        list << tr("A deadline needs the month it is due in: tick it.");
    return list;
}

void ScheduleItemDialog::validate()
{
    const QStringList list = problems();
    m_problems->setText(list.join(QLatin1Char('\n')));
    m_problems->setVisible(!list.isEmpty());
    okButton()->setEnabled(list.isEmpty());
}

} // namespace ud::ui
