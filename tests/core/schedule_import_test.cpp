#include "support/TestDatabase.h"
#include "support/TestFiles.h"
#include "support/ZipWrite.h"
#include "support/catch.h"

#include "core/db/Error.h"
#include "core/schedule/PlanDocument.h"
#include "core/schedule/ScheduleRepository.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QStringEncoder>

#include <random>

using namespace ud::core;
using ud::test::TestDatabase;

namespace {

QString seedText()
{
    const QString text = PlanDocument::examplePlanText();
    REQUIRE_FALSE(text.isEmpty());
    return text;
}

QString readGolden(const QString& name)
{
    QFile f(QStringLiteral(UD_TEST_DATA "/schedule/") + name);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QString::fromUtf8(f.readAll());
}

// Compares line by line so that a failure names the line; the whole actual text goes to the temp folder.
void compareWithGolden(const QString& actual, const QString& name)
{
    const QString expected = readGolden(name);
    if (actual != expected) {
        QFile out(QDir::temp().filePath(name + QStringLiteral(".actual")));
        if (out.open(QIODevice::WriteOnly))
            out.write(actual.toUtf8());
        INFO("actual output written to " << out.fileName().toStdString());
        const QStringList a = actual.split(QLatin1Char('\n'));
        const QStringList e = expected.split(QLatin1Char('\n'));
        for (int i = 0; i < qMax(a.size(), e.size()); ++i) {
            INFO("line " << i + 1);
            REQUIRE(a.value(i).toStdString() == e.value(i).toStdString());
        }
    }
    CHECK(actual == expected);
}

QString yesNo(bool b)
{
    return b ? QStringLiteral("yes") : QStringLiteral("no");
}

// The structure the golden file holds, from a parsed document.
QString describe(const ParsedPlan& p)
{
    QString s;
    s += QStringLiteral("title\t%1\nnumber\t%2\ndate\t%3\nunion\t%4\n")
             .arg(p.title, p.documentNumber, p.issueDate.toString(Qt::ISODate), p.unionName);
    s += QStringLiteral("keypoints\t%1 sections\t%2 points\n").arg(p.keyPoints.size()).arg(p.pointCount());
    for (const auto& k : p.keyPoints) {
        s += QStringLiteral("key\t%1\t%2\n").arg(k.number).arg(k.title);
        for (const auto& pt : k.points)
            s += QStringLiteral("point\t%1.%2\t%3\n").arg(k.number).arg(pt.number).arg(pt.text);
    }
    s += QStringLiteral("schedule\t%1 sections\t%2 items\n").arg(p.schedule.size()).arg(p.itemCount());
    for (const auto& sec : p.schedule) {
        s += QStringLiteral("section\t%1\t%2\n").arg(sec.number).arg(sec.title);
        for (const auto& i : sec.items)
            s += QStringLiteral("item\t%1.%2\t%3\t%4\tmonths=%5\tdue=%6\tchecked=%7\n")
                     .arg(sec.number)
                     .arg(i.number)
                     .arg(i.text, i.timing.written, i.timing.months.toText(), yesNo(i.timing.deadline),
                          yesNo(i.timing.recognised));
    }
    return s;
}

// The same structure read back from the database.
QString describe(ScheduleRepository& repo, int year)
{
    const PlanInfo plan = repo.requirePlan(year);
    ParsedPlan p;
    p.title = plan.title;
    p.documentNumber = plan.documentNumber;
    p.issueDate = plan.issueDate;
    p.unionName = plan.unionName;
    for (const KeyPointSection& k : repo.keyPoints(plan.id))
        p.keyPoints << ParsedPlan::PointSection{k.number, k.title, k.points};
    for (const ScheduleSection& sec : repo.sections(plan.id)) {
        ParsedPlan::Section section{sec.number, sec.title, {}};
        for (const ScheduleItem& i : repo.items(plan.id)) {
            if (i.sectionId != sec.id)
                continue;
            ParsedPlan::Item item;
            item.number = i.number;
            item.text = i.text;
            item.timing.written = i.timing;
            item.timing.months = i.months;
            item.timing.deadline = i.deadline;
            item.timing.recognised = !i.monthsNeedChecking;
            section.items << item;
        }
        p.schedule << section;
    }
    return describe(p);
}

QString monthLists(ScheduleRepository& repo, int year)
{
    QString s;
    for (int m = 1; m <= 12; ++m) {
        const auto items = repo.monthItems(year, m);
        s += QStringLiteral("== %1: %2 items\n").arg(m).arg(items.size());
        for (const ScheduleItem& i : items)
            s += QStringLiteral("%1\t%2\t%3\tdue=%4\t%5\n")
                     .arg(m)
                     .arg(ScheduleSection{0, i.sectionNumber, i.sectionTitle, 0}.heading())
                     .arg(i.number)
                     .arg(yesNo(i.isDueIn(m)), i.text);
    }
    return s;
}

QString xmlEscaped(const QString& s)
{
    return s.toHtmlEscaped();
}

// A .docx as Word writes one: every paragraph in several runs, a page break inside the attachment, the
// schedule's numbers as Word's automatic numbering for one section.
QByteArray documentXml(const QString& text)
{
    QString body;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int n = 0; n < lines.size(); ++n) {
        const QString& line = lines.at(n);
        body += QStringLiteral("<w:p><w:pPr><w:jc w:val=\"both\"/></w:pPr>");
        // Split into runs of at most 7 characters, as formatting changes do in real documents.
        for (int i = 0; i < line.size(); i += 7)
            body += QStringLiteral("<w:r><w:rPr><w:rFonts w:hint=\"eastAsia\"/></w:rPr><w:t xml:space=\"preserve\">%1"
                                   "</w:t></w:r>")
                        .arg(xmlEscaped(line.mid(i, 7)));
        if (line.startsWith(QStringLiteral("8. 组织教职工参加省产业")))
            body += QStringLiteral("<w:r><w:br w:type=\"page\"/></w:r>");
        body += QStringLiteral("</w:p>");
    }
    return QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                          "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                          "<w:body>%1<w:sectPr/></w:body></w:document>")
        .arg(body)
        .toUtf8();
}

