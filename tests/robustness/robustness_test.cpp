// A short fuzz run over every importer: mutated CSV, .xlsx, .txt and .docx files made from seeds in the test
// (a fixed random seed), each imported by the real executable under a time and memory limit. A case fails on a
// crash, a hang, memory over the limit, an exit 0 that changed data without saying so, a refusal that changed
// data, or text stored with a replacement character or a control character.
//
// UD_FUZZ_CASES sets the number of cases (default 300); UD_FUZZ_SEED the random seed. A failing case's file is
// kept in the build folder's robustness-failures/ with its command line.

#include "support/ZipWrite.h"
#include "support/catch.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>

#include <random>
#include <sys/resource.h>
#include <zip.h>

namespace {

constexpr int kTimeoutMs = 30000;            // a hang (a case takes well under a second)
constexpr rlim_t kAddressSpace = 3ull << 30; // a hard stop well above any sane import
constexpr long kMaxResidentKb = 400 * 1024;  // the limit the test checks: peak resident memory of one run
constexpr qint64 kPlanSeedMaxBytes = 1 << 20;

using Parts = QList<QPair<QByteArray, QByteArray>>;

struct Run {
    bool crashed = false;
    bool timedOut = false;
    int code = -1;
    QByteArray out;
    QByteArray err;
};

long childrenPeakKb()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return usage.ru_maxrss;
}

Run runLimited(const QStringList& args)
{
    QProcess p;
    p.setProgram(QStringLiteral(UD_EXECUTABLE));
    p.setArguments(args);
    p.setChildProcessModifier([] {
        const rlimit as{kAddressSpace, kAddressSpace};
        setrlimit(RLIMIT_AS, &as);
        const rlimit core{0, 0};
        setrlimit(RLIMIT_CORE, &core);
    });
    p.start();
    Run r;
    if (!p.waitForFinished(kTimeoutMs)) {
        r.timedOut = true;
        p.kill();
        p.waitForFinished(5000);
        return r;
    }
    r.crashed = p.exitStatus() != QProcess::NormalExit;
    r.code = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

void writeAll(const QString& path, const QByteArray& data)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(f.write(data) == data.size());
}

Parts readZip(const QString& path)
{
    int error = 0;
    zip_t* z = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY, &error);
    REQUIRE(z != nullptr);
    Parts parts;
    const zip_int64_t n = zip_get_num_entries(z, 0);
    for (zip_int64_t i = 0; i < n; ++i) {
        zip_stat_t st;
        REQUIRE(zip_stat_index(z, zip_uint64_t(i), 0, &st) == 0);
        QByteArray data(qsizetype(st.size), Qt::Uninitialized);
        zip_file_t* f = zip_fopen_index(z, zip_uint64_t(i), 0);
        REQUIRE(f != nullptr);
        REQUIRE(zip_fread(f, data.data(), st.size) == zip_int64_t(st.size));
        zip_fclose(f);
        parts.append({QByteArray(st.name), data});
    }
    zip_discard(z);
    return parts;
}

// What a database holds, to tell whether a run changed it: the row count of every table and the last change.
QString fingerprint(const QString& dbPath)
{
    QString result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fuzz-check"));
        db.setDatabaseName(dbPath);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        REQUIRE(db.open());
        for (const QString& table : db.tables()) {
            QSqlQuery q(db);
            REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM \"%1\"").arg(table)));
            REQUIRE(q.next());
            result += table + QLatin1Char('=') + q.value(0).toString() + QLatin1Char(' ');
        }
        QSqlQuery last(db);
        REQUIRE(last.exec(QStringLiteral("SELECT coalesce(max(id), 0) FROM change_log")));
        REQUIRE(last.next());
        result += QStringLiteral("last_change=") + last.value(0).toString();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("fuzz-check"));
    return result;
}

// The first stored text with a character no import may store: U+FFFD (a decoding failure), NUL and other C0
// controls but tab and line breaks, bidi overrides and isolates. Empty when there is none.
QString badStoredText(const QString& dbPath)
{
    QString found;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fuzz-text"));
        db.setDatabaseName(dbPath);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        REQUIRE(db.open());
        const QStringList tables = {QStringLiteral("members"),         QStringLiteral("units"),
                                    QStringLiteral("schedule_items"),  QStringLiteral("schedule_sections"),
                                    QStringLiteral("plan_key_points"), QStringLiteral("plan_key_sections"),
                                    QStringLiteral("schedule_plans"),  QStringLiteral("calendar_days")};
        for (const QString& table : tables) {
            QSqlQuery q(db);
            REQUIRE(q.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(table)));
            while (found.isEmpty() && q.next()) {
                for (int c = 0; c < q.record().count() && found.isEmpty(); ++c) {
                    const QString v = q.value(c).toString();
                    for (const QChar ch : v) {
                        const char16_t u = ch.unicode();
                        const bool control = u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r';
                        const bool bidi = (u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069);
                        if (u == 0xFFFD || control || u == 0x7F || bidi) {
                            found = QStringLiteral("%1.%2 holds U+%3: %4")
                                        .arg(table, q.record().fieldName(c))
                                        .arg(int(u), 4, 16, QLatin1Char('0'))
                                        .arg(v.left(80));
                            break;
                        }
                    }
                }
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("fuzz-text"));
    return found;
}

