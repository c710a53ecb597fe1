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

QString importHelp()
{
    return Tr::tr(
        "Usage: uniondesk [--db PATH|URL] units import FILE.xlsx|FILE.csv [options]\n"
        "Imports sub-unions from the first sheet of an .xlsx workbook or from a CSV file (UTF-8 or GBK/GB18030,\n"
        "detected). The first row names the columns: code, name, short_name, parent_code, sort_order, active\n"
        "(as `units list --format csv` writes them) or their titles (代码, 名称, 简称, 上级代码, 排序, 启用).\n"
        "A parent may be a sub-union of the same file. Everything is stored in one transaction: unless the\n"
        "import succeeds, nothing is stored.\n"
        "\n"
        "Options:\n"
        "  --skip-invalid              store the valid rows; list the invalid ones (without it, one invalid\n"
        "                              row means nothing is stored)\n"
        "  --on-duplicate skip|update|error\n"
        "                              rows whose code is already stored: leave the stored sub-union, update\n"
        "                              it from the row, or refuse the file (default)\n"
        "  --dry-run                   check and count everything, store nothing\n"
        "  --encoding utf-8|gb18030    how a CSV file is written (without it: detected; one encoding\n"
        "                              throughout, a row in another one is refused)\n"
        "\n"
        "Problems are written to standard error, one per line, as \"row N: reason\" (N as a spreadsheet\n"
        "numbers rows; the header is row 1). The last line on standard output is the summary.\n"
        "\n"
        "Exit codes:\n"
        "  0  imported (with --dry-run: the import would succeed)\n"
        "  1  nothing was stored: invalid rows, codes already stored, an unreadable file or a database error\n"
        "  2  wrong use of the command (unknown option, bad value, missing FILE)\n");
}

int unitsImport(CommandContext& ctx, const QStringList& args)
{
    CommandOptions options(args, ctx.err);
    options.flag(QStringLiteral("skip-invalid")).flag(QStringLiteral("dry-run")).value(QStringLiteral("on-duplicate"));
    options.value(QStringLiteral("encoding"));
    std::optional<core::Csv::Encoding> encoding;
    if (!options.parse(1, 1) || !options.encoding(&encoding))
        return 2;
    core::ImportOptions importOptions;
    importOptions.skipInvalid = options.has(QStringLiteral("skip-invalid"));
    importOptions.dryRun = options.has(QStringLiteral("dry-run"));
    const QString onDuplicate = options.get(QStringLiteral("on-duplicate"), QStringLiteral("error")).toLower();
    if (onDuplicate == QLatin1String("skip")) {
        importOptions.onDuplicate = core::OnDuplicate::Skip;
    } else if (onDuplicate == QLatin1String("update")) {
        importOptions.onDuplicate = core::OnDuplicate::Update;
    } else if (onDuplicate == QLatin1String("error")) {
        importOptions.onDuplicate = core::OnDuplicate::Error;
    } else {
        ctx.err << Tr::tr("--on-duplicate must be skip, update or error.") << '\n';
        return 2;
    }

    core::SubUnitRepository repo(ctx.database());
    const auto preview = repo.preview(options.positionals().first(), encoding);
    const core::ImportSummary summary = repo.apply(preview, importOptions);
    for (const QString& e : core::TableFile::cappedMessages(summary.errors))
        ctx.err << e << '\n';
    if (!summary.errors.isEmpty()) {
        ctx.err << Tr::tr("Nothing was imported: %1 row(s) have errors.").arg(summary.errors.size()) << '\n';
        ctx.out << core::importSummaryText(summary) << '\n';
        return 1;
    }
    for (const QString& line : core::TableFile::cappedMessages(preview.invalidLines())) // --skip-invalid: left out
        ctx.err << line << '\n';
    ctx.out << (importOptions.dryRun ? Tr::tr("Dry run, nothing stored: %1") : Tr::tr("Imported: %1"))
                   .arg(core::importSummaryText(summary))
            << '\n';
    // --skip-invalid with no valid row: nothing was stored, which a script must see.
    if (!importOptions.dryRun && summary.added + summary.updated == 0 && summary.invalid > 0)
        return 1;
    return 0;
}

QString mergeHelp()
{
    return Tr::tr("Usage: uniondesk [--db PATH|URL] units merge FROM INTO\n"
                  "Merges the sub-union with the code FROM into the one with the code INTO, in one transaction: its\n"
                  "members, their status events and the sub-units under it go to INTO, and FROM is deleted. Every\n"
                  "change is in the change history. For a sub-union stored twice, e.g. once by an import under the\n"
                  "name an HR file gives it.\n"
                  "\n"
                  "Exit codes:\n"
                  "  0  merged\n"
                  "  1  nothing was changed: a code that is not stored, the same code twice, INTO lying below FROM,\n"
                  "     or a database error\n"
                  "  2  wrong use of the command (unknown option, missing codes)\n");
}

int unitsMerge(CommandContext& ctx, const QStringList& args)
{
    CommandOptions options(args, ctx.err);
    if (!options.parse(2, 2))
        return 2;
    core::SubUnitRepository repo(ctx.database());
    QList<core::SubUnit> units;
    for (const QString& code : options.positionals()) {
        const auto unit = repo.byCode(code);
        if (!unit) {
            ctx.err << Tr::tr("No sub-union has the code %1.").arg(code) << '\n';
            return 1;
        }
        units << *unit;
    }
    const core::SubUnitRepository::Merge merge = repo.merge(units.at(0).id, units.at(1).id);
    ctx.out << Tr::tr("Merged %1 (%2) into %3 (%4): %n member(s) moved", nullptr, merge.members)
                   .arg(units.at(0).name, units.at(0).code, units.at(1).name, units.at(1).code)
            << Tr::tr(", %n status event(s) moved.", nullptr, merge.events) << '\n';
    return 0;
}

} // namespace

void addUnitCommands(CommandLine& commandLine)
{
    commandLine.add({{QStringLiteral("units"), QStringLiteral("list")},
                     CliOutput::synopsis(),
                     Tr::tr("list the sub-unions"),
                     unitsList});
    Command& import = commandLine.add(
        {{QStringLiteral("units"), QStringLiteral("import")},
         QStringLiteral("FILE.xlsx|FILE.csv [--skip-invalid] [--on-duplicate skip|update|error] [--dry-run] "
                        "[--encoding utf-8|gb18030]"),
         Tr::tr("import sub-unions; all or nothing unless --skip-invalid; exit code 0 imported, 1 nothing stored, 2 "
                "wrong use (units import --help)"),
         unitsImport});
    import.writes = true;
    import.help = importHelp;
    Command& merge = commandLine.add({{QStringLiteral("units"), QStringLiteral("merge")},
                                      QStringLiteral("FROM INTO"),
                                      Tr::tr("merge the sub-union with code FROM into the one with code INTO: its "
                                             "members and their history move, FROM is deleted (units merge --help)"),
                                      unitsMerge});
    merge.writes = true;
    merge.help = mergeHelp;
}

} // namespace ud::app
