#include "support/Builders.h"
#include "support/CliRun.h"
#include "support/TestDatabase.h"
#include "support/TestFiles.h"
#include "support/catch.h"

#include "core/members/MemberRepository.h"
#include "core/units/SubUnitRepository.h"

using namespace ud::core;
using ud::test::CliRun;
using ud::test::runUnionDesk;
using ud::test::TestDatabase;

namespace {

std::optional<qint64> unitOf(const TestDatabase& t, const QString& staffNo)
{
    auto db = t.open();
    return MemberRepository(*db).byStaffNo(staffNo)->unitId;
}

} // namespace

TEST_CASE("units merge moves the members of one sub-union to another and deletes it", "[cli][units][merge]")
{
    TestDatabase t;
    qint64 target = 0, duplicate = 0;
    {
        auto db = t.open();
        target = ud::test::addUnit(*db, QStringLiteral("101"), QStringLiteral("经济学院分工会"));
        duplicate = ud::test::addUnit(*db, QStringLiteral("021"), QStringLiteral("经济学院"));
        ud::test::addMember(*db, QStringLiteral("T1"), QStringLiteral("张伟"), duplicate);
        ud::test::addMember(*db, QStringLiteral("T2"), QStringLiteral("李娜"), duplicate);
    }

    const CliRun unknown = runUnionDesk(
        t, {QStringLiteral("units"), QStringLiteral("merge"), QStringLiteral("021"), QStringLiteral("999")});
    CHECK(unknown.code == 1);
    CHECK(unknown.err.trimmed() == QStringLiteral("No sub-union has the code 999."));
    const CliRun itself = runUnionDesk(
        t, {QStringLiteral("units"), QStringLiteral("merge"), QStringLiteral("021"), QStringLiteral("021")});
    CHECK(itself.code == 1);
    CHECK(itself.err.contains(QStringLiteral("itself")));
    const CliRun oneCode = runUnionDesk(t, {QStringLiteral("units"), QStringLiteral("merge"), QStringLiteral("021")});
    CHECK(oneCode.code == 2);
    CHECK(unitOf(t, QStringLiteral("T1")) == duplicate);

    const CliRun merged = runUnionDesk(
        t, {QStringLiteral("units"), QStringLiteral("merge"), QStringLiteral("021"), QStringLiteral("101")});
    INFO(merged.err.toStdString());
    CHECK(merged.code == 0);
    CHECK(merged.lastLine().startsWith(QStringLiteral("Merged 经济学院 (021) into 经济学院分工会 (101): 2 member")));
    CHECK(unitOf(t, QStringLiteral("T1")) == target);
    CHECK(unitOf(t, QStringLiteral("T2")) == target);
    CHECK_FALSE(SubUnitRepository(*t.open()).byId(duplicate));
}
