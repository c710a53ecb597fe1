#include "core/members/MemberRepository.h"

#include "core/db/DatabaseSettings.h"
#include "core/db/RecordStore.h"
#include "core/db/Table.h"
#include "core/io/DateText.h"
#include "core/members/IdNumber.h"
#include "core/members/Pinyin.h"
#include "core/members/RetirementAge.h"

#include "core/io/Text.h"

#include <QCoreApplication>
#include <QHash>

namespace ud::core {

namespace {

// The context the messages of this file are translated under; written Tr::tr() so that lupdate files them there.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ud::core::MemberRepository)
};

const QString kMembers = tables::Members.sqlName();
const QString kEvents = tables::MemberEvents.sqlName();

Member fromRow(const QVariantMap& r)
{
    return Member::type().fromRow(r);
}

MemberEvent eventFromRow(const QVariantMap& r)
{
    return MemberEvent::type().fromRow(r);
}

} // namespace

std::optional<Member> MemberRepository::byId(qint64 id) const
{
    const auto r = m_db.rows(QStringLiteral("SELECT * FROM members WHERE id = :id"), {{QStringLiteral("id"), id}});
    return r.isEmpty() ? std::nullopt : std::optional<Member>(fromRow(r.first()));
}

Member MemberRepository::require(qint64 id) const
{
    if (auto m = byId(id))
        return *m;
    throw ValidationError(Tr::tr("The member no longer exists."));
}

std::optional<Member> MemberRepository::byStaffNo(const QString& staffNo) const
{
    const auto r = m_db.rows(QStringLiteral("SELECT * FROM members WHERE staff_no = :s"),
                             {{QStringLiteral("s"), Text::cleaned(staffNo)}});
    return r.isEmpty() ? std::nullopt : std::optional<Member>(fromRow(r.first()));
}

Member MemberRepository::normalized(const Member& member)
{
    return normalized(member, QDate::currentDate());
}

Member MemberRepository::normalized(const Member& member, const QDate& today, const IdCheck* knownCheck,
                                    IdCheck* usedCheck)
{
    Member m = member;
    for (QString* s : {&m.staffNo, &m.name, &m.gender, &m.ethnicity, &m.idNumber, &m.department, &m.title, &m.education,
                       &m.politicalStatus, &m.employmentType, &m.phone, &m.note})
        *s = Text::cleaned(*s);
    if (!m.gender.isEmpty()) {
        if (const auto gender = Member::genderFromText(m.gender))
            m.gender = *gender;
    }
    if (!m.idNumber.isEmpty()) {
        // checkIdNumber trims and makes half-width itself, so the check of the uncleaned number is the same.
        const IdCheck id = knownCheck ? *knownCheck : checkIdNumber(m.idNumber, today);
        if (usedCheck)
            *usedCheck = id;
        if (id.valid) {
            m.idNumber = id.normalized;
            if (!m.birthDate.isValid())
                m.birthDate = id.birthDate;
            if (m.gender.isEmpty())
                m.gender = id.gender == IdCheck::Male ? QStringLiteral("M") : QStringLiteral("F");
        }
    }
    QString phone;
    if (!m.phone.isEmpty() && isValidMobile(m.phone, nullptr, &phone))
        m.phone = phone;
    // A man's original retirement age is 60 whatever was typed or imported; the field is a woman's.
    if (m.gender == QLatin1String("M"))
        m.originalRetirementAge = 0;
    return m;
}

