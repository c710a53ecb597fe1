#include "ui/schedule/ScheduleFilterBar.h"

#include "ui/widgets/PageActions.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace ud::ui {

namespace {

QString monthName(int month)
{
    static const char* const names[] = {
        QT_TRANSLATE_NOOP("ud::ui::SchedulePage", "January"),   QT_TRANSLATE_NOOP("ud::ui::SchedulePage", "February"),
        QT_TRANSLATE_NOOP("ud::ui::SchedulePage", "March"),     QT_TRANSLATE_NOOP("ud::ui::SchedulePage", "April"),
        QT_TRANSLATE_NOOP("ud::ui::SchedulePage", "May"),       QT_TRANSLATE_NOOP("ud::ui::SchedulePage", "June"),
        QT_TRANSLATE_NOOP("ud::ui::SchedulePage", "July"),      QT_TRANSLATE_NOOP("ud::ui::SchedulePage", "August"),
        QT_TRANSLATE_NOOP("ud::ui::SchedulePage", "September"), QT_TRANSLATE_NOOP("ud::ui::SchedulePage", "October"),
        QT_TRANSLATE_NOOP("ud::ui::SchedulePage", "November"),  QT_TRANSLATE_NOOP("ud::ui::SchedulePage", "December")};
    return QCoreApplication::translate("ud::ui::SchedulePage", names[month - 1]);
}

} // namespace

ScheduleFilterBar::ScheduleFilterBar(QAction* clearFilters, QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("scheduleFilterBar"));

    m_year = new QComboBox(this);
    m_year->setObjectName(QStringLiteral("yearSelector"));
    m_year->setToolTip(tr("The year whose plan is shown"));
    m_year->setMinimumContentsLength(6);

    m_month = new QComboBox(this);
    m_month->setObjectName(QStringLiteral("monthFilter"));
    m_month->addItem(tr("All months"), 0);
    for (int m = 1; m <= 12; ++m)
        m_month->addItem(monthName(m), m);
    m_month->setToolTip(tr("Only the items of that month's schedule (a deadline only in the month it is due)"));

    m_section = new QComboBox(this);
    m_section->setObjectName(QStringLiteral("sectionFilter"));
    m_section->setMinimumContentsLength(14);
    m_section->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_section->addItem(tr("All sections"), qint64(0));

    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->addItem(tr("Any status"), QString());
    m_status->addItem(tr("Not done"), QString::fromLatin1(core::kOpenItemsKey));
    for (core::ItemStatus s : core::allItemStatuses())
        m_status->addItem(core::itemStatusLabel(s), core::itemStatusKey(s));

    auto* clear = makeButton(clearFilters, this);
    clear->setToolButtonStyle(Qt::ToolButtonTextOnly);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    auto* yearLabel = new QLabel(tr("&Year:"), this);
    yearLabel->setBuddy(m_year);
    layout->addWidget(yearLabel);
    layout->addWidget(m_year);
    layout->addSpacing(12);
    layout->addWidget(m_month);
    layout->addWidget(m_section, 2);
    layout->addWidget(m_status);
    layout->addWidget(clear);
    layout->addStretch(1);
}

int ScheduleFilterBar::year() const
{
    return m_year->currentData().toInt();
}

int ScheduleFilterBar::month() const
{
    return m_month->currentData().toInt();
}

qint64 ScheduleFilterBar::sectionId() const
{
    return m_section->currentData().toLongLong();
}

QString ScheduleFilterBar::statusKey() const
{
    return m_status->currentData().toString();
}

bool ScheduleFilterBar::narrowsItems() const
{
    return m_month->currentIndex() > 0 || m_status->currentIndex() > 0;
}

void ScheduleFilterBar::setYears(const QList<int>& years, int current)
{
    m_year->clear();
    for (int y : years)
        m_year->addItem(QString::number(y), y);
    m_year->setCurrentIndex(m_year->findData(current));
}

bool ScheduleFilterBar::setYear(int year)
{
    const int index = m_year->findData(year);
    if (index < 0)
        return false;
    m_year->setCurrentIndex(index);
    return true;
}

void ScheduleFilterBar::setSections(const QList<core::ScheduleSection>& sections, int keepNumber)
{
    while (m_section->count() > 1)
        m_section->removeItem(1);
    int sectionIndex = 0;
    for (const core::ScheduleSection& s : sections) {
        m_section->addItem(s.heading(), s.id);
        if (s.number == keepNumber)
            sectionIndex = m_section->count() - 1;
    }
    m_section->setCurrentIndex(sectionIndex);
}

void ScheduleFilterBar::setMonth(int month)
{
    m_month->setCurrentIndex(qMax(0, m_month->findData(month)));
}

void ScheduleFilterBar::setSection(qint64 sectionId)
{
    m_section->setCurrentIndex(qMax(0, m_section->findData(sectionId)));
}

void ScheduleFilterBar::setStatus(const QString& statusKey)
{
    m_status->setCurrentIndex(qMax(0, m_status->findData(statusKey)));
}

void ScheduleFilterBar::clearFilters()
{
    m_month->setCurrentIndex(0);
    m_section->setCurrentIndex(0);
    m_status->setCurrentIndex(0);
}

void ScheduleFilterBar::setBoxesEnabled(bool enabled)
{
    for (QComboBox* combo : {m_year, m_month, m_section, m_status})
        combo->setEnabled(enabled);
}

} // namespace ud::ui