void writeDocx(const QString& path, const QByteArray& documentXml, const QByteArray& numberingXml = {})
{
    QList<QPair<QByteArray, QByteArray>> parts;
    const auto add = [&parts](const char* name, const QByteArray& data) { parts.append({QByteArray(name), data}); };
    add("[Content_Types].xml",
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types "
        "xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"xml\" "
        "ContentType=\"application/xml\"/><Override PartName=\"/word/document.xml\" "
        "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
    add("word/document.xml", documentXml);
    if (!numberingXml.isEmpty())
        add("word/numbering.xml", numberingXml);
    ud::test::writeZip(path, parts);
}

} // namespace

TEST_CASE("The 2024 plan imports to the golden structure: 5 + 15 key points, 5 sections with 30 items",
          "[schedule][import]")
{
    const ParsedPlan plan = PlanDocument::parseText(seedText());
    CHECK(plan.keyPoints.size() == 5);
    CHECK(plan.pointCount() == 15);
    CHECK(plan.schedule.size() == 5);
    CHECK(plan.itemCount() == 30);
    CHECK(plan.flaggedItems().isEmpty());
    CHECK(plan.unrecognisedLines.isEmpty());
    CHECK(plan.year == 2024);
    CHECK(plan.intro.startsWith(QStringLiteral("2024 年校工会工作的总体思路是")));
    compareWithGolden(describe(plan), QStringLiteral("work-plan-2024.golden"));

    // The same document as GB18030 text with CRLF line ends (Notepad on a Chinese Windows).
    TestDatabase t;
    const QString gbPath = t.tempPath(QStringLiteral("plan-gbk.txt"));
    {
        QFile f(gbPath);
        REQUIRE(f.open(QIODevice::WriteOnly));
        QStringEncoder enc("GB18030");
        QString crlf = seedText();
        crlf.replace(QLatin1Char('\n'), QStringLiteral("\r\n"));
        f.write(enc.encode(crlf));
    }
    compareWithGolden(describe(PlanDocument::readFile(gbPath)), QStringLiteral("work-plan-2024.golden"));
}

