#pragma once

#include "core/members/MemberRepository.h"
#include "core/units/SubUnitRepository.h"

#include <optional>

namespace ud::test {

/// A sub-union with the fields a test names; the rest as a new one has them.
inline core::SubUnit unit(const QString& code, const QString& name, std::optional<qint64> parent = std::nullopt,
                          const QString& shortName = QString())
{
    core::SubUnit u;
    u.code = code;
    u.name = name;
    u.parentId = parent;
    u.shortName = shortName;
    return u;
}

/// Stores a sub-union and returns its id.
inline qint64 addUnit(core::Database& db, const QString& code, const QString& name,
                      std::optional<qint64> parent = std::nullopt)
{
    return core::SubUnitRepository(db).add(unit(code, name, parent));
}

/// A member with a staff number and a name, in a sub-union when one is given.
inline core::Member member(const QString& staffNo, const QString& name, std::optional<qint64> unitId = std::nullopt)
{
    core::Member m;
    m.staffNo = staffNo;
    m.name = name;
    m.unitId = unitId;
    return m;
}

/// Stores a member (joined on `joined`, today when invalid) and returns its id.
inline qint64 addMember(core::Database& db, const QString& staffNo, const QString& name,
                        std::optional<qint64> unitId = std::nullopt, const QDate& joined = QDate())
{
    core::Member m = member(staffNo, name, unitId);
    m.joinDate = joined;
    return core::MemberRepository(db).add(m);
}

/// A status event of a member on `date`; a transfer names the sub-union it goes to.
inline core::MemberEvent event(qint64 memberId, core::MemberEvent::Kind kind, const QDate& date,
                               std::optional<qint64> unitId = std::nullopt)
{
    core::MemberEvent e;
    e.memberId = memberId;
    e.kind = kind;
    e.date = date;
    e.unitId = unitId;
    return e;
}

/// Stores a status event (checked as on `today`) and returns its id.
inline qint64 addEvent(core::Database& db, qint64 memberId, core::MemberEvent::Kind kind, const QDate& date,
                       std::optional<qint64> unitId = std::nullopt, const QDate& today = QDate::currentDate())
{
    return core::MemberRepository(db).addEvent(event(memberId, kind, date, unitId), today);
}

} // namespace ud::test
