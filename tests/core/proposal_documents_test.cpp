#include "support/PdfText.h"
#include "support/ProposalPrintSession.h"
#include "support/TestDatabase.h"
#include "support/catch.h"

#include "core/congress/ProposalDocuments.h"
#include "core/db/Error.h"
#include "core/io/ZipArchive.h"

#include <QDir>
#include <QRegularExpression>

using namespace ud::core;
using ud::test::pdfPageCount;
using ud::test::pdfPages;
using ud::test::pdfRawText;
using ud::test::ProposalPrintSession;
using ud::test::TestDatabase;

namespace {

/// `text` without any white space: a table cell breaks its text over lines where the layout wants.
QString squeezed(QString text)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return text.remove(space);
}

/// The 0-based pages whose text holds `what` (white space ignored).
QList<int> pagesWith(const QStringList& pages, const QString& what)
{
    QList<int> found;
    for (int i = 0; i < pages.size(); ++i)
        if (squeezed(pages.at(i)).contains(squeezed(what)))
            found << i;
    return found;
}

/// The text of each page in the order it is drawn (pdftotext -raw): a table cell's lines read on.
QStringList rawPages(const QString& path)
{
    QStringList pages = pdfRawText(path).split(QLatin1Char('\f'));
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    return pages;
}

/// The content.xml of an .odt.
QString odtContent(const QString& path)
{
    ZipArchive zip(path);
    REQUIRE(zip.contains(QStringLiteral("content.xml")));
    return QString::fromUtf8(zip.entry(QStringLiteral("content.xml")));
}

/// No temporary file is left beside what was written.
void checkNoLeftovers(const TestDatabase& t)
{
    const QStringList parts =
        QDir(t.tempPath(QString())).entryList({QStringLiteral("*.part")}, QDir::Files | QDir::Hidden);
    CHECK(parts.isEmpty());
}

} // namespace

