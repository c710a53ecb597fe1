#include "core/db/DatabaseSettings.h"

#include "core/db/Database.h"
#include "core/db/RecordStore.h"

namespace ud::core {

QString DatabaseSettings::value(const DatabaseSetting& setting) const
{
    const QVariant v = m_db.scalar(QStringLiteral("SELECT value FROM app_settings WHERE key = :k"),
                                   {{QStringLiteral("k"), QString::fromLatin1(setting.key)}});
    return v.isValid() ? v.toString() : QString::fromUtf8(setting.defaultValue);
}

bool DatabaseSettings::change(const DatabaseSetting& setting, const QString& newValue)
{
    Transaction tx(m_db);
    const QString old = value(setting);
    if (old == newValue) {
        tx.commit();
        return false;
    }
    setValue(setting, newValue);
    RecordStore(m_db).settingChanged(QString::fromLatin1(setting.key), old, newValue);
    tx.commit();
    return true;
}

QString DatabaseSettings::title(const QString& key)
{
    for (const DatabaseSetting& s : allSettings())
        if (s.title && key == QLatin1String(s.key))
            return QCoreApplication::translate("ud::core", s.title);
    return key;
}

void DatabaseSettings::setValue(const DatabaseSetting& setting, const QString& value)
{
    m_db.exec(QStringLiteral("INSERT INTO app_settings (key, value) VALUES (:k, :v) "
                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
              {{QStringLiteral("k"), QString::fromLatin1(setting.key)}, {QStringLiteral("v"), value}});
}

} // namespace ud::core
