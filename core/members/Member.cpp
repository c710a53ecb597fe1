#include "core/members/Member.h"

#include "core/members/IdNumber.h"
#include "core/units/SubUnit.h"

#include <QCoreApplication>

namespace ud::core {

namespace {

const KeyedEnum<Member::Status>& statuses()
{
    using S = Member::Status;
    static const KeyedEnum<S> statuses("ud::core::Member",
                                       {{S::Active, "active", QT_TRANSLATE_NOOP("ud::core::Member", "Active")},
                                        {S::Retired, "retired", QT_TRANSLATE_NOOP("ud::core::Member", "Retired")},
                                        {S::Left, "left", QT_TRANSLATE_NOOP("ud::core::Member", "Left")},
                                        {S::Deceased, "deceased", QT_TRANSLATE_NOOP("ud::core::Member", "Deceased")}});
    return statuses;
}

const KeyedEnum<MemberEvent::Kind>& eventKinds()
{
    using K = MemberEvent::Kind;
    static const KeyedEnum<K> kinds(
        "ud::core::MemberEvent",
        {{K::Joined, "joined", QT_TRANSLATE_NOOP("ud::core::MemberEvent", "Joined")},
         {K::Transferred, "transferred", QT_TRANSLATE_NOOP("ud::core::MemberEvent", "Transferred")},
         {K::Retired, "retired", QT_TRANSLATE_NOOP("ud::core::MemberEvent", "Retired")},
         {K::Left, "left", QT_TRANSLATE_NOOP("ud::core::MemberEvent", "Left")},
         {K::Deceased, "deceased", QT_TRANSLATE_NOOP("ud::core::MemberEvent", "Deceased")},
         {K::Rejoined, "rejoined", QT_TRANSLATE_NOOP("ud::core::MemberEvent", "Rejoined")}});
    return kinds;
}

} // namespace

QString Member::statusKey(Status s)
{
    return statuses().key(s);
}

std::optional<Member::Status> Member::statusFromKey(const QString& key)
{
    if (const auto s = statuses().fromKey(key))
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
    // The labels of the language the program speaks, and the English ones (an export made in English).
    return statuses().fromText(key);
}

std::optional<QString> Member::genderFromText(const QString& text)
{
    const QString male = QStringLiteral("M");
    const QString female = QStringLiteral("F");
    if (text == male || text == u"男" || text.compare(QLatin1String("m"), Qt::CaseInsensitive) == 0 ||
        text.compare(QLatin1String("male"), Qt::CaseInsensitive) == 0)
        return male;
    if (text == female || text == u"女" || text.compare(QLatin1String("f"), Qt::CaseInsensitive) == 0 ||
        text.compare(QLatin1String("female"), Qt::CaseInsensitive) == 0)
        return female;
    // The labels exports write (MemberQuery::displayText), in the language the program speaks.
    if (text == QCoreApplication::translate("ud::core::MemberColumns", "Male"))
        return male;
    if (text == QCoreApplication::translate("ud::core::MemberColumns", "Female"))
        return female;
    return std::nullopt;
}

QString Member::statusLabel(Status s)
{
    return statuses().label(s);
}

QString MemberEvent::kindKey(Kind k)
{
    return eventKinds().key(k);
}

std::optional<MemberEvent::Kind> MemberEvent::kindFromKey(const QString& key)
{
    return eventKinds().fromKey(key);
}

QString MemberEvent::kindLabel(Kind k)
{
    return eventKinds().label(k);
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
        Field<Member> status =
            makeField<Member>("status", FieldType::Enum, QT_TRANSLATE_NOOP("ud::core::Member", "Status"), 0, 0, {});
        status.get = [](const Member& m) -> QVariant { return statusKey(m.status); };
        status.set = [](Member& m, const QVariant& v) {
            m.status = statusFromKey(v.toString()).value_or(Status::Active);
        };
        status.choices = [] {
            QList<QPair<QString, QString>> list;
            for (Status s : statuses().values())
                list.append({statusKey(s), statusLabel(s)});
            return list;
        };
        Field<Member> gender = field("gender", &Member::gender, QT_TRANSLATE_NOOP("ud::core::Member", "Gender"), 0, 8);
        // Stored as M or F; shown as the member lists show it (MemberQuery::displayText).
        gender.choices = [] {
            return QList<QPair<QString, QString>>{
                {QStringLiteral("M"), QCoreApplication::translate("ud::core::MemberColumns", "Male")},
                {QStringLiteral("F"), QCoreApplication::translate("ud::core::MemberColumns", "Female")}};
        };
        return RecordType<Member>(
            tables::Members, "ud::core::Member",
            {field("staff_no", &Member::staffNo, QT_TRANSLATE_NOOP("ud::core::Member", "Staff no."), Required | Unique,
                   32),
             field("name", &Member::name, QT_TRANSLATE_NOOP("ud::core::Member", "Name"), Required, 64), gender,
             field("ethnicity", &Member::ethnicity, QT_TRANSLATE_NOOP("ud::core::Member", "Ethnicity"), 0, 32),
             field("birth_date", &Member::birthDate, QT_TRANSLATE_NOOP("ud::core::Member", "Birth date")),
             field("id_number", &Member::idNumber, QT_TRANSLATE_NOOP("ud::core::Member", "ID number"),
                   Unique | NullIfEmpty, 32),
             field("unit_id", &Member::unitId, QT_TRANSLATE_NOOP("ud::core::Member", "Sub-union"))
                 .refersTo(tables::Units, "code", "name"),
             field("department", &Member::department, QT_TRANSLATE_NOOP("ud::core::Member", "Department"), 0, 100),
             field("title", &Member::title, QT_TRANSLATE_NOOP("ud::core::Member", "Position/title"), 0, 100),
             field("education", &Member::education, QT_TRANSLATE_NOOP("ud::core::Member", "Education"), 0, 50),
             field("political_status", &Member::politicalStatus,
                   QT_TRANSLATE_NOOP("ud::core::Member", "Political status"), 0, 50),
             field("employment_type", &Member::employmentType, QT_TRANSLATE_NOOP("ud::core::Member", "Employment type"),
                   0, 50),
             field("phone", &Member::phone, QT_TRANSLATE_NOOP("ud::core::Member", "Mobile"), 0, 32),
             field("join_date", &Member::joinDate, QT_TRANSLATE_NOOP("ud::core::Member", "Joined union")), status,
             field("note", &Member::note, QT_TRANSLATE_NOOP("ud::core::Member", "Note"), Multiline, 2000),
             field("original_retirement_age", &Member::originalRetirementAge,
                   QT_TRANSLATE_NOOP("ud::core::Member", "Original retirement age"))},
            {QStringLiteral("name"), QStringLiteral("staff_no")});
    }();
    return type;
}

