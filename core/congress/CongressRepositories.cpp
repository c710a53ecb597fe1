#include "core/congress/CongressRepositories.h"

#include "core/db/Transaction.h"
#include "core/units/SubUnitRepository.h"

#include <QCoreApplication>
#include <QSet>

namespace ud::core {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ud::core::CongressRepositories)
};

QVariantMap idBind(qint64 id)
{
    return {{QStringLiteral("id"), id}};
}
} // namespace

// ---- sessions

CongressSession SessionRepository::requireKey(const QString& key) const
{
    if (auto s = byKey(key))
        return *s;
    throw ValidationError(Tr::tr("There is no congress session with the key %1.").arg(key));
}

Problems SessionRepository::rules(const CongressSession& s) const
{
    Problems list;
    if (s.opens.isValid() && s.closes.isValid() && s.closes < s.opens)
        list.append({QStringLiteral("closes"), Tr::tr("The proposal window closes before it opens.")});
    if (s.meetingStart.isValid() && s.meetingEnd.isValid() && s.meetingEnd < s.meetingStart)
        list.append({QStringLiteral("meeting_end"), Tr::tr("The meeting ends before it starts.")});
    return list;
}

// ---- handling units

qint64 HandlingUnitRepository::idForName(const QString& name)
{
    if (auto u = byName(name))
        return u->id;
    HandlingUnit unit;
    unit.name = name;
    unit.sortOrder = m_db.scalar(QStringLiteral("SELECT COALESCE(MAX(sort_order), 0) + 1 FROM handling_units")).toInt();
    return add(unit);
}

// ---- delegations

QList<Delegation> DelegationRepository::ofTerm(int term) const
{
    QList<Delegation> list;
    for (const QVariantMap& row : m_db.rows(selectSql() + QStringLiteral(" WHERE term = :t ORDER BY sort_order, name"),
                                            {{QStringLiteral("t"), term}}))
        list << m_type.fromRow(row);
    return list;
}

std::optional<Delegation> DelegationRepository::byName(int term, const QString& name) const
{
    const auto rows = m_db.rows(selectSql() + QStringLiteral(" WHERE term = :t AND name = :n"),
                                {{QStringLiteral("t"), term}, {QStringLiteral("n"), Text::cleaned(name)}});
    return rows.isEmpty() ? std::nullopt : std::optional<Delegation>(m_type.fromRow(rows.first()));
}

qint64 DelegationRepository::idForName(int term, const QString& name)
{
    if (auto d = byName(term, name))
        return d->id;
    Delegation d;
    d.term = term;
    d.name = name;
    // A delegation is normally a sub-union's: 经济学院 or 经济学院代表团 goes with the sub-union 经济学院(分工会).
    QString base = Text::cleaned(name);
    if (base.endsWith(QStringLiteral("代表团")))
        base.chop(3);
    const auto unit = m_db.rows(QStringLiteral("SELECT id FROM units WHERE name = :a OR name = :b OR short_name = :a "
                                               "ORDER BY id"),
                                {{QStringLiteral("a"), base}, {QStringLiteral("b"), base + QStringLiteral("分工会")}});
    if (!unit.isEmpty())
        d.unitId = unit.first().value(QStringLiteral("id")).toLongLong();
    d.sortOrder =
        m_db.scalar(QStringLiteral("SELECT COALESCE(MAX(sort_order), 0) + 1 FROM congress_delegations WHERE term = :t"),
                    {{QStringLiteral("t"), term}})
            .toInt();
    return add(d);
}

Problems DelegationRepository::rules(const Delegation& d) const
{
    Problems list;
    const auto same =
        m_db.rows(QStringLiteral("SELECT id FROM congress_delegations WHERE term = :t AND name = :n AND "
                                 "id <> :id"),
                  {{QStringLiteral("t"), d.term}, {QStringLiteral("n"), d.name}, {QStringLiteral("id"), d.id}});
    if (!same.isEmpty())
        list.append(
            {QStringLiteral("name"), Tr::tr("Term %1 already has a delegation named %2.").arg(d.term).arg(d.name)});
    return list;
}

