#pragma once

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QString>

namespace ud::core {

/// A file name as the C libraries take it (libzip, libxlsxwriter): UTF-8 on Windows, where they convert it to
/// UTF-16, the file system's encoding elsewhere.
inline QByteArray fileNameBytes(const QString& path)
{
#ifdef Q_OS_WIN
    return QDir::toNativeSeparators(path).toUtf8();
#else
    return QFile::encodeName(path);
#endif
}

} // namespace ud::core
