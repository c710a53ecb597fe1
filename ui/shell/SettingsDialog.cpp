#include "ui/shell/SettingsDialog.h"
#include "core/db/Database.h"
#include "core/db/DatabaseSettings.h"
#include "ui/shell/UserSettings.h"
#include "ui/widgets/DialogParts.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace ud::ui {

SettingsDialog::SettingsDialog(core::Database* db, QWidget* parent)
    : QDialog(parent), m_db(db), m_language(new QComboBox(this)),
      m_backupOnClose(new QCheckBox(tr("Back up the database when UnionDesk closes or opens another one"), this)),
      m_backupFolder(new QLineEdit(this)), m_secondFolder(new QLineEdit(this)), m_backupKeep(new QSpinBox(this)),
      m_browse(new QPushButton(tr("Browse…"), this)), m_browseSecond(new QPushButton(tr("Browse…"), this))
{
    setWindowTitle(tr("Settings"));
    setMinimumWidth(520);

    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(tr("System language"), QString());
    // Each language is named in itself, so that a user can find their own.
    m_language->addItem(QStringLiteral("中文 (简体)"), QStringLiteral("zh_CN"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));

    m_backupOnClose->setObjectName(QStringLiteral("backupOnClose"));
    m_backupFolder->setObjectName(QStringLiteral("backupFolder"));
    m_backupFolder->setPlaceholderText(tr("Backups beside the database"));
    m_backupFolder->setClearButtonEnabled(true);
    m_backupKeep->setObjectName(QStringLiteral("backupKeep"));
    m_backupKeep->setRange(1, 100);
    m_backupKeep->setValue(10);
    m_backupKeep->setSuffix(tr(" backups"));
    m_backupKeep->setMaximumWidth(160);

    m_secondFolder->setObjectName(QStringLiteral("secondBackupFolder"));
    m_secondFolder->setPlaceholderText(tr("None"));
    m_secondFolder->setClearButtonEnabled(true);
    m_secondFolder->setToolTip(tr("A USB stick or a network share: a second copy of each automatic backup, so that "
                                  "one lost disk loses nothing"));

    connect(m_browse, &QPushButton::clicked, this, [this] { browseFolder(m_backupFolder, tr("Backup Folder")); });
    connect(m_browseSecond, &QPushButton::clicked, this,
            [this] { browseFolder(m_secondFolder, tr("Second Backup Folder")); });
    auto* folderRow = new QHBoxLayout;
    folderRow->setSpacing(6);
    folderRow->addWidget(m_backupFolder, 1);
    folderRow->addWidget(m_browse);
    auto* secondRow = new QHBoxLayout;
    secondRow->setSpacing(6);
    secondRow->addWidget(m_secondFolder, 1);
    secondRow->addWidget(m_browseSecond);

    auto* languageBox = new QGroupBox(tr("General"), this);
    auto* languageForm = new QFormLayout(languageBox);
    languageForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    languageForm->addRow(tr("&Language:"), m_language);
    languageForm->addRow(QString(), noteLabel(tr("A new language applies after UnionDesk is restarted."), this));

    auto* backupBox = new QGroupBox(tr("Automatic backups"), this);
    auto* backupForm = new QFormLayout(backupBox);
    backupForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    backupForm->addRow(m_backupOnClose);
    backupForm->addRow(buddyLabel(tr("&Folder:"), m_backupFolder), folderRow);
    backupForm->addRow(buddyLabel(tr("S&econd folder:"), m_secondFolder), secondRow);
    backupForm->addRow(tr("&Keep the newest:"), m_backupKeep);
    backupForm->addRow(QString(),
                       noteLabel(tr("Each database keeps its newest automatic backups, named after it; older ones are "
                                    "deleted. When the second folder is missing (the stick is not plugged in), the "
                                    "status bar says so and the first folder is still written. A database on a "
                                    "PostgreSQL server is backed up with the server's own tools."),
                                 this));

    auto* buttons = dialogButtons(this);
    connect(m_backupOnClose, &QCheckBox::toggled, this, &SettingsDialog::updateEnabled);

    auto* layout = dialogLayout(this);
    if (m_db) {
        m_unionName = new QLineEdit(this);
        m_unionName->setObjectName(QStringLiteral("unionName"));
        m_unionName->setMaxLength(100);
        m_unionName->setPlaceholderText(tr("e.g. 浙江工商大学工会"));
        m_unionName->setEnabled(!m_db->isReadOnly());
        auto* databaseBox = new QGroupBox(tr("This database"), this);
        auto* databaseForm = new QFormLayout(databaseBox);
        databaseForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        databaseForm->addRow(tr("&Union's name:"), m_unionName);
        databaseForm->addRow(QString(), noteLabel(tr("Printed above lists and schedules. Kept in the database, for "
                                                     "everyone who opens it; a change is recorded in the change "
                                                     "history."),
                                                  this));
        layout->addWidget(databaseBox);
    }
    layout->addWidget(languageBox);
    layout->addWidget(backupBox);
    layout->addStretch(1);
    layout->addWidget(buttons);

    load();
}

void SettingsDialog::load()
{
    using namespace usersettings;
    m_language->setCurrentIndex(qMax(0, m_language->findData(Language.value())));
    m_backupOnClose->setChecked(BackupOnClose.value());
    m_backupFolder->setText(QDir::toNativeSeparators(BackupFolder.value()));
    m_secondFolder->setText(QDir::toNativeSeparators(SecondBackupFolder.value()));
    m_backupKeep->setValue(BackupKeep.value());
    if (m_unionName) {
        try {
            m_unionName->setText(core::DatabaseSettings(*m_db).value(core::settings::UnionName));
        } catch (const core::Error& e) {
            m_unionName->setEnabled(false);
            m_unionName->setToolTip(e.message());
        }
    }
    updateEnabled();
}

void SettingsDialog::focusUnionName()
{
    if (m_unionName)
        m_unionName->setFocus(Qt::OtherFocusReason);
}

void SettingsDialog::updateEnabled()
{
    const bool on = m_backupOnClose->isChecked();
    m_backupFolder->setEnabled(on);
    m_secondFolder->setEnabled(on);
    m_backupKeep->setEnabled(on);
    m_browse->setEnabled(on);
    m_browseSecond->setEnabled(on);
}

bool SettingsDialog::save()
{
    using namespace usersettings;
    Language.set(m_language->currentData().toString());
    BackupOnClose.set(m_backupOnClose->isChecked());
    BackupFolder.set(QDir::fromNativeSeparators(m_backupFolder->text().trimmed()));
    SecondBackupFolder.set(QDir::fromNativeSeparators(m_secondFolder->text().trimmed()));
    BackupKeep.set(m_backupKeep->value());
    if (!m_unionName || !m_unionName->isEnabled())
        return true;
    try {
        m_unionNameChanged =
            core::DatabaseSettings(*m_db).change(core::settings::UnionName, m_unionName->text().simplified());
    } catch (const core::Error& e) {
        QMessageBox::warning(this, tr("Cannot Save the Union's Name"), e.message());
        return false;
    }
    return true;
}

void SettingsDialog::accept()
{
    if (save())
        QDialog::accept();
}

void SettingsDialog::browseFolder(QLineEdit* edit, const QString& title)
{
    const QString start = edit->text().trimmed().isEmpty() ? QDir::homePath() : edit->text();
    const QString folder = QFileDialog::getExistingDirectory(this, title, start);
    if (!folder.isEmpty())
        edit->setText(QDir::toNativeSeparators(folder));
}

} // namespace ud::ui
