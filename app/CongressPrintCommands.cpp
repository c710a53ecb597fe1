// congress print: the proposal forms, the compilation, the referral notices and the proposal work report of a
// session, to .pdf or .odt.

#include "app/CommandLine.h"
#include "app/Commands.h"

#include "core/congress/CongressRepositories.h"
#include "core/congress/ProposalDocuments.h"
#include "core/congress/ProposalReport.h"
#include "core/congress/ProposalRepository.h"
#include "core/db/Error.h"
#include "core/io/SafeOutput.h"

#include <QDir>
#include <QFileInfo>

namespace ud::app {

namespace {

const QStringList kRoundings{QStringLiteral("half-up"), QStringLiteral("truncate"),
                             QStringLiteral("largest-remainder")};

/// What `--report` asks for: the options of the proposal work report as given on the command line.
struct ReportRequest {
    int decimals = 0;
    QString rounding = QStringLiteral("half-up");
};

/// Prints the proposal work report of a session to `path` (.pdf or .odt).
int printReport(CommandContext& ctx, qint64 sessionId, const ReportRequest& request, const QString& path)
{
    core::PercentOptions options;
    options.decimals = request.decimals;
    options.rounding = request.rounding == QLatin1String("truncate")            ? core::Rounding::Truncate
                       : request.rounding == QLatin1String("largest-remainder") ? core::Rounding::LargestRemainder
                                                                                : core::Rounding::HalfUp;
    core::writeProposalReport(ctx.database(), sessionId, options, path);
    ctx.out << Tr::tr("%1: written to %2.")
                   .arg(core::ProposalReport(ctx.database(), sessionId, options).sessionName(),
                        QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()))
            << '\n';
    return 0;
}

int congressPrint(CommandContext& ctx, const QStringList& args)
{
    CommandOptions options(args, ctx.err);
    options.value(QStringLiteral("session"))
        .value(QStringLiteral("proposal"))
        .flag(QStringLiteral("all"))
        .flag(QStringLiteral("compilation"))
        .flag(QStringLiteral("report"))
        .flag(QStringLiteral("referral"))
        .value(QStringLiteral("unit"))
        .value(QStringLiteral("decimals"))
        .value(QStringLiteral("rounding"))
        .value(QStringLiteral("out"));
    if (!options.parse(0, 0))
        return 2;
    for (const QString& required : {QStringLiteral("session"), QStringLiteral("out")}) {
        if (options.get(required).trimmed().isEmpty()) {
            ctx.err << Tr::tr("--%1 is required.").arg(required) << '\n';
            return 2;
        }
    }
    // Exactly one document.
    QStringList chosen;
    for (const QString& what : {QStringLiteral("proposal"), QStringLiteral("all"), QStringLiteral("compilation"),
                                QStringLiteral("report"), QStringLiteral("referral")})
        if (options.has(what))
            chosen << QStringLiteral("--") + what;
    if (chosen.size() != 1) {
        ctx.err << (chosen.isEmpty()
                        ? Tr::tr("Say what to print: --proposal NUMBER, --all, --compilation, --report or --referral.")
                        : Tr::tr("Print one document at a time: %1 were given.").arg(chosen.join(QStringLiteral(", "))))
                << '\n';
        return 2;
    }
    if (options.has(QStringLiteral("unit")) && !options.has(QStringLiteral("referral"))) {
        ctx.err << Tr::tr("--unit goes with --referral.") << '\n';
        return 2;
    }
    const bool report = options.has(QStringLiteral("report"));
    if (!report && (options.has(QStringLiteral("decimals")) || options.has(QStringLiteral("rounding")))) {
        ctx.err << Tr::tr("--decimals and --rounding go with --report.") << '\n';
        return 2;
    }
    const QString out = options.get(QStringLiteral("out"));
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

    const QString key = options.get(QStringLiteral("session")).trimmed();
    core::Database& db = ctx.database();
    const auto session = core::SessionRepository(db).byKey(key);
    if (!session) {
        ctx.err << Tr::tr("No congress session has the key \"%1\".").arg(key) << '\n';
        return 2;
    }

    const QString written = QDir::toNativeSeparators(QFileInfo(out).absoluteFilePath());
    if (report) {
        ReportRequest request;
        if (options.has(QStringLiteral("decimals"))) {
            bool ok = false;
            request.decimals = options.get(QStringLiteral("decimals")).toInt(&ok);
            if (!ok || request.decimals < 0 || request.decimals > 4) {
                ctx.err << Tr::tr("--%1 must be a number from %2 to %3.").arg(QStringLiteral("decimals")).arg(0).arg(4)
                        << '\n';
                return 2;
            }
        }
        if (options.has(QStringLiteral("rounding"))) {
            request.rounding = options.get(QStringLiteral("rounding")).trimmed().toLower();
            if (!kRoundings.contains(request.rounding)) {
                ctx.err << Tr::tr("--rounding must be one of %1.").arg(kRoundings.join(QStringLiteral(", "))) << '\n';
                return 2;
            }
        }
        return printReport(ctx, session->id, request, out);
    }

    core::ProposalDocuments documents(db, session->id);
    std::unique_ptr<core::PrintedDocument> doc;
    QString what;
    if (options.has(QStringLiteral("proposal"))) {
        const QString number = options.get(QStringLiteral("proposal")).trimmed();
        const auto proposal = core::ProposalRepository(db).byNumber(session->id, number);
        if (!proposal) {
            ctx.err << Tr::tr("%1 has no proposal numbered \"%2\".").arg(session->name, number) << '\n';
            return 2;
        }
        doc = documents.form(proposal->id);
        what = Tr::tr("The form of proposal %1").arg(proposal->number);
    } else if (options.has(QStringLiteral("all"))) {
        doc = documents.allForms();
        what = Tr::tr("The forms of the proposals of %1").arg(session->name);
    } else if (options.has(QStringLiteral("compilation"))) {
        doc = documents.compilation();
        what = Tr::tr("The compilation of proposals of %1").arg(session->name);
    } else {
        std::optional<qint64> unitId;
        if (options.has(QStringLiteral("unit"))) {
            const QString name = options.get(QStringLiteral("unit")).trimmed();
            const auto unit = core::HandlingUnitRepository(db).byName(name);
            if (!unit) {
                ctx.err << Tr::tr("No handling unit is named \"%1\".").arg(name) << '\n';
                return 2;
            }
            unitId = unit->id;
        }
        doc = documents.referral(unitId);
        what = Tr::tr("The referral notices of %1").arg(session->name);
    }
    doc->write(out);
    if (suffix == QLatin1String("pdf"))
        ctx.out << Tr::tr("%1: %n page(s), written to %2.", nullptr, doc->pageCount()).arg(what, written) << '\n';
    else
        ctx.out << Tr::tr("%1: written to %2.").arg(what, written) << '\n';
    return 0;
}

} // namespace

void addCongressPrintCommands(CommandLine& commandLine)
{
    commandLine
        .add({{QStringLiteral("congress"), QStringLiteral("print")},
              QStringLiteral("--session KEY (--proposal NUMBER | --all | --compilation | --report [--decimals N] "
                             "[--rounding half-up|truncate|largest-remainder] | --referral [--unit NAME]) "
                             "--out FILE.pdf|FILE.odt"),
              Tr::tr("print a session's proposal form (one or all), the compilation of its filed proposals, the "
                     "proposal work report or the referral notices to the handling units, to .pdf or .odt"),
              congressPrint})
        .needsFonts = true;
}

} // namespace ud::app
