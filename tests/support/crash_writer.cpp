// Commits one sub-union per transaction, forever, and prints each code once its commit returned.
// The crash-safety test kills this process at random moments.
#include "core/db/Database.h"
#include "core/units/SubUnitRepository.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 3)
        return 2;
    const QString path = QString::fromLocal8Bit(argv[1]);
    const int start = QString::fromLatin1(argv[2]).toInt();
    try {
        auto db = ud::core::Database::open(ud::core::DatabaseLocation::sqlite(path));
        ud::core::SubUnitRepository repo(*db);
        for (int i = start;; ++i) {
            ud::core::SubUnit unit;
            unit.code = QStringLiteral("K%1").arg(i, 7, 10, QLatin1Char('0'));
            unit.name = QStringLiteral("单位%1").arg(i);
            repo.add(unit);
            std::printf("%d\n", i);
            std::fflush(stdout);
        }
    } catch (const ud::core::Error& e) {
        std::fprintf(stderr, "%s\n", qPrintable(e.message()));
        return 1;
    }
}
