#pragma once

#include "support/TestDatabase.h"

#include "ui/shell/MainWindow.h"

#include <QTest>
#include <QUndoStack>

#include <memory>

namespace ud::test {

/// A shown main window on a fresh database with one page at hand: what every page suite starts from. A suite
/// fills the database first if it needs to (through `tdb.open()`), then calls show() with the modules it needs.
template <class Page> struct PageFixture {
    TestDatabase tdb;
    ui::MainWindow window;
    Page* page = nullptr;
    bool shown = false;

    /// Adds `Modules`, opens the test database and shows Page's page, in a window of `size` when one is given.
    template <class... Modules> void show(const QSize& size = QSize())
    {
        (window.addModule(std::make_unique<Modules>()), ...);
        if (size.isValid())
            window.resize(size);
        if (window.openDatabase(tdb.location()))
            page = qobject_cast<Page*>(window.page(Page::moduleId()));
        window.showPage(Page::moduleId());
        window.show();
        shown = QTest::qWaitForWindowExposed(&window);
    }
    /// The database opened and the window is on screen.
    bool ready() const { return page && shown; }
    core::Database& db() { return *window.database(); }
    QUndoStack& stack() { return *window.undoStack(); }
};

} // namespace ud::test