QStringList MemberRepository::validate(const Member& input, const QDate& today) const
{
    const Member m = normalized(input);
    QStringList problems = fieldProblems(m, today);
    if (!m.staffNo.isEmpty()) {
        const QVariant other = m_db.scalar(QStringLiteral("SELECT name FROM members WHERE staff_no = :s AND id <> :id"),
                                           {{QStringLiteral("s"), m.staffNo}, {QStringLiteral("id"), m.id}});
        if (other.isValid())
            problems << Tr::tr("The staff number %1 already belongs to %2.").arg(m.staffNo, other.toString());
    }
    if (!m.idNumber.isEmpty()) {
        const IdCheck id = checkIdNumber(m.idNumber, today);
        if (id.valid) {
            const auto other =
                m_db.rows(QStringLiteral("SELECT name, staff_no FROM members WHERE id_number = :n AND id <> :id"),
                          {{QStringLiteral("n"), id.normalized}, {QStringLiteral("id"), m.id}});
            if (!other.isEmpty())
                problems << Tr::tr("The ID number already belongs to %1 (staff number %2).")
                                .arg(other.first().value(QStringLiteral("name")).toString(),
                                     other.first().value(QStringLiteral("staff_no")).toString());
        }
    }
    if (m.unitId &&
        !m_db.scalar(QStringLiteral("SELECT id FROM units WHERE id = :id"), {{QStringLiteral("id"), *m.unitId}})
             .isValid())
        problems << Tr::tr("The sub-union does not exist.");
    return problems;
}

QString MemberRepository::genderProblem(const QString& gender)
{
    if (gender.isEmpty() || gender == QLatin1String("M") || gender == QLatin1String("F"))
        return {};
    return Tr::tr("The gender must be male or female.");
}

QStringList MemberRepository::fieldProblems(const Member& m, const QDate& today)
{
    return fieldProblems(m, today, nullptr);
}

QStringList MemberRepository::fieldProblems(const Member& m, const QDate& today, const IdCheck* idCheck)
{
    QStringList problems;
    if (m.staffNo.isEmpty())
        problems << Tr::tr("The staff number is required.");
    if (m.name.isEmpty())
        problems << Tr::tr("The name is required.");
    if (const QString gender = genderProblem(m.gender); !gender.isEmpty())
        problems << gender;
    if (!m.idNumber.isEmpty()) {
        // A valid number checks the same after normalized() made it 18 characters; an invalid one is kept as given.
        const IdCheck id = idCheck ? *idCheck : checkIdNumber(m.idNumber, today);
        if (!id.valid) {
            problems << Tr::tr("ID number: %1").arg(id.error);
        } else {
            if (m.birthDate.isValid() && m.birthDate != id.birthDate)
                problems << Tr::tr("The birth date %1 does not match the ID number (%2).")
                                .arg(m.birthDate.toString(Qt::ISODate), id.birthDate.toString(Qt::ISODate));
            const QString idGender = id.gender == IdCheck::Male ? QStringLiteral("M") : QStringLiteral("F");
            const bool genderKnown = m.gender == QLatin1String("M") || m.gender == QLatin1String("F");
            if (genderKnown && m.gender != idGender)
                problems << (idGender == QLatin1String("M")
                                 ? Tr::tr("The ID number belongs to a man, but the gender is female.")
                                 : Tr::tr("The ID number belongs to a woman, but the gender is male."));
        }
    }
    // Control and invisible characters, and the length of each text field, as the record type says.
    problems << messages(Member::type().textProblems(m));
    QString phoneError;
    if (!m.phone.isEmpty() && !isValidMobile(m.phone, &phoneError))
        problems << Tr::tr("Mobile phone: %1").arg(phoneError);
    if (m.originalRetirementAge != 0 && !RetirementAge::isWomenAge(m.originalRetirementAge))
        problems << Tr::tr("A woman's original retirement age is 50 or 55, not %1.").arg(m.originalRetirementAge);
    if (m.birthDate.isValid() && m.birthDate > today)
        problems << Tr::tr("The birth date lies in the future.");
    if (m.joinDate.isValid() && m.joinDate > today)
        problems << Tr::tr("The join date lies in the future.");
    if (m.birthDate.isValid() && m.joinDate.isValid() && m.joinDate < m.birthDate)
        problems << Tr::tr("The join date lies before the birth date.");
    return problems;
}

