#include "app/CliOutput.h"
#include "app/CommandLine.h"
#include "app/Commands.h"
#include "core/aid/AidRepositories.h"
#include "core/db/Error.h"
#include "core/io/DateText.h"
#include "core/io/SafeOutput.h"
#include "core/io/TableFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace ud::app {

namespace {

/// --scheme NAME --period KEY, both required.
bool readPeriod(const CommandOptions& options, QTextStream& err, QString* scheme, QString* period)
{
    *scheme = options.get(QStringLiteral("scheme")).trimmed();
    *period = options.get(QStringLiteral("period")).trimmed();
    for (const QString& required : {QStringLiteral("scheme"), QStringLiteral("period")}) {
        if (options.get(required).trimmed().isEmpty()) {
            err << Tr::tr("--%1 is required.").arg(required) << '\n';
            return false;
        }
    }
    return true;
}

void declarePeriod(CommandOptions& options)
{
    options.value(QStringLiteral("scheme"));
    options.value(QStringLiteral("period"));
}

QString rulesImportHelp()
{
    return Tr::tr(
        "Usage: uniondesk [--db PATH|URL] aid rules import FILE.json\n"
        "Stores the rule table of a scheme's period from a JSON file (amounts in yuan, decimals allowed;\n"
        "\"upTo\": null is open-ended):\n"
        "  { \"scheme\": \"爱心大病医疗互助\", \"period\": \"2024\", \"start\": \"2024-01-01\",\n"
        "    \"end\": \"2024-12-31\",\n"
        "    \"parts\": [ { \"key\": \"inpatient\", \"name\": \"住院\", \"deductible\": 5000,\n"
        "                 \"mode\": \"progressive\", \"bands\": [ { \"upTo\": null, \"percent\": 60 } ],\n"
        "                 \"cap\": 30000 } ],\n"
        "    \"cap\": 30000, \"rounding\": \"fen\",\n"
        "    \"lumpSums\": [ { \"illness\": \"恶性肿瘤\", \"amount\": 10000, \"once\": \"scheme\" } ] }\n"
        "mode: progressive (each slice at its band's percent) or whole (everything above the deductible at the\n"
        "percent of the band the cumulative amount falls in); rounding: fen or yuan (half-up); once: scheme\n"
        "or period. A scheme named in the file is created when new; the period is created, or its days and\n"
        "rules replaced (claims not yet paid are computed again).\n"
        "\n"
        "Exit codes: 0 stored, 1 refused (every problem on standard error), 2 wrong use.\n");
}

int rulesImport(CommandContext& ctx, const QStringList& args)
{
    CommandOptions options(args, ctx.err);
    if (!options.parse(1, 1))
        return 2;
    const QString path = options.positionals().first();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ctx.err << Tr::tr("%1 cannot be read: %2").arg(path, file.errorString()) << '\n';
        return 1;
    }
    if (file.size() > 4 * 1024 * 1024) {
        ctx.err << Tr::tr("%1 is larger than 4 MB; a rule table is a few kilobytes.").arg(path) << '\n';
        return 1;
    }
    const core::AidRuleTable table = core::AidRuleTable::fromJson(file.readAll());
    core::Database& db = ctx.database();
    core::PeriodRepository periods(db);
    const qint64 id = periods.importRules(table);
    const int recomputed = core::ClaimRepository(db).recompute(id);
    ctx.out << Tr::tr("Stored the rule table of %1 %2 (%3 to %4): %n part(s).", nullptr, int(table.parts.size()))
                   .arg(table.scheme, table.period, core::isoDateText(table.start), core::isoDateText(table.end));
    if (recomputed > 0)
        ctx.out << ' ' << Tr::tr("%n claim(s) computed again.", nullptr, recomputed);
    ctx.out << '\n';
    return 0;
}

int rulesExport(CommandContext& ctx, const QStringList& args)
{
    CommandOptions options(args, ctx.err);
    declarePeriod(options);
    options.value(QStringLiteral("out"));
    if (!options.parse(0, 0))
        return 2;
    QString scheme, key;
    if (!readPeriod(options, ctx.err, &scheme, &key))
        return 2;
    const QString out = options.get(QStringLiteral("out"));
    core::PeriodRepository periods(ctx.database());
    const core::AidPeriod period = periods.require(scheme, key);
    const QByteArray json = periods.ruleTable(period).toJson();
    if (out.isEmpty()) {
        ctx.out << QString::fromUtf8(json);
        return 0;
    }
    core::SafeOutput target(out);
    QFile file(target.tempPath());
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.flush())
        throw core::Error(Tr::tr("The file %1 cannot be written: %2").arg(out, file.errorString()));
    file.close();
    target.commit();
    ctx.out
        << Tr::tr("%1: written to %2.").arg(period.label(), QDir::toNativeSeparators(QFileInfo(out).absoluteFilePath()))
        << '\n';
    return 0;
}

