#include "app/CommandLine.h"
#include "app/Commands.h"

#include "core/db/Error.h"
#include "core/io/SafeOutput.h"
#include "core/yearbook/YearSummary.h"
#include "core/yearbook/Yearbook.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace ud::app {

namespace {

QString yearbookHelp()
{
    return Tr::tr("Usage: uniondesk [--db PATH|URL] yearbook --year Y --out FILE.xlsx [--unmasked]\n"
                  "Writes the year-end workbook (年终报表) of year Y: one worksheet per area, each with a bold frozen\n"
                  "header and an autofilter, dates as dates and amounts in yuan:\n"
                  "  Overview           the year's figures, with charts (members by sub-union, mutual-aid payouts by\n"
                  "                     month, work items by status)\n"
                  "  Members            the roster on 31 December, the year's changes, and the members by sub-union,\n"
                  "                     gender and age band\n"
                  "  Work progress      every item of the year's work plan with its status\n"
                  "  Proposals          the proposals of the year's congress sessions and the report's tables\n"
                  "  Mutual aid         enrollment by scheme and sub-union, the claims paid, each fund's statement\n"
                  "  Hardship and care  hardship support and care visits by sub-union and cause or kind, with totals\n"
                  "  Awards             the final lists, and their numbers by award and sub-union\n"
                  "ID and phone numbers are masked; --unmasked writes them in full and records the export in the\n"
                  "change history. The file appears only when complete.\n"
                  "\n"
                  "Exit codes:\n"
                  "  0  written\n"
                  "  1  the database or the file could not be read or written\n"
                  "  2  wrong use of the command (unknown option, bad year, missing --out or not .xlsx)\n");
}

int yearbook(CommandContext& ctx, const QStringList& args)
{
    CommandOptions options(args, ctx.err);
    options.value(QStringLiteral("year")).value(QStringLiteral("out")).flag(QStringLiteral("unmasked"));
    if (!options.parse(0, 0))
        return 2;
    core::YearbookOptions yearbookOptions;
    bool ok = false;
    yearbookOptions.year = options.get(QStringLiteral("year")).trimmed().toInt(&ok);
    if (!options.has(QStringLiteral("year")) || !ok || yearbookOptions.year < 1900 || yearbookOptions.year > 2999) {
        ctx.err << Tr::tr("--year must be a year, e.g. 2024.") << '\n';
        return 2;
    }
    const QString out = options.get(QStringLiteral("out")).trimmed();
    if (out.isEmpty() || QFileInfo(out).suffix().compare(QLatin1String("xlsx"), Qt::CaseInsensitive) != 0) {
        ctx.err << Tr::tr("--out must name an .xlsx file, e.g. --out 年终报表%1.xlsx.").arg(yearbookOptions.year)
                << '\n';
        return 2;
    }
    yearbookOptions.unmasked = options.has(QStringLiteral("unmasked"));
    if (yearbookOptions.unmasked && ctx.database().isReadOnly()) {
        ctx.err << Tr::tr("--unmasked is recorded in the change history, which a read-only database cannot take: %1")
                       .arg(ctx.database().readOnlyReason())
                << '\n';
        return 1;
    }
    const qint64 members = core::Yearbook::write(ctx.database(), out, yearbookOptions);
    ctx.out << Tr::tr("The year-end workbook of %1 (%2 member(s) on the roster of 31 December) was written to %3.")
                   .arg(yearbookOptions.year)
                   .arg(members)
                   .arg(QDir::toNativeSeparators(QFileInfo(out).absoluteFilePath()))
            << '\n';
    if (yearbookOptions.unmasked)
        ctx.out << Tr::tr("ID and phone numbers are written in full; the export is recorded in the change history.")
                << '\n';
    else
        ctx.out << Tr::tr("ID and phone numbers are masked; --unmasked writes them in full.") << '\n';
    return 0;
}

QString summaryHelp()
{
    return Tr::tr("Usage: uniondesk [--db PATH|URL] yearbook summary --year Y --out FILE.pdf|FILE.odt\n"
                  "Prints the figures of year Y that the union's annual work summary quotes, on A4 with the union's\n"
                  "name as heading: members on 31 December (by gender and sub-union), the year's new members, those\n"
                  "who left, retired or died, the sub-unions; the work plan's items done; the proposals received,\n"
                  "filed and replied and the satisfaction rate of the year's congress sessions; the mutual-aid\n"
                  "members, claims paid, payouts and fund balances by scheme; hardship support and care visits;\n"
                  "the awards given by award. .pdf for printing, .odt to edit in Word or WPS.\n"
                  "\n"
                  "Exit codes:\n"
                  "  0  written\n"
                  "  1  the database or the file could not be read or written\n"
                  "  2  wrong use of the command (unknown option, bad year, missing --out or not .pdf or .odt)\n");
}

int yearSummary(CommandContext& ctx, const QStringList& args)
{
    CommandOptions options(args, ctx.err);
    options.value(QStringLiteral("year")).value(QStringLiteral("out"));
    if (!options.parse(0, 0))
        return 2;
    bool ok = false;
    const int year = options.get(QStringLiteral("year")).trimmed().toInt(&ok);
    if (!options.has(QStringLiteral("year")) || !ok || year < 1900 || year > 2999) {
        ctx.err << Tr::tr("--year must be a year, e.g. 2024.") << '\n';
        return 2;
    }
    const QString out = options.get(QStringLiteral("out")).trimmed();
    const QString suffix = QFileInfo(out).suffix().toLower();
    if (out.isEmpty() || (suffix != QLatin1String("pdf") && suffix != QLatin1String("odt"))) {
        ctx.err << Tr::tr("--out must name a .pdf or an .odt file, e.g. --out 工会工作数据汇总%1.pdf.").arg(year)
                << '\n';
        return 2;
    }
    try {
        core::SafeOutput::checkTarget(out);
    } catch (const core::Error& e) {
        ctx.err << e.message() << '\n';
        return 2;
    }
    const core::YearSummary summary = core::yearSummary(ctx.database(), year);
    core::writeYearSummary(summary, out);
    // The same counts as the workbook's roster: working members and, apart, the retired.
    ctx.out << Tr::tr("The summary of %1 (%2 working and %3 retired member(s) on 31 December) was written to %4.")
                   .arg(year)
                   .arg(summary.members)
                   .arg(summary.retiredMembers)
                   .arg(QDir::toNativeSeparators(QFileInfo(out).absoluteFilePath()))
            << '\n';
    return 0;
}

} // namespace

void addYearbookCommands(CommandLine& commandLine)
{
    Command& command = commandLine.add({{QStringLiteral("yearbook")},
                                        QStringLiteral("--year Y --out FILE.xlsx [--unmasked]"),
                                        Tr::tr("write the year-end workbook (年终报表) of a year, one worksheet per "
                                               "area with charts; ID and phone masked unless --unmasked, which is "
                                               "recorded in the change history (yearbook --help)"),
                                        yearbook});
    command.help = yearbookHelp;

    Command& summary = commandLine.add({{QStringLiteral("yearbook"), QStringLiteral("summary")},
                                        QStringLiteral("--year Y --out FILE.pdf|FILE.odt"),
                                        Tr::tr("print the year's figures for the annual work summary on A4 (members, "
                                               "work plan, proposals, mutual aid, care, awards) as PDF or .odt "
                                               "(yearbook summary --help)"),
                                        yearSummary});
    summary.needsFonts = true;
    summary.help = summaryHelp;
}

} // namespace ud::app
