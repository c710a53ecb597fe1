#include "ui/units/UnitsModule.h"

#include "ui/units/UnitsPage.h"

namespace ud::ui {

QString UnitsModule::id() const
{
    return QStringLiteral("units");
}

QString UnitsModule::title() const
{
    return tr("Sub-unions");
}

UnitsPage* UnitsModule::page() const
{
    return m_page;
}

QIcon UnitsModule::icon() const
{
    return QIcon(QStringLiteral(":/icons/units.svg"));
}

QWidget* UnitsModule::createPage(ShellContext& shell)
{
    if (!m_page)
        m_page = new UnitsPage(shell);
    return m_page;
}

QList<QAction*> UnitsModule::actions() const
{
    return m_page ? m_page->pageActions() : QList<QAction*>();
}

void UnitsModule::databaseOpened(core::Database& db)
{
    if (m_page)
        m_page->setDatabase(&db);
}

void UnitsModule::databaseClosed()
{
    if (m_page)
        m_page->setDatabase(nullptr);
}

void UnitsModule::dataChanged(const QString& table)
{
    if (m_page && table == QLatin1String("units"))
        m_page->reload();
}

} // namespace ud::ui
