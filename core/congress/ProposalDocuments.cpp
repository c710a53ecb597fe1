#include "core/congress/ProposalDocuments.h"

#include "core/congress/CongressRepositories.h"
#include "core/db/DatabaseSettings.h"
#include "core/io/DateText.h"

#include <QCoreApplication>
#include <QTextDocument>
#include <QTextTable>

#include <algorithm>

namespace ud::core {

namespace {

// The context the messages of this file are translated under; written Tr::tr() so that lupdate files them there.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ud::core::ProposalDocuments)
};

// A row of the form's table: a label and its value, twice side by side, or once across the table; a heading row
// spans the whole table.
struct FormRow {
    enum class Kind { Pair, Wide, Heading };
    Kind kind = Kind::Wide;
    QString label;
    QString value;
    QString label2;
    QString value2;
};

FormRow pair(const QString& label, const QString& value, const QString& label2, const QString& value2)
{
    return {FormRow::Kind::Pair, label, value, label2, value2};
}

FormRow wide(const QString& label, const QString& value)
{
    return {FormRow::Kind::Wide, label, value, {}, {}};
}

FormRow heading(const QString& text)
{
    return {FormRow::Kind::Heading, text, {}, {}, {}};
}

QString joined(const QStringList& list)
{
    return list.join(QStringLiteral("、"));
}

QString dateText(const QDate& date)
{
    return isoDateText(date);
}

int lastRound(const ProposalFile& file)
{
    int round = file.proposal.round;
    for (const Assignment& a : file.assignments)
        round = qMax(round, a.round);
    for (const Reply& r : file.replies)
        round = qMax(round, r.round);
    for (const ProposalRating& r : file.ratings)
        round = qMax(round, r.round);
    return round;
}

} // namespace

ProposalDocuments::ProposalDocuments(Database& db, qint64 sessionId)
{
    m_session = SessionRepository(db).require(sessionId);
    m_unionName = DatabaseSettings(db).value(settings::UnionName).trimmed();
    m_categories = proposalCategories(db);
    ProposalRepository proposals(db);
    for (const Proposal& p : proposals.ofSession(sessionId)) {
        m_index.insert(p.id, int(m_files.size()));
        m_files << proposals.file(p.id);
    }
    RepresentativeRepository reps(db);
    for (const Representative& r : reps.ofTerm(m_session.term))
        m_reps.insert(r.id, r);
    for (const Delegation& d : DelegationRepository(db).ofTerm(m_session.term))
        m_delegations.insert(d.id, d);
    // Someone of another term (a proposal moved between sessions) is still named.
    for (const ProposalFile& f : std::as_const(m_files)) {
        QList<qint64> ids = f.proposal.cosignerIds;
        if (f.proposal.proposerRepId)
            ids << *f.proposal.proposerRepId;
        for (const ProposalRating& r : f.ratings)
            if (r.repId)
                ids << *r.repId;
        for (qint64 id : ids)
            if (!m_reps.contains(id))
                if (const auto r = reps.byId(id))
                    m_reps.insert(id, *r);
        if (f.proposal.proposerDelegationId && !m_delegations.contains(*f.proposal.proposerDelegationId))
            if (const auto d = DelegationRepository(db).byId(*f.proposal.proposerDelegationId))
                m_delegations.insert(d->id, *d);
    }
    m_units = HandlingUnitRepository(db).all();
}

ProposalDocuments::~ProposalDocuments() = default;

const ProposalFile* ProposalDocuments::fileOf(qint64 proposalId) const
{
    const auto it = m_index.constFind(proposalId);
    return it == m_index.constEnd() ? nullptr : &m_files.at(*it);
}

QString ProposalDocuments::repName(std::optional<qint64> repId) const
{
    if (!repId)
        return {};
    const auto it = m_reps.constFind(*repId);
    return it == m_reps.constEnd() ? QString() : it->label();
}

