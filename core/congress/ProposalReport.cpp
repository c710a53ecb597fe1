#include "core/congress/ProposalReport.h"

#include "core/congress/Congress.h"
#include "core/db/Database.h"
#include "core/db/DatabaseSettings.h"
#include "core/db/Error.h"
#include "core/report/ReportPrinter.h"

#include <QCollator>
#include <QCoreApplication>
#include <QHash>
#include <QLocale>

#include <algorithm>

namespace ud::core {

namespace {

// The context the messages of this file are translated under; written Tr::tr() so that lupdate files them there.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ud::core::ProposalReport)
};

// The keys are the clerk's own terms, the same in every language of the program: scripts and published reports
// quote them (the issue fixes them).
const QString kReceived = QStringLiteral("收到提案");
const QString kAfterMerging = QStringLiteral("并案后件数");
const QString kSuggestions = QStringLiteral("意见建议");
const QString kUndecided = QStringLiteral("未审查");
const QString kUncategorised = QStringLiteral("未分类");
const QString kNoDelegation = QStringLiteral("未注明代表团");
const QString kNotAssigned = QStringLiteral("未交办");
const QString kSatisfactionRate = QStringLiteral("满意率");

// The decisions in the order the report lists them, with their terms; Pending (未审查) only when there are any.
const QList<QPair<QString, QString>>& decisionTerms()
{
    static const QList<QPair<QString, QString>> list{{QStringLiteral("filed"), QStringLiteral("立案")},
                                                     {QStringLiteral("converted"), QStringLiteral("转为意见建议")},
                                                     {QStringLiteral("rejected"), QStringLiteral("不立案")},
                                                     {QStringLiteral("merged"), QStringLiteral("并案")},
                                                     {QStringLiteral("withdrawn"), QStringLiteral("撤回")}};
    return list;
}

const QList<QPair<QString, QString>>& ratingTerms()
{
    static const QList<QPair<QString, QString>> list{{QStringLiteral("satisfied"), QStringLiteral("满意")},
                                                     {QStringLiteral("basic"), QStringLiteral("基本满意")},
                                                     {QStringLiteral("unsatisfied"), QStringLiteral("不满意")}};
    return list;
}

QString ratingTerm(const QString& key)
{
    for (const auto& [k, term] : ratingTerms())
        if (k == key)
            return term;
    return {};
}

const QStringList kResults{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("D")};

/// Names ordered as a Chinese reader expects (by pinyin), the same on both engines whatever their collation.
bool byName(const QString& a, const QString& b)
{
    static const QCollator collator{QLocale(QLocale::Chinese, QLocale::China)};
    const int c = collator.compare(a, b);
    return c != 0 ? c < 0 : a < b;
}

// The session's proposals (not the suggestions kept as such), and its filed cases.
const QString kItems = QStringLiteral("p.session_id = :s AND p.kind = 'proposal'");
const QString kFiledCases = QStringLiteral("p.kind = 'proposal' AND p.decision = 'filed'");
const QString kFiled = QStringLiteral("p.session_id = :s AND ") + kFiledCases;
// The current round's lead unit and reply of a proposal p.
const QString kCurrentRound =
    QStringLiteral(" LEFT JOIN congress_assignments a ON a.proposal_id = p.id AND a.round = p.round AND a.role = 'lead'"
                   " LEFT JOIN handling_units u ON u.id = a.unit_id"
                   " LEFT JOIN congress_replies rp ON rp.proposal_id = p.id AND rp.round = p.round");
// The proposer's latest rating of a proposal p: the highest round, the last given in it.
const QString kLatestRating =
    QStringLiteral("(SELECT g.rating FROM congress_ratings g WHERE g.proposal_id = p.id AND g.rep_id IS NULL"
                   " ORDER BY g.round DESC, g.id DESC LIMIT 1)");

QHash<QString, qint64> countsBy(Database& db, const QString& sql, qint64 sessionId)
{
    QHash<QString, qint64> counts;
    QSqlQuery q = db.exec(sql, {{QStringLiteral("s"), sessionId}});
    while (q.next())
        counts[q.value(0).toString()] += q.value(1).toLongLong();
    return counts;
}

/// Fills the rows' percentages of `total`, as the options say.
void percentOf(ProposalReport::Section& section, qint64 total, const PercentOptions& options)
{
    section.total = total;
    QList<qint64> counts;
    for (const auto& row : section.rows)
        counts << row.count;
    const QStringList texts = percentages(counts, total, options);
    for (int i = 0; i < section.rows.size(); ++i)
        section.rows[i].percent = texts.at(i);
}

} // namespace

