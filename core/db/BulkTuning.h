#pragma once

#include <QStringList>
#include <QVariant>

namespace ud::core {

class Database;

/// The speed-ups of one large write on SQLite, kept to this connection and undone when the object goes (nothing
/// happens on PostgreSQL). Create it for the write, after any BulkWrite; call finish() before the commit when
/// indexes were deferred or checks skipped. Feature code asks for a speed-up here and never runs a PRAGMA itself.
class BulkTuning {
public:
    explicit BulkTuning(Database& db);
    ~BulkTuning();
    BulkTuning(const BulkTuning&) = delete;
    BulkTuning& operator=(const BulkTuning&) = delete;

    /// A page cache big enough for the transaction (up to 256 MB, taken only as used), so that SQLite does not
    /// spill the same pages again and again; and, with `tempInMemory`, temporary tables in memory.
    void largeCache(bool tempInMemory = false);
    /// Drops the secondary indexes of `tables`, to build them again from the finished tables in finish(): faster
    /// than updating them row by row when a write adds more rows than the tables hold. Unique constraints stay.
    void deferIndexes(const QStringList& tables);
    /// Leaves the CHECK constraints to the caller, which must refuse every value they would refuse: SQLite builds
    /// a temporary index of a CHECK (x IN (…)) list for every row. A test must prove that for each CHECK of the
    /// tables written.
    void skipChecks();
    /// Turns the CHECK constraints back on and builds the deferred indexes again.
    void finish();

private:
    Database& m_db;
    QVariant m_cacheSize;
    QVariant m_tempStore;
    bool m_checksOff = false;
    QStringList m_indexes; // CREATE INDEX statements to run in finish()
};

} // namespace ud::core
