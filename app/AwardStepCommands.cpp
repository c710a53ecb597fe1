#include "app/AwardCommandParts.h"
#include "app/CliOutput.h"
#include "app/CommandLine.h"
#include "app/Commands.h"
#include "core/awards/AwardRepositories.h"
#include "core/io/DateText.h"

#include <QCoreApplication>

namespace ud::app {

namespace {

int review(CommandContext& ctx, const QStringList& args)
{
    CommandOptions options(args, ctx.err);
    options.value(QStringLiteral("round")).flag(QStringLiteral("reopen"));
    if (!options.parse(0, 0))
        return 2;
    const auto round = awardRoundOption(ctx, options);
    if (!round)
        return 2;
    core::AwardRoundRepository rounds(ctx.database());
    if (options.has(QStringLiteral("reopen"))) {
        rounds.reopenNominations(round->id);
        ctx.out << Tr::tr("Round %1 takes nominations again.").arg(round->key) << '\n';
    } else {
        rounds.closeNominations(round->id);
        ctx.out << Tr::tr("Round %1 is in review; it takes no more nominations.").arg(round->key) << '\n';
    }
    return 0;
}

QString scoreHelp()
{
    return Tr::tr("Usage: uniondesk [--db PATH|URL] awards score --round KEY --nominee WHO --score S [--votes N]\n"
                  "Records the committee's score (0–100, two decimals at most) and the public votes of a nomination\n"
                  "during the review. WHO is a staff number, a member's name or a collective's name.\n"
                  "\n"
                  "Exit codes: 0 recorded, 1 refused (the reason on standard error), 2 wrong use.\n");
}

int score(CommandContext& ctx, const QStringList& args)
{
    CommandOptions options(args, ctx.err);
    options.value(QStringLiteral("round")).value(QStringLiteral("nominee")).value(QStringLiteral("score"));
    options.value(QStringLiteral("votes"));
    int votes = 0;
    if (!options.parse(0, 0) || !readAwardNumber(options, QStringLiteral("votes"), 0, 999999, &votes, ctx.err))
        return 2;
    const auto score = core::parseScore(options.get(QStringLiteral("score")));
    if (!score || options.get(QStringLiteral("nominee")).isEmpty()) {
        ctx.err << Tr::tr("awards score needs --nominee and --score, a number from 0 to 100.") << '\n';
        return 2;
    }
    const auto round = awardRoundOption(ctx, options);
    if (!round)
        return 2;
    core::Database& db = ctx.database();
    const core::Nomination n = findNominee(db, *round, options.get(QStringLiteral("nominee")));
    core::AwardRoundRepository(db).setScore(n.id, *score, options.has(QStringLiteral("votes")) ? votes : n.publicVotes);
    ctx.out << Tr::tr("%1: score %2.").arg(n.nominee(), core::scoreText(*score)) << '\n';
    return 0;
}

QString selectHelp()
{
    return Tr::tr("Usage: uniondesk [--db PATH|URL] awards select --round KEY [--nominee WHO [--off]]\n"
                  "Without --nominee: selects down the review's ranking (the committee's score and the public vote\n"
                  "weighted as the round says) within the total quota and each sub-union's quota, passing over\n"
                  "nominations a refusing check keeps out; the others are not selected. With --nominee: selects that\n"
                  "nomination by hand, or deselects it with --off.\n"
                  "\n"
                  "Exit codes: 0 selected, 1 refused (the reason on standard error), 2 wrong use.\n");
}

int select(CommandContext& ctx, const QStringList& args)
{
    CommandOptions options(args, ctx.err);
    options.value(QStringLiteral("round")).value(QStringLiteral("nominee")).flag(QStringLiteral("off"));
    if (!options.parse(0, 0))
        return 2;
    const auto round = awardRoundOption(ctx, options);
    if (!round)
        return 2;
    core::Database& db = ctx.database();
    core::AwardRoundRepository rounds(db);
    if (options.has(QStringLiteral("nominee"))) {
        const core::Nomination n = findNominee(db, *round, options.get(QStringLiteral("nominee")));
        const bool on = !options.has(QStringLiteral("off"));
        rounds.setSelected(n.id, on);
        ctx.out << (on ? Tr::tr("%1 is selected.") : Tr::tr("%1 is not selected.")).arg(n.nominee()) << '\n';
        return 0;
    }
    const int selected = rounds.selectByRanking(round->id);
    ctx.out << Tr::tr("Round %1: %n selected.", nullptr, selected).arg(round->key) << '\n';
    return 0;
}

QString publicityHelp()
{
    return Tr::tr(
        "Usage: uniondesk [--db PATH|URL] awards publicity --round KEY --start DATE [--days N]\n"
        "           [--objections-to TEXT] [--dry-run]\n"
        "Publishes the round's selected list (公示) from DATE for N working days (default: the setting, 5) and\n"
        "prints the last day (ISO) alone on a line. The days are counted on the working calendar: weekends,\n"
        "public holidays and the weekend days worked (调休); whether DATE counts as day 1 when it is a working\n"
        "day is the calendar's setting (yes unless changed). The round must be in review. With --dry-run only the\n"
        "last day is computed; nothing is stored.\n"
        "\n"
        "Exit codes: 0 published (or computed), 1 refused (the reason on standard error), 2 wrong use.\n");
}

int publicity(CommandContext& ctx, const QStringList& args)
{
    CommandOptions options(args, ctx.err);
    options.value(QStringLiteral("round")).value(QStringLiteral("start")).value(QStringLiteral("days"));
    options.value(QStringLiteral("objections-to")).flag(QStringLiteral("dry-run"));
    QDate start;
    int days = 0;
    if (!options.parse(0, 0) || !readAwardDate(options, QStringLiteral("start"), &start, ctx.err) ||
        !readAwardNumber(options, QStringLiteral("days"), 1, 99, &days, ctx.err))
        return 2;
    if (!start.isValid()) {
        ctx.err << Tr::tr("Give the first day of the 公示 with --start DATE.") << '\n';
        return 2;
    }
    const auto round = awardRoundOption(ctx, options);
    if (!round)
        return 2;
    core::Database& db = ctx.database();
    core::AwardRoundRepository rounds(db);
    if (days == 0)
        days = core::DatabaseSettings(db).value(core::settings::PublicityDays).toInt();
    if (options.has(QStringLiteral("dry-run"))) {
        ctx.out << core::isoDateText(rounds.publicityEnd(start, days)) << '\n';
        return 0;
    }
    rounds.startPublicity(round->id, start, days, options.get(QStringLiteral("objections-to")));
    ctx.out << core::isoDateText(rounds.require(round->id).publicityEnd) << '\n';
    return 0;
}

QString objectionAddHelp()
{
    return Tr::tr("Usage: uniondesk [--db PATH|URL] awards objection add --round KEY --nominee WHO --date DATE\n"
                  "           --content TEXT [--handled-by NAME]\n"
                  "Records an objection received during the round's 公示 to a nomination on the published list\n"
                  "(WHO: a staff number, a member's name or a collective's name) and prints its number, which\n"
                  "`awards objection close` takes.\n"
                  "\n"
                  "Exit codes: 0 recorded, 1 refused (the reason on standard error), 2 wrong use.\n");
}

int objectionAdd(CommandContext& ctx, const QStringList& args)
{
    CommandOptions options(args, ctx.err);
    for (const char* name : {"round", "nominee", "date", "content", "handled-by"})
        options.value(QString::fromLatin1(name));
    core::Objection o;
    if (!options.parse(0, 0) || !readAwardDate(options, QStringLiteral("date"), &o.received, ctx.err))
        return 2;
    if (!o.received.isValid() || options.get(QStringLiteral("nominee")).isEmpty() ||
        options.get(QStringLiteral("content")).trimmed().isEmpty()) {
        ctx.err << Tr::tr("awards objection add needs --round, --nominee, --date and --content.") << '\n';
        return 2;
    }
    const auto round = awardRoundOption(ctx, options);
    if (!round)
        return 2;
    core::Database& db = ctx.database();
    const core::Nomination n = findNominee(db, *round, options.get(QStringLiteral("nominee")));
    o.nominationId = n.id;
    o.content = options.get(QStringLiteral("content"));
    o.handledBy = options.get(QStringLiteral("handled-by"));
    const qint64 id = core::AwardRoundRepository(db).addObjection(o);
    ctx.out << Tr::tr("Objection %1 to %2 recorded.").arg(id).arg(n.nominee()) << '\n';
    return 0;
}

QString objectionCloseHelp()
{
    return Tr::tr("Usage: uniondesk [--db PATH|URL] awards objection close --id N --outcome upheld|dismissed\n"
                  "           [--date DATE] [--handled-by NAME] [--finding TEXT]\n"
                  "Closes objection N (as `awards objection list` numbers them) on DATE (today unless given).\n"
                  "Upheld withdraws the nomination from the list; dismissed leaves it.\n"
                  "\n"
                  "Exit codes: 0 closed, 1 refused (the reason on standard error), 2 wrong use.\n");
}

int objectionClose(CommandContext& ctx, const QStringList& args)
{
    CommandOptions options(args, ctx.err);
    for (const char* name : {"id", "outcome", "date", "handled-by", "finding"})
        options.value(QString::fromLatin1(name));
    QDate day = QDate::currentDate();
    int id = 0;
    if (!options.parse(0, 0) || !readAwardDate(options, QStringLiteral("date"), &day, ctx.err) ||
        !readAwardNumber(options, QStringLiteral("id"), 1, 2147483647, &id, ctx.err))
        return 2;
    const auto outcome = core::objectionOutcomes().fromKey(options.get(QStringLiteral("outcome")).trimmed().toLower());
    if (id == 0 || !outcome || *outcome == core::ObjectionOutcome::Pending) {
        ctx.err << Tr::tr("awards objection close needs --id and --outcome upheld or dismissed.") << '\n';
        return 2;
    }
    core::AwardRoundRepository(ctx.database())
        .closeObjection(id, *outcome, day, options.get(QStringLiteral("handled-by")),
                        options.get(QStringLiteral("finding")));
    ctx.out << Tr::tr("Objection %1: %2.").arg(id).arg(core::objectionOutcomes().label(*outcome)) << '\n';
    return 0;
}

int objectionList(CommandContext& ctx, const QStringList& args)
{
    CliOutput output(ctx.out);
    const auto round = roundListing(ctx, args, output);
    if (!round)
        return 2;
    const bool scripts = output.forScripts();
    output.begin(scripts ? QStringList{QStringLiteral("id"), QStringLiteral("received"), QStringLiteral("nominee"),
                                       QStringLiteral("content"), QStringLiteral("outcome"), QStringLiteral("closed"),
                                       QStringLiteral("handled_by"), QStringLiteral("finding")}
                         : QStringList{Tr::tr("No."), Tr::tr("Received"), Tr::tr("Nominee"), Tr::tr("Objection"),
                                       Tr::tr("Outcome"), Tr::tr("Closed"), Tr::tr("Handled by"), Tr::tr("Finding")});
    for (const core::Objection& o : core::AwardRoundRepository(ctx.database()).objections(round->id))
        output.row({QString::number(o.id), core::isoDateText(o.received), o.nominee, o.content,
                    scripts ? core::objectionOutcomes().key(o.outcome) : core::objectionOutcomes().label(o.outcome),
                    core::isoDateText(o.closed), o.handledBy, o.finding});
    output.finish();
    return 0;
}

QString finalizeHelp()
{
    return Tr::tr("Usage: uniondesk [--db PATH|URL] awards finalize --round KEY [--date DATE]\n"
                  "Locks the round's list as final on DATE (today unless given): only after the last day of the\n"
                  "公示 and with every objection closed. The nominations on the list are awarded and enter the awards\n"
                  "history. A final list changes no more until `awards unlock`.\n"
                  "\n"
                  "Exit codes: 0 final, 1 refused (the rule on standard error), 2 wrong use.\n");
}

int finalize(CommandContext& ctx, const QStringList& args)
{
    CommandOptions options(args, ctx.err);
    options.value(QStringLiteral("round")).value(QStringLiteral("date"));
    QDate day = QDate::currentDate();
    if (!options.parse(0, 0) || !readAwardDate(options, QStringLiteral("date"), &day, ctx.err))
        return 2;
    const auto round = awardRoundOption(ctx, options);
    if (!round)
        return 2;
    core::Database& db = ctx.database();
    core::AwardRoundRepository(db).finalize(round->id, day);
    int awarded = 0;
    for (const core::Nomination& n : core::NominationRepository(db).ofRound(round->id))
        awarded += n.status == core::NominationStatus::Final ? 1 : 0;
    ctx.out << Tr::tr("Round %1 is final: %n awarded.", nullptr, awarded).arg(round->key) << '\n';
    return 0;
}

int unlock(CommandContext& ctx, const QStringList& args)
{
    CommandOptions options(args, ctx.err);
    options.value(QStringLiteral("round")).value(QStringLiteral("reason"));
    if (!options.parse(0, 0))
        return 2;
    const auto round = awardRoundOption(ctx, options);
    if (!round)
        return 2;
    core::AwardRoundRepository(ctx.database()).unlock(round->id, options.get(QStringLiteral("reason")));
    ctx.out << Tr::tr("The final list of round %1 is unlocked.").arg(round->key) << '\n';
    return 0;
}

} // namespace

void addAwardStepCommands(CommandLine& commandLine)
{
    const auto words = [](std::initializer_list<const char*> list) {
        QStringList w{QStringLiteral("awards")};
        for (const char* s : list)
            w << QString::fromLatin1(s);
        return w;
    };
    commandLine
        .add({words({"review"}), QStringLiteral("--round KEY [--reopen]"),
              Tr::tr("close a round's nominations and begin the review (--reopen: take nominations again)"), review})
        .writes = true;
    Command& scoreCommand =
        commandLine.add({words({"score"}), QStringLiteral("--round KEY --nominee WHO --score S [--votes N]"),
                         Tr::tr("record a nomination's committee score and public votes"), score});
    scoreCommand.writes = true;
    scoreCommand.help = scoreHelp;
    Command& selectCommand = commandLine.add({words({"select"}), QStringLiteral("--round KEY [--nominee WHO [--off]]"),
                                              Tr::tr("select down the ranking within the quotas, or one nomination "
                                                     "by hand (awards select --help)"),
                                              select});
    selectCommand.writes = true;
    selectCommand.help = selectHelp;
    Command& publicityCommand =
        commandLine.add({words({"publicity"}), QStringLiteral("--round KEY --start DATE [--days N] [--dry-run]"),
                         Tr::tr("publish the selected list (公示) for N working days and print its last day (awards "
                                "publicity --help)"),
                         publicity});
    publicityCommand.writes = true;
    publicityCommand.help = publicityHelp;
    Command& add = commandLine.add({words({"objection", "add"}),
                                    QStringLiteral("--round KEY --nominee WHO --date DATE --content TEXT"),
                                    Tr::tr("record an objection during the 公示"), objectionAdd});
    add.writes = true;
    add.help = objectionAddHelp;
    Command& close = commandLine.add({words({"objection", "close"}),
                                      QStringLiteral("--id N --outcome upheld|dismissed [--date DATE]"),
                                      Tr::tr("close an objection: upheld withdraws the nomination"), objectionClose});
    close.writes = true;
    close.help = objectionCloseHelp;
    commandLine.add({words({"objection", "list"}), QStringLiteral("--round KEY ") + CliOutput::synopsis(),
                     Tr::tr("list a round's objections"), objectionList});
    Command& finalCommand =
        commandLine.add({words({"finalize"}), QStringLiteral("--round KEY [--date DATE]"),
                         Tr::tr("lock a round's list as final after its 公示 (awards finalize --help)"), finalize});
    finalCommand.writes = true;
    finalCommand.help = finalizeHelp;
    commandLine
        .add({words({"unlock"}), QStringLiteral("--round KEY --reason TEXT"),
              Tr::tr("unlock a final list; the reason is kept in the change history"), unlock})
        .writes = true;
}

} // namespace ud::app
