#include "core/db/ImportLog.h"

#include "core/db/BulkTuning.h"
#include "core/db/ChangeDescriber.h"
#include "core/db/Database.h"
#include "core/db/RecordStore.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <map>
#include <memory>

namespace ud::core {

namespace {

constexpr int kChunk = 500;          // ids bound per statement, far below both engines' limits
constexpr int kShown = 5;            // records a refusal names
constexpr int kInTheWay = 100;       // records of a table a redo reads that are in its way
constexpr qint64 kLargeBatch = 5000; // history rows from which undo and redo use the bulk speed-ups

QString nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QDateTime utcTime(const QVariant& text)
{
    if (text.isNull() || text.toString().isEmpty())
        return {};
    QDateTime t = QDateTime::fromString(text.toString(), Qt::ISODateWithMs);
    t.setTimeZone(QTimeZone::utc());
    return t;
}

QString shownTime(const QDateTime& utc)
{
    return utc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

// A value of the history's JSON as the database gives it back: whole numbers as integers, flags as 0 and 1.
QVariant storedValue(const QJsonValue& v)
{
    switch (v.type()) {
    case QJsonValue::Bool:
        return qint64(v.toBool() ? 1 : 0);
    case QJsonValue::Double: {
        const double d = v.toDouble();
        if (std::trunc(d) == d && std::abs(d) < 9007199254740992.0) // 2^53: exact in a double
            return qint64(d);
        return d;
    }
    case QJsonValue::String:
        return v.toString();
    default:
        return QVariant();
    }
}

QVariantMap storedValues(const QString& json)
{
    QVariantMap values;
    const QJsonObject object = QJsonDocument::fromJson(json.toUtf8()).object();
    for (auto it = object.begin(); it != object.end(); ++it)
        values.insert(it.key(), storedValue(it.value()));
    return values;
}

// As RecordStore compares: null only equals null, anything else by its text.
bool sameValue(const QVariant& a, const QVariant& b)
{
    if (a.isNull() || b.isNull())
        return a.isNull() == b.isNull();
    return a.toString() == b.toString();
}

// ":i0, :i1, …" for `ids`, bound in `binds`.
QString boundList(const QList<qint64>& ids, QVariantMap& binds)
{
    QStringList params;
    for (int i = 0; i < ids.size(); ++i) {
        const QString name = QStringLiteral("i%1").arg(i);
        params << QLatin1Char(':') + name;
        binds.insert(name, ids.at(i));
    }
    return params.join(QStringLiteral(", "));
}

// Only the features' own tables: their names are written into SQL.
QString checkedTable(const QString& name)
{
    if (!tableNamed(name))
        throw Error(ImportLog::tr("The import log names a table this version does not know (%1).").arg(name));
    return name;
}

// While it lives, what is written belongs to `batch` as `step` in the change history.
class BatchTagScope {
public:
    BatchTagScope(Database& db, qint64 batch, const QString& step) : m_db(db), m_saved(db.batchTag())
    {
        db.batchTag() = {batch, step};
    }
    ~BatchTagScope() { m_db.batchTag() = m_saved; }
    BatchTagScope(const BatchTagScope&) = delete;
    BatchTagScope& operator=(const BatchTagScope&) = delete;

private:
    Database& m_db;
    Database::BatchTag m_saved;
};

enum class Action { Insert, Update, Delete };

// One change-history row the batch wrote when it was done.
struct Step {
    qint64 logId = 0;
    QString table;
    qint64 rowId = 0;
    Action action = Action::Insert;
};

using RowKey = QPair<QString, qint64>; // table, id

// A record as the batch found or left it: whether it was there, and the values the batch knows of it (every column
// after an insert or before a delete, else the columns it changed).
struct RowState {
    bool exists = true;
    QVariantMap values;

    bool matches(const QVariantMap& current) const
    {
        if (!exists || current.isEmpty())
            return exists == !current.isEmpty();
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            if (!sameValue(current.value(it.key()), it.value()))
                return false;
        return true;
    }
};

// A record something else changed: its table, its id, and the history row of that change (0: none).
struct Conflict {
    QString table;
    qint64 rowId = 0;
    qint64 logId = 0;
};

// The rows of one batch and the work of undoing and redoing it.
class BatchWork {
public:
    BatchWork(Database& db, const ImportLog::Batch& batch) : m_db(db), m_batch(batch.id) { readSteps(); }

    QList<Conflict> undoConflicts();
    QList<Conflict> redoConflicts();
    void undo();
    void redo();
    QString describe(const QList<Conflict>& conflicts) const;
    // The tables a redo puts more rows back into than they hold; none when the batch removed rows, as a removal
    // finds the rows that refer to it through their indexes.
    QStringList tablesToRefill() const;

private:
    void readSteps();
    void loadValues(const QList<qint64>& logIds);
    void loadValuesOf(const QList<RowKey>& keys);
    QVariantMap oldValues(qint64 logId) const { return storedValues(m_json.value(logId).first); }
    QVariantMap newValues(qint64 logId) const { return storedValues(m_json.value(logId).second); }
    RowState after(const RowKey& key) const;
    RowState before(const RowKey& key) const;
    bool added(const RowKey& key) const { return m_steps.at(m_byKey.value(key).first()).action == Action::Insert; }
    // A row the batch only inserted: deleted with the others of its table by one statement.
    bool plainInsert(int i) const
    {
        const Step& s = m_steps.at(i);
        return s.action == Action::Insert && m_byKey.value({s.table, s.rowId}).size() == 1;
    }
    QVariantMap current(const RowKey& key) const { return RecordStore(m_db).row(key.first, key.second); }
    qint64 lastChange(const RowKey& key) const;
    // The records something else than this batch changed after it, each with its last change.
    QHash<RowKey, qint64> laterChanges() const;
    const QList<QPair<QString, QString>>& referring(const QString& table);
    QStringList deletionOrder(QSet<QString> tables);
    void deleteInserted(int first, int last);
    QVariantMap binds(const QString& table = QString()) const;

    Database& m_db;
    qint64 m_batch;
    QList<Step> m_steps;
    QHash<RowKey, QList<int>> m_byKey;                     // the steps of each record, in order
    QHash<qint64, QPair<QString, QString>> m_json;         // log id → old and new values as stored
    QHash<QString, QList<QPair<QString, QString>>> m_refs; // table → the (table, column) pairs that refer to it
};

QVariantMap BatchWork::binds(const QString& table) const
{
    QVariantMap b{{QStringLiteral("b"), m_batch}};
    if (!table.isEmpty())
        b.insert(QStringLiteral("t"), table);
    return b;
}

void BatchWork::readSteps()
{
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT id, table_name, row_id, action FROM change_log WHERE batch_id = :b "
                                           "AND batch_step = 'do' ORDER BY id"),
                            binds());
    QHash<QString, QString> tables; // the table names, checked once and shared
    while (q.next()) {
        const QString action = q.value(3).toString();
        Step s;
        if (action == QLatin1String("insert"))
            s.action = Action::Insert;
        else if (action == QLatin1String("update"))
            s.action = Action::Update;
        else if (action == QLatin1String("delete"))
            s.action = Action::Delete;
        else
            continue; // a note (an export) changes no row
        const QString table = q.value(1).toString();
        auto known = tables.constFind(table);
        if (known == tables.cend())
            known = tables.insert(table, checkedTable(table));
        s.logId = q.value(0).toLongLong();
        s.table = *known;
        s.rowId = q.value(2).toLongLong();
        m_byKey[{s.table, s.rowId}].append(int(m_steps.size()));
        m_steps.append(s);
    }
}

void BatchWork::loadValues(const QList<qint64>& logIds)
{
    QList<qint64> missing;
    for (qint64 id : logIds)
        if (!m_json.contains(id))
            missing << id;
    for (qsizetype from = 0; from < missing.size(); from += kChunk) {
        QVariantMap b;
        const QString in = boundList(missing.mid(from, kChunk), b);
        QSqlQuery q =
            m_db.exec(QStringLiteral("SELECT id, old_values, new_values FROM change_log WHERE id IN (%1)").arg(in), b);
        while (q.next())
            m_json.insert(q.value(0).toLongLong(), {q.value(1).toString(), q.value(2).toString()});
    }
}

void BatchWork::loadValuesOf(const QList<RowKey>& keys)
{
    QList<qint64> ids;
    for (const RowKey& key : keys)
        for (int i : m_byKey.value(key))
            ids << m_steps.at(i).logId;
    loadValues(ids);
}

RowState BatchWork::after(const RowKey& key) const
{
    RowState state;
    for (int i : m_byKey.value(key)) {
        const Step& s = m_steps.at(i);
        if (s.action == Action::Insert) {
            state.exists = true;
            state.values = newValues(s.logId);
        } else if (s.action == Action::Update) {
            const QVariantMap changed = newValues(s.logId);
            for (auto it = changed.cbegin(); it != changed.cend(); ++it)
                state.values.insert(it.key(), it.value());
        } else {
            state.exists = false;
            state.values.clear();
        }
    }
    return state;
}

RowState BatchWork::before(const RowKey& key) const
{
    RowState state;
    if (added(key)) {
        state.exists = false;
        return state;
    }
    // The first value the batch found in each column it touched.
    for (int i : m_byKey.value(key)) {
        const Step& s = m_steps.at(i);
        if (s.action == Action::Insert)
            break;
        const QVariantMap old = oldValues(s.logId);
        for (auto it = old.cbegin(); it != old.cend(); ++it)
            if (!state.values.contains(it.key()))
                state.values.insert(it.key(), it.value());
        if (s.action == Action::Delete)
            break;
    }
    return state;
}

qint64 BatchWork::lastChange(const RowKey& key) const
{
    return m_db
        .scalar(QStringLiteral("SELECT max(id) FROM change_log WHERE table_name = :t AND row_id = :r"),
                {{QStringLiteral("t"), key.first}, {QStringLiteral("r"), key.second}})
        .toLongLong();
}

const QList<QPair<QString, QString>>& BatchWork::referring(const QString& table)
{
    auto found = m_refs.constFind(table);
    if (found != m_refs.cend())
        return *found;
    QList<QPair<QString, QString>> list;
    for (const QVariantMap& r : m_db.rows(m_db.dialect().referencingColumnsSql(), {{QStringLiteral("table"), table}})) {
        const QString tbl = r.value(QStringLiteral("tbl")).toString();
        const QString col = r.value(QStringLiteral("col")).toString();
        if (tableNamed(tbl)) // the bookkeeping (the history's own batch column) refers to no record
            list.append({tbl, col});
    }
    return *m_refs.insert(table, list);
}

QHash<RowKey, qint64> BatchWork::laterChanges() const
{
    // Read by id from the batch's last row on: what came after it, usually far less than the batch itself. (A change
    // is recorded after it is made, so one that waited for the batch to commit has a later id than all of it.)
    QHash<RowKey, qint64> last;
    if (m_steps.isEmpty())
        return last;
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT id, table_name, row_id, batch_id FROM change_log WHERE id > :last "
                                           "AND row_id > 0 ORDER BY id"),
                            {{QStringLiteral("last"), m_steps.last().logId}});
    while (q.next()) {
        if (!q.value(3).isNull() && q.value(3).toLongLong() == m_batch)
            continue;
        last.insert({q.value(1).toString(), q.value(2).toLongLong()}, q.value(0).toLongLong());
    }
    return last;
}

