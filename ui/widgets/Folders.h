#pragma once

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QString>

namespace ud::ui {

/// The folder the user last chose for `key`'s files ("units", "lists"), the home folder at first.
inline QString lastFolder(const QString& key)
{
    return QSettings().value(key + QStringLiteral("/lastFolder"), QDir::homePath()).toString();
}

/// Remembers the folder of `file` for the next file dialog of `key`.
inline void rememberFolder(const QString& key, const QString& file)
{
    QSettings().setValue(key + QStringLiteral("/lastFolder"), QFileInfo(file).absolutePath());
}

} // namespace ud::ui
