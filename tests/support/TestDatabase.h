#pragma once

#include "core/db/Database.h"

#include <QTemporaryDir>

#include <memory>

namespace ud::test {

/// The engine this test run is for, from UD_TEST_ENGINE (sqlite or postgres).
core::Engine testEngine();

/// A new, empty database on the engine under test: a SQLite file in a temporary folder, or a new database
/// on the PostgreSQL cluster named by UD_TEST_PG_URL (dropped afterwards).
class TestDatabase {
public:
    TestDatabase();
    ~TestDatabase();
    const core::DatabaseLocation& location() const { return m_location; }
    std::unique_ptr<core::Database> open() const { return core::Database::open(m_location); }
    /// The database name or file path as the command line's --db takes it.
    QString spec() const { return m_location.toSpec(); }
    QString tempPath(const QString& name) const { return m_dir.filePath(name); }

private:
    QTemporaryDir m_dir;
    core::DatabaseLocation m_location;
    QString m_pgName;
};

} // namespace ud::test
