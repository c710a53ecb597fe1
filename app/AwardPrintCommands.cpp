// awards print: a round's 公示 notice (.pdf or .odt) and the certificates of its final list (.pdf).

#include "app/AwardCommandParts.h"
#include "app/CommandLine.h"
#include "app/Commands.h"

#include "core/awards/AwardDocuments.h"
#include "core/db/Error.h"
#include "core/io/SafeOutput.h"

#include <QDir>
#include <QFileInfo>

namespace ud::app {

namespace {

QString printHelp()
{
    return Tr::tr(
        "Usage: uniondesk [--db PATH|URL] awards print --round KEY (--notice | --certificates) --out FILE.pdf|.odt\n"
        "Prints a round's documents:\n"
        "  --notice          the 公示 notice (A4): the title, the list by sub-union, the period from the first to\n"
        "                    the last day of the 公示, where objections go, the union's name and the date; .pdf,\n"
        "                    or .odt for editing. The round's 公示 must have started.\n"
        "  --certificates    the certificates (奖状) of the final list, one A4 landscape page each, with the\n"
        "                    union's name, the award, the year, the nominee and the date; .pdf only. The list must\n"
        "                    be final.\n"
        "Options of the certificates:\n"
        "  --nominee WHO     only this nominee's certificate (a staff number, a member's name or a collective's\n"
        "                    name)\n"
        "  --date DATE       the date printed on them (default: the day the list became final)\n"
        "The certificates' wording is a setting of the database (Certificate Wording… on the 公示 tab of the\n"
        "window).\n"
        "\n"
        "Exit codes: 0 written, 1 refused (no such round, the 公示 not started, the list not final; the reason on\n"
        "standard error) or the file could not be written, 2 wrong use.\n");
}

int awardsPrint(CommandContext& ctx, const QStringList& args)
{
    CommandOptions options(args, ctx.err);
    options.value(QStringLiteral("round"))
        .flag(QStringLiteral("notice"))
        .flag(QStringLiteral("certificates"))
        .value(QStringLiteral("nominee"))
        .value(QStringLiteral("date"))
        .value(QStringLiteral("out"));
    if (!options.parse(0, 0))
        return 2;
    const bool notice = options.has(QStringLiteral("notice"));
    const bool certificates = options.has(QStringLiteral("certificates"));
    if (notice == certificates) {
        ctx.err << (notice ? Tr::tr("Print one document at a time: --notice or --certificates.")
                           : Tr::tr("Say what to print: --notice or --certificates."))
                << '\n';
        return 2;
    }
    if (notice && (options.has(QStringLiteral("nominee")) || options.has(QStringLiteral("date")))) {
        ctx.err << Tr::tr("--nominee and --date go with --certificates.") << '\n';
        return 2;
    }
    const QString out = options.get(QStringLiteral("out"));
    if (out.trimmed().isEmpty()) {
        ctx.err << Tr::tr("--%1 is required.").arg(QStringLiteral("out")) << '\n';
        return 2;
    }
    const QString suffix = QFileInfo(out).suffix().toLower();
    if (certificates && suffix != QLatin1String("pdf")) {
        ctx.err << Tr::tr("--out must name a .pdf file: certificates are printed on A4 landscape.") << '\n';
        return 2;
    }
    if (suffix != QLatin1String("pdf") && suffix != QLatin1String("odt")) {
        ctx.err << Tr::tr("--out must name a .pdf or an .odt file.") << '\n';
        return 2;
    }
    QDate date;
    if (!readAwardDate(options, QStringLiteral("date"), &date, ctx.err))
        return 2;
    try {
        core::SafeOutput::checkTarget(out);
    } catch (const core::Error& e) {
        ctx.err << e.message() << '\n';
        return 2;
    }
    const auto round = awardRoundOption(ctx, options);
    if (!round)
        return 2;

    core::Database& db = ctx.database();
    std::unique_ptr<core::PrintedDocument> doc;
    QString what;
    if (notice) {
        doc = core::publicityNotice(db, round->id);
        what = Tr::tr("The 公示 notice of round %1").arg(round->key);
    } else {
        QList<qint64> ids;
        if (options.has(QStringLiteral("nominee")))
            ids << findNominee(db, *round, options.get(QStringLiteral("nominee"))).id;
        doc = core::awardCertificates(db, round->id, ids, date);
        what = Tr::tr("The certificates of round %1").arg(round->key);
    }
    doc->write(out);
    const QString path = QDir::toNativeSeparators(QFileInfo(out).absoluteFilePath());
    if (suffix == QLatin1String("pdf"))
        ctx.out << Tr::tr("%1: %n page(s), written to %2.", nullptr, doc->pageCount()).arg(what, path) << '\n';
    else
        ctx.out << Tr::tr("%1: written to %2.").arg(what, path) << '\n';
    return 0;
}

} // namespace

void addAwardPrintCommands(CommandLine& commandLine)
{
    Command& print = commandLine.add(
        {{QStringLiteral("awards"), QStringLiteral("print")},
         QStringLiteral("--round KEY (--notice | --certificates [--nominee WHO] [--date DATE]) --out FILE.pdf|.odt"),
         Tr::tr("print a round's 公示 notice (.pdf or .odt) or the certificates of its final list (.pdf) (awards "
                "print --help)"),
         awardsPrint});
    print.needsFonts = true;
    print.help = printHelp;
}

} // namespace ud::app
