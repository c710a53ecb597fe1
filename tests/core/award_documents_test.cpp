#include "support/Builders.h"
#include "support/PdfText.h"
#include "support/TestDatabase.h"
#include "support/catch.h"

#include "core/awards/AwardDocuments.h"
#include "core/db/DatabaseSettings.h"
#include "core/db/Error.h"
#include "core/io/ZipArchive.h"

#include <QRegularExpression>

using namespace ud::core;
using ud::test::pdfPageCount;
using ud::test::pdfPages;
using ud::test::pdfRawText;
using ud::test::TestDatabase;

namespace {

QString squeezed(QString text)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return text.remove(space);
}

QString odtContent(const QString& path)
{
    ZipArchive zip(path);
    REQUIRE(zip.contains(QStringLiteral("content.xml")));
    return QString::fromUtf8(zip.entry(QStringLiteral("content.xml")));
}

QString refusal(const std::function<void()>& f)
{
    try {
        f();
    } catch (const ValidationError& e) {
        return e.message();
    }
    return {};
}

/// A 三育人先进 round of 2024 with two members and a collective nominated by three sub-unions (the law school's
/// first in the sub-unions' order), in review; the union's name set.
struct ListedRound {
    explicit ListedRound(Database& database) : db(database), rounds(db), nominations(db)
    {
        law = ud::test::addUnit(db, QStringLiteral("01"), QStringLiteral("法学院分工会"));
        economics = ud::test::addUnit(db, QStringLiteral("02"), QStringLiteral("经济学院分工会"));
        library = ud::test::addUnit(db, QStringLiteral("03"), QStringLiteral("图书馆分工会"));
        AwardTypeRepository types(db);
        types.addDefaults();
        DatabaseSettings(db).setValue(settings::UnionName, QStringLiteral("浙江工商大学工会"));

        Member z = ud::test::member(QStringLiteral("20150032"), QStringLiteral("张伟"), economics);
        z.department = QStringLiteral("经济学院");
        zhang = MemberRepository(db).add(z);
        Member l = ud::test::member(QStringLiteral("20180007"), QStringLiteral("李娜"), law);
        l.gender = QStringLiteral("F");
        l.department = QStringLiteral("法学院");
        li = MemberRepository(db).add(l);
        Member w = ud::test::member(QStringLiteral("20190011"), QStringLiteral("王芳"), library);
        w.gender = QStringLiteral("F");
        wang = MemberRepository(db).add(w);

        AwardRound r;
        r.key = QStringLiteral("2024-三育人先进");
        r.year = 2024;
        r.awardTypeId = types.requireName(QStringLiteral("三育人先进")).id;
        r.totalQuota = 3;
        round = rounds.open(r);

        Nomination n;
        n.roundId = round;
        n.memberId = zhang;
        n.unitId = economics;
        zhangNomination = nominations.nominate(n);
        n.memberId = li;
        n.unitId = law;
        liNomination = nominations.nominate(n);
        Nomination team;
        team.roundId = round;
        team.kind = NomineeKind::Collective;
        team.teamName = QStringLiteral("图书馆流通部");
        team.teamUnit = QStringLiteral("图书馆");
        team.headMemberId = wang;
        team.memberIds = {wang};
        team.teamSize = 6;
        team.teamWomen = 5;
        team.unitId = library;
        teamNomination = nominations.nominate(team);
        rounds.closeNominations(round);
        rounds.selectByRanking(round);
    }
    void publish()
    {
        rounds.startPublicity(round, QDate(2024, 9, 27), 5, QStringLiteral("校工会办公室（电话 28008000）"));
    }

    Database& db;
    AwardRoundRepository rounds;
    NominationRepository nominations;
    qint64 law = 0, economics = 0, library = 0;
    qint64 zhang = 0, li = 0, wang = 0;
    qint64 round = 0, zhangNomination = 0, liNomination = 0, teamNomination = 0;
};

} // namespace

