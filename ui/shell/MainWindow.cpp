#include "ui/shell/MainWindow.h"
#include "ui/shell/UserSettings.h"
#include "ui/widgets/Folders.h"

#include "core/db/Backup.h"
#include "core/db/Database.h"
#include "ui/shell/AboutDialog.h"
#include "ui/shell/ConnectDialog.h"
#include "ui/shell/ImportLogDialog.h"
#include "ui/shell/SettingsDialog.h"
#include "ui/widgets/BusyCursor.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
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
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QToolBar>
#include <QUndoStack>

#include <limits>

namespace ud::ui {

namespace {

const QString kFolderKey = QStringLiteral("mainWindow");
constexpr int kMaxRecent = 8;

QIcon icon(const char* name)
{
    return QIcon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(name)));
}

QString withSuffix(const QString& path, const QString& suffix)
{
    return QFileInfo(path).suffix().isEmpty() ? path + QLatin1Char('.') + suffix : path;
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
    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    layout->addWidget(divider);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    createActions();
    createMenus();
    createToolBar();
    createStatusBar();

    connect(m_navigation, &QListWidget::currentRowChanged, this, &MainWindow::pageChanged);

    resize(1200, 760);
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
    m_newAction = action(icon("database"), tr("&New Database…"), tr("Create a new, empty database file"),
                         &MainWindow::newDatabase);
    // Ctrl+N adds a record on the current page, as in every list program; a new database is rarer.
    m_newAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_openAction =
        action(icon("database"), tr("&Open Database…"), tr("Open a database file"), &MainWindow::chooseDatabase);
    m_openAction->setShortcut(QKeySequence::Open);
    m_connectAction = action(QIcon(), tr("Connect to &PostgreSQL Server…"),
                             tr("Use a database that several computers share"), &MainWindow::connectToServer);
    m_backupAction =
        action(icon("backup"), tr("&Back Up…"), tr("Save a copy of the whole database"), &MainWindow::chooseBackupFile);
    m_restoreAction = action(QIcon(), tr("&Restore from Backup…"),
                             tr("Replace the contents of the database with a backup"), &MainWindow::chooseRestoreFile);
    m_settingsAction = action(icon("settings"), tr("&Settings…"), QString(), &MainWindow::openSettings);
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

    m_findAction = action(QIcon(), tr("&Find"), tr("Go to the search field of the page"), &MainWindow::focusSearch);
    m_findAction->setShortcut(QKeySequence::Find);

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
    m_fileMenu->addAction(m_newAction);
    m_fileMenu->addAction(m_openAction);
    m_fileMenu->addAction(m_connectAction);
    m_recentMenu = m_fileMenu->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::rebuildRecentMenu);
    rebuildRecentMenu();
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_backupAction);
    m_fileMenu->addAction(m_restoreAction);
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

    m_helpMenu = menuBar()->addMenu(tr("&Help"));
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
    m_stack->addWidget(widget);

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
    connect(viewAction, &QAction::triggered, this, [this, index] { m_navigation->setCurrentRow(index); });

    m_pages.append({m, widget, viewAction});
    widget->setEnabled(m_db != nullptr);
    if (m_db) {
        try {
            m->databaseOpened(*m_db);
        } catch (const core::Error& e) {
            QMessageBox::warning(this, m->title(), e.message());
        }
    }

    if (m_navigation->currentRow() < 0 || usersettings::LastPage.value() == m->id())
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
    const int index = int(pageIds().indexOf(id));
    if (index >= 0)
        m_navigation->setCurrentRow(index);
}