QList<Conflict> BatchWork::undoConflicts()
{
    QList<Conflict> found;
    const QHash<RowKey, qint64> later = laterChanges();
    // Records the batch touched that something else changed afterwards: those that are now again as the batch left
    // them (a change undone since) may still go back.
    QList<RowKey> changed;
    for (auto it = later.cbegin(); it != later.cend(); ++it)
        if (m_byKey.contains(it.key()))
            changed << it.key();
    std::sort(changed.begin(), changed.end(),
              [&later](const RowKey& a, const RowKey& b) { return later.value(a) < later.value(b); });
    loadValuesOf(changed);
    for (const RowKey& key : std::as_const(changed))
        if (!after(key).matches(current(key)))
            found.append({key.first, key.second, later.value(key)});

    // Records added or changed since that refer to one the batch added: it cannot go while they do. (A record the
    // batch changed to refer to one it added gets its old reference back first.)
    QSet<QString> addedTables;
    for (auto it = m_byKey.cbegin(); it != m_byKey.cend(); ++it)
        if (added(it.key()))
            addedTables.insert(it.key().first);
    for (const QString& table : std::as_const(addedTables)) {
        for (const auto& [other, column] : referring(table)) {
            QList<qint64> ids;
            for (auto it = later.cbegin(); it != later.cend(); ++it)
                if (it.key().first == other && !(m_byKey.contains(it.key()) && added(it.key())))
                    ids << it.key().second;
            std::sort(ids.begin(), ids.end());
            for (qsizetype from = 0; from < ids.size(); from += kChunk) {
                QVariantMap b;
                const QString in = boundList(ids.mid(from, kChunk), b);
                QSqlQuery q = m_db.exec(
                    QStringLiteral("SELECT id, %1 FROM %2 WHERE id IN (%3) ORDER BY id").arg(column, other, in), b);
                while (q.next()) {
                    const RowKey referrer{other, q.value(0).toLongLong()};
                    const RowKey target{table, q.value(1).toLongLong()};
                    if (q.value(1).isNull() || !m_byKey.contains(target) || !added(target))
                        continue;
                    loadValuesOf({referrer});
                    if (m_byKey.contains(referrer) && before(referrer).values.contains(column))
                        continue;
                    found.append({referrer.first, referrer.second, later.value(referrer)});
                }
            }
        }
    }
    return found;
}