// ---- representatives

QString RepresentativeRepository::repSelect()
{
    return QStringLiteral("SELECT r.*, m.name AS name, m.staff_no AS staff_no, d.name AS delegation_name "
                          "FROM congress_representatives r JOIN members m ON m.id = r.member_id "
                          "JOIN congress_delegations d ON d.id = r.delegation_id");
}

QList<Representative> RepresentativeRepository::ofTerm(int term) const
{
    QList<Representative> list;
    for (const QVariantMap& row : m_db.rows(repSelect() + QStringLiteral(" WHERE r.term = :t ORDER BY d.sort_order, "
                                                                         "d.name, m.name, r.id"),
                                            {{QStringLiteral("t"), term}}))
        list << m_type.fromRow(row);
    return list;
}

std::optional<Representative> RepresentativeRepository::byMember(int term, qint64 memberId) const
{
    const auto rows = m_db.rows(repSelect() + QStringLiteral(" WHERE r.term = :t AND r.member_id = :m"),
                                {{QStringLiteral("t"), term}, {QStringLiteral("m"), memberId}});
    return rows.isEmpty() ? std::nullopt : std::optional<Representative>(m_type.fromRow(rows.first()));
}

qint64 RepresentativeRepository::replace(qint64 repId, qint64 memberId, const QDate& day)
{
    Transaction tx(m_db);
    Representative old = require(repId);
    if (!day.isValid())
        throw ValidationError(Tr::tr("Give the day the new representative starts."));
    if (old.ended.isValid())
        throw ValidationError(
            Tr::tr("%1 was already replaced or left on %2.").arg(old.label(), old.ended.toString(Qt::ISODate)));
    if (old.started.isValid() && day <= old.started)
        throw ValidationError(Tr::tr("%1 only started on %2; the replacement must start later.")
                                  .arg(old.label(), old.started.toString(Qt::ISODate)));
    Representative rep;
    rep.term = old.term;
    rep.memberId = memberId;
    rep.delegationId = old.delegationId;
    rep.started = day;
    rep.replacesId = old.id;
    const qint64 id = add(rep);
    old.ended = day.addDays(-1);
    update(old);
    tx.commit();
    return id;
}

