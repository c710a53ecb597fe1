#include "ui/members/MembersModule.h"

#include "ui/members/MembersPage.h"

namespace ud::ui {

QString MembersModule::id() const
{
    return QStringLiteral("members");
}

QString MembersModule::title() const
{
    return tr("Members");
}

QIcon MembersModule::icon() const
{
    return QIcon(QStringLiteral(":/icons/members.svg"));
}

MembersPage* MembersModule::page() const
{
    return m_page;
}

QWidget* MembersModule::createPage(ShellContext& shell)
{
    if (!m_page)
        m_page = new MembersPage(shell);
    return m_page;
}

QList<QAction*> MembersModule::actions() const
{
    return m_page ? m_page->pageActions() : QList<QAction*>();
}

void MembersModule::databaseOpened(core::Database& db)
{
    if (m_page)
        m_page->setDatabase(&db);
}

void MembersModule::databaseClosed()
{
    if (m_page)
        m_page->setDatabase(nullptr);
}

void MembersModule::dataChanged(const QString& table)
{
    if (!m_page)
        return;
    if (table == QLatin1String("units")) {
        m_page->reloadUnits();
        m_page->reload(); // sub-union names are shown in the list
    } else if (table == QLatin1String("members") || table == QLatin1String("member_events")) {
        m_page->reload();
    }
}

} // namespace ud::ui
