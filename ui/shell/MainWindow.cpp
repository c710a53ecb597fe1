#include "ui/shell/MainWindow.h"
#include "ui/shell/UserSettings.h"

#include "core/db/Database.h"
#include "ui/calendar/WorkingCalendarDialog.h"
#include "ui/shell/AboutDialog.h"
#include "ui/shell/DatabaseActions.h"
#include "ui/shell/ImportLogDialog.h"
#include "ui/shell/ManualDialog.h"
#include "ui/shell/SettingsDialog.h"
#include "ui/shell/StartPage.h"
#include "ui/widgets/BusyCursor.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QFileInfo>
#include <QFrame>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace ud::ui {

namespace {

// The id currentPageId() and showPage() give the start page.
constexpr char kStartPage[] = "start";

QIcon icon(const char* name)
{
    return QIcon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(name)));
}

/// The first start's window: 1440 × 900 where the screen has room, else nine tenths of what it offers.
QSize defaultWindowSize()
{
    const QScreen* screen = QGuiApplication::primaryScreen();
    if (!screen)
        return {1200, 760};
    const QSize available = screen->availableSize();
    return {qMin(1440, available.width() * 9 / 10), qMin(900, available.height() * 9 / 10)};
}

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent), m_undoStack(new QUndoStack(this)), m_navigation(new QListWidget(this)),
      m_stack(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("mainWindow"));

    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setFixedWidth(184);
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setIconSize(QSize(20, 20));
    m_navigation->setUniformItemSizes(true);
    m_navigation->setSelectionMode(QAbstractItemView::SingleSelection);
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_navigation->setFocusPolicy(Qt::TabFocus);
    m_navigation->setStyleSheet(QStringLiteral(
        "QListWidget#navigation { background: palette(window); border: none; outline: 0; padding: 10px 8px; }"
        "QListWidget#navigation::item { border-radius: 6px; padding: 0 8px; margin: 1px 0; color: palette(text); }"
        "QListWidget#navigation::item:hover:!selected { background: rgba(128, 128, 128, 36); }"
        "QListWidget#navigation::item:selected { background: palette(highlight); "
        "color: palette(highlighted-text); }"));

    auto* divider = new QFrame(this);
    divider->setFrameShape(QFrame::VLine);
    divider->setFrameShadow(QFrame::Plain);
    divider->setForegroundRole(QPalette::Mid);
    divider->setFixedWidth(1);

    m_stack->setObjectName(QStringLiteral("pages"));
    m_databaseActions = new DatabaseActions(*this);
    createStartPage();
    auto* side = new QWidget(this);
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->setSpacing(0);
    auto* startRow = new QHBoxLayout; // takes no room while the button is hidden
    startRow->setContentsMargins(8, 10, 8, 0);
    startRow->addWidget(m_startPage->navigationButton());
    sideLayout->addLayout(startRow);
    sideLayout->addWidget(m_navigation, 1);
    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(side);
    layout->addWidget(divider);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    createActions();
    createMenus();
    createToolBar();
    createStatusBar();

    connect(m_navigation, &QListWidget::currentRowChanged, this, &MainWindow::pageChanged);
    // Under the start page the navigation keeps its current row, unselected: a click on it goes back there.
    connect(m_navigation, &QListWidget::itemClicked, this, [this](QListWidgetItem* item) {
        if (m_stack->currentWidget() == m_startPage)
            pageChanged(m_navigation->row(item));
    });

    resize(defaultWindowSize());
    restoreGeometry(usersettings::WindowGeometry.value());
    restoreState(usersettings::WindowState.value());
    updateDatabaseState();
}

MainWindow::~MainWindow()
{
    // Pages hold the database through their models: let them let go before it closes.
    closeDatabase();
}