TEST_CASE("The proposal form prints every field, the decision, units, replies and ratings of each round", "[congress]")
{
    TestDatabase t;
    auto db = t.open();
    ProposalPrintSession s(*db);
    ProposalDocuments docs(*db, s.sessionId);
    docs.setPrintDate(QDate(2024, 11, 1));

    const QString pdf = t.tempPath(QStringLiteral("form.pdf"));
    docs.form(s.first)->write(pdf);
    const QStringList pages = rawPages(pdf);
    QString size;
    CHECK(pdfPageCount(pdf, &size) == pages.size());
    CHECK(size.startsWith(QStringLiteral("595"))); // A4 portrait
    // The long reasons run onto the next page; the signatures close the form on the last one.
    REQUIRE(pages.size() >= 2);
    const int last = int(pages.size()) - 1;
    CHECK(pagesWith(pages, QStringLiteral("第1条理由")) == QList<int>{0});
    CHECK(pagesWith(pages, QStringLiteral("理由到此为止")) == QList<int>{1});
    CHECK(pagesWith(pages, QStringLiteral("Opinion of the proposal committee")) == QList<int>{last});
    CHECK(pagesWith(pages, QStringLiteral("Page %1 of %1").arg(last + 1)) == QList<int>{last});

    const QString text = squeezed(pdfRawText(pdf));
    for (const QString& expected : {
             QStringLiteral("浙江工商大学工会"),
             QStringLiteral("第十二届教代会暨第十四届工代会第二次会议"),
             QStringLiteral("Proposal Form"),
             QStringLiteral("No. 2024-001"),
             QStringLiteral("关于设立青年教师科研启动基金的提案"),
             QStringLiteral("代表1（R001）"),
             QStringLiteral("经济学院代表团"),
             QStringLiteral("代表2（R002）、代表3（R003）"),
             QStringLiteral("教学科研"),
             QStringLiteral("2024-03-01"),
             QStringLiteral("建议学校每年安排专项经费"),
             QStringLiteral("Filed (2024-04-01); key proposal"),
             QStringLiteral("Round 1"),
             QStringLiteral("Round 2"),
             QStringLiteral("人事处"),
             QStringLiteral("2024-07-01"),
             QStringLiteral("财务处 (deadline 2024-06-01)"),
             QStringLiteral(
                 "Replied on 2024-07-05; result B (in progress or planned); to be completed by 2024-12-31; late"),
             QStringLiteral("经研究，拟于下一年度设立专项基金。"),
             QStringLiteral("Proposer: Not satisfied (2024-07-12); 进度太慢"),
             QStringLiteral("代表2（R002）: Basically satisfied (2024-07-10)"),
             QStringLiteral("2024-11-01"),
             QStringLiteral("Replied on 2024-10-08; result A (solved)"),
             QStringLiteral("专项基金已经设立并开始申报。"),
             QStringLiteral("Proposer: Satisfied (2024-10-15)"),
             QStringLiteral("Co-signers' signatures"),
             QStringLiteral("Opinion of the proposal committee"),
         })
        CHECK(text.contains(squeezed(expected)));
    // The second round's reply was on time.
    CHECK_FALSE(text.contains(squeezed(QStringLiteral("Replied on 2024-10-08; result A (solved); late"))));

    // Re-classified, with the proposer's category; merged into it.
    docs.form(s.second)->write(pdf);
    const QString second = squeezed(pdfRawText(pdf));
    CHECK(second.contains(squeezed(QStringLiteral("后勤服务"))));
    CHECK(second.contains(squeezed(QStringLiteral("(proposer's category: 民生保障)"))));
    CHECK(second.contains(squeezed(QStringLiteral("Proposals merged into this one:"))));
    CHECK(second.contains(squeezed(QStringLiteral("2024-003 关于延长教工食堂开放时间的提案 (代表4（R004）)"))));
    CHECK(second.contains(squeezed(QStringLiteral("教务处 (deadline"))));
    CHECK_FALSE(second.contains(QStringLiteral("Round")));

    docs.form(s.merged)->write(pdf);
    CHECK(squeezed(pdfRawText(pdf))
              .contains(squeezed(QStringLiteral("Merged into proposal 2024-002 关于改善教工食堂伙食质量的提案"))));
    docs.form(s.rejected)->write(pdf);
    const QString rejected = squeezed(pdfRawText(pdf));
    CHECK(rejected.contains(squeezed(QStringLiteral("Not filed (2024-04-01)"))));
    CHECK(rejected.contains(squeezed(QStringLiteral("Reason: 不属于教代会职权范围"))));
    docs.form(s.collective)->write(pdf);
    CHECK(squeezed(pdfRawText(pdf)).contains(squeezed(QStringLiteral("管理学院代表团 (collective proposal)"))));

    // A proposal of another session is refused.
    CHECK_THROWS_AS(docs.form(s.first + 1000), ValidationError);

    // The .odt holds the same form.
    const QString odt = t.tempPath(QStringLiteral("form.odt"));
    docs.form(s.first)->write(odt);
    const QString content = odtContent(odt);
    CHECK(content.contains(QStringLiteral("关于设立青年教师科研启动基金的提案")));
    CHECK(content.contains(QStringLiteral("进度太慢")));
    checkNoLeftovers(t);
}

TEST_CASE("All forms print one proposal after the other, each from a new page", "[congress]")
{
    TestDatabase t;
    auto db = t.open();
    ProposalPrintSession s(*db);
    ProposalDocuments docs(*db, s.sessionId);
    const QString pdf = t.tempPath(QStringLiteral("all.pdf"));
    docs.allForms()->write(pdf);
    const QStringList pages = rawPages(pdf);
    // The first form takes more than a page; each of the others one, from its own page.
    const int firstPages = int(pages.size()) - 4;
    REQUIRE(firstPages >= 2);
    for (int i = 1; i <= 5; ++i) {
        const QString number = QStringLiteral("No. 2024-00%1").arg(i);
        CHECK(pagesWith(pages, number) == QList<int>{i == 1 ? 0 : firstPages + i - 2});
    }
    CHECK(pagesWith(pages, QStringLiteral("Page %1 of %1").arg(pages.size())) == QList<int>{int(pages.size()) - 1});
}

