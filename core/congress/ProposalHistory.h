#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace ud::core {

class Database;

/// One change of a proposal or of a row it owns (co-signers, assignments, replies, ratings, reviews), as the change
/// history tells it.
struct ProposalChange {
    QDateTime at; // UTC
    QString user;
    QString table;  // the user's name of the table ("Proposal replies")
    QString action; // insert, update, delete
    QString record; // the row's name
    QStringList changes;
};

/// The change history of proposal `id` and of its own rows, oldest first: the rows owned by it are found by their
/// proposal_id in the history's stored values, so rows deleted since (a reply replaced, a step undone) are found too.
QList<ProposalChange> proposalHistory(Database& db, qint64 id);

} // namespace ud::core