QString enrollImportHelp()
{
    return Tr::tr(
        "Usage: uniondesk [--db PATH|URL] aid enroll import FILE.xlsx|FILE.csv --scheme NAME --period KEY\n"
        "           [--dry-run]\n"
        "Enrolls a sub-union's list in a period: 工号, 姓名, 份数, 缴费日期, 缴费方式 (工资代扣, 现金 or 转账),\n"
        "optionally 缴费金额 (else the member's part of the fee for the shares), 补缴 (是 for arrears) and 备注.\n"
        "A member already enrolled in the period is updated. Every rule applies (active members, retirees\n"
        "where the scheme takes them, shares at most, no joining after enrollment closed); all or nothing,\n"
        "each bad row as \"row N: reason\".\n"
        "\n"
        "Exit codes: 0 imported, 1 nothing imported (the reasons on standard error), 2 wrong use.\n");
}

template <class Result> int finishImport(CommandContext& ctx, const Result& r, const QString& summary)
{
    if (!r.errors.isEmpty()) {
        for (const QString& e : core::TableFile::cappedMessages(r.errors))
            ctx.err << e << '\n';
        ctx.err << Tr::tr("Nothing was imported: %n row(s) have errors.", nullptr, int(r.errors.size())) << '\n';
        return 1;
    }
    ctx.out << (r.dryRun ? Tr::tr("Dry run, nothing stored: %1") : Tr::tr("Imported: %1")).arg(summary) << '\n';
    return 0;
}

int enrollImport(CommandContext& ctx, const QStringList& args)
{
    CommandOptions options(args, ctx.err);
    declarePeriod(options);
    options.flag(QStringLiteral("dry-run"));
    if (!options.parse(1, 1))
        return 2;
    QString scheme, key;
    if (!readPeriod(options, ctx.err, &scheme, &key))
        return 2;
    core::Database& db = ctx.database();
    const core::AidPeriod period = core::PeriodRepository(db).require(scheme, key);
    core::EnrollmentRepository repo(db);
    const auto r = repo.importFile(period.id, options.positionals().first(), options.has(QStringLiteral("dry-run")));
    return finishImport(ctx, r,
                        Tr::tr("%1 added, %2 updated, %3 unchanged").arg(r.added).arg(r.updated).arg(r.unchanged));
}

QString claimComputeHelp()
{
    return Tr::tr("Usage: uniondesk [--db PATH|URL] aid claim compute --scheme NAME --period KEY --member STAFF_NO\n"
                  "           --part KEY --amount YUAN [--date DATE] [--received DATE] [--illness NAME]\n"
                  "What a claim would pay now, with its calculation step by step; stores nothing. The amount is the\n"
                  "eligible amount (自付 + 自理 + 自费) in yuan; --part a part's key or name; --date the treatment's\n"
                  "day (the period's first day when not given), --received the day the claim is received (the\n"
                  "treatment's day when not given); --illness a listed illness for its lump sum. The member's stored\n"
                  "claims of the period that come before it count: the rules apply to the cumulative amount, less\n"
                  "what they paid.\n"
                  "\n"
                  "Exit codes: 0 computed, 1 refused by a rule (the rules named on standard error), 2 wrong use.\n");
}

