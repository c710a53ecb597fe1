#include "core/db/HistoryJson.h"
#include "core/db/RecordStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlRecord>

#include <sqlite3.h>

#include <algorithm>

namespace ud::core {

namespace {

void bindSqlite(sqlite3_stmt* stmt, int index, const QVariant& v)
{
    if (v.isNull()) {
        sqlite3_bind_null(stmt, index);
        return;
    }
    switch (v.typeId()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        sqlite3_bind_int64(stmt, index, v.toLongLong());
        return;
    case QMetaType::Double:
        sqlite3_bind_double(stmt, index, v.toDouble());
        return;
    case QMetaType::QString: {
        // The QString lives in the caller's list until the statement has run.
        const QString& text = *static_cast<const QString*>(v.constData());
        sqlite3_bind_text16(stmt, index, text.utf16(), int(text.size() * 2), SQLITE_STATIC);
        return;
    }
    default: {
        const QString text = v.toString();
        sqlite3_bind_text16(stmt, index, text.utf16(), int(text.size() * 2), SQLITE_TRANSIENT);
        return;
    }
    }
}

// The text values of a row as UTF-8, one after the other in `text`; `textEnd` gets where each ends, -1 for a value
// bound as it is (a number, a null, a text with a lone surrogate).
void rowText(const QVariantList& values, QByteArray& text, QList<qsizetype>& textEnd)
{
    text.truncate(0);
    textEnd.resize(values.size());
    for (int i = 0; i < values.size(); ++i) {
        const QVariant& v = values.at(i);
        const qsizetype start = text.size();
        const bool utf8 = !v.isNull() && v.typeId() == QMetaType::QString &&
                          appendUtf8(text, *static_cast<const QString*>(v.constData()), false);
        if (!utf8)
            text.truncate(start);
        textEnd[i] = utf8 ? text.size() : -1;
    }
}

Error saveFailed(const QString& why)
{
    return Error(QCoreApplication::translate("ud::core::RecordStore", "Saving failed: %1").arg(why));
}

} // namespace

RecordStore::BulkInsert::BulkInsert(Database& db, const QString& table, const QStringList& columns)
    : m_db(db), m_table(checkedIdentifier(table)), m_columns(columns)
{
    // The history must hold the whole row as insert() records it, so every column has to be given.
    QSqlQuery probe = db.exec(QStringLiteral("SELECT * FROM %1 WHERE 1 = 0").arg(table));
    const QSqlRecord record = probe.record();
    for (int i = 0; i < record.count(); ++i) {
        const QString name = record.fieldName(i);
        if (name != QLatin1String("id") && !columns.contains(name))
            throw Error(QStringLiteral("BulkInsert into %1 lacks the column %2").arg(table, name));
    }
    QStringList params;
    QStringList sortedKeys; // the columns and id in the order the history's JSON has them
    for (int i = 0; i < columns.size(); ++i) {
        checkedIdentifier(columns.at(i));
        params << QStringLiteral(":v%1").arg(i);
        sortedKeys << columns.at(i);
    }
    sortedKeys << QStringLiteral("id");
    std::sort(sortedKeys.begin(), sortedKeys.end());
    for (const QString& key : sortedKeys)
        m_order << (key == QLatin1String("id") ? -1 : int(columns.indexOf(key)));
    m_history = HistoryJson(sortedKeys);

    if (db.isSqlite() && db.sqliteHandle()) {
        // Straight to SQLite: Qt's per-statement work costs more than SQLite's own at this volume, and
        // RETURNING (a trigger inside SQLite) would make each insert keep a statement journal.
        m_sqlite = static_cast<sqlite3*>(db.sqliteHandle());
        m_userUtf8 = db.userName().toUtf8();
        m_tableUtf8 = m_table.toUtf8();
        const auto prepare = [this](const QString& sql) {
            sqlite3_stmt* stmt = nullptr;
            const QByteArray utf8 = sql.toUtf8();
            if (sqlite3_prepare_v2(m_sqlite, utf8.constData(), int(utf8.size()), &stmt, nullptr) != SQLITE_OK)
                throw Error(QString::fromUtf8(sqlite3_errmsg(m_sqlite)));
            return stmt;
        };
        QStringList marks;
        for (int i = 0; i < columns.size(); ++i)
            marks << QStringLiteral("?");
        m_sqliteInsert = prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                     .arg(table, columns.join(QLatin1String(", ")), marks.join(QLatin1String(", "))));
        try {
            m_sqliteLog = prepare(QStringLiteral("INSERT INTO change_log (changed_at, user_name, table_name, row_id, "
                                                 "action, old_values, new_values, batch_id, batch_step) VALUES (?, ?, "
                                                 "?, ?, 'insert', NULL, ?, ?, ?)"));
        } catch (...) {
            sqlite3_finalize(m_sqliteInsert);
            throw;
        }
        return;
    }
    m_insert = QSqlQuery(db.connection());
    m_log = QSqlQuery(db.connection());
    if (!m_insert.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) RETURNING id")
                              .arg(table, columns.join(QLatin1String(", ")), params.join(QLatin1String(", ")))))
        throw Error(m_insert.lastError().text());
    if (!m_log.prepare(logSql()))
        throw Error(m_log.lastError().text());
    m_params = params;
}

