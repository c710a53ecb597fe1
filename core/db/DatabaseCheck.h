#pragma once

// Internal to core/db: what the check of a SQLite file before use (Database::inspectSqliteFile) shares with the
// connection code.

#include <QString>

namespace ud::core {

/// How long a SQLite connection, the file check and BulkWrite wait for another connection's lock.
inline constexpr int kSqliteBusyTimeoutMs = 5000;

/// Called when the last connection to a SQLite file has closed: unless a write-ahead log or a journal is left,
/// remembers how the file looks, so that the next opening may skip the page-by-page check.
void rememberClosedCleanly(const QString& path);

} // namespace ud::core