ProposalReport::ProposalReport(Database& db, qint64 sessionId, const PercentOptions& options)
    : m_db(db), m_sessionId(sessionId), m_options(options)
{
    const QVariant name = db.scalar(QStringLiteral("SELECT name FROM congress_sessions WHERE id = :id"),
                                    {{QStringLiteral("id"), sessionId}});
    if (name.isNull())
        throw ValidationError(Tr::tr("There is no congress session with the id %1.").arg(sessionId));
    m_sessionName = name.toString();
    m_organisation = DatabaseSettings(db).value(settings::UnionName);
    count(options);
}

ProposalReport::Satisfaction ProposalReport::satisfactionOfYear(const Database& db, int year)
{
    Satisfaction s;
    QSqlQuery q =
        db.exec(QStringLiteral("SELECT %1 AS latest, count(*) FROM congress_proposals p JOIN congress_sessions cs"
                               " ON cs.id = p.session_id WHERE cs.year = :year AND %2 GROUP BY latest")
                    .arg(kLatestRating, kFiledCases),
                {{QStringLiteral("year"), year}});
    while (q.next()) {
        const QString rating = q.value(0).toString();
        const qint64 n = q.value(1).toLongLong();
        if (rating == QLatin1String("satisfied") || rating == QLatin1String("basic"))
            s.satisfied += n;
        if (!rating.isEmpty())
            s.rated += n;
    }
    return s;
}

QStringList ProposalReport::sectionKeys()
{
    return {QStringLiteral("received"),   QStringLiteral("decision"),    QStringLiteral("category"),
            QStringLiteral("delegation"), QStringLiteral("unit"),        QStringLiteral("result"),
            QStringLiteral("rating"),     QStringLiteral("satisfaction")};
}

QString ProposalReport::sectionTitle(const QString& key)
{
    static const QHash<QString, const char*> titles{
        {QStringLiteral("received"), QT_TRANSLATE_NOOP("ud::core::ProposalReport", "Items received")},
        {QStringLiteral("decision"), QT_TRANSLATE_NOOP("ud::core::ProposalReport", "Decisions")},
        {QStringLiteral("category"), QT_TRANSLATE_NOOP("ud::core::ProposalReport", "Categories")},
        {QStringLiteral("delegation"), QT_TRANSLATE_NOOP("ud::core::ProposalReport", "Delegations")},
        {QStringLiteral("unit"), QT_TRANSLATE_NOOP("ud::core::ProposalReport", "Lead units")},
        {QStringLiteral("result"), QT_TRANSLATE_NOOP("ud::core::ProposalReport", "Reply results")},
        {QStringLiteral("rating"), QT_TRANSLATE_NOOP("ud::core::ProposalReport", "Ratings")},
        {QStringLiteral("satisfaction"), QT_TRANSLATE_NOOP("ud::core::ProposalReport", "Satisfaction rate")},
        {QStringLiteral("key"), QT_TRANSLATE_NOOP("ud::core::ProposalReport", "Key proposals")}};
    const char* title = titles.value(key);
    return title ? Tr::tr(title) : key;
}

QStringList ProposalReport::extraKeys()
{
    return {QStringLiteral("replied"), QStringLiteral("on_time"), QStringLiteral("late"),
            QStringLiteral("outstanding")};
}

QStringList ProposalReport::extraTitles()
{
    return {Tr::tr("Replied"), Tr::tr("On time"), Tr::tr("Late"), Tr::tr("Outstanding")};
}

const ProposalReport::Section* ProposalReport::section(const QString& key) const
{
    for (const Section& s : m_sections)
        if (s.key == key)
            return &s;
    return nullptr;
}