int claimCompute(CommandContext& ctx, const QStringList& args)
{
    CommandOptions options(args, ctx.err);
    declarePeriod(options);
    for (const char* name : {"member", "part", "amount", "date", "received", "illness"})
        options.value(QString::fromLatin1(name));
    if (!options.parse(0, 0))
        return 2;
    QString scheme, key;
    if (!readPeriod(options, ctx.err, &scheme, &key))
        return 2;
    for (const char* required : {"member", "part", "amount"}) {
        if (options.get(QString::fromLatin1(required)).trimmed().isEmpty()) {
            ctx.err << Tr::tr("--%1 is required.").arg(QString::fromLatin1(required)) << '\n';
            return 2;
        }
    }
    const auto amount = core::parseYuan(options.get(QStringLiteral("amount")));
    if (!amount) {
        ctx.err << Tr::tr("--amount: \"%1\" is not an amount in yuan (at most two decimals).")
                       .arg(options.get(QStringLiteral("amount")))
                << '\n';
        return 2;
    }
    QDate treated, received;
    for (const auto& [name, date] :
         {std::pair{QStringLiteral("date"), &treated}, {QStringLiteral("received"), &received}}) {
        const QString text = options.get(name);
        if (text.isEmpty())
            continue;
        const auto d = core::parseDateText(text);
        if (!d) {
            ctx.err << Tr::tr("--%1: \"%2\" is not a date (YYYY-MM-DD).").arg(name, text) << '\n';
            return 2;
        }
        *date = *d;
    }
    core::Database& db = ctx.database();
    core::PeriodRepository periods(db);
    const core::AidPeriod period = periods.require(scheme, key);
    const core::AidRuleTable rules = periods.ruleTable(period);
    const QString staffNo = options.get(QStringLiteral("member")).trimmed();
    const auto member =
        db.rows(QStringLiteral("SELECT id, name FROM members WHERE staff_no = :s"), {{QStringLiteral("s"), staffNo}});
    if (member.isEmpty()) {
        ctx.err << Tr::tr("Staff number %1 is not on the roster.").arg(staffNo) << '\n';
        return 1;
    }
    core::AidClaim claim;
    claim.periodId = period.id;
    claim.memberId = member.first().value(QStringLiteral("id")).toLongLong();
    const core::AidPart* part = rules.part(options.get(QStringLiteral("part")).trimmed());
    claim.partKey = part ? part->key : options.get(QStringLiteral("part")).trimmed();
    claim.treatedFrom = treated.isValid() ? treated : period.starts;
    claim.received = received.isValid() ? received : claim.treatedFrom;
    claim.ownPay = *amount;
    claim.illness = options.get(QStringLiteral("illness")).trimmed();
    const core::AidPayout payout = core::ClaimRepository(db).compute(claim);
    ctx.out << Tr::tr("%1 (%2), %3, %4:")
                   .arg(member.first().value(QStringLiteral("name")).toString(), staffNo, period.label(),
                        part ? part->name : claim.partKey)
            << '\n';
    for (const QString& line : core::traceLines(payout.trace))
        ctx.out << "  " << line << '\n';
    ctx.out << Tr::tr("Payout: %1 yuan").arg(core::yuanText(payout.total())) << '\n';
    return 0;
}

QString claimsImportHelp()
{
    return Tr::tr(
        "Usage: uniondesk [--db PATH|URL] aid claims import FILE.xlsx|FILE.csv --scheme NAME --period KEY\n"
        "           [--dry-run]\n"
        "Stores claims of a period: 工号, 项目 (a part's key or name), 就诊日期, 金额 (or 自付, 自理 and 自费),\n"
        "optionally 姓名 (checked against the roster), 出院日期, 申请日期 (when not given: the end of the\n"
        "treatment), 不予计算, 疾病 (for a lump sum), 备注. The claims are computed in the order of their\n"
        "treatment dates, each on the member's cumulative amount in the period less what the earlier claims\n"
        "paid; every guard applies. All or nothing, each bad row as \"row N: reason\".\n"
        "\n"
        "Exit codes: 0 imported, 1 nothing imported (the reasons on standard error), 2 wrong use.\n");
}

int claimsImport(CommandContext& ctx, const QStringList& args)
{
    CommandOptions options(args, ctx.err);
    declarePeriod(options);
    options.flag(QStringLiteral("dry-run"));
    if (!options.parse(1, 1))
        return 2;
    QString scheme, key;
    if (!readPeriod(options, ctx.err, &scheme, &key))
        return 2;
    core::Database& db = ctx.database();
    const core::AidPeriod period = core::PeriodRepository(db).require(scheme, key);
    const auto r = core::ClaimRepository(db).importFile(period.id, options.positionals().first(),
                                                        options.has(QStringLiteral("dry-run")));
    return finishImport(ctx, r, Tr::tr("%n claim(s), paying %1 yuan", nullptr, r.added).arg(core::yuanText(r.payout)));
}

