#include "app/CommandLine.h"
#include "app/Commands.h"

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
}

} // namespace ud::app
