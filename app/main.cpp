#include "app/BuiltInModules.h"
#include "app/CommandLine.h"
#include "app/Translations.h"
#include "ui/shell/MainWindow.h"

#include <QApplication>
#include <QGuiApplication>
#include <QSettings>
#include <QTextStream>

#include <cstdio>
#include <memory>

namespace {

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("UnionDesk"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("uniondesk.org"));
    QCoreApplication::setApplicationName(QStringLiteral("UnionDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(UNIONDESK_VERSION));
}

int runHeadless(int argc, char** argv, const QStringList& arguments)
{
    // Only a command that prints needs Qt's GUI: the others run on a QCoreApplication, which also spares them the
    // font configuration that Qt's font database loads when it closes. The command is known from its words alone;
    // the table is made again below, once the translations are installed.
    const bool fonts = [&] {
        ud::app::CommandLine commands;
        ud::app::addBuiltInCommands(commands);
        return commands.needsFonts(arguments);
    }();
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
    ud::app::installTranslations(QSettings().value(QStringLiteral("language")).toString());
    QTextStream out(stdout);
    QTextStream err(stderr);
    ud::app::CommandLine commandLine;
    ud::app::addBuiltInCommands(commandLine);
    const int code = commandLine.run(QCoreApplication::arguments(), out, err);
    out.flush();
    err.flush();
    return code;
}

int runWindow(int argc, char** argv)
{
    QApplication app(argc, argv);
    setIdentity();
    QGuiApplication::setDesktopFileName(QStringLiteral("uniondesk"));
    QGuiApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/app.svg")));
    ud::app::installTranslations(QSettings().value(QStringLiteral("language")).toString());

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
    window.openDatabase(*location);
    return app.exec();
}

} // namespace

int main(int argc, char** argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    if (ud::app::CommandLine::isHeadless(arguments))
        return runHeadless(argc, argv, arguments);
    return runWindow(argc, argv);
}
