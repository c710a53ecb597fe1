#include "ui/shell/DatabaseActions.h"

#include "core/aid/AidDemo.h"
#include "core/awards/AwardsDemo.h"
#include "core/care/CareDemo.h"
#include "core/congress/CongressDemo.h"
#include "core/db/Backup.h"
#include "core/db/Database.h"
#include "core/members/DemoData.h"
#include "core/schedule/ScheduleDemo.h"
#include "ui/shell/ConnectDialog.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/RestoreDialog.h"
#include "ui/shell/UserSettings.h"
#include "ui/widgets/BusyCursor.h"
#include "ui/widgets/Folders.h"

#include <QAction>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>

#include <limits>

namespace ud::ui {

namespace {

// The texts are those of the window's File menu and keep its translation context.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ud::ui::MainWindow)
};

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

DatabaseActions::DatabaseActions(MainWindow& window) : QObject(&window), m_window(window)
{
    // A menu action that runs `slot`; the status tip may be empty.
    const auto action = [this](const QIcon& actionIcon, const QString& text, const QString& statusTip, auto slot) {
        auto* a = new QAction(actionIcon, text, &m_window);
        a->setStatusTip(statusTip);
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    m_newAction = action(icon("database"), Tr::tr("&New Database…"), Tr::tr("Create a new, empty database file"),
                         &DatabaseActions::newDatabase);
    // Ctrl+N adds a record on the current page, as in every list program; a new database is rarer.
    m_newAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_openAction = action(icon("database"), Tr::tr("&Open Database…"), Tr::tr("Open a database file"),
                          &DatabaseActions::chooseDatabase);
    m_openAction->setShortcut(QKeySequence::Open);
    m_connectAction = action(QIcon(), Tr::tr("Connect to &PostgreSQL Server…"),
                             Tr::tr("Use a database that several computers share"), &DatabaseActions::connectToServer);
    m_backupAction = action(icon("backup"), Tr::tr("&Back Up…"), Tr::tr("Save a copy of the whole database"),
                            &DatabaseActions::chooseBackupFile);
    m_restoreAction =
        action(QIcon(), Tr::tr("&Restore from Backup…"), Tr::tr("Replace the contents of the database with a backup"),
               &DatabaseActions::chooseRestoreFile);

    m_secondFolderWarning = new QLabel(Tr::tr("Second backup folder missing"));
    m_secondFolderWarning->setObjectName(QStringLiteral("secondFolderWarning"));
    m_secondFolderWarning->setStyleSheet(QStringLiteral("QLabel { color: #a33a00; font-weight: bold; }"));
    m_secondFolderWarning->setContentsMargins(8, 0, 8, 0);
    m_secondFolderWarning->hide();
    m_window.addStatusWidget(m_secondFolderWarning);
}

void DatabaseActions::addRecentMenu(QMenu* menu)
{
    m_recentMenu = menu->addMenu(Tr::tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &DatabaseActions::rebuildRecentMenu);
    rebuildRecentMenu();
}

void DatabaseActions::updateState()
{
    core::Database* db = m_window.database();
    const bool open = db != nullptr;
    m_backupAction->setEnabled(open);
    m_restoreAction->setEnabled(open && db->isSqlite() && !db->isReadOnly());
    checkSecondFolder();
}

QStringList DatabaseActions::recentDatabases()
{
    return usersettings::RecentDatabases.value();
}

void DatabaseActions::addRecent(const QString& spec)
{
    QStringList recent = recentDatabases();
    recent.removeAll(spec);
    recent.prepend(spec);
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    usersettings::RecentDatabases.set(recent);
    rebuildRecentMenu();
}

void DatabaseActions::rebuildRecentMenu()
{
    if (!m_recentMenu)
        return;
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
        connect(action, &QAction::triggered, this, [this, target] { m_window.openDatabase(target); });
    }
    if (kept != stored)
        usersettings::RecentDatabases.set(kept);
    if (kept.isEmpty()) {
        m_recentMenu->addAction(Tr::tr("No recent databases"))->setEnabled(false);
        return;
    }
    m_recentMenu->addSeparator();
    connect(m_recentMenu->addAction(Tr::tr("&Clear List")), &QAction::triggered, this, [this] {
        usersettings::RecentDatabases.reset();
        rebuildRecentMenu();
    });
}

void DatabaseActions::newDatabase()
{
    QString path = QFileDialog::getSaveFileName(
        &m_window, Tr::tr("New Database"), QDir(lastFolder(kFolderKey)).filePath(QStringLiteral("uniondesk.sqlite")),
        Tr::tr("UnionDesk databases (*.sqlite)"), nullptr, QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    path = withSuffix(path, QStringLiteral("sqlite"));
    rememberFolder(kFolderKey, path);
    const QFileInfo info(path);
    if (info.exists() && info.size() > 0) {
        // Never overwrite: the file may be someone's only copy of their data.
        QMessageBox::warning(&m_window, Tr::tr("New Database"),
                             Tr::tr("The file %1 already exists. Choose another name, or open it with File › Open "
                                    "Database….")
                                 .arg(QDir::toNativeSeparators(path)));
        return;
    }
    m_window.openDatabase(core::DatabaseLocation::sqlite(path), true);
}

void DatabaseActions::chooseDatabase()
{
    const QString path = QFileDialog::getOpenFileName(&m_window, Tr::tr("Open Database"), lastFolder(kFolderKey),
                                                      Tr::tr("UnionDesk databases (*.sqlite *.db);;All files (*)"));
    if (path.isEmpty())
        return;
    rememberFolder(kFolderKey, path);
    m_window.openDatabase(core::DatabaseLocation::sqlite(path));
}

void DatabaseActions::connectToServer()
{
    ConnectDialog dialog(&m_window);
    if (dialog.exec() == QDialog::Accepted)
        m_window.openDatabase(dialog.location());
}

QString DatabaseActions::backupFolder() const
{
    core::Database* db = m_window.database();
    return db ? core::Backup::backupFolder(*db, usersettings::BackupFolder.value()) : QString();
}

QStringList DatabaseActions::backupFolders() const
{
    QStringList folders{backupFolder()};
    const QString second = usersettings::SecondBackupFolder.value();
    if (!second.isEmpty() && QDir::cleanPath(QFileInfo(second).absoluteFilePath()) !=
                                 QDir::cleanPath(QFileInfo(folders.first()).absoluteFilePath()))
        folders << second;
    return folders;
}

void DatabaseActions::checkSecondFolder()
{
    const QStringList folders = backupFolders();
    const bool missing = backsUpAutomatically() && folders.size() > 1 && !QFileInfo(folders.at(1)).isDir();
    if (missing)
        m_secondFolderWarning->setToolTip(
            Tr::tr("The second backup folder %1 is not there (a USB stick that is not plugged in, a network share that "
                   "is not connected). Automatic backups go to %2 only until it is back.")
                .arg(QDir::toNativeSeparators(folders.at(1)), QDir::toNativeSeparators(folders.first())));
    m_secondFolderWarning->setVisible(missing);
}

bool DatabaseActions::backsUpAutomatically() const
{
    core::Database* db = m_window.database();
    // The demo database holds nothing worth keeping.
    return db && db->isSqlite() && !db->isReadOnly() && !isDemo(db->location()) && usersettings::BackupOnClose.value();
}

// The automatic backup into each backup folder that is there: the first is made when missing, a second folder that
// is missing (the stick is not plugged in) is left out. A failure in one does not stop the other. Returns what failed.
QStringList DatabaseActions::writeAutomaticBackups()
{
    core::Database& db = *m_window.database();
    const int keep = usersettings::BackupKeep.value();
    const QStringList folders = backupFolders();
    QStringList problems;
    BusyCursor busy;
    for (int i = 0; i < folders.size(); ++i) {
        if (i > 0 && !QFileInfo(folders.at(i)).isDir())
            continue;
        try {
            core::Backup::automaticBackup(db, folders.at(i), keep, true);
        } catch (const core::Error& e) {
            problems << e.message();
        }
    }
    checkSecondFolder();
    return problems;
}

void DatabaseActions::backUpOnLeaving()
{
    if (!backsUpAutomatically())
        return;
    const QString name = m_window.database()->location().displayName();
    m_window.showStatusMessage(Tr::tr("Backing up %1…").arg(name));
    m_window.repaint();
    const QStringList problems = writeAutomaticBackups();
    if (!problems.isEmpty())
        m_window.warn(Tr::tr("Automatic Backup Failed"),
                      problems.join(QStringLiteral("\n\n")) + QStringLiteral("\n\n") +
                          Tr::tr("The other database opens all the same; %1 itself is not affected.").arg(name));
}

core::DatabaseLocation DatabaseActions::demoLocation()
{
    const QFileInfo own(core::DatabaseLocation::defaultLocation().filePath);
    return core::DatabaseLocation::sqlite(own.absoluteDir().filePath(QStringLiteral("uniondesk-demo.sqlite")));
}

bool DatabaseActions::isDemo(const core::DatabaseLocation& location)
{
    return location.isSqlite() &&
           QFileInfo(location.filePath).absoluteFilePath() == QFileInfo(demoLocation().filePath).absoluteFilePath();
}

bool DatabaseActions::openDemo()
{
    const core::DatabaseLocation demo = demoLocation();
    core::Database* left = m_window.database();
    const QString own = left && !isDemo(left->location()) ? left->location().displayName() : QString();
    try {
        BusyCursor busy;
        m_window.showStatusMessage(Tr::tr("Making the demo database…"));
        auto db = core::Database::open(demo);
        // Made now, or left empty by an earlier try that failed: filled. One the user tried things on stays so.
        if (core::Backup::contentsOf(*db).members == 0) {
            // Every module's demo data, as `uniondesk demo` makes it: the overview has something to show.
            core::DemoData::generate(*db, {});
            core::ScheduleDemo::generate(*db, {});
            core::CongressDemo::generate(*db, {});
            core::CareDemo::generate(*db, {});
            core::AidDemo::generate(*db, {});
            core::AwardsDemo::generate(*db, {});
        }
    } catch (const core::Error& e) {
        QMessageBox::critical(&m_window, Tr::tr("Cannot Make the Demo Database"), e.message());
        return false;
    }
    if (!m_window.openDatabase(demo))
        return false;
    m_window.showStatusMessage(own.isEmpty() ? Tr::tr("Demo database: made-up members to try things on.")
                                             : Tr::tr("Demo database: made-up members to try things on. Your own "
                                                      "database %1 is as it was; File › Open Recent opens it again.")
                                                   .arg(own));
    return true;
}

void DatabaseActions::chooseBackupFile()
{
    core::Database* db = m_window.database();
    if (!db)
        return;
    const QString name = core::Backup::manualBackupName(db->location());
    QString path = QFileDialog::getSaveFileName(&m_window, Tr::tr("Back Up"), QDir(backupFolder()).filePath(name),
                                                Tr::tr("UnionDesk backups (*.sqlite)"));
    if (path.isEmpty())
        return;
    backUpTo(withSuffix(path, QStringLiteral("sqlite")));
}

bool DatabaseActions::backUpTo(const QString& file)
{
    core::Database* db = m_window.database();
    if (!db)
        return false;
    try {
        BusyCursor busy;
        core::Backup::backupTo(*db, file);
    } catch (const core::Error& e) {
        QMessageBox::critical(&m_window, Tr::tr("Backup Failed"), e.message());
        return false;
    }
    m_window.showStatusMessage(Tr::tr("Backup written to %1").arg(QDir::toNativeSeparators(file)));
    return true;
}

void DatabaseActions::chooseRestoreFile()
{
    core::Database* db = m_window.database();
    if (!db || !db->isSqlite())
        return;
    RestoreDialog dialog(*db, backupFolders(), backupFolder(), &m_window);
    if (dialog.exec() == QDialog::Accepted && !dialog.selectedFile().isEmpty())
        restoreFromBackup(dialog.selectedFile(), true);
}

bool DatabaseActions::restoreFromBackup(const QString& file, bool confirm)
{
    core::Database* db = m_window.database();
    if (!db || !db->isSqlite())
        return false;
    if (db->isReadOnly()) {
        m_window.warn(Tr::tr("Cannot Restore"),
                      Tr::tr("The database %1 is open read-only (%2), so it cannot be replaced.")
                          .arg(db->location().displayName(), db->readOnlyReason()));
        return false;
    }
    try {
        core::Backup::validateBackup(file);
    } catch (const core::Error& e) {
        QMessageBox::critical(&m_window, Tr::tr("Cannot Restore"), e.message());
        return false;
    }
    const QString folder = backupFolder();
    if (confirm) {
        const auto answer = QMessageBox::question(
            &m_window, Tr::tr("Restore from Backup"),
            Tr::tr("Everything in %1 (%2) will be replaced by the contents of the backup %3 (%4).")
                    .arg(QDir::toNativeSeparators(db->location().filePath),
                         RestoreDialog::contentsText(core::Backup::contentsOf(*db)), QDir::toNativeSeparators(file),
                         RestoreDialog::contentsText(core::Backup::inspectBackup(file).contents)) +
                QStringLiteral("\n\n") +
                Tr::tr("The current contents are saved first, as a backup in %1.")
                    .arg(QDir::toNativeSeparators(folder)) +
                QStringLiteral("\n\n") + Tr::tr("Restore now?"),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return false;
    }
    const core::DatabaseLocation location = db->location();
    QString saved;
    try {
        BusyCursor busy;
        // Keep every older backup this time: the one being restored may be the oldest in the folder.
        saved = core::Backup::automaticBackup(*db, folder, std::numeric_limits<int>::max());
        core::Backup::restoreFrom(*db, file);
    } catch (const core::Error& e) {
        QMessageBox::critical(&m_window, Tr::tr("Restore Failed"), e.message());
        return false;
    }
    // Open it again so that every module reads the restored contents.
    if (!m_window.openDatabase(location))
        return false;
    m_window.showStatusMessage(Tr::tr("Restored from %1; the previous contents are in %2")
                                   .arg(QDir::toNativeSeparators(file), QDir::toNativeSeparators(saved)));
    return true;
}

void DatabaseActions::backUpOnClose()
{
    if (!backsUpAutomatically())
        return;
    const QStringList problems = writeAutomaticBackups();
    // A failed backup must never keep the clerk from closing the program.
    if (!problems.isEmpty())
        QMessageBox::warning(&m_window, Tr::tr("Automatic Backup Failed"),
                             problems.join(QStringLiteral("\n\n")) + QStringLiteral("\n\n") +
                                 Tr::tr("UnionDesk closes anyway; the database itself is not affected."));
}

} // namespace ud::ui