QList<Conflict> BatchWork::redoConflicts()
{
    QList<Conflict> found;
    // The records the batch added must not be there; those it changed or removed must be as it found them.
    QList<RowKey> touched;
    QSet<QString> addedTables;
    for (auto it = m_byKey.cbegin(); it != m_byKey.cend(); ++it) {
        if (added(it.key()))
            addedTables.insert(it.key().first);
        else
            touched << it.key();
    }
    for (const QString& table : std::as_const(addedTables)) {
        const QList<QVariantMap> rows =
            m_db.rows(QStringLiteral("SELECT id FROM %1 WHERE id IN (SELECT row_id FROM change_log WHERE batch_id = :b "
                                     "AND batch_step = 'do' AND table_name = :t AND action = 'insert') ORDER BY id "
                                     "LIMIT %2")
                          .arg(table)
                          .arg(kInTheWay),
                      binds(table));
        for (const QVariantMap& r : rows) {
            const RowKey key{table, r.value(QStringLiteral("id")).toLongLong()};
            if (m_byKey.contains(key) && added(key))
                found.append({key.first, key.second, lastChange(key)});
        }
    }
    std::sort(touched.begin(), touched.end(),
              [this](const RowKey& a, const RowKey& b) { return m_byKey.value(a).first() < m_byKey.value(b).first(); });
    for (qsizetype from = 0; from < touched.size(); from += kChunk) {
        const QList<RowKey> chunk = touched.mid(from, kChunk);
        loadValuesOf(chunk);
        for (const RowKey& key : chunk)
            if (!before(key).matches(current(key)))
                found.append({key.first, key.second, lastChange(key)});
    }
    return found;
}

