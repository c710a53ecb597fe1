#pragma once

#include "core/db/DatabaseLocation.h"

#include <QObject>
#include <QString>
#include <QStringList>

class QAction;
class QLabel;
class QMenu;

namespace ud::ui {

class MainWindow;

/// The window's database commands: new, open, connect to a server, the recent databases, the demo database, back up
/// and restore, and the automatic backups when the window closes or opens another database (into the backup folder
/// and the second folder, which the status bar says is missing when it is). They act on the database the window has
/// open, through the window.
class DatabaseActions : public QObject {
public:
    explicit DatabaseActions(MainWindow& window);

    QAction* newAction() const { return m_newAction; }
    QAction* openAction() const { return m_openAction; }
    QAction* connectAction() const { return m_connectAction; }
    QAction* backupAction() const { return m_backupAction; }
    QAction* restoreAction() const { return m_restoreAction; }
    /// Adds the "Open Recent" submenu to `menu`.
    void addRecentMenu(QMenu* menu);

    /// Enables what the open database allows (nothing without one; no restore of a server or read-only database).
    void updateState();
    /// Puts `spec` first in the recent databases.
    void addRecent(const QString& spec);
    /// The recent databases as stored (newest first).
    static QStringList recentDatabases();

    /// Writes a backup of the open database to `file`; false (with a message) on failure.
    bool backUpTo(const QString& file);
    /// Replaces the open SQLite database with the backup `file`, saving the current contents first;
    /// asks first when `confirm`. False when refused, cancelled or failed (with a message).
    bool restoreFromBackup(const QString& file, bool confirm = true);
    /// The automatic backup when the window closes (when the settings ask for one); a failure is shown, never fatal.
    void backUpOnClose();
    /// The automatic backup of the open database before another takes its place, as on closing; a failure is shown
    /// and the other database opens all the same.
    void backUpOnLeaving();
    /// The folders automatic backups go to: the backup folder, then the second folder when one is set (whether or
    /// not it is there now).
    QStringList backupFolders() const;
    /// The warning in the status bar that the second backup folder is missing; hidden while it is there.
    QLabel* secondFolderWarning() const { return m_secondFolderWarning; }
    /// Shows or hides that warning.
    void checkSecondFolder();

    /// Opens the demo database, made and filled with generated members first when it holds none; the open
    /// database is left as it is. False when it could not be made or opened (shown).
    bool openDemo();
    /// The demo database: uniondesk-demo.sqlite beside the default database, in the user's data folder.
    static core::DatabaseLocation demoLocation();
    static bool isDemo(const core::DatabaseLocation& location);

private:
    void rebuildRecentMenu();
    void newDatabase();
    void chooseDatabase();
    void connectToServer();
    void chooseBackupFile();
    void chooseRestoreFile();
    QString backupFolder() const;
    bool backsUpAutomatically() const;
    QStringList writeAutomaticBackups();

    MainWindow& m_window;
    QMenu* m_recentMenu = nullptr;
    QAction* m_newAction = nullptr;
    QAction* m_openAction = nullptr;
    QAction* m_connectAction = nullptr;
    QAction* m_backupAction = nullptr;
    QAction* m_restoreAction = nullptr;
    QLabel* m_secondFolderWarning = nullptr;
};

} // namespace ud::ui
