#include "app/CommandLine.h"
#include "app/Commands.h"

#include "core/members/MemberImport.h"

#include <QCoreApplication>

namespace ud::app {

namespace {

QString importHelp()
{
    return Tr::tr(
        "Usage: uniondesk [--db PATH|URL] members import FILE.xlsx|FILE.csv [options]\n"
        "Imports members from the first sheet of an .xlsx workbook or from a CSV file (UTF-8 or GBK/GB18030,\n"
        "detected). The first row names the columns: the usual Chinese headers (工号, 姓名, 性别, 身份证号码,\n"
        "所在单位, 手机号码, 入会时间, 状态 …) or the keys `members export` writes. Everything is stored in one\n"
        "transaction: unless the import succeeds, nothing is stored.\n"
        "\n"
        "Options:\n"
        "  --skip-invalid              store the valid rows; list the invalid ones (without it, one invalid\n"
        "                              row means nothing is stored)\n"
        "  --on-duplicate skip|update|error\n"
        "                              rows whose staff number or ID number is already stored: leave the\n"
        "                              stored member, update it from the row, or refuse the file (default)\n"
        "  --create-units              create the sub-unions the file names that do not exist (without it,\n"
        "                              they are listed and nothing is stored); not those for which a stored\n"
        "                              sub-union is proposed\n"
        "  --match-units               take the proposed stored sub-union for a name the file gives that matches\n"
        "                              none exactly, where there is exactly one proposal (经济学院 for\n"
        "                              经济学院分工会: one name contains the other, spaces and the words 分工会,\n"
        "                              二级工会, 工会 left aside); without it, proposals are listed and nothing is\n"
        "                              stored\n"
        "  --encoding utf-8|gb18030    the encoding of a CSV file, when the detection guesses wrong\n"
        "  --dry-run                   check and count everything, store nothing\n"
        "\n"
        "Problems are written to standard error, one per line, as \"row N: reason\" (N as a spreadsheet\n"
        "numbers rows; the header is row 1). The last line on standard output is the summary.\n"
        "\n"
        "Exit codes:\n"
        "  0  imported (with --dry-run: the import would succeed)\n"
        "  1  nothing was stored: invalid rows, duplicates, missing sub-unions, an unreadable file (an old .xls\n"
        "     or .et workbook: save it as .xlsx), a database error, or a cancelled run\n"
        "  2  wrong use of the command (unknown option, bad value, missing FILE)\n");
}

int membersImport(CommandContext& ctx, const QStringList& args)
{
    CommandOptions options(args, ctx.err);
    options.flag(QStringLiteral("skip-invalid"))
        .flag(QStringLiteral("dry-run"))
        .flag(QStringLiteral("create-units"))
        .flag(QStringLiteral("match-units"))
        .value(QStringLiteral("on-duplicate"))
        .value(QStringLiteral("encoding"));
    if (!options.parse(1, 1))
        return 2;

    core::MemberImport::Options importOptions;
    importOptions.skipInvalid = options.has(QStringLiteral("skip-invalid"));
    importOptions.createUnits = options.has(QStringLiteral("create-units"));
    importOptions.dryRun = options.has(QStringLiteral("dry-run"));
    const QString onDuplicate = options.get(QStringLiteral("on-duplicate"), QStringLiteral("error")).toLower();
    if (onDuplicate == QLatin1String("skip")) {
        importOptions.onDuplicate = core::MemberImport::OnDuplicate::Skip;
    } else if (onDuplicate == QLatin1String("update")) {
        importOptions.onDuplicate = core::MemberImport::OnDuplicate::Update;
    } else if (onDuplicate == QLatin1String("error")) {
        importOptions.onDuplicate = core::MemberImport::OnDuplicate::Error;
    } else {
        ctx.err << Tr::tr("--on-duplicate must be skip, update or error.") << '\n';
        return 2;
    }
    std::optional<core::Csv::Encoding> encoding;
    if (!options.encoding(&encoding))
        return 2;

    const core::MemberImport::Table table = core::MemberImport::load(options.positionals().first(), encoding);
    core::MemberImport importer(ctx.database());
    const core::MemberImport::Mapping mapping = core::MemberImport::autoMapping(table.header);
    const bool hasStaffNo = mapping.contains(core::MemberColumn::StaffNo);
    const bool hasName = mapping.contains(core::MemberColumn::Name);
    if (!hasStaffNo || !hasName) {
        ctx.err << core::MemberImport::rowMessage(
                       table.headerRow,
                       Tr::tr("the header needs a staff number and a name column (工号, 姓名); it has: %1.")
                           .arg(table.header.join(QLatin1String(", "))))
                << '\n';
        core::MemberImport::Summary none;
        ctx.out << core::MemberImport::summaryText(none) << '\n';
        return 1;
    }
    const core::MemberImport::Preview preview = importer.preview(table, mapping);

    if (options.has(QStringLiteral("match-units")))
        importOptions.unitChoices = preview.proposedChoices();

    core::MemberImport::Summary summary;
    summary.invalid = preview.invalidCount();
    const QStringList blockers = preview.blockers(importOptions);
    if (!blockers.isEmpty()) {
        for (const QString& line : core::TableFile::cappedMessages(blockers))
            ctx.err << line << '\n';
        bool oneProposed = false, severalProposed = false;
        for (int i = 0; i < preview.missingUnits.size(); ++i) {
            const auto proposals = preview.missingUnits.at(i).proposals.size();
            oneProposed = oneProposed || (proposals == 1 && !preview.unitChoice(i, importOptions));
            severalProposed = severalProposed || proposals > 1;
        }
        if (oneProposed)
            ctx.err << Tr::tr("Give --match-units to take the proposed sub-union where there is one.") << '\n';
        if (severalProposed)
            ctx.err << Tr::tr("Where several sub-unions are proposed, write the code or the full name of the right "
                              "one in the file.")
                    << '\n';
        ctx.err << Tr::tr("Nothing was imported.") << '\n';
        ctx.out << core::MemberImport::summaryText(summary) << '\n';
        return 1;
    }
    for (const QString& line : core::TableFile::cappedMessages(preview.invalidLines())) // --skip-invalid: left out
        ctx.err << line << '\n';
    summary = importer.execute(preview, importOptions);
    for (int i = 0; i < preview.missingUnits.size(); ++i)
        for (const core::SubUnit& u : preview.missingUnits.at(i).proposals)
            if (u.id == importOptions.unitChoices.value(i))
                ctx.out << Tr::tr("Sub-union %1 taken as the stored %2 (%3)")
                               .arg(preview.missingUnits.at(i).name, u.name, u.code)
                        << '\n';
    if (summary.unitsCreated > 0)
        ctx.out << (importOptions.dryRun ? Tr::tr("Sub-unions that would be created: %1")
                                         : Tr::tr("Sub-unions created: %1"))
                       .arg(summary.unitsCreated)
                << '\n';
    ctx.out << (importOptions.dryRun ? Tr::tr("Dry run, nothing stored: %1") : QStringLiteral("%1"))
                   .arg(core::MemberImport::summaryText(summary))
            << '\n';
    // --skip-invalid with no valid row: nothing was stored, which a script must see.
    if (!importOptions.dryRun && summary.imported + summary.updated == 0 && summary.invalid > 0)
        return 1;
    return 0;
}

} // namespace

void addMemberImportCommands(CommandLine& commandLine)
{
    Command& import =
        commandLine.add({{QStringLiteral("members"), QStringLiteral("import")},
                         QStringLiteral("FILE.xlsx|FILE.csv [--skip-invalid] [--dry-run] [--create-units] "
                                        "[--match-units] [--on-duplicate skip|update|error] "
                                        "[--encoding utf-8|gb18030]"),
                         Tr::tr("import members; all or nothing unless --skip-invalid; exit code 0 imported, 1 nothing "
                                "stored, 2 wrong use (members import --help)"),
                         membersImport});
    import.bulk = true;
    import.writes = true;
    import.help = importHelp;
}

} // namespace ud::app
