#pragma once

#include "ui/shell/Module.h"

#include <QAction>
#include <QPointer>

namespace ud::ui {

/// The module of a feature with one page: everything the shell asks of a module, answered by the page.
/// `Page` is a QWidget with
///   Page(ShellContext&); static QString moduleId(), moduleTitle(), moduleMenuTitle(); static QIcon moduleIcon();
///   void setDatabase(core::Database*); QList<QAction*> pageActions() const; QWidget* searchField() const;
///   void tableChanged(const core::Table&)  (reload when one of the tables it shows changed);
///   bool showsRecordsOf(const core::Table&) const; bool openRecord(const core::Table&, qint64 id)
///   (the records it opens for the shell, e.g. from the change history; false for none);
///   bool showFiltered(const core::PageFilter&) (its filters set as a dashboard click asks; false for none);
///   QList<StartStep> startSteps() const  (its steps on the start page; none for a page that needs no setting up).
/// A feature's module is then one line: `using UnitsModule = PageModule<UnitsPage>;`.
template <class Page> class PageModule final : public Module {
public:
    QString id() const override { return Page::moduleId(); }
    QString title() const override { return Page::moduleTitle(); }
    QString menuTitle() const override { return Page::moduleMenuTitle(); }
    QIcon icon() const override { return Page::moduleIcon(); }
    QWidget* createPage(ShellContext& shell) override
    {
        if (!m_page)
            m_page = new Page(shell);
        return m_page;
    }
    QList<QAction*> actions() const override { return m_page ? m_page->pageActions() : QList<QAction*>(); }
    QWidget* searchField() const override { return m_page ? m_page->searchField() : nullptr; }
    void databaseOpened(core::Database& db) override
    {
        if (m_page)
            m_page->setDatabase(&db);
    }
    void databaseClosed() override
    {
        if (m_page)
            m_page->setDatabase(nullptr);
    }
    void dataChanged(const core::Table& table) override
    {
        if (m_page)
            m_page->tableChanged(table);
    }
    QList<StartStep> startSteps() const override { return m_page ? m_page->startSteps() : QList<StartStep>(); }
    bool showsRecordsOf(const core::Table& table) const override { return m_page && m_page->showsRecordsOf(table); }
    bool openRecord(const core::Table& table, qint64 id) override { return m_page && m_page->openRecord(table, id); }
    bool showFiltered(const core::PageFilter& filter) override { return m_page && m_page->showFiltered(filter); }

    Page* page() const { return m_page; }

private:
    QPointer<Page> m_page;
};

} // namespace ud::ui
