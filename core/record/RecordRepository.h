#pragma once

#include "core/db/Database.h"
#include "core/db/DatabaseSettings.h"
#include "core/db/Error.h"
#include "core/db/RecordStore.h"
#include "core/io/TableFile.h"
#include "core/record/Record.h"
#include "core/report/Report.h"

#include <QCoreApplication>
#include <QSet>

#include <tuple>

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
    /// Every record, in the order lists show them (orderBy()).
    QList<R> all() const
    {
        QList<R> list;
        for (const QVariantMap& row : m_db.rows(selectSql() + QStringLiteral(" ORDER BY ") + orderBy()))
            list << m_type.fromRow(row);
        return list;
    }
    /// The record whose key field (the first required unique one, e.g. a code) holds `key`.
    std::optional<R> byKey(const QString& key) const
    {
        const Field<R>* f = keyField();
        const auto rows = f ? m_db.rows(selectSql() + QStringLiteral(" WHERE %1.%2 = :v").arg(alias(), f->column),
                                        {{QStringLiteral("v"), Text::cleaned(key)}})
                            : QList<QVariantMap>();
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

    /// The header and rows of the records as files and the command line give them: flags yes/no, references by
    /// the key of the row they point to.
    static QStringList csvHeader() { return R::type().exportKeys(); }
    QList<QStringList> csvRows() const
    {
        QList<const Field<R>*> fields;
        for (const Field<R>& f : m_type.fields())
            fields << &f;
        return texts(all(), fields, false);
    }
    /// The list to print or hand round: the fields of `columns` (column and width) as a list shows them.
    Report listReport(const QString& title, const QList<QPair<const char*, int>>& columns) const
    {
        Report report;
        report.organisation = DatabaseSettings(m_db).value(settings::UnionName);
        report.title = title;
        QList<const Field<R>*> fields;
        for (const auto& [column, width] : columns) {
            const Field<R>* f = m_type.field(QString::fromLatin1(column));
            fields << f;
            const auto kind = f->type == FieldType::Integer ? Report::Kind::Integer
                              : f->type == FieldType::Date  ? Report::Kind::Date
                                                            : Report::Kind::Text;
            report.columns.append({m_type.title(*f), kind, width});
        }
        for (const QStringList& row : texts(all(), fields, true))
            report.addRow(row);
        return report;
    }

    /// Imports records from a .csv or .xlsx file, its header matched with the fields' import headers. A row whose
    /// key (keyField()) is stored already updates that record (columns the file lacks, and empty cells other than
    /// text, keep their values); references are read by the key of the row they point to, those into the same
    /// table once every row is in. All or nothing: with any error nothing is stored, and each bad row is reported.
    /// `encoding` forces how a CSV file is read (else detected: one encoding throughout).
    ImportReport importFile(const QString& path, std::optional<Csv::Encoding> encoding = std::nullopt)
    {
        ImportReport report;
        const TableFile file = TableFile::load(path, encoding);
        const QHash<QString, int> column = file.matchHeader(m_type.headerAliases());
        QStringList keys, titles;
        bool complete = true;
        for (const Field<R>& f : m_type.fields()) {
            if (f.has(Required) && !f.has(ReadOnly)) {
                keys << f.key();
                titles << m_type.title(f);
                complete = complete && column.contains(QLatin1String(f.column));
            }
        }
        if (!complete) {
            report.errors << TableFile::rowMessage(file.headerRow, missingColumnsMessage(keys, titles));
            return report;
        }
        Transaction tx(m_db);
        const Field<R>* key = keyField();
        QList<std::tuple<qint64, int, const Field<R>*, QString>> later; // references within the table
        QSet<QString> keysInFile;
        for (int i = 0; i < file.rows.size(); ++i) {
            const QVariantList& row = file.rows.at(i);
            const int rowNumber = file.rowNumbers.at(i);
            const auto cell = [&](const Field<R>& f) {
                const int c = column.value(QLatin1String(f.column), -1);
                return c >= 0 && c < row.size() ? TableFile::cellText(row.at(c)) : QString();
            };
            const QString keyText = key ? cell(*key) : QString();
            if (!keyText.isEmpty() && keysInFile.contains(keyText)) {
                report.errors << TableFile::rowMessage(rowNumber, twiceInFileMessage(m_type.title(*key), keyText));
                continue;
            }
            keysInFile.insert(keyText);
            const std::optional<R> existing = keyText.isEmpty() ? std::nullopt : byKey(keyText);
            R record = existing.value_or(R());
            QStringList problems;
            QList<QPair<const Field<R>*, QString>> references;
            for (const Field<R>& f : m_type.fields()) {
                const QString text = cell(f);
                if (f.has(ReadOnly) || !column.contains(QLatin1String(f.column)) ||
                    (text.isEmpty() && f.type != FieldType::Text))
                    continue;
                QString problem;
                std::optional<QVariant> value;
                if (f.type == FieldType::Reference && f.refTable == m_type.table())
                    references.append({&f, text});
                else if (f.type == FieldType::Reference && !(value = referenceId(f, text)))
                    problem = missingReferenceMessage(m_type.title(f), text);
                else if (f.type != FieldType::Reference)
                    value = cellValue(int(f.type), m_type.title(f), text,
                                      f.choices ? f.choices() : QList<QPair<QString, QString>>(), &problem);
                if (!problem.isEmpty())
                    problems << problem;
                else if (value)
                    f.set(record, *value);
            }
            if (problems.isEmpty())
                problems = validate(record);
            for (const QString& p : problems)
                report.errors << TableFile::rowMessage(rowNumber, p);
            if (!problems.isEmpty())
                continue;
            if (!existing) {
                record.id = add(record);
                ++report.added;
            } else if (!m_type.same(record, *existing)) {
                update(record);
                ++report.updated;
            }
            for (const auto& [f, text] : references)
                later.append({record.id, rowNumber, f, text});
        }
        for (const auto& [id, rowNumber, f, keyOfTarget] : later) {
            R record = require(id);
            const std::optional<QVariant> target = referenceId(*f, keyOfTarget);
            if (target)
                f->set(record, *target);
            const QStringList problems =
                target ? validate(record) : QStringList{missingReferenceMessage(m_type.title(*f), keyOfTarget)};
            for (const QString& p : problems)
                report.errors << TableFile::rowMessage(rowNumber, p);
            if (problems.isEmpty())
                update(record);
        }
        if (!report.errors.isEmpty()) {
            report.added = report.updated = 0;
            return report; // the transaction rolls back: nothing is stored
        }
        tx.commit();
        return report;
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
    /// The order of all(), in SQL.
    virtual QString orderBy() const { return alias() + QStringLiteral(".id"); }
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

    /// The field that names a record in files: the first required unique one; null when there is none.
    const Field<R>* keyField() const
    {
        for (const Field<R>& f : m_type.fields())
            if (f.has(Required) && f.has(Unique) && !f.has(ReadOnly))
                return &f;
        return nullptr;
    }
    /// The id of the row a reference field names by `key` (its refKey column).
    std::optional<QVariant> referenceId(const Field<R>& f, const QString& key) const
    {
        const auto rows =
            m_db.rows(QStringLiteral("SELECT id FROM %1 WHERE %2 = :v").arg(f.refTable.sqlName(), f.refKey),
                      {{QStringLiteral("v"), key}});
        return rows.isEmpty() ? std::nullopt : std::optional<QVariant>(rows.first().value(QStringLiteral("id")));
    }
    /// Records as texts, one row each with a cell per field: in lists (`shown`) flags by their labels, enums by their
    /// labels and references by their name column; in files flags yes/no, enums by key, references by key.
    QList<QStringList> texts(const QList<R>& records, const QList<const Field<R>*>& fields, bool shown) const
    {
        QList<QHash<qint64, QString>> refs;
        for (const Field<R>* f : fields) {
            QHash<qint64, QString> map;
            if (f->type == FieldType::Reference && f->refTable.name)
                for (const QVariantMap& row :
                     m_db.rows(QStringLiteral("SELECT id, %1 AS t FROM %2")
                                   .arg(shown ? f->refName : f->refKey, f->refTable.sqlName())))
                    map.insert(row.value(QStringLiteral("id")).toLongLong(), row.value(QStringLiteral("t")).toString());
            refs << map;
        }
        QList<QStringList> rows;
        for (const R& r : records) {
            QStringList cells;
            for (int i = 0; i < fields.size(); ++i)
                cells << shownText(*fields.at(i), fields.at(i)->get(r), refs.at(i), shown);
            rows << cells;
        }
        return rows;
    }

    QString shownText(const Field<R>& f, const QVariant& v, const QHash<qint64, QString>& refs, bool shown) const
    {
        if (f.type == FieldType::Bool && !shown)
            return flagKey(v.toInt() != 0);
        if (f.type == FieldType::Bool)
            return f.yesText ? m_type.text(v.toInt() != 0 ? f.yesText : f.noText) : flagLabel(v.toInt() != 0);
        if (f.type == FieldType::Reference)
            return v.isNull() ? QString() : refs.value(v.toLongLong());
        if (f.type == FieldType::Enum && shown && f.choices)
            for (const auto& [key, label] : f.choices())
                if (key == v.toString())
                    return label;
        return v.toString();
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
