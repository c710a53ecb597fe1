#include "support/Builders.h"
#include "support/CliRun.h"
#include "support/TestDatabase.h"
#include "support/TestIds.h"
#include "support/catch.h"

#include "core/io/Csv.h"
#include "core/members/MemberExport.h"
#include "core/members/MemberRepository.h"
#include "core/units/SubUnitRepository.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

// --format csv|table|json and --out FILE, the same on every list command.

using namespace ud::core;
using namespace ud::test;

namespace {

const QString kSeed = QStringLiteral(UD_TEST_DATA "/../../resources/plans/work-plan-2024.txt");

/// Two sub-unions; two members of 101, one of them with a note that a spreadsheet would run as a formula.
void fill(const TestDatabase& t)
{
    auto db = t.open();
    const qint64 unitA = SubUnitRepository(*db).add(
        ud::test::unit(QStringLiteral("101"), QStringLiteral("经济学院分工会"), std::nullopt, QStringLiteral("经院")));
    ud::test::addUnit(*db, QStringLiteral("102"), QStringLiteral("法学院分工会"));

    MemberRepository repo(*db);
    Member m = ud::test::member(QStringLiteral("20001"), QStringLiteral("张伟"), unitA);
    m.idNumber = ud::test::makeId(QStringLiteral("19650302"), 13);
    m.phone = QStringLiteral("13812345678");
    m.joinDate = QDate(2010, 9, 1);
    repo.add(m);
    Member w = ud::test::member(QStringLiteral("20002"), QStringLiteral("李娜"), unitA);
    w.idNumber = ud::test::makeId(QStringLiteral("19880715"), 24);
    w.joinDate = QDate(2015, 3, 1);
    w.note = QStringLiteral("=1+1");
    repo.add(w);
}

QStringList keysOf(const QJsonObject& o)
{
    QStringList keys = o.keys();
    keys.sort();
    return keys;
}

/// The JSON output is an array with one object per CSV row, keyed by the CSV header, holding the same strings
/// (before the CSV's formula escaping). Returns the array.
QJsonArray requireJsonLikeCsv(const CliRun& json, const CliRun& csv, const QStringList& keys, int rows)
{
    INFO(json.err.toStdString());
    REQUIRE(json.code == 0);
    REQUIRE(csv.code == 0);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json.rawOut, &error);
    INFO(error.errorString().toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    REQUIRE(doc.isArray());
    const QJsonArray array = doc.array();
    CHECK(array.size() == rows);

    const auto table = Csv::parse(csv.rawOut);
    REQUIRE(table.rows.size() == rows + 1);
    CHECK(table.rows.first() == keys);
    QStringList sortedKeys = keys;
    sortedKeys.sort();
    for (int i = 0; i < array.size() && i + 1 < table.rows.size(); ++i) {
        REQUIRE(array.at(i).isObject());
        const QJsonObject o = array.at(i).toObject();
        CHECK(keysOf(o) == sortedKeys);
        for (int c = 0; c < keys.size(); ++c) {
            const QJsonValue v = o.value(keys.at(c));
            CHECK(v.isString());
            CHECK(Csv::escapeFormula(v.toString()) == table.rows.at(i + 1).value(c));
        }
    }
    return array;
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

/// Runs `args` with --out FILE: it succeeds and writes nothing to standard output. Returns what the file holds.
QByteArray writtenToFile(const TestDatabase& t, const QStringList& args, const QString& file)
{
    const CliRun run = runUnionDesk(t, args + QStringList{QStringLiteral("--out"), file});
    INFO(run.err.toStdString());
    CHECK(run.code == 0);
    CHECK(run.rawOut.isEmpty());
    return readAll(file);
}

/// The files `expected` are in the folder, and no temporary file was left beside them.
void checkFolderHolds(const QString& folder, const QStringList& expected)
{
    const QStringList names = QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
    for (const QString& n : names)
        CHECK_FALSE(n.endsWith(QLatin1String(".part")));
    for (const QString& e : expected)
        CHECK(names.contains(e));
}

} // namespace

TEST_CASE("list commands give JSON with the keys and rows of their CSV", "[cli][output]")
{
    TestDatabase t;
    fill(t);

    const QStringList units = {QStringLiteral("units"), QStringLiteral("list"), QStringLiteral("--format")};
    const QJsonArray unitRows = requireJsonLikeCsv(runUnionDesk(t, units + QStringList{QStringLiteral("json")}),
                                                   runUnionDesk(t, units + QStringList{QStringLiteral("csv")}),
                                                   SubUnitRepository::csvHeader(), 2);
    REQUIRE(unitRows.size() == 2);
    CHECK(unitRows.at(0).toObject().value(QStringLiteral("name")).toString() == QStringLiteral("经济学院分工会"));
    CHECK(unitRows.at(0).toObject().value(QStringLiteral("sort_order")).toString() == QStringLiteral("0"));

    const QStringList members = {QStringLiteral("members"), QStringLiteral("list"), QStringLiteral("--format")};
    const QJsonArray memberRows = requireJsonLikeCsv(runUnionDesk(t, members + QStringList{QStringLiteral("json")}),
                                                     runUnionDesk(t, members + QStringList{QStringLiteral("csv")}),
                                                     memberHeader(memberExportColumns({}), MemberText::Keys), 2);
    REQUIRE(memberRows.size() == 2);
    const QJsonObject zhang = memberRows.at(0).toObject();
    CHECK(zhang.value(QStringLiteral("staff_no")).toString() == QStringLiteral("20001"));
    CHECK(zhang.value(QStringLiteral("status")).toString() == QStringLiteral("active"));
    CHECK(zhang.value(QStringLiteral("phone")).toString() == QStringLiteral("138****5678")); // masked as in CSV
    // JSON is no spreadsheet: the note keeps its text, where the CSV escapes it.
    CHECK(memberRows.at(1).toObject().value(QStringLiteral("note")).toString() == QStringLiteral("=1+1"));

    REQUIRE(runUnionDesk(t, {QStringLiteral("schedule"), QStringLiteral("import"), kSeed, QStringLiteral("--year"),
                             QStringLiteral("2024")})
                .code == 0);
    const QStringList scheduleKeys = {QStringLiteral("section"), QStringLiteral("number"), QStringLiteral("text"),
                                      QStringLiteral("timing"),  QStringLiteral("months"), QStringLiteral("due"),
                                      QStringLiteral("status")};
    const QStringList year = {QStringLiteral("schedule"), QStringLiteral("list"), QStringLiteral("--year"),
                              QStringLiteral("2024"), QStringLiteral("--format")};
    const QJsonArray items =
        requireJsonLikeCsv(runUnionDesk(t, year + QStringList{QStringLiteral("json")}),
                           runUnionDesk(t, year + QStringList{QStringLiteral("csv")}), scheduleKeys, 30);
    REQUIRE(items.size() == 30);
    CHECK(items.at(0).toObject().value(QStringLiteral("status")).toString() == QStringLiteral("planned"));
    const QStringList june = {QStringLiteral("schedule"), QStringLiteral("list"),    QStringLiteral("--year"),
                              QStringLiteral("2024"),     QStringLiteral("--month"), QStringLiteral("6"),
                              QStringLiteral("--format")};
    const CliRun juneCsv = runUnionDesk(t, june + QStringList{QStringLiteral("csv")});
    const int juneRows = int(Csv::parse(juneCsv.rawOut).rows.size()) - 1;
    CHECK(juneRows > 0);
    CHECK(juneRows < 30);
    requireJsonLikeCsv(runUnionDesk(t, june + QStringList{QStringLiteral("json")}), juneCsv, scheduleKeys, juneRows);
}

TEST_CASE("--out writes the list to a file and nothing to standard output", "[cli][output]")
{
    TestDatabase t;
    fill(t);
    const QString folder = t.tempPath(QStringLiteral("out"));
    REQUIRE(QDir().mkpath(folder));

    // CSV: what standard output shows, with a BOM and CRLF line ends as the other CSV exports.
    const QStringList unitsCsv = {QStringLiteral("units"), QStringLiteral("list"), QStringLiteral("--format"),
                                  QStringLiteral("csv")};
    const CliRun stdoutCsv = runUnionDesk(t, unitsCsv);
    REQUIRE(stdoutCsv.code == 0);
    const QString csvFile = QDir(folder).filePath(QStringLiteral("units.csv"));
    QByteArray expected = stdoutCsv.rawOut;
    expected.replace("\n", "\r\n");
    CHECK(writtenToFile(t, unitsCsv, csvFile) == "\xEF\xBB\xBF" + expected);

    // Over an existing file, and --out=FILE.
    const CliRun again = runUnionDesk(t, unitsCsv + QStringList{QStringLiteral("--out=") + csvFile});
    CHECK(again.code == 0);
    CHECK(again.rawOut.isEmpty());
    CHECK(readAll(csvFile) == "\xEF\xBB\xBF" + expected);

    // The table and JSON are written as they are printed.
    const QStringList schedule = {QStringLiteral("schedule"), QStringLiteral("import"), kSeed, QStringLiteral("--year"),
                                  QStringLiteral("2024")};
    REQUIRE(runUnionDesk(t, schedule).code == 0);
    const QStringList scheduleList = {QStringLiteral("schedule"), QStringLiteral("list"),    QStringLiteral("--year"),
                                      QStringLiteral("2024"),     QStringLiteral("--month"), QStringLiteral("5")};
    const CliRun table = runUnionDesk(t, scheduleList);
    REQUIRE(table.code == 0);
    const QString tableFile = QDir(folder).filePath(QStringLiteral("may.txt"));
    CHECK(writtenToFile(t, scheduleList, tableFile) == table.rawOut);

    const QStringList membersJson = {QStringLiteral("members"), QStringLiteral("list"), QStringLiteral("--format"),
                                     QStringLiteral("json")};
    const CliRun json = runUnionDesk(t, membersJson);
    REQUIRE(json.code == 0);
    const QString jsonFile = QDir(folder).filePath(QStringLiteral("members.json"));
    CHECK(writtenToFile(t, membersJson, jsonFile) == json.rawOut);
    CHECK(QJsonDocument::fromJson(readAll(jsonFile)).array().size() == 2);

    checkFolderHolds(folder, {QStringLiteral("units.csv"), QStringLiteral("may.txt"), QStringLiteral("members.json")});

    // An unmasked list to a file is recorded with the file's name.
    const QString fullFile = QDir(folder).filePath(QStringLiteral("full.csv"));
    const CliRun full =
        runUnionDesk(t, {QStringLiteral("members"), QStringLiteral("list"), QStringLiteral("--unmasked"),
                         QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"), fullFile});
    CHECK(full.code == 0);
    CHECK(full.rawOut.isEmpty());
    CHECK(readAll(fullFile).contains("13812345678"));
    auto db = t.open();
    const QString logged =
        db->scalar(QStringLiteral("SELECT new_values FROM change_log WHERE table_name = 'members' AND action = "
                                  "'export'"))
            .toString();
    const QJsonObject details = QJsonDocument::fromJson(logged.toUtf8()).object();
    CHECK(details.value(QStringLiteral("file")).toString() == QDir::toNativeSeparators(fullFile));
    CHECK(details.value(QStringLiteral("rows")).toInt() == 2);
}

TEST_CASE("a bad --format or an --out that cannot be written fails and writes nothing", "[cli][output]")
{
    TestDatabase t;
    fill(t);
    REQUIRE(runUnionDesk(t, {QStringLiteral("schedule"), QStringLiteral("import"), kSeed, QStringLiteral("--year"),
                             QStringLiteral("2024")})
                .code == 0);
    const QString folder = t.tempPath(QStringLiteral("out"));
    REQUIRE(QDir().mkpath(folder));
    const QString target = QDir(folder).filePath(QStringLiteral("list.xml"));
    const QList<QStringList> commands = {
        {QStringLiteral("units"), QStringLiteral("list")},
        {QStringLiteral("members"), QStringLiteral("list")},
        {QStringLiteral("schedule"), QStringLiteral("list"), QStringLiteral("--year"), QStringLiteral("2024")},
    };
    for (const QStringList& command : commands) {
        INFO(command.join(QLatin1Char(' ')).toStdString());
        const CliRun bad = runUnionDesk(t, command + QStringList{QStringLiteral("--format"), QStringLiteral("xml"),
                                                                 QStringLiteral("--out"), target});
        CHECK(bad.code == 2);
        CHECK(bad.err.contains(QStringLiteral("--format must be csv, table or json.")));
        CHECK(bad.rawOut.isEmpty());
        CHECK_FALSE(QFile::exists(target));

        const QString nowhere = t.tempPath(QStringLiteral("nowhere/list.csv"));
        const CliRun missing = runUnionDesk(t, command + QStringList{QStringLiteral("--format"), QStringLiteral("csv"),
                                                                     QStringLiteral("--out"), nowhere});
        CHECK(missing.code != 0);
        CHECK(missing.err.contains(QStringLiteral("The folder %1 does not exist.")
                                       .arg(QDir::toNativeSeparators(t.tempPath(QStringLiteral("nowhere"))))));
        CHECK(missing.rawOut.isEmpty());
        CHECK_FALSE(QFile::exists(nowhere));
        CHECK_FALSE(QFile::exists(t.tempPath(QStringLiteral("nowhere"))));

        const CliRun isFolder = runUnionDesk(t, command + QStringList{QStringLiteral("--out"), folder});
        CHECK(isFolder.code != 0);
        CHECK(isFolder.err.contains(QStringLiteral("is a folder")));
        CHECK(isFolder.rawOut.isEmpty());
    }
    CHECK(QDir(folder).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot));
}

TEST_CASE("A list never writes control characters or right-to-left overrides raw to a terminal", "[cli][output]")
{
    TestDatabase t;
    fill(t);
    {
        // Stored before such text was refused: the list must still not let it act on a terminal.
        auto db = t.open();
        db->exec(QStringLiteral("UPDATE members SET name = :n WHERE staff_no = '20001'"),
                 {{QStringLiteral("n"), QStringLiteral("张\u001B[2J伟\u202Eabc")}});
    }
    const CliRun table = runUnionDesk(t, {QStringLiteral("members"), QStringLiteral("list")});
    INFO(table.err.toStdString());
    REQUIRE(table.code == 0);
    CHECK_FALSE(table.out.contains(QChar(0x1B)));
    CHECK_FALSE(table.out.contains(QChar(0x202E)));
    CHECK(table.out.contains(QStringLiteral("张<U+001B>[2J伟<U+202E>abc")));
    // To a file or a pipe, scripts get what is stored.
    const CliRun csv = runUnionDesk(
        t, {QStringLiteral("members"), QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("csv")});
    CHECK(csv.out.contains(QStringLiteral("张\u001B[2J伟\u202Eabc")));
}

TEST_CASE("A list or an export whose standard output cannot be written fails", "[cli][output]")
{
    TestDatabase t;
    fill(t);
    REQUIRE(runUnionDesk(t, {QStringLiteral("schedule"), QStringLiteral("import"), kSeed, QStringLiteral("--year"),
                          QStringLiteral("2024")})
                .code == 0);
    const auto toFull = [&](const QStringList& words) {
        QStringList args{QStringLiteral("--db"), t.spec()};
        args << words;
        QProcess p;
        p.setProgram(QStringLiteral(UD_EXECUTABLE));
        p.setArguments(args);
        p.setStandardOutputFile(QStringLiteral("/dev/full"));
        p.start();
        REQUIRE(p.waitForFinished(120000));
        CliRun r;
        r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    };
    const QString csv = t.tempPath(QStringLiteral("members.csv"));
    for (const QStringList& words : {QStringList{QStringLiteral("members"), QStringLiteral("list")},
                                     QStringList{QStringLiteral("members"), QStringLiteral("list"),
                                                 QStringLiteral("--format"), QStringLiteral("csv")},
                                     QStringList{QStringLiteral("members"), QStringLiteral("list"),
                                                 QStringLiteral("--format"), QStringLiteral("json")},
                                     QStringList{QStringLiteral("units"), QStringLiteral("list")},
                                     QStringList{QStringLiteral("schedule"), QStringLiteral("list"),
                                                 QStringLiteral("--year"), QStringLiteral("2024")},
                                     QStringList{QStringLiteral("members"), QStringLiteral("export"), csv},
                                     QStringList{QStringLiteral("check")}}) {
        CAPTURE(words.join(QLatin1Char(' ')).toStdString());
        const CliRun r = toFull(words);
        CHECK(r.code == 1);
        CHECK(r.err.contains(QStringLiteral("Cannot write to the standard output")));
    }
}
