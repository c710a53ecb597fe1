#include "app/AwardCommandParts.h"
#include "app/CliOutput.h"
#include "app/CommandLine.h"
#include "app/Commands.h"
#include "core/awards/AwardRepositories.h"
#include "core/awards/AwardsImport.h"
#include "core/io/DateText.h"
#include "core/io/TableFile.h"
#include "core/units/SubUnitRepository.h"

#include <QCoreApplication>

namespace ud::app {

// ---- shared by the awards commands

bool readAwardDate(const CommandOptions& options, const QString& name, QDate* date, QTextStream& err)
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

bool readAwardNumber(const CommandOptions& options, const QString& name, int low, int high, int* value,
                     QTextStream& err)
{
    if (!options.has(name))
        return true;
    bool ok = false;
    const int n = options.get(name).trimmed().toInt(&ok);
    if (!ok || n < low || n > high) {
        err << Tr::tr("--%1 must be a whole number from %2 to %3.").arg(name).arg(low).arg(high) << '\n';
        return false;
    }
    *value = n;
    return true;
}

std::optional<core::AwardRound> awardRoundOption(CommandContext& ctx, const CommandOptions& options)
{
    const QString key = options.get(QStringLiteral("round")).trimmed();
    if (key.isEmpty()) {
        ctx.err << Tr::tr("Name the round with --round KEY.") << '\n';
        return std::nullopt;
    }
    return core::AwardRoundRepository(ctx.database()).requireKey(key);
}

std::optional<core::AwardRound> roundListing(CommandContext& ctx, const QStringList& args, CliOutput& output)
{
    CommandOptions options(args, ctx.err);
    options.value(QStringLiteral("round"));
    CliOutput::declare(options);
    if (!options.parse(0, 0) || !output.read(options, ctx.err))
        return std::nullopt;
    return awardRoundOption(ctx, options);
}

auto findNominee(core::Database& db, const core::AwardRound& round, const QString& who) -> core::Nomination
{
    QList<core::Nomination> found;
    const QString text = who.trimmed();
    const core::NominationRepository nominations(db);
    for (const core::Nomination& n : nominations.ofRound(round.id)) {
        if (!n.active())
            continue;
        if (n.isCollective() ? n.teamName == text : (n.staffNo == text || n.memberName == text || n.nominee() == text))
            found << n;
    }
    QString problem;
    if (found.isEmpty())
        problem = QCoreApplication::translate("ud::app", "Round %1 has no nomination of %2.").arg(round.key, text);
    else if (found.size() > 1)
        problem = QCoreApplication::translate("ud::app",
                                              "Round %1 has %n nominations of %2; name the member by staff number.",
                                              nullptr, int(found.size()))
                      .arg(round.key, text);
    if (!problem.isEmpty())
        throw core::ValidationError(problem);
    return found.first();
}

namespace {

// ---- types and rounds

int typesList(CommandContext& ctx, const QStringList& args)
{
    CommandOptions options(args, ctx.err);
    CliOutput::declare(options);
    CliOutput output(ctx.out);
    if (!options.parse(0, 0) || !output.read(options, ctx.err))
        return 2;
    // A database that never had awards lists the plan's types, which it gets with its first round or history.
    core::AwardTypeRepository repo(ctx.database());
    output.write(output.forScripts() ? core::AwardTypeRepository::csvHeader() : core::AwardTypeRepository::listTitles(),
                 repo.listRows(output.forScripts()));
    return 0;
}

QString roundAddHelp()
{
    return Tr::tr(
        "Usage: uniondesk [--db PATH|URL] awards round add --key KEY --year Y --award NAME [--quota N]\n"
        "           [--quota-percent P --cutoff DATE] [--opens DATE] [--closes DATE] [--committee-weight W]\n"
        "           [--objections-to TEXT]\n"
        "Adds a round of an award (its name as `awards types list` gives it, e.g. 最美教师) in year Y, taking\n"
        "nominations. KEY names the round in the other awards commands (e.g. 2024-最美教师).\n"
        "  --quota N              how many are awarded at most (the total quota; default no limit)\n"
        "  --quota-percent P      a sub-union may nominate P % of its active members on the cut-off date\n"
        "  --cutoff DATE          that day; the quotas are computed at once (rounding and the minimum of 1 are\n"
        "                         settings) and listed by `awards quotas`\n"
        "  --opens, --closes      the nomination window\n"
        "  --committee-weight W   the committee's score counts W %, the public vote 100 - W % (default 100:\n"
        "                         no public vote)\n"
        "  --objections-to TEXT   where the 公示 notice sends objections\n"
        "A database without award types gets the plan's (最美教师, 三育人先进, 巾帼文明岗, 巾帼建功标兵, "
        "工会工作先进,\n"
        "优秀工会积极分子) first.\n"
        "\n"
        "Exit codes: 0 added, 1 refused (the reason on standard error), 2 wrong use.\n");
}

int roundAdd(CommandContext& ctx, const QStringList& args)
{
    CommandOptions options(args, ctx.err);
    for (const char* name : {"key", "year", "award", "quota", "quota-percent", "cutoff", "opens", "closes",
                             "committee-weight", "objections-to"})
        options.value(QString::fromLatin1(name));
    if (!options.parse(0, 0))
        return 2;
    core::AwardRound r;
    r.key = options.get(QStringLiteral("key")).trimmed();
    if (r.key.isEmpty() || !options.has(QStringLiteral("year")) || options.get(QStringLiteral("award")).isEmpty()) {
        ctx.err << Tr::tr("awards round add needs --key, --year and --award.") << '\n';
        return 2;
    }
    if (!readAwardNumber(options, QStringLiteral("year"), 1900, 2999, &r.year, ctx.err) ||
        !readAwardNumber(options, QStringLiteral("quota"), 0, 99999, &r.totalQuota, ctx.err) ||
        !readAwardNumber(options, QStringLiteral("committee-weight"), 0, 100, &r.committeeWeight, ctx.err) ||
        !readAwardDate(options, QStringLiteral("cutoff"), &r.cutoff, ctx.err) ||
        !readAwardDate(options, QStringLiteral("opens"), &r.opens, ctx.err) ||
        !readAwardDate(options, QStringLiteral("closes"), &r.closes, ctx.err))
        return 2;
    if (options.has(QStringLiteral("quota-percent"))) {
        const auto percent = core::parsePercent(options.get(QStringLiteral("quota-percent")));
        if (!percent) {
            ctx.err << Tr::tr("--quota-percent must be a percent from 0 to 100 with at most two decimals, e.g. 4 or "
                              "2.5.")
                    << '\n';
            return 2;
        }
        r.quotaBp = *percent;
        if (r.quotaBp > 0 && !r.cutoff.isValid()) {
            ctx.err << Tr::tr("--quota-percent needs --cutoff DATE: the day whose active members count.") << '\n';
            return 2;
        }
    }
    r.objectionsTo = options.get(QStringLiteral("objections-to"));
    core::Database& db = ctx.database();
    core::AwardTypeRepository types(db);
    if (types.all().isEmpty())
        types.addDefaults();
    r.awardTypeId = types.requireName(options.get(QStringLiteral("award"))).id;
    core::AwardRoundRepository rounds(db);
    const qint64 id = rounds.open(r);
    const core::AwardRound stored = rounds.require(id);
    ctx.out << Tr::tr("Added round %1: %2 %3.").arg(stored.key).arg(stored.year).arg(stored.awardName) << '\n';
    if (stored.quotaBp > 0) {
        int total = 0;
        const QList<core::AwardQuota> quotas = rounds.quotas(id);
        for (const core::AwardQuota& q : quotas)
            total += q.quota;
        ctx.out << Tr::tr("Quotas: %1 % of the active members on %2; %n sub-union(s), %3 nominations in all.", nullptr,
                          int(quotas.size()))
                       .arg(core::percentText(stored.quotaBp), core::isoDateText(stored.cutoff))
                       .arg(total)
                << '\n';
    }
    return 0;
}

QStringList roundKeys()
{
    return {QStringLiteral("key"),           QStringLiteral("year"),
            QStringLiteral("award"),         QStringLiteral("stage"),
            QStringLiteral("total_quota"),   QStringLiteral("quota_percent"),
            QStringLiteral("cutoff"),        QStringLiteral("nominations"),
            QStringLiteral("selected"),      QStringLiteral("publicity_start"),
            QStringLiteral("publicity_end"), QStringLiteral("finalized")};
}

QStringList roundTitles()
{
    return {Tr::tr("Key"),         Tr::tr("Year"),           Tr::tr("Award"),           Tr::tr("Stage"),
            Tr::tr("Total quota"), Tr::tr("Quota %"),        Tr::tr("Headcount on"),    Tr::tr("Nominations"),
            Tr::tr("Selected"),    Tr::tr("Publicity from"), Tr::tr("Publicity until"), Tr::tr("Final on")};
}

int roundList(CommandContext& ctx, const QStringList& args)
{
    CommandOptions options(args, ctx.err);
    options.value(QStringLiteral("year"));
    CliOutput::declare(options);
    CliOutput output(ctx.out);
    int year = 0;
    if (!options.parse(0, 0) || !output.read(options, ctx.err) ||
        !readAwardNumber(options, QStringLiteral("year"), 1900, 2999, &year, ctx.err))
        return 2;
    core::Database& db = ctx.database();
    output.begin(output.forScripts() ? roundKeys() : roundTitles());
    core::NominationRepository nominations(db);
    for (const core::AwardRound& r : core::AwardRoundRepository(db).ofYear(year)) {
        int active = 0, selected = 0;
        for (const core::Nomination& n : nominations.ofRound(r.id)) {
            active += n.active() ? 1 : 0;
            selected += n.status == core::NominationStatus::Selected || n.status == core::NominationStatus::Final;
        }
        output.row({r.key, QString::number(r.year), r.awardName,
                    output.forScripts() ? core::roundStages().key(r.stage) : core::roundStages().label(r.stage),
                    QString::number(r.totalQuota), r.quotaBp ? core::percentText(r.quotaBp) : QString(),
                    core::isoDateText(r.cutoff), QString::number(active), QString::number(selected),
                    core::isoDateText(r.publicityStart), core::isoDateText(r.publicityEnd),
                    core::isoDateText(r.finalized)});
    }
    output.finish();
    return 0;
}

// ---- quotas

int quotasList(CommandContext& ctx, const QStringList& args)
{
    CliOutput output(ctx.out);
    const auto round = roundListing(ctx, args, output);
    if (!round)
        return 2;
    core::Database& db = ctx.database();
    QHash<qint64, int> nominated;
    for (const core::Nomination& n : core::NominationRepository(db).ofRound(round->id))
        if (n.active())
            ++nominated[n.unitId];
    output.begin(output.forScripts()
                     ? QStringList{QStringLiteral("unit_code"), QStringLiteral("unit"), QStringLiteral("headcount"),
                                   QStringLiteral("computed"), QStringLiteral("quota"), QStringLiteral("nominated"),
                                   QStringLiteral("reason")}
                     : QStringList{Tr::tr("Code"), Tr::tr("Sub-union"), Tr::tr("Active members"),
                                   Tr::tr("Computed quota"), Tr::tr("Quota"), Tr::tr("Nominated"),
                                   Tr::tr("Reason for the change")});
    for (const core::AwardQuota& q : core::AwardRoundRepository(db).quotas(round->id))
        output.row({q.unitCode, q.unitName, QString::number(q.headcount), QString::number(q.computed),
                    QString::number(q.quota), QString::number(nominated.value(q.unitId)), q.reason});
    output.finish();
    return 0;
}

QString quotaSetHelp()
{
    return Tr::tr(
        "Usage: uniondesk [--db PATH|URL] awards quota set --round KEY --unit CODE --quota N [--reason TEXT]\n"
        "Sets a sub-union's quota in the round by hand (e.g. +5 % for completed duties, 0 for unpaid\n"
        "dues). A quota other than the computed one needs the reason, which the change history keeps; the\n"
        "computed quota without a reason takes the change back.\n"
        "\n"
        "Exit codes: 0 set, 1 refused (the reason on standard error), 2 wrong use.\n");
}

int quotaSet(CommandContext& ctx, const QStringList& args)
{
    CommandOptions options(args, ctx.err);
    options.value(QStringLiteral("round")).value(QStringLiteral("unit")).value(QStringLiteral("quota"));
    options.value(QStringLiteral("reason"));
    int quota = -1;
    if (!options.parse(0, 0) || !readAwardNumber(options, QStringLiteral("quota"), 0, 999999, &quota, ctx.err))
        return 2;
    if (quota < 0 || options.get(QStringLiteral("unit")).isEmpty()) {
        ctx.err << Tr::tr("awards quota set needs --round, --unit and --quota.") << '\n';
        return 2;
    }
    const auto round = awardRoundOption(ctx, options);
    if (!round)
        return 2;
    core::Database& db = ctx.database();
    const QString code = options.get(QStringLiteral("unit")).trimmed();
    const auto unit = core::SubUnitRepository(db).byCode(code);
    if (!unit) {
        ctx.err << Tr::tr("No sub-union has the code \"%1\". `uniondesk units list` shows the codes.").arg(code)
                << '\n';
        return 2;
    }
    core::AwardRoundRepository(db).setQuota(round->id, unit->id, quota, options.get(QStringLiteral("reason")));
    ctx.out << Tr::tr("Quota of %1 in round %2: %3.").arg(unit->name, round->key).arg(quota) << '\n';
    return 0;
}

// ---- nominations

QString importHelp()
{
    return Tr::tr(
        "Usage: uniondesk [--db PATH|URL] awards nominations import FILE.xlsx|FILE.csv --round KEY [--dry-run]\n"
        "Imports nominations into a round that takes them. Columns:\n"
        "  被推荐人   a member's staff number or unique name, or a collective's name\n"
        "  类型       个人 or 集体 (may be left out when the award is for one kind only)\n"
        "  推荐单位   the nominating sub-union's code or name\n"
        "  负责人     a collective's head (staff number)\n"
        "  成员       a collective's members on the roster: staff numbers separated by 、 , ， ; ； or spaces\n"
        "  总人数, 女性人数   the collective as a whole, when some are not union members\n"
        "  事迹       the deeds\n"
        "and optionally 所在单位, 附件 (是/否), 已公示 (是/否), 备注.\n"
        "The rows are checked one after the other by the award's rules (quota, repeat, women_share,\n"
        "female_head, min_size, not_active, duplicate, deeds_length): a check the award type refuses makes its\n"
        "row bad; the others are listed as warnings (\"row N: …\" on standard output) and do not block. All or\n"
        "nothing: bad rows go to standard error as \"row N: reason\" and nothing is stored. The last line on\n"
        "standard output is the summary.\n"
        "\n"
        "Exit codes: 0 imported, 1 nothing stored, 2 wrong use.\n");
}

int reportImport(CommandContext& ctx, const core::AwardImportResult& r)
{
    for (const QString& e : core::TableFile::cappedMessages(r.errors))
        ctx.err << e << '\n';
    if (!r.errors.isEmpty()) {
        ctx.err << Tr::tr("Nothing was imported: %n row(s) have errors.", nullptr, core::badRowCount(r)) << '\n';
        return 1;
    }
    for (const QString& w : core::TableFile::cappedMessages(r.warnings))
        ctx.out << w << '\n';
    ctx.out
        << (r.dryRun ? Tr::tr("Dry run, nothing stored: %1") : Tr::tr("Imported: %1")).arg(core::awardImportSummary(r))
        << '\n';
    return 0;
}

int nominationsImport(CommandContext& ctx, const QStringList& args)
{
    CommandOptions options(args, ctx.err);
    options.value(QStringLiteral("round")).flag(QStringLiteral("dry-run"));
    if (!options.parse(1, 1))
        return 2;
    if (options.get(QStringLiteral("round")).trimmed().isEmpty()) {
        ctx.err << Tr::tr("Name the round with --round KEY.") << '\n';
        return 2;
    }
    return reportImport(ctx, core::importNominations(ctx.database(), options.positionals().first(),
                                                     options.get(QStringLiteral("round")),
                                                     options.has(QStringLiteral("dry-run"))));
}

QString listHelp()
{
    return Tr::tr("Usage: uniondesk [--db PATH|URL] awards list --round KEY [--format csv|table|json] [--out FILE]\n"
                  "Lists the round's nominations in the order they came in, with the review and the checks.\n"
                  "csv keys: nominee,staff_no,kind,unit,status,score,votes,total,rank,people,women,attachments,\n"
                  "published,checks; nominee is the member's name or the collective's, kind individual|collective,\n"
                  "unit the nominating sub-union, status nominated|selected|withdrawn|final, score and total out of\n"
                  "100, rank in the review (empty when withdrawn), people and women of a collective, checks the keys\n"
                  "of the failed checks separated by spaces (`awards check` gives their sentences).\n"
                  "\n"
                  "Exit codes: 0 listed, 1 no such round, 2 wrong use.\n");
}

int nominationsList(CommandContext& ctx, const QStringList& args)
{
    CliOutput output(ctx.out);
    const auto round = roundListing(ctx, args, output);
    if (!round)
        return 2;
    core::Database& db = ctx.database();
    core::NominationRepository nominations(db);
    QHash<qint64, QStringList> checks;
    for (const core::AwardProblem& p : nominations.roundProblems(round->id))
        checks[p.nominationId] << (output.forScripts() ? core::awardRules().key(p.rule)
                                                       : core::awardRules().label(p.rule));
    QHash<qint64, core::RankedNomination> ranks;
    for (const core::RankedNomination& r : core::AwardRoundRepository(db).ranking(round->id))
        ranks.insert(r.nomination.id, r);
    output.begin(output.forScripts()
                     ? QStringList{QStringLiteral("nominee"), QStringLiteral("staff_no"), QStringLiteral("kind"),
                                   QStringLiteral("unit"), QStringLiteral("status"), QStringLiteral("score"),
                                   QStringLiteral("votes"), QStringLiteral("total"), QStringLiteral("rank"),
                                   QStringLiteral("people"), QStringLiteral("women"), QStringLiteral("attachments"),
                                   QStringLiteral("published"), QStringLiteral("checks")}
                     : QStringList{Tr::tr("Nominee"), Tr::tr("Staff number"), Tr::tr("Kind"), Tr::tr("Nominated by"),
                                   Tr::tr("Status"), Tr::tr("Score"), Tr::tr("Votes"), Tr::tr("Total"), Tr::tr("Rank"),
                                   Tr::tr("People"), Tr::tr("Women"), Tr::tr("Attachments"), Tr::tr("Published"),
                                   Tr::tr("Checks")});
    const bool scripts = output.forScripts();
    for (const core::Nomination& n : nominations.ofRound(round->id)) {
        const core::TeamCount c = nominations.teamCount(n);
        const bool ranked = ranks.contains(n.id);
        output.row({n.isCollective() ? n.teamName : n.memberName, n.staffNo,
                    scripts ? core::nomineeKinds().key(n.kind) : core::nomineeKinds().label(n.kind), n.unitName,
                    scripts ? core::nominationStatuses().key(n.status) : core::nominationStatuses().label(n.status),
                    core::scoreText(n.committeeScore), QString::number(n.publicVotes),
                    ranked ? core::scoreText(ranks.value(n.id).total) : QString(),
                    ranked ? QString::number(ranks.value(n.id).rank) : QString(),
                    n.isCollective() ? QString::number(c.size) : QString(),
                    n.isCollective() ? QString::number(c.women) : QString(),
                    scripts ? core::flagKey(n.attachments) : core::flagLabel(n.attachments),
                    scripts ? core::flagKey(n.published) : core::flagLabel(n.published),
                    checks.value(n.id).join(scripts ? QStringLiteral(" ") : Tr::tr(", "))});
    }
    output.finish();
    return 0;
}

QString checkHelp()
{
    return Tr::tr("Usage: uniondesk [--db PATH|URL] awards check --round KEY [--format csv|table|json] [--out FILE]\n"
                  "Checks the round's nominations (not the withdrawn ones) against the award's rules: one row per\n"
                  "nomination and failed check, nominations in the order they came in.\n"
                  "csv keys: nominee,unit,rule,severity,message; nominee is 张伟 20150032 or the collective's name,\n"
                  "unit the nominating sub-union, rule one of quota, repeat, women_share, female_head, min_size,\n"
                  "not_active, duplicate, deeds_length, severity refuse|warn as the award type says, message the\n"
                  "sentence, naming the rule. No rows: every nomination passes.\n"
                  "\n"
                  "Exit codes: 0 checked, 1 no such round, 2 wrong use.\n");
}

int check(CommandContext& ctx, const QStringList& args)
{
    CliOutput output(ctx.out);
    const auto round = roundListing(ctx, args, output);
    if (!round)
        return 2;
    core::Database& db = ctx.database();
    core::NominationRepository nominations(db);
    QHash<qint64, core::Nomination> byId;
    for (const core::Nomination& n : nominations.ofRound(round->id))
        byId.insert(n.id, n);
    const bool scripts = output.forScripts();
    output.begin(scripts ? QStringList{QStringLiteral("nominee"), QStringLiteral("unit"), QStringLiteral("rule"),
                                       QStringLiteral("severity"), QStringLiteral("message")}
                         : QStringList{Tr::tr("Nominee"), Tr::tr("Nominated by"), Tr::tr("Check"), Tr::tr("Severity"),
                                       Tr::tr("Message")});
    for (const core::AwardProblem& p : nominations.roundProblems(round->id)) {
        const core::Nomination& n = byId[p.nominationId];
        output.row(
            {n.nominee(), n.unitName, scripts ? core::awardRules().key(p.rule) : core::awardRules().label(p.rule),
             scripts ? core::checkSeverities().key(p.severity) : core::checkSeverities().label(p.severity), p.message});
    }
    output.finish();
    return 0;
}

// ---- history

QString historyImportHelp()
{
    return Tr::tr(
        "Usage: uniondesk [--db PATH|URL] awards history import FILE.xlsx|FILE.csv [--dry-run]\n"
        "Imports earlier years' awards into the awards history, which the repeat rule reads. Columns:\n"
        "工号 (or 姓名, when unique) for a member or 集体名称 for a collective (or one column 获奖者 holding\n"
        "either), 奖项 (an award's name as `awards types list` gives it), 年度; optionally 推荐单位 and 备注.\n"
        "An award already recorded (the same member or collective, award and year) is left as it is. All or\n"
        "nothing: bad rows go to standard error as \"row N: reason\".\n"
        "\n"
        "Exit codes: 0 imported, 1 nothing stored, 2 wrong use.\n");
}

int historyImport(CommandContext& ctx, const QStringList& args)
{
    CommandOptions options(args, ctx.err);
    options.flag(QStringLiteral("dry-run"));
    if (!options.parse(1, 1))
        return 2;
    core::Database& db = ctx.database();
    core::AwardTypeRepository types(db);
    if (types.all().isEmpty())
        types.addDefaults();
    return reportImport(
        ctx, core::importAwardHistory(db, options.positionals().first(), options.has(QStringLiteral("dry-run"))));
}

int historyList(CommandContext& ctx, const QStringList& args)
{
    CommandOptions options(args, ctx.err);
    options.value(QStringLiteral("year"));
    CliOutput::declare(options);
    CliOutput output(ctx.out);
    int year = 0;
    if (!options.parse(0, 0) || !output.read(options, ctx.err) ||
        !readAwardNumber(options, QStringLiteral("year"), 1900, 2999, &year, ctx.err))
        return 2;
    core::AwardHistoryRepository repo(ctx.database());
    output.write(output.forScripts() ? core::AwardHistoryRepository::listKeys()
                                     : core::AwardHistoryRepository::listTitles(),
                 repo.listRows(year, output.forScripts()));
    return 0;
}

} // namespace

void addAwardCommands(CommandLine& commandLine)
{
    const auto words = [](std::initializer_list<const char*> list) {
        QStringList w{QStringLiteral("awards")};
        for (const char* s : list)
            w << QString::fromLatin1(s);
        return w;
    };
    commandLine.add(
        {words({"types", "list"}), CliOutput::synopsis(), Tr::tr("list the award types and their rules"), typesList});
    Command& add = commandLine.add(
        {words({"round", "add"}),
         QStringLiteral("--key KEY --year Y --award NAME [--quota N] [--quota-percent P --cutoff DATE]"),
         Tr::tr("add an award round taking nominations, with the sub-unions' quotas (awards round add --help)"),
         roundAdd});
    add.writes = true;
    add.help = roundAddHelp;
    commandLine.add({words({"round", "list"}), QStringLiteral("[--year Y] ") + CliOutput::synopsis(),
                     Tr::tr("list the award rounds and their stages"), roundList});
    commandLine.add({words({"quotas"}), QStringLiteral("--round KEY ") + CliOutput::synopsis(),
                     Tr::tr("list the sub-unions' quotas of a round with their nominations"), quotasList});
    Command& quota =
        commandLine.add({words({"quota", "set"}), QStringLiteral("--round KEY --unit CODE --quota N [--reason TEXT]"),
                         Tr::tr("set a sub-union's quota by hand, with the reason (awards quota set "
                                "--help)"),
                         quotaSet});
    quota.writes = true;
    quota.help = quotaSetHelp;
    Command& import =
        commandLine.add({words({"nominations", "import"}), QStringLiteral("FILE.xlsx|FILE.csv --round KEY [--dry-run]"),
                         Tr::tr("import a round's nominations, checked by the award's rules, all or "
                                "nothing (awards nominations import --help)"),
                         nominationsImport});
    import.writes = true;
    import.help = importHelp;
    Command& list = commandLine.add({words({"list"}), QStringLiteral("--round KEY ") + CliOutput::synopsis(),
                                     Tr::tr("list a round's nominations with the review and the checks (awards list "
                                            "--help)"),
                                     nominationsList});
    list.help = listHelp;
    Command& checkCommand =
        commandLine.add({words({"check"}), QStringLiteral("--round KEY ") + CliOutput::synopsis(),
                         Tr::tr("check a round's nominations: one row per nomination and problem (csv keys nominee,"
                                "unit,rule,severity,message; awards check --help)"),
                         check});
    checkCommand.help = checkHelp;
    Command& history = commandLine.add({words({"history", "import"}), QStringLiteral("FILE.xlsx|FILE.csv [--dry-run]"),
                                        Tr::tr("import earlier years' awards into the awards history, all or nothing "
                                               "(awards history import --help)"),
                                        historyImport});
    history.writes = true;
    history.help = historyImportHelp;
    commandLine.add({words({"history", "list"}), QStringLiteral("[--year Y] ") + CliOutput::synopsis(),
                     Tr::tr("list the awards history (csv keys year,award,staff_no,name,collective,unit,source,round)"),
                     historyList});
}

} // namespace ud::app
