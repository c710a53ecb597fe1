#include "core/db/DatabaseFiles.h"

#include "core/db/Error.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QRegularExpression>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace ud::core::DatabaseFiles {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ud::core::Database)
};

QString native(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

#ifdef Q_OS_UNIX
bool mayWrite(const QString& path, int mode = W_OK)
{
    // The effective user, as the kernel checks it when SQLite opens the file; EROFS on a read-only mount.
    return ::faccessat(AT_FDCWD, QFile::encodeName(path).constData(), mode, AT_EACCESS) == 0;
}

// True when another process holds SQLite's lock on the -shm file of a WAL database: every connection keeps a shared
// lock on its "dead man switch" byte (offset 128) while it uses the file. Locks of this process are not seen.
bool shmInUse(const QString& shmPath)
{
    const int fd = ::open(QFile::encodeName(shmPath).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    struct flock probe = {};
    probe.l_type = F_WRLCK;
    probe.l_whence = SEEK_SET;
    probe.l_start = 128;
    probe.l_len = 1;
    const bool inUse = ::fcntl(fd, F_GETLK, &probe) != 0 || probe.l_type != F_UNLCK;
    ::close(fd);
    return inUse;
}
#else
bool mayWrite(const QString& path)
{
    return QFileInfo(path).isWritable();
}
bool shmInUse(const QString&)
{
    return true; // without a way to look, assume so and leave the file
}
#endif

} // namespace

void requireRegularFile(const QString& path)
{
#ifdef Q_OS_UNIX
    struct stat st;
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return; // missing: nothing is there yet
    if (S_ISREG(st.st_mode))
        return;
    if (S_ISDIR(st.st_mode))
        throw Error(
            Tr::tr("%1 is a folder, not a database file. Give the name of a database file in it.").arg(native(path)));
    throw Error(Tr::tr("%1 is not an ordinary file (it is a device, a pipe or a socket), so it cannot hold a database. "
                   "Nothing was written there.")
                    .arg(native(path)));
#else
    const QFileInfo info(path);
    if (info.exists() && info.isDir())
        throw Error(
            Tr::tr("%1 is a folder, not a database file. Give the name of a database file in it.").arg(native(path)));
#endif
}

bool makePrivateFolder(const QString& folder)
{
    const QString clean = QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
    if (QFileInfo(clean).isDir())
        return true;
#ifdef Q_OS_UNIX
    const QStringList parts = clean.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    QString current;
    for (const QString& part : parts) {
        current += QLatin1Char('/') + part;
        if (QFileInfo(current).isDir())
            continue;
        if (::mkdir(QFile::encodeName(current).constData(), 0700) != 0 && errno != EEXIST)
            return false;
    }
    return QFileInfo(clean).isDir();
#else
    return QDir().mkpath(clean);
#endif
}

bool createPrivateFile(const QString& path, QString* reason)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0) {
        if (reason)
            *reason = qt_error_string(errno);
        return false;
    }
    ::close(fd);
    return true;
#else
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
        if (reason)
            *reason = file.errorString();
        return false;
    }
    return true;
#endif
}

Access access(const QString& path)
{
    Access a;
    const QFileInfo info(path);
#ifdef Q_OS_UNIX
    a.folderWritable = mayWrite(info.absolutePath(), W_OK | X_OK);
#else
    a.folderWritable = mayWrite(info.absolutePath());
#endif
    a.fileWritable = !info.exists() ? a.folderWritable : mayWrite(path);
    for (const char* suffix : {"-wal", "-shm"}) {
        const QString side = path + QLatin1String(suffix);
        if (QFileInfo::exists(side) && !mayWrite(side))
            a.sideFilesWritable = false;
    }
    return a;
}

PartLock::PartLock(const QString& path)
{
#ifdef Q_OS_UNIX
    m_fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (m_fd >= 0)
        ::flock(m_fd, LOCK_SH);
#else
    Q_UNUSED(path);
#endif
}

PartLock::~PartLock()
{
#ifdef Q_OS_UNIX
    if (m_fd >= 0)
        ::close(m_fd);
#endif
}

int removeLeftoverParts(const QString& folder)
{
#ifdef Q_OS_UNIX
    // Backup::backupTo's temporary names: the target's name, six letters or digits from QTemporaryFile, ".part".
    // Hidden names are the exports' (SafeOutput) and are left alone.
    static const QRegularExpression pattern(QStringLiteral("^([^.].*\\.[A-Za-z0-9]{6}\\.part)(-journal|-wal|-shm)?$"));
    const QDir dir(folder);
    if (!dir.exists())
        return 0;
    QMap<QString, QStringList> groups; // base name → the files of that part that exist
    for (const QString& name : dir.entryList(QDir::Files | QDir::System)) {
        const auto m = pattern.match(name);
        if (m.hasMatch())
            groups[m.captured(1)] << name;
    }
    int removed = 0;
    for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
        const QString base = dir.filePath(it.key());
        int lockFd = -1;
        if (QFileInfo::exists(base)) {
            struct stat st;
            if (::lstat(QFile::encodeName(base).constData(), &st) != 0 || !S_ISREG(st.st_mode))
                continue;
            QFile file(base);
            if (!file.open(QIODevice::ReadOnly))
                continue;
            // Only what a backup writes: nothing yet, or a SQLite database.
            const QByteArray head = file.read(16);
            file.close();
            if (!head.isEmpty() && head != QByteArray("SQLite format 3\0", 16))
                continue;
            lockFd = ::open(QFile::encodeName(base).constData(), O_RDONLY | O_CLOEXEC);
            if (lockFd < 0)
                continue;
            if (::flock(lockFd, LOCK_EX | LOCK_NB) != 0) {
                ::close(lockFd); // a running backup is writing it
                continue;
            }
        }
        if (!shmInUse(base + QStringLiteral("-shm"))) {
            for (const QString& name : it.value())
                if (QFile::remove(dir.filePath(name)))
                    ++removed;
        }
        if (lockFd >= 0)
            ::close(lockFd);
    }
    return removed;
#else
    Q_UNUSED(folder);
    return 0;
#endif
}

void removeCreatedWalFiles(const QString& path, bool hadWal, bool hadShm)
{
    const QString wal = path + QStringLiteral("-wal");
    const QString shm = path + QStringLiteral("-shm");
    if ((hadWal && hadShm) || QFileInfo(wal).size() > 0 || shmInUse(shm))
        return;
    if (!hadWal)
        QFile::remove(wal);
    if (!hadShm)
        QFile::remove(shm);
}

} // namespace ud::core::DatabaseFiles
