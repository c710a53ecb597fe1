#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QStringList>

namespace ud::ui {

/// A setting of the user's (QSettings: the configuration file of this user on this computer) with its key and its
/// default. Every such setting is declared once, in the table below.
template <class T> struct UserSetting {
    const char* key;
    T defaultValue;

    T value() const
    {
        return QSettings().value(QLatin1String(key), QVariant::fromValue(defaultValue)).template value<T>();
    }
    bool isSet() const { return QSettings().contains(QLatin1String(key)); }
    void set(const T& v) const { QSettings().setValue(QLatin1String(key), QVariant::fromValue(v)); }
    void reset() const { QSettings().remove(QLatin1String(key)); }
};

/// The user's settings. (Folders remembered per page are Folders.h's; the record of files closed cleanly is
/// core/db's.)
namespace usersettings {
inline const UserSetting<QString> Language{"language", QString()}; // "" follows the system
inline const UserSetting<QStringList> RecentDatabases{"recentDatabases", {}};
inline const UserSetting<QByteArray> WindowGeometry{"mainWindow/geometry", {}};
inline const UserSetting<QByteArray> WindowState{"mainWindow/state", {}};
inline const UserSetting<bool> BackupOnClose{"backup/onClose", true};
inline const UserSetting<QString> BackupFolder{"backup/folder", QString()}; // "" beside the database
inline const UserSetting<QString> SecondBackupFolder{"backup/secondFolder",
                                                     QString()}; // "" none (a USB stick, a share)
inline const UserSetting<int> BackupKeep{"backup/keep", 10};
inline const UserSetting<QString> ServerHost{"postgres/host", QStringLiteral("localhost")};
inline const UserSetting<int> ServerPort{"postgres/port", 5432};
inline const UserSetting<QString> ServerDatabase{"postgres/database", QStringLiteral("uniondesk")};
inline const UserSetting<QString> ServerUser{"postgres/user", QString()}; // "" the system user's name
inline const UserSetting<QStringList> MemberColumns{"members/columns", {}};
inline const UserSetting<bool> ListsLandscape{"lists/landscape", false}; // member lists printed across the page
} // namespace usersettings

} // namespace ud::ui
