#include "app/CliOutput.h"
#include "app/CommandLine.h"
#include "app/Commands.h"

#include "core/io/DateText.h"
#include "core/members/MemberExport.h"
#include "core/units/SubUnitRepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace ud::app {

namespace {

/// Declares the options that choose the members (shared by export and list).
void declareFilterOptions(CommandOptions& options)
{
    options.value(QStringLiteral("search"))
        .value(QStringLiteral("unit"))
        .value(QStringLiteral("status"))
        .value(QStringLiteral("as-of"))
        .flag(QStringLiteral("unmasked"));
}

/// Turns the parsed options into export options; on a bad value writes why to `err` and returns false.
bool exportOptions(CommandContext& ctx, const CommandOptions& options, core::MemberExportOptions* out)
{
    core::MemberExportOptions result;
    result.filter.search = options.get(QStringLiteral("search"));
    if (options.has(QStringLiteral("unit"))) {
        const QString code = options.get(QStringLiteral("unit")).trimmed();
        const auto unit = core::SubUnitRepository(ctx.database()).byCode(code);
        if (!unit) {
            ctx.err << Tr::tr("No sub-union has the code \"%1\". `uniondesk units list` shows the codes.").arg(code)
                    << '\n';
            return false;
        }
        result.filter.unitId = unit->id;
    }
    if (options.has(QStringLiteral("status"))) {
        const QString text = options.get(QStringLiteral("status")).trimmed();
        const auto status = core::Member::statusFromKey(text);
        if (!status) {
            ctx.err << Tr::tr(
                           "Unknown status \"%1\": use active, retired, left or deceased (or 在册, 退休, 调离, 去世).")
                           .arg(text)
                    << '\n';
            return false;
        }
        result.filter.status = *status;
    }
    if (options.has(QStringLiteral("as-of"))) {
        const QString text = options.get(QStringLiteral("as-of")).trimmed();
        // A bare short number would be read as an Excel serial day; on the command line it is a mistake.
        static const QRegularExpression shortNumber(QStringLiteral("^\\d{1,7}$"));
        const auto date = shortNumber.match(text).hasMatch() ? std::nullopt : core::parseDateText(text);
        if (!date) {
            ctx.err << Tr::tr("--as-of needs a date such as 2024-12-31, not \"%1\".").arg(text) << '\n';
            return false;
        }
        result.asOf = *date;
        result.filter.today = *date; // ages are those of that day
    }
    result.unmasked = options.has(QStringLiteral("unmasked"));
    // Masked, --search finds hidden digits only in a complete number; unmasked, in any part.
    result.filter.fullNumbers = result.unmasked;
    *out = result;
    return true;
}

int membersExport(CommandContext& ctx, const QStringList& args)
{
    CommandOptions options(args, ctx.err);
    declareFilterOptions(options);
    if (!options.parse(1, 1))
        return 2;
    const QString path = options.positionals().first();
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("xlsx") && suffix != QLatin1String("csv")) {
        ctx.err << Tr::tr("The output file must end in .xlsx or .csv: %1").arg(QDir::toNativeSeparators(path)) << '\n';
        return 2;
    }
    core::MemberExportOptions exportOpts;
    if (!exportOptions(ctx, options, &exportOpts))
        return 2;
    const qint64 rows = core::exportMembers(ctx.database(), path, exportOpts);
    ctx.out << Tr::tr("Exported %1 member(s) to %2.")
                   .arg(rows)
                   .arg(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()))
            << '\n';
    if (exportOpts.unmasked)
        ctx.out << Tr::tr("ID and phone numbers are written in full; the export is recorded in the change history.")
                << '\n';
    else
        ctx.out << Tr::tr("ID and phone numbers are masked; --unmasked writes them in full.") << '\n';
    return 0;
}

int membersList(CommandContext& ctx, const QStringList& args)
{
    CommandOptions options(args, ctx.err);
    declareFilterOptions(options);
    CliOutput::declare(options);
    CliOutput output(ctx.out);
    if (!options.parse(0, 0) || !output.read(options, ctx.err))
        return 2;
    core::MemberExportOptions listOpts;
    if (!exportOptions(ctx, options, &listOpts))
        return 2;
    // For scripts: the stable keys and the stored values (M/F, active/retired/…), every column. For people: the
    // first ten columns with translated titles and labels.
    const core::MemberText text = output.forScripts() ? core::MemberText::Keys : core::MemberText::Labels;
    if (!output.forScripts())
        listOpts.columns = {core::MemberColumn::StaffNo,   core::MemberColumn::Name,     core::MemberColumn::Gender,
                            core::MemberColumn::BirthDate, core::MemberColumn::IdNumber, core::MemberColumn::UnitCode,
                            core::MemberColumn::UnitName,  core::MemberColumn::Status,   core::MemberColumn::Phone,
                            core::MemberColumn::JoinDate};
    core::Database& db = ctx.database();
    output.begin(core::memberHeader(core::memberExportColumns(listOpts), text));
    core::forEachMemberRow(db, listOpts, text, [&](const QStringList& row) {
        output.row(row);
        return true;
    });
    output.finish();
    if (listOpts.unmasked)
        core::recordUnmaskedExport(
            db, output.filePath().isEmpty() ? Tr::tr("(standard output)") : QDir::toNativeSeparators(output.filePath()),
            listOpts, output.rowCount());
    return 0;
}

} // namespace

void addMemberExportCommands(CommandLine& commandLine)
{
    commandLine.add({{QStringLiteral("members"), QStringLiteral("export")},
                     QStringLiteral("OUT.xlsx|OUT.csv [--search TEXT] [--unit CODE] [--status STATUS] [--as-of DATE] "
                                    "[--unmasked]"),
                     Tr::tr("export members with every column: .xlsx with translated titles, or .csv (UTF-8 with BOM) "
                            "whose header is the keys staff_no,name,gender,…; gender and status in words in both; ID "
                            "and phone masked unless --unmasked, which is recorded in the change history"),
                     membersExport,
                     false,
                     true});
    commandLine.add({{QStringLiteral("members"), QStringLiteral("list")},
                     QStringLiteral("[--search TEXT] [--unit CODE] [--status STATUS] [--as-of DATE] [--unmasked] ") +
                         CliOutput::synopsis(),
                     Tr::tr("list members; csv and json: keys as header and stored values (M/F, active, retired, left, "
                            "deceased), every column; table: ten columns in words; --as-of gives the roster of that "
                            "day from the status history; ID and phone masked unless --unmasked"),
                     membersList});
}

} // namespace ud::app
