#pragma once

#include "core/congress/PrintedDocument.h"
#include "core/congress/ProposalRepository.h"

#include <QHash>

#include <memory>
#include <optional>

namespace ud::core {

class Database;

/// The printed documents of a session's proposals, on A4 (PDF or .odt through PrintedDocument): the proposal form
/// (提案表) of one proposal or of all, the compilation (提案汇编) of the filed proposals with its table of contents,
/// and the referral notices (交办单) to the handling units. Reads the session once when made.
class ProposalDocuments {
public:
    /// Reads the session `sessionId` and its proposals; throws ValidationError when there is no such session.
    ProposalDocuments(Database& db, qint64 sessionId);
    ~ProposalDocuments();

    /// The form of one proposal of the session: every field, the decision, the units with their deadlines, the reply
    /// and rating of every round, and the signature lines. Throws ValidationError when it is not of the session.
    std::unique_ptr<PrintedDocument> form(qint64 proposalId) const;
    /// The forms of every proposal and suggestion of the session in number order, each starting on a new page.
    /// Throws ValidationError when the session has none.
    std::unique_ptr<PrintedDocument> allForms() const;
    /// The compilation of the filed proposals, grouped by category (in the order of the setting, then the others):
    /// a title page, the table of contents with each proposal's page, each proposal on its own page with the
    /// proposals merged into it; the page number in the footer. Throws ValidationError when none is filed.
    std::unique_ptr<PrintedDocument> compilation() const;
    /// One referral notice per handling unit (or for `unitId` alone) with its proposals of the current round, lead
    /// or co-handling, and their deadlines, each unit on its own page. Throws ValidationError when nothing is
    /// assigned (to that unit).
    std::unique_ptr<PrintedDocument> referral(std::optional<qint64> unitId = std::nullopt) const;

    /// The date printed on the documents (today by default; fixed in tests).
    void setPrintDate(const QDate& date) { m_printDate = date; }
    const CongressSession& session() const { return m_session; }

private:
    void writeForm(DocumentWriter& out, const ProposalFile& file) const;
    std::unique_ptr<PrintedDocument> newDocument(const QString& title) const;
    QString proposerText(const Proposal& p, bool withDelegation) const;
    QString cosignersText(const Proposal& p) const;
    QString repName(std::optional<qint64> repId) const;
    const ProposalFile* fileOf(qint64 proposalId) const;
    QList<const ProposalFile*> filedByCategory(QStringList* categories) const;

    CongressSession m_session;
    QString m_unionName;
    QStringList m_categories;
    QList<ProposalFile> m_files; // every proposal of the session, in number order
    QHash<qint64, int> m_index;  // proposal id → position in m_files
    QHash<qint64, Representative> m_reps;
    QHash<qint64, Delegation> m_delegations;
    QList<HandlingUnit> m_units;
    QDate m_printDate = QDate::currentDate();
};

} // namespace ud::core
