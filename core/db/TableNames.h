#pragma once

#include <QString>

namespace ud::core {

/// The user's name for a table ("sub-unions" for `units`), for messages and the change history.
/// A feature that adds a table adds its name here.
QString tableLabel(const QString& table);
/// The user's name for a change-history action (insert, update, delete, export).
QString actionLabel(const QString& action);

} // namespace ud::core
