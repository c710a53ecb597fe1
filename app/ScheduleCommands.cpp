#include "app/CliOutput.h"
#include "app/CommandLine.h"
#include "app/Commands.h"

#include "core/report/ReportPrinter.h"
#include "core/schedule/PlanDocument.h"
#include "core/schedule/ScheduleReports.h"
#include "core/schedule/ScheduleRepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace ud::app {

namespace {

bool parseNumber(const CommandOptions& options, const QString& name, int min, int max, QTextStream& err, int* value)
{
    bool ok = false;
    const int v = options.get(name).toInt(&ok);
    if (!ok || v < min || v > max) {
        err << Tr::tr("--%1 must be a number from %2 to %3.").arg(name).arg(min).arg(max) << '\n';
        return false;
    }
    *value = v;
    return true;
}

bool requireOption(const CommandOptions& options, const QString& name, QTextStream& err)
{
    if (options.get(name).isEmpty()) {
        err << Tr::tr("--%1 is required.").arg(name) << '\n';
        return false;
    }
    return true;
}

QString timingShown(const QString& timing)
{
    return timing.isEmpty() ? Tr::tr("(no timing)") : timing;
}

int scheduleImport(CommandContext& ctx, const QStringList& args)
{
    CommandOptions options(args, ctx.err);
    options.value(QStringLiteral("year")).flag(QStringLiteral("replace")).value(QStringLiteral("encoding"));
    int year = 0;
    std::optional<core::Csv::Encoding> encoding;
    if (!options.parse(1, 1) || !requireOption(options, QStringLiteral("year"), ctx.err) ||
        !parseNumber(options, QStringLiteral("year"), 1900, 2999, ctx.err, &year) || !options.encoding(&encoding))
        return 2;
    const QString file = options.positionals().first();
    const core::ParsedPlan plan = core::PlanDocument::readFile(file, encoding);
    if (const QString problem = core::PlanDocument::structureProblem(plan); !problem.isEmpty()) {
        ctx.err << Tr::tr("%1 is not recognised as a work plan. %2 Nothing was imported.")
                       .arg(QDir::toNativeSeparators(file), problem)
                << '\n';
        return 1;
    }
    core::ScheduleRepository repo(ctx.database());
    if (repo.plan(year) && !options.has(QStringLiteral("replace"))) {
        ctx.err << Tr::tr("There is already a work plan for %1. Nothing was imported; add --replace to replace it "
                          "(its statuses and notes are lost).")
                       .arg(year)
                << '\n';
        return 3;
    }
    repo.importPlan(year, plan,
                    options.has(QStringLiteral("replace")) ? core::ScheduleRepository::Replace::Yes
                                                           : core::ScheduleRepository::Replace::No,
                    QFileInfo(file).absoluteFilePath());

    ctx.out << Tr::tr("Imported the work plan for %1 from %2.").arg(year).arg(QFileInfo(file).fileName()) << '\n';
    if (!plan.title.isEmpty())
        ctx.out << Tr::tr("Title: %1").arg(plan.title) << '\n';
    if (!plan.documentNumber.isEmpty())
        ctx.out << Tr::tr("Document number: %1").arg(plan.documentNumber) << '\n';
    if (plan.issueDate.isValid())
        ctx.out << Tr::tr("Issued: %1").arg(plan.issueDate.toString(Qt::ISODate)) << '\n';
    if (!plan.unionName.isEmpty())
        ctx.out << Tr::tr("Union: %1").arg(plan.unionName) << '\n';
    ctx.out << Tr::tr("Key points: %1 sections, %2 points").arg(plan.keyPoints.size()).arg(plan.pointCount()) << '\n';
    ctx.out << Tr::tr("Schedule: %1 sections, %2 items").arg(plan.schedule.size()).arg(plan.itemCount()) << '\n';
    if (plan.year != 0 && plan.year != year)
        ctx.err << Tr::tr("Note: the document's title names the year %1, but it was imported as %2.")
                       .arg(plan.year)
                       .arg(year)
                << '\n';
    QStringList flagged;
    for (const auto& s : plan.schedule)
        for (const auto& i : s.items)
            if (!i.timing.recognised)
                flagged << QStringLiteral("  %1-%2 %3 [%4]")
                               .arg(core::chineseNumeral(s.number))
                               .arg(i.number)
                               .arg(i.text, timingShown(i.timing.written));
    ctx.out << Tr::tr("Items whose months need checking: %1").arg(flagged.size()) << '\n';
    for (const QString& f : flagged)
        ctx.out << f << '\n';
    if (!plan.unrecognisedLines.isEmpty()) {
        ctx.out << Tr::tr("Lines not recognised (not imported): %1").arg(plan.unrecognisedLines.size()) << '\n';
        for (const QString& l : plan.unrecognisedLines)
            ctx.out << "  " << l << '\n';
    }
    return 0;
}

int scheduleList(CommandContext& ctx, const QStringList& args)
{
    CommandOptions options(args, ctx.err);
    options.value(QStringLiteral("year")).value(QStringLiteral("month"));
    CliOutput::declare(options);
    CliOutput output(ctx.out);
    int year = 0;
    int month = 0;
    if (!options.parse(0, 0) || !requireOption(options, QStringLiteral("year"), ctx.err) ||
        !parseNumber(options, QStringLiteral("year"), 1900, 2999, ctx.err, &year))
        return 2;
    if (!options.get(QStringLiteral("month")).isEmpty() &&
        !parseNumber(options, QStringLiteral("month"), 1, 12, ctx.err, &month))
        return 2;
    if (!output.read(options, ctx.err))
        return 2;
    core::ScheduleRepository repo(ctx.database());
    const core::PlanInfo plan = repo.requirePlan(year);
    const QList<core::ScheduleItem> items = month ? repo.monthItems(year, month) : repo.items(plan.id);

    // Scripts get keys and stored values (yes/no, planned/done/…); people get titles and labels in words.
    const bool keys = output.forScripts();
    output.begin(keys ? QStringList{QStringLiteral("section"), QStringLiteral("number"), QStringLiteral("text"),
                                    QStringLiteral("timing"), QStringLiteral("months"), QStringLiteral("due"),
                                    QStringLiteral("status")}
                      : QStringList{Tr::tr("Section"), Tr::tr("No."), Tr::tr("Work item"), Tr::tr("Timing"),
                                    Tr::tr("Months"), Tr::tr("Due"), Tr::tr("Status")});
    for (const core::ScheduleItem& i : items) {
        const bool due = month ? i.isDueIn(month) : i.deadline;
        output.row({core::ScheduleSection{i.sectionId, i.sectionNumber, i.sectionTitle, 0}.heading(),
                    QString::number(i.number), i.text, i.timing, i.months.toText(),
                    keys ? (due ? QStringLiteral("yes") : QStringLiteral("no")) : (due ? Tr::tr("yes") : Tr::tr("no")),
                    keys ? core::itemStatusKey(i.status) : core::itemStatusLabel(i.status)});
    }
    output.finish();
    return 0;
}

int schedulePrint(CommandContext& ctx, const QStringList& args)
{
    CommandOptions options(args, ctx.err);
    options.value(QStringLiteral("year"))
        .value(QStringLiteral("month"))
        .value(QStringLiteral("out"))
        .flag(QStringLiteral("landscape"))
        .flag(QStringLiteral("portrait"));
    int year = 0;
    int month = 0;
    if (!options.parse(0, 0) || !requireOption(options, QStringLiteral("year"), ctx.err) ||
        !requireOption(options, QStringLiteral("out"), ctx.err) ||
        !parseNumber(options, QStringLiteral("year"), 1900, 2999, ctx.err, &year))
        return 2;
    if (!options.get(QStringLiteral("month")).isEmpty() &&
        !parseNumber(options, QStringLiteral("month"), 1, 12, ctx.err, &month))
        return 2;
    if (options.has(QStringLiteral("landscape")) && options.has(QStringLiteral("portrait"))) {
        ctx.err << Tr::tr("Give --landscape or --portrait, not both.") << '\n';
        return 2;
    }
    const QString out = options.get(QStringLiteral("out"));
    core::ScheduleReports reports(ctx.database());
    core::Report report = month ? reports.month(year, month) : reports.yearOverview(year);
    if (options.has(QStringLiteral("landscape")))
        report.orientation = QPageLayout::Landscape;
    else if (options.has(QStringLiteral("portrait")))
        report.orientation = QPageLayout::Portrait;
    core::ReportPrinter(report).writePdf(out);
    ctx.out << Tr::tr("%1: %2 item(s), written to %3.")
                   .arg(report.title)
                   .arg(report.dataRowCount())
                   .arg(QDir::toNativeSeparators(QFileInfo(out).absoluteFilePath()))
            << '\n';
    return 0;
}

int scheduleExport(CommandContext& ctx, const QStringList& args)
{
    CommandOptions options(args, ctx.err);
    options.value(QStringLiteral("year")).value(QStringLiteral("out"));
    int year = 0;
    if (!options.parse(0, 0) || !requireOption(options, QStringLiteral("year"), ctx.err) ||
        !requireOption(options, QStringLiteral("out"), ctx.err) ||
        !parseNumber(options, QStringLiteral("year"), 1900, 2999, ctx.err, &year))
        return 2;
    const QString out = options.get(QStringLiteral("out"));
    if (QFileInfo(out).suffix().toLower() != QLatin1String("xlsx")) {
        ctx.err << Tr::tr("--out must name an .xlsx file.") << '\n';
        return 2;
    }
    core::ScheduleReports(ctx.database()).exportXlsx(year, out);
    ctx.out << Tr::tr("The work plan for %1 was written to %2.")
                   .arg(year)
                   .arg(QDir::toNativeSeparators(QFileInfo(out).absoluteFilePath()))
            << '\n';
    return 0;
}

int scheduleCopy(CommandContext& ctx, const QStringList& args)
{
    CommandOptions options(args, ctx.err);
    options.value(QStringLiteral("year"));
    int year = 0;
    if (!options.parse(0, 0) || !requireOption(options, QStringLiteral("year"), ctx.err) ||
        !parseNumber(options, QStringLiteral("year"), 1900, 2998, ctx.err, &year))
        return 2;
    core::ScheduleRepository(ctx.database()).copyToNextYear(year);
    ctx.out << Tr::tr("The work plan for %1 was copied to %2 as a draft; every item is planned again.")
                   .arg(year)
                   .arg(year + 1)
            << '\n';
    return 0;
}

} // namespace