QStringList BatchWork::deletionOrder(QSet<QString> tables)
{
    QStringList order;
    while (!tables.isEmpty()) {
        QStringList remaining = tables.values();
        std::sort(remaining.begin(), remaining.end());
        QString next = remaining.first(); // a loop between tables (none in the schema) is left to the database
        for (const QString& table : std::as_const(remaining)) {
            const auto& refs = referring(table);
            const bool referred = std::any_of(refs.cbegin(), refs.cend(), [&](const QPair<QString, QString>& r) {
                return r.first != table && tables.contains(r.first);
            });
            if (!referred) {
                next = table;
                break;
            }
        }
        order << next;
        tables.remove(next);
    }
    return order;
}

void BatchWork::deleteInserted(int first, int last)
{
    // Set by set, a table at a time (those that refer to others first): tens of thousands of rows in a few statements.
    // Nothing changed them since (undoConflicts()), so their history keeps the values the insert recorded.
    QHash<QString, qint64> expected;
    for (int i = first; i <= last; ++i)
        ++expected[m_steps.at(i).table];
    const QString at = nowText();
    for (const QString& table : deletionOrder(QSet<QString>(expected.keyBegin(), expected.keyEnd()))) {
        QVariantMap b = binds(table);
        b.insert(QStringLiteral("lo"), m_steps.at(first).logId);
        b.insert(QStringLiteral("hi"), m_steps.at(last).logId);
        const QString inserted = QStringLiteral("batch_id = :b AND batch_step = 'do' AND table_name = :t AND action = "
                                                "'insert' AND id BETWEEN :lo AND :hi");
        QVariantMap logBinds = b;
        logBinds.insert(QStringLiteral("at"), at);
        logBinds.insert(QStringLiteral("user"), m_db.userName());
        m_db.exec(
            QStringLiteral("INSERT INTO change_log (changed_at, user_name, table_name, row_id, action, "
                           "old_values, new_values, batch_id, batch_step) SELECT :at, :user, table_name, row_id, "
                           "'delete', new_values, NULL, batch_id, 'undo' FROM change_log WHERE %1 ORDER BY id DESC")
                .arg(inserted),
            logBinds);
        const QSqlQuery removed = m_db.exec(
            QStringLiteral("DELETE FROM %1 WHERE id IN (SELECT row_id FROM change_log WHERE %2)").arg(table, inserted),
            b);
        if (removed.numRowsAffected() != expected.value(table))
            throw Error(ImportLog::tr("Some of its records were deleted meanwhile."));
    }
}

