#include "ui/history/HistoryModule.h"

#include "ui/history/HistoryPage.h"

namespace ud::ui {

QString HistoryModule::id() const
{
    return QStringLiteral("history");
}

QString HistoryModule::title() const
{
    return tr("Change history");
}

HistoryPage* HistoryModule::page() const
{
    return m_page;
}

QIcon HistoryModule::icon() const
{
    return QIcon(QStringLiteral(":/icons/history.svg"));
}

QWidget* HistoryModule::createPage(ShellContext& shell)
{
    if (!m_page)
        m_page = new HistoryPage(shell);
    return m_page;
}

QList<QAction*> HistoryModule::actions() const
{
    return m_page ? m_page->pageActions() : QList<QAction*>();
}

void HistoryModule::databaseOpened(core::Database& db)
{
    if (m_page)
        m_page->setDatabase(&db);
}

void HistoryModule::databaseClosed()
{
    if (m_page)
        m_page->setDatabase(nullptr);
}

void HistoryModule::dataChanged(const QString& table)
{
    // Every table writes the history, so any change may add rows here.
    Q_UNUSED(table);
    if (m_page)
        m_page->reload();
}

} // namespace ud::ui