TEST_CASE("The 公示 notice holds the list by sub-union, the period to its last working day and where objections go",
          "[awards]")
{
    TestDatabase t;
    auto db = t.open();
    ListedRound r(*db);
    CHECK(refusal([&] { publicityNotice(*db, r.round); }).contains(QStringLiteral("once the 公示 has started")));
    r.publish();

    // The sub-unions' order: law, economics, the library.
    const QList<Nomination> listed = listedNominations(*db, r.round);
    REQUIRE(listed.size() == 3);
    CHECK(listed.at(0).id == r.liNomination);
    CHECK(listed.at(1).id == r.zhangNomination);
    CHECK(listed.at(2).id == r.teamNomination);

    const QString pdf = t.tempPath(QStringLiteral("notice.pdf"));
    auto notice = publicityNotice(*db, r.round, QDate(2024, 9, 27));
    notice->write(pdf);
    QString size;
    CHECK(pdfPageCount(pdf, &size) == 1);
    CHECK(size.startsWith(QStringLiteral("595"))); // A4 portrait
    const QString text = squeezed(pdfRawText(pdf));
    INFO(text.toStdString());
    for (const QString& expected : {
             QStringLiteral("Publicity of the 2024 三育人先进 list"),
             QStringLiteral("三育人先进 (3)"),
             QStringLiteral("1 法学院分工会 李娜 法学院"),
             QStringLiteral("2 经济学院分工会 张伟 经济学院"),
             QStringLiteral("3 图书馆分工会 图书馆流通部 (collective) 图书馆"),
             QStringLiteral("The publicity runs from 2024-09-27 to 2024-10-09 (5 working day(s))."),
             QStringLiteral("to: 校工会办公室（电话 28008000）."),
             QStringLiteral("浙江工商大学工会"),
         })
        CHECK(text.contains(squeezed(expected)));

    // An upheld objection takes its nominee off the list.
    Objection o;
    o.nominationId = r.zhangNomination;
    o.received = QDate(2024, 9, 30);
    o.content = QStringLiteral("反映其教学工作量与实际不符。");
    const qint64 objection = r.rounds.addObjection(o);
    r.rounds.closeObjection(objection, ObjectionOutcome::Upheld, QDate(2024, 10, 8), QStringLiteral("校工会"),
                            QStringLiteral("属实。"));
    const QString odt = t.tempPath(QStringLiteral("notice.odt"));
    publicityNotice(*db, r.round)->write(odt);
    const QString content = odtContent(odt);
    CHECK(content.contains(QStringLiteral("李娜")));
    CHECK(content.contains(QStringLiteral("图书馆流通部")));
    CHECK_FALSE(content.contains(QStringLiteral("张伟")));
    CHECK(content.contains(QStringLiteral("2024-10-09")));
    CHECK(content.contains(QStringLiteral("三育人先进 (2)")));
}

TEST_CASE("Certificates of a final list: one A4 landscape page each, with the union, award, year and date", "[awards]")
{
    TestDatabase t;
    auto db = t.open();
    ListedRound r(*db);
    r.publish();
    CHECK(refusal([&] { awardCertificates(*db, r.round); }).contains(QStringLiteral("printed for a final list")));
    r.rounds.finalize(r.round, QDate(2024, 10, 10));

    const QString pdf = t.tempPath(QStringLiteral("certificates.pdf"));
    awardCertificates(*db, r.round)->write(pdf);
    QString size;
    REQUIRE(pdfPageCount(pdf, &size) == 3);
    CHECK(ud::test::isLandscape(size));
    INFO(size.toStdString());
    CHECK(size.startsWith(QStringLiteral("84"))); // A4 landscape, 842 x 595
    const QStringList pages = pdfPages(pdf);
    REQUIRE(pages.size() == 3);
    const QStringList nominees{QStringLiteral("李娜"), QStringLiteral("张伟"), QStringLiteral("图书馆流通部")};
    for (int i = 0; i < 3; ++i) {
        const QString page = squeezed(pages.at(i));
        INFO(page.toStdString());
        CHECK(page.contains(QStringLiteral("CertificateofHonour")));
        CHECK(page.contains(nominees.at(i) + QStringLiteral(":")));
        CHECK(page.contains(QStringLiteral("2024selection")));
        CHECK(page.contains(QStringLiteral("“三育人先进”")));
        CHECK(page.contains(QStringLiteral("浙江工商大学工会")));
        CHECK(page.contains(QStringLiteral("2024-10-10"))); // the day the list became final
        for (int j = 0; j < 3; ++j)
            if (j != i)
                CHECK_FALSE(page.contains(nominees.at(j) + QStringLiteral(":")));
    }

    // One nominee's certificate, on another date, in the office's own wording.
    DatabaseSettings(*db).change(settings::CertificateText,
                                 QStringLiteral("经{unit}推荐，被评为{year}年度“{award}”。\n特发此证。"));
    const QString one = t.tempPath(QStringLiteral("one.pdf"));
    awardCertificates(*db, r.round, {r.zhangNomination}, QDate(2024, 10, 20))->write(one);
    REQUIRE(pdfPageCount(one) == 1);
    const QString page = squeezed(pdfPages(one).value(0));
    CHECK(page.contains(QStringLiteral("张伟:")));
    CHECK(page.contains(QStringLiteral("经经济学院分工会推荐，被评为2024年度“三育人先进”。")));
    CHECK(page.contains(QStringLiteral("2024-10-20")));
    CHECK(refusal([&] {
              awardCertificates(*db, r.round, {r.zhangNomination + 100});
          }).contains(QStringLiteral("is not on the final list")));
}
