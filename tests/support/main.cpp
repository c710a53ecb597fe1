#if defined(UD_CATCH3)
#include <catch2/catch_session.hpp>
#else
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>
#endif

#include <QApplication>
#include <QFile>
#include <QTemporaryDir>

int main(int argc, char** argv)
{
    // The tests, and the uniondesk they start, keep settings, remembered files and backups in a folder of their
    // own that goes with them, not in the user's.
    const QTemporaryDir home;
    if (!home.isValid())
        return 1;
    for (const char* variable : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"})
        qputenv(variable, QFile::encodeName(home.filePath(QString::fromLatin1(variable))));
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("UnionDeskTests"));
    QCoreApplication::setApplicationName(QStringLiteral("UnionDeskTests"));
    return Catch::Session().run(argc, argv);
}
