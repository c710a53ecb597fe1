#include "support/TestDatabase.h"
#include "support/catch.h"

#include "ModalWatcher.h"
#include "Screenshots.h"
#include "UiTestSupport.h"

#include "core/units/SubUnitRepository.h"
#include "ui/members/MemberImportDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>

using namespace ud;

namespace {

const QString kRoster = QStringLiteral(UD_SOURCE_DIR "/tests/data/members/roster.xlsx");

} // namespace

TEST_CASE("The member import dialog previews, refuses until the user decides, and imports", "[ui][import]")
{
    test::TestDatabase t;
    auto db = t.open();
    core::SubUnit u;
    u.code = QStringLiteral("101");
    u.name = QStringLiteral("经济学院分工会");
    core::SubUnitRepository(*db).add(u);

    ui::MemberImportDialog dialog(*db);
    dialog.show();
    REQUIRE(dialog.setFile(kRoster));

    // The mapping found the Chinese headers.
    QTableWidget* mapping = dialog.mappingTable();
    REQUIRE(mapping->rowCount() == 10);
    auto* idCombo = qobject_cast<QComboBox*>(mapping->cellWidget(4, 2));
    REQUIRE(idCombo);
    CHECK(idCombo->currentData().toInt() == int(core::MemberColumn::IdNumber));

    // Every row is in the preview; the failing row carries its row number and reason.
    QTableWidget* preview = dialog.previewTable();
    REQUIRE(preview->rowCount() == 4);
    CHECK(preview->item(2, 0)->text() == QStringLiteral("4"));
    CHECK(preview->item(2, 2)->text().contains(QStringLiteral("ID number")));
    CHECK(preview->item(0, 3)->text() == QStringLiteral("T1001"));

    // An invalid row and a missing sub-union (法学院分工会): no import yet.
    CHECK_FALSE(dialog.importButton()->isEnabled());
    CHECK(dialog.missingUnitsList()->count() == 1);
    dialog.skipInvalidCheck()->setChecked(true);
    CHECK_FALSE(dialog.importButton()->isEnabled());
    dialog.createUnitsCheck()->setChecked(true);
    CHECK(dialog.importButton()->isEnabled());

    test::saveScreenshot(dialog, QStringLiteral("member_import_dialog"));

    test::ModalWatcher watcher;
    dialog.runImport();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(dialog.summary().imported == 3);
    CHECK(dialog.summary().unitsCreated == 1);
    CHECK(db->scalar(QStringLiteral("SELECT count(*) FROM members")).toInt() == 3);
    REQUIRE(watcher.count() >= 1);
    CHECK(watcher.texts.join(QLatin1Char('\n')).contains(QStringLiteral("3")));
}
