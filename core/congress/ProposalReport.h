#pragma once

#include "core/report/Percentages.h"
#include "core/report/Report.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QtGlobal>

namespace ud::core {

class Database;

/// The tables of a session's proposal work report (提案工作报告), which the committee's report at the next meeting
/// quotes: items received and cases after merging, decisions and the filing rate, categories, delegations, lead
/// units, result codes, ratings and the satisfaction rate, and the key proposals. Every figure comes from an
/// aggregate query, so a session of hundreds of proposals is counted in milliseconds.
class ProposalReport {
public:
    /// One line of a table: the clerk's term (立案, 教学科研, A, 满意 …), its count and its percentage of the
    /// section's total (empty where the section has none, or the total is 0). The unit table adds replied, on time,
    /// late and outstanding.
    struct Row {
        QString key;
        qint64 count = 0;
        QString percent;
        QList<qint64> extra;
    };
    /// A table: its key (received, decision, category, delegation, unit, result, rating, satisfaction), the total its
    /// percentages are of (-1: none) and its rows.
    struct Section {
        QString key;
        qint64 total = -1;
        QList<Row> rows;
    };
    /// A key proposal (重点提案) among the filed ones, with its current round's lead unit, result and the proposer's
    /// latest rating.
    struct KeyProposal {
        QString number;
        QString title;
        QString leadUnit;
        QString result;
        QString rating;
    };

    /// The proposers' satisfaction as the report's satisfaction rate counts it: of the filed cases with a rating
    /// (the proposer's latest), those rated 满意 or 基本满意.
    struct Satisfaction {
        qint64 satisfied = 0; // 满意 and 基本满意
        qint64 rated = 0;
        /// The rate in percent to one decimal (92.3); 0 when nothing is rated.
        double percent() const { return rated > 0 ? double(qRound(satisfied * 1000.0 / rated)) / 10.0 : 0.0; }
    };
    /// The satisfaction over every session of `year`, in one grouped query (the sum of the sessions' reports).
    static Satisfaction satisfactionOfYear(const Database& db, int year);

    /// Counts the session `sessionId`; throws ValidationError when there is no such session.
    ProposalReport(Database& db, qint64 sessionId, const PercentOptions& options = {});

    QString sessionName() const { return m_sessionName; }
    const QList<Section>& sections() const { return m_sections; }
    const Section* section(const QString& key) const;
    const QList<KeyProposal>& keyProposals() const { return m_keyProposals; }

    /// The section keys in the order of the report.
    static QStringList sectionKeys();
    /// The translated title of a section: "Items received" (提案受理情况) …
    static QString sectionTitle(const QString& key);
    /// The columns after `percent` in the csv, for the unit table: replied, on_time, late, outstanding.
    static QStringList extraKeys();
    /// Their translated titles.
    static QStringList extraTitles();

    /// The rows as the command line writes them: section, key, count, percent, then the extra columns.
    QList<QStringList> csvRows() const;
    /// The printed document: one table per section and the key proposals, "<session>提案工作报告统计表".
    QList<Report> documents() const;
    /// The document's title.
    QString title() const;

private:
    void count(const PercentOptions& options);
    Database& m_db;
    qint64 m_sessionId;
    QString m_sessionName;
    QString m_organisation;
    PercentOptions m_options;
    QList<Section> m_sections;
    QList<KeyProposal> m_keyProposals;
};

/// Writes the proposal work report of session `sessionId` by the file's suffix: .pdf and .odt (the printed tables)
/// or .xlsx (one sheet per table); throws Error on an unknown suffix or a failed write, ValidationError for a
/// session that does not exist.
void writeProposalReport(Database& db, qint64 sessionId, const PercentOptions& options, const QString& path);

} // namespace ud::core
