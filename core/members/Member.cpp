#include "core/members/Member.h"

#include "core/members/IdNumber.h"

#include <QCoreApplication>

namespace ud::core {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("ud::core::Member", text);
}
} // namespace

QString Member::statusKey(Status s)
{
    switch (s) {
    case Status::Active:
        return QStringLiteral("active");
    case Status::Retired:
        return QStringLiteral("retired");
    case Status::Left:
        return QStringLiteral("left");
    case Status::Deceased:
        return QStringLiteral("deceased");
    }
    return {};
}

std::optional<Member::Status> Member::statusFromKey(const QString& key)
{
    static const QString keys[] = {statusKey(Status::Active), statusKey(Status::Retired), statusKey(Status::Left),
                                   statusKey(Status::Deceased)};
    for (Status s : {Status::Active, Status::Retired, Status::Left, Status::Deceased})
        if (keys[int(s)] == key)
            return s;
    // The words HR spreadsheets use.
    if (key == QStringLiteral("在职") || key == QStringLiteral("在册"))
        return Status::Active;
    if (key == QStringLiteral("离退休") || key == QStringLiteral("退休"))
        return Status::Retired;
    if (key == QStringLiteral("调离") || key == QStringLiteral("离职"))
        return Status::Left;
    if (key == QStringLiteral("去世") || key == QStringLiteral("已故"))
        return Status::Deceased;
    // The labels of the language the program speaks.
    for (Status s : {Status::Active, Status::Retired, Status::Left, Status::Deceased})
        if (statusLabel(s) == key)
            return s;
    return std::nullopt;
}

QString Member::statusLabel(Status s)
{
    switch (s) {
    case Status::Active:
        return tr("Active");
    case Status::Retired:
        return tr("Retired");
    case Status::Left:
        return tr("Left");
    case Status::Deceased:
        return tr("Deceased");
    }
    return {};
}

QString MemberEvent::kindKey(Kind k)
{
    switch (k) {
    case Kind::Joined:
        return QStringLiteral("joined");
    case Kind::Transferred:
        return QStringLiteral("transferred");
    case Kind::Retired:
        return QStringLiteral("retired");
    case Kind::Left:
        return QStringLiteral("left");
    case Kind::Deceased:
        return QStringLiteral("deceased");
    case Kind::Rejoined:
        return QStringLiteral("rejoined");
    }
    return {};
}

std::optional<MemberEvent::Kind> MemberEvent::kindFromKey(const QString& key)
{
    for (Kind k : {Kind::Joined, Kind::Transferred, Kind::Retired, Kind::Left, Kind::Deceased, Kind::Rejoined})
        if (kindKey(k) == key)
            return k;
    return std::nullopt;
}

QString MemberEvent::kindLabel(Kind k)
{
    switch (k) {
    case Kind::Joined:
        return QCoreApplication::translate("ud::core::MemberEvent", "Joined");
    case Kind::Transferred:
        return QCoreApplication::translate("ud::core::MemberEvent", "Transferred");
    case Kind::Retired:
        return QCoreApplication::translate("ud::core::MemberEvent", "Retired");
    case Kind::Left:
        return QCoreApplication::translate("ud::core::MemberEvent", "Left");
    case Kind::Deceased:
        return QCoreApplication::translate("ud::core::MemberEvent", "Deceased");
    case Kind::Rejoined:
        return QCoreApplication::translate("ud::core::MemberEvent", "Rejoined");
    }
    return {};
}

Member::Status MemberEvent::resultingStatus() const
{
    switch (kind) {
    case Kind::Joined:
    case Kind::Transferred:
    case Kind::Rejoined:
        return Member::Status::Active;
    case Kind::Retired:
        return Member::Status::Retired;
    case Kind::Left:
        return Member::Status::Left;
    case Kind::Deceased:
        return Member::Status::Deceased;
    }
    return Member::Status::Active;
}

