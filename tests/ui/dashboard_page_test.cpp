#include "support/Builders.h"
#include "support/PageFixture.h"
#include "support/catch.h"

#include "Screenshots.h"
#include "UiTestSupport.h"

#include "core/aid/AidDemo.h"
#include "core/awards/AwardsDemo.h"
#include "core/care/CareDemo.h"
#include "core/congress/CongressDemo.h"
#include "core/members/DemoData.h"
#include "core/members/MemberRepository.h"
#include "core/members/MembersModel.h"
#include "core/schedule/ScheduleDemo.h"
#include "ui/aid/AidModule.h"
#include "ui/awards/AwardsModule.h"
#include "ui/care/CareModule.h"
#include "ui/congress/CongressModule.h"
#include "ui/dashboard/DashboardModule.h"
#include "ui/history/HistoryModule.h"
#include "ui/members/MemberFilterBar.h"
#include "ui/members/MembersModule.h"
#include "ui/schedule/ScheduleModule.h"
#include "ui/units/UnitsModule.h"
#include "ui/widgets/ChartView.h"

#include <QComboBox>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QSpinBox>

using namespace ud;

namespace {

const QDate kToday(2026, 12, 3);

/// The overview on a small roster: two sub-unions, men and women of several ages, two birthdays in December.
struct DashboardFixture : test::PageFixture<ui::DashboardPage> {
    qint64 economics = 0, law = 0;

    explicit DashboardFixture(bool demo = false, const QSize& size = QSize())
    {
        {
            auto db = tdb.open();
            if (demo) {
                core::DemoData::Options members;
                members.members = 600;
                core::DemoData::generate(*db, members);
                core::ScheduleDemo::generate(*db, {});
                core::CongressDemo::generate(*db, {});
                core::CareDemo::generate(*db, {});
                core::AidDemo::generate(*db, {});
                core::AwardsDemo::generate(*db, {});
            } else {
                economics = test::addUnit(*db, QStringLiteral("E"), QStringLiteral("经济学院分工会"));
                law = test::addUnit(*db, QStringLiteral("L"), QStringLiteral("法学院分工会"));
                const auto add = [&](const char* staffNo, const char* name, qint64 unit, const char* gender,
                                     const QDate& born) {
                    core::Member m = test::member(QString::fromLatin1(staffNo), QString::fromUtf8(name), unit);
                    m.gender = QString::fromLatin1(gender);
                    m.birthDate = born;
                    m.joinDate = QDate(2015, 9, 1);
                    core::MemberRepository(*db).add(m);
                };
                add("1001", "张伟", economics, "M", QDate(1980, 12, 20));
                add("1002", "陈静", economics, "F", QDate(1990, 5, 2));
                add("1003", "刘洋", economics, "M", QDate(1972, 12, 1));
                add("1004", "李娜", law, "F", QDate(1985, 3, 9));
            }
        }
        show<ui::DashboardModule, ui::UnitsModule, ui::MembersModule, ui::ScheduleModule, ui::CongressModule,
             ui::AidModule, ui::CareModule, ui::AwardsModule, ui::HistoryModule>(size);
        if (page)
            page->setToday(kToday);
    }
    ui::MembersPage* members() { return qobject_cast<ui::MembersPage*>(window.page(QStringLiteral("members"))); }
    QLabel* reminder(const QString& key)
    {
        for (QLabel* label : page->reminderLabels())
            if (label->objectName() == QStringLiteral("reminder_") + key)
                return label;
        return nullptr;
    }
};

} // namespace

TEST_CASE("A database in use opens on the overview, and its reminders open the page they are about", "[ui][dashboard]")
{
    DashboardFixture f;
    REQUIRE(f.ready());
    CHECK(f.window.currentPageId() == QStringLiteral("dashboard"));
    CHECK(f.window.pageIds().first() == QStringLiteral("dashboard"));

    QLabel* birthdays = f.reminder(QStringLiteral("birthdays"));
    REQUIRE(birthdays);
    CHECK(birthdays->text().contains(QStringLiteral("2")));
    // The link's index is the reminder's place in the list.
    const int index = [&] {
        for (int i = 0; i < f.page->reminders().size(); ++i)
            if (f.page->reminders().at(i).key == QStringLiteral("birthdays"))
                return i;
        return -1;
    }();
    REQUIRE(index >= 0);
    emit birthdays->linkActivated(QString::number(index));
    CHECK(f.window.currentPageId() == QStringLiteral("members"));
    REQUIRE(f.members());
    CHECK(f.members()->filterBar()->monthCombo()->currentData().toInt() == 12);
    CHECK(f.members()->model()->rowCount() == 2);
}

TEST_CASE("A bar of the overview opens the members it counts", "[ui][dashboard]")
{
    DashboardFixture f;
    REQUIRE(f.ready());
    ui::ChartView* byUnit = f.page->chart(QStringLiteral("members_by_unit"));
    REQUIRE(byUnit);
    const core::DashboardChart& chart = byUnit->chart();
    const int economics = int(chart.categories.indexOf(QStringLiteral("经济学院分工会")));
    REQUIRE(economics >= 0);
    // Men and women stacked: two men and a woman in economics.
    REQUIRE(chart.series.size() >= 2);
    CHECK(chart.series.at(0).values.value(economics) == 2);
    CHECK(chart.series.at(1).values.value(economics) == 1);
    REQUIRE(byUnit->activate(0, economics));
    CHECK(f.window.currentPageId() == QStringLiteral("members"));
    CHECK(f.members()->filterBar()->unitCombo()->currentData().toLongLong() == f.economics);
    CHECK(f.members()->filterBar()->genderCombo()->currentData().toString() == QStringLiteral("M"));
    CHECK(f.members()->model()->rowCount() == 2);

    // The pyramid: women of the band of 35 to 39 (陈静, born 1990) are one.
    f.window.showPage(QStringLiteral("dashboard"));
    ui::ChartView* pyramid = f.page->chart(QStringLiteral("age_pyramid"));
    REQUIRE(pyramid);
    const int band = int(pyramid->chart().categories.indexOf(QStringLiteral("35–39")));
    REQUIRE(band >= 0);
    REQUIRE(pyramid->activate(1, band));
    CHECK(f.members()->filterBar()->genderCombo()->currentData().toString() == QStringLiteral("F"));
    CHECK(f.members()->filterBar()->minAgeSpin()->value() == 35);
    CHECK(f.members()->model()->rowCount() == 1);
}

TEST_CASE("Screenshot of the overview in Chinese", "[ui][dashboard][screenshot]")
{
    test::ChineseTranslation chinese;
    // Dates and month names as the Chinese program shows them.
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    DashboardFixture f(true, QSize(1366, 768));
    REQUIRE(f.ready());
    f.page->setToday(QDate::currentDate());
    CHECK(f.page->charts().size() >= 8);
    CHECK_FALSE(f.page->reminders().isEmpty());
    test::saveScreenshot(f.window, QStringLiteral("dashboard-zh"));
    // Every chart, as the page shows them when scrolled.
    auto* charts = f.page->findChild<QScrollArea*>(QStringLiteral("charts"));
    REQUIRE(charts);
    test::saveScreenshot(*charts->widget(), QStringLiteral("dashboard-charts-zh"));
    QLocale::setDefault(before);
}
