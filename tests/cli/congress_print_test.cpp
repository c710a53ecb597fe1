#include "support/CliRun.h"
#include "support/PdfText.h"
#include "support/ProposalPrintSession.h"
#include "support/TestDatabase.h"
#include "support/TestFiles.h"
#include "support/catch.h"

#include "core/io/ZipArchive.h"

#include <QFile>
#include <QRegularExpression>

using namespace ud::test;

namespace {

QString squeezed(QString text)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return text.remove(space);
}

CliRun print(const TestDatabase& t, const QStringList& args)
{
    return runUnionDesk(t, QStringList{QStringLiteral("congress"), QStringLiteral("print"), QStringLiteral("--session"),
                                       QStringLiteral("12-2")} +
                               args);
}

QByteArray contents(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

TEST_CASE("congress print writes the forms, the compilation and the referral notices", "[cli][congress]")
{
    TestDatabase t;
    {
        auto db = t.open();
        ProposalPrintSession s(*db);
    }

    const QString form = t.tempPath(QStringLiteral("form.pdf"));
    CliRun r = print(t, {QStringLiteral("--proposal"), QStringLiteral("2024-005"), QStringLiteral("--out"), form});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("The form of proposal 2024-005: 1 page(s), written to")));
    const QString formText = squeezed(pdfRawText(form));
    CHECK(formText.contains(squeezed(QStringLiteral("关于完善实验室安全管理的提案"))));
    CHECK(formText.contains(squeezed(QStringLiteral("管理学院代表团 (collective proposal)"))));

    const QString all = t.tempPath(QStringLiteral("all.odt"));
    r = print(t, {QStringLiteral("--all"), QStringLiteral("--out"), all});
    REQUIRE(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("written to")));
    {
        ud::core::ZipArchive zip(all);
        const QString xml = QString::fromUtf8(zip.entry(QStringLiteral("content.xml")));
        for (const char* title : {"关于设立青年教师科研启动基金的提案", "关于调整校车线路的提案"})
            CHECK(xml.contains(QString::fromUtf8(title)));
    }

    const QString compilation = t.tempPath(QStringLiteral("compilation.pdf"));
    r = print(t, {QStringLiteral("--compilation"), QStringLiteral("--out"), compilation});
    REQUIRE(r.code == 0);
    const QStringList pages = pdfPages(compilation);
    CHECK(r.out.contains(QStringLiteral("%1 page(s)").arg(pages.size())));
    CHECK(squeezed(pages.at(1)).contains(squeezed(QStringLiteral("2024-002 关于改善教工食堂伙食质量的提案"))));

    const QString referral = t.tempPath(QStringLiteral("referral.pdf"));
    r = print(t, {QStringLiteral("--referral"), QStringLiteral("--unit"), QStringLiteral("教务处"),
                  QStringLiteral("--out"), referral});
    REQUIRE(r.code == 0);
    const QStringList notice = pdfPages(referral);
    REQUIRE(notice.size() == 1);
    CHECK(squeezed(notice.at(0)).contains(squeezed(QStringLiteral("教务处:"))));
    CHECK(squeezed(notice.at(0)).contains(QStringLiteral("2024-005")));
    r = print(t, {QStringLiteral("--referral"), QStringLiteral("--out"), referral});
    REQUIRE(r.code == 0);
    CHECK(pdfPageCount(referral) == 3);
}

TEST_CASE("congress print refuses what it cannot print and leaves the file as it was", "[cli][congress]")
{
    TestDatabase t;
    {
        auto db = t.open();
        ProposalPrintSession s(*db);
    }
    const QString out = writeFile(t, QStringLiteral("kept.pdf"), QByteArrayLiteral("old"));
    const auto refused = [&](const QStringList& args, const QString& message, int code) {
        const CliRun r = print(t, args);
        INFO(args.join(QLatin1Char(' ')).toStdString() + " → " + r.err.toStdString());
        CHECK(r.code == code);
        CHECK(r.err.contains(message));
        CHECK(r.out.isEmpty());
        CHECK(contents(out) == QByteArrayLiteral("old"));
    };
    refused({QStringLiteral("--out"), out}, QStringLiteral("Say what to print"), 2);
    refused({QStringLiteral("--all"), QStringLiteral("--compilation"), QStringLiteral("--out"), out},
            QStringLiteral("one document at a time"), 2);
    refused({QStringLiteral("--proposal"), QStringLiteral("2024-099"), QStringLiteral("--out"), out},
            QStringLiteral("has no proposal numbered \"2024-099\""), 2);
    refused({QStringLiteral("--all"), QStringLiteral("--out"), t.tempPath(QStringLiteral("all.docx"))},
            QStringLiteral(".pdf or an .odt"), 2);
    refused({QStringLiteral("--referral"), QStringLiteral("--unit"), QStringLiteral("保卫处"), QStringLiteral("--out"),
             out},
            QStringLiteral("No handling unit is named \"保卫处\""), 2);
    // 财务处 had only the first round of 2024-001.
    refused({QStringLiteral("--referral"), QStringLiteral("--unit"), QStringLiteral("财务处"), QStringLiteral("--out"),
             out},
            QStringLiteral("is assigned to 财务处"), 1);
    refused({QStringLiteral("--all"), QStringLiteral("--unit"), QStringLiteral("财务处"), QStringLiteral("--out"), out},
            QStringLiteral("--unit goes with --referral"), 2);
    refused(
        {QStringLiteral("--report"), QStringLiteral("--rounding"), QStringLiteral("up"), QStringLiteral("--out"), out},
        QStringLiteral("--rounding must be one of half-up, truncate, largest-remainder"), 2);
    refused(
        {QStringLiteral("--report"), QStringLiteral("--decimals"), QStringLiteral("9"), QStringLiteral("--out"), out},
        QStringLiteral("--decimals must be a number from 0 to 4"), 2);
    // The proposal work report, with its percentage options.
    const QString reportPdf = t.tempPath(QStringLiteral("report.pdf"));
    const CliRun report = runUnionDesk(
        t, {QStringLiteral("congress"), QStringLiteral("print"), QStringLiteral("--session"), QStringLiteral("12-2"),
            QStringLiteral("--report"), QStringLiteral("--decimals"), QStringLiteral("1"), QStringLiteral("--rounding"),
            QStringLiteral("largest-remainder"), QStringLiteral("--out"), reportPdf});
    CHECK(report.code == 0);
    const QString reportText = ud::test::pdfPages(reportPdf).join(QLatin1Char('\n'));
    CHECK(reportText.contains(QStringLiteral("立案")));
    CHECK(reportText.contains(QStringLiteral("largest remainder")));

    const CliRun unknown =
        runUnionDesk(t, {QStringLiteral("congress"), QStringLiteral("print"), QStringLiteral("--session"),
                         QStringLiteral("99-9"), QStringLiteral("--all"), QStringLiteral("--out"), out});
    CHECK(unknown.code == 2);
    CHECK(unknown.err.contains(QStringLiteral("No congress session has the key \"99-9\"")));
    CHECK(contents(out) == QByteArrayLiteral("old"));
}