TEST_CASE("The compilation groups the filed proposals by category, its contents give their pages", "[congress]")
{
    TestDatabase t;
    auto db = t.open();
    ProposalPrintSession s(*db);
    ProposalDocuments docs(*db, s.sessionId);
    docs.setPrintDate(QDate(2024, 11, 1));
    const QString pdf = t.tempPath(QStringLiteral("compilation.pdf"));
    docs.compilation()->write(pdf);
    const QStringList pages = pdfPages(pdf);
    // Title page, contents, 教学科研: 001 (two pages) and 005, 后勤服务: 002.
    REQUIRE(pages.size() == 6);
    CHECK(squeezed(pages.at(0)).contains(squeezed(QStringLiteral("Compilation of Proposals"))));
    CHECK(squeezed(pages.at(0)).contains(squeezed(QStringLiteral("3 filed proposal"))));
    CHECK_FALSE(squeezed(pages.at(0)).contains(QStringLiteral("-1-"))); // no number on the title page

    // Each line of the contents: number, title, page; the page is where that proposal's heading is.
    const QString contents = pages.at(1);
    CHECK(squeezed(contents).contains(QStringLiteral("Contents")));
    const QRegularExpression line(QStringLiteral("(2024-\\d{3})\\s+(\\S+)\\s+(\\d+)\\s*$"),
                                  QRegularExpression::MultilineOption);
    QStringList order;
    for (auto it = line.globalMatch(contents); it.hasNext();) {
        const auto m = it.next();
        order << m.captured(1);
        const int page = m.captured(3).toInt();
        INFO(m.captured(0).toStdString());
        REQUIRE(page >= 1);
        REQUIRE(page <= pages.size());
        const QList<int> where = pagesWith(pages.mid(2), m.captured(1) + m.captured(2));
        REQUIRE(where.size() >= 1);
        CHECK(where.first() + 3 == page);
        CHECK(squeezed(pages.at(page - 1)).contains(QStringLiteral("-%1-").arg(page))); // the footer
    }
    // By category in the order of the setting (教学科研 before 后勤服务), by number within one.
    CHECK(order == QStringList{QStringLiteral("2024-001"), QStringLiteral("2024-005"), QStringLiteral("2024-002")});
    CHECK(squeezed(contents).contains(squeezed(QStringLiteral("教学科研 (2)"))));
    CHECK(squeezed(contents).contains(squeezed(QStringLiteral("后勤服务 (1)"))));
    // The pages as expected: the first proposal runs over two.
    CHECK(contents.contains(
        QRegularExpression(QStringLiteral("2024-001.*\\s3\\s*$"), QRegularExpression::MultilineOption)));
    CHECK(contents.contains(
        QRegularExpression(QStringLiteral("2024-005.*\\s5\\s*$"), QRegularExpression::MultilineOption)));
    CHECK(contents.contains(
        QRegularExpression(QStringLiteral("2024-002.*\\s6\\s*$"), QRegularExpression::MultilineOption)));

    // The texts; the merged proposal under the one it went into; nothing of the rejected one.
    const QString text = squeezed(pdfRawText(pdf));
    CHECK(text.contains(squeezed(QStringLiteral("理由到此为止。"))));
    CHECK(text.contains(squeezed(QStringLiteral("Proposer: 管理学院代表团 (collective proposal)"))));
    CHECK(text.contains(squeezed(QStringLiteral("Proposer: 代表1（R001）, 经济学院代表团"))));
    CHECK(text.contains(squeezed(QStringLiteral("Lead unit: 后勤管理处 Co-handling units: 教务处"))));
    CHECK(pagesWith(pages, QStringLiteral("2024-003 关于延长教工食堂开放时间的提案")) == QList<int>{5});
    CHECK_FALSE(text.contains(squeezed(QStringLiteral("关于调整校车线路的提案"))));

    // The .odt: the same contents and texts.
    const QString odt = t.tempPath(QStringLiteral("compilation.odt"));
    docs.compilation()->write(odt);
    const QString content = odtContent(odt);
    CHECK(content.contains(QStringLiteral("第十二届教代会暨第十四届工代会第二次会议")));
    CHECK(content.contains(QStringLiteral("关于完善实验室安全管理的提案")));
    checkNoLeftovers(t);
}

