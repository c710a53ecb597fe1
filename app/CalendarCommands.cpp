#include "app/CliOutput.h"
#include "app/CommandLine.h"
#include "app/Commands.h"

#include "core/calendar/CalendarRepository.h"
#include "core/calendar/WorkingCalendar.h"
#include "core/db/DatabaseSettings.h"
#include "core/io/DateText.h"
#include "core/io/TableFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace ud::app {

namespace {

bool readYear(const CommandOptions& options, QTextStream& err, int* year)
{
    bool ok = false;
    *year = options.get(QStringLiteral("year")).toInt(&ok);
    if (!options.has(QStringLiteral("year")) || !ok || *year < 1900 || *year > 2999) {
        err << Tr::tr("--year must be a year, e.g. 2025.") << '\n';
        return false;
    }
    return true;
}

// "Warning: no notice …" for each year the calendar counts as ordinary weeks.
void warnWithoutNotice(QTextStream& err, const QList<int>& years)
{
    for (const int year : years)
        err << Tr::tr("Warning: the working calendar has no notice for %1 (none imported, none built in); its days are "
                      "counted as an ordinary Monday–Friday week. Import the State Council's notice with `uniondesk "
                      "calendar import FILE --year %1`.")
                   .arg(year)
            << '\n';
}

QString calendarImportHelp()
{
    return Tr::tr(
        "Usage: uniondesk [--db PATH|URL] calendar import FILE --year Y [--encoding utf-8|gb18030]\n"
        "Reads the State Council's notice of a year's holidays (国务院办公厅关于20XX年部分节假日安排的通知)\n"
        "from FILE (its text as published, UTF-8 or GB18030, or a .docx) and stores its days off and its\n"
        "Saturdays and Sundays worked as the working calendar of year Y, in place of what the year had.\n"
        "Lines such as 二、春节：2月10日至17日放假调休，共8天。2月4日（星期日）、2月18日（星期日）上班。 are read;\n"
        "the title, the preamble and the signature are passed over. Every day read is printed. All or\n"
        "nothing: a line that cannot be read stores nothing, each such line as \"line N: reason\" on standard\n"
        "error; notes (a weekday that is not the date's, a count of days that does not match) are printed\n"
        "there too but do not stop the import. The import can be undone in the window (Edit › Import Log).\n"
        "\n"
        "Exit codes: 0 stored, 1 nothing stored (the reasons on standard error), 2 wrong use.\n");
}

int calendarImport(CommandContext& ctx, const QStringList& args)
{
    CommandOptions options(args, ctx.err);
    options.value(QStringLiteral("year")).value(QStringLiteral("encoding"));
    int year = 0;
    std::optional<core::Csv::Encoding> encoding;
    if (!options.parse(1, 1) || !readYear(options, ctx.err, &year) || !options.encoding(&encoding))
        return 2;
    const QString file = options.positionals().first();
    const core::CalendarRepository::NoticeImport result =
        core::CalendarRepository(ctx.database()).importNotice(file, year, encoding);
    const core::NoticeReading& r = result.reading;
    for (const QString& warning : core::TableFile::cappedMessages(r.warnings, 100))
        ctx.err << Tr::tr("Note: %1").arg(warning) << '\n';
    if (!result.stored) {
        for (const QString& problem : core::TableFile::cappedMessages(r.problems, 100))
            ctx.err << problem << '\n';
        ctx.err << Tr::tr("Nothing was imported: %1 has lines that cannot be read as a notice of %2.")
                       .arg(QDir::toNativeSeparators(file))
                       .arg(year)
                << '\n';
        return 1;
    }
    for (const core::CalendarDay& d : r.days)
        ctx.out << QStringLiteral("%1  %2  %3  %4")
                       .arg(d.date.toString(Qt::ISODate))
                       .arg(core::weekdayName(d.date.dayOfWeek()), -9)
                       .arg(core::dayKinds().label(d.kind), -11)
                       .arg(d.name)
                << '\n';
    ctx.out << Tr::tr("Imported the working calendar of %1 from %2: %3 days off, %4 Saturdays or Sundays worked.")
                   .arg(year)
                   .arg(QFileInfo(file).fileName())
                   .arg(r.holidayCount())
                   .arg(r.workdayCount())
            << '\n';
    return 0;
}

QString calendarListHelp()
{
    return Tr::tr("Usage: uniondesk [--db PATH|URL] calendar list --year Y [--format csv|table|json] [--out FILE]\n"
                  "Lists the days of year Y's notice that differ from an ordinary Monday–Friday week: the days off\n"
                  "from Monday to Friday and the Saturdays and Sundays worked (a Saturday inside a holiday is off\n"
                  "anyway and is not listed). The year's imported days, or where none were imported the built-in\n"
                  "notice (2024–2026); a year with neither lists nothing, with a warning on standard error.\n"
                  "csv keys: date,kind; kind holiday or workday. The table also gives the weekday and the holiday.\n"
                  "\n"
                  "Exit codes: 0 listed, 2 wrong use.\n");
}

int calendarList(CommandContext& ctx, const QStringList& args)
{
    CommandOptions options(args, ctx.err);
    options.value(QStringLiteral("year"));
    CliOutput::declare(options);
    CliOutput output(ctx.out);
    int year = 0;
    if (!options.parse(0, 0) || !output.read(options, ctx.err) || !readYear(options, ctx.err, &year))
        return 2;
    const core::WorkingCalendar calendar = core::WorkingCalendar::load(ctx.database(), year, year);
    if (calendar.source(year) == core::WorkingCalendar::Source::None)
        warnWithoutNotice(ctx.err, {year});
    QList<QStringList> rows;
    for (const core::CalendarDay& d : calendar.differingDays(year)) {
        if (output.forScripts())
            rows << QStringList{d.date.toString(Qt::ISODate), core::dayKinds().key(d.kind)};
        else
            rows << QStringList{d.date.toString(Qt::ISODate), core::weekdayName(d.date.dayOfWeek()),
                                core::dayKinds().label(d.kind), d.name};
    }
    const auto& type = core::CalendarDay::type();
    output.write(output.forScripts()
                     ? QStringList{QStringLiteral("date"), QStringLiteral("kind")}
                     : QStringList{type.title(QStringLiteral("day")), Tr::tr("Weekday"),
                                   type.title(QStringLiteral("kind")), type.title(QStringLiteral("name"))},
                 rows);
    return 0;
}

QString calendarWorkdaysHelp()
{
    return Tr::tr(
        "Usage: uniondesk [--db PATH|URL] calendar workdays --from DATE --days N [--start-counts yes|no]\n"
        "Prints the last day (ISO, alone on a line) of a period of N working days from DATE, on the working\n"
        "calendar: Monday to Friday, less the days off and plus the Saturdays and Sundays worked of each\n"
        "year's notice (imported, or built in for 2024–2026). With --start-counts yes, DATE is day 1 when it\n"
        "is a working day; with no, day 1 is the next working day. Without the option, the database's setting\n"
        "says (yes unless changed). A year with no notice is counted as ordinary weeks, with a warning on\n"
        "standard error. N is from 1 to 10000.\n"
        "\n"
        "Exit codes: 0 printed, 2 wrong use.\n");
}

int calendarWorkdays(CommandContext& ctx, const QStringList& args)
{
    CommandOptions options(args, ctx.err);
    options.value(QStringLiteral("from")).value(QStringLiteral("days")).value(QStringLiteral("start-counts"));
    if (!options.parse(0, 0))
        return 2;
    const std::optional<QDate> from = core::parseDateText(options.get(QStringLiteral("from")));
    if (!from) {
        ctx.err << Tr::tr("--from must be a date, e.g. 2025-09-26.") << '\n';
        return 2;
    }
    bool ok = false;
    const int days = options.get(QStringLiteral("days")).toInt(&ok);
    if (!ok || days < 1 || days > 10000) {
        ctx.err << Tr::tr("--days must be a number of working days from 1 to 10000.") << '\n';
        return 2;
    }
    bool startCounts = true;
    if (options.has(QStringLiteral("start-counts"))) {
        const QString value = options.get(QStringLiteral("start-counts")).trimmed().toLower();
        if (value != QLatin1String("yes") && value != QLatin1String("no")) {
            ctx.err << Tr::tr("--start-counts must be yes or no.") << '\n';
            return 2;
        }
        startCounts = value == QLatin1String("yes");
    } else {
        startCounts = core::DatabaseSettings(ctx.database()).isOn(core::settings::StartDayCounts);
    }
    // At least about 240 working days a year: the years the period can reach.
    const core::WorkingCalendar calendar =
        core::WorkingCalendar::load(ctx.database(), from->year(), from->year() + days / 240 + 1);
    const QDate end = calendar.addWorkingDays(*from, days, startCounts);
    warnWithoutNotice(ctx.err, calendar.yearsWithoutNotice(*from, end));
    ctx.out << end.toString(Qt::ISODate) << '\n';
    return 0;
}

} // namespace

void addCalendarCommands(CommandLine& commandLine)
{
    Command& import = commandLine.add({{QStringLiteral("calendar"), QStringLiteral("import")},
                                       QStringLiteral("FILE --year Y [--encoding utf-8|gb18030]"),
                                       Tr::tr("store a year's working calendar from the State Council's notice of its "
                                              "holidays (calendar import --help)"),
                                       calendarImport});
    import.writes = true;
    import.help = calendarImportHelp;
    Command& list = commandLine.add({{QStringLiteral("calendar"), QStringLiteral("list")},
                                     QStringLiteral("--year Y ") + CliOutput::synopsis(),
                                     Tr::tr("list a year's days off from Monday to Friday and Saturdays or Sundays "
                                            "worked (csv keys date,kind)"),
                                     calendarList});
    list.help = calendarListHelp;
    Command& workdays = commandLine.add({{QStringLiteral("calendar"), QStringLiteral("workdays")},
                                         QStringLiteral("--from DATE --days N [--start-counts yes|no]"),
                                         Tr::tr("print the last day of a period of N working days (a 公示)"),
                                         calendarWorkdays});
    workdays.help = calendarWorkdaysHelp;
}

} // namespace ud::app