void BatchWork::undo()
{
    RecordStore store(m_db);
    for (int i = int(m_steps.size()) - 1; i >= 0;) {
        if (plainInsert(i)) {
            int first = i;
            while (first > 0 && plainInsert(first - 1))
                --first;
            deleteInserted(first, i);
            i = first - 1;
            continue;
        }
        const Step& s = m_steps.at(i);
        loadValues({s.logId});
        if (s.action == Action::Insert) {
            store.remove(s.table, s.rowId);
        } else if (s.action == Action::Update) {
            QVariantMap old = oldValues(s.logId);
            old.remove(QStringLiteral("id"));
            store.update(s.table, s.rowId, old);
        } else {
            store.insert(s.table, oldValues(s.logId)); // with its id
        }
        --i;
    }
}

void BatchWork::redo()
{
    RecordStore store(m_db);
    // The rows go back as the batch wrote them, in its order (parents before the rows that refer to them), the
    // inserts through prepared statements: as many rows as the import wrote.
    std::map<QString, std::unique_ptr<RecordStore::BulkInsert>> inserts; // table and columns → its statement
    for (qsizetype from = 0; from < m_steps.size(); from += kChunk) {
        const qsizetype to = std::min(from + kChunk, m_steps.size());
        m_json.clear();
        QList<qint64> ids;
        for (qsizetype i = from; i < to; ++i)
            ids << m_steps.at(i).logId;
        loadValues(ids);
        for (qsizetype i = from; i < to; ++i) {
            const Step& s = m_steps.at(i);
            QVariantMap values = newValues(s.logId);
            values.remove(QStringLiteral("id"));
            if (s.action == Action::Insert) {
                const QStringList columns = values.keys();
                auto& insert = inserts[s.table + QLatin1Char(' ') + columns.join(QLatin1Char(','))];
                if (!insert)
                    insert = std::make_unique<RecordStore::BulkInsert>(m_db, s.table, columns);
                insert->insertAs(s.rowId, values.values());
            } else if (s.action == Action::Update) {
                store.update(s.table, s.rowId, values);
            } else {
                store.remove(s.table, s.rowId);
            }
        }
    }
}

QStringList BatchWork::tablesToRefill() const
{
    QHash<QString, qint64> inserts;
    for (const Step& s : m_steps) {
        if (s.action == Action::Delete)
            return {};
        if (s.action == Action::Insert)
            ++inserts[s.table];
    }
    QStringList tables;
    for (auto it = inserts.cbegin(); it != inserts.cend(); ++it)
        if (it.value() > m_db.scalar(QStringLiteral("SELECT count(*) FROM %1").arg(it.key())).toLongLong())
            tables << it.key();
    return tables;
}

