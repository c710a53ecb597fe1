#include "support/Builders.h"
#include "support/CliRun.h"
#include "support/TestDatabase.h"
#include "support/TestFiles.h"
#include "support/catch.h"

#include "core/members/MemberRepository.h"

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

TEST_CASE("members import lists the proposed sub-unions and takes them with --match-units", "[cli][import][units]")
{
    TestDatabase t;
    qint64 economics = 0;
    {
        auto db = t.open();
        economics = ud::test::addUnit(*db, QStringLiteral("101"), QStringLiteral("经济学院分工会"));
        ud::test::addUnit(*db, QStringLiteral("201"), QStringLiteral("工商管理学院分工会"));
        ud::test::addUnit(*db, QStringLiteral("202"), QStringLiteral("公共管理学院分工会"));
    }
    const auto import = [&t](const QString& file, const QStringList& options = {}) {
        return runUnionDesk(t, QStringList{QStringLiteral("members"), QStringLiteral("import"), file} + options);
    };
    const QString oneEach = ud::test::writeFile(t, QStringLiteral("hr.csv"),
                                                "工号,姓名,所在单位\nT1,张伟,经济学院\n"
                                                "T2,李娜,艺术学院\n");
    const CliRun listed = import(oneEach, {QStringLiteral("--create-units")});
    CHECK(listed.code == 1);
    CHECK(listed.err.contains(
        QStringLiteral("The sub-union 204 经济学院 does not exist (rows 2); it may be the stored 经济学院分工会.")));
    CHECK(listed.err.contains(QStringLiteral("--match-units")));
    CHECK(t.open()->scalar(QStringLiteral("SELECT count(*) FROM members")).toInt() == 0);

    const CliRun matched = import(oneEach, {QStringLiteral("--create-units"), QStringLiteral("--match-units")});
    INFO(matched.err.toStdString());
    CHECK(matched.code == 0);
    CHECK(matched.out.contains(QStringLiteral("Sub-union 经济学院 taken as the stored 经济学院分工会 (101)")));
    CHECK(matched.out.contains(QStringLiteral("Sub-unions created: 1")));
    CHECK(unitOf(t, QStringLiteral("T1")) == economics);

    // Two proposals: --match-units takes neither, and says what to do.
    const QString ambiguous =
        ud::test::writeFile(t, QStringLiteral("hr2.csv"), "工号,姓名,所在单位\nT3,王芳,管理学院\n");
    const CliRun refused = import(ambiguous, {QStringLiteral("--create-units"), QStringLiteral("--match-units")});
    CHECK(refused.code == 1);
    CHECK(refused.err.contains(QStringLiteral("it may be one of the stored 工商管理学院分工会, 公共管理学院分工会.")));
    CHECK(refused.err.contains(QStringLiteral("Where several sub-unions are proposed")));
}