RecordStore::BulkInsert::~BulkInsert()
{
    if (m_sqliteInsert)
        sqlite3_finalize(m_sqliteInsert);
    if (m_sqliteLog)
        sqlite3_finalize(m_sqliteLog);
    if (m_sqliteInsertWithId)
        sqlite3_finalize(m_sqliteInsertWithId);
}

void RecordStore::BulkInsert::bindText(sqlite3_stmt* stmt, int firstIndex, const QVariantList& values,
                                       const QByteArray& text, const QList<qsizetype>& textEnd)
{
    qsizetype start = 0;
    for (int i = 0; i < values.size(); ++i) {
        if (textEnd.at(i) < 0) {
            bindSqlite(stmt, firstIndex + i, values.at(i));
            continue;
        }
        sqlite3_bind_text(stmt, firstIndex + i, text.constData() + start, int(textEnd.at(i) - start), SQLITE_STATIC);
        start = textEnd.at(i);
    }
}

void RecordStore::BulkInsert::refreshTime()
{
    // Formatting the time is the costly part; within one millisecond it is the same text.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (now != m_timeMs) {
        m_timeMs = now;
        m_timeText = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC).toString(Qt::ISODateWithMs);
        m_timeUtf8 = m_timeText.toUtf8();
    }
}

void RecordStore::BulkInsert::writeHistory(qint64 id, const QByteArray& json)
{
    refreshTime();
    sqlite3_bind_text(m_sqliteLog, 1, m_timeUtf8.constData(), int(m_timeUtf8.size()), SQLITE_STATIC);
    sqlite3_bind_text(m_sqliteLog, 2, m_userUtf8.constData(), int(m_userUtf8.size()), SQLITE_STATIC);
    sqlite3_bind_text(m_sqliteLog, 3, m_tableUtf8.constData(), int(m_tableUtf8.size()), SQLITE_STATIC);
    sqlite3_bind_int64(m_sqliteLog, 4, id);
    sqlite3_bind_text(m_sqliteLog, 5, json.constData(), int(json.size()), SQLITE_STATIC);
    const Database::BatchTag& batch = m_db.batchTag();
    if (batch.id) {
        sqlite3_bind_int64(m_sqliteLog, 6, batch.id);
        sqlite3_bind_text16(m_sqliteLog, 7, batch.step.utf16(), int(batch.step.size() * 2), SQLITE_TRANSIENT);
    } else {
        sqlite3_bind_null(m_sqliteLog, 6);
        sqlite3_bind_null(m_sqliteLog, 7);
    }
    const int rc = sqlite3_step(m_sqliteLog);
    sqlite3_reset(m_sqliteLog);
    if (rc != SQLITE_DONE)
        throw saveFailed(QString::fromUtf8(sqlite3_errmsg(m_sqlite)));
}

qint64 RecordStore::BulkInsert::insert(const QVariantList& values)
{
    Q_ASSERT(values.size() == m_columns.size());
    if (m_sqlite) {
        // Text goes to SQLite as UTF-8, the database's encoding, all of a row in one buffer that is kept from row
        // to row: binding UTF-16 made SQLite convert every value.
        rowText(values, m_text, m_textEnd);
        bindText(m_sqliteInsert, 1, values, m_text, m_textEnd);
        const int rc = sqlite3_step(m_sqliteInsert);
        sqlite3_reset(m_sqliteInsert);
        if (rc != SQLITE_DONE)
            throw saveFailed(QString::fromUtf8(sqlite3_errmsg(m_sqlite)));
        const qint64 id = sqlite3_last_insert_rowid(m_sqlite);
        historyUtf8(values, id, m_json, m_ordered);
        writeHistory(id, m_json);
        return id;
    }
    refreshTime();
    for (int i = 0; i < values.size(); ++i)
        m_insert.bindValue(m_params.at(i), values.at(i));
    if (!m_insert.exec() || !m_insert.next())
        throw saveFailed(m_insert.lastError().text());
    const qint64 id = m_insert.value(0).toLongLong();
    m_insert.finish();
    writeLog(values, id);
    return id;
}