int MemberRepository::womenRetirementAge() const
{
    const int years = DatabaseSettings(m_db).value(settings::WomenRetirementAge).toInt();
    return RetirementAge::isWomenAge(years) ? years : 55;
}

void MemberRepository::setWomenRetirementAge(int years)
{
    if (!RetirementAge::isWomenAge(years))
        throw ValidationError(Tr::tr("A woman's original retirement age is 50 or 55, not %1.").arg(years));
    DatabaseSettings(m_db).setValue(settings::WomenRetirementAge, QString::number(years));
}

std::optional<StatutoryRetirement> MemberRepository::statutoryRetirement(const Member& member) const
{
    return core::statutoryRetirement(member.gender, member.birthDate, member.originalRetirementAge,
                                     womenRetirementAge());
}

QStringList MemberRepository::sameName(const QString& name, qint64 exceptId) const
{
    QStringList result;
    const auto rows =
        m_db.rows(QStringLiteral("SELECT m.staff_no, u.name AS unit FROM members m LEFT JOIN units u ON "
                                 "u.id = m.unit_id WHERE m.name = :n AND m.id <> :id ORDER BY m.staff_no"),
                  {{QStringLiteral("n"), Text::cleaned(name)}, {QStringLiteral("id"), exceptId}});
    for (const QVariantMap& r : rows)
        result << QStringLiteral("%1 · %2").arg(r.value(QStringLiteral("staff_no")).toString(),
                                                r.value(QStringLiteral("unit")).toString());
    return result;
}

const QStringList& MemberRepository::valueColumns()
{
    static const QStringList columns{QStringLiteral("birth_date"),
                                     QStringLiteral("department"),
                                     QStringLiteral("education"),
                                     QStringLiteral("employment_type"),
                                     QStringLiteral("ethnicity"),
                                     QStringLiteral("gender"),
                                     QStringLiteral("id_number"),
                                     QStringLiteral("join_date"),
                                     QStringLiteral("name"),
                                     QStringLiteral("name_initials"),
                                     QStringLiteral("name_pinyin"),
                                     QStringLiteral("note"),
                                     QStringLiteral("original_retirement_age"),
                                     QStringLiteral("phone"),
                                     QStringLiteral("political_status"),
                                     QStringLiteral("staff_no"),
                                     QStringLiteral("status"),
                                     QStringLiteral("title"),
                                     QStringLiteral("unit_id")};
    return columns;
}

void MemberRepository::appendValues(const Member& m, const QString& pinyin, const QString& initials, QVariantList& out)
{
    // In valueColumns() order.
    out << dateValue(m.birthDate) << m.department << m.education << m.employmentType << m.ethnicity << m.gender
        << (m.idNumber.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(m.idNumber))
        << dateValue(m.joinDate) << m.name << initials << pinyin << m.note << m.originalRetirementAge << m.phone
        << m.politicalStatus << m.staffNo << Member::statusKey(m.status) << m.title << idValue(m.unitId);
}

QVariantMap MemberRepository::toValues(const Member& m)
{
    QVariantList values;
    values.reserve(valueColumns().size());
    appendValues(m, Pinyin::full(m.name), Pinyin::initials(m.name), values);
    QVariantMap map;
    for (int i = 0; i < values.size(); ++i)
        map.insert(valueColumns().at(i), values.at(i));
    return map;
}

