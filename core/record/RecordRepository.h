#pragma once

#include "core/db/Database.h"
#include "core/db/Error.h"
#include "core/db/RecordStore.h"
#include "core/record/Record.h"

#include <QCoreApplication>

namespace ud::core {

/// What every repository of a record type does the same way: read by id, validate into a list of problems (the
/// fields' own rules, uniqueness, then the feature's rules), add, update, remove (refused while other records
/// refer to it), and put a removed record back under its old id, so that undo never renumbers anything.
/// A feature derives from it and adds what it knows: its normalizing, its rules, its messages.
template <class R> class RecordRepository {
public:
    using Record = R;
    /// What undo keeps of a removed record to put it back; a feature whose records own others widens it.
    using Snapshot = R;

    RecordRepository(Database& db, const RecordType<R>& type) : m_db(db), m_type(type) {}
    virtual ~RecordRepository() = default;

    const RecordType<R>& type() const { return m_type; }

    std::optional<R> byId(qint64 id) const
    {
        const auto rows =
            m_db.rows(selectSql() + QStringLiteral(" WHERE %1.id = :id").arg(alias()), {{QStringLiteral("id"), id}});
        return rows.isEmpty() ? std::nullopt : std::optional<R>(m_type.fromRow(rows.first()));
    }
    /// The record `id`; throws ValidationError when it no longer exists.
    R require(qint64 id) const
    {
        if (auto r = byId(id))
            return *r;
        throw ValidationError(missingMessage());
    }

    /// Everything that keeps `record` from being saved, each problem with its field.
    Problems problems(const R& record) const
    {
        const R r = normalized(record);
        Problems list = m_type.fieldProblems(r);
        for (const Field<R>& f : m_type.fields()) {
            if (!f.has(Unique))
                continue;
            const QVariant value = f.get(r);
            if (value.isNull() || value.toString().isEmpty())
                continue;
            const auto other =
                m_db.rows(selectSql() + QStringLiteral(" WHERE %1.%2 = :v AND %1.id <> :id").arg(alias(), f.column),
                          {{QStringLiteral("v"), value}, {QStringLiteral("id"), r.id}});
            if (!other.isEmpty())
                list.append({QString::fromLatin1(f.column),
                             usedMessage(m_type.title(f), value.toString(), m_type.fromRow(other.first()))});
        }
        list += rules(r);
        return list;
    }
    /// The sentences of problems(): empty when the record can be saved.
    QStringList validate(const R& record) const { return messages(problems(record)); }

    /// Adds a record and returns its id. A record with an id is put back under that id (undo of a delete).
    qint64 add(const R& record)
    {
        Transaction tx(m_db);
        R candidate = normalized(record);
        const qint64 oldId = record.id;
        if (oldId != 0 && byId(oldId))
            throw ValidationError(
                QCoreApplication::translate("ud::core::RecordRepository", "A record with this number already exists."));
        candidate.id = 0; // validated as a new record
        check(candidate);
        QVariantMap values = m_type.values(candidate);
        if (oldId != 0)
            values.insert(QStringLiteral("id"), oldId);
        const qint64 id = RecordStore(m_db).insert(m_type.table().sqlName(), values);
        tx.commit();
        return id;
    }
    /// Stores the changed fields of a record; false when nothing changed.
    bool update(const R& record)
    {
        Transaction tx(m_db);
        const R r = normalized(record);
        check(r);
        const bool changed = RecordStore(m_db).update(m_type.table().sqlName(), r.id, m_type.values(r));
        tx.commit();
        return changed;
    }
    /// Removes a record; refused with ValidationError while other records refer to it.
    void remove(qint64 id)
    {
        Transaction tx(m_db);
        const R r = require(id);
        const QString refs = referencesDescription(id);
        if (!refs.isEmpty())
            throw ValidationError(referencedMessage(r, refs));
        RecordStore(m_db).remove(m_type.table().sqlName(), id);
        tx.commit();
    }
    /// "Sub-unions: 2, Members: 15": what refers to the record, empty when nothing does.
    QString referencesDescription(qint64 id) const
    {
        QStringList parts;
        for (const auto& [table, count] : RecordStore(m_db).referencesTo(m_type.table().sqlName(), id))
            parts << QCoreApplication::translate("ud::core::RecordRepository", "%1: %2")
                         .arg(tableLabel(table))
                         .arg(count);
        return parts.join(QCoreApplication::translate("ud::core::RecordRepository", ", "));
    }

    /// What undo keeps before removing `id`, and how it puts it back.
    Snapshot snapshot(qint64 id) const { return require(id); }
    void restore(const Snapshot& snapshot) { add(snapshot); }

protected:
    /// The stored form of a record, what is validated and written: by default its one-line text cleaned.
    virtual R normalized(const R& record) const { return m_type.cleaned(record); }
    /// The feature's rules beyond the fields' own (required, length, unique), for a normalized record.
    virtual Problems rules(const R& record) const
    {
        Q_UNUSED(record);
        return {};
    }
    /// The query a record is read with; its table's alias is alias(). Override to join read-only columns.
    virtual QString selectSql() const { return QStringLiteral("SELECT * FROM %1").arg(m_type.table().sqlName()); }
    virtual QString alias() const { return m_type.table().sqlName(); }
    /// How the user names a record in messages ("经济学院分工会").
    virtual QString describe(const R& record) const { return QString::number(record.id); }
    virtual QString missingMessage() const
    {
        return QCoreApplication::translate("ud::core::RecordRepository",
                                           "The record no longer exists; another user may have deleted it.");
    }
    virtual QString usedMessage(const QString& title, const QString& value, const R& other) const
    {
        return QCoreApplication::translate("ud::core::RecordRepository", "%1 %2 is already used by %3.")
            .arg(title, value, describe(other));
    }
    virtual QString referencedMessage(const R& record, const QString& references) const
    {
        return QCoreApplication::translate("ud::core::RecordRepository",
                                           "%1 cannot be deleted because records still refer to it (%2).")
            .arg(describe(record), references);
    }

    void check(const R& record) const
    {
        const QStringList list = validate(record);
        if (!list.isEmpty())
            throw ValidationError(list.join(QLatin1Char('\n')));
    }

    Database& m_db;
    const RecordType<R>& m_type;
};

} // namespace ud::core
