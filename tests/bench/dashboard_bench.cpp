// dashboard_bench: the dashboard's figures at 50,000 members with five years of data in every module: the median of
// R runs of Dashboard::charts and Dashboard::reminders, and of the overview page opened in a window of 1366 × 768
// (the same queries, the charts drawn, the page painted). Generates the data itself through the demo generators (the
// roster, the congress, care, mutual aid, awards) and the embedded work plan imported for each of the five years. Not a
// test: it asserts nothing and is not run by CTest. See README.md in this folder.

#include "BenchSupport.h"

#include "core/aid/AidDemo.h"
#include "core/awards/AwardsDemo.h"
#include "core/care/CareDemo.h"
#include "core/congress/CongressDemo.h"
#include "core/dashboard/Dashboard.h"
#include "core/db/Database.h"
#include "core/members/DemoData.h"
#include "core/schedule/PlanDocument.h"
#include "core/schedule/ScheduleRepository.h"
#include "ui/dashboard/DashboardModule.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/UserSettings.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <vector>

using namespace ud::core;

namespace {

using ud::bench::median;
using ud::bench::out;

struct DashboardTimes {
    double charts = 0;    // seconds
    double reminders = 0; // seconds
    int chartCount = 0;
    int reminderCount = 0;
};

/// One opening of the dashboard's data, as the page asks for it: the charts, then the reminders.
DashboardTimes timeDashboardParts(const Database& db, const QDate& today)
{
    DashboardTimes t;
    QElapsedTimer timer;
    timer.start();
    t.chartCount = int(Dashboard::charts(db, today).size());
    t.charts = timer.nsecsElapsed() / 1e9;
    timer.restart();
    t.reminderCount = int(Dashboard::reminders(db, today).size());
    t.reminders = timer.nsecsElapsed() / 1e9;
    return t;
}

/// The timed part: Dashboard::charts and Dashboard::reminders of `today`, in seconds.
double timeDashboard(const Database& db, const QDate& today, DashboardTimes* parts = nullptr)
{
    const DashboardTimes t = timeDashboardParts(db, today);
    if (parts)
        *parts = t;
    return t.charts + t.reminders;
}

/// The overview page opened as the window shows it: the same queries, then the chart widgets made and the page
/// painted (into an image, as the screen would be), in seconds.
double timePage(ud::ui::DashboardPage& page)
{
    QElapsedTimer timer;
    timer.start();
    page.refresh();
    const QPixmap shown = page.grab();
    Q_UNUSED(shown);
    return timer.nsecsElapsed() / 1e9;
}

qint64 count(const Database& db, const char* sql)
{
    return db.scalar(QString::fromLatin1(sql)).toLongLong();
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    auto valueOf = [&](const QString& name, const QString& fallback) {
        const qsizetype i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
    };
    if (args.contains(QStringLiteral("--help"))) {
        out() << "usage: dashboard_bench [--members N] [--runs R] [--seed S] [--work DIR [--reuse]]\n"
                 "Generates a roster of N members (default 50000) with five years of every module (congress "
                 "sessions, work plans, care, mutual aid, awards), then times Dashboard::charts and "
                 "Dashboard::reminders; prints the medians of R runs (default 5). --reuse takes the database an "
                 "earlier run left in --work DIR as it is.\n";
        return 0;
    }
    const int members = std::max(100, valueOf(QStringLiteral("--members"), QStringLiteral("50000")).toInt());
    const int runs = std::max(1, valueOf(QStringLiteral("--runs"), QStringLiteral("5")).toInt());
    const quint64 seed = valueOf(QStringLiteral("--seed"), QStringLiteral("1")).toULongLong();
    QTemporaryDir temp;
    const QString work = valueOf(QStringLiteral("--work"), temp.path());

    // Mid-June: the year's charts half filled, an award round in its 公示 (the awards demo starts one today).
    const QDate today(2026, 6, 15);
    const QString dbPath = work + QStringLiteral("/dashboard.sqlite");
    const bool reuse = args.contains(QStringLiteral("--reuse")) && QFile::exists(dbPath);
    if (!reuse)
        QFile::remove(dbPath);
    auto db = Database::open(DatabaseLocation::sqlite(dbPath));
    QElapsedTimer timer;
    timer.start();
    if (!reuse) {
        DemoData::Options roster;
        roster.members = members;
        roster.seed = seed;
        roster.today = today;
        DemoData::generate(*db, roster);
        CongressDemo::Options congress;
        congress.seed = seed;
        congress.today = today;
        congress.sessions = 5; // one a year
        congress.proposalsPerSession = 300;
        CongressDemo::generate(*db, congress);
        CareDemo::generate(*db, {seed, today});
        AidDemo::Options aid;
        aid.seed = seed;
        aid.today = today;
        AidDemo::generate(*db, aid);
        AwardsDemo::generate(*db, {seed, today});
        // The embedded 2024 plan as the plan of each of the five years; items of the years before done.
        QFile planFile(QStringLiteral(":/plans/work-plan-2024.txt"));
        if (!planFile.open(QIODevice::ReadOnly))
            return 1;
        const ParsedPlan plan = PlanDocument::parseText(QString::fromUtf8(planFile.readAll()));
        ScheduleRepository schedule(*db);
        for (int year = today.year() - 4; year <= today.year(); ++year)
            schedule.importPlan(year, plan, ScheduleRepository::Replace::Yes);
        db->exec(QStringLiteral("UPDATE schedule_items SET status = 'done' WHERE section_id IN (SELECT s.id FROM "
                                "schedule_sections s JOIN schedule_plans p ON p.id = s.plan_id WHERE p.year < :y)"),
                 {{QStringLiteral("y"), today.year()}});
    }
    const double made = timer.nsecsElapsed() / 1e9;
    out() << QStringLiteral("Data %1 in %2 s (%3 build): %4 members (%5 active), %6 status events, %7 schedule items, "
                            "%8 proposals in %9 sessions, %10 aid claims, %11 ledger entries, %12 care visits, "
                            "%13 award nominations\n")
                 .arg(reuse ? QStringLiteral("reused") : QStringLiteral("made"))
                 .arg(made, 0, 'f', 1)
                 .arg(QStringLiteral(UD_BUILD_TYPE))
                 .arg(count(*db, "SELECT COUNT(*) FROM members"))
                 .arg(count(*db, "SELECT COUNT(*) FROM members WHERE status = 'active'"))
                 .arg(count(*db, "SELECT COUNT(*) FROM member_events"))
                 .arg(count(*db, "SELECT COUNT(*) FROM schedule_items"))
                 .arg(count(*db, "SELECT COUNT(*) FROM congress_proposals"))
                 .arg(count(*db, "SELECT COUNT(*) FROM congress_sessions"))
                 .arg(count(*db, "SELECT COUNT(*) FROM aid_claims"))
                 .arg(count(*db, "SELECT COUNT(*) FROM aid_ledger"))
                 .arg(count(*db, "SELECT COUNT(*) FROM care_visits"))
                 .arg(count(*db, "SELECT COUNT(*) FROM award_nominations"));
    out().flush();

    timeDashboard(*db, today); // once before, so that every run finds the same warm page cache
    std::vector<double> totals, charts, reminders;
    DashboardTimes parts;
    for (int r = 0; r < runs; ++r) {
        totals.push_back(timeDashboard(*db, today, &parts));
        charts.push_back(parts.charts);
        reminders.push_back(parts.reminders);
    }
    // The page in a window of an office screen's size; its settings and backups in the work folder.
    for (const char* var : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"}) {
        const QString path = work + QStringLiteral("/home/") + QString::fromLatin1(var).toLower();
        QDir().mkpath(path);
        qputenv(var, QFile::encodeName(path));
    }
    ud::ui::usersettings::BackupOnClose.set(false);
    db.reset();
    ud::ui::MainWindow window;
    window.addModule(std::make_unique<ud::ui::DashboardModule>());
    window.resize(1366, 768);
    if (!window.openDatabase(DatabaseLocation::sqlite(dbPath)))
        return 1;
    window.show();
    auto* page = qobject_cast<ud::ui::DashboardPage*>(window.page(ud::ui::DashboardPage::moduleId()));
    if (!page)
        return 1;
    page->setToday(today);
    timePage(*page);
    std::vector<double> pages;
    for (int r = 0; r < runs; ++r)
        pages.push_back(timePage(*page));

    const auto row = [](const QString& what, const std::vector<double>& v, const QString& target) {
        out() << QStringLiteral("| %1 | %2 ms | %3 |\n").arg(what).arg(median(v) * 1000, 0, 'f', 1).arg(target);
    };
    out() << QStringLiteral("\nMedians of %1 runs, today %2\n\n").arg(runs).arg(today.toString(Qt::ISODate));
    out() << "| Step | Median | Target |\n| --- | --- | --- |\n";
    row(QStringLiteral("Dashboard::charts (%1 charts)").arg(parts.chartCount), charts, QString());
    row(QStringLiteral("Dashboard::reminders (%1 shown)").arg(parts.reminderCount), reminders, QString());
    row(QStringLiteral("both"), totals,
        QStringLiteral("≤ 150 ms (%1)").arg(median(totals) * 1000 <= 150 ? "met" : "not met"));
    row(QStringLiteral("the page: queries, charts drawn, painted at 1366 × 768"), pages,
        QStringLiteral("≤ 150 ms (%1)").arg(median(pages) * 1000 <= 150 ? "met" : "not met"));
    return 0;
}