class Mutator {
public:
    explicit Mutator(std::uint32_t seed) : m_rng(seed) {}

    int below(int n) { return n <= 0 ? 0 : int(std::uniform_int_distribution<int>(0, n - 1)(m_rng)); }
    bool chance(int percent) { return below(100) < percent; }

    // One to three changes of the kinds that broke importers before: stray bytes, cuts, quotes and line breaks
    // in odd places, another encoding, invisible and control characters, huge fields, many repeated rows.
    QByteArray mutate(QByteArray data)
    {
        const int changes = 1 + below(3);
        for (int i = 0; i < changes; ++i)
            data = once(data);
        return data;
    }

    QByteArray once(QByteArray data)
    {
        const int at = below(int(data.size()) + 1);
        switch (below(8)) {
        case 0: // a few random bytes
            for (int i = 0, n = 1 + below(6); i < n && !data.isEmpty(); ++i)
                data[below(int(data.size()))] = char(below(256));
            return data;
        case 1: // cut
            return data.left(at);
        case 2:
        case 3: // a token in an odd place
            return data.insert(at, token());
        case 4: { // a line repeated many times
            const QList<QByteArray> lines = data.split('\n');
            const QByteArray line = lines.at(below(int(lines.size())));
            QByteArray repeated;
            for (int i = 0, n = 1 + below(chance(20) ? 5000 : 50); i < n; ++i)
                repeated += line + '\n';
            return data.insert(at, repeated);
        }
        case 5: // a slice removed
            return data.remove(at, below(200));
        case 6: { // two lines swapped
            QList<QByteArray> lines = data.split('\n');
            if (lines.size() > 2)
                lines.swapItemsAt(below(int(lines.size())), below(int(lines.size())));
            return lines.join('\n');
        }
        default: { // random bytes
            QByteArray noise;
            for (int i = 0, n = 1 + below(64); i < n; ++i)
                noise += char(below(256));
            return data.insert(at, noise);
        }
        }
    }

private:
    QByteArray token()
    {
        static const QList<QByteArray> tokens = {"\"",
                                                 "\"\"",
                                                 ",",
                                                 "\n",
                                                 "\r\n",
                                                 "\r",
                                                 QByteArray(1, '\0'),
                                                 "\t",
                                                 "\xff\xfe",
                                                 "\xef\xbb\xbf",
                                                 "\xe2\x80\xae",
                                                 "\xe2\x80\x8b",
                                                 "\x1b[31m",
                                                 "\xd5\xc5\xce\xb0" /* 张伟 in GBK */,
                                                 "\xe5\xbc",
                                                 "=HYPERLINK(\"x\")",
                                                 "'",
                                                 "-1",
                                                 "99999999999999999999",
                                                 "1900-02-29",
                                                 "2024-13-45",
                                                 "<",
                                                 "&",
                                                 "]]>",
                                                 "<![CDATA[",
                                                 "&#0;",
                                                 "&#xFFFE;",
                                                 "<c r=\"XFD1048576\" t=\"s\"><v>999999</v></c>",
                                                 "<row r=\"1048576\">",
                                                 "</sheetData>",
                                                 "<si><t>x</t></si>",
                                                 "一、",
                                                 "（一）",
                                                 "1月",
                                                 "附件"};
        if (chance(3))
            return QByteArray(100000 + below(300000), 'A');
        if (chance(3)) {
            QByteArray wide;
            for (int i = 0, n = 1000 + below(50000); i < n; ++i)
                wide += "张";
            return wide;
        }
        return tokens.at(below(int(tokens.size())));
    }

    std::mt19937 m_rng;
};

// An importer under test: how its files are named and which command line reads them.
struct Importer {
    QString name;
    QString suffix;
    bool zipped = false;
    QByteArray seed;                // the file's bytes (not zipped) or
    Parts parts;                    // its parts (zipped)
    QList<QByteArray> mutableParts; // the parts worth mutating
    std::function<QStringList(Mutator&, const QString& file)> args;
};

