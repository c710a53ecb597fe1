#pragma once

#include "core/db/Database.h"

#include <QDate>
#include <QString>

namespace ud::core {

/// Fills a database with a realistic, synthetic roster for trying the program and for benchmarks: about 30
/// sub-unions of a university and members with Chinese names, valid ID numbers and status histories. The same
/// seed and day give the same data.
class DemoData {
public:
    struct Options {
        int members = 1000;
        quint64 seed = 1;
        /// Ages, join dates and events are relative to this day; nothing lies after it.
        QDate today = QDate::currentDate();
    };

    struct Summary {
        int unitsAdded = 0;
        int unitsReused = 0;
        int members = 0;
        int events = 0;
        int active = 0;
        int retired = 0;
        int left = 0;
        int deceased = 0;
        int transfers = 0;
        int rejoined = 0;
        int distinctNames = 0;
        int namesSharedByThree = 0; // full names that at least three members have
        qint64 milliseconds = 0;
    };

    /// Generates `options.members` members in one transaction. Refused with ValidationError when the database
    /// already holds members. Sub-unions with the demo codes that exist already are used as they are.
    /// The members and events are written directly, without a change-history row each; one change-history
    /// note records that demo data was generated.
    static Summary generate(Database& db, const Options& options);

    /// The largest number of members one run generates.
    static constexpr int MaxMembers = 1000000;
};

} // namespace ud::core
