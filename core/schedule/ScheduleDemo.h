#pragma once

#include <QCoreApplication>
#include <QDate>

namespace ud::core {

class Database;

/// The demo's work schedule: the example plan (the 2024 work plan's schedule) as the plan of the year of `today`,
/// with the progress of a year under way: the items of the months before mostly done (a few postponed or still in
/// progress), those of this month partly in progress or done, the later ones planned. A year that has a plan keeps it.
class ScheduleDemo {
    Q_DECLARE_TR_FUNCTIONS(ud::core::ScheduleDemo)
public:
    struct Options {
        quint64 seed = 1;
        QDate today = QDate::currentDate();
    };
    struct Summary {
        int items = 0; // 0 when the year had a plan already
        int done = 0;
    };
    static Summary generate(Database& db, const Options& options);
};

} // namespace ud::core