TEST_CASE("The 2024 plan saved and read back keeps its structure; the month lists match the golden file",
          "[schedule][import]")
{
    TestDatabase t;
    auto db = t.open();
    ScheduleRepository repo(*db);
    repo.importPlan(2024, PlanDocument::parseText(seedText()));
    compareWithGolden(describe(repo, 2024), QStringLiteral("work-plan-2024.golden"));
    compareWithGolden(monthLists(repo, 2024), QStringLiteral("months-2024.golden"));

    // Key-point sections are linked to the schedule sections of the same number.
    const PlanInfo plan = repo.requirePlan(2024);
    const auto keys = repo.keyPoints(plan.id);
    const auto sections = repo.sections(plan.id);
    REQUIRE(sections.size() == 5);
    for (int i = 0; i < 5; ++i)
        CHECK(sections.at(i).keySectionId == keys.at(i).id);

    // Every row written left its change-history row: 1 plan + 5 + 15 + 5 + 30.
    CHECK(db->scalar(QStringLiteral("SELECT count(*) FROM change_log WHERE action = 'insert' AND table_name IN "
                                    "('schedule_plans', 'plan_key_sections', 'plan_key_points', "
                                    "'schedule_sections', 'schedule_items')"))
              .toInt() == 56);
}

TEST_CASE("A .docx of the plan (runs, a page break) imports like the text", "[schedule][import][docx]")
{
    TestDatabase t;
    const QString path = t.tempPath(QStringLiteral("plan.docx"));
    writeDocx(path, documentXml(seedText()));
    const ParsedPlan plan = PlanDocument::readFile(path);
    compareWithGolden(describe(plan), QStringLiteral("work-plan-2024.golden"));
}

TEST_CASE("Control characters and direction overrides in a plan are refused with their line; invisible spaces are "
          "dropped",
          "[schedule][import]")
{
    TestDatabase t;
    const QString seed = seedText();
    const int line = 7;
    const qsizetype lineStart = [&] {
        qsizetype at = 0;
        for (int n = 1; n < line; ++n)
            at = seed.indexOf(QLatin1Char('\n'), at) + 1;
        return at;
    }();
    for (const QString& bad :
         {QStringLiteral("\x1b[31m"), QStringLiteral("\u202e"), QString(QChar(0)), QStringLiteral("\x7f")}) {
        INFO("U+" << QString::number(bad.at(0).unicode(), 16).toStdString());
        QString text = seed;
        text.insert(lineStart + 3, bad);
        const QString txt = t.tempPath(QStringLiteral("control.txt"));
        QFile f(txt);
        REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(text.toUtf8());
        f.close();
        try {
            PlanDocument::readFile(txt);
            FAIL("a control character was read into the plan");
        } catch (const Error& e) {
            CHECK(e.message().contains(QStringLiteral("Line %1").arg(line)));
            CHECK(e.message().contains(QStringLiteral("at character 4")));
        }
        const QString docx = t.tempPath(QStringLiteral("control.docx"));
        writeDocx(docx, documentXml(text.remove(QChar(0))));
        if (bad.at(0) != QChar(0))
            CHECK_THROWS_AS(PlanDocument::readFile(docx), Error);
    }
    // Zero-width spaces and a byte-order mark inside the text are dropped; a form feed is a line break.
    QString invisible = seed;
    invisible.insert(lineStart + 3, QStringLiteral("\u200b\ufeff"));
    const QString path = t.tempPath(QStringLiteral("invisible.docx"));
    writeDocx(path, documentXml(invisible));
    compareWithGolden(describe(PlanDocument::readFile(path)), QStringLiteral("work-plan-2024.golden"));
    invisible.replace(QStringLiteral("附件"), QStringLiteral("\f附件"));
    const QString txt = t.tempPath(QStringLiteral("invisible.txt"));
    QFile f(txt);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(invisible.toUtf8());
    f.close();
    compareWithGolden(describe(PlanDocument::readFile(txt)), QStringLiteral("work-plan-2024.golden"));
}

