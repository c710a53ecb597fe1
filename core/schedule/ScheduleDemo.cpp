#include "core/schedule/ScheduleDemo.h"

#include "core/db/Database.h"
#include "core/db/Transaction.h"
#include "core/schedule/PlanDocument.h"
#include "core/schedule/ScheduleRepository.h"

#include <QStringList>

#include <algorithm>
#include <random>

namespace ud::core {

ScheduleDemo::Summary ScheduleDemo::generate(Database& db, const Options& options)
{
    const QDate today = options.today;
    ScheduleRepository repo(db);
    if (repo.plan(today.year()))
        return {};
    Transaction tx(db);
    repo.importPlan(today.year(), PlanDocument::parseText(PlanDocument::examplePlanText()),
                    ScheduleRepository::Replace::No, tr("demo data"));
    const QList<QVariantMap> items =
        db.rows(QStringLiteral("SELECT i.id, i.months FROM schedule_items i JOIN schedule_sections s ON s.id = "
                               "i.section_id JOIN schedule_plans p ON p.id = s.plan_id WHERE p.year = :year"),
                {{QStringLiteral("year"), today.year()}});
    std::mt19937_64 random(options.seed);
    const auto chance = [&random](int percent) { return int(random() % 100) < percent; };
    Summary summary;
    for (const QVariantMap& item : items) {
        int first = 12, last = 1;
        for (const QString& m :
             item.value(QStringLiteral("months")).toString().split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
            first = std::min(first, m.toInt());
            last = std::max(last, m.toInt());
        }
        if (first > last) // no months: the whole year
            first = 1, last = 12;
        QString status = QStringLiteral("planned");
        if (last < today.month())
            status = chance(90)   ? QStringLiteral("done")
                     : chance(50) ? QStringLiteral("postponed")
                                  : QStringLiteral("in_progress");
        else if (first <= today.month())
            status = chance(30) ? QStringLiteral("done") : chance(60) ? QStringLiteral("in_progress") : status;
        QVariant doneDate;
        if (status == QLatin1String("done")) {
            const int month = std::min(last, today.month());
            const QDate day(today.year(), month, 5 + int(random() % 20));
            doneDate = std::min(day, today).toString(Qt::ISODate);
            ++summary.done;
        }
        db.exec(QStringLiteral("UPDATE schedule_items SET status = :status, done_date = :done WHERE id = :id"),
                {{QStringLiteral("status"), status},
                 {QStringLiteral("done"), doneDate},
                 {QStringLiteral("id"), item.value(QStringLiteral("id"))}});
        ++summary.items;
    }
    tx.commit();
    return summary;
}

} // namespace ud::core