void addScheduleCommands(CommandLine& commandLine)
{
    commandLine
        .add({{QStringLiteral("schedule"), QStringLiteral("import")},
              QStringLiteral("FILE.txt|FILE.docx --year Y [--replace] [--encoding utf-8|gb18030]"),
              Tr::tr("import a year's work plan and its schedule from the official document"),
              scheduleImport})
        .writes = true;
    commandLine.add({{QStringLiteral("schedule"), QStringLiteral("list")},
                     QStringLiteral("--year Y [--month M] ") + CliOutput::synopsis(),
                     Tr::tr("list a year's schedule items, or those of one month"),
                     scheduleList});
    commandLine.add({{QStringLiteral("schedule"), QStringLiteral("print")},
                     QStringLiteral("--year Y [--month M] --out FILE.pdf [--landscape|--portrait]"),
                     Tr::tr("print a month's schedule (A4 portrait) or the year overview (A4 landscape) to PDF; "
                            "--landscape or --portrait turns the page"),
                     schedulePrint,
                     true});
    commandLine.add({{QStringLiteral("schedule"), QStringLiteral("export")},
                     QStringLiteral("--year Y --out FILE.xlsx"),
                     Tr::tr("export a year's work plan and schedule to .xlsx"),
                     scheduleExport});
    commandLine
        .add({{QStringLiteral("schedule"), QStringLiteral("copy")},
              QStringLiteral("--year Y"),
              Tr::tr("copy a year's plan to the next year as a draft, with every status reset"),
              scheduleCopy})
        .writes = true;
}

} // namespace ud::app