TEST_CASE("A .docx whose schedule is a table with Word's automatic numbers", "[schedule][import][docx]")
{
    TestDatabase t;
    auto cell = [](const QString& s) {
        return QStringLiteral("<w:tc><w:p><w:r><w:t>%1</w:t></w:r></w:p></w:tc>").arg(s.toHtmlEscaped());
    };
    auto row = [&](const QStringList& cells) {
        QString r = QStringLiteral("<w:tr>");
        for (const QString& c : cells)
            r += cell(c);
        return r + QStringLiteral("</w:tr>");
    };
    auto numbered = [](const QString& s) {
        return QStringLiteral("<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"3\"/></w:numPr></w:pPr>"
                              "<w:r><w:t>%1</w:t></w:r></w:p>")
            .arg(s);
    };
    const QString body =
        QStringLiteral("<w:p><w:r><w:t>浙江工商大学工会2025年工作要点</w:t></w:r></w:p>") +
        QStringLiteral("<w:p><w:r><w:t>一、强化政治引领</w:t></w:r></w:p>") +
        numbered(QStringLiteral("加强学习培训。")) + numbered(QStringLiteral("强化主题活动。")) +
        QStringLiteral("<w:p><w:r><w:t>附件：2025年工会主要工作进度安排</w:t></w:r></w:p>") +
        QStringLiteral("<w:tbl>") +
        row({QStringLiteral("序号"), QStringLiteral("工作内容"), QStringLiteral("时间"), QStringLiteral("责任部门")}) +
        row({QStringLiteral("一、政治引领和宣传工作"), QString(), QString(), QString()}) +
        row({QStringLiteral("1"), QStringLiteral("学习宣传贯彻会议精神"), QStringLiteral("全年"),
             QStringLiteral("办公室")}) +
        row({QStringLiteral("2"), QStringLiteral("组织先进选树活动"), QStringLiteral("３—６月"),
             QStringLiteral("宣传部")}) +
        row({QStringLiteral("二、民主建设"), QString(), QString(), QString()}) +
        row({QStringLiteral("1"), QStringLiteral("召开教代会"), QStringLiteral("6月底前"), QStringLiteral("办公室")}) +
        row({QStringLiteral("2"), QStringLiteral("代表巡视"), QStringLiteral("暑期"), QString()}) +
        QStringLiteral("</w:tbl>");
    const QByteArray xml = QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document "
                                          "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                                          "<w:body>%1</w:body></w:document>")
                               .arg(body)
                               .toUtf8();
    const QByteArray numbering =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:numbering "
        "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:abstractNum w:abstractNumId=\"7\">"
        "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%1.\"/></w:lvl>"
        "</w:abstractNum><w:num w:numId=\"3\"><w:abstractNumId w:val=\"7\"/></w:num></w:numbering>";
    const QString path = t.tempPath(QStringLiteral("table.docx"));
    writeDocx(path, xml, numbering);
    const ParsedPlan plan = PlanDocument::readFile(path);
    CHECK(plan.year == 2025);
    REQUIRE(plan.keyPoints.size() == 1);
    REQUIRE(plan.keyPoints.at(0).points.size() == 2);
    CHECK(plan.keyPoints.at(0).points.at(1).number == 2);
    CHECK(plan.keyPoints.at(0).points.at(1).text == QStringLiteral("强化主题活动。"));
    REQUIRE(plan.schedule.size() == 2);
    REQUIRE(plan.schedule.at(0).items.size() == 2);
    REQUIRE(plan.schedule.at(1).items.size() == 2);
    const auto& first = plan.schedule.at(0).items.at(1);
    CHECK(first.text == QStringLiteral("组织先进选树活动"));
    CHECK(first.timing.written == QStringLiteral("３—６月"));
    CHECK(first.timing.months.toText() == QStringLiteral("3;4;5;6"));
    CHECK(first.office == QStringLiteral("宣传部"));
    const auto& due = plan.schedule.at(1).items.at(0);
    CHECK(due.timing.deadline);
    CHECK(due.office == QStringLiteral("办公室"));
    // 暑期 cannot be read as months: kept as written and flagged, not dropped.
    const auto& summer = plan.schedule.at(1).items.at(1);
    CHECK(summer.text == QStringLiteral("代表巡视"));
    CHECK(summer.timing.written == QStringLiteral("暑期"));
    CHECK_FALSE(summer.timing.recognised);
    CHECK(plan.flaggedItems().size() == 1);
}

