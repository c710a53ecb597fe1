#include "app/BuiltInModules.h"
#include "app/CommandLine.h"
#include "app/Translations.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/UserSettings.h"

#include <QApplication>
#include <QFile>
#include <QGuiApplication>
#include <QTextStream>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>

#include <unistd.h>

namespace {

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("UnionDesk"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("uniondesk.org"));
    QCoreApplication::setApplicationName(QStringLiteral("UnionDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(UNIONDESK_VERSION));
}

// Imports, exports and demo data allocate a few hundred megabytes in millions of small pieces. On a virtual machine
// every first touch of a 4 KB page traps to the hypervisor: a fifth of a 50,000-member import went there. glibc puts
// its heap on 2 MB transparent huge pages when GLIBC_TUNABLES asks at start, and only the environment at start can
// ask, so such a command starts itself once more with it. A GLIBC_TUNABLES that names glibc.malloc.hugetlb already
// (=0 turns it off) is left as it is, and so is a system without transparent huge pages.
void restartWithHugePages(char** argv)
{
#if defined(__linux__) && defined(__GLIBC__)
    const QByteArray tunables = qgetenv("GLIBC_TUNABLES");
    if (tunables.contains("glibc.malloc.hugetlb"))
        return;
    QFile thp(QStringLiteral("/sys/kernel/mm/transparent_hugepage/enabled"));
    const QByteArray mode = thp.open(QIODevice::ReadOnly) ? thp.readAll() : QByteArray();
    if (!mode.contains("[always]") && !mode.contains("[madvise]"))
        return;
    char exe[4096];
    const ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n <= 0)
        return;
    exe[n] = '\0';
    qputenv("GLIBC_TUNABLES",
            tunables.isEmpty() ? QByteArray("glibc.malloc.hugetlb=1") : tunables + ":glibc.malloc.hugetlb=1");
    execv(exe, argv);
    // Not started again: go on as we are.
    if (tunables.isEmpty())
        qunsetenv("GLIBC_TUNABLES");
    else
        qputenv("GLIBC_TUNABLES", tunables);
#else
    Q_UNUSED(argv);
#endif
}

// `arguments` as main() read them: QGuiApplication takes Qt's own options out of argv (--session KEY among them).
int runHeadless(int argc, char** argv, bool fonts, const QStringList& arguments)
{
    std::unique_ptr<QCoreApplication> app;
    if (fonts) {
        // Printing needs fonts, not a screen: commands run the same on a server without a display.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    setIdentity();
    ud::app::installTranslations(ud::ui::usersettings::Language.value());
    QTextStream out(stdout);
    QTextStream err(stderr);
    ud::app::CommandLine commandLine;
    ud::app::addBuiltInCommands(commandLine);
    int code = commandLine.run(arguments, out, err);
    out.flush();
    // Whatever the command wrote to standard output must have arrived (a full disk, a closed pipe): else it failed.
    // A command that failed already said why.
    const bool written = out.status() == QTextStream::Ok && std::fflush(stdout) == 0 && !std::ferror(stdout);
    if (!written && code == 0) {
        err << QCoreApplication::translate("ud::app", "Cannot write to the standard output: %1")
                   .arg(QString::fromLocal8Bit(std::strerror(errno)))
            << '\n';
        code = 1;
    }
    err.flush();
    return code;
}

int runWindow(int argc, char** argv)
{
    QApplication app(argc, argv);
    setIdentity();
    QGuiApplication::setDesktopFileName(QStringLiteral("uniondesk"));
    QGuiApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/app.svg")));
    ud::app::installTranslations(ud::ui::usersettings::Language.value());

    QString error;
    const auto location = ud::app::CommandLine::databaseOption(QCoreApplication::arguments(), &error);
    if (!location) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 2;
    }
    ud::ui::MainWindow window;
    for (auto& module : ud::app::builtInModules())
        window.addModule(std::move(module));
    window.show();
    // The default database is made at the first start; a file named by --db only with --create or after asking.
    const QStringList arguments = QCoreApplication::arguments();
    window.openDatabase(*location, !ud::app::CommandLine::hasDatabaseOption(arguments) ||
                                       ud::app::CommandLine::createOption(arguments));
    return app.exec();
}

} // namespace

int main(int argc, char** argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    if (ud::app::CommandLine::isHeadless(arguments)) {
        // What the command needs is known from its words alone; runHeadless makes the table again once the
        // translations are installed.
        bool fonts = false;
        bool bulk = false;
        {
            ud::app::CommandLine commands;
            ud::app::addBuiltInCommands(commands);
            if (const ud::app::Command* command = commands.commandFor(arguments)) {
                fonts = command->needsFonts;
                bulk = command->bulk;
            }
        }
        if (bulk)
            restartWithHugePages(argv);
        return runHeadless(argc, argv, fonts, arguments);
    }
    return runWindow(argc, argv);
}