void MainWindow::createActions()
{
    // A menu action that runs `slot` of this window; the status tip may be empty.
    const auto action = [this](const QIcon& actionIcon, const QString& text, const QString& statusTip, auto slot) {
        auto* a = new QAction(actionIcon, text, this);
        a->setStatusTip(statusTip);
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    m_settingsAction = action(icon("settings"), tr("&Settings…"), QString(), [this] { openSettings(); });
    m_settingsAction->setShortcut(QKeySequence::Preferences);
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    m_quitAction = action(QIcon(), tr("&Quit"), QString(), &QWidget::close);
    m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setMenuRole(QAction::QuitRole);

    m_undoAction = m_undoStack->createUndoAction(this, tr("&Undo"));
    m_undoAction->setIcon(icon("undo"));
    m_undoAction->setShortcuts(QKeySequence::Undo);
    m_redoAction = m_undoStack->createRedoAction(this, tr("&Redo"));
    m_redoAction->setIcon(icon("redo"));
    m_redoAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});

    m_importLogAction =
        action(QIcon(), tr("Import &Log…"), tr("Every import and copy to the next year, each of which can be undone"),
               &MainWindow::openImportLog);
    m_importLogAction->setObjectName(QStringLiteral("importLogAction"));

    m_calendarAction = action(QIcon(), tr("Working &Calendar…"),
                              tr("The days off and the Saturdays and Sundays worked of each year, from the State "
                                 "Council's notices: what periods of working days (a 公示) are counted on"),
                              &MainWindow::openWorkingCalendar);
    m_calendarAction->setObjectName(QStringLiteral("workingCalendarAction"));

    m_findAction = action(QIcon(), tr("&Find"), tr("Go to the search field of the page"), &MainWindow::focusSearch);
    m_findAction->setShortcut(QKeySequence::Find);

    m_manualAction = action(QIcon(), tr("User &Manual"), tr("A short manual of UnionDesk"), &MainWindow::showManual);
    m_manualAction->setShortcut(QKeySequence::HelpContents);
    m_startAction = action(QIcon(), tr("&Getting Started"), tr("The steps of setting up a new database"),
                           &MainWindow::showStartPage);
    m_aboutAction = action(icon("app"), tr("&About UnionDesk"), QString(), &MainWindow::showAbout);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    m_aboutQtAction = new QAction(tr("About &Qt"), this);
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);

    m_pageGroup = new QActionGroup(this);
    m_pageGroup->setExclusive(true);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(tr("&File"));
    m_fileMenu->addAction(m_databaseActions->newAction());
    m_fileMenu->addAction(m_databaseActions->openAction());
    m_fileMenu->addAction(m_databaseActions->connectAction());
    m_databaseActions->addRecentMenu(m_fileMenu);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_databaseActions->backupAction());
    m_fileMenu->addAction(m_databaseActions->restoreAction());
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_settingsAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_editMenu = menuBar()->addMenu(tr("&Edit"));
    m_editMenu->addAction(m_undoAction);
    m_editMenu->addAction(m_redoAction);
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_importLogAction);
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_findAction);

    // The current module's menu, between Edit and View; filled when the page changes.
    m_moduleMenu = menuBar()->addMenu(QString());
    m_moduleMenu->setObjectName(QStringLiteral("moduleMenu"));
    m_moduleMenu->menuAction()->setVisible(false);

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_pageSeparator = m_viewMenu->addSeparator();

    m_toolsMenu = menuBar()->addMenu(tr("&Tools"));
    m_toolsMenu->addAction(m_calendarAction);

    m_helpMenu = menuBar()->addMenu(tr("&Help"));
    m_helpMenu->addAction(m_manualAction);
    m_helpMenu->addAction(m_startAction);
    m_helpMenu->addSeparator();
    m_helpMenu->addAction(m_aboutAction);
    m_helpMenu->addAction(m_aboutQtAction);
}

void MainWindow::createToolBar()
{
    m_toolBar = addToolBar(tr("Tool Bar"));
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setMovable(false);
    m_toolBar->setFloatable(false);
    m_toolBar->setIconSize(QSize(20, 20));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonIconOnly);
    m_toolBar->addAction(m_undoAction);
    m_toolBar->addAction(m_redoAction);
    m_toolSeparator = m_toolBar->addSeparator();
    m_toolSeparator->setVisible(false);

    QAction* toggle = m_toolBar->toggleViewAction();
    toggle->setText(tr("Show &Tool Bar"));
    m_viewMenu->addAction(toggle);
}

void MainWindow::createStatusBar()
{
    m_databaseLabel = new QLabel(this);
    m_databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    m_databaseLabel->setContentsMargins(8, 0, 8, 0);
    m_databaseLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addPermanentWidget(m_databaseLabel);
    statusBar()->setSizeGripEnabled(true);
}