const RecordType<MemberEvent>& MemberEvent::type()
{
    static const RecordType<MemberEvent> type = [] {
        const Field<MemberEvent> kind = enumField("kind", &MemberEvent::kind, eventKinds(), Kind::Joined,
                                                  QT_TRANSLATE_NOOP("ud::core::Member", "Event"));
        return RecordType<MemberEvent>(
            tables::MemberEvents, "ud::core::Member",
            {field("member_id", &MemberEvent::memberId, QT_TRANSLATE_NOOP("ud::core::Member", "Member"), Required)
                 .refersTo(tables::Members, "staff_no", "name"),
             field("event_date", &MemberEvent::date, QT_TRANSLATE_NOOP("ud::core::Member", "Date"), Required), kind,
             field("unit_id", &MemberEvent::unitId, QT_TRANSLATE_NOOP("ud::core::Member", "Sub-union"))
                 .refersTo(tables::Units, "code", "name"),
             field("from_unit_id", &MemberEvent::fromUnitId, QT_TRANSLATE_NOOP("ud::core::Member", "From sub-union"))
                 .refersTo(tables::Units, "code", "name"),
             field("note", &MemberEvent::note, QT_TRANSLATE_NOOP("ud::core::Member", "Note"), Multiline, 2000)},
            {QStringLiteral("member_id"), QStringLiteral("kind"), QStringLiteral("event_date")});
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
