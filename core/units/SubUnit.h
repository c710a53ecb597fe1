#pragma once

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

    bool operator==(const SubUnit& o) const
    {
        return id == o.id && code == o.code && name == o.name && shortName == o.shortName && parentId == o.parentId &&
               sortOrder == o.sortOrder && active == o.active;
    }
};

} // namespace ud::core