TEST_CASE("A file that is not a plan: nothing recognised, nothing saved", "[schedule][import]")
{
    TestDatabase t;
    auto db = t.open();
    ScheduleRepository repo(*db);
    const ParsedPlan empty = PlanDocument::parseText(QStringLiteral("hello\nworld\n"));
    CHECK(empty.isEmpty());
    CHECK_THROWS_AS(repo.importPlan(2024, empty), ValidationError);
    CHECK(repo.years().isEmpty());
    CHECK_THROWS_AS(PlanDocument::readFile(t.tempPath(QStringLiteral("missing.docx"))), Error);
    const QString notZip = t.tempPath(QStringLiteral("fake.docx"));
    {
        QFile f(notZip);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("not a zip");
    }
    CHECK_THROWS_AS(PlanDocument::readFile(notZip), Error);
}

TEST_CASE("Timings that cannot be read are kept and flagged; unnumbered lines are reported", "[schedule][import]")
{
    const QString text = QStringLiteral("2025年工会工作要点\n"
                                        "附件：2025年工会主要工作进度安排\n"
                                        "一、民主建设\n"
                                        "1. 召开教代会（暑假）\n"
                                        "2. 提案征集\n"
                                        "和落实工作（3月、6-7月）\n"
                                        "3. 没有时间的一项\n"
                                        "4. 代表巡视 11月\n"
                                        "一段说明文字\n");
    const ParsedPlan p = PlanDocument::parseText(text);
    REQUIRE(p.schedule.size() == 1);
    const auto& items = p.schedule.at(0).items;
    REQUIRE(items.size() == 4);
    CHECK(items.at(0).timing.written == QStringLiteral("暑假"));
    CHECK_FALSE(items.at(0).timing.recognised);
    CHECK(items.at(0).text == QStringLiteral("召开教代会"));
    CHECK(items.at(1).text == QStringLiteral("提案征集和落实工作"));
    CHECK(items.at(1).timing.months.toText() == QStringLiteral("3;6;7"));
    CHECK(items.at(3).text == QStringLiteral("代表巡视"));
    CHECK(items.at(3).timing.months.toText() == QStringLiteral("11"));
    CHECK(items.at(2).text == QStringLiteral("没有时间的一项"));
    CHECK(items.at(2).timing.written.isEmpty());
    CHECK_FALSE(items.at(2).timing.recognised);
    CHECK(p.flaggedItems().size() == 2);
    // A line after a finished item that is no item is reported, not silently dropped.
    REQUIRE(p.unrecognisedLines.size() == 1);
    CHECK(p.unrecognisedLines.at(0).contains(QStringLiteral("一段说明文字")));
}

namespace {

// The rows an import would have written: none when a file is refused.
int storedPlanRows(Database& db)
{
    int rows = 0;
    for (const Table& table : scheduleTables())
        rows += db.scalar(QStringLiteral("SELECT count(*) FROM %1").arg(table.sqlName())).toInt();
    return rows + db.scalar(QStringLiteral("SELECT count(*) FROM change_log")).toInt();
}

// Imports a file as the command line and the dialog do; the message it is refused with, or empty when it imports.
QString importRefusal(ScheduleRepository& repo, const QString& path)
{
    try {
        repo.importPlan(2024, PlanDocument::readFile(path));
    } catch (const Error& e) {
        return e.message();
    }
    return {};
}

} // namespace