qint64 MemberRepository::add(const Member& input, const QList<MemberEvent>& restoreEvents)
{
    Transaction tx(m_db);
    Member m = normalized(input);
    const bool restoring = m.id != 0;
    Member candidate = m;
    candidate.id = 0;
    const QStringList problems = validate(candidate);
    if (!problems.isEmpty())
        throw ValidationError(problems.join(QLatin1Char('\n')));
    QVariantMap values = toValues(m);
    if (restoring)
        values.insert(QStringLiteral("id"), m.id);
    RecordStore store(m_db);
    const qint64 id = store.insert(kMembers, values);
    if (restoring) {
        for (const MemberEvent& e : restoreEvents) {
            MemberEvent copy = e;
            copy.memberId = id;
            QVariantMap eventValues = MemberEvent::type().values(copy);
            eventValues.insert(QStringLiteral("id"), copy.id);
            store.insert(kEvents, eventValues);
        }
    } else {
        MemberEvent joined;
        joined.memberId = id;
        joined.date = m.joinDate.isValid() ? m.joinDate : QDate::currentDate();
        joined.kind = MemberEvent::Kind::Joined;
        joined.unitId = m.unitId;
        store.insert(kEvents, {{QStringLiteral("member_id"), id},
                               {QStringLiteral("event_date"), dateValue(joined.date)},
                               {QStringLiteral("kind"), MemberEvent::kindKey(joined.kind)},
                               {QStringLiteral("unit_id"), idValue(joined.unitId)},
                               {QStringLiteral("from_unit_id"), idValue(std::nullopt)},
                               {QStringLiteral("note"), QStringLiteral("")}});
    }
    tx.commit();
    return id;
}

void MemberRepository::update(const Member& input)
{
    Transaction tx(m_db);
    const Member m = normalized(input);
    const QStringList problems = validate(m);
    if (!problems.isEmpty())
        throw ValidationError(problems.join(QLatin1Char('\n')));
    QVariantMap values = toValues(m);
    // Status and sub-union follow from the events, not from an edit.
    values.remove(QStringLiteral("status"));
    values.remove(QStringLiteral("unit_id"));
    RecordStore(m_db).update(kMembers, m.id, values);
    tx.commit();
}

QString MemberRepository::removalProblem(qint64 id) const
{
    const auto member = byId(id);
    if (!member)
        throw ValidationError(Tr::tr("The member no longer exists."));
    QStringList refs;
    for (const auto& [table, count] : RecordStore(m_db).referencesTo(kMembers, id))
        if (table != kEvents)
            refs << Tr::tr("%1: %2").arg(tableLabel(table)).arg(count);
    if (refs.isEmpty())
        return {};
    return Tr::tr("%1 cannot be deleted because other records refer to this member (%2). Record that "
                  "the member left instead.")
        .arg(member->name, refs.join(Tr::tr(", ")));
}

void MemberRepository::remove(qint64 id)
{
    Transaction tx(m_db);
    if (const QString problem = removalProblem(id); !problem.isEmpty())
        throw ValidationError(problem);
    RecordStore store(m_db);
    for (const MemberEvent& e : events(id))
        store.remove(kEvents, e.id);
    store.remove(kMembers, id);
    tx.commit();
}

QList<MemberEvent> MemberRepository::events(qint64 memberId) const
{
    QList<MemberEvent> list;
    for (const QVariantMap& r : m_db.rows(QStringLiteral("SELECT * FROM member_events WHERE member_id = :m "
                                                         "ORDER BY event_date, id"),
                                          {{QStringLiteral("m"), memberId}}))
        list << eventFromRow(r);
    return list;
}

MemberEvent MemberRepository::event(qint64 eventId) const
{
    const auto rows =
        m_db.rows(QStringLiteral("SELECT * FROM member_events WHERE id = :id"), {{QStringLiteral("id"), eventId}});
    if (rows.isEmpty())
        throw ValidationError(Tr::tr("The event no longer exists."));
    return eventFromRow(rows.first());
}

