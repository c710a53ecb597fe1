#pragma once

#include "core/dashboard/Dashboard.h"
#include "core/db/Table.h"

#include <QIcon>
#include <QList>
#include <QPair>
#include <QString>

class QAction;
class QUndoStack;
class QWidget;

namespace ud::core {
class Database;
}

namespace ud::ui {

/// What the shell offers a module: the open database, the shared undo stack, the window and its status bar.
class ShellContext {
public:
    virtual ~ShellContext() = default;
    /// The open database, or nullptr while none is open.
    virtual core::Database* database() const = 0;
    virtual QUndoStack* undoStack() const = 0;
    virtual QWidget* window() const = 0;
    virtual void showStatusMessage(const QString& text) = 0;
    /// Puts a module's widget (a count, a progress bar) at the right of the status bar; the shell owns it.
    virtual void addStatusWidget(QWidget* widget) = 0;
    /// Tells every module that rows of `table` changed (so lists and the history refresh).
    virtual void notifyDataChanged(const core::Table& table) = 0;
    /// Tells the user why something was refused or failed (a warning box in the window).
    virtual void warn(const QString& title, const QString& message) = 0;
    /// Asks a yes/no question, No being the default; true for Yes.
    virtual bool ask(const QString& title, const QString& question) = 0;
    /// Shows record `id` of `table` where it is worked on: the page of the module that shows such records comes to the
    /// front and opens it as a double-click in its list would. Tells the user when no page shows such records or the
    /// record no longer exists, and returns false then.
    virtual bool openRecord(const core::Table& table, qint64 id) = 0;
    /// Shows the records `filter` describes (a bar of a dashboard chart, a reminder): the page of the module that
    /// shows records of `filter.table` comes to the front with its filters set so. Tells the user when no page shows
    /// such records, and returns false then.
    virtual bool openFiltered(const core::PageFilter& filter) = 0;
};

/// A step of setting up a new database, as the start page shows it: a heading, one line on what to do, and buttons
/// that do it. A button brings the module's page to the front, then triggers its action.
struct StartStep {
    QString title;
    QString text;
    QList<QPair<QString, QAction*>> buttons; // the button's text and the action it triggers
    bool done = false;                       // from the data: the step needs doing no more
    /// Once this step is done the database is in use, and the window no longer opens on the start page.
    bool inUse = false;
};

/// A feature as the shell sees it: an id, a translated title, an icon, its page and its actions.
/// The shell knows modules only through this interface; app/ lists the built-in ones.
class Module {
public:
    virtual ~Module() = default;
    virtual QString id() const = 0;
    virtual QString title() const = 0;
    /// The title of the module's menu, with its Alt letter ("&Members"); the title by default.
    virtual QString menuTitle() const { return title(); }
    virtual QIcon icon() const = 0;
    /// Creates the page once; the shell takes ownership of the widget.
    virtual QWidget* createPage(ShellContext& shell) = 0;
    /// Actions the shell puts in the module's menu while its page is shown.
    virtual QList<QAction*> actions() const { return {}; }
    /// The page's search field, which Ctrl+F (Edit ▸ Find) focuses; nullptr when the page has none.
    virtual QWidget* searchField() const { return nullptr; }
    virtual void databaseOpened(core::Database& db) = 0;
    virtual void databaseClosed() = 0;
    virtual void dataChanged(const core::Table& table) { Q_UNUSED(table); }
    /// Its steps of setting up a new database, in the order they are done; none by default.
    virtual QList<StartStep> startSteps() const { return {}; }
    /// Whether the module's page shows records of `table` and can open one (openRecord()).
    virtual bool showsRecordsOf(const core::Table& table) const
    {
        Q_UNUSED(table);
        return false;
    }
    /// Selects record `id` of `table` on the module's page, which the shell has brought to the front, and opens it;
    /// false when the record no longer exists.
    virtual bool openRecord(const core::Table& table, qint64 id)
    {
        Q_UNUSED(table);
        Q_UNUSED(id);
        return false;
    }
    /// Sets the filters of the module's page, which the shell has brought to the front, to what `filter` describes
    /// (filter.table is one of those it shows); conditions it has no filter for are left out. False when it cannot
    /// filter at all (the page is shown unfiltered then).
    virtual bool showFiltered(const core::PageFilter& filter)
    {
        Q_UNUSED(filter);
        return false;
    }
};

} // namespace ud::ui
