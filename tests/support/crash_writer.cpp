// Commits one sub-union per transaction, forever, and prints each code once its commit returned.
// With "bulk" as third argument: one transaction in BulkWrite mode (the rollback journal) that adds sub-unions
// forever with a page cache so small that SQLite writes into the file before any commit; it prints "writing"
// once the journal is in use. The crash-safety tests kill this process at random moments.
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
        if (argc > 3 && qstrcmp(argv[3], "bulk") == 0) {
            ud::core::BulkWrite bulk(*db);
            if (!bulk.journalled())
                return 3;
            db->exec(QStringLiteral("PRAGMA cache_size = 8"));
            ud::core::Transaction tx(*db);
            for (int i = start;; ++i) {
                ud::core::SubUnit unit;
                unit.code = QStringLiteral("B%1").arg(i, 7, 10, QLatin1Char('0'));
                unit.name = QStringLiteral("批量%1").arg(i);
                repo.add(unit);
                if (i == start + 2000) {
                    std::printf("writing\n");
                    std::fflush(stdout);
                }
            }
        }
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
