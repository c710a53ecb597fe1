#include "support/TestDatabase.h"
#include "support/catch.h"

#include "core/units/SubUnitRepository.h"

#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlQuery>
#include <QThread>

#include <csignal>

using namespace ud::core;

TEST_CASE("Killing a writer at random moments loses no acknowledged commit", "[crash][sqlite-only]")
{
    ud::test::TestDatabase t;
    const QString path = t.location().filePath;
    t.open(); // create and migrate once
    QSet<int> acknowledged;
    int next = 0;
    QRandomGenerator gen(20241123);
    for (int round = 0; round < 20; ++round) {
        QProcess writer;
        writer.setProgram(QStringLiteral(UD_CRASH_WRITER));
        writer.setArguments({path, QString::number(next)});
        writer.start();
        REQUIRE(writer.waitForStarted(10000));
        // Wait until it has committed something, then a random while longer.
        REQUIRE(writer.waitForReadyRead(20000));
        QThread::msleep(gen.bounded(5, 120));
        ::kill(pid_t(writer.processId()), SIGKILL);
        writer.waitForFinished(10000);
        const QStringList lines = QString::fromLatin1(writer.readAllStandardOutput()).split(QLatin1Char('\n'));
        for (const QString& line : lines) {
            bool ok = false;
            const int n = line.toInt(&ok);
            if (ok && line.size() > 0) {
                acknowledged.insert(n);
                next = qMax(next, n + 1);
            }
        }
        next += 1000; // a killed commit may or may not have landed: never reuse its code

        auto db = Database::open(DatabaseLocation::sqlite(path));
        INFO("round " << round);
        CHECK(db->integrityProblems().isEmpty());
        QSet<int> stored;
        QSqlQuery q = db->exec(QStringLiteral("SELECT code FROM units"));
        while (q.next())
            stored.insert(q.value(0).toString().mid(1).toInt());
        for (int n : acknowledged)
            REQUIRE(stored.contains(n));
    }
    CHECK(acknowledged.size() > 20);
}

TEST_CASE("A bulk write killed part-way is rolled back when the file is opened next", "[crash][sqlite-only]")
{
    ud::test::TestDatabase t;
    const QString path = t.location().filePath;
    qint64 before = 0;
    {
        auto db = t.open(); // create and migrate once
        before = db->scalar(QStringLiteral("SELECT count(*) FROM units")).toLongLong();
    }
    QRandomGenerator gen(20261123);
    for (int round = 0; round < 5; ++round) {
        QProcess writer;
        writer.setProgram(QStringLiteral(UD_CRASH_WRITER));
        writer.setArguments({path, QString::number(round * 1'000'000), QStringLiteral("bulk")});
        writer.start();
        REQUIRE(writer.waitForStarted(10000));
        REQUIRE(writer.waitForReadyRead(60000)); // "writing": pages of the open transaction are in the file
        QThread::msleep(gen.bounded(5, 200));
        ::kill(pid_t(writer.processId()), SIGKILL);
        writer.waitForFinished(10000);
        INFO("round " << round);
        REQUIRE(QFileInfo(path + QStringLiteral("-journal")).size() > 0); // a hot journal is left

        auto db = Database::open(DatabaseLocation::sqlite(path));
        CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-journal")));
        CHECK(db->integrityProblems().isEmpty());
        CHECK(db->scalar(QStringLiteral("PRAGMA journal_mode")).toString() == QStringLiteral("wal"));
        CHECK(db->scalar(QStringLiteral("SELECT count(*) FROM units")).toLongLong() == before);
    }
}