QString MainWindow::currentPageId() const
{
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
    m_stack->setCurrentIndex(index);
    m_pages.at(index).viewAction->setChecked(true);
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
    addRecent(m_db->location().toSpec());
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
    m_backupAction->setEnabled(open);
    m_importLogAction->setEnabled(open);
    m_restoreAction->setEnabled(open && m_db->isSqlite() && !readOnly);

    if (open) {
        const core::DatabaseLocation& loc = m_db->location();
        m_databaseLabel->setText(readOnly ? tr("%1 · %2 · read-only").arg(loc.engineName(), loc.displayName())
                                          : QStringLiteral("%1 · %2").arg(loc.engineName(), loc.displayName()));
        m_databaseLabel->setToolTip(tr("The open database"));
        const QString name = loc.isSqlite() ? QFileInfo(loc.filePath).fileName() : loc.databaseName;
        setWindowTitle(tr("%1 — UnionDesk").arg(name));
    } else {
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

bool MainWindow::openRecord(const core::Table& table, qint64 id)
{
    for (const Page& p : std::as_const(m_pages)) {
        if (!p.module->showsRecordsOf(table))
            continue;
        showPage(p.module->id());
        try {
            if (p.module->openRecord(table, id))
                return true;
            warn(tr("Cannot Open the Record"), tr("The record no longer exists; another user may have deleted it."));
        } catch (const core::Error& e) {
            warn(tr("Cannot Open the Record"), e.message());
        }
        return false;
    }
    showStatusMessage(tr("%1 have no page to open them on.").arg(table.label()));
    return false;
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
}

QStringList MainWindow::recentDatabases()
{
    return usersettings::RecentDatabases.value();
}

void MainWindow::addRecent(const QString& spec)
{
    QStringList recent = recentDatabases();
    recent.removeAll(spec);
    recent.prepend(spec);
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    usersettings::RecentDatabases.set(recent);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList stored = recentDatabases();
    QStringList kept;
    for (const QString& spec : stored) {
        const auto loc = core::DatabaseLocation::parse(spec);
        if (!loc || (loc->isSqlite() && !QFileInfo::exists(loc->filePath)))
            continue; // the file was moved or deleted
        kept << spec;
        QAction* action = m_recentMenu->addAction(
            QStringLiteral("&%1  %2")
                .arg(kept.size())
                .arg(loc->isSqlite() ? QDir::toNativeSeparators(loc->filePath) : loc->displayName()));
        action->setToolTip(loc->engineName());
        const core::DatabaseLocation target = *loc;
        connect(action, &QAction::triggered, this, [this, target] { openDatabase(target); });
    }
    if (kept != stored)
        usersettings::RecentDatabases.set(kept);
    if (kept.isEmpty()) {
        m_recentMenu->addAction(tr("No recent databases"))->setEnabled(false);
        return;
    }
    m_recentMenu->addSeparator();
    connect(m_recentMenu->addAction(tr("&Clear List")), &QAction::triggered, this, [this] {
        usersettings::RecentDatabases.reset();
        rebuildRecentMenu();
    });
}

void MainWindow::newDatabase()
{
    QString path = QFileDialog::getSaveFileName(
        this, tr("New Database"), QDir(lastFolder(kFolderKey)).filePath(QStringLiteral("uniondesk.sqlite")),
        tr("UnionDesk databases (*.sqlite)"), nullptr, QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    path = withSuffix(path, QStringLiteral("sqlite"));
    rememberFolder(kFolderKey, path);
    const QFileInfo info(path);
    if (info.exists() && info.size() > 0) {
        // Never overwrite: the file may be someone's only copy of their data.
        QMessageBox::warning(this, tr("New Database"),
                             tr("The file %1 already exists. Choose another name, or open it with File › Open "
                                "Database….")
                                 .arg(QDir::toNativeSeparators(path)));
        return;
    }
    openDatabase(core::DatabaseLocation::sqlite(path), true);
}

void MainWindow::chooseDatabase()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Database"), lastFolder(kFolderKey),
                                                      tr("UnionDesk databases (*.sqlite *.db);;All files (*)"));
    if (path.isEmpty())
        return;
    rememberFolder(kFolderKey, path);
    openDatabase(core::DatabaseLocation::sqlite(path));
}

void MainWindow::connectToServer()
{
    ConnectDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted)
        openDatabase(dialog.location());
}

QString MainWindow::backupFolder() const
{
    return m_db ? core::Backup::backupFolder(*m_db, usersettings::BackupFolder.value()) : QString();
}

void MainWindow::chooseBackupFile()
{
    if (!m_db)
        return;
    const QString name = QStringLiteral("uniondesk-backup-%1.sqlite")
                             .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmm")));
    QString path = QFileDialog::getSaveFileName(this, tr("Back Up"), QDir(backupFolder()).filePath(name),
                                                tr("UnionDesk backups (*.sqlite)"));
    if (path.isEmpty())
        return;
    backUpTo(withSuffix(path, QStringLiteral("sqlite")));
}

