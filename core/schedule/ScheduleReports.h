#pragma once

#include "core/report/Report.h"
#include "core/schedule/ScheduleRepository.h"

namespace ud::core {

/// The printed and exported forms of a year's schedule: the month's schedule officers hand round, the year
/// overview against a 12-month grid, and the plan as an .xlsx workbook.
class ScheduleReports {
public:
    explicit ScheduleReports(Database& db) : m_repo(db) {}

    /// A4 portrait: items of `month` grouped by section with number, text, timing as written, office, status
    /// and notes; the month's deadlines in bold and marked. Throws Error when `year` has no plan.
    Report month(int year, int month) const;
    /// A4 landscape: every item against the twelve months (● runs, ▲ due). Throws Error when there is no plan.
    Report yearOverview(int year) const;
    /// The plan to .xlsx: the schedule (section, number, item, timing, a tick per month, office, status, done
    /// date, notes) and the key points on a second sheet. Throws Error when there is no plan or on a write error.
    void exportXlsx(int year, const QString& path) const;

    /// The title of a month's schedule: "Union work schedule for May 2024" (2024年5月工会工作安排).
    static QString monthTitle(int year, int month);
    static QString yearTitle(int year);

private:
    ScheduleRepository m_repo;
};

} // namespace ud::core