QString BatchWork::describe(const QList<Conflict>& conflicts) const
{
    // The records by name, as the change history names them, each with its last change.
    QList<ChangeRow> rows;
    QList<QVariantMap> changes;
    for (const Conflict& c : conflicts.mid(0, kShown)) {
        const QList<QVariantMap> log =
            c.logId ? m_db.rows(QStringLiteral("SELECT changed_at, user_name, action, old_values, new_values FROM "
                                               "change_log WHERE id = :id"),
                                {{QStringLiteral("id"), c.logId}})
                    : QList<QVariantMap>();
        const QVariantMap change = log.value(0);
        rows << ChangeRow::fromJson(c.table, c.rowId, change.value(QStringLiteral("action")).toString(),
                                    change.value(QStringLiteral("old_values")).toString(),
                                    change.value(QStringLiteral("new_values")).toString());
        changes << change;
    }
    ChangeDescriber describer(m_db);
    describer.prepare(rows);
    QStringList lines;
    for (int i = 0; i < rows.size(); ++i) {
        const ChangeRow& row = rows.at(i);
        const QVariantMap& change = changes.at(i);
        QString name = describer.recordName(row);
        if (name.isEmpty())
            name = ImportLog::tr("record %1").arg(row.rowId);
        if (change.isEmpty()) {
            lines << ImportLog::tr("• %1 (%2)").arg(name, tableLabel(row.table));
            continue;
        }
        lines << ImportLog::tr("• %1 (%2): %3 on %4 by %5", "record (table): changed on time by user")
                     .arg(name, tableLabel(row.table), actionLabel(row.action, row.newValues),
                          shownTime(utcTime(change.value(QStringLiteral("changed_at")))),
                          change.value(QStringLiteral("user_name")).toString());
    }
    if (conflicts.size() > kShown)
        lines << ImportLog::tr("• and %n more", nullptr, int(conflicts.size() - kShown));
    return lines.join(QLatin1Char('\n'));
}

ImportLog::Batch batchFromRow(const QVariantMap& r)
{
    ImportLog::Batch b;
    b.id = r.value(QStringLiteral("id")).toLongLong();
    b.startedAt = utcTime(r.value(QStringLiteral("started_at")));
    b.user = r.value(QStringLiteral("user_name")).toString();
    b.kind = ImportLog::kindFromKey(r.value(QStringLiteral("kind")).toString());
    b.table = r.value(QStringLiteral("table_name")).toString();
    b.source = r.value(QStringLiteral("source")).toString();
    b.undoneAt = utcTime(r.value(QStringLiteral("undone_at")));
    b.undoneBy = r.value(QStringLiteral("undone_by")).toString();
    const QJsonObject counts = QJsonDocument::fromJson(r.value(QStringLiteral("counts")).toString().toUtf8()).object();
    for (auto it = counts.begin(); it != counts.end(); ++it) {
        const QJsonObject c = it.value().toObject();
        b.counts.append({it.key(), c.value(QStringLiteral("added")).toInteger(),
                         c.value(QStringLiteral("changed")).toInteger(),
                         c.value(QStringLiteral("removed")).toInteger()});
    }
    // Its own table first, then the others as the JSON has them (by name).
    std::stable_sort(b.counts.begin(), b.counts.end(), [&b](const ImportLog::Count& x, const ImportLog::Count& y) {
        return (x.table == b.table) > (y.table == b.table);
    });
    return b;
}

QString batchName(const ImportLog::Batch& b)
{
    return ImportLog::tr("%1 (%2)", "batch title (time)").arg(b.title(), shownTime(b.startedAt));
}

} // namespace

QString ImportLog::kindKey(Kind kind)
{
    return kind == Kind::Copy ? QStringLiteral("copy") : QStringLiteral("import");
}

ImportLog::Kind ImportLog::kindFromKey(const QString& key)
{
    return key == QLatin1String("copy") ? Kind::Copy : Kind::Import;
}

QString ImportLog::stepLabel(Kind kind, const QString& step)
{
    if (kind == Kind::Copy) {
        if (step == QLatin1String("undo"))
            return tr("copy undone");
        if (step == QLatin1String("redo"))
            return tr("copy redone");
        return tr("copy to next year");
    }
    if (step == QLatin1String("undo"))
        return tr("import undone");
    if (step == QLatin1String("redo"))
        return tr("import redone");
    return tr("import");
}

QString ImportLog::Batch::title() const
{
    if (kind == Kind::Copy)
        return ImportLog::tr("Copy to next year");
    return ImportLog::tr("Import: %1").arg(tableLabel(table));
}