TEST_CASE("Random bytes and random words are refused as a work plan, saying what one has; nothing is stored",
          "[schedule][import]")
{
    TestDatabase t;
    auto db = t.open();
    ScheduleRepository repo(*db);
    const int rowsBefore = storedPlanRows(*db);
    std::mt19937 random(20240308); // fixed: the same files on every run
    const auto below = [&random](int n) { return int(random() % unsigned(n)); };

    // Bytes of any value: no text in UTF-8 nor in GB18030, refused by the decoding, naming the line.
    for (int i = 0; i < 10; ++i) {
        QByteArray bytes(256 + below(4096), Qt::Uninitialized);
        for (char& b : bytes)
            b = char(below(256));
        const QString path = ud::test::writeFile(t, QStringLiteral("bytes-%1.txt").arg(i), bytes);
        INFO(path.toStdString());
        CHECK_THROWS_AS(PlanDocument::readFile(path), Csv::EncodingError);
        CHECK(importRefusal(repo, path).contains(QStringLiteral("row ")));
    }

    // Text that decodes: printable ASCII with tabs, and the plan's own words in random order with its punctuation,
    // in UTF-8 and in GB18030. The parser finds "points" in them (a tab makes a table row), but no plan.
    QStringList words;
    for (const QString& w : seedText().split(QRegularExpression(QStringLiteral("[^\\x{4E00}-\\x{9FFF}]+"))))
        if (!w.isEmpty())
            words << w;
    REQUIRE(words.size() > 300);
    const QString punctuation = QStringLiteral("，。、；：“”（）！？ \t");
    int recognisedSomething = 0;
    for (int i = 0; i < 20; ++i) {
        QString text;
        const int lines = 5 + below(150);
        for (int l = 0; l < lines; ++l) {
            const int length = 1 + below(15);
            for (int w = 0; w < length; ++w) {
                if (i < 5)
                    text += QChar(below(8) == 0 ? '\t' : 0x20 + below(0x5F));
                else
                    text += words.at(below(int(words.size()))) +
                            (below(2) ? QString(punctuation.at(below(int(punctuation.size())))) : QString());
            }
            text += QLatin1Char('\n');
        }
        const bool gb18030 = i >= 5 && i % 2 == 0;
        const QString path = ud::test::writeFile(t, QStringLiteral("words-%1.txt").arg(i),
                                                 gb18030 ? QStringEncoder("GB18030").encode(text) : text.toUtf8());
        INFO(path.toStdString());
        ParsedPlan parsed;
        REQUIRE_NOTHROW(parsed = PlanDocument::readFile(path));
        recognisedSomething += parsed.isEmpty() ? 0 : 1;
        // The refusal says what a plan has: numbered headings and a schedule by month.
        const QString message = importRefusal(repo, path);
        INFO(message.toStdString());
        CHECK(message.contains(QStringLiteral("一、")));
        CHECK(message.contains(QStringLiteral("months")));
    }
    CHECK(recognisedSomething >= 5); // the refusal is not merely "nothing found"
    CHECK(repo.years().isEmpty());
    CHECK(storedPlanRows(*db) == rowsBefore);

    // What the parser recognises alone is no plan either: key points without a schedule, items under no heading.
    const ParsedPlan keyPointsOnly =
        PlanDocument::parseText(QStringLiteral("2026年工会工作要点\n一、思想引领\n1. 加强学习。\n2. 强化活动。\n"));
    CHECK(keyPointsOnly.pointCount() == 2);
    CHECK(PlanDocument::structureProblem(keyPointsOnly).contains(QStringLiteral("No schedule item")));
    CHECK_THROWS_AS(repo.importPlan(2026, keyPointsOnly), ValidationError);
    const ParsedPlan noHeading =
        PlanDocument::parseText(QStringLiteral("1. 召开教代会（6月底前）\n2. 代表巡视（9月）\n"));
    CHECK(noHeading.itemCount() == 2);
    CHECK(PlanDocument::structureProblem(noHeading).contains(QStringLiteral("No numbered section heading")));
    CHECK_THROWS_AS(repo.importPlan(2026, noHeading), ValidationError);
    CHECK(repo.years().isEmpty());

    // The real plan has both.
    CHECK(PlanDocument::structureProblem(PlanDocument::parseText(seedText())).isEmpty());
}

