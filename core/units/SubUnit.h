#pragma once

#include "core/db/Table.h"
#include "core/record/Record.h"

#include <QString>

#include <optional>

namespace ud::core {

/// A sub-union (二级工会): one per college or department.
struct SubUnit {
    qint64 id = 0;
    QString code;
    QString name;
    QString shortName;
    std::optional<qint64> parentId;
    int sortOrder = 0;
    bool active = true;

    /// Its fields: columns, titles, rules, export keys and import headers.
    static const RecordType<SubUnit>& type();
    bool operator==(const SubUnit& o) const { return type().same(*this, o); }
};

namespace tables {
inline constexpr Table Units{"units", QT_TRANSLATE_NOOP("ud::core", "Sub-unions"), nullptr, &recordsOf<SubUnit>};
}
QList<Table> unitTables();

} // namespace ud::core