QString ImportLog::Batch::countsText() const
{
    QStringList tablesText;
    for (const Count& c : counts) {
        QStringList parts;
        if (c.added)
            parts << ImportLog::tr("%L1 added").arg(c.added);
        if (c.changed)
            parts << ImportLog::tr("%L1 changed").arg(c.changed);
        if (c.removed)
            parts << ImportLog::tr("%L1 removed").arg(c.removed);
        tablesText
            << ImportLog::tr("%1: %2", "table: counts").arg(tableLabel(c.table), parts.join(ImportLog::tr(", ")));
    }
    return tablesText.join(ImportLog::tr("; "));
}

QList<Table> ImportLog::Batch::tables() const
{
    QList<Table> list;
    for (const Count& c : counts)
        if (const std::optional<Table> t = tableNamed(c.table))
            list << *t;
    return list;
}

QList<ImportLog::Batch> ImportLog::batches() const
{
    QList<Batch> list;
    for (const QVariantMap& r : m_db.rows(QStringLiteral("SELECT * FROM import_batches ORDER BY id DESC")))
        list << batchFromRow(r);
    return list;
}

std::optional<ImportLog::Batch> ImportLog::batch(qint64 id) const
{
    const QList<QVariantMap> rows =
        m_db.rows(QStringLiteral("SELECT * FROM import_batches WHERE id = :id"), {{QStringLiteral("id"), id}});
    if (rows.isEmpty())
        return std::nullopt;
    return batchFromRow(rows.first());
}

qint64 ImportLog::batchThatAdded(const Table& table, qint64 id) const
{
    return m_db
        .scalar(QStringLiteral("SELECT batch_id FROM change_log WHERE table_name = :t AND row_id = :r AND action = "
                               "'insert' AND batch_step = 'do' ORDER BY id DESC"),
                {{QStringLiteral("t"), table.sqlName()}, {QStringLiteral("r"), id}})
        .toLongLong();
}

void ImportLog::undo(qint64 id)
{
    const std::optional<Batch> b = batch(id);
    if (!b)
        throw Error(tr("The import log has no entry %1.").arg(id));
    if (b->undone())
        throw Error(tr("%1 has already been undone.").arg(batchName(*b)));
    const bool large = m_db.scalar(QStringLiteral("SELECT count(*) FROM change_log WHERE batch_id = :b AND "
                                                  "batch_step = 'do'"),
                                   {{QStringLiteral("b"), id}})
                           .toLongLong() >= kLargeBatch;
    std::optional<BulkWrite> bulkWrite;
    if (large)
        bulkWrite.emplace(m_db);
    Transaction tx(m_db);
    BulkTuning tuning(m_db);
    if (large)
        tuning.largeCache();
    BatchWork work(m_db, *b);
    const QList<Conflict> conflicts = work.undoConflicts();
    if (!conflicts.isEmpty())
        throw Error(tr("%1 cannot be undone: these records were changed after it.\n\n%2\n\nNothing was changed. Undo "
                       "those changes first, or set the records back by hand.")
                        .arg(batchName(*b), work.describe(conflicts)));
    try {
        BatchTagScope tag(m_db, id, QStringLiteral("undo"));
        work.undo();
    } catch (const Error& e) {
        throw Error(tr("%1 could not be undone: %2\n\nNothing was changed.").arg(batchName(*b), e.message()));
    }
    m_db.exec(
        QStringLiteral("UPDATE import_batches SET undone_at = :at, undone_by = :user WHERE id = :id"),
        {{QStringLiteral("at"), nowText()}, {QStringLiteral("user"), m_db.userName()}, {QStringLiteral("id"), id}});
    tx.commit();
}