TEST_CASE("A .docx cut short, an old .doc and a file that is no Word document each get their own message; nothing "
          "is stored",
          "[schedule][import][docx]")
{
    TestDatabase t;
    auto db = t.open();
    ScheduleRepository repo(*db);
    const int rowsBefore = storedPlanRows(*db);
    const QString whole = t.tempPath(QStringLiteral("plan.docx"));
    writeDocx(whole, documentXml(seedText()));
    REQUIRE(PlanDocument::structureProblem(PlanDocument::readFile(whole)).isEmpty());
    QFile wholeFile(whole);
    REQUIRE(wholeFile.open(QIODevice::ReadOnly));
    const QByteArray bytes = wholeFile.readAll();
    REQUIRE(bytes.size() > 1000);

    const auto refusal = [&](const QString& name, const QByteArray& content) {
        const QString path = ud::test::writeFile(t, name, content);
        QString message;
        try {
            PlanDocument::readDocxText(path);
        } catch (const Error& e) {
            message = e.message();
        }
        CHECK(importRefusal(repo, path) == message); // the import says the same, and stores nothing
        return message;
    };

    // Cut short anywhere, down to its first two bytes: damaged or incomplete, not an old format nor another file.
    for (const qsizetype size : {qsizetype(2), qsizetype(3), qsizetype(4), qsizetype(100), bytes.size() / 2,
                                 bytes.size() - 22, bytes.size() - 1}) {
        const QString message = refusal(QStringLiteral("cut-%1.docx").arg(size), bytes.left(size));
        INFO(size << ": " << message.toStdString());
        CHECK(message.contains(QStringLiteral("damaged or incomplete")));
        CHECK_FALSE(message.contains(QStringLiteral("old")));
    }

    // Word's old format (an OLE2 compound file), whatever its name.
    QByteArray ole("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
    ole += QByteArray(504, '\0');
    for (const QString& name : {QStringLiteral("old.docx"), QStringLiteral("old.doc")}) {
        const QString message = name.endsWith(QLatin1String(".doc"))
                                    ? importRefusal(repo, ud::test::writeFile(t, name, ole))
                                    : refusal(name, ole);
        INFO(message.toStdString());
        CHECK(message.contains(QStringLiteral("old Word format")));
        CHECK(message.contains(QStringLiteral("Save it as .docx")));
        CHECK_FALSE(message.contains(QStringLiteral("damaged")));
    }

    // Random bytes, and an empty file: no Word document, and no talk of an old format or of damage.
    std::mt19937 random(8);
    QByteArray noise(2048, Qt::Uninitialized);
    for (char& b : noise)
        b = char(random() % 256u);
    REQUIRE_FALSE(noise.startsWith("PK"));
    REQUIRE_FALSE(noise.startsWith("\xD0\xCF"));
    for (const QByteArray& content : {noise, QByteArray()}) {
        const QString message = refusal(QStringLiteral("noise-%1.docx").arg(content.size()), content);
        INFO(message.toStdString());
        CHECK(message.contains(QStringLiteral("is not a Word document (.docx)")));
        CHECK_FALSE(message.contains(QStringLiteral("old")));
        CHECK_FALSE(message.contains(QStringLiteral("damaged")));
    }

    // A whole zip that is some other package: no Word document, naming the part it lacks.
    const QString workbook = t.tempPath(QStringLiteral("workbook.docx"));
    ud::test::writeZip(workbook, {{QByteArray("xl/workbook.xml"), QByteArray("<workbook/>")}});
    CHECK_THROWS_WITH(PlanDocument::readDocxText(workbook), Catch::Contains("it has no word/document.xml"));

    CHECK(repo.years().isEmpty());
    CHECK(storedPlanRows(*db) == rowsBefore);
}
