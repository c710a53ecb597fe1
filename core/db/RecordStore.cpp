#include "core/db/RecordStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlRecord>

#include <sqlite3.h>

#include <algorithm>
#include <charconv>

namespace ud::core {

namespace {

// Table and column names are written into SQL, so only plain identifiers pass.
const QString& checkedIdentifier(const QString& name)
{
    static const QRegularExpression identifier(QStringLiteral("^[a-z_][a-z0-9_]*$"));
    if (!identifier.match(name).hasMatch())
        throw Error(QCoreApplication::translate("ud::core::RecordStore", "Invalid table or column name: %1").arg(name));
    return name;
}

QString toJson(const QVariantMap& values)
{
    if (values.isEmpty())
        return QString();
    // A NULL column read back from the driver is a null QVariant of type QString, which
    // QJsonObject::fromVariantMap turns into "": the history must say null.
    QJsonObject object;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        object.insert(it.key(),
                      it.value().isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue::fromVariant(it.value()));
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

const QString kLogSql =
    QStringLiteral("INSERT INTO change_log (changed_at, user_name, table_name, row_id, action, old_values, "
                   "new_values) VALUES (:at, :user, :tbl, :row, :action, :old, :new)");

bool sameValue(const QVariant& a, const QVariant& b)
{
    if (a.isNull() || b.isNull())
        return a.isNull() == b.isNull();
    return a.toString() == b.toString();
}

} // namespace

qint64 RecordStore::insert(const QString& table, const QVariantMap& values)
{
    checkedIdentifier(table);
    QStringList columns;
    QStringList params;
    QVariantMap binds;
    int i = 0;
    for (auto it = values.cbegin(); it != values.cend(); ++it, ++i) {
        columns << checkedIdentifier(it.key());
        const QString p = QStringLiteral("v%1").arg(i);
        params << QLatin1Char(':') + p;
        binds.insert(p, it.value());
    }
    Transaction tx(m_db);
    const QString sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) RETURNING id")
                            .arg(table, columns.join(QLatin1String(", ")), params.join(QLatin1String(", ")));
    const qint64 id = m_db.scalar(sql, binds).toLongLong();
    log(table, id, QStringLiteral("insert"), {}, row(table, id));
    tx.commit();
    return id;
}

bool RecordStore::update(const QString& table, qint64 id, const QVariantMap& values)
{
    checkedIdentifier(table);
    Transaction tx(m_db);
    const QVariantMap before = row(table, id);
    if (before.isEmpty())
        throw Error(QCoreApplication::translate("ud::core::RecordStore",
                                                "The record no longer exists; another user may have deleted it."));
    QVariantMap oldValues;
    QVariantMap newValues;
    QStringList sets;
    QVariantMap binds{{QStringLiteral("id"), id}};
    int i = 0;
    for (auto it = values.cbegin(); it != values.cend(); ++it, ++i) {
        checkedIdentifier(it.key());
        if (sameValue(before.value(it.key()), it.value()))
            continue;
        const QString p = QStringLiteral("v%1").arg(i);
        sets << QStringLiteral("%1 = :%2").arg(it.key(), p);
        binds.insert(p, it.value());
        oldValues.insert(it.key(), before.value(it.key()));
        newValues.insert(it.key(), it.value());
    }
    if (sets.isEmpty()) {
        tx.commit();
        return false;
    }
    m_db.exec(QStringLiteral("UPDATE %1 SET %2 WHERE id = :id").arg(table, sets.join(QLatin1String(", "))), binds);
    log(table, id, QStringLiteral("update"), oldValues, newValues);
    tx.commit();
    return true;
}

void RecordStore::remove(const QString& table, qint64 id)
{
    checkedIdentifier(table);
    Transaction tx(m_db);
    const QVariantMap before = row(table, id);
    if (before.isEmpty())
        throw Error(QCoreApplication::translate("ud::core::RecordStore",
                                                "The record no longer exists; another user may have deleted it."));
    m_db.exec(QStringLiteral("DELETE FROM %1 WHERE id = :id").arg(table), {{QStringLiteral("id"), id}});
    log(table, id, QStringLiteral("delete"), before, {});
    tx.commit();
}

QVariantMap RecordStore::row(const QString& table, qint64 id) const
{
    const auto list = m_db.rows(QStringLiteral("SELECT * FROM %1 WHERE id = :id").arg(checkedIdentifier(table)),
                                {{QStringLiteral("id"), id}});
    return list.isEmpty() ? QVariantMap() : list.first();
}

void RecordStore::note(const QString& action, const QString& table, const QVariantMap& details)
{
    Transaction tx(m_db);
    log(table, 0, action, {}, details);
    tx.commit();
}

QList<QPair<QString, qint64>> RecordStore::referencesTo(const QString& table, qint64 id) const
{
    QList<QPair<QString, qint64>> result;
    const auto columns = m_db.rows(m_db.dialect().referencingColumnsSql(), {{QStringLiteral("table"), table}});
    for (const QVariantMap& c : columns) {
        const QString tbl = checkedIdentifier(c.value(QStringLiteral("tbl")).toString());
        const QString col = checkedIdentifier(c.value(QStringLiteral("col")).toString());
        const qint64 n = m_db.scalar(QStringLiteral("SELECT count(*) FROM %1 WHERE %2 = :id").arg(tbl, col),
                                     {{QStringLiteral("id"), id}})
                             .toLongLong();
        if (n > 0)
            result.append({tbl, n});
    }
    return result;
}

void RecordStore::log(const QString& table, qint64 rowId, const QString& action, const QVariantMap& oldValues,
                      const QVariantMap& newValues)
{
    m_db.exec(
        kLogSql,
        {{QStringLiteral("at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
         {QStringLiteral("user"), m_db.userName()},
         {QStringLiteral("tbl"), table},
         {QStringLiteral("row"), rowId},
         {QStringLiteral("action"), action},
         {QStringLiteral("old"), oldValues.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : toJson(oldValues)},
         {QStringLiteral("new"), newValues.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : toJson(newValues)}});
}

namespace {

// The same text QJsonDocument(QJsonObject::fromVariantMap(values)).toJson(Compact) gives for a row of nulls,
// integers and strings (keys sorted, as in a QVariantMap), written directly: an import writes tens of thousands of
// history rows. Anything else returns a null QString and the caller falls back to QJsonDocument.
QString fastJson(const QStringList& sortedKeys, const QList<const QVariant*>& values)
{
    QString out;
    out.reserve(64 * sortedKeys.size());
    out += QLatin1Char('{');
    for (int i = 0; i < sortedKeys.size(); ++i) {
        if (i > 0)
            out += QLatin1Char(',');
        out += QLatin1Char('"');
        out += sortedKeys.at(i); // checked identifiers: nothing to escape
        out += QLatin1String("\":");
        const QVariant& v = *values.at(i);
        if (v.isNull()) {
            out += QLatin1String("null");
            continue;
        }
        switch (v.typeId()) {
        case QMetaType::Int:
        case QMetaType::LongLong: {
            const qint64 n = v.toLongLong();
            if (n > (qint64(1) << 53) || n < -(qint64(1) << 53))
                return {}; // JSON numbers are doubles; leave the rounding to Qt
            out += QString::number(n);
            break;
        }
        case QMetaType::QString: {
            const QString& text = *static_cast<const QString*>(v.constData());
            out += QLatin1Char('"');
            for (qsizetype k = 0; k < text.size(); ++k) {
                const char16_t c = text.at(k).unicode();
                if (c == u'"' || c == u'\\') {
                    out += QLatin1Char('\\');
                    out += QChar(c);
                } else if (c < 0x20) {
                    switch (c) {
                    case u'\b':
                        out += QLatin1String("\\b");
                        break;
                    case u'\f':
                        out += QLatin1String("\\f");
                        break;
                    case u'\n':
                        out += QLatin1String("\\n");
                        break;
                    case u'\r':
                        out += QLatin1String("\\r");
                        break;
                    case u'\t':
                        out += QLatin1String("\\t");
                        break;
                    default:
                        out += QStringLiteral("\\u%1").arg(int(c), 4, 16, QLatin1Char('0'));
                    }
                } else if (QChar::isSurrogate(c)) {
                    // A pair is kept; a lone surrogate is left to Qt.
                    if (QChar::isHighSurrogate(c) && k + 1 < text.size() && text.at(k + 1).isLowSurrogate()) {
                        out += QChar(c);
                        out += text.at(++k);
                    } else {
                        return {};
                    }
                } else {
                    out += QChar(c);
                }
            }
            out += QLatin1Char('"');
            break;
        }
        default:
            return {};
        }
    }
    out += QLatin1Char('}');
    return out;
}

// Appends `text` as UTF-8 to `out`, and with JSON's escapes when `json`. Returns false, having appended part of it,
// for a lone surrogate, which the callers leave to Qt and SQLite as before.
bool appendUtf8(QByteArray& out, const QString& text, bool json)
{
    const char16_t* p = reinterpret_cast<const char16_t*>(text.constData());
    const qsizetype n = text.size();
    const qsizetype start = out.size();
    out.resize(start + 6 * n); // at most \u001f for a code unit
    char* o = out.data() + start;
    bool ok = true;
    for (qsizetype k = 0; k < n; ++k) {
        const char16_t c = p[k];
        if (c < 0x80) {
            if (json && (c == u'"' || c == u'\\')) {
                *o++ = '\\';
                *o++ = char(c);
            } else if (json && c < 0x20) {
                *o++ = '\\';
                switch (c) {
                case u'\b':
                    *o++ = 'b';
                    break;
                case u'\f':
                    *o++ = 'f';
                    break;
                case u'\n':
                    *o++ = 'n';
                    break;
                case u'\r':
                    *o++ = 'r';
                    break;
                case u'\t':
                    *o++ = 't';
                    break;
                default: {
                    static const char hex[] = "0123456789abcdef";
                    *o++ = 'u';
                    *o++ = '0';
                    *o++ = '0';
                    *o++ = hex[c >> 4];
                    *o++ = hex[c & 0xF];
                }
                }
            } else {
                *o++ = char(c);
            }
        } else if (c < 0x800) {
            *o++ = char(0xC0 | (c >> 6));
            *o++ = char(0x80 | (c & 0x3F));
        } else if (QChar::isSurrogate(c)) {
            if (!QChar::isHighSurrogate(c) || k + 1 >= n || !QChar::isLowSurrogate(p[k + 1])) {
                ok = false;
                break;
            }
            const char32_t u = QChar::surrogateToUcs4(c, p[++k]);
            *o++ = char(0xF0 | (u >> 18));
            *o++ = char(0x80 | ((u >> 12) & 0x3F));
            *o++ = char(0x80 | ((u >> 6) & 0x3F));
            *o++ = char(0x80 | (u & 0x3F));
        } else {
            *o++ = char(0xE0 | (c >> 12));
            *o++ = char(0x80 | ((c >> 6) & 0x3F));
            *o++ = char(0x80 | (c & 0x3F));
        }
    }
    out.truncate(o - out.constData());
    return ok;
}

// fastJson() written straight as UTF-8 into `out` (cleared first), with `keyPrefixes` the ready `{"key":` and
// `,"key":` texts. Returns false where fastJson() would return a null QString.
bool fastJsonUtf8(QByteArray& out, const QList<QByteArray>& keyPrefixes, const QList<const QVariant*>& values)
{
    out.truncate(0);
    for (int i = 0; i < keyPrefixes.size(); ++i) {
        out += keyPrefixes.at(i);
        const QVariant& v = *values.at(i);
        if (v.isNull()) {
            out += "null";
            continue;
        }
        switch (v.typeId()) {
        case QMetaType::Int:
        case QMetaType::LongLong: {
            const qint64 n = v.toLongLong();
            if (n > (qint64(1) << 53) || n < -(qint64(1) << 53))
                return false;
            char digits[24];
            const auto end = std::to_chars(digits, digits + sizeof digits, n).ptr;
            out.append(digits, end - digits);
            break;
        }
        case QMetaType::QString:
            out += '"';
            if (!appendUtf8(out, *static_cast<const QString*>(v.constData()), true))
                return false;
            out += '"';
            break;
        default:
            return false;
        }
    }
    out += '}';
    return true;
}

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
    for (int i = 0; i < columns.size(); ++i) {
        checkedIdentifier(columns.at(i));
        params << QStringLiteral(":v%1").arg(i);
        m_sortedKeys << columns.at(i);
    }
    m_sortedKeys << QStringLiteral("id");
    std::sort(m_sortedKeys.begin(), m_sortedKeys.end());
    for (const QString& key : m_sortedKeys) {
        m_order << (key == QLatin1String("id") ? -1 : int(columns.indexOf(key)));
        m_keyPrefixes << (m_keyPrefixes.isEmpty() ? "{\"" : ",\"") + key.toLatin1() + "\":";
    }

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
                                                 "action, old_values, new_values) VALUES (?, ?, ?, ?, 'insert', "
                                                 "NULL, ?)"));
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
    if (!m_log.prepare(kLogSql))
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

QString RecordStore::BulkInsert::historyJson(const QVariantList& values, qint64 id) const
{
    const QVariant idValue(id);
    QList<const QVariant*> ordered;
    ordered.reserve(m_order.size());
    for (int i : m_order)
        ordered << (i < 0 ? &idValue : &values.at(i));
    QString json = fastJson(m_sortedKeys, ordered);
    if (json.isNull()) {
        QVariantMap row;
        for (int i = 0; i < values.size(); ++i)
            row.insert(m_columns.at(i), values.at(i));
        row.insert(QStringLiteral("id"), id);
        json = toJson(row);
    }
    return json;
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
    m_log.bindValue(QStringLiteral(":at"), m_timeText);
    m_log.bindValue(QStringLiteral(":user"), m_db.userName());
    m_log.bindValue(QStringLiteral(":tbl"), m_table);
    m_log.bindValue(QStringLiteral(":row"), id);
    m_log.bindValue(QStringLiteral(":action"), QStringLiteral("insert"));
    m_log.bindValue(QStringLiteral(":old"), QVariant(QMetaType(QMetaType::QString)));
    m_log.bindValue(QStringLiteral(":new"), historyJson(values, id));
    if (!m_log.exec())
        throw saveFailed(m_log.lastError().text());
    return id;
}

void RecordStore::BulkInsert::historyUtf8(const QVariantList& values, qint64 id, QByteArray& out,
                                          QList<const QVariant*>& ordered) const
{
    const QVariant idValue(id);
    ordered.clear();
    for (int i : m_order)
        ordered << (i < 0 ? &idValue : &values.at(i));
    if (!fastJsonUtf8(out, m_keyPrefixes, ordered))
        out = historyJson(values, id).toUtf8();
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
