#pragma once

#include <QCoreApplication>
#include <QString>
#include <QVariantMap>

#include <cstring>
#include <optional>

namespace ud::core {

class RecordDescription;

/// A table as change notifications and the change history name it: its name in SQL and the user's name for it.
/// Each feature declares its own tables next to its records (`tables::Units` in core/units/SubUnit.h); the
/// one list of them all is `allTables()` in core/db/Tables.cpp.
struct Table {
    const char* name;  // as in SQL and in the change history
    const char* title; // English, translated in the context "ud::core"
    /// Personal numbers among the columns: a column's value as the change history may show it (masked), the
    /// value itself for other columns. None: every value is shown as stored.
    QString (*shownValue)(const QString& column, const QString& value) = nullptr;
    /// Its records' fields and names (`&recordsOf<SubUnit>`, core/record/Record.h): the change history shows their
    /// titles, values as lists show them and each row by its name. None: keys and values as stored.
    const RecordDescription& (*records)() = nullptr;

    QString sqlName() const { return QString::fromLatin1(name); }
    QString label() const { return QCoreApplication::translate("ud::core", title); }
    bool operator==(const Table& other) const { return std::strcmp(name, other.name) == 0; }
    bool operator!=(const Table& other) const { return !(*this == other); }
};

/// The tables of the database's own bookkeeping.
namespace tables {
inline constexpr Table Settings{"app_settings", QT_TRANSLATE_NOOP("ud::core", "Settings")};
inline constexpr Table ChangeLog{"change_log", QT_TRANSLATE_NOOP("ud::core", "Change history")};
} // namespace tables

/// Every table the features declare, in no particular order.
const QList<Table>& allTables();
/// The table of that SQL name among allTables(); nullopt for an unknown name.
std::optional<Table> tableNamed(const QString& name);
/// The description of a table's records (Table::records) by its SQL name; null when it has none.
const RecordDescription* recordDescription(const QString& table);
/// The user's name for a table by its SQL name ("sub-unions" for `units`); the name itself when unknown.
QString tableLabel(const QString& table);
/// The user's name for a change-history action (insert, update, delete, export). An export names its target by the
/// key of its `details` (recordFullNumbers()): full numbers shown, printed, or exported to a file.
QString actionLabel(const QString& action, const QVariantMap& details = {});
/// A stored value of `table`.`column` as the change history shows it: masked when the table says so.
QString shownValue(const QString& table, const QString& column, const QString& value);

} // namespace ud::core
