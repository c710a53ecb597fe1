#pragma once

#include "core/db/Error.h"

#include <QString>
#include <QStringList>

#include <functional>

namespace ud::core {

class Database;

/// What goes into the year-end workbook (年终报表).
struct YearbookOptions {
    int year = 0;
    bool unmasked = false; // ID and phone numbers of the roster in full (recorded in the change history)
};

/// Thrown by writeYearbook() when the progress callback asked to stop; nothing was written.
class YearbookCancelled : public Error {
public:
    using Error::Error;
};

/// The year-end workbook: one .xlsx file, one worksheet per area, in this order: the overview (the year's figures,
/// with native charts), members (the roster on 31 December, the year's changes, counts by sub-union, gender and age
/// band), work progress (every item of the year's plan with its status), proposals (the year's sessions, their
/// proposals and the report's tables), mutual aid (enrollment by scheme and sub-union, claims paid, each fund's
/// statement), hardship and care (payments by sub-union and cause or kind, with totals) and awards (the final lists by
/// award and sub-union). Every figure comes from an aggregate query and every list is streamed, so the memory used
/// does not grow with the rows; ID and phone numbers are masked unless `options.unmasked`, which is recorded in the
/// change history together with the file.
class Yearbook {
public:
    /// (steps done, steps in all), called at each worksheet and every 2,000 rows of the roster; returning false
    /// cancels (YearbookCancelled) and leaves the target as it was.
    using Progress = std::function<bool(int done, int total)>;

    /// The worksheet names in order, translated.
    static QStringList sheetNames();
    /// The number of steps progress counts to.
    static int stepCount();

    /// Writes the workbook of `options.year` to `path` (an .xlsx file) in one step; throws Error with a sentence for
    /// the user on failure. Returns the number of members on the roster of 31 December.
    static qint64 write(Database& db, const QString& path, const YearbookOptions& options,
                        const Progress& progress = {});
};

} // namespace ud::core
