#include "support/TestDatabase.h"
#include "support/catch.h"

#include "UiTestSupport.h"

#include "core/db/DatabaseSettings.h"
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

TEST_CASE("The settings dialog edits the union's name of the open database", "[ui][settings]")
{
    test::SettingsGuard settings;
    test::TestDatabase tdb;
    auto db = tdb.open();
    {
        ui::SettingsDialog dialog(db.get());
        REQUIRE(dialog.unionNameEdit());
        CHECK(dialog.unionNameEdit()->text().isEmpty());
        CHECK(test::labelsWithoutBuddy(&dialog).isEmpty());
        dialog.unionNameEdit()->setText(QStringLiteral("  浙江工商大学工会 "));
        dialog.accept();
        CHECK(dialog.result() == QDialog::Accepted);
        CHECK(dialog.unionNameChanged());
    }
    CHECK(core::DatabaseSettings(*db).value(core::settings::UnionName) == QStringLiteral("浙江工商大学工会"));
    CHECK(db->scalar(QStringLiteral("SELECT count(*) FROM change_log WHERE table_name = 'app_settings'")).toInt() == 1);
    {
        // The same name again changes nothing and records nothing.
        ui::SettingsDialog dialog(db.get());
        CHECK(dialog.unionNameEdit()->text() == QStringLiteral("浙江工商大学工会"));
        dialog.accept();
        CHECK_FALSE(dialog.unionNameChanged());
    }
    CHECK(db->scalar(QStringLiteral("SELECT count(*) FROM change_log WHERE table_name = 'app_settings'")).toInt() == 1);
    // Without a database there is no name to edit.
    CHECK(ui::SettingsDialog().unionNameEdit() == nullptr);
}
