#pragma once

#include "core/congress/Congress.h"
#include "core/record/RecordRepository.h"

namespace ud::core {

/// Congress sessions: key required and unique, the window and the meeting days in order.
class SessionRepository : public RecordRepository<CongressSession> {
public:
    explicit SessionRepository(Database& db) : RecordRepository(db, CongressSession::type()) {}
    /// The session of a key; throws ValidationError naming the key when there is none.
    CongressSession requireKey(const QString& key) const;

protected:
    QString orderBy() const override { return QStringLiteral("year DESC, term DESC, meeting DESC"); }
    Problems rules(const CongressSession& session) const override;
    QString describe(const CongressSession& session) const override { return session.name; }
};

/// Handling units (承办单位).
class HandlingUnitRepository : public RecordRepository<HandlingUnit> {
public:
    explicit HandlingUnitRepository(Database& db) : RecordRepository(db, HandlingUnit::type()) {}
    /// The unit of that name, added (at the end of the list) when there is none: imports name units as text.
    qint64 idForName(const QString& name);
    std::optional<HandlingUnit> byName(const QString& name) const { return byKey(name); }

protected:
    QString orderBy() const override { return QStringLiteral("sort_order, name"); }
    QString describe(const HandlingUnit& unit) const override { return unit.name; }
};

/// Delegations of a term; the name unique within the term.
class DelegationRepository : public RecordRepository<Delegation> {
public:
    explicit DelegationRepository(Database& db) : RecordRepository(db, Delegation::type()) {}
    QList<Delegation> ofTerm(int term) const;
    std::optional<Delegation> byName(int term, const QString& name) const;
    /// The delegation of that name in the term, added when there is none (with the sub-union of the same name, when
    /// there is one).
    qint64 idForName(int term, const QString& name);

protected:
    QString orderBy() const override { return QStringLiteral("term DESC, sort_order, name"); }
    Problems rules(const Delegation& delegation) const override;
    QString describe(const Delegation& delegation) const override { return delegation.name; }
};

/// Representatives of a term: a member once per term, in a delegation of the same term.
class RepresentativeRepository : public RecordRepository<Representative> {
public:
    explicit RepresentativeRepository(Database& db) : RecordRepository(db, Representative::type()) {}
    /// The term's representatives (those replaced too), by delegation and name.
    QList<Representative> ofTerm(int term) const;
    std::optional<Representative> byMember(int term, qint64 memberId) const;
    /// Replaces representative `repId` by member `memberId` from `day` (the old one served until the day before), in
    /// the same delegation; returns the new representative's id.
    qint64 replace(qint64 repId, qint64 memberId, const QDate& day);

    /// The query representatives are read with (alias r, with the member's name and staff number and the
    /// delegation's name), without a WHERE.
    static QString repSelect();

protected:
    QString selectSql() const override { return repSelect(); }
    QString alias() const override { return QStringLiteral("r"); }
    QString orderBy() const override { return QStringLiteral("r.term DESC, d.sort_order, d.name, m.name"); }
    Problems rules(const Representative& rep) const override;
    QString describe(const Representative& rep) const override { return rep.label(); }
};

/// Inspections (代表巡视) with the representatives who went and their follow-up items.
class InspectionRepository : public RecordRepository<Inspection> {
public:
    explicit InspectionRepository(Database& db) : RecordRepository(db, Inspection::type()) {}
    /// An inspection with its representatives (repIds).
    std::optional<Inspection> withReps(qint64 id) const;
    /// Adds an inspection with its representatives; returns its id.
    qint64 addWithReps(const Inspection& inspection);
    /// Stores an inspection's fields and its representatives.
    void updateWithReps(const Inspection& inspection);
    /// Removes an inspection with its representatives and items.
    void removeWhole(qint64 id);
    QList<InspectionItem> items(qint64 inspectionId) const;
    qint64 addItem(const InspectionItem& item);
    void updateItem(const InspectionItem& item);
    void removeItem(qint64 itemId);

protected:
    QString orderBy() const override { return QStringLiteral("inspected DESC, id"); }
    Problems rules(const Inspection& inspection) const override;
    QString describe(const Inspection& inspection) const override { return inspection.topic; }
};

} // namespace ud::core