TEST_CASE("The referral notices list each unit's proposals of the current round with their deadlines", "[congress]")
{
    TestDatabase t;
    auto db = t.open();
    ProposalPrintSession s(*db);
    ProposalDocuments docs(*db, s.sessionId);
    const QString pdf = t.tempPath(QStringLiteral("referral.pdf"));
    docs.referral()->write(pdf);
    const QStringList pages = rawPages(pdf);
    // 人事处, 教务处, 后勤管理处 in the units' order; 财务处 had only the first round of 2024-001.
    REQUIRE(pages.size() == 3);
    const QString hr = squeezed(pages.at(0));
    CHECK(hr.contains(squeezed(QStringLiteral("人事处:"))));
    CHECK(hr.contains(squeezed(QStringLiteral("Proposal Referral Notice"))));
    CHECK(hr.contains(squeezed(QStringLiteral("2024-001"))));
    CHECK(hr.contains(squeezed(QStringLiteral("(round 2)"))));
    CHECK(hr.contains(QStringLiteral("2024-11-01")));
    CHECK_FALSE(hr.contains(QStringLiteral("财务处")));
    const QString academic = squeezed(pages.at(1));
    CHECK(academic.contains(squeezed(QStringLiteral("教务处:"))));
    CHECK(academic.contains(squeezed(QStringLiteral("2024-002"))));
    CHECK(academic.contains(squeezed(QStringLiteral("Lead: 后勤管理处"))));
    CHECK(academic.contains(squeezed(QStringLiteral("2024-005"))));
    CHECK(academic.contains(squeezed(QStringLiteral("1 as lead unit, 1 as co-handling unit."))));
    CHECK(academic.contains(QStringLiteral("2024-07-01")));
    CHECK(academic.contains(QStringLiteral("2024-06-01"))); // the co-handler's deadline of 2024-002
    const QString logistics = squeezed(pages.at(2));
    CHECK(logistics.contains(squeezed(QStringLiteral("后勤管理处:"))));
    CHECK(logistics.contains(squeezed(QStringLiteral("Co-handling: 教务处"))));
    CHECK_FALSE(logistics.contains(QStringLiteral("2024-003"))); // merged, not referred

    // One unit alone; a unit with nothing in the current round is refused.
    docs.referral(s.unitIds.at(1))->write(pdf);
    const QStringList one = rawPages(pdf);
    REQUIRE(one.size() == 1);
    CHECK(squeezed(one.at(0)).contains(squeezed(QStringLiteral("教务处:"))));
    CHECK_THROWS_AS(docs.referral(s.unitIds.at(3)), ValidationError);

    // A failed write leaves nothing behind; a .doc is refused.
    CHECK_THROWS_AS(docs.referral()->write(t.tempPath(QStringLiteral("no/such/folder/r.pdf"))), Error);
    CHECK_THROWS_AS(docs.referral()->write(t.tempPath(QStringLiteral("r.doc"))), Error);
    CHECK_FALSE(QFileInfo::exists(t.tempPath(QStringLiteral("r.doc"))));
    checkNoLeftovers(t);
}

TEST_CASE("A session without filed proposals has no compilation", "[congress]")
{
    TestDatabase t;
    auto db = t.open();
    ud::test::CongressFixture c(*db);
    c.submit(QStringLiteral("未决提案"));
    ProposalDocuments docs(*db, c.sessionId);
    CHECK_THROWS_AS(docs.compilation(), ValidationError);
    CHECK_THROWS_AS(docs.referral(), ValidationError);
    CHECK(docs.allForms() != nullptr);
    CHECK_THROWS_AS(ProposalDocuments(*db, c.sessionId + 100), ValidationError);
}
