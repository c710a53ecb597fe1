#pragma once

#include "core/db/Database.h"
#include "ui/shell/Module.h"

#include <QMainWindow>

#include <functional>

#include <memory>
#include <vector>

class QActionGroup;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;
class QToolBar;

namespace ud::ui {

class DatabaseActions;
class StartPage;

/// The window: navigation on the left, the pages of the modules on the right, the menus, the tool bar and
/// the status bar; owns the open database and the undo stack the modules share.
class MainWindow : public QMainWindow, public ShellContext {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Adds a module and its page (before show()); the navigation lists modules in the order added.
    void addModule(std::unique_ptr<Module> module);
    /// Opens a database (asking for a password when the server wants one) and shows it in every module.
    /// A SQLite file that does not exist is created when `create`, else only after asking. A database that can
    /// only be read is opened read-only, with a notice. On failure shows why and keeps the database that was open.
    bool openDatabase(const core::DatabaseLocation& location, bool create = false);

    QStringList pageIds() const;
    void showPage(const QString& id);
    QString currentPageId() const;
    /// The page of module `id`, or nullptr.
    QWidget* page(const QString& id) const;

    /// The text of the database field in the status bar.
    QString databaseLabelText() const;
    /// The recent databases as stored (newest first).
    static QStringList recentDatabases();

    /// Writes a backup of the open database to `file`; false (with a message) on failure.
    bool backUpTo(const QString& file);
    /// Replaces the open SQLite database with the backup `file`, saving the current contents first;
    /// asks first when `confirm`. False when refused, cancelled or failed (with a message).
    bool restoreFromBackup(const QString& file, bool confirm = true);

    core::Database* database() const override;
    QUndoStack* undoStack() const override;
    QWidget* window() const override;
    void showStatusMessage(const QString& text) override;
    void addStatusWidget(QWidget* widget) override;
    void notifyDataChanged(const core::Table& table) override;
    void warn(const QString& title, const QString& message) override;
    bool ask(const QString& title, const QString& question) override;
    bool openRecord(const core::Table& table, qint64 id) override;
    bool openFiltered(const core::PageFilter& filter) override;
    /// Tests answer ask() and hear warn() here instead of through message boxes; empty functions restore the boxes.
    void setPrompts(std::function<bool(const QString& title, const QString& text)> ask,
                    std::function<void(const QString& title, const QString& text)> warn);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    struct Page {
        Module* module;
        QWidget* widget;
        QAction* viewAction;
    };

    /// The module whose page shows records of `table`, or nullptr.
    Module* moduleShowing(const core::Table& table) const;
    void createActions();
    void createMenus();
    void createToolBar();
    void createStatusBar();
    void closeDatabase();
    void pageChanged(int index);
    void updateModuleActions();
    void updateDatabaseState();
    /// The settings, with the cursor in the union's name when `unionName`.
    void openSettings(bool unionName = false);
    void showManual();
    void showAbout();
    void focusSearch();
    void createStartPage();
    /// Shows the steps of setting up the open database (also for one in use, from the Help menu).
    void showStartPage();
    /// Reads the steps again; returns whether the database is in use (a step that says so is done).
    bool refreshStartPage();
    void updateStartButton();
    void openImportLog();
    void openWorkingCalendar();

    std::vector<std::unique_ptr<Module>> m_modules;
    QList<Page> m_pages;
    std::unique_ptr<core::Database> m_db;
    DatabaseActions* m_databaseActions = nullptr;
    QUndoStack* m_undoStack;

    QListWidget* m_navigation;
    QStackedWidget* m_stack;
    StartPage* m_startPage = nullptr;
    bool m_databaseInUse = true;
    QToolBar* m_toolBar = nullptr;
    QLabel* m_databaseLabel = nullptr;
    std::function<bool(const QString&, const QString&)> m_ask;
    std::function<void(const QString&, const QString&)> m_warn;

    QMenu* m_fileMenu = nullptr;
    QMenu* m_editMenu = nullptr;
    QMenu* m_moduleMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_toolsMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    QActionGroup* m_pageGroup = nullptr;
    QAction* m_pageSeparator = nullptr;

    QAction* m_settingsAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_undoAction = nullptr;
    QAction* m_redoAction = nullptr;
    QAction* m_findAction = nullptr;
    QAction* m_manualAction = nullptr;
    QAction* m_startAction = nullptr;
    QAction* m_importLogAction = nullptr;
    QAction* m_calendarAction = nullptr;
    QAction* m_aboutAction = nullptr;
    QAction* m_aboutQtAction = nullptr;
    QAction* m_toolSeparator = nullptr;
    QList<QAction*> m_toolModuleActions;
};

} // namespace ud::ui
