#include "core/db/DatabaseCheck.h"

#include "core/db/Database.h"
#include "core/db/DatabaseFiles.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QUrl>
#include <QtEndian>

#include <sqlite3.h>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

#include <algorithm>

namespace ud::core {

namespace {

// What a SQLite file looked like when UnionDesk last closed it cleanly (its last connection gone, no write-ahead
// log left): size, time of the last change to the nanosecond, and SQLite's change counter from the header. A file
// that still looks so was checked page by page when it was opened then (or trusted on the same terms) and has been
// written by UnionDesk alone since, so it is not checked again: on a large roster that check is most of the time
// of opening. Any other change to the file (a copy put in its place, damage written by another program, a crash)
// makes it look different and brings the check back.
QString fileStamp(const QString& path, const QByteArray& header)
{
    if (header.size() < 100)
        return {};
    const quint32 counter = qFromBigEndian<quint32>(reinterpret_cast<const uchar*>(header.constData()) + 24);
#ifdef Q_OS_UNIX
    struct stat st;
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return {};
    return QStringLiteral("%1:%2.%3:%4:%5")
        .arg(qint64(st.st_size))
        .arg(qint64(st.st_mtim.tv_sec))
        .arg(qint64(st.st_mtim.tv_nsec))
        .arg(quint64(st.st_ino))
        .arg(counter);
#else
    const QFileInfo info(path);
    return QStringLiteral("%1:%2:%3").arg(info.size()).arg(info.lastModified().toMSecsSinceEpoch()).arg(counter);
#endif
}

QString stampKey(const QString& path)
{
    const QString canonical = QFileInfo(path).canonicalFilePath();
    return QStringLiteral("closed/") +
           QString::fromLatin1(QCryptographicHash::hash(canonical.toUtf8(), QCryptographicHash::Sha1).toHex());
}

QSettings& stampStore()
{
    static QSettings store(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("UnionDesk"),
                           QStringLiteral("closed-files"));
    return store;
}

// The files remembered as closed cleanly: the most recently closed ones, so that the list (rewritten at every
// close) stays small however many files were ever opened.
constexpr int kRememberedFiles = 100;

// A remembered file: its stamp and, after a space, when it was closed (ms since the epoch).
QString rememberedStamp(const QString& key)
{
    return stampStore().value(key).toString().section(QLatin1Char(' '), 0, 0);
}

void remember(const QString& key, const QString& stamp)
{
    QSettings& store = stampStore();
    store.setValue(key, stamp + QLatin1Char(' ') + QString::number(QDateTime::currentMSecsSinceEpoch()));
    store.beginGroup(QStringLiteral("closed"));
    QStringList keys = store.childKeys();
    if (keys.size() > kRememberedFiles) {
        const auto closedAt = [&store](const QString& k) {
            return store.value(k).toString().section(QLatin1Char(' '), 1, 1).toLongLong();
        };
        std::sort(keys.begin(), keys.end(),
                  [&](const QString& a, const QString& b) { return closedAt(a) > closedAt(b); });
        for (qsizetype i = kRememberedFiles; i < keys.size(); ++i)
            store.remove(keys.at(i));
    }
    store.endGroup();
    store.sync();
}

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ud::core::Database)
};

} // namespace

void rememberClosedCleanly(const QString& path)
{
    if (QFileInfo::exists(path + QStringLiteral("-wal")) || QFileInfo::exists(path + QStringLiteral("-journal")))
        return;
    QFile file(path);
    if (file.open(QIODevice::ReadOnly)) {
        const QString stamp = fileStamp(path, file.read(100));
        if (!stamp.isEmpty())
            remember(stampKey(path), stamp);
    }
}