QString ProposalDocuments::proposerText(const Proposal& p, bool withDelegation) const
{
    if (p.proposerDelegationId) {
        const QString name = m_delegations.value(*p.proposerDelegationId).name;
        return Tr::tr("%1 (collective proposal)").arg(name);
    }
    if (!p.proposerRepId)
        return {};
    const auto it = m_reps.constFind(*p.proposerRepId);
    if (it == m_reps.constEnd())
        return {};
    if (withDelegation && !it->delegationName.isEmpty())
        return Tr::tr("%1, %2").arg(it->label(), it->delegationName);
    return it->label();
}

QString ProposalDocuments::cosignersText(const Proposal& p) const
{
    QStringList names;
    for (qint64 id : p.cosignerIds)
        names << repName(id);
    return joined(names);
}

std::unique_ptr<PrintedDocument> ProposalDocuments::newDocument(const QString& title) const
{
    auto doc = std::make_unique<PrintedDocument>();
    doc->setTitle(title);
    doc->setPrintDate(m_printDate);
    doc->document().setMetaInformation(QTextDocument::DocumentTitle, title);
    return doc;
}

// ---------------------------------------------------------------------------------------------------------
// The proposal form (提案表)

void ProposalDocuments::writeForm(DocumentWriter& out, const ProposalFile& file) const
{
    const Proposal& p = file.proposal;
    if (!m_unionName.isEmpty())
        out.paragraph(m_unionName, 12, false, Qt::AlignHCenter);
    out.paragraph(m_session.name, 12, false, Qt::AlignHCenter);
    out.paragraph(p.kind == ProposalKind::Suggestion ? Tr::tr("Suggestion Form") : Tr::tr("Proposal Form"), 18, true,
                  Qt::AlignHCenter, 4, 6);
    out.paragraph(Tr::tr("No. %1").arg(p.number), 10.5, true, Qt::AlignRight, 0, 4);

    QList<FormRow> rows;
    rows << wide(Tr::tr("Title"), p.title);
    if (p.isCollective()) {
        rows << wide(Tr::tr("Proposer"), proposerText(p, false));
    } else {
        const Representative rep = m_reps.value(p.proposerRepId.value_or(0));
        rows << pair(Tr::tr("Proposer"), rep.label(), Tr::tr("Delegation"), rep.delegationName);
    }
    rows << wide(Tr::tr("Co-signers"), cosignersText(p));
    QString category = p.category;
    if (!p.proposerCategory.isEmpty() && p.proposerCategory != p.category)
        category += QLatin1Char('\n') + Tr::tr("(proposer's category: %1)").arg(p.proposerCategory);
    rows << pair(Tr::tr("Category"), category, Tr::tr("Submitted"), dateText(p.submitted));
    rows << wide(Tr::tr("Suggested handling unit"), p.suggestedUnit);
    rows << wide(Tr::tr("Reasons"), p.reasons.trimmed());
    rows << wide(Tr::tr("Measures"), p.measures.trimmed());

    // The committee's decision, with what goes with it.
    QStringList decision;
    if (p.decision != Decision::Pending) {
        QString line = decisions().label(p.decision);
        if (p.decisionDate.isValid())
            line = Tr::tr("%1 (%2)").arg(line, dateText(p.decisionDate));
        if (p.keyProposal)
            line += Tr::tr("; key proposal");
        decision << line;
        if (p.decision == Decision::Merged && p.mergedIntoId) {
            const ProposalFile* target = fileOf(*p.mergedIntoId);
            decision << Tr::tr("Merged into proposal %1 %2")
                            .arg(target ? target->proposal.number : QString(),
                                 target ? target->proposal.title : QString());
        }
        if (!p.decisionReason.trimmed().isEmpty())
            decision << Tr::tr("Reason: %1").arg(p.decisionReason.trimmed());
    }
    if (!file.sourceIds.isEmpty()) {
        decision << Tr::tr("Proposals merged into this one:");
        for (qint64 id : file.sourceIds)
            if (const ProposalFile* source = fileOf(id))
                decision << Tr::tr("%1 %2 (%3)")
                                .arg(source->proposal.number, source->proposal.title,
                                     proposerText(source->proposal, false));
    }
    rows << wide(Tr::tr("Committee's decision"), decision.join(QLatin1Char('\n')));

    // The handling of each round: units and deadlines, the reply, the ratings.
    const int rounds = lastRound(file);
    bool anyRound = false;
    for (int round = 1; round <= rounds; ++round) {
        const std::optional<Assignment> lead = file.lead(round);
        const QList<Assignment> co = file.coHandlers(round);
        const std::optional<Reply> reply = file.reply(round);
        QStringList rated;
        for (const ProposalRating& r : file.ratings) {
            if (r.round != round)
                continue;
            QString who = r.byProposer() ? Tr::tr("Proposer") : repName(r.repId);
            QString line = Tr::tr("%1: %2").arg(who, ratings().label(r.rating));
            if (r.rated.isValid())
                line += Tr::tr(" (%1)").arg(dateText(r.rated));
            if (!r.comment.trimmed().isEmpty())
                line += Tr::tr("; %1").arg(r.comment.trimmed());
            rated << line;
        }
        if (!lead && co.isEmpty() && !reply && rated.isEmpty())
            continue;
        anyRound = true;
        if (rounds > 1)
            rows << heading(Tr::tr("Round %1").arg(round));
        rows << pair(Tr::tr("Lead unit"), lead ? lead->unitName : QString(), Tr::tr("Reply deadline"),
                     lead ? dateText(lead->deadline) : QString());
        QStringList coUnits;
        for (const Assignment& a : co)
            coUnits << Tr::tr("%1 (deadline %2)").arg(a.unitName, dateText(a.deadline));
        rows << wide(Tr::tr("Co-handling units"), joined(coUnits));
        QString replyText;
        if (reply) {
            QStringList head;
            head << Tr::tr("Replied on %1").arg(dateText(reply->replied));
            if (reply->result != ReplyResult::None)
                head << Tr::tr("result %1").arg(replyResults().label(reply->result));
            if (reply->completion.isValid())
                head << Tr::tr("to be completed by %1").arg(dateText(reply->completion));
            if (lead && lead->deadline.isValid() && reply->replied > lead->deadline)
                head << Tr::tr("late");
            replyText = head.join(Tr::tr("; "));
            if (!reply->text.trimmed().isEmpty())
                replyText += QLatin1Char('\n') + reply->text.trimmed();
        }
        rows << wide(Tr::tr("Reply"), replyText);
        rows << wide(Tr::tr("Rating"), rated.join(QLatin1Char('\n')));
    }
    if (!anyRound &&
        (p.decision == Decision::Pending || p.decision == Decision::Filed || p.decision == Decision::Converted)) {
        // Not handed out yet: the lines stay to be filled in by hand.
        rows << pair(Tr::tr("Lead unit"), QString(), Tr::tr("Reply deadline"), QString());
        rows << wide(Tr::tr("Co-handling units"), QString());
    }

    // The signatures, with room to sign.
    const QString room = QStringLiteral("\n\n");
    const int signatureRows = 2;
    QTextTable* table =
        out.table(int(rows.size()) + signatureRows,
                  {QTextLength(QTextLength::PercentageLength, 17), QTextLength(QTextLength::PercentageLength, 33),
                   QTextLength(QTextLength::PercentageLength, 17), QTextLength(QTextLength::PercentageLength, 33)},
                  true);
    for (int r = 0; r < rows.size(); ++r) {
        const FormRow& row = rows.at(r);
        switch (row.kind) {
        case FormRow::Kind::Heading:
            table->mergeCells(r, 0, 1, 4);
            DocumentWriter::cell(table, r, 0, row.label, true);
            DocumentWriter::shade(table, r, 0);
            break;
        case FormRow::Kind::Pair:
            DocumentWriter::cell(table, r, 0, row.label, true, Qt::AlignHCenter);
            DocumentWriter::cell(table, r, 1, row.value);
            DocumentWriter::cell(table, r, 2, row.label2, true, Qt::AlignHCenter);
            DocumentWriter::cell(table, r, 3, row.value2);
            break;
        case FormRow::Kind::Wide:
            table->mergeCells(r, 1, 1, 3);
            DocumentWriter::cell(table, r, 0, row.label, true, Qt::AlignHCenter);
            DocumentWriter::cell(table, r, 1, row.value);
            break;
        }
    }
    const int s = int(rows.size());
    DocumentWriter::cell(table, s, 0, Tr::tr("Proposer's signature"), true, Qt::AlignHCenter);
    DocumentWriter::cell(table, s, 1, room);
    DocumentWriter::cell(table, s, 2, Tr::tr("Co-signers' signatures"), true, Qt::AlignHCenter);
    DocumentWriter::cell(table, s, 3, room);
    table->mergeCells(s + 1, 1, 1, 3);
    DocumentWriter::cell(table, s + 1, 0, Tr::tr("Opinion of the proposal committee"), true, Qt::AlignHCenter);
    DocumentWriter::cell(table, s + 1, 1, room + QLatin1Char('\n') + Tr::tr("(seal)        Date:"), false,
                         Qt::AlignRight);
}