QByteArray documentXml(const QString& text)
{
    QString body;
    for (const QString& line : text.split(QLatin1Char('\n')))
        body += QStringLiteral("<w:p><w:r><w:t xml:space=\"preserve\">%1</w:t></w:r></w:p>").arg(line.toHtmlEscaped());
    return QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                          "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                          "<w:body>%1<w:sectPr/></w:body></w:document>")
        .arg(body)
        .toUtf8();
}

Parts docxParts(const QString& text)
{
    return {{"[Content_Types].xml",
             "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types "
             "xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"xml\" "
             "ContentType=\"application/xml\"/><Override PartName=\"/word/document.xml\" "
             "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
             "</Types>"},
            {"word/document.xml", documentXml(text)}};
}

QStringList someOf(Mutator& m, const QStringList& options)
{
    QStringList chosen;
    for (const QString& o : options)
        if (m.chance(40))
            chosen += o.split(QLatin1Char(' '));
    return chosen;
}

} // namespace

TEST_CASE("Every importer survives mutated files: no crash, hang, memory blow-up, silent change or bad text",
          "[robustness][sqlite-only]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString seedDb = dir.filePath(QStringLiteral("seed.db"));
    const auto prepare = [&](const QStringList& args) {
        const Run r = runLimited(QStringList{QStringLiteral("--db"), seedDb, QStringLiteral("--create")} + args);
        INFO(r.err.toStdString());
        REQUIRE(r.code == 0);
    };
    prepare({QStringLiteral("demo"), QStringLiteral("--members"), QStringLiteral("40"), QStringLiteral("--seed"),
             QStringLiteral("11")});
    prepare({QStringLiteral("members"), QStringLiteral("export"), dir.filePath(QStringLiteral("members.csv")),
             QStringLiteral("--unmasked")});
    prepare({QStringLiteral("members"), QStringLiteral("export"), dir.filePath(QStringLiteral("members.xlsx")),
             QStringLiteral("--unmasked")});
    prepare({QStringLiteral("units"), QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("csv"),
             QStringLiteral("--out"), dir.filePath(QStringLiteral("units.csv"))});

    QFile planFile(QStringLiteral(UD_PLAN_SEED));
    REQUIRE(planFile.open(QIODevice::ReadOnly));
    const QByteArray planText = planFile.read(kPlanSeedMaxBytes);

    QFile noticeFile(QStringLiteral(UD_NOTICE_SEED));
    REQUIRE(noticeFile.open(QIODevice::ReadOnly));
    const QByteArray noticeText = noticeFile.readAll();

    const auto membersArgs = [](Mutator& m, const QString& file) {
        return QStringList{QStringLiteral("members"), QStringLiteral("import"), file} +
               someOf(m, {QStringLiteral("--create-units"), QStringLiteral("--skip-invalid"),
                          QStringLiteral("--on-duplicate update"), QStringLiteral("--encoding gb18030")});
    };
    const auto unitsArgs = [](Mutator& m, const QString& file) {
        return QStringList{QStringLiteral("units"), QStringLiteral("import"), file} +
               someOf(m, {QStringLiteral("--skip-invalid"), QStringLiteral("--on-duplicate update")});
    };
    const auto planArgs = [](Mutator& m, const QString& file) {
        return QStringList{QStringLiteral("schedule"), QStringLiteral("import"), file,
                           QStringLiteral("--year"),   QStringLiteral("2024"),   QStringLiteral("--replace")} +
               someOf(m, {QStringLiteral("--encoding gb18030")});
    };
    const auto noticeArgs = [](Mutator& m, const QString& file) {
        return QStringList{QStringLiteral("calendar"), QStringLiteral("import"), file, QStringLiteral("--year"),
                           QStringLiteral("2025")} +
               someOf(m, {QStringLiteral("--encoding gb18030")});
    };

    QList<Importer> importers;
    importers.append({QStringLiteral("members-csv"),
                      QStringLiteral("csv"),
                      false,
                      readAll(dir.filePath(QStringLiteral("members.csv"))),
                      {},
                      {},
                      membersArgs});
    const Parts workbook = readZip(dir.filePath(QStringLiteral("members.xlsx")));
    QList<QByteArray> workbookParts;
    for (const auto& part : workbook)
        if (part.first.startsWith("xl/"))
            workbookParts.append(part.first);
    importers.append(
        {QStringLiteral("members-xlsx"), QStringLiteral("xlsx"), true, {}, workbook, workbookParts, membersArgs});
    importers.append({QStringLiteral("units-csv"),
                      QStringLiteral("csv"),
                      false,
                      readAll(dir.filePath(QStringLiteral("units.csv"))),
                      {},
                      {},
                      unitsArgs});
    importers.append({QStringLiteral("plan-txt"), QStringLiteral("txt"), false, planText, {}, {}, planArgs});
    importers.append({QStringLiteral("plan-docx"),
                      QStringLiteral("docx"),
                      true,
                      {},
                      docxParts(QString::fromUtf8(planText)),
                      {QByteArray("word/document.xml")},
                      planArgs});
    importers.append({QStringLiteral("notice-txt"), QStringLiteral("txt"), false, noticeText, {}, {}, noticeArgs});

    const int cases = qEnvironmentVariableIsSet("UD_FUZZ_CASES") ? qEnvironmentVariableIntValue("UD_FUZZ_CASES") : 300;
    const auto seed = std::uint32_t(
        qEnvironmentVariableIsSet("UD_FUZZ_SEED") ? qEnvironmentVariableIntValue("UD_FUZZ_SEED") : 20241101);
    Mutator m(seed);

    const QString target = dir.filePath(QStringLiteral("target.db"));
    REQUIRE(runLimited({QStringLiteral("--db"), target, QStringLiteral("--create"), QStringLiteral("check")}).code ==
            0);
    const QString failures = QStringLiteral(UD_FAILURE_DIR);

    QElapsedTimer clock;
    clock.start();
    int imported = 0;
    int refused = 0;
    for (int n = 0; n < cases; ++n) {
        const Importer& imp = importers.at(n % importers.size());
        const QString file = dir.filePath(QStringLiteral("case-%1.%2").arg(n).arg(imp.suffix));
        if (!imp.zipped) {
            writeAll(file, m.mutate(imp.seed));
        } else if (m.chance(40)) {
            // The package's bytes themselves: a damaged zip.
            ud::test::writeZip(file, imp.parts);
            writeAll(file, m.mutate(readAll(file)));
        } else {
            // A well-formed package with a mutated part (XML the reader must not trust).
            Parts parts = imp.parts;
            const QByteArray victim = imp.mutableParts.at(m.below(int(imp.mutableParts.size())));
            for (auto& part : parts)
                if (part.first == victim)
                    part.second = m.mutate(part.second);
            ud::test::writeZip(file, parts, m.chance(30));
        }
        const QStringList args = QStringList{QStringLiteral("--db"), target} + imp.args(m, file);
        const QString before = fingerprint(target);
        const Run r = runLimited(args);
        const QString after = fingerprint(target);
        const long peakKb = childrenPeakKb();

        QString failure;
        if (r.timedOut)
            failure = QStringLiteral("did not finish in %1 s").arg(kTimeoutMs / 1000);
        else if (r.crashed)
            failure = QStringLiteral("crashed");
        else if (peakKb > kMaxResidentKb)
            failure = QStringLiteral("peak memory %1 MB over the limit of %2 MB")
                          .arg(peakKb / 1024)
                          .arg(kMaxResidentKb / 1024);
        else if (r.code != 0 && before != after)
            failure = QStringLiteral("exit %1 but the database changed: %2 → %3").arg(r.code).arg(before, after);
        else if (r.code == 0 && before != after && r.out.trimmed().isEmpty() && r.err.trimmed().isEmpty())
            failure = QStringLiteral("changed the database without a word");
        else if (r.code != 0 && r.err.trimmed().isEmpty())
            failure = QStringLiteral("exit %1 without a message").arg(r.code);
        else if (r.code == 0)
            failure = badStoredText(target);

        if (!failure.isEmpty()) {
            QDir().mkpath(failures);
            const QString kept = QDir(failures).filePath(QFileInfo(file).fileName());
            QFile::remove(kept);
            QFile::copy(file, kept);
            INFO("case " << n << " (" << imp.name.toStdString() << "): " << failure.toStdString());
            INFO("uniondesk " << args.join(QLatin1Char(' ')).toStdString());
            INFO("file kept as " << kept.toStdString());
            INFO("stderr: " << r.err.left(2000).toStdString());
            FAIL("importer misbehaved");
        }
        (r.code == 0 ? imported : refused) += 1;
        QFile::remove(file);
    }
    WARN(cases << " cases (seed " << seed << "): " << imported << " imported, " << refused << " refused, "
               << clock.elapsed() / 1000.0 << " s; peak memory of one run " << childrenPeakKb() / 1024 << " MB");
}
