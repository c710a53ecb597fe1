#pragma once

#include "core/db/Database.h"
#include "core/db/DatabaseSettings.h"
#include "core/db/Error.h"
#include "core/db/ImportLog.h"
#include "core/db/RecordStore.h"
#include "core/io/TableFile.h"
#include "core/record/ImportPreview.h"
#include "core/record/Record.h"
#include "core/report/Report.h"

#include <QCoreApplication>
#include <QFileInfo>
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
        if (const QString problem = removalProblem(id); !problem.isEmpty())
            throw ValidationError(problem);
        RecordStore(m_db).remove(m_type.table().sqlName(), id);
        tx.commit();
    }
    /// Why remove() would refuse the record `id` (what still refers to it), empty when it would not: a page asks
    /// this before it asks the user whether to delete. Throws ValidationError when the record no longer exists.
    QString removalProblem(qint64 id) const
    {
        const R r = require(id);
        const QString refs = referencesDescription(id);
        return refs.isEmpty() ? QString() : referencedMessage(r, refs);
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
                              : f->type == FieldType::Money ? Report::Kind::Decimal
                              : f->type == FieldType::Date  ? Report::Kind::Date
                                                            : Report::Kind::Text;
            report.columns.append({m_type.title(*f), kind, width});
        }
        for (const QStringList& row : texts(all(), fields, true))
            report.addRow(row);
        return report;
    }

    /// An import computed without writing: each data row of a .csv or .xlsx file (its header matched with the fields'
    /// import headers) with its spreadsheet row number, the record it would store and its status. A row whose key
    /// (keyField()) is stored updates that record: columns the file lacks, and empty cells other than text, keep their
    /// values. References are read by the key of the row they point to; those into the same table may name a row
    /// of the file. Throws Error when the file cannot be read.
    struct Preview : ImportPreview {
        QList<R> records; // per row: what it stores (for Update, the stored record with the file's cells over it)
        QList<QList<QPair<const Field<R>*, QString>>> pending; // per row: references to rows the file adds
    };
    Preview preview(const QString& path, std::optional<Csv::Encoding> encoding = std::nullopt) const
    {
        Preview p;
        p.path = path;
        const TableFile file = TableFile::load(path, encoding);
        const QHash<QString, int> column = file.matchHeader(m_type.headerAliases());
        p.isCsv = !file.isXlsx;
        p.encoding = file.encoding;
        p.fileHeader = file.header;
        p.fileColumnField = QList<int>(file.header.size(), -1);
        for (int c = 0; c < file.header.size(); ++c)
            p.firstValues << (file.rows.isEmpty() || c >= file.rows.first().size()
                                  ? QString()
                                  : TableFile::cellText(file.rows.first().at(c)));
        QStringList keys, titles;
        bool complete = true;
        for (const Field<R>& f : m_type.fields()) {
            if (const int c = column.value(QLatin1String(f.column), -1); c >= 0 && !f.has(ReadOnly))
                p.fileColumnField[c] = int(p.columns.size());
            p.columns << QString::fromLatin1(f.column);
            p.titles << m_type.title(f);
            if (f.has(Required) && !f.has(ReadOnly)) {
                keys << f.key();
                titles << m_type.title(f);
                complete = complete && column.contains(QLatin1String(f.column));
            }
        }
        const Field<R>* key = keyField();
        p.keyTitle = key ? m_type.title(*key) : QString();
        if (!complete) {
            p.fileErrors << TableFile::rowMessage(file.headerRow, missingColumnsMessage(keys, titles));
            return p;
        }
        QHash<QString, int> rowOfKey;                     // key → its first row
        QHash<QString, QHash<QString, int>> uniqueValues; // unique field → value → row, of the valid rows
        for (int i = 0; i < file.rows.size(); ++i) {
            const QVariantList& cells = file.rows.at(i);
            ImportPreviewRow row;
            row.row = file.rowNumbers.at(i);
            for (const Field<R>& f : m_type.fields()) {
                const int c = column.value(QLatin1String(f.column), -1);
                row.cells << (c >= 0 && c < cells.size() ? TableFile::cellText(cells.at(c)) : QString());
            }
            const auto cell = [&](const Field<R>& f) { return row.cells.at(int(&f - m_type.fields().constData())); };
            row.key = key ? cell(*key) : QString();
            R record;
            QList<QPair<const Field<R>*, QString>> pending;
            if (!row.key.isEmpty() && rowOfKey.contains(row.key)) {
                row.status = ImportStatus::Duplicate;
                row.firstRow = rowOfKey.value(row.key);
                row.problems.append({QString::fromLatin1(key->column), twiceInFileMessage(p.keyTitle, row.key)});
            } else {
                if (!row.key.isEmpty())
                    rowOfKey.insert(row.key, row.row);
                const std::optional<R> existing = row.key.isEmpty() ? std::nullopt : byKey(row.key);
                record = existing.value_or(R());
                row.existingId = existing ? existing->id : 0;
                for (const Field<R>& f : m_type.fields()) {
                    const QString text = cell(f);
                    if (f.has(ReadOnly) || !column.contains(QLatin1String(f.column)) ||
                        (text.isEmpty() && f.type != FieldType::Text))
                        continue;
                    QString problem;
                    std::optional<QVariant> value;
                    if (f.type == FieldType::Reference) {
                        value = referenceId(f, text);
                        if (!value && f.refTable == m_type.table())
                            pending.append({&f, text}); // a row of the file, checked below
                        else if (!value)
                            problem = missingReferenceMessage(m_type.title(f), text);
                    } else {
                        value = cellValue(int(f.type), m_type.title(f), text,
                                          f.choices ? f.choices() : QList<QPair<QString, QString>>(), &problem);
                    }
                    if (!problem.isEmpty())
                        row.problems.append({QString::fromLatin1(f.column), problem});
                    else if (value)
                        f.set(record, *value);
                }
                if (row.problems.isEmpty())
                    row.problems = problems(record);
                record = normalized(record);
                for (const Field<R>& f : m_type.fields()) { // unique among the rows of the file too
                    const QString value = f.has(Unique) && &f != key ? f.get(record).toString() : QString();
                    if (row.problems.isEmpty() && !value.isEmpty() &&
                        uniqueValues[QString::fromLatin1(f.column)].contains(value))
                        row.problems.append(
                            {QString::fromLatin1(f.column), twiceInFileMessage(m_type.title(f), value)});
                }
                if (!row.problems.isEmpty())
                    row.status = ImportStatus::Invalid;
                else if (!existing)
                    row.status = ImportStatus::New;
                else
                    row.status = pending.isEmpty() && m_type.same(record, normalized(*existing))
                                     ? ImportStatus::Unchanged
                                     : ImportStatus::Update;
                if (row.problems.isEmpty())
                    for (const Field<R>& f : m_type.fields())
                        if (f.has(Unique) && &f != key && !f.get(record).toString().isEmpty())
                            uniqueValues[QString::fromLatin1(f.column)].insert(f.get(record).toString(), row.row);
            }
            p.rows << row;
            p.records << record;
            p.pending << pending;
        }
        // A reference to a row of the file holds only when that row is stored; leaving a row out can leave out others.
        for (bool changed = true; changed;) {
            changed = false;
            QSet<QString> added;
            for (const ImportPreviewRow& r : p.rows)
                if (r.status == ImportStatus::New)
                    added.insert(r.key);
            for (int i = 0; i < p.rows.size(); ++i) {
                ImportPreviewRow& r = p.rows[i];
                for (const auto& [f, target] : p.pending.at(i)) {
                    if (r.isValid() && !added.contains(target)) {
                        r.problems.append(
                            {QString::fromLatin1(f->column), missingReferenceMessage(m_type.title(*f), target)});
                        r.status = ImportStatus::Invalid;
                        changed = true;
                    }
                }
            }
        }
        completePreview(p);
        return p;
    }

    /// Stores a preview in one transaction with `options`: nothing is stored when blockers() has anything, when a
    /// row fails as it is written (its reason is among the errors), or for a dry run.
    ImportSummary apply(const Preview& preview, const ImportOptions& options)
    {
        ImportSummary s;
        s.dryRun = options.dryRun;
        s.errors = preview.blockers(options);
        if (!s.errors.isEmpty())
            return s;
        s.invalid = preview.invalidCount();
        Transaction tx(m_db);
        ImportBatch batch(m_db, ImportLog::Kind::Import, m_type.table(),
                          preview.path.isEmpty() ? QString() : QFileInfo(preview.path).absoluteFilePath());
        QList<std::pair<int, qint64>> later; // rows with references to rows of the file, and their ids
        for (int i = 0; i < preview.rows.size(); ++i) {
            const ImportPreviewRow& row = preview.rows.at(i);
            R record = preview.records.at(i);
            try {
                if (row.status == ImportStatus::New) {
                    record.id = add(record);
                    ++s.added;
                } else if (row.status == ImportStatus::Unchanged) {
                    ++s.unchanged;
                } else if (row.status == ImportStatus::Update && options.onDuplicate == OnDuplicate::Skip) {
                    ++s.skipped;
                    continue;
                } else if (row.status == ImportStatus::Update) {
                    update(record);
                    ++s.updated;
                }
            } catch (const ValidationError& e) {
                s.errors << TableFile::rowMessage(row.row, e.message());
            }
            if (row.isValid() && !preview.pending.at(i).isEmpty())
                later.append({i, record.id});
        }
        for (const auto& [i, id] : later) {
            R record = require(id);
            for (const auto& [f, target] : preview.pending.at(i))
                if (const std::optional<QVariant> value = referenceId(*f, target))
                    f->set(record, *value);
            try {
                update(record);
            } catch (const ValidationError& e) {
                s.errors << TableFile::rowMessage(preview.rows.at(i).row, e.message());
            }
        }
        if (!s.errors.isEmpty()) {
            s.added = s.updated = s.unchanged = s.skipped = 0;
            return s; // the transaction rolls back: nothing is stored
        }
        batch.finish();
        if (!options.dryRun) {
            tx.commit();
            s.batch = batch.id();
        }
        return s;
    }

    /// preview() and apply() at once, all or nothing, a stored key updating its record; each bad row is reported.
    ImportReport importFile(const QString& path, std::optional<Csv::Encoding> encoding = std::nullopt)
    {
        ImportOptions options;
        options.onDuplicate = OnDuplicate::Update;
        const ImportSummary s = apply(preview(path, encoding), options);
        return {s.added, s.updated, s.errors};
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
    /// The feature's last word on a preview, once every row has its status: e.g. where new records go in the list.
    virtual void completePreview(Preview& preview) const { Q_UNUSED(preview); }
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
        if (f.type == FieldType::Money)
            return yuanText(v.toLongLong(), !shown);
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