namespace {

// What one read-only look at a SQLite file through the C API found.
struct Look {
    bool ok = false;
    int code = SQLITE_OK; // SQLite's extended result code of the failure
    QString problem;
    bool damaged = false; // the failure says the file itself is damaged
    qint64 appId = 0;
    qint64 tableCount = 0;
    int schemaVersion = 0;
};

// Opens `path` read-only (`immutable`: without locks or the log, see SqliteFileReport::immutable), runs the
// page-by-page check unless `skipCheck`, and reads the application id, the number of tables and the schema version.
Look look(const QString& path, bool immutable, bool skipCheck)
{
    Look r;
    sqlite3* handle = nullptr;
    const QByteArray uri = QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded).toUtf8() +
                           (immutable ? "?mode=ro&immutable=1" : "?mode=ro");
    const int rc = sqlite3_open_v2(uri.constData(), &handle, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, nullptr);
    auto fail = [&](int code, const QString& problem) {
        r.ok = false;
        r.code = code;
        r.problem = problem;
        const int primary = code & 0xff;
        r.damaged = primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB;
    };
    auto scalarInt = [&](const char* sql) -> qint64 {
        sqlite3_stmt* stmt = nullptr;
        qint64 value = 0;
        bool good = sqlite3_prepare_v2(handle, sql, -1, &stmt, nullptr) == SQLITE_OK;
        if (good) {
            const int step = sqlite3_step(stmt);
            good = step == SQLITE_ROW || step == SQLITE_DONE;
            if (step == SQLITE_ROW)
                value = sqlite3_column_int64(stmt, 0);
        }
        if (!good)
            fail(sqlite3_extended_errcode(handle), QString::fromUtf8(sqlite3_errmsg(handle)));
        sqlite3_finalize(stmt);
        return value;
    };
    r.ok = rc == SQLITE_OK;
    if (!r.ok)
        fail(handle ? sqlite3_extended_errcode(handle) : rc, QString::fromUtf8(sqlite3_errstr(rc)));
    if (r.ok && !skipCheck) {
        sqlite3_stmt* stmt = nullptr;
        r.ok = sqlite3_prepare_v2(handle, "PRAGMA quick_check", -1, &stmt, nullptr) == SQLITE_OK;
        int step = SQLITE_ROW;
        while (r.ok && (step = sqlite3_step(stmt)) == SQLITE_ROW) {
            const QString line = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0)));
            if (line != QLatin1String("ok")) {
                fail(SQLITE_CORRUPT, line);
                r.damaged = true;
            }
        }
        if (r.ok && step != SQLITE_DONE)
            r.ok = false;
        if (!r.ok && r.problem.isEmpty())
            fail(sqlite3_extended_errcode(handle), QString::fromUtf8(sqlite3_errmsg(handle)));
        sqlite3_finalize(stmt);
    }
    if (r.ok)
        r.appId = scalarInt("PRAGMA application_id");
    if (r.ok)
        r.tableCount = scalarInt("SELECT count(*) FROM sqlite_schema WHERE type = 'table'");
    if (r.ok && r.appId == Database::ApplicationId && r.tableCount > 0)
        r.schemaVersion = int(scalarInt("SELECT max(version) FROM schema_version"));
    sqlite3_close_v2(handle);
    return r;
}

} // namespace

