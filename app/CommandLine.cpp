#include "app/CommandLine.h"

#include "core/db/Database.h"

#include <QCoreApplication>

namespace ud::app {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ud::app::CommandLine)
};
} // namespace

core::Database& CommandContext::database()
{
    if (m_db)
        return *m_db;
    core::OpenOptions options;
    options.create = m_mayCreate;
    try {
        m_db = core::Database::open(m_location, options);
    } catch (const core::DatabaseMissing& e) {
        // A mistyped path must not become a new, empty database that lists nothing.
        throw core::Error(e.message() + QLatin1Char(' ') +
                          Tr::tr("Check the path. To make a new database there, add --create."));
    }
    if (m_writes && m_db->isReadOnly()) {
        const QString reason = m_db->readOnlyReason();
        m_db.reset();
        throw core::Error(Tr::tr("The database %1 is open read-only (%2). This command changes the database, so it was "
                                 "not run.")
                              .arg(m_location.displayName(), reason));
    }
    return *m_db;
}

Command& CommandLine::add(Command command)
{
    m_commands.append(std::move(command));
    return m_commands.last();
}

bool CommandLine::isHeadless(const QStringList& arguments)
{
    for (int i = 1; i < arguments.size(); ++i) {
        const QString& a = arguments.at(i);
        if (a == QLatin1String("--db")) {
            ++i;
            continue;
        }
        if (a.startsWith(QLatin1String("--db=")) || a == QLatin1String("--create") ||
            a.startsWith(QLatin1String("-platform")) || a.startsWith(QLatin1String("-style")))
            continue;
        return true; // a command, --version, --help or anything else the command line must answer
    }
    return false;
}

std::optional<core::DatabaseLocation> CommandLine::databaseOption(const QStringList& arguments, QString* error)
{
    for (int i = 1; i < arguments.size(); ++i) {
        const QString& a = arguments.at(i);
        QString spec;
        if (a == QLatin1String("--db")) {
            if (i + 1 >= arguments.size()) {
                *error = Tr::tr("--db needs a file path or a postgresql:// address.");
                return std::nullopt;
            }
            spec = arguments.at(i + 1);
        } else if (a.startsWith(QLatin1String("--db="))) {
            spec = a.mid(5);
        } else {
            continue;
        }
        auto loc = core::DatabaseLocation::parse(spec, error);
        if (loc && !loc->isSqlite() && loc->password.isEmpty())
            loc->password = qEnvironmentVariable("PGPASSWORD");
        return loc;
    }
    return core::DatabaseLocation::defaultLocation();
}

bool CommandLine::hasDatabaseOption(const QStringList& arguments)
{
    for (int i = 1; i < arguments.size(); ++i)
        if (arguments.at(i) == QLatin1String("--db") || arguments.at(i).startsWith(QLatin1String("--db=")))
            return true;
    return false;
}

bool CommandLine::createOption(const QStringList& arguments)
{
    for (int i = 1; i < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("--db"))
            ++i;
        else if (arguments.at(i) == QLatin1String("--create"))
            return true;
    }
    return false;
}

QString CommandLine::usage() const
{
    QString s = Tr::tr("Usage: uniondesk [--db PATH|postgresql://user@host:port/dbname] [--create] [COMMAND]\n"
                       "Without a command, the window opens.\n\nCommands:\n");
    QStringList lines;
    for (const Command& c : m_commands)
        lines << QStringLiteral("  %1 %2\n      %3\n").arg(c.words.join(QLatin1Char(' ')), c.synopsis, c.summary);
    s += lines.join(QString());
    s += Tr::tr("\nOptions:\n  --db PATH|URL   the database (default: %1)\n"
                "  --create        make a new database if the file does not exist\n"
                "  --version       print the version\n"
                "  --help          print this help\n")
             .arg(core::DatabaseLocation::defaultLocation().displayName());
    return s;
}

QStringList CommandLine::withoutDatabase(const QStringList& arguments)
{
    QStringList rest;
    for (int i = 1; i < arguments.size(); ++i) {
        const QString& a = arguments.at(i);
        if (a == QLatin1String("--db")) {
            ++i;
            continue;
        }
        if (a.startsWith(QLatin1String("--db=")) || a == QLatin1String("--create"))
            continue;
        rest << a;
    }
    return rest;
}

const Command* CommandLine::find(const QStringList& rest) const
{
    const Command* match = nullptr;
    for (const Command& c : m_commands) {
        if (rest.size() >= c.words.size() && rest.mid(0, c.words.size()) == c.words &&
            (!match || c.words.size() > match->words.size()))
            match = &c;
    }
    return match;
}

