#pragma once

#include <QIcon>
#include <QList>
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
    /// Tells every module that rows of `table` changed (so lists and the history refresh).
    virtual void notifyDataChanged(const QString& table) = 0;
};

/// A feature as the shell sees it: an id, a translated title, an icon, its page and its actions.
/// The shell knows modules only through this interface; app/ lists the built-in ones.
class Module {
public:
    virtual ~Module() = default;
    virtual QString id() const = 0;
    virtual QString title() const = 0;
    virtual QIcon icon() const = 0;
    /// Creates the page once; the shell takes ownership of the widget.
    virtual QWidget* createPage(ShellContext& shell) = 0;
    /// Actions the shell puts in the module's menu while its page is shown.
    virtual QList<QAction*> actions() const { return {}; }
    virtual void databaseOpened(core::Database& db) = 0;
    virtual void databaseClosed() = 0;
    virtual void dataChanged(const QString& table) { Q_UNUSED(table); }
};

} // namespace ud::ui