const RecordType<Member>& Member::type()
{
    static const RecordType<Member> type = [] {
        Field<Member> status{
            "status", FieldType::Enum, QT_TRANSLATE_NOOP("ud::core::Member", "Status"), 0, 0, nullptr, {}, {}, {}};
        status.get = [](const Member& m) -> QVariant { return statusKey(m.status); };
        status.set = [](Member& m, const QVariant& v) {
            m.status = statusFromKey(v.toString()).value_or(Status::Active);
        };
        return RecordType<Member>(
            tables::Members, "ud::core::Member",
            {field("staff_no", &Member::staffNo, QT_TRANSLATE_NOOP("ud::core::Member", "Staff no."), Required | Unique),
             field("name", &Member::name, QT_TRANSLATE_NOOP("ud::core::Member", "Name"), Required),
             field("gender", &Member::gender, QT_TRANSLATE_NOOP("ud::core::Member", "Gender")),
             field("ethnicity", &Member::ethnicity, QT_TRANSLATE_NOOP("ud::core::Member", "Ethnicity")),
             field("birth_date", &Member::birthDate, QT_TRANSLATE_NOOP("ud::core::Member", "Birth date")),
             field("id_number", &Member::idNumber, QT_TRANSLATE_NOOP("ud::core::Member", "ID number"),
                   Unique | NullIfEmpty),
             field("unit_id", &Member::unitId, QT_TRANSLATE_NOOP("ud::core::Member", "Sub-union")),
             field("department", &Member::department, QT_TRANSLATE_NOOP("ud::core::Member", "Department")),
             field("title", &Member::title, QT_TRANSLATE_NOOP("ud::core::Member", "Position/title")),
             field("education", &Member::education, QT_TRANSLATE_NOOP("ud::core::Member", "Education")),
             field("political_status", &Member::politicalStatus,
                   QT_TRANSLATE_NOOP("ud::core::Member", "Political status")),
             field("employment_type", &Member::employmentType,
                   QT_TRANSLATE_NOOP("ud::core::Member", "Employment type")),
             field("phone", &Member::phone, QT_TRANSLATE_NOOP("ud::core::Member", "Mobile")),
             field("join_date", &Member::joinDate, QT_TRANSLATE_NOOP("ud::core::Member", "Joined union")), status,
             field("note", &Member::note, QT_TRANSLATE_NOOP("ud::core::Member", "Note"))});
    }();
    return type;
}

const RecordType<MemberEvent>& MemberEvent::type()
{
    static const RecordType<MemberEvent> type = [] {
        Field<MemberEvent> kind{
            "kind", FieldType::Enum, QT_TRANSLATE_NOOP("ud::core::Member", "Event"), 0, 0, nullptr, {}, {}, {}};
        kind.get = [](const MemberEvent& e) -> QVariant { return kindKey(e.kind); };
        kind.set = [](MemberEvent& e, const QVariant& v) { e.kind = kindFromKey(v.toString()).value_or(Kind::Joined); };
        return RecordType<MemberEvent>(
            tables::MemberEvents, "ud::core::Member",
            {field("member_id", &MemberEvent::memberId, QT_TRANSLATE_NOOP("ud::core::Member", "Member"), Required),
             field("event_date", &MemberEvent::date, QT_TRANSLATE_NOOP("ud::core::Member", "Date"), Required), kind,
             field("unit_id", &MemberEvent::unitId, QT_TRANSLATE_NOOP("ud::core::Member", "Sub-union")),
             field("from_unit_id", &MemberEvent::fromUnitId, QT_TRANSLATE_NOOP("ud::core::Member", "From sub-union")),
             field("note", &MemberEvent::note, QT_TRANSLATE_NOOP("ud::core::Member", "Note"))});
    }();
    return type;
}

QString memberValueShown(const QString& column, const QString& value)
{
    if (column == QLatin1String("id_number"))
        return maskNumber(PersonalNumber::IdNumber, value);
    if (column == QLatin1String("phone"))
        return maskNumber(PersonalNumber::Phone, value);
    return value;
}

QList<Table> memberTables()
{
    return {tables::Members, tables::MemberEvents};
}

} // namespace ud::core