void MainWindow::addModule(std::unique_ptr<Module> module)
{
    Module* m = module.get();
    m_modules.push_back(std::move(module));

    QWidget* widget = m->createPage(*this);
    widget->setObjectName(widget->objectName().isEmpty() ? m->id() + QStringLiteral("Page") : widget->objectName());
    // Before the start page, which stays the last: page i of the stack is the module of navigation row i.
    m_stack->insertWidget(int(m_pages.size()), widget);

    auto* item = new QListWidgetItem(m->icon(), m->title(), m_navigation);
    item->setSizeHint(QSize(0, 36));
    item->setData(Qt::UserRole, m->id());
    item->setToolTip(m->title());

    const int index = int(m_pages.size());
    auto* viewAction = new QAction(m->icon(), m->title(), this);
    viewAction->setCheckable(true);
    viewAction->setData(m->id());
    if (index < 9)
        viewAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + index)));
    m_pageGroup->addAction(viewAction);
    m_viewMenu->insertAction(m_pageSeparator, viewAction);
    connect(viewAction, &QAction::triggered, this, [this, id = m->id()] { showPage(id); });

    m_pages.append({m, widget, viewAction});
    widget->setEnabled(m_db != nullptr);
    if (m_db) {
        try {
            m->databaseOpened(*m_db);
        } catch (const core::Error& e) {
            QMessageBox::warning(this, m->title(), e.message());
        }
    }

    if (m_navigation->currentRow() < 0)
        m_navigation->setCurrentRow(index);
}

QStringList MainWindow::pageIds() const
{
    QStringList ids;
    for (const Page& p : m_pages)
        ids << p.module->id();
    return ids;
}

void MainWindow::showPage(const QString& id)
{
    if (id == QLatin1String(kStartPage)) {
        showStartPage();
        return;
    }
    const int index = int(pageIds().indexOf(id));
    if (index < 0)
        return;
    // The row may be current already, under the start page.
    if (m_navigation->currentRow() == index)
        pageChanged(index);
    else
        m_navigation->setCurrentRow(index);
}

QString MainWindow::currentPageId() const
{
    if (m_stack->currentWidget() == m_startPage)
        return QString::fromLatin1(kStartPage);
    const int index = m_stack->currentIndex();
    return index >= 0 && index < m_pages.size() ? m_pages.at(index).module->id() : QString();
}

QWidget* MainWindow::page(const QString& id) const
{
    for (const Page& p : m_pages)
        if (p.module->id() == id)
            return p.widget;
    return nullptr;
}

void MainWindow::pageChanged(int index)
{
    if (index < 0 || index >= m_pages.size())
        return;
    m_navigation->item(index)->setSelected(true);
    m_stack->setCurrentIndex(index);
    m_pages.at(index).viewAction->setChecked(true);
    updateStartButton();
    updateModuleActions();
}

void MainWindow::updateModuleActions()
{
    for (QAction* action : std::as_const(m_toolModuleActions))
        m_toolBar->removeAction(action);
    m_toolModuleActions.clear();
    m_moduleMenu->clear();

    const int index = m_stack->currentIndex();
    if (index < 0 || index >= m_pages.size()) {
        m_moduleMenu->menuAction()->setVisible(false);
        m_toolSeparator->setVisible(false);
        return;
    }
    Module* module = m_pages.at(index).module;
    m_toolModuleActions = module->actions();
    m_toolBar->addActions(m_toolModuleActions);
    m_toolSeparator->setVisible(!m_toolModuleActions.isEmpty());
    m_moduleMenu->setTitle(module->menuTitle());
    m_moduleMenu->addActions(m_toolModuleActions);
    m_moduleMenu->menuAction()->setVisible(!m_toolModuleActions.isEmpty());
}

bool MainWindow::openDatabase(const core::DatabaseLocation& location, bool create)
{
    core::DatabaseLocation target = location;
    std::unique_ptr<core::Database> db;
    core::OpenOptions options;
    options.create = create;
    while (!db) {
        try {
            BusyCursor busy;
            db = core::Database::open(target, options);
        } catch (const core::DatabaseMissing& e) {
            // A mistyped or moved path: a new, empty database there only when the user says so.
            if (!ask(tr("New Database"),
                     e.message() + QStringLiteral("\n\n") + tr("Create a new, empty database there?")))
                return false;
            options.create = true;
        } catch (const core::PasswordRequired& e) {
            bool ok = false;
            const QString password = QInputDialog::getText(
                this, tr("Password"),
                tr("The PostgreSQL server %1 asks for the password of %2:").arg(target.host, target.user),
                QLineEdit::Password, QString(), &ok);
            if (!ok)
                return false;
            target.password = password;
        } catch (const core::Error& e) {
            QMessageBox::critical(this, tr("Cannot Open the Database"), e.message());
            return false;
        }
    }

    // Another database takes the place of the open one: the one left is backed up, as on closing the window.
    if (m_db && m_db->location().toSpec() != db->location().toSpec())
        m_databaseActions->backUpOnLeaving();
    closeDatabase();
    m_db = std::move(db);
    for (const Page& p : std::as_const(m_pages)) {
        try {
            p.module->databaseOpened(*m_db);
        } catch (const core::Error& e) {
            QMessageBox::warning(this, p.module->title(), e.message());
        }
    }
    updateDatabaseState();
    // A database not in use yet opens on the steps of setting it up, one in use on the first page (the overview).
    if (!refreshStartPage())
        showStartPage();
    else
        showPage(pageIds().value(0));
    m_databaseActions->addRecent(m_db->location().toSpec());
    showStatusMessage(tr("Opened %1").arg(m_db->location().displayName()));
    if (m_db->isReadOnly())
        warn(tr("Opened Read-Only"),
             tr("The database %1 is open read-only: %2.").arg(m_db->location().displayName(), m_db->readOnlyReason()) +
                 QStringLiteral("\n\n") +
                 tr("You can look at everything, print and export, but nothing can be changed. To make changes, "
                    "copy the file to a folder of your own, or ask for write access."));
    return true;
}

