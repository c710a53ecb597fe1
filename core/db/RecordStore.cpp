#include "core/db/RecordStore.h"

#include "core/db/HistoryJson.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>

namespace ud::core {

// Table and column names are written into SQL, so only plain identifiers pass.
const QString& RecordStore::checkedIdentifier(const QString& name)
{
    static const QRegularExpression identifier(QStringLiteral("^[a-z_][a-z0-9_]*$"));
    if (!identifier.match(name).hasMatch())
        throw Error(QCoreApplication::translate("ud::core::RecordStore", "Invalid table or column name: %1").arg(name));
    return name;
}

QString RecordStore::logSql()
{
    return QStringLiteral("INSERT INTO change_log (changed_at, user_name, table_name, row_id, action, old_values, "
                          "new_values, batch_id, batch_step) VALUES (:at, :user, :tbl, :row, :action, :old, :new, "
                          ":batch, :step)");
}

QVariant RecordStore::batchId(const Database& db)
{
    const qint64 id = db.batchTag().id;
    return id ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

QVariant RecordStore::batchStep(const Database& db)
{
    return db.batchTag().id ? QVariant(db.batchTag().step) : QVariant(QMetaType(QMetaType::QString));
}

namespace {

// The row an update or a delete starts from; empty when another user deleted it meanwhile.
QVariantMap existing(QVariantMap row)
{
    if (row.isEmpty())
        throw Error(QCoreApplication::translate("ud::core::RecordStore",
                                                "The record no longer exists; another user may have deleted it."));
    return row;
}

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
    const QVariantMap before = existing(row(table, id));
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
    const QVariantMap before = existing(row(table, id));
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

void RecordStore::settingChanged(const QString& key, const QString& oldValue, const QString& newValue)
{
    Transaction tx(m_db);
    log(QStringLiteral("app_settings"), 0, QStringLiteral("update"), {{key, oldValue}}, {{key, newValue}});
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

QList<RecordStore::Reference> RecordStore::referencingRows(const QString& table, qint64 id) const
{
    QList<Reference> result;
    const auto columns = m_db.rows(m_db.dialect().referencingColumnsSql(), {{QStringLiteral("table"), table}});
    for (const QVariantMap& c : columns) {
        const QString tbl = checkedIdentifier(c.value(QStringLiteral("tbl")).toString());
        const QString col = checkedIdentifier(c.value(QStringLiteral("col")).toString());
        QSqlQuery q = m_db.exec(QStringLiteral("SELECT id FROM %1 WHERE %2 = :id ORDER BY id").arg(tbl, col),
                                {{QStringLiteral("id"), id}});
        while (q.next())
            result.append({tbl, col, q.value(0).toLongLong()});
    }
    return result;
}

void RecordStore::log(const QString& table, qint64 rowId, const QString& action, const QVariantMap& oldValues,
                      const QVariantMap& newValues)
{
    m_db.exec(logSql(), {{QStringLiteral("at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
                         {QStringLiteral("user"), m_db.userName()},
                         {QStringLiteral("tbl"), table},
                         {QStringLiteral("row"), rowId},
                         {QStringLiteral("action"), action},
                         {QStringLiteral("old"), oldValues.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                                                     : HistoryJson::write(oldValues)},
                         {QStringLiteral("new"), newValues.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                                                     : HistoryJson::write(newValues)},
                         {QStringLiteral("batch"), batchId(m_db)},
                         {QStringLiteral("step"), batchStep(m_db)}});
}

} // namespace ud::core
