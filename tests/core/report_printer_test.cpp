#include "support/PdfText.h"
#include "support/TestDatabase.h"
#include "support/catch.h"

#include "core/members/DemoData.h"
#include "core/members/MemberLists.h"
#include "core/report/ReportModel.h"
#include "core/report/ReportPrinter.h"

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QPdfWriter>
#include <QSet>
#include <QTranslator>

#include <memory>

using namespace ud::core;
using ud::test::pdfPageCount;
using ud::test::pdfPages;
using ud::test::TestDatabase;

namespace {

/// The users' language while it lives, where the translations are built.
struct Chinese {
    Chinese()
    {
#ifdef UD_QM_DIR
        translator = std::make_unique<QTranslator>();
        REQUIRE(translator->load(QStringLiteral(UD_QM_DIR "/uniondesk_zh_CN.qm")));
        QCoreApplication::installTranslator(translator.get());
#endif
    }
    ~Chinese()
    {
        if (translator)
            QCoreApplication::removeTranslator(translator.get());
    }
    std::unique_ptr<QTranslator> translator;
};

/// The numbers N of the marks "<prefix>N" on each page.
QList<QSet<int>> marksPerPage(const QStringList& pages, const QString& prefix)
{
    const QRegularExpression mark(QStringLiteral("\\b%1(\\d+)\\b").arg(prefix));
    QList<QSet<int>> out;
    for (const QString& page : pages) {
        QSet<int> found;
        for (auto it = mark.globalMatch(page); it.hasNext();)
            found.insert(it.next().captured(1).toInt());
        out << found;
    }
    return out;
}

/// The lines of a page with text, without the footer (the last one).
QStringList bodyLines(const QString& page)
{
    QStringList lines;
    for (const QString& line : page.split(QLatin1Char('\n')))
        if (!line.trimmed().isEmpty())
            lines << line;
    if (!lines.isEmpty())
        lines.removeLast();
    return lines;
}

Report tallRows()
{
    Report r;
    r.title = QStringLiteral("Tall rows");
    r.subtitle = QStringLiteral("Rows of one to six lines");
    r.footnote = QStringLiteral("The footnote stays with the last row.");
    r.columns = {{QStringLiteral("No."), Report::Kind::Integer, 4},
                 {QStringLiteral("Text"), Report::Kind::Text, 30},
                 {QStringLiteral("Group"), Report::Kind::Text, 10, Report::GroupKey},
                 {QStringLiteral("Date"), Report::Kind::Date, 10}};
    for (int i = 1; i <= 90; ++i) {
        const QString group = QStringLiteral("heading%1").arg(i / 7 + 1);
        if (i == 1 || i % 7 == 0)
            r.addHeading(group);
        QStringList lines{QStringLiteral("top%1").arg(i)};
        for (int k = 0; k < i % 5; ++k)
            lines << QStringLiteral("line");
        lines << QStringLiteral("end%1").arg(i);
        r.addRow({QString::number(i), lines.join(QLatin1Char('\n')), group, QStringLiteral("2024-05-18")});
    }
    return r;
}

} // namespace