void MainWindow::closeDatabase()
{
    if (!m_db)
        return;
    // Undo commands refer to rows of this database.
    m_undoStack->clear();
    for (const Page& p : std::as_const(m_pages)) {
        try {
            p.module->databaseClosed();
        } catch (const core::Error&) {
            // Closing goes on: the module lets go of the database either way.
        }
    }
    m_db.reset();
    updateDatabaseState();
}

void MainWindow::updateDatabaseState()
{
    const bool open = m_db != nullptr;
    for (const Page& p : std::as_const(m_pages))
        p.widget->setEnabled(open);
    const bool readOnly = open && m_db->isReadOnly();
    m_databaseActions->updateState();
    m_importLogAction->setEnabled(open);
    m_calendarAction->setEnabled(open);

    if (open) {
        const core::DatabaseLocation& loc = m_db->location();
        const bool demo = DatabaseActions::isDemo(loc);
        m_databaseLabel->setText((readOnly ? tr("%1 · %2 · read-only").arg(loc.engineName(), loc.displayName())
                                           : QStringLiteral("%1 · %2").arg(loc.engineName(), loc.displayName())) +
                                 (demo ? tr(" · demo data") : QString()));
        m_databaseLabel->setToolTip(demo ? tr("The demo database: made-up data to try the program on")
                                         : tr("The open database"));
        const QString name = loc.isSqlite() ? QFileInfo(loc.filePath).fileName() : loc.databaseName;
        setWindowTitle(demo ? tr("%1 (demo data) — UnionDesk").arg(name) : tr("%1 — UnionDesk").arg(name));
    } else {
        m_startPage->navigationButton()->hide();
        m_databaseLabel->setText(tr("No database open"));
        m_databaseLabel->setToolTip(tr("Use File › New Database… or File › Open Database…"));
        setWindowTitle(tr("UnionDesk"));
    }
}

QString MainWindow::databaseLabelText() const
{
    return m_databaseLabel->text();
}

core::Database* MainWindow::database() const
{
    return m_db.get();
}

QUndoStack* MainWindow::undoStack() const
{
    return m_undoStack;
}

QWidget* MainWindow::window() const
{
    return const_cast<MainWindow*>(this);
}

void MainWindow::showStatusMessage(const QString& text)
{
    statusBar()->showMessage(text, 8000);
}

void MainWindow::addStatusWidget(QWidget* widget)
{
    statusBar()->insertPermanentWidget(0, widget);
}

void MainWindow::warn(const QString& title, const QString& message)
{
    if (m_warn)
        m_warn(title, message);
    else
        QMessageBox::warning(this, title, message);
}

bool MainWindow::ask(const QString& title, const QString& question)
{
    if (m_ask)
        return m_ask(title, question);
    return QMessageBox::question(this, title, question, QMessageBox::Yes | QMessageBox::No, QMessageBox::No) ==
           QMessageBox::Yes;
}

void MainWindow::setPrompts(std::function<bool(const QString&, const QString&)> ask,
                            std::function<void(const QString&, const QString&)> warn)
{
    m_ask = std::move(ask);
    m_warn = std::move(warn);
}

Module* MainWindow::moduleShowing(const core::Table& table) const
{
    for (const Page& p : m_pages)
        if (p.module->showsRecordsOf(table))
            return p.module;
    return nullptr;
}

