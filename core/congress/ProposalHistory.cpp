#include "core/congress/ProposalHistory.h"

#include "core/congress/Congress.h"
#include "core/db/ChangeDescriber.h"
#include "core/db/Database.h"
#include "core/db/Table.h"

#include <QTimeZone>

namespace ud::core {

QList<ProposalChange> proposalHistory(Database& db, qint64 id)
{
    const QList<Table> owned = {tables::Cosigners, tables::Assignments, tables::Replies, tables::Ratings,
                                tables::Reviews};
    QStringList names;
    QVariantMap binds{{QStringLiteral("id"), id}, {QStringLiteral("proposals"), tables::Proposals.sqlName()}};
    for (int i = 0; i < owned.size(); ++i) {
        names << QStringLiteral(":t%1").arg(i);
        binds.insert(QStringLiteral("t%1").arg(i), owned.at(i).sqlName());
    }
    // The JSON is written compactly ("proposal_id":12); the LIKE finds candidates, the values read decide.
    binds.insert(QStringLiteral("pattern"), QStringLiteral("%\"proposal_id\":%1%").arg(id));
    const QString sql =
        QStringLiteral("SELECT changed_at, user_name, table_name, row_id, action, old_values, new_values "
                       "FROM change_log WHERE (table_name = :proposals AND row_id = :id) OR "
                       "(table_name IN (%1) AND (new_values LIKE :pattern OR old_values LIKE :pattern)) "
                       "ORDER BY id")
            .arg(names.join(QLatin1Char(',')));
    QList<ChangeRow> rows;
    QList<ProposalChange> list;
    QSqlQuery q = db.exec(sql, binds);
    while (q.next()) {
        ChangeRow row = ChangeRow::fromJson(q.value(2).toString(), q.value(3).toLongLong(), q.value(4).toString(),
                                            q.value(5).toString(), q.value(6).toString());
        if (row.table != tables::Proposals.sqlName()) {
            const QVariant owner =
                row.newValues.value(QStringLiteral("proposal_id"), row.oldValues.value(QStringLiteral("proposal_id")));
            if (owner.toLongLong() != id)
                continue;
        }
        ProposalChange c;
        c.at = QDateTime::fromString(q.value(0).toString(), Qt::ISODateWithMs);
        c.at.setTimeZone(QTimeZone::utc());
        c.user = q.value(1).toString();
        const std::optional<Table> table = tableNamed(row.table);
        c.table = table ? table->label() : row.table;
        c.action = row.action;
        rows << row;
        list << c;
    }
    ChangeDescriber describer(db);
    describer.prepare(rows);
    for (int i = 0; i < rows.size(); ++i) {
        list[i].record = describer.recordName(rows.at(i));
        list[i].changes = describer.changes(rows.at(i));
    }
    return list;
}

} // namespace ud::core
