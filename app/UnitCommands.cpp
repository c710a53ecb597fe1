#include "app/CliOutput.h"
#include "app/CommandLine.h"
#include "app/Commands.h"
#include "core/units/SubUnitRepository.h"

#include <QCoreApplication>

namespace ud::app {

namespace {

int unitsList(CommandContext& ctx, const QStringList& args)
{
    CommandOptions options(args, ctx.err);
    CliOutput::declare(options);
    CliOutput output(ctx.out);
    if (!options.parse(0, 0) || !output.read(options, ctx.err))
        return 2;
    core::SubUnitRepository repo(ctx.database());
    output.write(core::SubUnitRepository::csvHeader(), repo.csvRows());
    return 0;
}

int unitsImport(CommandContext& ctx, const QStringList& args)
{
    CommandOptions options(args, ctx.err);
    options.value(QStringLiteral("encoding"));
    std::optional<core::Csv::Encoding> encoding;
    if (!options.parse(1, 1) || !options.encoding(&encoding))
        return 2;
    core::SubUnitRepository repo(ctx.database());
    const auto report = repo.importFile(options.positionals().first(), encoding);
    for (const QString& e : core::TableFile::cappedMessages(report.errors))
        ctx.err << e << '\n';
    if (!report.errors.isEmpty()) {
        ctx.err << Tr::tr("Nothing was imported: %1 row(s) have errors.").arg(report.errors.size()) << '\n';
        return 1;
    }
    ctx.out << Tr::tr("Imported: %1 added, %2 updated.").arg(report.added).arg(report.updated) << '\n';
    return 0;
}

} // namespace

void addUnitCommands(CommandLine& commandLine)
{
    commandLine.add({{QStringLiteral("units"), QStringLiteral("list")},
                     CliOutput::synopsis(),
                     Tr::tr("list the sub-unions"),
                     unitsList});
    commandLine
        .add({{QStringLiteral("units"), QStringLiteral("import")},
              QStringLiteral("FILE.xlsx|FILE.csv [--encoding utf-8|gb18030]"),
              Tr::tr("import sub-unions from a workbook or CSV (code,name,short_name,parent_code,sort_order,active, or "
                     "the column titles); all or nothing"),
              unitsImport})
        .writes = true;
}

} // namespace ud::app
