#include "support/Builders.h"
#include "support/TestDatabase.h"
#include "support/TestIds.h"
#include "support/catch.h"

#include "Screenshots.h"
#include "UiTestSupport.h"

#include "core/members/MemberRepository.h"
#include "core/units/SubUnitRepository.h"
#include "ui/members/MemberDialog.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace ud;

TEST_CASE("The member dialog shows the statutory retirement date; a woman's original age is hers to set",
          "[ui][members][retirement]")
{
    test::SettingsGuard settings;
    test::TestDatabase tdb;
    auto db = tdb.open();
    core::MemberRepository repo(*db);
    core::Member woman = test::member(QStringLiteral("1"), QStringLiteral("王芳"));
    woman.idNumber = test::makeId(QDate(1980, 6, 15), 22);
    woman.id = repo.add(woman);
    woman = repo.require(woman.id);

    ui::MemberDialog dialog(*db, woman);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    QComboBox* age = dialog.originalRetirementAgeCombo();
    QLabel* retirement = dialog.retirementLabel();
    CHECK(age->isVisible());
    CHECK(age->currentData().toInt() == 0); // the office's default, 55
    CHECK(retirement->text() == QStringLiteral("2038-02-15 (at 57 years 8 months)"));
    age->setCurrentIndex(age->findData(50));
    CHECK(retirement->text() == QStringLiteral("2033-03-15 (at 52 years 9 months)"));
    CHECK(dialog.member().originalRetirementAge == 50);
    REQUIRE(dialog.okButton()->isEnabled());
    repo.update(dialog.member());
    CHECK(repo.require(woman.id).originalRetirementAge == 50);

    // A man: 60 by the rise, and no woman's age to choose.
    dialog.genderCombo()->setCurrentIndex(dialog.genderCombo()->findData(QStringLiteral("M")));
    dialog.idNumberEdit()->clear();
    CHECK_FALSE(age->isVisible());
    CHECK(dialog.member().originalRetirementAge == 0);
    CHECK(retirement->text() == QStringLiteral("2043-06-15 (at 63 years)")); // k = 185: the full 36 months
    dialog.birthDateEdit()->clear();
    CHECK(retirement->text().contains(QStringLiteral("birth date")));

    // The default follows the database's setting.
    repo.setWomenRetirementAge(50);
    ui::MemberDialog other(*db, repo.require(woman.id));
    CHECK(other.originalRetirementAgeCombo()->itemText(0).contains(QStringLiteral("50")));
}

#ifdef UD_QM_DIR
TEST_CASE("The member dialog in Chinese with the statutory retirement date", "[ui][members][screenshot]")
{
    const test::ChineseTranslation chinese;
    test::SettingsGuard settings;
    test::TestDatabase tdb;
    auto db = tdb.open();
    const qint64 unit =
        core::SubUnitRepository(*db).add(test::unit(QStringLiteral("101"), QStringLiteral("经济学院分工会")));
    core::MemberRepository repo(*db);
    core::Member woman = test::member(QStringLiteral("20019"), QStringLiteral("李娜"), unit);
    woman.idNumber = test::makeId(QDate(1976, 5, 20), 22);
    woman.phone = QStringLiteral("13900001111");
    woman.joinDate = QDate(2001, 9, 1);
    woman.department = QStringLiteral("经济系");
    woman.title = QStringLiteral("副教授");
    woman.originalRetirementAge = 50;
    const qint64 id = repo.add(woman);
    ui::MemberDialog dialog(*db, repo.require(id));
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    CHECK(dialog.retirementLabel()->text().contains(QStringLiteral("2027-02-20")));
    test::saveScreenshot(dialog, QStringLiteral("member-dialog-retirement"));
}
#endif
