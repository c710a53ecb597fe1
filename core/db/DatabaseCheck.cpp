#include "core/db/DatabaseCheck.h"

#include "core/db/Database.h"

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

QString tr(const char* text)
{
    return QCoreApplication::translate("ud::core::Database", text);
}

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

SqliteFileReport Database::inspectSqliteFile(const QString& path)
{
    SqliteFileReport report;
    QFile file(path);
    report.exists = file.exists();
    if (!report.exists || file.size() == 0) {
        report.empty = true;
        return report;
    }
    if (!file.open(QIODevice::ReadOnly))
        throw Error(tr("The file %1 cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    const QByteArray header = file.read(100);
    const qint64 size = file.size();
    file.close();

    // The file format is documented at sqlite.org/fileformat.html: a 100-byte header whose
    // first 16 bytes are "SQLite format 3\0".
    if (header.size() < 100 || !header.startsWith(QByteArray("SQLite format 3\0", 16)))
        throw Error(tr("The file %1 is not a UnionDesk database (it is not a SQLite database at all). "
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
    const bool walPending =
        QFileInfo(path + QStringLiteral("-wal")).size() > 0 || QFileInfo(path + QStringLiteral("-journal")).size() > 0;
    if (pageSize < 512 || (pageSize & (pageSize - 1)) != 0 ||
        (!walPending && (size % pageSize != 0 || (countValid && pageCount > 0 && qint64(pageCount) * pageSize > size))))
        throw Error(tr("The database file %1 is damaged (it is truncated or its header is broken). "
                       "It has not been changed; restore it from a backup.")
                        .arg(QDir::toNativeSeparators(path)));

    // Read-only, by the SQLite C API, so that not even a journal or WAL file is left behind.
    sqlite3* handle = nullptr;
    const QByteArray uri = QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded).toUtf8() + "?mode=ro";
    int rc = sqlite3_open_v2(uri.constData(), &handle, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, nullptr);
    QString problem;
    auto scalarInt = [&](const char* sql, bool* ok) -> qint64 {
        sqlite3_stmt* stmt = nullptr;
        qint64 value = 0;
        *ok = sqlite3_prepare_v2(handle, sql, -1, &stmt, nullptr) == SQLITE_OK;
        if (*ok) {
            const int step = sqlite3_step(stmt);
            *ok = step == SQLITE_ROW || step == SQLITE_DONE;
            if (step == SQLITE_ROW)
                value = sqlite3_column_int64(stmt, 0);
        }
        if (!*ok)
            problem = QString::fromUtf8(sqlite3_errmsg(handle));
        sqlite3_finalize(stmt);
        return value;
    };
    bool ok = rc == SQLITE_OK;
    if (!ok)
        problem = QString::fromUtf8(sqlite3_errstr(rc));
    qint64 tableCount = 0;
    qint64 appId = 0;
    const QString stamp = walPending ? QString() : fileStamp(path, header);
    const bool closedCleanly = !stamp.isEmpty() && rememberedStamp(stampKey(path)) == stamp;
    if (ok && !closedCleanly) {
        sqlite3_stmt* stmt = nullptr;
        ok = sqlite3_prepare_v2(handle, "PRAGMA quick_check", -1, &stmt, nullptr) == SQLITE_OK;
        while (ok && sqlite3_step(stmt) == SQLITE_ROW) {
            const QString line = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0)));
            if (line != QLatin1String("ok")) {
                problem = line;
                ok = false;
            }
        }
        if (!ok && problem.isEmpty())
            problem = QString::fromUtf8(sqlite3_errmsg(handle));
        sqlite3_finalize(stmt);
    }
    // A write cut short in rollback-journal mode (BulkWrite) left a hot journal, which only a connection that may
    // write can roll back. For UnionDesk's own file that is SQLite's ordinary recovery: it is done, then the file
    // is looked at again.
    if (!ok && sqlite3_extended_errcode(handle) == SQLITE_READONLY_ROLLBACK &&
        qFromBigEndian<quint32>(h + 68) == quint32(ApplicationId)) {
        sqlite3_close_v2(handle);
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
        throw Error(tr("The database file %1 was left in the middle of a change that cannot be rolled back now. "
                       "It has not been changed; close every other program that uses it and try again.")
                        .arg(QDir::toNativeSeparators(path)));
    }
    if (ok)
        appId = scalarInt("PRAGMA application_id", &ok);
    if (ok)
        tableCount = scalarInt("SELECT count(*) FROM sqlite_schema WHERE type = 'table'", &ok);
    if (ok && appId == ApplicationId) {
        report.unionDesk = true;
        report.schemaVersion = int(scalarInt("SELECT max(version) FROM schema_version", &ok));
    }
    sqlite3_close_v2(handle);

    if (!ok)
        throw Error(tr("The database file %1 is damaged: %2. It has not been changed; restore it from a backup.")
                        .arg(QDir::toNativeSeparators(path), problem));
    if (!report.unionDesk && tableCount > 0)
        throw Error(tr("The file %1 is a SQLite database of another program, not a UnionDesk database. "
                       "It has not been changed.")
                        .arg(QDir::toNativeSeparators(path)));
    report.empty = !report.unionDesk;
    return report;
}

} // namespace ud::core
