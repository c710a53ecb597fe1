#include "core/db/NetworkShare.h"

#include <QDir>
#include <QFileInfo>
#include <QStorageInfo>

namespace ud::core::NetworkShare {

bool isUncPath(const QString& path)
{
    return path.startsWith(QLatin1String("\\\\")) || path.startsWith(QLatin1String("//"));
}

bool isNetworkFileSystemType(const QByteArray& fsType)
{
    const QByteArray t = fsType.toLower();
    return t.startsWith("nfs") || t == "cifs" || t.startsWith("smb") || t == "ncpfs" || t == "afs" || t == "9p" ||
           t == "fuse.sshfs" || t == "davfs" || t == "fuse.davfs2";
}

bool isOnNetworkShare(const QString& path)
{
    if (isUncPath(path))
        return true;
    QFileInfo info(path);
    QString existing = info.exists() ? info.absoluteFilePath() : info.absolutePath();
    while (!existing.isEmpty() && !QFileInfo::exists(existing)) {
        const QString parent = QFileInfo(existing).absolutePath();
        if (parent == existing)
            break;
        existing = parent;
    }
    const QStorageInfo storage(existing);
    return storage.isValid() && isNetworkFileSystemType(storage.fileSystemType());
}

} // namespace ud::core::NetworkShare
