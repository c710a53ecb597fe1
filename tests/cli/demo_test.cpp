#include "support/CliRun.h"
#include "support/TestDatabase.h"
#include "support/catch.h"

#include "core/members/IdNumber.h"

#include <QProcess>

using namespace ud::core;
using namespace ud::test;

namespace {

} // namespace

TEST_CASE("uniondesk demo fills an empty database and refuses one with members", "[cli][demo]")
{
    TestDatabase t;
    const QString db = t.spec();

    const CliRun help = runUnionDesk({QStringLiteral("--help")});
    CHECK(help.out.contains(QStringLiteral("demo --members N [--seed S]")));

    const CliRun missing = runUnionDesk({QStringLiteral("--db"), db, QStringLiteral("demo")});
    CHECK(missing.code == 2);
    CHECK(missing.err.contains(QStringLiteral("--members N")));
    const CliRun bad = runUnionDesk(
        {QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--members"), QStringLiteral("lots")});
    CHECK(bad.code == 2);
    CHECK(bad.err.contains(QStringLiteral("--members must be a whole number")));

    const CliRun run = runUnionDesk({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--members"),
                                     QStringLiteral("250"), QStringLiteral("--seed"), QStringLiteral("7")});
    INFO(run.err.toStdString());
    REQUIRE(run.code == 0);
    CHECK(run.out.contains(QStringLiteral("Members: 250 (active ")));
    CHECK(run.out.contains(QStringLiteral("seed 7")));
    CHECK(run.out.contains(QStringLiteral("Sub-unions: ")));
    CHECK(run.out.contains(QStringLiteral("Mutual aid: 2 schemes, 6 periods, ")));

    {
        auto opened = t.open();
        CHECK(opened->scalar(QStringLiteral("SELECT count(*) FROM members")).toInt() == 250);
        const auto ids = opened->rows(QStringLiteral("SELECT id_number FROM members"));
        int valid = 0;
        for (const QVariantMap& r : ids)
            valid += checkIdNumber(r.value(QStringLiteral("id_number")).toString()).valid ? 1 : 0;
        CHECK(valid == 250);
        // Both mutual-aid schemes with claims in every state, each rejected one with its reason.
        CHECK(opened->scalar(QStringLiteral("SELECT COUNT(*) FROM aid_schemes")).toInt() == 2);
        CHECK(opened->scalar(QStringLiteral("SELECT COUNT(DISTINCT status) FROM aid_claims")).toInt() == 6);
        CHECK(opened
                  ->scalar(QStringLiteral("SELECT COUNT(*) FROM aid_claims WHERE status = 'rejected' AND reason = "
                                          "''"))
                  .toInt() == 0);
        CHECK(opened->scalar(QStringLiteral("SELECT COUNT(*) FROM aid_ledger WHERE kind = 'claim'")).toInt() ==
              opened
                  ->scalar(QStringLiteral("SELECT COUNT(*) FROM aid_claims WHERE status = 'paid' AND "
                                          "part_payout + lump_sum > 0"))
                  .toInt());
    }

    const CliRun check = runUnionDesk({QStringLiteral("--db"), db, QStringLiteral("check")});
    CHECK(check.code == 0);
    CHECK(check.out.contains(QStringLiteral("Integrity: ok")));

    // A second run would mix demo people into the roster: refused, nothing changed.
    const CliRun again = runUnionDesk(
        {QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--members"), QStringLiteral("10")});
    CHECK(again.code == 1);
    CHECK(again.err.contains(QStringLiteral("already holds 250 member")));
    CHECK(t.open()->scalar(QStringLiteral("SELECT count(*) FROM members")).toInt() == 250);
}
