#pragma once

#include "core/db/Database.h"
#include "core/members/MemberExport.h"
#include "core/report/Report.h"

#include <optional>

namespace ud::core {

/// The lists the office prints: birthdays of a month (生日慰问), upcoming retirements, and the roster on a
/// date. Each comes back as a Report, ready for print preview, PDF, .xlsx or .csv.
class MemberLists {
public:
    explicit MemberLists(Database& db) : m_db(db) {}

    struct Options {
        std::optional<qint64> unitId; // one sub-union, or all
        bool groupByUnit = true;      // a heading per sub-union
        bool showFullPhone = false;   // phones masked unless asked
    };

    /// Active members (and retirees when asked) born in `month`, by day of month; the age they reach in `year`.
    Report birthdays(int year, int month, const Options& options, bool includeRetired = false) const;
    /// Active members whose statutory retirement date (RetirementAge: the 2025 rise by birth month, from 60 for men
    /// and from a woman's own original age, or the office's default) lies between `from` and `to`, by that date.
    Report retirements(const QDate& from, const QDate& to, const Options& options) const;
    /// Everyone on the roster on `date` (active, and retired when asked), with the sub-union and status
    /// they had that day, reproduced from the status history.
    Report rosterAsOf(const QDate& date, const Options& options, bool includeRetired = true) const;

    /// The members list as the page shows it: the members `options` filters, in its order, with its columns (a
    /// number first); ID and phone numbers masked unless `options.unmasked`. Landscape with more than seven columns.
    Report shown(const MemberExportOptions& options) const;

    /// The union's name for the heading of printed lists (app_settings "union/name"), or empty.
    QString organisationName() const;

private:
    Database& m_db;
};

} // namespace ud::core
