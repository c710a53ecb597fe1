#include "app/CliOutput.h"
#include "app/CommandLine.h"
#include "app/Commands.h"
#include "core/congress/CongressImport.h"
#include "core/congress/CongressRepositories.h"
#include "core/congress/ProposalRepository.h"
#include "core/io/DateText.h"
#include "core/io/TableFile.h"

#include <QCoreApplication>

namespace ud::app {

namespace {

bool readDate(const CommandOptions& options, const QString& name, QDate* date, QTextStream& err)
{
    const QString text = options.get(name);
    if (text.isEmpty())
        return true;
    const auto d = core::parseDateText(text);
    if (!d) {
        err << Tr::tr("--%1: \"%2\" is not a date (YYYY-MM-DD).").arg(name, text) << '\n';
        return false;
    }
    *date = *d;
    return true;
}

QString sessionAddHelp()
{
    return Tr::tr("Usage: uniondesk [--db PATH|URL] congress session add --key KEY --name NAME --year Y\n"
                  "           [--term N] [--meeting N] [--opens DATE] [--closes DATE]\n"
                  "Adds a congress session: NAME as written (第十二届教代会暨第十四届工代会第二次会议), KEY the short\n"
                  "name scripts and the other congress commands use (12-2). Term and meeting are read from a KEY of\n"
                  "the form TERM-MEETING unless given. Proposals are accepted from --opens to --closes (both days\n"
                  "included).\n"
                  "\n"
                  "Exit codes: 0 added, 1 refused (the reason on standard error), 2 wrong use.\n");
}

int sessionAdd(CommandContext& ctx, const QStringList& args)
{
    CommandOptions options(args, ctx.err);
    for (const char* name : {"key", "name", "year", "term", "meeting", "opens", "closes"})
        options.value(QString::fromLatin1(name));
    if (!options.parse(0, 0))
        return 2;
    core::CongressSession s;
    s.key = options.get(QStringLiteral("key"));
    s.name = options.get(QStringLiteral("name"));
    if (s.key.isEmpty() || s.name.isEmpty() || options.get(QStringLiteral("year")).isEmpty()) {
        ctx.err << Tr::tr("congress session add needs --key, --name and --year.") << '\n';
        return 2;
    }
    bool ok = false;
    s.year = options.get(QStringLiteral("year")).toInt(&ok);
    if (!ok) {
        ctx.err << Tr::tr("--year must be a year, e.g. 2024.") << '\n';
        return 2;
    }
    const QStringList parts = s.key.split(QLatin1Char('-'));
    s.term = options.get(QStringLiteral("term"), parts.value(0)).toInt();
    s.meeting = options.get(QStringLiteral("meeting"), parts.size() > 1 ? parts.value(1) : QStringLiteral("1")).toInt();
    if (s.term <= 0 || s.meeting <= 0) {
        ctx.err << Tr::tr("Give --term and --meeting as numbers (the key %1 does not say them).").arg(s.key) << '\n';
        return 2;
    }
    if (!readDate(options, QStringLiteral("opens"), &s.opens, ctx.err) ||
        !readDate(options, QStringLiteral("closes"), &s.closes, ctx.err))
        return 2;
    core::SessionRepository repo(ctx.database());
    repo.add(s);
    ctx.out << Tr::tr("Added session %1: %2 (term %3, meeting %4, %5).")
                   .arg(s.key, s.name)
                   .arg(s.term)
                   .arg(s.meeting)
                   .arg(s.year)
            << '\n';
    return 0;
}

int sessionList(CommandContext& ctx, const QStringList& args)
{
    CommandOptions options(args, ctx.err);
    CliOutput::declare(options);
    CliOutput output(ctx.out);
    if (!options.parse(0, 0) || !output.read(options, ctx.err))
        return 2;
    core::SessionRepository repo(ctx.database());
    output.write(core::SessionRepository::csvHeader(), repo.csvRows());
    return 0;
}

int reportImport(CommandContext& ctx, const core::CongressImportResult& r)
{
    for (const QString& e : core::TableFile::cappedMessages(r.errors))
        ctx.err << e << '\n';
    if (!r.errors.isEmpty()) {
        ctx.err << Tr::tr("Nothing was imported: %n row(s) have errors.", nullptr, int(r.errors.size())) << '\n';
        return 1;
    }
    ctx.out << (r.dryRun ? Tr::tr("Dry run, nothing stored: %1") : Tr::tr("Imported: %1"))
                   .arg(core::congressImportSummary(r))
            << '\n';
    return 0;
}

/// `congress … import FILE --session KEY [--dry-run]`: reads the options, runs `import` and reports it.
int runImport(CommandContext& ctx, const QStringList& args,
              core::CongressImportResult (*import)(core::Database&, const QString&, const QString&, bool))
{
    CommandOptions options(args, ctx.err);
    options.value(QStringLiteral("session")).flag(QStringLiteral("dry-run"));
    if (!options.parse(1, 1))
        return 2;
    if (options.get(QStringLiteral("session")).isEmpty()) {
        ctx.err << Tr::tr("Name the session with --session KEY.") << '\n';
        return 2;
    }
    return reportImport(ctx, import(ctx.database(), options.positionals().first(),
                                    options.get(QStringLiteral("session")), options.has(QStringLiteral("dry-run"))));
}

QString repsImportHelp()
{
    return Tr::tr("Usage: uniondesk [--db PATH|URL] congress reps import FILE.xlsx|FILE.csv --session KEY [--dry-run]\n"
                  "Imports the representatives of the session's term. Columns: 工号, 姓名, 代表团, and optionally\n"
                  "团长 (是 for the delegation's head), 起始日期, 备注. Each person is found on the roster by staff\n"
                  "number, or by name when the name is unique; a delegation is added when new. All or nothing:\n"
                  "problems go to standard error as \"row N: reason\".\n"
                  "\n"
                  "Exit codes: 0 imported, 1 nothing stored, 2 wrong use.\n");
}

int repsImport(CommandContext& ctx, const QStringList& args)
{
    return runImport(ctx, args, core::importRepresentatives);
}

QString proposalsImportHelp()
{
    return Tr::tr(
        "Usage: uniondesk [--db PATH|URL] congress proposals import FILE.xlsx|FILE.csv --session KEY [--dry-run]\n"
        "Imports a session's proposals kept in a spreadsheet. Columns: 提案号, 案由, 类别, 提案人, 附议人 (several,\n"
        "separated by 、 ， , ; or spaces), 提交日期, 立案情况 (立案/不立案/转为意见建议/并案/撤回, empty: not\n"
        "decided), 并入提案号, 不立案理由, 主办单位, 协办单位, 办理期限, 答复日期, 答复结果 (A/B/C/D), 满意度\n"
        "(满意/基本满意/不满意), 重点提案 (是/否); optionally 理由, 建议措施, 建议承办单位, 类型 (提案/意见建议).\n"
        "People as staff number or unique name; a delegation's name as 提案人 makes a collective proposal.\n"
        "Handling units are added when new. Every rule of the proposals applies (co-signers, the window,\n"
        "merges). All or nothing: problems go to standard error as \"row N: reason\".\n"
        "\n"
        "Exit codes: 0 imported, 1 nothing stored, 2 wrong use.\n");
}

int proposalsImport(CommandContext& ctx, const QStringList& args)
{
    return runImport(ctx, args, core::importProposals);
}

/// The clerk's words for the decision and the rating, as the import reads them back.
QString decisionTerm(core::Decision d)
{
    switch (d) {
    case core::Decision::Filed:
        return QStringLiteral("立案");
    case core::Decision::Rejected:
        return QStringLiteral("不立案");
    case core::Decision::Converted:
        return QStringLiteral("转为意见建议");
    case core::Decision::Merged:
        return QStringLiteral("并案");
    case core::Decision::Withdrawn:
        return QStringLiteral("撤回");
    case core::Decision::Pending:
        break;
    }
    return {};
}

QString ratingTerm(core::Rating r)
{
    switch (r) {
    case core::Rating::Satisfied:
        return QStringLiteral("满意");
    case core::Rating::Basic:
        return QStringLiteral("基本满意");
    case core::Rating::Unsatisfied:
        return QStringLiteral("不满意");
    }
    return {};
}

int proposalsList(CommandContext& ctx, const QStringList& args)
{
    CommandOptions options(args, ctx.err);
    CliOutput::declare(options);
    options.value(QStringLiteral("session"));
    CliOutput output(ctx.out);
    if (!options.parse(0, 0) || !output.read(options, ctx.err))
        return 2;
    if (options.get(QStringLiteral("session")).isEmpty()) {
        ctx.err << Tr::tr("Name the session with --session KEY.") << '\n';
        return 2;
    }
    core::Database& db = ctx.database();
    const core::CongressSession session =
        core::SessionRepository(db).requireKey(options.get(QStringLiteral("session")));
    core::ProposalRepository repo(db);
    QHash<qint64, core::Representative> reps;
    for (const core::Representative& r : core::RepresentativeRepository(db).ofTerm(session.term))
        reps.insert(r.id, r);
    QHash<qint64, QString> delegations;
    for (const core::Delegation& d : core::DelegationRepository(db).ofTerm(session.term))
        delegations.insert(d.id, d.name);
    const QStringList keys{QStringLiteral("number"),      QStringLiteral("title"),     QStringLiteral("category"),
                           QStringLiteral("proposer"),    QStringLiteral("cosigners"), QStringLiteral("decision"),
                           QStringLiteral("lead_unit"),   QStringLiteral("result"),    QStringLiteral("rating"),
                           QStringLiteral("kind"),        QStringLiteral("submitted"), QStringLiteral("delegation"),
                           QStringLiteral("merged_into"), QStringLiteral("co_units"),  QStringLiteral("deadline"),
                           QStringLiteral("replied"),     QStringLiteral("round"),     QStringLiteral("key_proposal"),
                           QStringLiteral("stage")};
    const QStringList titles{Tr::tr("Number"),      Tr::tr("Title"),
                             Tr::tr("Category"),    Tr::tr("Proposer"),
                             Tr::tr("Co-signers"),  Tr::tr("Decision"),
                             Tr::tr("Lead unit"),   Tr::tr("Result"),
                             Tr::tr("Rating"),      Tr::tr("Kind"),
                             Tr::tr("Submitted"),   Tr::tr("Delegation"),
                             Tr::tr("Merged into"), Tr::tr("Co-handling units"),
                             Tr::tr("Reply due"),   Tr::tr("Replied"),
                             Tr::tr("Round"),       Tr::tr("Key proposal"),
                             Tr::tr("Stage")};
    output.begin(output.forScripts() ? keys : titles);
    QHash<qint64, QString> numbers;
    const QList<core::Proposal> proposals = repo.ofSession(session.id);
    for (const core::Proposal& p : proposals)
        numbers.insert(p.id, p.number);
    for (const core::Proposal& p : proposals) {
        const core::ProposalFile f = repo.file(p.id);
        QStringList cosigners;
        for (qint64 id : p.cosignerIds)
            cosigners << reps.value(id).name;
        const core::Representative proposer = p.proposerRepId ? reps.value(*p.proposerRepId) : core::Representative();
        QStringList co;
        for (const core::Assignment& a : f.coHandlers())
            co << a.unitName;
        // A round reopened after 不满意 has no unit yet: the list shows the last round that has.
        std::optional<core::Assignment> lead;
        std::optional<core::Reply> reply;
        for (int round = p.round; round >= 1 && !lead; --round) {
            lead = f.lead(round);
            reply = f.reply(round);
        }
        std::optional<core::ProposalRating> rating;
        for (const core::ProposalRating& r : f.ratings)
            if (r.byProposer())
                rating = r; // the latest round's
        output.row(
            {p.number, p.title, p.category,
             p.proposerRepId ? proposer.name : delegations.value(p.proposerDelegationId.value_or(0)),
             cosigners.join(QStringLiteral("、")), decisionTerm(p.decision), lead ? lead->unitName : QString(),
             reply ? core::replyResults().key(reply->result) : QString(),
             rating ? ratingTerm(rating->rating) : QString(),
             output.forScripts() ? core::proposalKinds().key(p.kind) : core::proposalKinds().label(p.kind),
             core::isoDateText(p.submitted),
             p.proposerRepId ? proposer.delegationName : delegations.value(p.proposerDelegationId.value_or(0)),
             p.mergedIntoId ? numbers.value(*p.mergedIntoId) : QString(), co.join(QStringLiteral("、")),
             lead ? core::isoDateText(lead->deadline) : QString(),
             reply ? core::isoDateText(reply->replied) : QString(), QString::number(p.round),
             p.keyProposal ? QStringLiteral("是") : QStringLiteral("否"),
             output.forScripts() ? core::proposalStages().key(f.stage()) : core::proposalStages().label(f.stage())});
    }
    output.finish();
    return 0;
}

QString repsListHelp()
{
    return Tr::tr("Usage: uniondesk [--db PATH|URL] congress reps list --session KEY [--format csv|table|json] "
                  "[--out FILE]\nLists the representatives of the session's term by delegation.\n");
}

int repsList(CommandContext& ctx, const QStringList& args)
{
    CommandOptions options(args, ctx.err);
    CliOutput::declare(options);
    options.value(QStringLiteral("session"));
    CliOutput output(ctx.out);
    if (!options.parse(0, 0) || !output.read(options, ctx.err))
        return 2;
    if (options.get(QStringLiteral("session")).isEmpty()) {
        ctx.err << Tr::tr("Name the session with --session KEY.") << '\n';
        return 2;
    }
    core::Database& db = ctx.database();
    const core::CongressSession session =
        core::SessionRepository(db).requireKey(options.get(QStringLiteral("session")));
    output.begin(output.forScripts()
                     ? QStringList{QStringLiteral("staff_no"), QStringLiteral("name"), QStringLiteral("delegation"),
                                   QStringLiteral("started"), QStringLiteral("ended")}
                     : QStringList{Tr::tr("Staff number"), Tr::tr("Name"), Tr::tr("Delegation"), Tr::tr("Serves from"),
                                   Tr::tr("Served until")});
    for (const core::Representative& r : core::RepresentativeRepository(db).ofTerm(session.term))
        output.row({r.staffNo, r.name, r.delegationName, core::isoDateText(r.started), core::isoDateText(r.ended)});
    output.finish();
    return 0;
}

} // namespace

void addCongressCommands(CommandLine& commandLine)
{
    Command& add = commandLine.add(
        {{QStringLiteral("congress"), QStringLiteral("session"), QStringLiteral("add")},
         QStringLiteral("--key KEY --name NAME --year Y [--term N] [--meeting N] [--opens DATE] [--closes DATE]"),
         Tr::tr("add a congress session (congress session add --help)"),
         sessionAdd});
    add.writes = true;
    add.help = sessionAddHelp;
    commandLine.add({{QStringLiteral("congress"), QStringLiteral("session"), QStringLiteral("list")},
                     CliOutput::synopsis(),
                     Tr::tr("list the congress sessions"),
                     sessionList});
    Command& reps = commandLine.add({{QStringLiteral("congress"), QStringLiteral("reps"), QStringLiteral("import")},
                                     QStringLiteral("FILE.xlsx|FILE.csv --session KEY [--dry-run]"),
                                     Tr::tr("import the representatives of a session's term, all or nothing "
                                            "(congress reps import --help)"),
                                     repsImport});
    reps.writes = true;
    reps.help = repsImportHelp;
    Command& repsL = commandLine.add({{QStringLiteral("congress"), QStringLiteral("reps"), QStringLiteral("list")},
                                      QStringLiteral("--session KEY ") + CliOutput::synopsis(),
                                      Tr::tr("list the representatives of a session's term"),
                                      repsList});
    repsL.help = repsListHelp;
    Command& proposals =
        commandLine.add({{QStringLiteral("congress"), QStringLiteral("proposals"), QStringLiteral("import")},
                         QStringLiteral("FILE.xlsx|FILE.csv --session KEY [--dry-run]"),
                         Tr::tr("import a session's proposals, all or nothing (congress proposals import --help)"),
                         proposalsImport});
    proposals.writes = true;
    proposals.help = proposalsImportHelp;
    commandLine.add({{QStringLiteral("congress"), QStringLiteral("proposals"), QStringLiteral("list")},
                     QStringLiteral("--session KEY ") + CliOutput::synopsis(),
                     Tr::tr("list a session's proposals (csv keys number,title,category,proposer,cosigners,decision,"
                            "lead_unit,result,rating, then others)"),
                     proposalsList});
}

} // namespace ud::app
