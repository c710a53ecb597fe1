// aid_bench: how the mutual aid holds up with a large period: the computation of every claim of the period again, the
// fund's statement, and the claims page's model opening the period and filtering it. Generates the data itself
// (DemoData's roster, AidDemo with many claims in the university's newest period), then prints the median of N runs
// of each step. Not a test: it asserts nothing and is not run by CTest. See README.md in this folder.

#include "BenchSupport.h"

#include "core/aid/AidDemo.h"
#include "core/aid/AidDocuments.h"
#include "core/aid/AidRepositories.h"
#include "core/aid/ClaimsModel.h"
#include "core/db/Database.h"
#include "core/members/DemoData.h"

#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <vector>

using namespace ud::core;

namespace {

using ud::bench::median;
using ud::bench::out;

int count(Database& db, const QString& sql, qint64 periodId)
{
    return db.scalar(sql, {{QStringLiteral("p"), periodId}}).toInt();
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    auto valueOf = [&](const QString& name, const QString& fallback) {
        const qsizetype i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
    };
    if (args.contains(QStringLiteral("--help"))) {
        out() << "usage: aid_bench [--members N] [--claims N] [--runs R] [--seed S] [--work DIR [--reuse]]\n"
                 "Generates a roster of N members (default 38000: about 20,000 of them enrolled in the university's "
                 "scheme) and the mutual-aid demo with N claims (default 3000) in the university's newest period, "
                 "then times recomputing the period, its statement, and the claims page's model opening and "
                 "filtering the period; prints the medians of R runs (default 5). --reuse takes the database an "
                 "earlier run "
                 "left in --work DIR as it is.\n";
        return 0;
    }
    const int members = std::max(10, valueOf(QStringLiteral("--members"), QStringLiteral("38000")).toInt());
    const int claimCount = std::max(1, valueOf(QStringLiteral("--claims"), QStringLiteral("3000")).toInt());
    const int runs = std::max(1, valueOf(QStringLiteral("--runs"), QStringLiteral("5")).toInt());
    const quint64 seed = valueOf(QStringLiteral("--seed"), QStringLiteral("1")).toULongLong();
    QTemporaryDir temp;
    const QString work = valueOf(QStringLiteral("--work"), temp.path());

    // The last day of a year: the university's newest period has run its whole course.
    const QDate today(2026, 12, 31);
    const QString dbPath = work + QStringLiteral("/aid.sqlite");
    const bool reuse = args.contains(QStringLiteral("--reuse")) && QFile::exists(dbPath);
    if (!reuse)
        QFile::remove(dbPath);
    auto db = Database::open(DatabaseLocation::sqlite(dbPath));
    QElapsedTimer timer;
    timer.start();
    double rosterSeconds = 0;
    double aidSeconds = 0;
    AidDemo::Summary made;
    if (!reuse) {
        DemoData::Options roster;
        roster.members = members;
        roster.seed = seed;
        roster.today = today;
        DemoData::generate(*db, roster);
        rosterSeconds = timer.nsecsElapsed() / 1e9;
        timer.restart();
        AidDemo::Options options;
        options.seed = seed;
        options.today = today;
        options.newestClaims = claimCount;
        made = AidDemo::generate(*db, options);
        aidSeconds = timer.nsecsElapsed() / 1e9;
    }

    PeriodRepository periods(*db);
    const AidPeriod period = periods.require(QStringLiteral("爱心大病医疗互助"), QString::number(today.year()));
    const auto inPeriod = [&](const char* where) {
        return count(*db,
                     QStringLiteral("SELECT COUNT(*) FROM aid_claims WHERE period_id = :p") + QString::fromUtf8(where),
                     period.id);
    };
    const int enrolled =
        count(*db, QStringLiteral("SELECT COUNT(*) FROM aid_enrollments WHERE period_id = :p"), period.id);
    const int claims = inPeriod("");
    const int open = inPeriod(" AND status NOT IN ('paid', 'rejected')");
    out() << QStringLiteral("Roster of %1 members made in %2 s; mutual-aid demo (%3 enrollments, %4 claims in all) "
                            "in %5 s; %6 build\n")
                 .arg(members)
                 .arg(rosterSeconds, 0, 'f', 1)
                 .arg(made.enrollments)
                 .arg(made.claims)
                 .arg(aidSeconds, 0, 'f', 1)
                 .arg(QStringLiteral(UD_BUILD_TYPE));
    out() << QStringLiteral("%1: %2 members enrolled, %3 claims (%4 paid, %5 in review, %6 rejected), %7 members "
                            "with two or more\n")
                 .arg(period.label())
                 .arg(enrolled)
                 .arg(claims)
                 .arg(inPeriod(" AND status = 'paid'"))
                 .arg(open)
                 .arg(inPeriod(" AND status = 'rejected'"))
                 .arg(count(*db,
                            QStringLiteral("SELECT COUNT(*) FROM (SELECT member_id FROM aid_claims WHERE period_id "
                                           "= :p GROUP BY member_id HAVING COUNT(*) > 1) x"),
                            period.id));
    out().flush();

    // Recomputing: once as the data stands (every claim computed, nothing to change), once after the rule table
    // changed (every claim still in review gets a new payout and calculation, each written with its history).
    const AidRuleTable rules = periods.ruleTable(period);
    AidRuleTable raised = rules;
    for (AidPart& part : raised.parts)
        for (AidBand& band : part.bands)
            band.percent = std::min(10000, band.percent + 500);
    ClaimRepository claimRepo(*db);
    std::vector<double> unchanged, changed, statement, document, opening, filtering;
    int changes = 0;
    for (int r = 0; r < runs; ++r) {
        timer.restart();
        const int none = claimRepo.recompute(period.id);
        unchanged.push_back(timer.nsecsElapsed() / 1e9);
        periods.importRules(r % 2 == 0 ? raised : rules);
        timer.restart();
        changes = claimRepo.recompute(period.id);
        changed.push_back(timer.nsecsElapsed() / 1e9);
        if (none != 0 || changes == 0)
            out() << QStringLiteral("unexpected: recompute changed %1, then %2 claims\n").arg(none).arg(changes);

        timer.restart();
        const AidStatement s = aidStatement(*db, period.id);
        statement.push_back(timer.nsecsElapsed() / 1e9);
        timer.restart();
        const auto doc = statementDocument(s);
        document.push_back(timer.nsecsElapsed() / 1e9);
        if (s.claimsPaid == 0 || doc->document().isEmpty())
            return 1;

        ClaimsModel model;
        timer.restart();
        model.setDatabase(db.get());
        model.setPeriod(period.id);
        opening.push_back(timer.nsecsElapsed() / 1e9);
        timer.restart();
        // As the page filters: a status with a name typed (pinyin initials), then a sub-union and a part.
        ClaimFilter filter;
        filter.status = ClaimStatus::Paid;
        filter.text = QStringLiteral("zh");
        model.setFilter(filter);
        filter = ClaimFilter();
        filter.unit = model.units().value(0);
        filter.partKey = QStringLiteral("outpatient");
        model.setFilter(filter);
        filtering.push_back(timer.nsecsElapsed() / 1e9 / 2);
        if (model.allRows().size() != claims)
            return 1;
    }

    const auto ms = [](const QString& what, const std::vector<double>& v, double target) {
        out() << QStringLiteral("| %1 | %2 ms | ≤ %3 ms (%4) |\n")
                     .arg(what)
                     .arg(median(v) * 1000, 0, 'f', 1)
                     .arg(target)
                     .arg(median(v) * 1000 <= target ? "met" : "not met");
    };
    out() << QStringLiteral("\nMedians of %1 runs\n\n").arg(runs);
    out() << "| Step | Median | Target |\n| --- | --- | --- |\n";
    ms(QStringLiteral("recompute the period, nothing to change (%1 claims)").arg(claims), unchanged, 500);
    ms(QStringLiteral("recompute the period after a rule change (%1 claims change)").arg(changes), changed, 500);
    ms(QStringLiteral("statement of the period (aidStatement)"), statement, 100);
    ms(QStringLiteral("statement as a printed document (statementDocument)"), document, 100);
    ms(QStringLiteral("claims page model: open the period"), opening, 50);
    ms(QStringLiteral("claims page model: one filter"), filtering, 50);
    return 0;
}
