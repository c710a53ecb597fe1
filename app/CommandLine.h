#pragma once

#include "core/io/Csv.h"

#include "core/db/Database.h"
#include "core/db/DatabaseLocation.h"

#include <QHash>
#include <QSet>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <memory>
#include <optional>

namespace ud::core {
class Database;
}

namespace ud::app {

/// What a headless command gets: the database named by --db (or the default), and its output streams.
class CommandContext {
public:
    CommandContext(core::DatabaseLocation location, QTextStream& outStream, QTextStream& errStream,
                   bool mayCreate = false, bool writes = false)
        : out(outStream), err(errStream), m_location(std::move(location)), m_mayCreate(mayCreate), m_writes(writes)
    {
    }
    const core::DatabaseLocation& location() const { return m_location; }
    /// Opens the database on first use (asking nothing: a password comes from PGPASSWORD or ~/.pgpass). A SQLite
    /// file that does not exist is an error unless the command may create it (--create, demo, restore); a command
    /// that writes is refused, with the reason, on a database that is open read-only.
    core::Database& database();

    QTextStream& out;
    QTextStream& err;

private:
    core::DatabaseLocation m_location;
    bool m_mayCreate = false;
    bool m_writes = false;
    std::unique_ptr<core::Database> m_db;
};

/// A headless command such as `units list`: its words, synopsis, summary and what it runs.
struct Command {
    QStringList words; // {"units", "list"}
    QString synopsis;  // options after the words, e.g. "--format csv|table"
    QString summary;   // one translated line for --help
    std::function<int(CommandContext&, const QStringList& args)> run;
    /// Lays out text for printing (PDF): needs Qt's GUI and its fonts. The others run without them.
    bool needsFonts = false;
    /// Works through tens of thousands of rows held in memory (imports, exports, demo data).
    bool bulk = false;
    /// Changes the database: refused on one that is open read-only.
    bool writes = false;
    /// Makes a new database when the file named by --db does not exist (demo, restore), as --create does.
    bool createsDatabase = false;
    /// The text `COMMAND --help` prints; without it, the usage line and the summary.
    std::function<QString()> help = nullptr;
};

/// The `uniondesk` command line: global options (--db, --version, --help) and a table of commands
/// that features add to. Without a command, the window opens.
class CommandLine {
public:
    /// Adds a command; the returned reference (valid until the next add) sets its flags.
    Command& add(Command command);
    /// True when `arguments` ask for a headless command (or --version/--help) rather than the window.
    static bool isHeadless(const QStringList& arguments);
    /// The database named by --db, or the default one; nullopt with an error message when --db is bad.
    static std::optional<core::DatabaseLocation> databaseOption(const QStringList& arguments, QString* error);
    /// True when --db names a database (else the default one is used).
    static bool hasDatabaseOption(const QStringList& arguments);
    /// True when --create allows a new database where --db names a file that does not exist.
    static bool createOption(const QStringList& arguments);
    /// Runs the command in `arguments` (argv including the program name); returns the exit code.
    int run(const QStringList& arguments, QTextStream& out, QTextStream& err) const;
    /// The command `arguments` ask for (argv including the program name), or nullptr.
    const Command* commandFor(const QStringList& arguments) const;
    QString usage() const;

private:
    /// The arguments after the program name without --db and --create; the command's words come first.
    static QStringList withoutDatabase(const QStringList& arguments);
    /// The longest command whose words begin `rest`, or nullptr.
    const Command* find(const QStringList& rest) const;
    QList<Command> m_commands;
};

/// Parses a command's own options with QCommandLineParser conventions; on a bad option writes the reason to
/// `err` and returns false.
class CommandOptions {
public:
    CommandOptions(const QStringList& args, QTextStream& err) : m_args(args), m_err(err) {}
    /// Declares an option taking a value (`--name VALUE` or `--name=VALUE`).
    CommandOptions& value(const QString& name);
    /// Declares a switch (`--name`).
    CommandOptions& flag(const QString& name);
    /// Parses; `positionals` must match the number of plain arguments (-1: any number).
    bool parse(int minPositionals, int maxPositionals);
    QString get(const QString& name, const QString& fallback = {}) const { return m_values.value(name, fallback); }
    bool has(const QString& name) const { return m_set.contains(name); }
    const QStringList& positionals() const { return m_positionals; }
    /// The value of `--encoding utf-8|gb18030` (gbk and gb2312 read as gb18030) into `encoding`, nullopt when the
    /// option is not given; false, with the reason written, for another value. Declare it with value("encoding").
    bool encoding(std::optional<core::Csv::Encoding>* encoding) const;

private:
    QStringList m_args;
    QTextStream& m_err;
    QStringList m_valueOptions, m_flagOptions;
    QHash<QString, QString> m_values;
    QSet<QString> m_set;
    QStringList m_positionals;
};

} // namespace ud::app