int claimsList(CommandContext& ctx, const QStringList& args)
{
    CommandOptions options(args, ctx.err);
    declarePeriod(options);
    CliOutput::declare(options);
    if (!options.parse(0, 0))
        return 2;
    CliOutput output(ctx.out);
    QString scheme, key;
    if (!readPeriod(options, ctx.err, &scheme, &key) || !output.read(options, ctx.err))
        return 2;
    core::Database& db = ctx.database();
    core::PeriodRepository periods(db);
    const core::AidPeriod period = periods.require(scheme, key);
    QHash<QString, QString> partNames;
    if (!period.rules.trimmed().isEmpty())
        for (const core::AidPart& p : periods.ruleTable(period).parts)
            partNames.insert(p.key, p.name);
    const bool scripts = output.forScripts();
    if (scripts)
        output.begin({QStringLiteral("staff_no"), QStringLiteral("name"), QStringLiteral("part"),
                      QStringLiteral("date"), QStringLiteral("eligible"), QStringLiteral("payout"),
                      QStringLiteral("status")});
    else
        output.begin({Tr::tr("Staff number"), Tr::tr("Name"), Tr::tr("Part"), Tr::tr("Treatment"), Tr::tr("Eligible"),
                      Tr::tr("Payout"), Tr::tr("Status")});
    for (const core::AidClaim& c : core::ClaimRepository(db).ofPeriod(period.id))
        output.row({c.staffNo, c.name, scripts ? c.partKey : partNames.value(c.partKey, c.partKey),
                    core::isoDateText(c.treatedFrom), core::yuanText(c.eligible(), scripts),
                    core::yuanText(c.payout(), scripts),
                    scripts ? core::claimStatuses().key(c.status) : core::claimStatuses().label(c.status)});
    output.finish();
    return 0;
}

} // namespace

void addAidCommands(CommandLine& commandLine)
{
    const QString period = QStringLiteral("--scheme NAME --period KEY");
    Command& rules =
        commandLine.add({{QStringLiteral("aid"), QStringLiteral("rules"), QStringLiteral("import")},
                         QStringLiteral("FILE.json"),
                         Tr::tr("store a mutual-aid period's rule table from JSON (aid rules import --help)"),
                         rulesImport});
    rules.writes = true;
    rules.help = rulesImportHelp;
    commandLine.add({{QStringLiteral("aid"), QStringLiteral("rules"), QStringLiteral("export")},
                     period + QStringLiteral(" [--out FILE.json]"),
                     Tr::tr("write a mutual-aid period's rule table as JSON, in the form aid rules import reads"),
                     rulesExport});
    Command& enroll = commandLine.add({{QStringLiteral("aid"), QStringLiteral("enroll"), QStringLiteral("import")},
                                       QStringLiteral("FILE.xlsx|FILE.csv ") + period + QStringLiteral(" [--dry-run]"),
                                       Tr::tr("enroll members in a mutual-aid period, all or nothing "
                                              "(aid enroll import --help)"),
                                       enrollImport});
    enroll.writes = true;
    enroll.help = enrollImportHelp;
    Command& compute =
        commandLine.add({{QStringLiteral("aid"), QStringLiteral("claim"), QStringLiteral("compute")},
                         period + QStringLiteral(" --member STAFF_NO --part KEY --amount YUAN [--date DATE] "
                                                 "[--illness NAME]"),
                         Tr::tr("what a claim would pay now, with its calculation; stores nothing "
                                "(aid claim compute --help)"),
                         claimCompute});
    compute.help = claimComputeHelp;
    Command& claims = commandLine.add({{QStringLiteral("aid"), QStringLiteral("claims"), QStringLiteral("import")},
                                       QStringLiteral("FILE.xlsx|FILE.csv ") + period + QStringLiteral(" [--dry-run]"),
                                       Tr::tr("store a period's claims, computed in the order of treatment, all or "
                                              "nothing (aid claims import --help)"),
                                       claimsImport});
    claims.writes = true;
    claims.help = claimsImportHelp;
    commandLine.add({{QStringLiteral("aid"), QStringLiteral("claims"), QStringLiteral("list")},
                     period + QStringLiteral(" ") + CliOutput::synopsis(),
                     Tr::tr("list a period's claims (csv keys staff_no,name,part,date,eligible,payout,status; "
                            "amounts in yuan)"),
                     claimsList});
}

} // namespace ud::app