void ProposalReport::count(const PercentOptions& options)
{
    Database& db = m_db;
    const qint64 s = m_sessionId;

    // Items received (before merging), the cases after merging, and the texts kept as suggestions from the start.
    Section received{QStringLiteral("received"), -1, {}};
    qint64 items = 0;
    {
        QSqlQuery q = db.exec(
            QStringLiteral("SELECT COALESCE(SUM(CASE WHEN kind = 'proposal' THEN 1 ELSE 0 END), 0),"
                           " COALESCE(SUM(CASE WHEN kind = 'proposal' AND decision = 'merged' THEN 1 ELSE 0 END), 0),"
                           " COALESCE(SUM(CASE WHEN kind = 'suggestion' THEN 1 ELSE 0 END), 0)"
                           " FROM congress_proposals WHERE session_id = :s"),
            {{QStringLiteral("s"), s}});
        q.next();
        items = q.value(0).toLongLong();
        received.rows = {{kReceived, items, {}, {}},
                         {kAfterMerging, items - q.value(1).toLongLong(), {}, {}},
                         {kSuggestions, q.value(2).toLongLong(), {}, {}}};
    }
    m_sections << received;

    // Decisions, of the items received; the filing rate is the 立案 row's percentage.
    Section decision{QStringLiteral("decision"), -1, {}};
    {
        const auto counts = countsBy(
            db,
            QStringLiteral("SELECT p.decision, count(*) FROM congress_proposals p WHERE %1 GROUP BY p.decision")
                .arg(kItems),
            s);
        for (const auto& [key, term] : decisionTerms())
            decision.rows << Row{term, counts.value(key), {}, {}};
        if (const qint64 pending = counts.value(QString()); pending > 0)
            decision.rows << Row{kUndecided, pending, {}, {}};
    }
    percentOf(decision, items, options);
    m_sections << decision;

    // Categories of the items received: the setting's in its order, then others by name, 未分类 last.
    Section category{QStringLiteral("category"), -1, {}};
    {
        auto counts = countsBy(
            db,
            QStringLiteral("SELECT p.category, count(*) FROM congress_proposals p WHERE %1 GROUP BY p.category")
                .arg(kItems),
            s);
        QHash<QString, qint64> trimmed;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            trimmed[it.key().trimmed()] += it.value();
        for (const QString& c : proposalCategories(db))
            if (trimmed.value(c) > 0)
                category.rows << Row{c, trimmed.take(c), {}, {}};
        const qint64 none = trimmed.take(QString());
        QStringList others = trimmed.keys();
        std::sort(others.begin(), others.end(), byName);
        for (const QString& c : others)
            category.rows << Row{c, trimmed.value(c), {}, {}};
        if (none > 0)
            category.rows << Row{kUncategorised, none, {}, {}};
    }
    percentOf(category, items, options);
    m_sections << category;

    // The proposer's delegation: a representative's, or the collective proposal's own.
    Section delegation{QStringLiteral("delegation"), -1, {}};
    {
        struct Entry {
            QString name;
            int order;
            qint64 count;
        };
        QList<Entry> entries;
        qint64 none = 0;
        QSqlQuery q = db.exec(QStringLiteral("SELECT d.name, d.sort_order, count(*) FROM congress_proposals p"
                                             " LEFT JOIN congress_representatives r ON r.id = p.proposer_rep_id"
                                             " LEFT JOIN congress_delegations d"
                                             "   ON d.id = COALESCE(p.proposer_delegation_id, r.delegation_id)"
                                             " WHERE %1 GROUP BY d.id, d.name, d.sort_order")
                                  .arg(kItems),
                              {{QStringLiteral("s"), s}});
        while (q.next()) {
            if (q.value(0).isNull())
                none += q.value(2).toLongLong();
            else
                entries << Entry{q.value(0).toString(), q.value(1).toInt(), q.value(2).toLongLong()};
        }
        std::sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
            return a.order != b.order ? a.order < b.order : byName(a.name, b.name);
        });
        for (const Entry& e : entries)
            delegation.rows << Row{e.name, e.count, {}, {}};
        if (none > 0)
            delegation.rows << Row{kNoDelegation, none, {}, {}};
    }
    percentOf(delegation, items, options);
    m_sections << delegation;

    // The filed cases by the current round's lead unit: most cases first. A case replied after its deadline is
    // late; one without a deadline is on time once replied.
    const qint64 filed = decision.rows.constFirst().count;
    Section unit{QStringLiteral("unit"), -1, {}};
    {
        struct Entry {
            QString name;
            int order;
            Row row;
        };
        QList<Entry> entries;
        std::optional<Row> notAssigned;
        QSqlQuery q = db.exec(
            QStringLiteral(
                "SELECT u.name, u.sort_order, count(*),"
                " SUM(CASE WHEN rp.id IS NOT NULL THEN 1 ELSE 0 END),"
                " SUM(CASE WHEN rp.id IS NOT NULL AND (a.deadline IS NULL OR rp.replied <= a.deadline) THEN 1 ELSE 0 "
                "END),"
                " SUM(CASE WHEN rp.id IS NOT NULL AND a.deadline IS NOT NULL AND rp.replied > a.deadline THEN 1 ELSE 0 "
                "END)"
                " FROM congress_proposals p %1 WHERE %2 GROUP BY u.id, u.name, u.sort_order")
                .arg(kCurrentRound, kFiled),
            {{QStringLiteral("s"), s}});
        while (q.next()) {
            const qint64 cases = q.value(2).toLongLong();
            const qint64 replied = q.value(3).toLongLong();
            Row row{q.value(0).toString(),
                    cases,
                    {},
                    {replied, q.value(4).toLongLong(), q.value(5).toLongLong(), cases - replied}};
            if (q.value(0).isNull()) {
                row.key = kNotAssigned;
                notAssigned = row;
            } else {
                entries << Entry{row.key, q.value(1).toInt(), row};
            }
        }
        std::sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
            if (a.row.count != b.row.count)
                return a.row.count > b.row.count;
            return a.order != b.order ? a.order < b.order : byName(a.name, b.name);
        });
        for (const Entry& e : entries)
            unit.rows << e.row;
        if (notAssigned)
            unit.rows << *notAssigned;
    }
    percentOf(unit, filed, options);
    m_sections << unit;

    // Result codes of the filed cases' current-round replies.
    Section result{QStringLiteral("result"), -1, {}};
    {
        const auto counts =
            countsBy(db,
                     QStringLiteral("SELECT rp.result, count(*) FROM congress_proposals p"
                                    " JOIN congress_replies rp ON rp.proposal_id = p.id AND rp.round = p.round"
                                    " WHERE %1 GROUP BY rp.result")
                         .arg(kFiled),
                     s);
        for (const QString& code : kResults)
            result.rows << Row{code, counts.value(code), {}, {}};
    }
    percentOf(result, filed, options);
    m_sections << result;

    // The proposer's latest rating of each filed case, of the rated cases.
    Section rating{QStringLiteral("rating"), -1, {}};
    qint64 rated = 0;
    {
        const auto counts = countsBy(db,
                                     QStringLiteral("SELECT %1 AS latest, count(*) FROM congress_proposals p WHERE %2"
                                                    " GROUP BY latest")
                                         .arg(kLatestRating, kFiled),
                                     s);
        for (const auto& [key, term] : ratingTerms()) {
            rating.rows << Row{term, counts.value(key), {}, {}};
            rated += counts.value(key);
        }
    }
    percentOf(rating, rated, options);
    m_sections << rating;

    Section satisfaction{QStringLiteral("satisfaction"), -1, {}};
    satisfaction.rows << Row{kSatisfactionRate, rating.rows.at(0).count + rating.rows.at(1).count, {}, {}};
    percentOf(satisfaction, rated, options);
    m_sections << satisfaction;

    QSqlQuery q = db.exec(QStringLiteral("SELECT p.number, p.title, u.name, rp.result, %1 FROM congress_proposals p %2"
                                         " WHERE %3 AND p.key_proposal = 1")
                              .arg(kLatestRating, kCurrentRound, kFiled),
                          {{QStringLiteral("s"), s}});
    while (q.next())
        m_keyProposals << KeyProposal{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                      q.value(3).toString(), ratingTerm(q.value(4).toString())};
    std::sort(m_keyProposals.begin(), m_keyProposals.end(),
              [](const KeyProposal& a, const KeyProposal& b) { return a.number < b.number; });
}

