#include "core/db/DatabaseSettings.h"

#include "core/db/Database.h"

namespace ud::core {

QString DatabaseSettings::value(const DatabaseSetting& setting) const
{
    const QVariant v = m_db.scalar(QStringLiteral("SELECT value FROM app_settings WHERE key = :k"),
                                   {{QStringLiteral("k"), QString::fromLatin1(setting.key)}});
    return v.isValid() ? v.toString() : QString::fromUtf8(setting.defaultValue);
}

void DatabaseSettings::setValue(const DatabaseSetting& setting, const QString& value)
{
    m_db.exec(QStringLiteral("INSERT INTO app_settings (key, value) VALUES (:k, :v) "
                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
              {{QStringLiteral("k"), QString::fromLatin1(setting.key)}, {QStringLiteral("v"), value}});
}

} // namespace ud::core
