#include "app/CliOutput.h"
#include "app/CommandLine.h"
#include "app/Commands.h"

#include "core/db/Error.h"
#include "core/io/DateText.h"
#include "core/io/SafeOutput.h"
#include "core/members/Member.h"
#include "core/members/MemberLists.h"
#include "core/report/ReportPrinter.h"
#include "core/units/SubUnitRepository.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

#include <functional>

namespace ud::app {

namespace {

// The cells of a MemberLists report row (after the running number) that the command line writes.
enum Cell { StaffNo = 1, Name = 2, Gender = 3, UnitName = 4, RetiresOn = 7 };

QString listSynopsis(const QString& options)
{
    return options + QStringLiteral(" [--unit CODE] [--format csv|table|json] [--out FILE.pdf|FILE.xlsx|FILE.csv]");
}

void declareListOptions(CommandOptions& options)
{
    options.value(QStringLiteral("unit"));
    CliOutput::declare(options);
}

/// A date option, required; on a missing or bad value writes why to `err`.
std::optional<QDate> dateOption(const CommandOptions& options, const QString& name, QTextStream& err)
{
    const QString text = options.get(name).trimmed();
    if (text.isEmpty()) {
        err << Tr::tr("--%1 is required.").arg(name) << '\n';
        return std::nullopt;
    }
    // A bare short number would be read as an Excel serial day; on the command line it is a mistake.
    static const QRegularExpression shortNumber(QStringLiteral("^\\d{1,7}$"));
    const auto date = shortNumber.match(text).hasMatch() ? std::nullopt : core::parseDateText(text);
    if (!date)
        err << Tr::tr("--%1 needs a date such as 2025-12-31, not \"%2\".").arg(name, text) << '\n';
    return date;
}

/// A whole number option from `min` to `max`; on a bad value writes why to `err`.
bool numberOption(const CommandOptions& options, const QString& name, int min, int max, QTextStream& err, int* value)
{
    bool ok = false;
    const int v = options.get(name).trimmed().toInt(&ok);
    if (!ok || v < min || v > max) {
        err << Tr::tr("--%1 must be a number from %2 to %3.").arg(name).arg(min).arg(max) << '\n';
        return false;
    }
    *value = v;
    return true;
}

/// Writes a list: to a .pdf or .xlsx file as printed (grouped by sub-union, phones masked), else through CliOutput
/// (to the terminal, or a .csv file, which is CSV unless --format says otherwise) with the stable keys for scripts.
/// `make` builds the report with the options given. Returns the exit code.
int writeList(CommandContext& ctx, const CommandOptions& options,
              const std::function<core::Report(const core::MemberLists::Options&)>& make, bool retiring)
{
    core::MemberLists::Options listOptions;
    if (options.has(QStringLiteral("unit"))) {
        const QString code = options.get(QStringLiteral("unit")).trimmed();
        const auto unit = core::SubUnitRepository(ctx.database()).byCode(code);
        if (!unit) {
            ctx.err << Tr::tr("No sub-union has the code \"%1\". `uniondesk units list` shows the codes.").arg(code)
                    << '\n';
            return 2;
        }
        listOptions.unitId = unit->id;
    }

    const QString out = options.get(QStringLiteral("out"));
    const QString suffix = QFileInfo(out).suffix().toLower();
    if (!out.isEmpty() && (suffix == QLatin1String("pdf") || suffix == QLatin1String("xlsx"))) {
        if (options.has(QStringLiteral("format"))) {
            ctx.err
                << Tr::tr("--format is for the terminal and .csv files; a .%1 file is written as printed.").arg(suffix)
                << '\n';
            return 2;
        }
        try {
            core::SafeOutput::checkTarget(out);
        } catch (const core::Error& e) {
            ctx.err << e.message() << '\n';
            return 2;
        }
        listOptions.groupByUnit = true;
        const core::Report report = make(listOptions);
        core::writeReport(report, out);
        ctx.out << Tr::tr("%1: %2 member(s), written to %3.")
                       .arg(report.title)
                       .arg(report.dataRowCount())
                       .arg(QDir::toNativeSeparators(QFileInfo(out).absoluteFilePath()))
                << '\n';
        return 0;
    }

    CliOutput output(ctx.out);
    if (!output.read(options, ctx.err,
                     suffix == QLatin1String("csv") ? CliOutput::Format::Csv : CliOutput::Format::Table))
        return 2;
    listOptions.groupByUnit = false; // one list in the order of the dates
    const core::Report report = make(listOptions);

    // The stored gender and birth date of each member, by staff number (the report shows the gender translated,
    // and the roster no birth date).
    struct Stored {
        QString gender;
        QString birthDate;
    };
    QHash<QString, Stored> stored;
    for (const QVariantMap& r : ctx.database().rows(QStringLiteral("SELECT staff_no, gender, birth_date FROM members")))
        stored.insert(r.value(QStringLiteral("staff_no")).toString(),
                      {r.value(QStringLiteral("gender")).toString(), r.value(QStringLiteral("birth_date")).toString()});

    const bool keys = output.forScripts();
    QStringList header;
    if (keys) {
        header = {QStringLiteral("staff_no"), QStringLiteral("name"), QStringLiteral("gender"),
                  QStringLiteral("birth_date"), QStringLiteral("unit_name")};
        if (retiring)
            header << QStringLiteral("retirement_date");
    } else {
        // The report's own titles (Staff no., Name, Gender, Sub-union, Retires on); the birth date's is the member's.
        header = {report.columns.value(StaffNo).title, report.columns.value(Name).title,
                  report.columns.value(Gender).title, core::Member::type().title(QStringLiteral("birth_date")),
                  report.columns.value(UnitName).title};
        if (retiring)
            header << report.columns.value(RetiresOn).title;
    }
    output.begin(header);
    for (const core::Report::Row& row : report.rows) {
        if (!row.heading.isEmpty())
            continue;
        const Stored s = stored.value(row.cells.value(StaffNo));
        QStringList cells{row.cells.value(StaffNo), row.cells.value(Name), keys ? s.gender : row.cells.value(Gender),
                          s.birthDate, row.cells.value(UnitName)};
        if (retiring)
            cells << row.cells.value(RetiresOn);
        output.row(cells);
    }
    output.finish();
    return 0;
}

int listsRetiring(CommandContext& ctx, const QStringList& args)
{
    CommandOptions options(args, ctx.err);
    options.value(QStringLiteral("from")).value(QStringLiteral("to"));
    declareListOptions(options);
    if (!options.parse(0, 0))
        return 2;
    const auto from = dateOption(options, QStringLiteral("from"), ctx.err);
    if (!from)
        return 2;
    const auto to = dateOption(options, QStringLiteral("to"), ctx.err);
    if (!to)
        return 2;
    if (*to < *from) {
        ctx.err
            << Tr::tr("--to (%1) lies before --from (%2).").arg(to->toString(Qt::ISODate), from->toString(Qt::ISODate))
            << '\n';
        return 2;
    }
    core::MemberLists lists(ctx.database());
    return writeList(
        ctx, options, [&](const core::MemberLists::Options& o) { return lists.retirements(*from, *to, o); }, true);
}

int listsBirthdays(CommandContext& ctx, const QStringList& args)
{
    CommandOptions options(args, ctx.err);
    options.value(QStringLiteral("month")).value(QStringLiteral("year"));
    declareListOptions(options);
    if (!options.parse(0, 0))
        return 2;
    int month = 0;
    int year = QDate::currentDate().year();
    if (!options.has(QStringLiteral("month"))) {
        ctx.err << Tr::tr("--%1 is required.").arg(QStringLiteral("month")) << '\n';
        return 2;
    }
    if (!numberOption(options, QStringLiteral("month"), 1, 12, ctx.err, &month))
        return 2;
    if (options.has(QStringLiteral("year")) &&
        !numberOption(options, QStringLiteral("year"), 1900, 2999, ctx.err, &year))
        return 2;
    core::MemberLists lists(ctx.database());
    return writeList(
        ctx, options, [&](const core::MemberLists::Options& o) { return lists.birthdays(year, month, o); }, false);
}

int listsRoster(CommandContext& ctx, const QStringList& args)
{
    CommandOptions options(args, ctx.err);
    options.value(QStringLiteral("as-of"));
    declareListOptions(options);
    if (!options.parse(0, 0))
        return 2;
    const auto date = dateOption(options, QStringLiteral("as-of"), ctx.err);
    if (!date)
        return 2;
    core::MemberLists lists(ctx.database());
    return writeList(
        ctx, options, [&](const core::MemberLists::Options& o) { return lists.rosterAsOf(*date, o); }, false);
}

} // namespace

void addMemberListCommands(CommandLine& commandLine)
{
    // Each may print to PDF, which lays text out with fonts.
    commandLine
        .add({{QStringLiteral("members"), QStringLiteral("lists"), QStringLiteral("retiring")},
              listSynopsis(QStringLiteral("--from DATE --to DATE")),
              Tr::tr("list the active members whose statutory retirement date (raised by month of birth since 2025; "
                     "a woman's original age as recorded, else the office's default) lies between two dates; csv "
                     "keys staff_no,name,gender,birth_date,unit_name,retirement_date; .pdf and .xlsx as printed"),
              listsRetiring})
        .needsFonts = true;
    commandLine
        .add({{QStringLiteral("members"), QStringLiteral("lists"), QStringLiteral("birthdays")},
              listSynopsis(QStringLiteral("--month M [--year Y]")),
              Tr::tr("list the active members born in a month, by day, for birthday greetings (ages in the year "
                     "given, this year by default); csv keys staff_no,name,gender,birth_date,unit_name"),
              listsBirthdays})
        .needsFonts = true;
    commandLine
        .add({{QStringLiteral("members"), QStringLiteral("lists"), QStringLiteral("roster")},
              listSynopsis(QStringLiteral("--as-of DATE")),
              Tr::tr("list everyone on the roster on a date, active and retired, from the dated status history; csv "
                     "keys staff_no,name,gender,birth_date,unit_name"),
              listsRoster})
        .needsFonts = true;
}

} // namespace ud::app
