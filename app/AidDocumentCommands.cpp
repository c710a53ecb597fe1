// aid statement: the fund's yearly statement of a period; aid print: the claims' approval forms and the enrollment
// lists for signatures.

#include "app/CliOutput.h"
#include "app/CommandLine.h"
#include "app/Commands.h"

#include "core/aid/AidDocuments.h"
#include "core/db/Error.h"
#include "core/io/SafeOutput.h"
#include "core/report/ReportPrinter.h"
#include "core/units/SubUnitRepository.h"

#include <QDir>
#include <QFileInfo>

namespace ud::app {

namespace {

QString statementHelp()
{
    return Tr::tr(
        "Usage: uniondesk [--db PATH|URL] aid statement --scheme NAME --period KEY [options]\n"
        "The fund's statement of income and expenditure for one period of a mutual-aid scheme: the balance\n"
        "brought forward, the income by source, the payouts by part and the lump sums (claims and members paid),\n"
        "the other expenses, the members and shares enrolled, the claims rejected and the balance carried forward.\n"
        "\n"
        "Options:\n"
        "  --scheme NAME               the scheme's name\n"
        "  --period KEY                the period's key (e.g. 2024)\n"
        "  --format csv|table|json     csv: the keys section,key,label,amount,count, amounts in yuan with two\n"
        "                              decimals; table: for reading (default)\n"
        "  --out FILE                  write to FILE: .pdf or .odt as printed for publication, .xlsx as a sheet,\n"
        "                              anything else in the --format\n"
        "\n"
        "Sections: balance (brought_forward, carried_forward), income (by ledger kind), payout (by part, and\n"
        "lump_sum; count: claims), expense, total (income, payouts, expenditure), count (members_enrolled,\n"
        "shares_enrolled, claims_paid, members_paid, claims_rejected).\n"
        "\n"
        "Exit codes:\n"
        "  0  written\n"
        "  1  no such scheme or period, or the database or the file could not be read or written\n"
        "  2  wrong use of the command (unknown option, missing --scheme or --period)\n");
}

QString printHelp()
{
    return Tr::tr(
        "Usage: uniondesk [--db PATH|URL] aid print --scheme NAME --period KEY WHAT --out FILE.pdf|FILE.odt\n"
        "Prints the approval forms of claims (one A4 page each: the member, the claim, the calculation, the payout\n"
        "in figures and in Chinese capitals, and the three review signatures) or the enrollment list for\n"
        "signatures (each sub-union on its own page).\n"
        "\n"
        "WHAT is one of:\n"
        "  --claim ID [ID …]           the claims of these numbers (also --claim 3,5,7)\n"
        "  --status STATUS             every claim of the period in that status: draft, sub_union, office,\n"
        "                              committee, paid or rejected\n"
        "  --enrollment [--unit CODE]  the enrollment list, of one sub-union with --unit\n"
        "\n"
        "Exit codes:\n"
        "  0  written\n"
        "  1  no such scheme or period, no claim to print, or the file could not be written\n"
        "  2  wrong use of the command\n");
}

bool isDocument(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("pdf") || suffix == QLatin1String("odt") || suffix == QLatin1String("xlsx");
}

/// --scheme and --period, both required; false with the reason written when one is missing.
bool periodOptions(const CommandOptions& options, QTextStream& err, QString* scheme, QString* period)
{
    *scheme = options.get(QStringLiteral("scheme")).trimmed();
    *period = options.get(QStringLiteral("period")).trimmed();
    for (const QString& required : {QStringLiteral("scheme"), QStringLiteral("period")}) {
        if (options.get(required).trimmed().isEmpty()) {
            err << Tr::tr("--%1 is required.").arg(required) << '\n';
            return false;
        }
    }
    return true;
}

QString written(const QString& path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

int aidStatement(CommandContext& ctx, const QStringList& args)
{
    CommandOptions options(args, ctx.err);
    options.value(QStringLiteral("scheme")).value(QStringLiteral("period"));
    CliOutput::declare(options);
    if (!options.parse(0, 0))
        return 2;
    QString scheme;
    QString key;
    if (!periodOptions(options, ctx.err, &scheme, &key))
        return 2;

    const QString out = options.get(QStringLiteral("out"));
    if (!out.isEmpty() && isDocument(out)) {
        if (options.has(QStringLiteral("format"))) {
            ctx.err << Tr::tr("--format is for the terminal and .csv files; a .%1 file is written as printed.")
                           .arg(QFileInfo(out).suffix().toLower())
                    << '\n';
            return 2;
        }
        try {
            core::SafeOutput::checkTarget(out);
        } catch (const core::Error& e) {
            ctx.err << e.message() << '\n';
            return 2;
        }
        const core::AidPeriod period = core::PeriodRepository(ctx.database()).require(scheme, key);
        const core::AidStatement statement = core::aidStatement(ctx.database(), period.id);
        core::writeStatement(statement, out);
        ctx.out << Tr::tr("The statement of %1: written to %2.").arg(period.label(), written(out)) << '\n';
        return 0;
    }

    CliOutput output(ctx.out);
    if (!output.read(options, ctx.err))
        return 2;
    const core::AidPeriod period = core::PeriodRepository(ctx.database()).require(scheme, key);
    const core::AidStatement statement = core::aidStatement(ctx.database(), period.id);
    QStringList header;
    if (output.forScripts())
        header << QStringLiteral("section") << QStringLiteral("key") << QStringLiteral("label")
               << QStringLiteral("amount") << QStringLiteral("count");
    else
        header << Tr::tr("Section") << Tr::tr("Key") << Tr::tr("Item") << Tr::tr("Amount") << Tr::tr("Count");
    output.write(header, core::statementCsvRows(statement));
    return 0;
}

int aidPrint(CommandContext& ctx, const QStringList& args)
{
    CommandOptions options(args, ctx.err);
    options.value(QStringLiteral("scheme"))
        .value(QStringLiteral("period"))
        .value(QStringLiteral("claim"))
        .value(QStringLiteral("status"))
        .flag(QStringLiteral("enrollment"))
        .value(QStringLiteral("unit"))
        .value(QStringLiteral("out"));
    // Further claim numbers after --claim ID.
    if (!options.parse(0, -1))
        return 2;
    QString scheme;
    QString key;
    if (!periodOptions(options, ctx.err, &scheme, &key))
        return 2;
    const QString out = options.get(QStringLiteral("out"));
    if (out.trimmed().isEmpty()) {
        ctx.err << Tr::tr("--%1 is required.").arg(QStringLiteral("out")) << '\n';
        return 2;
    }
    QStringList chosen;
    for (const QString& what : {QStringLiteral("claim"), QStringLiteral("status"), QStringLiteral("enrollment")})
        if (options.has(what))
            chosen << QStringLiteral("--") + what;
    if (chosen.size() != 1) {
        ctx.err << (chosen.isEmpty()
                        ? Tr::tr("Say what to print: --claim ID, --status STATUS or --enrollment.")
                        : Tr::tr("Print one document at a time: %1 were given.").arg(chosen.join(QStringLiteral(", "))))
                << '\n';
        return 2;
    }
    if (!options.positionals().isEmpty() && !options.has(QStringLiteral("claim"))) {
        ctx.err << Tr::tr("Unexpected argument: %1").arg(options.positionals().constFirst()) << '\n';
        return 2;
    }
    if (options.has(QStringLiteral("unit")) && !options.has(QStringLiteral("enrollment"))) {
        ctx.err << Tr::tr("--unit goes with --enrollment.") << '\n';
        return 2;
    }
    QList<qint64> claimIds;
    if (options.has(QStringLiteral("claim"))) {
        QStringList texts = options.get(QStringLiteral("claim")).split(QLatin1Char(','), Qt::SkipEmptyParts);
        texts << options.positionals();
        for (const QString& t : std::as_const(texts)) {
            bool ok = false;
            const qint64 id = t.trimmed().toLongLong(&ok);
            if (!ok || id <= 0) {
                ctx.err << Tr::tr("--claim takes claim numbers: \"%1\" is not one.").arg(t.trimmed()) << '\n';
                return 2;
            }
            if (!claimIds.contains(id))
                claimIds << id;
        }
        if (claimIds.isEmpty()) {
            ctx.err << Tr::tr("--claim takes claim numbers: none was given.") << '\n';
            return 2;
        }
    }
    std::optional<core::ClaimStatus> status;
    if (options.has(QStringLiteral("status"))) {
        status = core::claimStatuses().fromText(options.get(QStringLiteral("status")).trimmed());
        if (!status) {
            QStringList keys;
            for (const core::ClaimStatus s : core::claimStatuses().values())
                keys << core::claimStatuses().key(s);
            ctx.err << Tr::tr("--status must be one of %1.").arg(keys.join(QStringLiteral(", "))) << '\n';
            return 2;
        }
    }
    const QString suffix = QFileInfo(out).suffix().toLower();
    if (suffix != QLatin1String("pdf") && suffix != QLatin1String("odt")) {
        ctx.err << Tr::tr("--out must name a .pdf or an .odt file.") << '\n';
        return 2;
    }
    try {
        core::SafeOutput::checkTarget(out);
    } catch (const core::Error& e) {
        ctx.err << e.message() << '\n';
        return 2;
    }

    core::Database& db = ctx.database();
    const core::AidPeriod period = core::PeriodRepository(db).require(scheme, key);

    if (options.has(QStringLiteral("enrollment"))) {
        std::optional<qint64> unitId;
        if (options.has(QStringLiteral("unit"))) {
            const QString code = options.get(QStringLiteral("unit")).trimmed();
            const auto unit = core::SubUnitRepository(db).byCode(code);
            if (!unit) {
                ctx.err << Tr::tr("No sub-union has the code \"%1\".").arg(code) << '\n';
                return 2;
            }
            unitId = unit->id;
        }
        const core::Report report = core::enrollmentSignatureList(db, period.id, unitId);
        core::writeReport(report, out);
        ctx.out << Tr::tr("%1: %n member(s), written to %2.", nullptr, report.dataRowCount())
                       .arg(report.title, written(out))
                << '\n';
        return 0;
    }

    core::ClaimRepository claims(db);
    QString what;
    if (status) {
        for (const core::AidClaim& c : claims.ofPeriod(period.id))
            if (c.status == *status)
                claimIds << c.id;
        if (claimIds.isEmpty()) {
            ctx.err << Tr::tr("No claim of %1 is in the status %2.")
                           .arg(period.label(), core::claimStatuses().label(*status))
                    << '\n';
            return 1;
        }
        what = Tr::tr("The approval forms of the claims of %1 in the status %2")
                   .arg(period.label(), core::claimStatuses().label(*status));
    } else {
        for (qint64 id : std::as_const(claimIds)) {
            const auto claim = claims.byId(id);
            if (!claim) {
                ctx.err << Tr::tr("There is no mutual-aid claim with the number %1.").arg(id) << '\n';
                return 1;
            }
            if (claim->periodId != period.id) {
                ctx.err << Tr::tr("Claim %1 is not one of %2.").arg(id).arg(period.label()) << '\n';
                return 2;
            }
        }
        what = claimIds.size() == 1 ? Tr::tr("The approval form of claim %1").arg(claimIds.constFirst())
                                    : Tr::tr("The approval forms of %n claim(s)", nullptr, int(claimIds.size()));
    }
    const auto doc = core::claimApprovalForms(db, claimIds);
    doc->write(out);
    if (suffix == QLatin1String("pdf"))
        ctx.out << Tr::tr("%1: %n page(s), written to %2.", nullptr, doc->pageCount()).arg(what, written(out)) << '\n';
    else
        ctx.out << Tr::tr("%1: written to %2.").arg(what, written(out)) << '\n';
    return 0;
}

} // namespace

void addAidDocumentCommands(CommandLine& commandLine)
{
    Command& statement =
        commandLine.add({{QStringLiteral("aid"), QStringLiteral("statement")},
                         QStringLiteral("--scheme NAME --period KEY [--format csv|table|json] [--out FILE]"),
                         Tr::tr("the fund's statement of income and expenditure of a mutual-aid period; csv keys "
                                "section,key,label,amount,count; --out FILE.pdf|.odt|.xlsx (aid statement --help)"),
                         aidStatement});
    statement.needsFonts = true; // --out FILE.pdf lays text out
    statement.help = statementHelp;

    Command& print = commandLine.add(
        {{QStringLiteral("aid"), QStringLiteral("print")},
         QStringLiteral("--scheme NAME --period KEY (--claim ID [ID …] | --status STATUS | --enrollment [--unit "
                        "CODE]) --out FILE.pdf|FILE.odt"),
         Tr::tr("print the approval forms of mutual-aid claims, or the enrollment list for signatures, to .pdf or "
                ".odt (aid print --help)"),
         aidPrint});
    print.needsFonts = true;
    print.help = printHelp;
}

} // namespace ud::app
