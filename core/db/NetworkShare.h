#pragma once

#include <QByteArray>
#include <QString>

namespace ud::core {

/// SQLite's locking is unreliable over network file systems, so a database file there is refused.
namespace NetworkShare {
bool isUncPath(const QString& path);
bool isNetworkFileSystemType(const QByteArray& fsType);
/// True when `path` (or, when it does not exist yet, its folder) lies on a network share.
bool isOnNetworkShare(const QString& path);
} // namespace NetworkShare

} // namespace ud::core