bool MainWindow::openRecord(const core::Table& table, qint64 id)
{
    Module* module = moduleShowing(table);
    if (!module) {
        showStatusMessage(tr("%1 have no page to open them on.").arg(table.label()));
        return false;
    }
    showPage(module->id());
    try {
        if (module->openRecord(table, id))
            return true;
        warn(tr("Cannot Open the Record"), tr("The record no longer exists; another user may have deleted it."));
    } catch (const core::Error& e) {
        warn(tr("Cannot Open the Record"), e.message());
    }
    return false;
}

bool MainWindow::openFiltered(const core::PageFilter& filter)
{
    const std::optional<core::Table> table = core::tableNamed(filter.table);
    Module* module = table ? moduleShowing(*table) : nullptr;
    if (!module) {
        showStatusMessage(tr("%1 have no page to open them on.").arg(core::tableLabel(filter.table)));
        return false;
    }
    showPage(module->id());
    try {
        module->showFiltered(filter);
    } catch (const core::Error& e) {
        warn(tr("Cannot Show the List"), e.message());
    }
    return true;
}

void MainWindow::notifyDataChanged(const core::Table& table)
{
    for (const Page& p : std::as_const(m_pages)) {
        try {
            p.module->dataChanged(table);
        } catch (const core::Error& e) {
            showStatusMessage(e.message());
        }
    }
    refreshStartPage();
}

QStringList MainWindow::recentDatabases()
{
    return DatabaseActions::recentDatabases();
}

bool MainWindow::backUpTo(const QString& file)
{
    return m_databaseActions->backUpTo(file);
}

bool MainWindow::restoreFromBackup(const QString& file, bool confirm)
{
    return m_databaseActions->restoreFromBackup(file, confirm);
}

void MainWindow::openSettings(bool unionName)
{
    SettingsDialog dialog(m_db.get(), this);
    if (unionName)
        dialog.focusUnionName();
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_databaseActions->checkSecondFolder();
    if (dialog.unionNameChanged())
        notifyDataChanged(core::tables::Settings);
}

void MainWindow::focusSearch()
{
    const int index = m_stack->currentIndex();
    QWidget* field = index >= 0 && index < m_pages.size() ? m_pages.at(index).module->searchField() : nullptr;
    if (!field || !field->isEnabled()) {
        statusBar()->showMessage(tr("This page has no search field."), 3000);
        return;
    }
    field->setFocus(Qt::ShortcutFocusReason);
    if (auto* edit = qobject_cast<QLineEdit*>(field))
        edit->selectAll();
}

void MainWindow::openImportLog()
{
    if (!m_db)
        return;
    ImportLogDialog dialog(*this, this);
    dialog.exec();
}

void MainWindow::openWorkingCalendar()
{
    if (!m_db)
        return;
    WorkingCalendarDialog dialog(*this, this);
    dialog.exec();
}

void MainWindow::showManual()
{
    ManualDialog dialog(this);
    dialog.exec();
}

void MainWindow::showAbout()
{
    AboutDialog dialog(m_db.get(), this);
    dialog.exec();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    usersettings::WindowGeometry.set(saveGeometry());
    usersettings::WindowState.set(saveState());
    m_databaseActions->backUpOnClose();
    event->accept();
}

// The start page: the steps of setting up the open database.

void MainWindow::createStartPage()
{
    m_startPage = new StartPage(this);
    m_stack->addWidget(m_startPage);
    connect(m_startPage, &StartPage::demoRequested, m_databaseActions, &DatabaseActions::openDemo);
    connect(m_startPage, &StartPage::unionNameRequested, this, [this] { openSettings(true); });
    connect(m_startPage, &StartPage::pageRequested, this, &MainWindow::showPage);
    connect(m_startPage->navigationButton(), &QToolButton::clicked, this, &MainWindow::showStartPage);
}

void MainWindow::showStartPage()
{
    if (!m_db)
        return;
    refreshStartPage();
    m_navigation->clearSelection();
    m_stack->setCurrentWidget(m_startPage);
    updateStartButton();
    updateModuleActions();
}

bool MainWindow::refreshStartPage()
{
    if (!m_db)
        return true;
    QList<Module*> modules;
    for (const Page& p : std::as_const(m_pages))
        modules << p.module;
    m_databaseInUse = m_startPage->refresh(*m_db, modules);
    updateStartButton();
    return m_databaseInUse;
}

void MainWindow::updateStartButton()
{
    const bool shown = m_stack->currentWidget() == m_startPage;
    QToolButton* button = m_startPage->navigationButton();
    button->setChecked(shown);
    button->setVisible(m_db && (shown || !m_databaseInUse));
    m_startAction->setEnabled(m_db != nullptr);
}

} // namespace ud::ui