const Command* CommandLine::commandFor(const QStringList& arguments) const
{
    return find(withoutDatabase(arguments));
}

int CommandLine::run(const QStringList& arguments, QTextStream& out, QTextStream& err) const
{
    const QStringList rest = withoutDatabase(arguments);
    if (rest.isEmpty() || rest.first() == QLatin1String("--help") || rest.first() == QLatin1String("-h") ||
        rest.first() == QLatin1String("help")) {
        out << usage();
        return 0;
    }
    if (rest.first() == QLatin1String("--version") || rest.first() == QLatin1String("-v")) {
        out << QStringLiteral("UnionDesk %1 (Qt %2, schema %3)\n")
                   .arg(QStringLiteral(UNIONDESK_VERSION), QString::fromLatin1(qVersion()))
                   .arg(core::Database::latestSchemaVersion());
        return 0;
    }

    const Command* match = find(rest);
    if (!match) {
        err << Tr::tr("Unknown command: %1\n\n").arg(rest.join(QLatin1Char(' '))) << usage();
        return 2;
    }
    const QStringList commandArgs = rest.mid(match->words.size());
    if (commandArgs.contains(QLatin1String("--help")) || commandArgs.contains(QLatin1String("-h"))) {
        out << (match->help ? match->help()
                            : Tr::tr("Usage: uniondesk [--db PATH|URL] %1 %2\n%3\n")
                                  .arg(match->words.join(QLatin1Char(' ')), match->synopsis, match->summary));
        return 0;
    }
    QString error;
    const auto location = databaseOption(arguments, &error);
    if (!location) {
        err << error << '\n';
        return 2;
    }
    CommandContext context(*location, out, err, match->createsDatabase || createOption(arguments), match->writes);
    try {
        return match->run(context, commandArgs);
    } catch (const core::Error& e) {
        err << e.message() << '\n';
        return 1;
    }
}

bool CommandOptions::encoding(std::optional<core::Csv::Encoding>* encoding) const
{
    *encoding = std::nullopt;
    if (!has(QStringLiteral("encoding")))
        return true;
    const QString e = get(QStringLiteral("encoding")).toLower().remove(QLatin1Char('-'));
    if (e == QLatin1String("utf8")) {
        *encoding = core::Csv::Encoding::Utf8;
    } else if (e == QLatin1String("gb18030") || e == QLatin1String("gbk") || e == QLatin1String("gb2312")) {
        *encoding = core::Csv::Encoding::Gb18030;
    } else {
        m_err << Tr::tr("--encoding must be utf-8 or gb18030.") << '\n';
        return false;
    }
    return true;
}

CommandOptions& CommandOptions::value(const QString& name)
{
    m_valueOptions << name;
    return *this;
}

CommandOptions& CommandOptions::flag(const QString& name)
{
    m_flagOptions << name;
    return *this;
}

bool CommandOptions::parse(int minPositionals, int maxPositionals)
{
    for (int i = 0; i < m_args.size(); ++i) {
        const QString& a = m_args.at(i);
        if (!a.startsWith(QLatin1String("--")) || a == QLatin1String("--")) {
            m_positionals << a;
            continue;
        }
        QString name = a.mid(2);
        QString inlineValue;
        const bool hasInline = name.contains(QLatin1Char('='));
        if (hasInline) {
            inlineValue = name.section(QLatin1Char('='), 1);
            name = name.section(QLatin1Char('='), 0, 0);
        }
        if (m_flagOptions.contains(name) && !hasInline) {
            m_set.insert(name);
        } else if (m_valueOptions.contains(name)) {
            if (!hasInline) {
                if (i + 1 >= m_args.size()) {
                    m_err << QCoreApplication::translate("ud::app::CommandOptions", "The option --%1 needs a value.")
                                 .arg(name)
                          << '\n';
                    return false;
                }
                inlineValue = m_args.at(++i);
            }
            m_values.insert(name, inlineValue);
            m_set.insert(name);
        } else {
            m_err << QCoreApplication::translate("ud::app::CommandOptions", "Unknown option: %1").arg(a) << '\n';
            return false;
        }
    }
    if (m_positionals.size() < minPositionals || (maxPositionals >= 0 && m_positionals.size() > maxPositionals)) {
        m_err << (m_positionals.size() < minPositionals
                      ? QCoreApplication::translate("ud::app::CommandOptions", "Missing argument.")
                      : QCoreApplication::translate("ud::app::CommandOptions", "Too many arguments: %1")
                            .arg(m_positionals.join(QLatin1Char(' '))))
              << '\n';
        return false;
    }
    return true;
}

} // namespace ud::app
