#pragma once

#include "core/db/Backup.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace ud::core {
class Database;
}

namespace ud::ui {

/// Restore from Backup: the backups found in the backup folders, newest first, with the time each was written, the
/// database it is of, its member count and size; the one selected says what restoring it replaces (this database,
/// its member count and last change). Other File… takes a backup from anywhere. The dialog only chooses: the
/// restore itself asks once more and keeps the current contents first.
class RestoreDialog : public QDialog {
    Q_OBJECT
public:
    /// Lists the backups in `folders` (those missing are passed over); `saveFolder` is where the current contents
    /// are saved before a restore.
    RestoreDialog(core::Database& db, const QStringList& folders, const QString& saveFolder, QWidget* parent = nullptr);

    /// The backup chosen: the selected row's file, or the file chosen with Other File….
    QString selectedFile() const;
    QTreeWidget* backupList() const { return m_list; }
    /// What restoring the selected backup replaces.
    QLabel* replacesLabel() const { return m_replaces; }
    QPushButton* restoreButton() const { return m_restore; }
    QPushButton* otherFileButton() const { return m_otherFile; }

    /// "1,234 members, last change 2024-03-01 10:15", as the dialog and the restore's question say it.
    static QString contentsText(const core::Backup::Contents& contents);

private:
    void selectionChanged();
    void chooseOtherFile();
    const core::Backup::BackupFile* selectedBackup() const;

    QString m_databaseKey;
    QString m_databaseName;
    core::Backup::Contents m_current;
    QString m_saveFolder;
    QList<core::Backup::BackupFile> m_backups;
    QTreeWidget* m_list;
    QLabel* m_replaces;
    QLabel* m_otherDatabase;
    QPushButton* m_restore;
    QPushButton* m_otherFile;
    QString m_chosenFile;
};

} // namespace ud::ui