SqliteFileReport Database::inspectSqliteFile(const QString& path)
{
    SqliteFileReport report;
    DatabaseFiles::requireRegularFile(path);
    QFile file(path);
    report.exists = file.exists();
    if (!report.exists || file.size() == 0) {
        report.empty = true;
        return report;
    }
    if (!file.open(QIODevice::ReadOnly))
        throw Error(Tr::tr("The file %1 cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    const QByteArray header = file.read(100);
    const qint64 size = file.size();
    file.close();

    // The file format is documented at sqlite.org/fileformat.html: a 100-byte header whose
    // first 16 bytes are "SQLite format 3\0".
    if (header.size() < 100 || !header.startsWith(QByteArray("SQLite format 3\0", 16)))
        throw Error(Tr::tr("The file %1 is not a UnionDesk database (it is not a SQLite database at all). "
                       "It has not been changed.")
                        .arg(QDir::toNativeSeparators(path)));
    const auto* h = reinterpret_cast<const uchar*>(header.constData());
    quint32 pageSize = qFromBigEndian<quint16>(h + 16);
    if (pageSize == 1)
        pageSize = 65536;
    const quint32 pageCount = qFromBigEndian<quint32>(h + 28);
    const bool countValid = qFromBigEndian<quint32>(h + 24) == qFromBigEndian<quint32>(h + 92);
    // While a write-ahead log holds committed pages, a checkpoint cut short (a crash, a power cut) may have
    // written the new page count into the header before the file grew: SQLite completes it from the log,
    // so the size is only checked without one.
    // The same holds for a rollback journal left by a write cut short (see BulkWrite): the journal puts the file
    // back as it was.
    const QString walPath = path + QStringLiteral("-wal");
    const QString shmPath = path + QStringLiteral("-shm");
    const bool hadWal = QFileInfo::exists(walPath);
    const bool hadShm = QFileInfo::exists(shmPath);
    const bool walPending = QFileInfo(walPath).size() > 0 || QFileInfo(path + QStringLiteral("-journal")).size() > 0;
    if (pageSize < 512 || (pageSize & (pageSize - 1)) != 0 ||
        (!walPending && (size % pageSize != 0 || (countValid && pageCount > 0 && qint64(pageCount) * pageSize > size))))
        throw Error(Tr::tr("The database file %1 is damaged (it is truncated or its header is broken). "
                       "It has not been changed; restore it from a backup.")
                        .arg(QDir::toNativeSeparators(path)));

    const QString stamp = walPending ? QString() : fileStamp(path, header);
    const bool closedCleanly = !stamp.isEmpty() && rememberedStamp(stampKey(path)) == stamp;
    // Read-only, by the SQLite C API, so that not even a journal is left behind (and the -wal and -shm that
    // reading a WAL database creates are removed again below).
    Look found = look(path, false, closedCleanly);
    // A WAL database in a folder this process may not write, with no log beside it: SQLite cannot create the -shm
    // it wants for reading. Nobody can change such a file without writing in that folder, so it is read as
    // immutable.
    const bool walMode = h[18] == 2 && h[19] == 2;
    if (!found.ok && !found.damaged && walMode && !hadWal && !DatabaseFiles::access(path).folderWritable) {
        found = look(path, true, closedCleanly);
        report.immutable = found.ok;
    }
    // A write cut short in rollback-journal mode (BulkWrite) left a hot journal, which only a connection that may
    // write can roll back. For UnionDesk's own file that is SQLite's ordinary recovery: it is done, then the file
    // is looked at again.
    if (!found.ok && found.code == SQLITE_READONLY_ROLLBACK &&
        qFromBigEndian<quint32>(h + 68) == quint32(ApplicationId)) {
        sqlite3* writer = nullptr;
        const QByteArray rwUri = QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded).toUtf8() + "?mode=rw";
        bool recovered =
            sqlite3_open_v2(rwUri.constData(), &writer, SQLITE_OPEN_READWRITE | SQLITE_OPEN_URI, nullptr) == SQLITE_OK;
        if (recovered) {
            sqlite3_busy_timeout(writer, kSqliteBusyTimeoutMs);
            recovered =
                sqlite3_exec(writer, "SELECT count(*) FROM sqlite_schema", nullptr, nullptr, nullptr) == SQLITE_OK;
        }
        sqlite3_close_v2(writer);
        if (recovered)
            return inspectSqliteFile(path);
        throw Error(Tr::tr("The database file %1 was left in the middle of a change that cannot be rolled back now. "
                       "It has not been changed; close every other program that uses it and try again.")
                        .arg(QDir::toNativeSeparators(path)));
    }
    const bool ours = found.ok && found.appId == ApplicationId;
    // Files UnionDesk will not use keep nothing of the look: no empty log beside them.
    if (!ours || found.schemaVersion > latestSchemaVersion())
        DatabaseFiles::removeCreatedWalFiles(path, hadWal, hadShm);

    if (!found.ok && found.damaged)
        throw Error(Tr::tr("The database file %1 is damaged: %2. It has not been changed; restore it from a backup.")
                        .arg(QDir::toNativeSeparators(path), found.problem));
    if (!found.ok)
        throw Error(Tr::tr("The database file %1 cannot be read here: %2. Check that you may read the file and write "
                       "in its folder (SQLite keeps its -wal and -shm files beside it), or copy the file to a folder "
                       "of your own.")
                        .arg(QDir::toNativeSeparators(path), found.problem));
    if (!ours)
        throw Error(found.tableCount > 0
                        ? Tr::tr("The file %1 is a SQLite database of another program, not a UnionDesk database. "
                             "It has not been changed.")
                              .arg(QDir::toNativeSeparators(path))
                        : Tr::tr("The file %1 is an empty SQLite database that UnionDesk did not make; it may belong to "
                             "another program. UnionDesk only creates a database in a new or empty (0-byte) file. "
                             "It has not been changed.")
                              .arg(QDir::toNativeSeparators(path)));
    report.unionDesk = true;
    report.schemaVersion = found.schemaVersion;
    // Marked as UnionDesk's but without tables: a creation cut short, completed when it is opened.
    report.empty = found.tableCount == 0;
    return report;
}

} // namespace ud::core