TEST_CASE("A roster of 3,000 members prints on well under 100 A4 pages, each row whole, the header on every page",
          "[report][pdf][sqlite-only]")
{
    TestDatabase t;
    auto db = t.open();
    DemoData::Options demo;
    demo.members = 3000;
    demo.today = QDate(2025, 3, 1);
    DemoData::generate(*db, demo);

    const Chinese chinese; // as the office prints it
    const Report r = MemberLists(*db).rosterAsOf(QDate(2024, 12, 31), MemberLists::Options{});
    REQUIRE(r.dataRowCount() > 2500);
    const QString pdf = t.tempPath(QStringLiteral("roster.pdf"));
    ReportPrinter(r).writePdf(pdf);

    QString size;
    const int pages = pdfPageCount(pdf, &size);
    CAPTURE(r.dataRowCount());
    CHECK(pages < 100);
    CHECK(size.startsWith(QStringLiteral("595"))); // portrait

    // Each page starts with the header row; each row is one line with its number, staff number, name and phone.
    const QStringList text = pdfPages(pdf);
    REQUIRE(text.size() == pages);
    const QString staffTitle = r.columns.at(1).title;
    const QString phoneTitle = r.columns.last().title;
    static const QRegularExpression rowLine(QStringLiteral("^\\s*(\\d+)\\s+\\d{5,}\\s"));
    QHash<QString, QString> lineOfRow;
    QStringList problems;
    for (int p = 0; p < text.size(); ++p) {
        const QStringList lines = text.at(p).split(QLatin1Char('\n'));
        int header = -1;
        for (int i = 0; i < lines.size() && header < 0; ++i) {
            if (rowLine.match(lines.at(i)).hasMatch())
                break;
            if (lines.at(i).contains(staffTitle) && lines.at(i).contains(phoneTitle))
                header = i;
        }
        if (header < 0)
            problems << QStringLiteral("page %1 does not start with the header row").arg(p + 1);
        for (const QString& line : lines) {
            const auto m = rowLine.match(line);
            if (m.hasMatch())
                lineOfRow.insert(m.captured(1), line);
        }
    }
    for (const auto& row : r.rows) {
        if (!row.heading.isEmpty())
            continue;
        const QString line = lineOfRow.value(row.cells.at(0));
        for (int c : {1, 2, 7})
            if (!line.contains(row.cells.at(c)))
                problems << QStringLiteral("row %1: %2 not on its line \"%3\"")
                                .arg(row.cells.at(0), row.cells.at(c), line.simplified());
    }
    CAPTURE(problems.size());
    CHECK(problems.mid(0, 10).join(QLatin1Char('\n')) == QString());
}

TEST_CASE("A row is never split across pages, a heading never ends a page, the header row opens every page",
          "[report][pdf]")
{
    TestDatabase t;
    const Report r = tallRows();
    const QString pdf = t.tempPath(QStringLiteral("tall.pdf"));
    ReportPrinter(r).writePdf(pdf);
    const QStringList pages = pdfPages(pdf);
    REQUIRE(pages.size() >= 3);
    const auto tops = marksPerPage(pages, QStringLiteral("top"));
    const auto ends = marksPerPage(pages, QStringLiteral("end"));
    const auto headings = marksPerPage(pages, QStringLiteral("heading"));
    QSet<int> rows;
    for (int p = 0; p < pages.size(); ++p) {
        INFO("page " << p + 1);
        CHECK(tops.at(p) == ends.at(p)); // each row's first and last line on the same page
        rows.unite(tops.at(p));
        const QStringList lines = bodyLines(pages.at(p));
        REQUIRE_FALSE(lines.isEmpty());
        // The header row first (after the title block on page 1), and no column repeats the headings.
        int header = 0;
        while (header < lines.size() && !lines.at(header).contains(QStringLiteral("Date")))
            ++header;
        REQUIRE(header < lines.size());
        CHECK(lines.at(header).contains(QStringLiteral("No.")));
        CHECK(lines.at(header).contains(QStringLiteral("Text")));
        CHECK_FALSE(lines.at(header).contains(QStringLiteral("Group")));
        CHECK(header == (p == 0 ? 2 : 0));
        // A heading goes on with its first row: the page does not end with it.
        CHECK_FALSE(lines.last().contains(QStringLiteral("heading")));
        CHECK(headings.at(p).size() <= tops.at(p).size());
        // The date column is as wide as a date: never broken.
        CHECK(pages.at(p).count(QStringLiteral("2024-05-18")) == tops.at(p).size());
    }
    CHECK(rows.size() == 90);
    CHECK(pages.last().contains(r.footnote));
    CHECK(tops.last().size() >= 1);
    CHECK(pages.first().contains(QStringLiteral("Page 1 of %1").arg(pages.size())));
}