qint64 MemberRepository::addEvent(const MemberEvent& input, const QDate& today)
{
    Transaction tx(m_db);
    MemberEvent e = input;
    const auto member = byId(e.memberId);
    if (!member)
        throw ValidationError(Tr::tr("The member no longer exists."));
    if (!e.date.isValid())
        throw ValidationError(Tr::tr("The date of the event is required."));
    if (e.date > today)
        throw ValidationError(Tr::tr("The date of the event lies in the future."));
    const QList<MemberEvent> before = events(e.memberId);
    if (!before.isEmpty() && e.date < before.first().date && e.kind != MemberEvent::Kind::Joined)
        throw ValidationError(Tr::tr("The event lies before the member joined."));
    if (e.kind == MemberEvent::Kind::Transferred) {
        if (!e.unitId)
            throw ValidationError(Tr::tr("A transfer needs the sub-union the member moves to."));
        if (!e.fromUnitId)
            e.fromUnitId = member->unitId;
        if (e.fromUnitId == e.unitId)
            throw ValidationError(Tr::tr("The member already belongs to that sub-union."));
    }
    if (e.kind == MemberEvent::Kind::Retired || e.kind == MemberEvent::Kind::Left ||
        e.kind == MemberEvent::Kind::Deceased)
        e.unitId = member->unitId; // the sub-union stays as it was
    if (e.kind == MemberEvent::Kind::Rejoined && !e.unitId)
        e.unitId = member->unitId;
    e.note = Text::cleaned(e.note);
    const QStringList problems = messages(MemberEvent::type().textProblems(e));
    if (!problems.isEmpty())
        throw ValidationError(problems.join(QLatin1Char('\n')));
    QVariantMap values = MemberEvent::type().values(e);
    if (e.id != 0)
        values.insert(QStringLiteral("id"), e.id); // put back under its old id (undo)
    const qint64 id = RecordStore(m_db).insert(kEvents, values);
    recomputeCurrent(e.memberId);
    tx.commit();
    return id;
}

void MemberRepository::removeEvent(qint64 eventId)
{
    Transaction tx(m_db);
    const QVariant member = m_db.scalar(QStringLiteral("SELECT member_id FROM member_events WHERE id = :id"),
                                        {{QStringLiteral("id"), eventId}});
    if (!member.isValid())
        throw ValidationError(Tr::tr("The event no longer exists."));
    RecordStore(m_db).remove(kEvents, eventId);
    recomputeCurrent(member.toLongLong());
    tx.commit();
}

namespace {

/// "张伟 20150032: reason", for a refusal in a change of many members.
QString aboutMember(const Member& m, const QString& reason)
{
    return Tr::tr("%1 %2: %3").arg(m.name, m.staffNo, reason);
}

QString* textField(Member& m, MemberColumn column)
{
    switch (column) {
    case MemberColumn::Department:
        return &m.department;
    case MemberColumn::Title:
        return &m.title;
    case MemberColumn::Education:
        return &m.education;
    case MemberColumn::PoliticalStatus:
        return &m.politicalStatus;
    case MemberColumn::EmploymentType:
        return &m.employmentType;
    case MemberColumn::Note:
        return &m.note;
    default:
        return nullptr;
    }
}

} // namespace

QList<MemberEvent> MemberRepository::addEvents(const QList<MemberEvent>& events, const QDate& today)
{
    Transaction tx(m_db);
    QList<MemberEvent> stored;
    for (const MemberEvent& e : events) {
        try {
            stored << event(addEvent(e, today));
        } catch (const ValidationError& error) {
            const auto m = byId(e.memberId);
            throw ValidationError(m ? aboutMember(*m, error.message()) : error.message());
        }
    }
    tx.commit();
    return stored;
}

void MemberRepository::removeEvents(const QList<MemberEvent>& events)
{
    Transaction tx(m_db);
    for (auto e = events.crbegin(); e != events.crend(); ++e)
        removeEvent(e->id);
    tx.commit();
}

QList<MemberColumn> MemberRepository::batchTextColumns()
{
    return {MemberColumn::Department,      MemberColumn::Title,          MemberColumn::Education,
            MemberColumn::PoliticalStatus, MemberColumn::EmploymentType, MemberColumn::Note};
}