std::unique_ptr<PrintedDocument> ProposalDocuments::form(qint64 proposalId) const
{
    const ProposalFile* file = fileOf(proposalId);
    if (!file)
        throw ValidationError(Tr::tr("The proposal is not one of %1.").arg(m_session.name));
    auto doc = newDocument(Tr::tr("Proposal %1").arg(file->proposal.number));
    DocumentWriter out(doc->document());
    writeForm(out, *file);
    return doc;
}

std::unique_ptr<PrintedDocument> ProposalDocuments::allForms() const
{
    if (m_files.isEmpty())
        throw ValidationError(Tr::tr("%1 has no proposals.").arg(m_session.name));
    auto doc = newDocument(Tr::tr("Proposal forms: %1").arg(m_session.name));
    DocumentWriter out(doc->document());
    for (const ProposalFile& file : m_files) {
        out.pageBreak();
        writeForm(out, file);
    }
    return doc;
}

// ---------------------------------------------------------------------------------------------------------
// The referral notice (交办单)

std::unique_ptr<PrintedDocument> ProposalDocuments::referral(std::optional<qint64> unitId) const
{
    struct Entry {
        const ProposalFile* file;
        Assignment assignment;
    };
    auto doc = newDocument(Tr::tr("Referral notices: %1").arg(m_session.name));
    DocumentWriter out(doc->document());
    int printed = 0;
    for (const HandlingUnit& unit : m_units) {
        if (unitId && unit.id != *unitId)
            continue;
        // The unit's part in the current round of each filed proposal.
        QList<Entry> entries;
        for (const ProposalFile& file : m_files) {
            if (file.proposal.decision != Decision::Filed)
                continue;
            for (const Assignment& a : file.assignments)
                if (a.round == file.proposal.round && a.unitId == unit.id)
                    entries.append({&file, a});
        }
        if (entries.isEmpty())
            continue;
        ++printed;
        out.pageBreak();
        if (!m_unionName.isEmpty())
            out.paragraph(m_unionName, 12, false, Qt::AlignHCenter);
        out.paragraph(Tr::tr("Proposal Referral Notice"), 18, true, Qt::AlignHCenter, 4, 0);
        out.paragraph(m_session.name, 12, false, Qt::AlignHCenter, 2, 12);
        out.paragraph(Tr::tr("%1:", "the unit a referral notice is addressed to").arg(unit.name), 12, true);
        out.bodyText(Tr::tr("The proposals below, submitted to %1, have been filed by the proposal committee and are "
                            "referred to your unit. The lead unit handles each proposal together with its "
                            "co-handling units and replies in writing to the proposer and to the proposal "
                            "committee by the deadline; a co-handling unit sends its opinion to the lead unit by "
                            "its own deadline.")
                         .arg(m_session.name));
        out.paragraph(QString(), 6);

        QTextTable* table =
            out.table(int(entries.size()) + 1,
                      {QTextLength(QTextLength::PercentageLength, 6), QTextLength(QTextLength::PercentageLength, 13),
                       QTextLength(QTextLength::PercentageLength, 34), QTextLength(QTextLength::PercentageLength, 13),
                       QTextLength(QTextLength::PercentageLength, 20), QTextLength(QTextLength::PercentageLength, 14)},
                      true);
        const QStringList headers{
            Tr::tr("#"),       Tr::tr("Number"), Tr::tr("Title"), Tr::tr("Role"), Tr::tr("Other handling units"),
            Tr::tr("Deadline")};
        for (int c = 0; c < headers.size(); ++c)
            DocumentWriter::cell(table, 0, c, headers.at(c), true, Qt::AlignHCenter);
        QTextTableFormat format = table->format();
        format.setHeaderRowCount(1); // repeated on every page the table runs onto
        table->setFormat(format);
        int leads = 0;
        for (int i = 0; i < entries.size(); ++i) {
            const Entry& e = entries.at(i);
            const bool isLead = e.assignment.role == AssignmentRole::Lead;
            leads += isLead ? 1 : 0;
            QString title = e.file->proposal.title;
            if (e.assignment.round > 1)
                title += QLatin1Char('\n') + Tr::tr("(round %1)").arg(e.assignment.round);
            QString others;
            if (isLead) {
                QStringList co;
                for (const Assignment& a : e.file->coHandlers(e.assignment.round))
                    co << a.unitName;
                if (!co.isEmpty())
                    others = Tr::tr("Co-handling: %1").arg(joined(co));
            } else if (const auto lead = e.file->lead(e.assignment.round)) {
                others = Tr::tr("Lead: %1").arg(lead->unitName);
            }
            const int r = i + 1;
            DocumentWriter::cell(table, r, 0, QString::number(r), false, Qt::AlignHCenter);
            DocumentWriter::cell(table, r, 1, e.file->proposal.number);
            DocumentWriter::cell(table, r, 2, title);
            DocumentWriter::cell(table, r, 3, isLead ? Tr::tr("Lead") : Tr::tr("Co-handling"), false, Qt::AlignHCenter);
            DocumentWriter::cell(table, r, 4, others);
            DocumentWriter::cell(table, r, 5, dateText(e.assignment.deadline), false, Qt::AlignHCenter);
        }
        const int count = int(entries.size());
        out.paragraph(Tr::tr("%n proposal(s): %1 as lead unit, %2 as co-handling unit.", nullptr, count)
                          .arg(leads)
                          .arg(count - leads),
                      PrintedDocument::kBodyPoints, false, Qt::AlignLeft, 6, 0);
        out.paragraph(Tr::tr("Proposal Committee of the Staff Congress"), 12, false, Qt::AlignRight, 24, 0);
        out.paragraph(longDateText(m_printDate), 12, false, Qt::AlignRight, 2, 0);
        out.paragraph(Tr::tr("Received by: ____________    Date: ____________"), PrintedDocument::kBodyPoints, false,
                      Qt::AlignLeft, 24, 0);
    }
    if (printed == 0) {
        if (unitId) {
            const auto it =
                std::find_if(m_units.cbegin(), m_units.cend(), [&](const HandlingUnit& u) { return u.id == *unitId; });
            throw ValidationError(Tr::tr("No filed proposal of %1 is assigned to %2.")
                                      .arg(m_session.name, it == m_units.cend() ? QString() : it->name));
        }
        throw ValidationError(Tr::tr("No filed proposal of %1 is assigned to a handling unit.").arg(m_session.name));
    }
    return doc;
}

} // namespace ud::core
