#include "core/db/Transaction.h"

#include "core/db/Database.h"
#include "core/db/DatabaseCheck.h"

#include <QCoreApplication>

#include <sqlite3.h>

namespace ud::core {

namespace {

// journal_mode as SQLite reports it after trying to set it ("wal", "delete"), or empty on an error.
QByteArray setJournalMode(sqlite3* handle, const char* mode)
{
    const QByteArray sql = QByteArray("PRAGMA journal_mode = ") + mode;
    sqlite3_stmt* stmt = nullptr;
    QByteArray result;
    if (sqlite3_prepare_v2(handle, sql.constData(), -1, &stmt, nullptr) == SQLITE_OK &&
        sqlite3_step(stmt) == SQLITE_ROW)
        result = QByteArray(reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0))).toLower();
    sqlite3_finalize(stmt);
    return result;
}

} // namespace

BulkWrite::BulkWrite(Database& db) : m_db(db)
{
    auto* handle = static_cast<sqlite3*>(db.sqliteHandle());
    if (!handle || db.isReadOnly() || db.transactionDepth() > 0 || !sqlite3_get_autocommit(handle))
        return;
    // Leaving WAL needs every other connection gone; when one is there, the import waits for nobody and keeps WAL.
    sqlite3_busy_timeout(handle, 0);
    m_journalled = setJournalMode(handle, "DELETE") == "delete";
    sqlite3_busy_timeout(handle, kSqliteBusyTimeoutMs);
}

BulkWrite::~BulkWrite()
{
    if (!m_journalled)
        return;
    // Back to WAL, waiting as long as any statement would for a reader that came meanwhile. Should it still fail,
    // the next opening of the file sets WAL again.
    setJournalMode(static_cast<sqlite3*>(m_db.sqliteHandle()), "WAL");
}

Transaction::Transaction(Database& db) : m_db(db)
{
    m_outermost = db.transactionDepth() == 0;
    if (db.isReadOnly())
        throw Error(QCoreApplication::translate("ud::core::Transaction",
                                                "The database %1 is open read-only (%2), so nothing can be changed.")
                        .arg(db.location().displayName(), db.readOnlyReason()));
    if (m_outermost) {
        db.exec(db.isSqlite() ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN"));
        db.rollbackOnly() = false;
    }
    ++db.transactionDepth();
}

Transaction::~Transaction()
{
    if (m_done)
        return;
    --m_db.transactionDepth();
    if (m_outermost) {
        QSqlQuery query(m_db.connection());
        query.exec(QStringLiteral("ROLLBACK"));
    } else {
        m_db.rollbackOnly() = true;
    }
}

void Transaction::commit()
{
    if (m_done)
        return;
    m_done = true;
    --m_db.transactionDepth();
    if (!m_outermost)
        return;
    if (m_db.rollbackOnly()) {
        QSqlQuery(m_db.connection()).exec(QStringLiteral("ROLLBACK"));
        throw Error(QCoreApplication::translate("ud::core::Transaction",
                                                "A part of this change failed, so none of it was saved."));
    }
    try {
        m_db.exec(QStringLiteral("COMMIT"));
    } catch (...) {
        QSqlQuery(m_db.connection()).exec(QStringLiteral("ROLLBACK"));
        throw;
    }
}

} // namespace ud::core
