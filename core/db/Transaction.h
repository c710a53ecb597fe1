#pragma once

namespace ud::core {

class Database;

/// RAII write transaction: BEGIN IMMEDIATE on SQLite, BEGIN on PostgreSQL; rolls back unless committed.
/// Nested transactions join the outermost one.
class Transaction {
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    void commit();

private:
    Database& m_db;
    bool m_outermost = false;
    bool m_done = false;
};

/// One very large write on SQLite, such as an import of thousands of members. While it lasts the file uses the
/// rollback journal instead of the write-ahead log: SQLite writes the new pages once, where with the log it
/// writes them to the log and again at the checkpoint ("WAL does not work well for very large transactions",
/// sqlite.org/wal.html). Pages that existed before are saved in the journal, so a crash still rolls the whole
/// change back. The switch needs the file to itself: when another program has it open, or a transaction is
/// already running, or on PostgreSQL, nothing changes. Create it before the Transaction of the write.
class BulkWrite {
public:
    explicit BulkWrite(Database& db);
    ~BulkWrite();
    BulkWrite(const BulkWrite&) = delete;
    BulkWrite& operator=(const BulkWrite&) = delete;

    /// True while the rollback journal is in use.
    bool journalled() const { return m_journalled; }

private:
    Database& m_db;
    bool m_journalled = false;
};

} // namespace ud::core
