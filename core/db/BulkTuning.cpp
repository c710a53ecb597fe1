#include "core/db/BulkTuning.h"

#include "core/db/Database.h"
#include "core/db/Error.h"

namespace ud::core {

BulkTuning::BulkTuning(Database& db) : m_db(db) {}

BulkTuning::~BulkTuning()
{
    // Put the connection back as it was, whatever happened to the write.
    try {
        if (m_checksOff)
            m_db.exec(QStringLiteral("PRAGMA ignore_check_constraints = OFF"));
        if (m_cacheSize.isValid())
            m_db.exec(QStringLiteral("PRAGMA cache_size = %1").arg(m_cacheSize.toLongLong()));
        if (m_tempStore.isValid())
            m_db.exec(QStringLiteral("PRAGMA temp_store = %1").arg(m_tempStore.toLongLong()));
    } catch (const Error&) {
    }
}

void BulkTuning::largeCache(bool tempInMemory)
{
    if (!m_db.isSqlite())
        return;
    if (!m_cacheSize.isValid())
        m_cacheSize = m_db.scalar(QStringLiteral("PRAGMA cache_size"));
    m_db.exec(QStringLiteral("PRAGMA cache_size = -262144"));
    if (tempInMemory) {
        if (!m_tempStore.isValid())
            m_tempStore = m_db.scalar(QStringLiteral("PRAGMA temp_store"));
        m_db.exec(QStringLiteral("PRAGMA temp_store = MEMORY"));
    }
}

void BulkTuning::deferIndexes(const QStringList& tables)
{
    if (!m_db.isSqlite() || tables.isEmpty())
        return;
    QStringList quoted;
    for (const QString& t : tables)
        quoted << QLatin1Char('\'') + QString(t).replace(QLatin1Char('\''), QLatin1String("''")) + QLatin1Char('\'');
    // Only indexes made with CREATE INDEX have SQL; those behind UNIQUE and PRIMARY KEY stay.
    const auto indexes = m_db.rows(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND "
                                                  "tbl_name IN (%1) AND sql IS NOT NULL")
                                       .arg(quoted.join(QLatin1Char(','))));
    for (const QVariantMap& index : indexes) {
        QString name = index.value(QStringLiteral("name")).toString();
        m_db.exec(QStringLiteral("DROP INDEX \"%1\"").arg(name.replace(QLatin1Char('"'), QLatin1String("\"\""))));
        m_indexes << index.value(QStringLiteral("sql")).toString();
    }
}

void BulkTuning::skipChecks()
{
    if (!m_db.isSqlite() || m_checksOff)
        return;
    if (m_db.scalar(QStringLiteral("PRAGMA ignore_check_constraints")).toInt() != 0)
        return; // already off: not ours to turn back on
    m_db.exec(QStringLiteral("PRAGMA ignore_check_constraints = ON"));
    m_checksOff = true;
}

void BulkTuning::finish()
{
    if (m_checksOff) {
        m_db.exec(QStringLiteral("PRAGMA ignore_check_constraints = OFF"));
        m_checksOff = false;
    }
    for (const QString& sql : std::as_const(m_indexes))
        m_db.exec(sql);
    m_indexes.clear();
}

} // namespace ud::core
