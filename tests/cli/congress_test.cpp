#include "support/Builders.h"
#include "support/CliRun.h"
#include "support/TestDatabase.h"
#include "support/TestFiles.h"
#include "support/catch.h"

using ud::test::CliRun;
using ud::test::runUnionDesk;
using ud::test::TestDatabase;
using ud::test::writeFile;

namespace {
QStringList words(const char* text)
{
    return QString::fromUtf8(text).split(QLatin1Char(' '));
}
} // namespace

TEST_CASE("congress session add, reps import and proposals import and list from the command line", "[cli][congress]")
{
    TestDatabase t;
    {
        auto db = t.open();
        const qint64 unit = ud::test::addUnit(*db, QStringLiteral("101"), QStringLiteral("经济学院"));
        int n = 0;
        for (const char* name : {"张伟", "李娜", "王芳", "刘洋", "陈静"})
            ud::test::addMember(*db, QStringLiteral("100%1").arg(++n), QString::fromUtf8(name), unit);
    }
    CliRun r = runUnionDesk(t, words("congress session add --key 12-2 --year 2024"));
    CHECK(r.code == 2);
    CHECK(r.err.contains(QStringLiteral("--name")));
    r = runUnionDesk(
        t, words("congress session add --key 12-2 --name 第十二届教代会暨第十四届工代会第二次会议 --year 2024 "
                 "--opens 2024-01-01 --closes 2024-03-31"));
    CHECK(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("term 12, meeting 2")));
    r = runUnionDesk(t, words("congress session add --key 12-2 --name 又一次 --year 2024"));
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("already used")));

    const QString reps = writeFile(
        t, QStringLiteral("reps.csv"),
        "工号,姓名,代表团\n1001,张伟,经济学院代表团\n1002,李娜,经济学院代表团\n1003,王芳,经济学院代表团\n1004,刘洋,"
        "经济学院代表团\n");
    r = runUnionDesk(t, QStringList{QStringLiteral("congress"), QStringLiteral("reps"), QStringLiteral("import"), reps,
                                    QStringLiteral("--session"), QStringLiteral("12-2")});
    CHECK(r.code == 0);
    CHECK(r.lastLine() == QStringLiteral("Imported: 4 added, 0 updated, 0 unchanged; 1 new delegation(s)"));

    const QByteArray header =
        "提案号,案由,类别,提案人,附议人,提交日期,立案情况,并入提案号,不立案理由,主办单位,协办单位,办理期限,"
        "答复日期,答复结果,满意度,重点提案\n";
    const QString bad = writeFile(t, QStringLiteral("bad.csv"),
                                  header + "2024-001,住房,民生保障,张伟,李娜、陈静,2024-03-01,立案,,,,,,,,,\n"
                                           "2024-002,食堂,后勤服务,张伟,李娜,2024-03-01,,,,,,,,,,\n");
    r = runUnionDesk(t, QStringList{QStringLiteral("congress"), QStringLiteral("proposals"), QStringLiteral("import"),
                                    bad, QStringLiteral("--session"), QStringLiteral("12-2")});
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("row 2: 陈静 is not a representative of term 12.")));
    CHECK(r.err.contains(QStringLiteral("row 3: Rule: a proposal needs at least 2 co-signing")));

    const QString good = writeFile(
        t, QStringLiteral("good.csv"),
        header + "2024-001,住房,民生保障,张伟,李娜、王芳,2024-03-01,立案,,,后勤管理处,人事处,2024-06-30,2024-06-"
                 "20,A,基本满意,是\n"
                 "2024-002,住房补贴,民生保障,1002,1001，1004,2024-03-02,并案,2024-001,,,,,,,,\n");
    r = runUnionDesk(t, QStringList{QStringLiteral("congress"), QStringLiteral("proposals"), QStringLiteral("import"),
                                    good, QStringLiteral("--session"), QStringLiteral("12-2")});
    CHECK(r.code == 0);
    CHECK(r.lastLine() == QStringLiteral("Imported: 2 added, 0 updated, 0 unchanged; 2 new handling unit(s)"));

    r = runUnionDesk(t, words("congress proposals list --session 12-2 --format csv"));
    CHECK(r.code == 0);
    const QStringList lines = r.out.trimmed().split(QLatin1Char('\n'));
    REQUIRE(lines.size() == 3);
    CHECK(lines.at(0).startsWith(
        QStringLiteral("number,title,category,proposer,cosigners,decision,lead_unit,result,rating,")));
    CHECK(lines.at(1).startsWith(QStringLiteral("2024-001,住房,民生保障,张伟,李娜、王芳,立案,后勤管理处,A,基本满意,")));
    CHECK(lines.at(2).startsWith(QStringLiteral("2024-002,住房补贴,民生保障,李娜,张伟、刘洋,并案,,,,")));

    r = runUnionDesk(t, words("congress proposals list --session 9-9 --format csv"));
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("no congress session with the key 9-9")));
}