QList<QStringList> ProposalReport::csvRows() const
{
    QList<QStringList> rows;
    for (const Section& section : m_sections)
        for (const Row& row : section.rows) {
            QStringList cells{section.key, row.key, QString::number(row.count), row.percent};
            for (int i = 0; i < extraKeys().size(); ++i)
                cells << (i < row.extra.size() ? QString::number(row.extra.at(i)) : QString());
            rows << cells;
        }
    return rows;
}

QString ProposalReport::title() const
{
    return Tr::tr("%1: proposal work report tables").arg(m_sessionName);
}

QList<Report> ProposalReport::documents() const
{
    const QString roundingText = m_options.rounding == Rounding::HalfUp     ? Tr::tr("rounded half-up")
                                 : m_options.rounding == Rounding::Truncate ? Tr::tr("truncated")
                                                                            : Tr::tr("by largest remainder");
    const auto base = [&](const QString& key) {
        Report r;
        r.organisation = m_organisation;
        r.title = title();
        r.subtitle = Tr::tr("Percentages %1 to %n decimal(s).", nullptr, m_options.decimals).arg(roundingText);
        r.caption = sectionTitle(key);
        return r;
    };
    const QString share = Tr::tr("Share (%)");
    QList<Report> tables;
    for (const Section& section : m_sections) {
        Report r = base(section.key);
        const bool hasPercent = section.key != QLatin1String("received");
        const bool isUnit = section.key == QLatin1String("unit");
        r.columns = {{isUnit ? Tr::tr("Lead unit") : Tr::tr("Item"), Report::Kind::Text, 24},
                     {isUnit ? Tr::tr("Cases") : Tr::tr("Count"), Report::Kind::Integer, 8}};
        if (hasPercent)
            r.columns.append({share, Report::Kind::Decimal, 8});
        if (isUnit)
            for (const QString& t : extraTitles())
                r.columns.append({t, Report::Kind::Integer, 8});
        QList<qint64> sums(1 + extraKeys().size(), 0);
        for (const Row& row : section.rows) {
            QStringList cells{row.key, QString::number(row.count)};
            if (hasPercent)
                cells << row.percent;
            sums[0] += row.count;
            for (int i = 0; isUnit && i < row.extra.size(); ++i) {
                cells << QString::number(row.extra.at(i));
                sums[i + 1] += row.extra.at(i);
            }
            r.addRow(cells);
        }
        // A total under the tables whose rows share out one whole (its percentages are not added up: with half-up
        // they may give 99 or 101, as published reports show them).
        const bool shares = section.key == QLatin1String("decision") || section.key == QLatin1String("category") ||
                            section.key == QLatin1String("delegation") || isUnit;
        if (shares && !section.rows.isEmpty()) {
            QStringList cells{Tr::tr("Total"), QString::number(sums.at(0)), QString()};
            for (int i = 0; isUnit && i < extraKeys().size(); ++i)
                cells << QString::number(sums.at(i + 1));
            r.rows.append(Report::Row{cells, {}, true});
        }
        tables << r;
    }
    Report key = base(QStringLiteral("key"));
    key.columns = {{Tr::tr("Number"), Report::Kind::Text, 10, Report::NoWrap},
                   {Tr::tr("Title"), Report::Kind::Text, 30},
                   {Tr::tr("Lead unit"), Report::Kind::Text, 14},
                   {Tr::tr("Result"), Report::Kind::Mark, 6},
                   {Tr::tr("Rating"), Report::Kind::Text, 8, Report::NoWrap}};
    for (const KeyProposal& k : m_keyProposals)
        key.addRow({k.number, k.title, k.leadUnit, k.result, k.rating});
    tables << key;
    return tables;
}

void writeProposalReport(Database& db, qint64 sessionId, const PercentOptions& options, const QString& path)
{
    writeReports(ProposalReport(db, sessionId, options).documents(), path);
}

} // namespace ud::core
