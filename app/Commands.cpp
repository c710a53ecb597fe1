#include "app/Commands.h"

#include "app/CommandLine.h"
#include "core/db/Backup.h"
#include "core/db/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <limits>

namespace ud::app {

namespace {

int check(CommandContext& ctx, const QStringList& args)
{
    CommandOptions options(args, ctx.err);
    if (!options.parse(0, 0))
        return 2;
    core::Database& db = ctx.database();
    ctx.out << Tr::tr("Database: %1").arg(db.location().displayName()) << '\n'
            << Tr::tr("Engine: %1").arg(db.location().engineName()) << '\n'
            << Tr::tr("Schema version: %1 (this program: %2)")
                   .arg(db.schemaVersion())
                   .arg(core::Database::latestSchemaVersion())
            << '\n';
    if (db.isReadOnly())
        ctx.out << Tr::tr("Access: read-only (%1)").arg(db.readOnlyReason()) << '\n';
    int code = 0;
    const QStringList problems = db.integrityProblems();
    if (!problems.isEmpty()) {
        ctx.out << Tr::tr("Integrity: %1 problem(s)").arg(problems.size()) << '\n';
        for (const QString& p : problems)
            ctx.err << p << '\n';
        return 1;
    }
    ctx.out << Tr::tr("Integrity: ok") << '\n';
    // A backup read while the database changed, or rows changed behind the program's back, shows here.
    const QStringList history = db.historyProblems();
    if (!history.isEmpty()) {
        ctx.out << Tr::tr("Change history: %1 row(s) disagree with it").arg(history.size()) << '\n';
        for (const QString& p : history)
            ctx.err << p << '\n';
        code = 1;
    } else {
        ctx.out << Tr::tr("Change history: agrees with the rows") << '\n';
    }
    return code;
}

int backup(CommandContext& ctx, const QStringList& args)
{
    CommandOptions options(args, ctx.err);
    if (!options.parse(1, 1))
        return 2;
    const QString out = options.positionals().first();
    core::Backup::backupTo(ctx.database(), out);
    ctx.out << Tr::tr("Backup written to %1 (%2 KB).")
                   .arg(QDir::toNativeSeparators(QFileInfo(out).absoluteFilePath()))
                   .arg((QFileInfo(out).size() + 1023) / 1024)
            << '\n';
    return 0;
}

int restore(CommandContext& ctx, const QStringList& args)
{
    CommandOptions options(args, ctx.err);
    options.flag(QStringLiteral("yes"));
    if (!options.parse(1, 1))
        return 2;
    const QString in = options.positionals().first();
    if (!ctx.location().isSqlite()) {
        ctx.err << Tr::tr("Restoring is only possible into a SQLite database file.") << '\n';
        return 2;
    }
    core::Backup::validateBackup(in); // before touching the target at all
    if (!options.has(QStringLiteral("yes"))) {
        ctx.err << Tr::tr("Restoring replaces everything in %1 with the contents of %2. Add --yes to confirm.")
                       .arg(ctx.location().displayName(), QDir::toNativeSeparators(in))
                << '\n';
        return 2;
    }
    core::Database& db = ctx.database();
    // Keep every older backup this time: the one being restored may be the oldest of this database's in the folder.
    const QString safety =
        core::Backup::automaticBackup(db, core::Backup::backupFolder(db), std::numeric_limits<int>::max());
    core::Backup::restoreFrom(db, in);
    ctx.out << Tr::tr("Restored %1 from %2. The previous contents were saved to %3.")
                   .arg(db.location().displayName(), QDir::toNativeSeparators(in), QDir::toNativeSeparators(safety))
            << '\n';
    return 0;
}

} // namespace

void addDatabaseCommands(CommandLine& commandLine)
{
    commandLine.add(
        {{QStringLiteral("check")}, QString(), Tr::tr("check the database's integrity and schema version"), check});
    commandLine.add({{QStringLiteral("backup")},
                     QStringLiteral("OUT.sqlite"),
                     Tr::tr("write a consistent backup (a SQLite file) while the database stays in use"),
                     backup});
    commandLine.add({{QStringLiteral("restore")},
                     QStringLiteral("IN.sqlite --yes"),
                     Tr::tr("replace the SQLite database with a backup (the current contents are backed up first)"),
                     restore,
                     false,
                     false,
                     true,
                     true});
}

} // namespace ud::app