QHash<qint64, QString> MemberRepository::setText(const QList<qint64>& ids, MemberColumn column, const QString& value)
{
    QHash<qint64, QString> old;
    QHash<qint64, QString> values;
    for (const qint64 id : ids) {
        Member m = require(id);
        if (const QString* field = textField(m, column))
            old.insert(id, *field);
        values.insert(id, value);
    }
    setTexts(column, values);
    return old;
}

void MemberRepository::setTexts(MemberColumn column, const QHash<qint64, QString>& values)
{
    Transaction tx(m_db);
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        Member m = require(it.key());
        QString* field = textField(m, column);
        if (!field)
            throw ValidationError(Tr::tr("This field cannot be set for several members at once."));
        *field = it.value();
        try {
            update(m);
        } catch (const ValidationError& error) {
            throw ValidationError(aboutMember(m, error.message()));
        }
    }
    tx.commit();
}

MemberRepository::EventsPreview MemberRepository::previewEvents(qint64 memberId, const QList<EventChange>& changes,
                                                                const QDate& today)
{
    if (m_db.transactionDepth() > 0)
        throw Error(QStringLiteral("previewEvents() inside a transaction"));
    EventsPreview preview;
    {
        Transaction tx(m_db); // never committed: the destructor rolls every change back
        for (const EventChange& change : changes) {
            if (change.kind == EventChange::Kind::Record)
                preview.recordedIds << addEvent(change.event, today);
            else
                removeEvent(change.event.id);
        }
        preview.events = events(memberId);
        const Member member = require(memberId);
        preview.status = member.status;
        preview.unitId = member.unitId;
    }
    return preview;
}

void MemberRepository::recomputeCurrent(qint64 memberId)
{
    const QList<MemberEvent> list = events(memberId);
    if (list.isEmpty())
        return;
    const MemberEvent& last = list.last();
    RecordStore(m_db).update(kMembers, memberId,
                             {{QStringLiteral("status"), Member::statusKey(last.resultingStatus())},
                              {QStringLiteral("unit_id"), idValue(last.unitId)}});
}

QMap<int, QHash<QString, qint64>> MemberRepository::eventCountsByYear(int firstYear, int lastYear) const
{
    QMap<int, QHash<QString, qint64>> counts;
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT substr(event_date, 1, 4) AS y, kind, COUNT(*) FROM member_events "
                                           "WHERE event_date >= :from AND event_date <= :to GROUP BY "
                                           "substr(event_date, 1, 4), kind"),
                            {{QStringLiteral("from"), QDate(firstYear, 1, 1).toString(Qt::ISODate)},
                             {QStringLiteral("to"), QDate(lastYear, 12, 31).toString(Qt::ISODate)}});
    while (q.next())
        counts[q.value(0).toInt()][q.value(1).toString()] += q.value(2).toLongLong();
    return counts;
}

QList<MemberRepository::RosterEntry> MemberRepository::rosterAsOf(const QDate& date) const
{
    // The last event of each member on or before the date decides; ties on one day go by entry order.
    const auto rows =
        m_db.rows(QStringLiteral("SELECT e.member_id, e.kind, e.unit_id FROM member_events e "
                                 "WHERE e.id = (SELECT e2.id FROM member_events e2 WHERE e2.member_id = e.member_id "
                                 "AND e2.event_date <= :d ORDER BY e2.event_date DESC, e2.id DESC LIMIT 1) "
                                 "ORDER BY e.member_id"),
                  {{QStringLiteral("d"), date.toString(Qt::ISODate)}});
    QList<RosterEntry> roster;
    for (const QVariantMap& r : rows) {
        MemberEvent e;
        e.kind =
            MemberEvent::kindFromKey(r.value(QStringLiteral("kind")).toString()).value_or(MemberEvent::Kind::Joined);
        roster.append({r.value(QStringLiteral("member_id")).toLongLong(), e.resultingStatus(),
                       optionalId(r.value(QStringLiteral("unit_id")))});
    }
    return roster;
}

} // namespace ud::core
