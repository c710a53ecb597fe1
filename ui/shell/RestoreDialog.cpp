#include "ui/shell/RestoreDialog.h"

#include "core/db/Database.h"
#include "ui/widgets/BusyCursor.h"
#include "ui/widgets/DialogParts.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ud::ui {

namespace {

enum Column { Written, Database, Members, Size, Folder };

QString timeText(const QDateTime& time)
{
    return time.isValid() ? time.toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

} // namespace

QString RestoreDialog::contentsText(const core::Backup::Contents& contents)
{
    const QString members =
        contents.members < 0 ? tr("members unknown") : tr("%1 members").arg(QLocale().toString(contents.members));
    if (!contents.lastChange.isValid())
        return tr("%1, no changes recorded").arg(members);
    return tr("%1, last change %2").arg(members, timeText(contents.lastChange));
}

RestoreDialog::RestoreDialog(core::Database& db, const QStringList& folders, const QString& saveFolder, QWidget* parent)
    : QDialog(parent), m_databaseKey(core::Backup::databaseKey(db.location())),
      m_databaseName(db.location().isSqlite() ? QDir::toNativeSeparators(db.location().filePath)
                                              : db.location().displayName()),
      m_saveFolder(saveFolder), m_list(new QTreeWidget(this)), m_replaces(wrappedLabel(QString(), this)),
      m_otherDatabase(wrappedLabel(QString(), this))
{
    setWindowTitle(tr("Restore from Backup"));
    resize(760, 500);
    {
        BusyCursor busy;
        m_current = core::Backup::contentsOf(db);
        m_backups = core::Backup::listBackups(folders);
    }

    QStringList shownFolders;
    for (const QString& folder : folders)
        if (!folder.isEmpty())
            shownFolders << QDir::toNativeSeparators(folder);
    auto* intro =
        wrappedLabel(m_backups.isEmpty() ? tr("No backups were found in %1. Choose Other File… to restore one from "
                                              "elsewhere.")
                                               .arg(shownFolders.join(tr(" and ")))
                                         : tr("Backups found in %1, newest first:").arg(shownFolders.join(tr(" and "))),
                     this);

    m_list->setObjectName(QStringLiteral("backupList"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setTextElideMode(Qt::ElideMiddle);
    m_list->setHeaderLabels({tr("Written"), tr("Database"), tr("Members"), tr("Size"), tr("Folder")});
    m_list->headerItem()->setTextAlignment(Members, Qt::AlignRight | Qt::AlignVCenter);
    m_list->headerItem()->setTextAlignment(Size, Qt::AlignRight | Qt::AlignVCenter);
    const QColor dim = palette().color(QPalette::PlaceholderText);
    for (const core::Backup::BackupFile& backup : std::as_const(m_backups)) {
        auto* item = new QTreeWidgetItem(m_list);
        item->setText(Written, timeText(backup.name.written));
        item->setText(Database, backup.name.database);
        item->setText(Members,
                      backup.contents.members < 0 ? QStringLiteral("—") : QLocale().toString(backup.contents.members));
        item->setTextAlignment(Members, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(Size, QLocale().formattedDataSize(backup.size, 1, QLocale::DataSizeTraditionalFormat));
        item->setTextAlignment(Size, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(Folder, QDir::toNativeSeparators(QFileInfo(backup.path).absolutePath()));
        item->setToolTip(Folder, QDir::toNativeSeparators(backup.path));
        item->setToolTip(Written, QDir::toNativeSeparators(backup.path));
        // Backups of other databases and those that cannot be restored are there, but in the colour of a side note.
        if (backup.name.database != m_databaseKey || !backup.problem.isEmpty())
            for (int c = Written; c <= Folder; ++c)
                item->setForeground(c, dim);
        if (!backup.problem.isEmpty())
            for (int c = Written; c <= Folder; ++c)
                item->setToolTip(c, backup.problem);
    }
    QHeaderView* header = m_list->header();
    header->setStretchLastSection(true);
    header->resizeSection(Written, 130);
    header->resizeSection(Database, 170);
    header->resizeSection(Members, 80);
    header->resizeSection(Size, 80);

    m_replaces->setObjectName(QStringLiteral("replaces"));
    m_otherDatabase->setObjectName(QStringLiteral("otherDatabase"));
    m_otherDatabase->setStyleSheet(QStringLiteral("QLabel { color: #a33a00; }"));
    m_otherDatabase->hide();

    auto* buttons = dialogButtons(this);
    m_restore = buttons->button(QDialogButtonBox::Ok);
    m_restore->setText(tr("&Restore…"));
    m_otherFile = buttons->addButton(tr("&Other File…"), QDialogButtonBox::ActionRole);
    m_otherFile->setObjectName(QStringLiteral("otherFile"));
    connect(m_otherFile, &QPushButton::clicked, this, &RestoreDialog::chooseOtherFile);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &RestoreDialog::selectionChanged);
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, [this] {
        if (m_restore->isEnabled())
            accept();
    });

    auto* layout = dialogLayout(this, 10);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_replaces);
    layout->addWidget(m_otherDatabase);
    layout->addWidget(buttons);

    // The newest backup of this database, ready to be looked at.
    for (int i = 0; i < m_backups.size(); ++i)
        if (m_backups.at(i).name.database == m_databaseKey && m_backups.at(i).problem.isEmpty()) {
            m_list->setCurrentItem(m_list->topLevelItem(i));
            break;
        }
    selectionChanged();
}

const core::Backup::BackupFile* RestoreDialog::selectedBackup() const
{
    const QList<QTreeWidgetItem*> selected = m_list->selectedItems();
    if (selected.isEmpty())
        return nullptr;
    const int row = m_list->indexOfTopLevelItem(selected.first());
    return row >= 0 && row < m_backups.size() ? &m_backups.at(row) : nullptr;
}

QString RestoreDialog::selectedFile() const
{
    if (!m_chosenFile.isEmpty())
        return m_chosenFile;
    const core::Backup::BackupFile* backup = selectedBackup();
    return backup ? backup->path : QString();
}

void RestoreDialog::selectionChanged()
{
    const core::Backup::BackupFile* backup = selectedBackup();
    m_restore->setEnabled(backup && backup->problem.isEmpty());
    m_otherDatabase->hide();
    if (!backup) {
        m_replaces->setText(tr("This database, %1, holds %2. Choose the backup to put in its place.")
                                .arg(m_databaseName, contentsText(m_current)));
        return;
    }
    if (!backup->problem.isEmpty()) {
        m_replaces->setText(backup->problem);
        return;
    }
    m_replaces->setText(
        tr("Restoring replaces everything in this database, %1 (%2), with this backup of %3 "
           "written %4 (%5).")
            .arg(m_databaseName, contentsText(m_current), backup->name.database, timeText(backup->name.written),
                 contentsText(backup->contents)) +
        QLatin1Char(' ') +
        tr("The current contents are saved first, as a backup in %1.").arg(QDir::toNativeSeparators(m_saveFolder)));
    if (backup->name.database != m_databaseKey) {
        m_otherDatabase->setText(tr("This backup is of another database (%1), not of this one (%2).")
                                     .arg(backup->name.database, m_databaseKey));
        m_otherDatabase->show();
    }
}

void RestoreDialog::chooseOtherFile()
{
    const QString start = m_backups.isEmpty() ? m_saveFolder : QFileInfo(m_backups.first().path).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Restore from Backup"), start,
                                                      tr("UnionDesk backups (*.sqlite);;All files (*)"));
    if (path.isEmpty())
        return;
    m_chosenFile = path;
    accept();
}

} // namespace ud::ui
