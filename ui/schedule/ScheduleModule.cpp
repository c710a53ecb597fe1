#include "ui/schedule/ScheduleModule.h"

#include "ui/schedule/SchedulePage.h"

namespace ud::ui {

QString ScheduleModule::id() const
{
    return QStringLiteral("schedule");
}

QString ScheduleModule::title() const
{
    return tr("Work schedule");
}

SchedulePage* ScheduleModule::page() const
{
    return m_page;
}

QIcon ScheduleModule::icon() const
{
    return QIcon(QStringLiteral(":/icons/schedule.svg"));
}

QWidget* ScheduleModule::createPage(ShellContext& shell)
{
    if (!m_page)
        m_page = new SchedulePage(shell);
    return m_page;
}

QList<QAction*> ScheduleModule::actions() const
{
    return m_page ? m_page->pageActions() : QList<QAction*>();
}

void ScheduleModule::databaseOpened(core::Database& db)
{
    if (m_page)
        m_page->setDatabase(&db);
}

void ScheduleModule::databaseClosed()
{
    if (m_page)
        m_page->setDatabase(nullptr);
}

void ScheduleModule::dataChanged(const QString& table)
{
    if (m_page && (table.startsWith(QLatin1String("schedule_")) || table.startsWith(QLatin1String("plan_"))))
        m_page->reload();
}

} // namespace ud::ui
