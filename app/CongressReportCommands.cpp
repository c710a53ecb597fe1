#include "app/CliOutput.h"
#include "app/CommandLine.h"
#include "app/Commands.h"

#include "core/congress/CongressRepositories.h"
#include "core/congress/ProposalReport.h"
#include "core/io/SafeOutput.h"
#include "core/report/ReportPrinter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace ud::app {

namespace {

QString reportHelp()
{
    return Tr::tr(
        "Usage: uniondesk [--db PATH|URL] congress report --session KEY [options]\n"
        "Counts the proposals of a congress session for the proposal work report: the items received and the\n"
        "cases after merging, the decisions and the filing rate, the categories and the proposers' delegations\n"
        "(of the items received), the lead units and the reply results (of the filed cases), the proposers'\n"
        "ratings and the satisfaction rate (of the rated cases).\n"
        "\n"
        "Options:\n"
        "  --session KEY               the session's key (e.g. 12-2)\n"
        "  --format csv|table|json     csv: the keys section,key,count,percent,replied,on_time,late,outstanding\n"
        "                              (the last four for the lead units only); table: for reading (default)\n"
        "  --decimals N                decimals of the percentages, 0 to 4 (default 0)\n"
        "  --rounding half-up|truncate|largest-remainder\n"
        "                              half-up (default; a table may sum to 99 or 101), truncate, or largest\n"
        "                              remainder (a table of shares sums to exactly 100)\n"
        "  --out FILE                  write to FILE: .pdf or .odt as printed, .xlsx one sheet per table,\n"
        "                              anything else in the --format\n"
        "\n"
        "Sections: received, decision, category, delegation, unit, result, rating, satisfaction.\n"
        "\n"
        "Exit codes:\n"
        "  0  written\n"
        "  1  no such session, or the database or the file could not be read or written\n"
        "  2  wrong use of the command (unknown option, bad value, missing --session)\n");
}

bool isDocument(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("pdf") || suffix == QLatin1String("odt") || suffix == QLatin1String("xlsx");
}

int congressReport(CommandContext& ctx, const QStringList& args)
{
    CommandOptions options(args, ctx.err);
    options.value(QStringLiteral("session")).value(QStringLiteral("decimals")).value(QStringLiteral("rounding"));
    CliOutput::declare(options);
    if (!options.parse(0, 0))
        return 2;
    const QString key = options.get(QStringLiteral("session")).trimmed();
    if (key.isEmpty()) {
        ctx.err << Tr::tr("--session is required.") << '\n';
        return 2;
    }
    core::PercentOptions percent;
    if (options.has(QStringLiteral("decimals"))) {
        bool ok = false;
        percent.decimals = options.get(QStringLiteral("decimals")).toInt(&ok);
        if (!ok || percent.decimals < 0 || percent.decimals > core::PercentOptions::MaxDecimals) {
            ctx.err << Tr::tr("--decimals must be a number from 0 to %1.").arg(core::PercentOptions::MaxDecimals)
                    << '\n';
            return 2;
        }
    }
    if (options.has(QStringLiteral("rounding"))) {
        const auto rounding = core::roundingFromKey(options.get(QStringLiteral("rounding")).trimmed());
        if (!rounding) {
            ctx.err << Tr::tr("--rounding must be half-up, truncate or largest-remainder.") << '\n';
            return 2;
        }
        percent.rounding = *rounding;
    }

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
        const core::CongressSession session = core::SessionRepository(ctx.database()).requireKey(key);
        const core::ProposalReport report(ctx.database(), session.id, percent);
        core::writeReports(report.documents(), out);
        ctx.out << Tr::tr("%1: written to %2.")
                       .arg(report.title(), QDir::toNativeSeparators(QFileInfo(out).absoluteFilePath()))
                << '\n';
        return 0;
    }

    CliOutput output(ctx.out);
    if (!output.read(options, ctx.err))
        return 2;
    const core::CongressSession session = core::SessionRepository(ctx.database()).requireKey(key);
    const core::ProposalReport report(ctx.database(), session.id, percent);
    QStringList header;
    if (output.forScripts())
        header << QStringLiteral("section") << QStringLiteral("key") << QStringLiteral("count")
               << QStringLiteral("percent") << core::ProposalReport::extraKeys();
    else
        header << Tr::tr("Section") << Tr::tr("Item") << Tr::tr("Count") << Tr::tr("Percent")
               << core::ProposalReport::extraTitles();
    QList<QStringList> rows = report.csvRows();
    if (!output.forScripts())
        for (QStringList& row : rows)
            row[0] = core::ProposalReport::sectionTitle(row.at(0));
    output.write(header, rows);
    return 0;
}

} // namespace

void addCongressReportCommands(CommandLine& commandLine)
{
    Command& report = commandLine.add(
        {{QStringLiteral("congress"), QStringLiteral("report")},
         QStringLiteral("--session KEY [--format csv|table|json] [--decimals N] "
                        "[--rounding half-up|truncate|largest-remainder] [--out FILE]"),
         Tr::tr("count a session's proposals for the proposal work report; csv keys section,key,count,percent, then "
                "replied,on_time,late,outstanding for the lead units (congress report --help)"),
         congressReport});
    report.needsFonts = true; // --out FILE.pdf lays text out
    report.help = reportHelp;
}

} // namespace ud::app
