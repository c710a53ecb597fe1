#include "ui/schedule/DoneDateDialog.h"

#include "ui/widgets/DialogParts.h"

#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace ud::ui {

DoneDateDialog::DoneDateDialog(const core::ScheduleItem& item, int planYear, QWidget* parent)
    : QDialog(parent), m_date(new QDateEdit(this))
{
    setWindowTitle(tr("Mark Done"));
    const QDate today = QDate::currentDate();
    m_date->setObjectName(QStringLiteral("doneDate"));
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setCalendarPopup(true);
    m_date->setDateRange(QDate(planYear, 1, 1), qMax(today, QDate(planYear, 1, 1)));
    m_date->setDate(suggestedDate(item, planYear, today));

    auto* layout = dialogLayout(this, 10);
    layout->addWidget(wrappedLabel(tr("“%1” belongs to the plan of %2, a year that is over. On which day was it done?")
                                       .arg(item.text)
                                       .arg(planYear),
                                   this));
    auto* form = new QFormLayout;
    form->addRow(buddyLabel(tr("&Done on:"), m_date), m_date);
    layout->addLayout(form);
    layout->addWidget(dialogButtons(this));
    setMinimumWidth(420);
}

QDate DoneDateDialog::date() const
{
    return m_date->date();
}

QDate DoneDateDialog::suggestedDate(const core::ScheduleItem& item, int planYear, const QDate& today)
{
    int lastMonth = 12;
    while (lastMonth > 1 && !item.months.contains(lastMonth))
        --lastMonth;
    const QDate first(planYear, lastMonth, 1);
    return qMin(today, first.addDays(first.daysInMonth() - 1));
}

std::optional<QDate> DoneDateDialog::ask(const core::ScheduleItem& item, int planYear, QWidget* parent)
{
    const QDate today = QDate::currentDate();
    if (planYear <= 0 || planYear >= today.year())
        return today;
    DoneDateDialog dialog(item, planYear, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.date();
}

} // namespace ud::ui
