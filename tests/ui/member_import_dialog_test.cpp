#include "support/Builders.h"
#include "support/TestDatabase.h"
#include "support/TestFiles.h"
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
    CHECK(dialog.missingUnitsTable()->rowCount() == 1);
    dialog.skipInvalidCheck()->setChecked(true);
    CHECK_FALSE(dialog.importButton()->isEnabled());
    CHECK_FALSE(dialog.acceptProposalsButton()->isEnabled()); // nothing stored resembles 法学院分工会
    dialog.createUnitsButton()->click();
    CHECK(dialog.unitChoiceCombo(0)->currentData() == QVariant(qint64(0)));
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

TEST_CASE("The member import dialog proposes stored sub-unions for unknown names and imports as the clerk confirms",
          "[ui][import][units]")
{
    test::ChineseTranslation chinese; // the screenshot as the clerks see it
    test::TestDatabase t;
    auto db = t.open();
    core::SubUnitRepository units(*db);
    const qint64 economics = units.add(test::unit(QStringLiteral("101"), QStringLiteral("经济学院分工会")));
    const qint64 law = units.add(test::unit(QStringLiteral("102"), QStringLiteral("法学院分工会")));
    units.add(test::unit(QStringLiteral("103"), QStringLiteral("工商管理学院分工会")));
    const qint64 publicAdmin = units.add(test::unit(QStringLiteral("104"), QStringLiteral("公共管理学院分工会")));
    const QString path = test::writeFile(t, QStringLiteral("hr.csv"),
                                         QStringLiteral("工号,姓名,所在单位\n"
                                                        "T1,张伟,经济学院\n"
                                                        "T2,李娜,法学院工会\n"
                                                        "T3,王芳,管理学院\n"
                                                        "T4,赵敏,艺术学院\n"
                                                        "T5,钱进,经济学院\n")
                                             .toUtf8());

    ui::MemberImportDialog dialog(*db);
    dialog.resize(1000, 760);
    dialog.show();
    REQUIRE(dialog.setFile(path));
    QTableWidget* missing = dialog.missingUnitsTable();
    REQUIRE(missing->rowCount() == 4);
    CHECK(missing->item(0, 0)->text() == QStringLiteral("经济学院"));
    // Nothing is taken without the clerk: every name starts undecided, and the import waits.
    for (int i = 0; i < 4; ++i)
        CHECK_FALSE(dialog.unitChoiceCombo(i)->currentData().isValid());
    CHECK_FALSE(dialog.importButton()->isEnabled());
    // The proposals come first in each choice, marked.
    CHECK(dialog.unitChoiceCombo(0)->itemData(1) == QVariant(economics));
    CHECK(dialog.unitChoiceCombo(2)->itemData(1).toLongLong() != 0);
    CHECK(dialog.unitChoiceCombo(2)->itemData(2) == QVariant(publicAdmin));
    const int econRow = 0; // the preview's first row: 张伟 of 经济学院
    CHECK(dialog.previewTable()->item(econRow, 8)->text().contains(QStringLiteral("经济学院")));

    dialog.acceptProposalsButton()->click();
    CHECK(dialog.unitChoiceCombo(0)->currentData() == QVariant(economics));
    CHECK(dialog.unitChoiceCombo(1)->currentData() == QVariant(law));
    CHECK_FALSE(dialog.unitChoiceCombo(2)->currentData().isValid()); // two proposals: the clerk picks
    CHECK_FALSE(dialog.unitChoiceCombo(3)->currentData().isValid()); // none: not created by this button
    CHECK(dialog.previewTable()->item(econRow, 8)->text() == QStringLiteral("经济学院分工会"));
    dialog.createUnitsButton()->click();
    CHECK(dialog.unitChoiceCombo(3)->currentData() == QVariant(qint64(0)));
    CHECK_FALSE(dialog.importButton()->isEnabled());
    QComboBox* ambiguous = dialog.unitChoiceCombo(2);
    ambiguous->setCurrentIndex(ambiguous->findData(publicAdmin));
    CHECK(dialog.importButton()->isEnabled());

    test::saveScreenshot(dialog, QStringLiteral("member_import_unit_choices"));

    test::ModalWatcher watcher;
    dialog.runImport();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(dialog.summary().imported == 5);
    CHECK(dialog.summary().unitsMatched == 3);
    CHECK(dialog.summary().unitsCreated == 1);
    const auto unitOf = [&](const QString& staffNo) {
        return db
            ->scalar(QStringLiteral("SELECT unit_id FROM members WHERE staff_no = :s"),
                     {{QStringLiteral("s"), staffNo}})
            .toLongLong();
    };
    CHECK(unitOf(QStringLiteral("T1")) == economics);
    CHECK(unitOf(QStringLiteral("T5")) == economics);
    CHECK(unitOf(QStringLiteral("T2")) == law);
    CHECK(unitOf(QStringLiteral("T3")) == publicAdmin);
    CHECK(units.byId(unitOf(QStringLiteral("T4")))->name == QStringLiteral("艺术学院"));
    CHECK(db->scalar(QStringLiteral("SELECT count(*) FROM units")).toInt() == 5);
}
