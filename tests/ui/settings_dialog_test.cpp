#include "support/catch.h"

#include "UiTestSupport.h"

#include "ui/shell/SettingsDialog.h"

#include <QCheckBox>
#include <QDir>
#include <QLineEdit>
#include <QSettings>

using namespace ud;

TEST_CASE("The settings dialog stores the second backup folder", "[ui][backup]")
{
    test::SettingsGuard settings;
    QSettings().remove(QStringLiteral("backup"));
    {
        ui::SettingsDialog dialog;
        CHECK(dialog.secondFolderEdit()->text().isEmpty());
        dialog.secondFolderEdit()->setText(QStringLiteral("/media/clerk/U盘/backups"));
        dialog.accept();
    }
    CHECK(QSettings().value(QStringLiteral("backup/secondFolder")).toString() ==
          QStringLiteral("/media/clerk/U盘/backups"));
    ui::SettingsDialog again;
    CHECK(again.secondFolderEdit()->text() == QDir::toNativeSeparators(QStringLiteral("/media/clerk/U盘/backups")));
    again.backupOnCloseCheck()->setChecked(false);
    CHECK_FALSE(again.secondFolderEdit()->isEnabled());
}