bool MainWindow::backUpTo(const QString& file)
{
    if (!m_db)
        return false;
    try {
        BusyCursor busy;
        core::Backup::backupTo(*m_db, file);
    } catch (const core::Error& e) {
        QMessageBox::critical(this, tr("Backup Failed"), e.message());
        return false;
    }
    showStatusMessage(tr("Backup written to %1").arg(QDir::toNativeSeparators(file)));
    return true;
}

void MainWindow::chooseRestoreFile()
{
    if (!m_db || !m_db->isSqlite())
        return;
    const QString start = QFileInfo::exists(backupFolder()) ? backupFolder() : lastFolder(kFolderKey);
    const QString path = QFileDialog::getOpenFileName(this, tr("Restore from Backup"), start,
                                                      tr("UnionDesk backups (*.sqlite);;All files (*)"));
    if (!path.isEmpty())
        restoreFromBackup(path, true);
}

bool MainWindow::restoreFromBackup(const QString& file, bool confirm)
{
    if (!m_db || !m_db->isSqlite())
        return false;
    if (m_db->isReadOnly()) {
        warn(tr("Cannot Restore"), tr("The database %1 is open read-only (%2), so it cannot be replaced.")
                                       .arg(m_db->location().displayName(), m_db->readOnlyReason()));
        return false;
    }
    try {
        core::Backup::validateBackup(file);
    } catch (const core::Error& e) {
        QMessageBox::critical(this, tr("Cannot Restore"), e.message());
        return false;
    }
    const QString folder = backupFolder();
    if (confirm) {
        const auto answer = QMessageBox::question(
            this, tr("Restore from Backup"),
            tr("Everything in %1 will be replaced by the contents of the backup %2.")
                    .arg(QDir::toNativeSeparators(m_db->location().filePath), QDir::toNativeSeparators(file)) +
                QStringLiteral("\n\n") +
                tr("The current contents are saved first, as a backup in %1.").arg(QDir::toNativeSeparators(folder)) +
                QStringLiteral("\n\n") + tr("Restore now?"),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return false;
    }
    const core::DatabaseLocation location = m_db->location();
    QString saved;
    try {
        BusyCursor busy;
        // Keep every older backup this time: the one being restored may be the oldest in the folder.
        saved = core::Backup::automaticBackup(*m_db, folder, std::numeric_limits<int>::max());
        core::Backup::restoreFrom(*m_db, file);
    } catch (const core::Error& e) {
        QMessageBox::critical(this, tr("Restore Failed"), e.message());
        return false;
    }
    // Open it again so that every module reads the restored contents.
    if (!openDatabase(location))
        return false;
    showStatusMessage(tr("Restored from %1; the previous contents are in %2")
                          .arg(QDir::toNativeSeparators(file), QDir::toNativeSeparators(saved)));
    return true;
}

void MainWindow::openSettings()
{
    SettingsDialog dialog(this);
    dialog.exec();
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

void MainWindow::showAbout()
{
    AboutDialog dialog(m_db.get(), this);
    dialog.exec();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    usersettings::WindowGeometry.set(saveGeometry());
    usersettings::WindowState.set(saveState());
    if (!currentPageId().isEmpty())
        usersettings::LastPage.set(currentPageId());
    backUpOnClose();
    event->accept();
}

void MainWindow::backUpOnClose()
{
    if (!m_db || !m_db->isSqlite() || m_db->isReadOnly() || !usersettings::BackupOnClose.value())
        return;
    try {
        BusyCursor busy;
        core::Backup::automaticBackup(*m_db, backupFolder(), usersettings::BackupKeep.value(), true);
    } catch (const core::Error& e) {
        // A failed backup must never keep the clerk from closing the program.
        QMessageBox::warning(this, tr("Automatic Backup Failed"),
                             e.message() + QStringLiteral("\n\n") +
                                 tr("UnionDesk closes anyway; the database itself is not affected."));
    }
}

} // namespace ud::ui