Problems RepresentativeRepository::rules(const Representative& rep) const
{
    Problems list;
    const auto other = m_db.rows(
        QStringLiteral("SELECT id FROM congress_representatives WHERE term = :t AND member_id = "
                       ":m AND id <> :id"),
        {{QStringLiteral("t"), rep.term}, {QStringLiteral("m"), rep.memberId}, {QStringLiteral("id"), rep.id}});
    if (!other.isEmpty())
        list.append(
            {QStringLiteral("member_id"), Tr::tr("This member is already a representative of term %1.").arg(rep.term)});
    if (rep.delegationId != 0) {
        const QVariant term = m_db.scalar(QStringLiteral("SELECT term FROM congress_delegations WHERE id = :id"),
                                          idBind(rep.delegationId));
        if (!term.isValid() || term.isNull())
            list.append({QStringLiteral("delegation_id"), Tr::tr("The delegation does not exist.")});
        else if (term.toInt() != rep.term)
            list.append({QStringLiteral("delegation_id"),
                         Tr::tr("The delegation belongs to term %1, not to term %2.").arg(term.toInt()).arg(rep.term)});
    }
    if (rep.memberId != 0 &&
        m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM members WHERE id = :id"), idBind(rep.memberId)).toInt() == 0)
        list.append({QStringLiteral("member_id"), Tr::tr("The member does not exist.")});
    if (rep.started.isValid() && rep.ended.isValid() && rep.ended < rep.started)
        list.append({QStringLiteral("ended"), Tr::tr("The service ends before it starts.")});
    return list;
}

// ---- inspections

std::optional<Inspection> InspectionRepository::withReps(qint64 id) const
{
    auto i = byId(id);
    if (!i)
        return i;
    for (const QVariantMap& row : m_db.rows(QStringLiteral("SELECT rep_id FROM congress_inspection_reps WHERE "
                                                           "inspection_id = :id ORDER BY id"),
                                            idBind(id)))
        i->repIds << row.value(QStringLiteral("rep_id")).toLongLong();
    return i;
}

namespace {
void writeInspectionReps(Database& db, qint64 inspectionId, const QList<qint64>& repIds)
{
    RecordStore store(db);
    QSet<qint64> wanted(repIds.begin(), repIds.end());
    for (const QVariantMap& row : db.rows(QStringLiteral("SELECT id, rep_id FROM congress_inspection_reps WHERE "
                                                         "inspection_id = :id"),
                                          idBind(inspectionId))) {
        const qint64 rep = row.value(QStringLiteral("rep_id")).toLongLong();
        if (!wanted.remove(rep))
            store.remove(QStringLiteral("congress_inspection_reps"), row.value(QStringLiteral("id")).toLongLong());
    }
    for (qint64 rep : repIds)
        if (wanted.remove(rep))
            store.insert(QStringLiteral("congress_inspection_reps"),
                         {{QStringLiteral("inspection_id"), inspectionId}, {QStringLiteral("rep_id"), rep}});
}
} // namespace

qint64 InspectionRepository::addWithReps(const Inspection& inspection)
{
    Transaction tx(m_db);
    const qint64 id = add(inspection);
    writeInspectionReps(m_db, id, inspection.repIds);
    tx.commit();
    return id;
}

void InspectionRepository::updateWithReps(const Inspection& inspection)
{
    Transaction tx(m_db);
    update(inspection);
    writeInspectionReps(m_db, inspection.id, inspection.repIds);
    tx.commit();
}

void InspectionRepository::removeWhole(qint64 id)
{
    Transaction tx(m_db);
    require(id);
    RecordStore store(m_db);
    for (const QVariantMap& row :
         m_db.rows(QStringLiteral("SELECT id FROM congress_inspection_items WHERE inspection_id = :id"), idBind(id)))
        store.remove(QStringLiteral("congress_inspection_items"), row.value(QStringLiteral("id")).toLongLong());
    writeInspectionReps(m_db, id, {});
    remove(id);
    tx.commit();
}

QList<InspectionItem> InspectionRepository::items(qint64 inspectionId) const
{
    QList<InspectionItem> list;
    for (const QVariantMap& row : m_db.rows(QStringLiteral("SELECT * FROM congress_inspection_items WHERE "
                                                           "inspection_id = :id ORDER BY id"),
                                            idBind(inspectionId)))
        list << InspectionItem::type().fromRow(row);
    return list;
}

namespace {
void checkItem(const InspectionItem& item)
{
    const QStringList problems = messages(InspectionItem::type().fieldProblems(InspectionItem::type().cleaned(item)));
    if (!problems.isEmpty())
        throw ValidationError(problems.join(QLatin1Char('\n')));
}
} // namespace

qint64 InspectionRepository::addItem(const InspectionItem& item)
{
    checkItem(item);
    Transaction tx(m_db);
    require(item.inspectionId);
    QVariantMap values = InspectionItem::type().values(InspectionItem::type().cleaned(item));
    if (item.id != 0)
        values.insert(QStringLiteral("id"), item.id);
    const qint64 id = RecordStore(m_db).insert(QStringLiteral("congress_inspection_items"), values);
    tx.commit();
    return id;
}

void InspectionRepository::updateItem(const InspectionItem& item)
{
    checkItem(item);
    Transaction tx(m_db);
    RecordStore(m_db).update(QStringLiteral("congress_inspection_items"), item.id,
                             InspectionItem::type().values(InspectionItem::type().cleaned(item)));
    tx.commit();
}

void InspectionRepository::removeItem(qint64 itemId)
{
    Transaction tx(m_db);
    RecordStore(m_db).remove(QStringLiteral("congress_inspection_items"), itemId);
    tx.commit();
}

Problems InspectionRepository::rules(const Inspection& inspection) const
{
    Q_UNUSED(inspection);
    return {};
}

} // namespace ud::core
