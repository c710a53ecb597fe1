#pragma once

// For the command-line suites, which define UD_EXECUTABLE (the uniondesk binary under test).

#include "support/TestDatabase.h"
#include "support/catch.h"

#include <QProcess>
#include <QStringList>

namespace ud::test {

/// What one run of the executable gave: exit code (-1 after a crash), stdout and stderr.
struct CliRun {
    int code = -1;
    QString out;
    QString err;
    QByteArray rawOut;
    /// The last non-empty line of stdout (the summary line of imports).
    QString lastLine() const { return out.trimmed().section(QLatin1Char('\n'), -1); }
};

/// Runs `uniondesk ARGS` and waits for it.
inline CliRun runUnionDesk(const QStringList& args, int timeoutMs = 120000)
{
    QProcess p;
    p.setProgram(QStringLiteral(UD_EXECUTABLE));
    p.setArguments(args);
    p.start();
    REQUIRE(p.waitForFinished(timeoutMs));
    CliRun r;
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.rawOut = p.readAllStandardOutput();
    r.out = QString::fromUtf8(r.rawOut);
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

/// Runs `uniondesk --db <the test database> ARGS`.
inline CliRun runUnionDesk(const TestDatabase& t, QStringList args)
{
    args.prepend(t.spec());
    args.prepend(QStringLiteral("--db"));
    return runUnionDesk(args);
}

} // namespace ud::test
