#include "support/Builders.h"
#include "support/TestDatabase.h"
#include "support/TestIds.h"
#include "support/catch.h"

#include "ModalWatcher.h"
#include "Screenshots.h"
#include "UiTestSupport.h"

#include "core/io/Csv.h"
#include "core/members/IdNumber.h"
#include "core/members/MemberRepository.h"
#include "core/units/SubUnitRepository.h"
#include "ui/members/MemberListsDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>

using namespace ud;

namespace {

using ud::test::makeId;

void addMembers(core::Database& db)
{
    core::SubUnit a = ud::test::unit(QStringLiteral("101"), QStringLiteral("经济学院分工会"));
    const qint64 econ = core::SubUnitRepository(db).add(a);
    core::SubUnit b = ud::test::unit(QStringLiteral("102"), QStringLiteral("法学院分工会"));
    const qint64 law = core::SubUnitRepository(db).add(b);
    const char* names[] = {"张伟", "王芳", "李娜", "刘洋", "陈静", "杨帆", "赵磊", "黄敏", "周杰", "吴霞"};
    for (int i = 0; i < 40; ++i) {
        core::Member m =
            ud::test::member(QString::number(2000 + i), QString::fromUtf8(names[i % 10]), i % 2 ? econ : law);
        m.idNumber = makeId(QDate(1970 + i % 20, 1 + i % 12, 1 + i % 27), i + 1);
        m.phone = QStringLiteral("139%1").arg(10000000 + i);
        m.joinDate = QDate(2005, 9, 1);
        core::MemberRepository(db).add(m);
    }
}

template <typename T> T* child(QWidget& w, const char* name)
{
    T* found = w.findChild<T*>(QString::fromLatin1(name));
    REQUIRE(found);
    return found;
}

} // namespace

TEST_CASE("The lists dialog previews, saves a PDF and exports each list", "[ui][lists]")
{
    test::SettingsGuard settings;
    test::TestDatabase tdb;
    auto db = tdb.open();
    addMembers(*db);

    ui::MemberListsDialog dialog(*db);
    CHECK(test::labelsWithoutBuddy(&dialog).isEmpty());
    auto* table = dialog.previewTable();
    auto* month = child<QComboBox>(dialog, "month");
    child<QSpinBox>(dialog, "year")->setValue(2026);
    month->setCurrentIndex(0); // January: staff 2000, 2012, 2024, 2036
    CHECK(dialog.report().dataRowCount() == 4);
    CHECK(table->rowCount() == 4 + 1); // all four in one sub-union, under its heading

    // Masked by default; the full number only when asked, and then the export is recorded.
    const auto logged = [&] {
        return db
            ->scalar(QStringLiteral("SELECT COUNT(*) FROM change_log WHERE action = 'export' AND new_values LIKE "
                                    "'%\"file\"%'"))
            .toInt();
    };
    const QString csv = tdb.tempPath(QStringLiteral("birthdays.csv"));
    REQUIRE(dialog.exportTable(csv));
    auto rows = core::Csv::readFile(csv).rows;
    REQUIRE(rows.size() == 5);
    CHECK(rows.at(1).last().contains(QStringLiteral("****")));
    CHECK(logged() == 0);
    child<QCheckBox>(dialog, "fullPhone")->setChecked(true);
    REQUIRE(dialog.exportTable(csv));
    rows = core::Csv::readFile(csv).rows;
    CHECK_FALSE(rows.at(1).last().contains(QStringLiteral("****")));
    CHECK(logged() == 1);
    child<QCheckBox>(dialog, "fullPhone")->setChecked(false);

    dialog.setListKind(ui::MemberListsDialog::ListKind::Roster);
    child<QDateEdit>(dialog, "asOf")->setDate(QDate(2025, 12, 31));
    CHECK(dialog.report().dataRowCount() == 40);
    child<QComboBox>(dialog, "unit")->setCurrentIndex(1);
    CHECK(dialog.report().dataRowCount() == 20);

    const QString pdf = tdb.tempPath(QStringLiteral("roster.pdf"));
    REQUIRE(dialog.savePdf(pdf));
    CHECK(QFileInfo(pdf).size() > 1000);
    // A folder that does not exist: refused with a message, nothing written.
    const QString bad = tdb.tempPath(QStringLiteral("no/such/roster.pdf"));
    test::ModalWatcher watcher;
    CHECK_FALSE(dialog.savePdf(bad));
    REQUIRE(watcher.count() == 1);
    CHECK(watcher.texts.first().contains(QStringLiteral("roster.pdf")));
    CHECK_FALSE(QFileInfo::exists(bad));

    dialog.setListKind(ui::MemberListsDialog::ListKind::Retirements);
    child<QDateEdit>(dialog, "from")->setDate(QDate(2020, 1, 1));
    child<QDateEdit>(dialog, "to")->setDate(QDate(2052, 12, 31));
    child<QComboBox>(dialog, "unit")->setCurrentIndex(0);
    CHECK(dialog.report().dataRowCount() == 40);
    // The men born in 1988 retire at 63 in 2051, no longer at 60 in 2048.
    child<QDateEdit>(dialog, "to")->setDate(QDate(2050, 12, 31));
    CHECK(dialog.report().dataRowCount() == 38);

    // The women's default original age is the database's, ages shown with their months.
    auto* womenAge = child<QComboBox>(dialog, "womenAge");
    CHECK(womenAge->currentData().toInt() == 55);
    const auto ages = [&] {
        QStringList list;
        for (const auto& row : dialog.report().rows)
            if (row.heading.isEmpty())
                list << row.cells.value(6);
        return list;
    };
    CHECK(ages().contains(QStringLiteral("55 years 4 months"))); // a woman born in February 1971 (k = 13)
    CHECK_FALSE(ages().contains(QStringLiteral("50 years")));
    womenAge->setCurrentIndex(womenAge->findData(50));
    CHECK(core::MemberRepository(*db).womenRetirementAge() == 50);
    CHECK(ages().contains(QStringLiteral("50 years"))); // born before 1975: no rise
    ui::MemberListsDialog again(*db);
    CHECK(child<QComboBox>(again, "womenAge")->currentData().toInt() == 50);
}

TEST_CASE("The lists dialog in Chinese, for the screenshot", "[ui][lists]")
{
    const test::ChineseTranslation chinese;

    test::SettingsGuard settings;
    test::TestDatabase tdb;
    auto db = tdb.open();
    addMembers(*db);
    ui::MemberListsDialog dialog(*db);
    child<QSpinBox>(dialog, "year")->setValue(2026);
    child<QComboBox>(dialog, "month")->setCurrentIndex(4);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    test::saveScreenshot(dialog, QStringLiteral("member-lists"));
    CHECK(dialog.report().dataRowCount() == 3); // May: staff 2004, 2016, 2028

    dialog.setListKind(ui::MemberListsDialog::ListKind::Retirements);
    child<QDateEdit>(dialog, "from")->setDate(QDate(2031, 1, 1));
    child<QDateEdit>(dialog, "to")->setDate(QDate(2034, 12, 31));
    test::saveScreenshot(dialog, QStringLiteral("member-lists-retiring"));
    CHECK(dialog.report().dataRowCount() == 8); // men born 1970–1972, women born 1975–1977
}