void RecordStore::BulkInsert::writeLog(const QVariantList& values, qint64 id)
{
    m_log.bindValue(QStringLiteral(":at"), m_timeText);
    m_log.bindValue(QStringLiteral(":user"), m_db.userName());
    m_log.bindValue(QStringLiteral(":tbl"), m_table);
    m_log.bindValue(QStringLiteral(":row"), id);
    m_log.bindValue(QStringLiteral(":action"), QStringLiteral("insert"));
    m_log.bindValue(QStringLiteral(":old"), QVariant(QMetaType(QMetaType::QString)));
    historyUtf8(values, id, m_json, m_ordered);
    m_log.bindValue(QStringLiteral(":new"), QString::fromUtf8(m_json));
    m_log.bindValue(QStringLiteral(":batch"), batchId(m_db));
    m_log.bindValue(QStringLiteral(":step"), batchStep(m_db));
    if (!m_log.exec())
        throw saveFailed(m_log.lastError().text());
}

void RecordStore::BulkInsert::insertAs(qint64 id, const QVariantList& values)
{
    Q_ASSERT(values.size() == m_columns.size());
    if (m_sqlite) {
        write(prepare(values, id));
        return;
    }
    if (!m_insertWithIdPrepared) {
        m_insertWithId = QSqlQuery(m_db.connection());
        QStringList params{QStringLiteral(":id")};
        params += m_params;
        if (!m_insertWithId.prepare(
                QStringLiteral("INSERT INTO %1 (id, %2) VALUES (%3)")
                    .arg(m_table, m_columns.join(QLatin1String(", ")), params.join(QLatin1String(", ")))))
            throw saveFailed(m_insertWithId.lastError().text());
        m_insertWithIdPrepared = true;
    }
    refreshTime();
    m_insertWithId.bindValue(QStringLiteral(":id"), id);
    for (int i = 0; i < values.size(); ++i)
        m_insertWithId.bindValue(m_params.at(i), values.at(i));
    if (!m_insertWithId.exec())
        throw saveFailed(m_insertWithId.lastError().text());
    writeLog(values, id);
}

void RecordStore::BulkInsert::historyUtf8(const QVariantList& values, qint64 id, QByteArray& out,
                                          QList<const QVariant*>& ordered) const
{
    const QVariant idValue(id);
    ordered.clear();
    for (int i : m_order)
        ordered << (i < 0 ? &idValue : &values.at(i));
    m_history.write(out, ordered);
}

qint64 RecordStore::BulkInsert::firstUnusedId() const
{
    Q_ASSERT(m_sqlite);
    const qint64 used = m_db.scalar(QStringLiteral("SELECT max(coalesce((SELECT seq FROM sqlite_sequence WHERE name = "
                                                   ":tbl), 0), coalesce((SELECT max(id) FROM %1), 0))")
                                        .arg(m_table),
                                    {{QStringLiteral("tbl"), m_table}})
                            .toLongLong();
    return used + 1;
}

RecordStore::BulkInsert::Ready RecordStore::BulkInsert::prepare(QVariantList values, qint64 id) const
{
    Q_ASSERT(values.size() == m_columns.size());
    Ready row;
    row.id = id;
    rowText(values, row.text, row.textEnd);
    QList<const QVariant*> ordered;
    historyUtf8(values, id, row.json, ordered);
    row.values = std::move(values);
    return row;
}

void RecordStore::BulkInsert::write(const Ready& row)
{
    Q_ASSERT(m_sqlite);
    if (!m_sqliteInsertWithId) {
        QStringList marks;
        for (int i = 0; i <= m_columns.size(); ++i)
            marks << QStringLiteral("?");
        const QByteArray sql = QStringLiteral("INSERT INTO %1 (id, %2) VALUES (%3)")
                                   .arg(m_table, m_columns.join(QLatin1String(", ")), marks.join(QLatin1String(", ")))
                                   .toUtf8();
        if (sqlite3_prepare_v2(m_sqlite, sql.constData(), int(sql.size()), &m_sqliteInsertWithId, nullptr) != SQLITE_OK)
            throw saveFailed(QString::fromUtf8(sqlite3_errmsg(m_sqlite)));
    }
    sqlite3_bind_int64(m_sqliteInsertWithId, 1, row.id);
    bindText(m_sqliteInsertWithId, 2, row.values, row.text, row.textEnd);
    const int rc = sqlite3_step(m_sqliteInsertWithId);
    sqlite3_reset(m_sqliteInsertWithId);
    if (rc != SQLITE_DONE)
        throw saveFailed(QString::fromUtf8(sqlite3_errmsg(m_sqlite)));
    writeHistory(row.id, row.json);
}

} // namespace ud::core
