#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace ud::core {

class Database;

/// A setting kept in the database (app_settings), shared by everyone who opens it: its key and default.
struct DatabaseSetting {
    const char* key;
    const char* defaultValue;
    /// What the change history calls it (English, translated in the context "ud::core"); none for a setting that
    /// is never recorded there.
    const char* title = nullptr;
};

namespace settings {
/// The union's name above printed lists and schedules (浙江工商大学工会); empty: the work plan's.
inline constexpr DatabaseSetting UnionName{"union/name", "", QT_TRANSLATE_NOOP("ud::core", "Union name")};
/// "1" once the clerk dismissed the offer of the example work plan.
inline constexpr DatabaseSetting ExampleDismissed{"schedule/example_dismissed", "0"};
/// The original retirement age (50 or 55) of a woman whose own is not recorded: 55 for a university's teachers and
/// cadres; some offices' staff are mostly workers (50).
inline constexpr DatabaseSetting WomenRetirementAge{"members/women_retirement_age", "55"};
} // namespace settings

/// Every setting the features declare (core/db/Tables.cpp), for the titles of the change history.
const QList<DatabaseSetting>& allSettings();

/// Reads and writes the settings of the open database. Most are preferences, not user data: setValue() leaves no
/// change-history row. What everyone sees printed (the union's name) is changed with change(), which records it.
class DatabaseSettings {
public:
    explicit DatabaseSettings(Database& db) : m_db(db) {}

    QString value(const DatabaseSetting& setting) const;
    bool isOn(const DatabaseSetting& setting) const { return value(setting) == QLatin1String("1"); }
    void setValue(const DatabaseSetting& setting, const QString& value);
    /// Writes `value` and, in the same transaction, a change-history row with the old and the new value. False (and
    /// nothing written) when the setting already has that value.
    bool change(const DatabaseSetting& setting, const QString& value);

    /// The title of the setting stored under `key` (for the change history); the key itself when it has none.
    static QString title(const QString& key);

private:
    Database& m_db;
};

} // namespace ud::core