void ImportLog::redo(qint64 id)
{
    const std::optional<Batch> b = batch(id);
    if (!b)
        throw Error(tr("The import log has no entry %1.").arg(id));
    if (!b->undone())
        throw Error(tr("%1 has not been undone, so it cannot be done again.").arg(batchName(*b)));
    const bool large = m_db.scalar(QStringLiteral("SELECT count(*) FROM change_log WHERE batch_id = :b AND "
                                                  "batch_step = 'do'"),
                                   {{QStringLiteral("b"), id}})
                           .toLongLong() >= kLargeBatch;
    std::optional<BulkWrite> bulkWrite;
    if (large)
        bulkWrite.emplace(m_db);
    Transaction tx(m_db);
    BulkTuning tuning(m_db);
    BatchWork work(m_db, *b);
    if (large) {
        tuning.largeCache();
        // As the import did: the indexes of a table that gets more rows back than it holds are built afresh after.
        tuning.deferIndexes(work.tablesToRefill());
    }
    const QList<Conflict> conflicts = work.redoConflicts();
    if (!conflicts.isEmpty())
        throw Error(tr("%1 cannot be done again: these records were changed after it was undone.\n\n%2\n\nNothing "
                       "was changed.")
                        .arg(batchName(*b), work.describe(conflicts)));
    try {
        BatchTagScope tag(m_db, id, QStringLiteral("redo"));
        work.redo();
        tuning.finish();
    } catch (const Error& e) {
        throw Error(tr("%1 could not be done again: %2\n\nNothing was changed.").arg(batchName(*b), e.message()));
    }
    m_db.exec(QStringLiteral("UPDATE import_batches SET undone_at = NULL, undone_by = '' WHERE id = :id"),
              {{QStringLiteral("id"), id}});
    tx.commit();
}

ImportBatch::ImportBatch(Database& db, ImportLog::Kind kind, const Table& table, const QString& source) : m_db(db)
{
    if (db.batchTag().id)
        return; // the changes belong to the batch already running
    Q_ASSERT(db.transactionDepth() > 0);
    m_id = db.scalar(QStringLiteral("INSERT INTO import_batches (started_at, user_name, kind, table_name, source) "
                                    "VALUES (:at, :user, :kind, :tbl, :src) RETURNING id"),
                     {{QStringLiteral("at"), nowText()},
                      {QStringLiteral("user"), db.userName()},
                      {QStringLiteral("kind"), ImportLog::kindKey(kind)},
                      {QStringLiteral("tbl"), table.sqlName()},
                      {QStringLiteral("src"), source.isNull() ? QStringLiteral("") : source}})
               .toLongLong();
    m_own = true;
    db.batchTag() = {m_id, QStringLiteral("do")};
}

ImportBatch::~ImportBatch()
{
    if (m_own)
        m_db.batchTag() = {};
}

void ImportBatch::finish()
{
    if (!m_own || !m_id)
        return;
    m_db.batchTag() = {};
    // Per table the records added, and those changed or removed that the batch had not added itself.
    const QList<QVariantMap> rows =
        m_db.rows(QStringLiteral(
                      "SELECT l.table_name AS tbl, l.action AS action, count(DISTINCT l.row_id) AS n FROM change_log l "
                      "WHERE l.batch_id = :b AND l.batch_step = 'do' AND l.action IN ('insert', 'update', 'delete') "
                      "AND (l.action = 'insert' OR NOT EXISTS (SELECT 1 FROM change_log i WHERE i.batch_id = :b2 AND "
                      "i.batch_step = 'do' AND i.action = 'insert' AND i.table_name = l.table_name AND i.row_id = "
                      "l.row_id)) GROUP BY l.table_name, l.action"),
                  {{QStringLiteral("b"), m_id}, {QStringLiteral("b2"), m_id}});
    if (rows.isEmpty()) {
        m_db.exec(QStringLiteral("DELETE FROM import_batches WHERE id = :id"), {{QStringLiteral("id"), m_id}});
        m_id = 0;
        return;
    }
    QJsonObject counts;
    for (const QVariantMap& r : rows) {
        const QString table = r.value(QStringLiteral("tbl")).toString();
        const QString action = r.value(QStringLiteral("action")).toString();
        QJsonObject c = counts.value(table).toObject();
        const QString key = action == QLatin1String("insert")   ? QStringLiteral("added")
                            : action == QLatin1String("update") ? QStringLiteral("changed")
                                                                : QStringLiteral("removed");
        c.insert(key, r.value(QStringLiteral("n")).toLongLong());
        counts.insert(table, c);
    }
    m_db.exec(QStringLiteral("UPDATE import_batches SET counts = :counts WHERE id = :id"),
              {{QStringLiteral("counts"), QString::fromUtf8(QJsonDocument(counts).toJson(QJsonDocument::Compact))},
               {QStringLiteral("id"), m_id}});
}

} // namespace ud::core
