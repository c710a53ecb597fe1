#pragma once

#include "core/db/DatabaseLocation.h"

#include <QString>
#include <QStringList>

namespace ud::core {

/// The few places where SQLite and PostgreSQL differ: column types in migrations and catalogue queries.
class Dialect {
public:
    explicit Dialect(Engine engine) : m_engine(engine) {}

    Engine engine() const { return m_engine; }
    /// Replaces the migration placeholders {{ID}} and {{BLOB}} with this engine's types.
    QString translate(const QString& portableSql) const;
    /// SQL listing user tables in one column, `name`.
    QString listTablesSql() const;
    /// SQL listing the (table, column) pairs whose foreign key references :table's id, columns `tbl`, `col`.
    QString referencingColumnsSql() const;

private:
    Engine m_engine;
};

} // namespace ud::core
