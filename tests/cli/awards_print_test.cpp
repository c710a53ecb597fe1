#include "support/Builders.h"
#include "support/CliRun.h"
#include "support/PdfText.h"
#include "support/TestDatabase.h"
#include "support/catch.h"

#include "core/awards/AwardRepositories.h"
#include "core/db/DatabaseSettings.h"

#include <QFile>
#include <QRegularExpression>

using namespace ud::core;
using ud::test::CliRun;
using ud::test::runUnionDesk;
using ud::test::TestDatabase;

namespace {

QStringList args(std::initializer_list<const char*> list)
{
    QStringList a;
    for (const char* s : list)
        a << QString::fromUtf8(s);
    return a;
}

QString squeezed(QString text)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return text.remove(space);
}

/// A 最美教师 round of 2024 with 张伟 and 李娜 selected and its 公示 from 2024-09-27 for 5 working days.
qint64 publishedRound(const TestDatabase& t)
{
    auto db = t.open();
    DatabaseSettings(*db).setValue(settings::UnionName, QStringLiteral("浙江工商大学工会"));
    const qint64 economics = ud::test::addUnit(*db, QStringLiteral("E"), QStringLiteral("经济学院分工会"));
    const qint64 law = ud::test::addUnit(*db, QStringLiteral("L"), QStringLiteral("法学院分工会"));
    const qint64 zhang =
        MemberRepository(*db).add(ud::test::member(QStringLiteral("20150032"), QStringLiteral("张伟"), economics));
    const qint64 li =
        MemberRepository(*db).add(ud::test::member(QStringLiteral("20180007"), QStringLiteral("李娜"), law));
    AwardTypeRepository types(*db);
    types.addDefaults();
    AwardRoundRepository rounds(*db);
    AwardRound r;
    r.key = QStringLiteral("2024-最美");
    r.year = 2024;
    r.awardTypeId = types.requireName(QStringLiteral("最美教师")).id;
    const qint64 round = rounds.open(r);
    NominationRepository nominations(*db);
    Nomination n;
    n.roundId = round;
    n.memberId = zhang;
    n.unitId = economics;
    nominations.nominate(n);
    n.memberId = li;
    n.unitId = law;
    nominations.nominate(n);
    rounds.closeNominations(round);
    rounds.selectByRanking(round);
    rounds.startPublicity(round, QDate(2024, 9, 27), 5, QStringLiteral("校工会办公室"));
    return round;
}

} // namespace

TEST_CASE("awards print writes the 公示 notice as .pdf or .odt and the final list's certificates as .pdf",
          "[cli][awards]")
{
    TestDatabase t;
    const qint64 round = publishedRound(t);

    // Wrong use: nothing or both asked for, no --out, another suffix, certificates to .odt.
    CHECK(runUnionDesk(t, args({"awards", "print", "--round", "2024-最美", "--out", "x.pdf"})).code == 2);
    CliRun r = runUnionDesk(
        t, args({"awards", "print", "--round", "2024-最美", "--notice", "--certificates", "--out", "x.pdf"}));
    CHECK(r.code == 2);
    CHECK(r.err.contains(QStringLiteral("one document at a time")));
    CHECK(runUnionDesk(t, args({"awards", "print", "--round", "2024-最美", "--notice"})).code == 2);
    CHECK(runUnionDesk(t, args({"awards", "print", "--round", "2024-最美", "--notice", "--out", "x.txt"})).code == 2);
    r = runUnionDesk(t, args({"awards", "print", "--round", "2024-最美", "--certificates", "--out", "x.odt"}));
    CHECK(r.code == 2);
    CHECK(r.err.contains(QStringLiteral("landscape")));
    r = runUnionDesk(t, args({"awards", "print", "--round", "2024-无", "--notice", "--out", "x.pdf"}));
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("no award round with the key")));

    const QString pdf = t.tempPath(QStringLiteral("notice.pdf"));
    QStringList a = args({"awards", "print", "--round", "2024-最美", "--notice", "--out"});
    r = runUnionDesk(t, a + QStringList{pdf});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("1 page(s), written to")));
    const QString notice = squeezed(ud::test::pdfRawText(pdf));
    CHECK(notice.contains(squeezed(QStringLiteral("Publicity of the 2024 最美教师 list"))));
    CHECK(notice.contains(squeezed(QStringLiteral("经济学院分工会 张伟"))));
    CHECK(notice.contains(squeezed(QStringLiteral("法学院分工会 李娜"))));
    CHECK(notice.contains(squeezed(QStringLiteral("from 2024-09-27 to 2024-10-09"))));
    CHECK(notice.contains(QStringLiteral("校工会办公室")));
    const QString odt = t.tempPath(QStringLiteral("notice.odt"));
    r = runUnionDesk(t, a + QStringList{odt});
    REQUIRE(r.code == 0);
    CHECK(QFile::exists(odt));

    // Certificates wait for the final list.
    const QString certificates = t.tempPath(QStringLiteral("certificates.pdf"));
    a = args({"awards", "print", "--round", "2024-最美", "--certificates", "--out"});
    r = runUnionDesk(t, a + QStringList{certificates});
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("printed for a final list")));
    CHECK_FALSE(QFile::exists(certificates));
    AwardRoundRepository(*t.open()).finalize(round, QDate(2024, 10, 10));
    r = runUnionDesk(t, a + QStringList{certificates});
    REQUIRE(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("2 page(s)")));
    QString size;
    CHECK(ud::test::pdfPageCount(certificates, &size) == 2);
    CHECK(ud::test::isLandscape(size));
    const QStringList pages = ud::test::pdfPages(certificates);
    REQUIRE(pages.size() == 2);
    CHECK(squeezed(pages.at(0)).contains(QStringLiteral("张伟:")));
    CHECK(squeezed(pages.at(1)).contains(QStringLiteral("李娜:")));
    CHECK(squeezed(pages.at(1)).contains(QStringLiteral("2024-10-10")));

    // One nominee's, on another date.
    r = runUnionDesk(t, a + QStringList{certificates, QStringLiteral("--nominee"), QStringLiteral("20180007"),
                                        QStringLiteral("--date"), QStringLiteral("2024-10-18")});
    REQUIRE(r.code == 0);
    CHECK(ud::test::pdfPageCount(certificates) == 1);
    const QString one = squeezed(ud::test::pdfPages(certificates).value(0));
    CHECK(one.contains(QStringLiteral("李娜:")));
    CHECK(one.contains(QStringLiteral("2024-10-18")));
    CHECK(one.contains(QStringLiteral("浙江工商大学工会")));
}