TEST_CASE("A report too wide for the paper still prints every cell; an empty one says so", "[report][pdf]")
{
    TestDatabase t;
    Report wide;
    wide.title = QStringLiteral("Wide");
    for (int c = 0; c < 14; ++c)
        wide.columns.append({QStringLiteral("C%1").arg(c), Report::Kind::Text, 5, Report::NoWrap});
    QStringList cells;
    for (int c = 0; c < 14; ++c)
        cells << QStringLiteral("cell%1-abcdefghij").arg(c);
    wide.addRow(cells);
    const QString pdf = t.tempPath(QStringLiteral("wide.pdf"));
    ReportPrinter(wide).writePdf(pdf);
    const QString text = ud::test::pdfRawText(pdf).remove(QRegularExpression(QStringLiteral("\\s+")));
    for (const QString& cell : cells)
        CHECK(text.contains(cell));

    Report empty;
    empty.title = QStringLiteral("Nobody");
    empty.footnote = QStringLiteral("Mobile numbers are masked.");
    empty.columns = {{QStringLiteral("Name"), Report::Kind::Text, 8}};
    ReportPrinter(empty).writePdf(pdf);
    const QStringList pages = pdfPages(pdf);
    REQUIRE(pages.size() == 1);
    CHECK(pages.first().contains(QStringLiteral("No entries")));
    CHECK(pages.first().contains(empty.footnote));
}

TEST_CASE("A report prints in the orientation the report or the printer asks for", "[report][pdf]")
{
    TestDatabase t;
    Report r = tallRows();
    r.orientation = QPageLayout::Landscape;
    const QString pdf = t.tempPath(QStringLiteral("landscape.pdf"));
    ReportPrinter(r).writePdf(pdf);
    QString size;
    const int landscapePages = pdfPageCount(pdf, &size);
    CHECK(ud::test::isLandscape(size));
    r.orientation = QPageLayout::Portrait;
    ReportPrinter(r).writePdf(pdf);
    CHECK(landscapePages > pdfPageCount(pdf, &size)); // the same rows take more pages across
    CHECK_FALSE(ud::test::isLandscape(size));

    // Print preview hands over a printer turned by the user: that is the orientation printed.
    {
        QPdfWriter writer(pdf);
        writer.setPageOrientation(QPageLayout::Landscape);
        ReportPrinter(r).print(writer);
    }
    pdfPageCount(pdf, &size);
    CHECK(ud::test::isLandscape(size));
}

TEST_CASE("The report model shows the printed columns and every row, a heading in its first column", "[report][model]")
{
    ReportModel model;
    const QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(model.rowCount() == 0);
    Report r = tallRows();
    model.setReport(r);
    REQUIRE(model.rowCount() == r.rows.size());
    REQUIRE(model.columnCount() == 3); // the group column is left out: the headings say it
    CHECK(model.headerData(2, Qt::Horizontal).toString() == QStringLiteral("Date"));
    CHECK(model.isHeading(0));
    CHECK(model.index(0, 0).data().toString() == QStringLiteral("heading1"));
    CHECK(model.index(0, 0).data(ReportModel::HeadingRole).toBool());
    CHECK_FALSE(model.index(1, 0).data(ReportModel::HeadingRole).toBool());
    CHECK(model.index(1, 0).data().toString() == QStringLiteral("1"));
    CHECK(model.index(1, 2).data().toString() == QStringLiteral("2024-05-18"));
    CHECK(model.index(1, 0).data(Qt::TextAlignmentRole).toInt() & Qt::AlignRight);

    // Without headings the group column is shown.
    r.rows.removeIf([](const Report::Row& row) { return !row.heading.isEmpty(); });
    model.setReport(r);
    CHECK(model.rowCount() == 90);
    CHECK(model.columnCount() == 4);
    CHECK(model.index(0, 2).data().toString() == QStringLiteral("heading1"));
    CHECK_FALSE(model.isHeading(0));
}
