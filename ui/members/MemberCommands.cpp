#include "ui/members/MemberCommands.h"

#include "core/db/Database.h"
#include "core/members/MemberRepository.h"
#include "ui/shell/Module.h"

#include <QHash>

namespace ud::ui {

namespace {

// An event recorded again by undo or redo gets a new id, while commands further down the stack still hold the
// old one: they look it up here. Kept per open database (connection names are never reused).
QHash<qint64, qint64>& renumberedEvents(const core::Database& db)
{
    static QHash<QString, QHash<qint64, qint64>> maps;
    return maps[db.connectionName()];
}

qint64 currentEventId(const core::Database& db, qint64 id)
{
    const QHash<qint64, qint64>& map = renumberedEvents(db);
    while (map.contains(id))
        id = map.value(id);
    return id;
}

qint64 recordAgain(core::Database& db, const core::MemberEvent& event)
{
    const qint64 id = core::MemberRepository(db).addEvent(event);
    renumberedEvents(db).insert(event.id, id);
    return id;
}

} // namespace

AddMemberCommand::AddMemberCommand(ShellContext& shell, const core::Member& added, MemberChangedCallback changed)
    : MemberCommand(shell, std::move(changed)), m_member(added)
{
    setText(MemberCommand::tr("Add member %1").arg(added.name));
}

void AddMemberCommand::apply()
{
    core::MemberRepository(database()).add(m_member, m_events);
}

void AddMemberCommand::revert()
{
    core::MemberRepository repo(database());
    // Keep what the member looks like now (events added since), so that redo brings back exactly that.
    if (const auto current = repo.byId(m_member.id)) {
        m_member = *current;
        m_events = repo.events(m_member.id);
    }
    repo.remove(m_member.id);
}

EditMemberCommand::EditMemberCommand(ShellContext& shell, const core::Member& before, const core::Member& after,
                                     MemberChangedCallback changed)
    : MemberCommand(shell, std::move(changed)), m_before(before), m_after(after)
{
    setText(MemberCommand::tr("Edit member %1").arg(after.name));
}

void EditMemberCommand::apply()
{
    core::MemberRepository(database()).update(m_after);
}

void EditMemberCommand::revert()
{
    core::MemberRepository(database()).update(m_before);
}

DeleteMemberCommand::DeleteMemberCommand(ShellContext& shell, const core::Member& deleted,
                                         const QList<core::MemberEvent>& events, MemberChangedCallback changed)
    : MemberCommand(shell, std::move(changed)), m_member(deleted), m_events(events)
{
    setText(MemberCommand::tr("Delete member %1").arg(deleted.name));
}

void DeleteMemberCommand::apply()
{
    core::MemberRepository(database()).remove(m_member.id);
}

void DeleteMemberCommand::revert()
{
    core::MemberRepository(database()).add(m_member, m_events);
}

AddMemberEventCommand::AddMemberEventCommand(ShellContext& shell, const QString& memberName,
                                             const core::MemberEvent& added, MemberChangedCallback changed)
    : MemberCommand(shell, std::move(changed)), m_event(added)
{
    setText(MemberCommand::tr("Record “%1” for %2").arg(core::MemberEvent::kindLabel(added.kind), memberName));
}

void AddMemberEventCommand::apply()
{
    m_event.id = recordAgain(database(), m_event);
}

void AddMemberEventCommand::revert()
{
    m_event.id = currentEventId(database(), m_event.id);
    core::MemberRepository(database()).removeEvent(m_event.id);
}

RemoveMemberEventCommand::RemoveMemberEventCommand(ShellContext& shell, const QString& memberName,
                                                   const core::MemberEvent& removed, MemberChangedCallback changed)
    : MemberCommand(shell, std::move(changed)), m_event(removed)
{
    setText(MemberCommand::tr("Remove “%1” from the history of %2")
                .arg(core::MemberEvent::kindLabel(removed.kind), memberName));
}

void RemoveMemberEventCommand::apply()
{
    m_event.id = currentEventId(database(), m_event.id);
    core::MemberRepository(database()).removeEvent(m_event.id);
}

void RemoveMemberEventCommand::revert()
{
    m_event.id = recordAgain(database(), m_event);
}

bool sameMemberFields(const core::Member& a, const core::Member& b)
{
    return a.id == b.id && a.staffNo == b.staffNo && a.name == b.name && a.gender == b.gender &&
           a.ethnicity == b.ethnicity && a.birthDate == b.birthDate && a.idNumber == b.idNumber &&
           a.unitId == b.unitId && a.department == b.department && a.title == b.title && a.education == b.education &&
           a.politicalStatus == b.politicalStatus && a.employmentType == b.employmentType && a.phone == b.phone &&
           a.joinDate == b.joinDate && a.status == b.status && a.note == b.note;
}

} // namespace ud::ui
