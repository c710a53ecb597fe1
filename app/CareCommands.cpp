#include "app/CliOutput.h"
#include "app/CommandLine.h"
#include "app/Commands.h"
#include "core/care/CareRepositories.h"
#include "core/units/SubUnitRepository.h"

#include <QCoreApplication>
#include <QDate>

namespace ud::app {

namespace {

QString careListHelp()
{
    return Tr::tr("Usage: uniondesk [--db PATH|URL] care list [--year Y] [--kind KEY] [--unit CODE]\n"
                  "           [--format csv|table|json] [--out FILE]\n"
                  "Lists the care visits (慰问) of a year (this year unless given), newest first, optionally of one\n"
                  "kind (its key, e.g. illness) and one sub-union (its code).\n"
                  "csv keys: date,staff_no,name,unit,kind,kind_name,amount,form,payer,reason,visitors; unit is the\n"
                  "sub-union's name, kind the kind's key, amount in yuan with two decimals, form cash|goods, payer\n"
                  "university|sub_union, reason the recorded reason for a visit over its kind's amount or frequency.\n"
                  "\n"
                  "Exit codes: 0 listed, 2 wrong use.\n");
}

int careList(CommandContext& ctx, const QStringList& args)
{
    CommandOptions options(args, ctx.err);
    options.value(QStringLiteral("year")).value(QStringLiteral("kind")).value(QStringLiteral("unit"));
    CliOutput::declare(options);
    CliOutput output(ctx.out);
    if (!options.parse(0, 0) || !output.read(options, ctx.err))
        return 2;
    core::CareFilter filter;
    filter.year = QDate::currentDate().year();
    if (options.has(QStringLiteral("year"))) {
        bool ok = false;
        filter.year = options.get(QStringLiteral("year")).toInt(&ok);
        if (!ok || filter.year < 1900 || filter.year > 2999) {
            ctx.err << Tr::tr("--year must be a year, e.g. 2024.") << '\n';
            return 2;
        }
    }
    filter.kindKey = options.get(QStringLiteral("kind")).trimmed();
    if (options.has(QStringLiteral("unit"))) {
        const QString code = options.get(QStringLiteral("unit")).trimmed();
        const auto unit = core::SubUnitRepository(ctx.database()).byCode(code);
        if (!unit) {
            ctx.err << Tr::tr("No sub-union has the code \"%1\". `uniondesk units list` shows the codes.").arg(code)
                    << '\n';
            return 2;
        }
        filter.unitId = unit->id;
    }
    core::CareVisitRepository repo(ctx.database());
    output.write(output.forScripts() ? core::CareVisitRepository::listKeys() : core::CareVisitRepository::listTitles(),
                 repo.listRows(filter, output.forScripts()));
    return 0;
}

} // namespace

void addCareCommands(CommandLine& commandLine)
{
    Command& list = commandLine.add({{QStringLiteral("care"), QStringLiteral("list")},
                                     QStringLiteral("[--year Y] [--kind KEY] [--unit CODE] ") + CliOutput::synopsis(),
                                     Tr::tr("list a year's care visits (csv keys date,staff_no,name,unit,kind,"
                                            "kind_name,amount,form,payer,reason,visitors; care list --help)"),
                                     careList});
    list.help = careListHelp;
}

} // namespace ud::app
