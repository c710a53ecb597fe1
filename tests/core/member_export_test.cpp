#include "support/Builders.h"
#include "support/TestDatabase.h"
#include "support/TestIds.h"
#include "support/XlsxReadBack.h"
#include "support/catch.h"

#include "core/io/Csv.h"
#include "core/io/TableFile.h"
#include "core/members/IdNumber.h"
#include "core/members/MemberExport.h"
#include "core/members/MemberImport.h"
#include "core/members/MemberRepository.h"
#include "core/units/SubUnitRepository.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTranslator>

#include <memory>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/resource.h>
#endif

using namespace ud::core;
using ud::test::readXlsx;
using ud::test::TestDatabase;

namespace {

using ud::test::makeId;

QByteArray contents(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

qint64 exportRows(Database& db)
{
    return db
        .scalar(QStringLiteral("SELECT count(*) FROM change_log WHERE table_name = 'members' AND action = 'export'"))
        .toLongLong();
}

/// Two sub-unions and three members: a man in 101 who moved to 102 in 2020 and retired in 2023, a woman in 101
/// whose note looks like a formula, and a man who joined 102 in 2022.
struct Roster {
    explicit Roster(Database& db)
    {
        SubUnitRepository units(db);
        SubUnit a = ud::test::unit(QStringLiteral("101"), QStringLiteral("经济学院分工会"));
        a.sortOrder = 2;
        unitA = units.add(a);
        SubUnit b = ud::test::unit(QStringLiteral("102"), QStringLiteral("法学院分工会"));
        b.sortOrder = 1;
        unitB = units.add(b);

        MemberRepository repo(db);
        Member m = ud::test::member(QStringLiteral("20001"), QStringLiteral("张伟"), unitA);
        m.idNumber = makeId(QStringLiteral("19650302"), 13);
        m.phone = QStringLiteral("13812345678");
        m.joinDate = QDate(2010, 9, 1);
        m.department = QStringLiteral("经济系");
        zhang = repo.add(m);
        repo.addEvent(ud::test::event(zhang, MemberEvent::Kind::Transferred, QDate(2020, 6, 1), unitB));
        repo.addEvent(ud::test::event(zhang, MemberEvent::Kind::Retired, QDate(2023, 7, 1)));

        Member w = ud::test::member(QStringLiteral("20002"), QStringLiteral("李娜"), unitA);
        w.idNumber = makeId(QStringLiteral("19880715"), 24);
        w.phone = QStringLiteral("13900001111");
        w.joinDate = QDate(2015, 3, 1);
        w.note = QStringLiteral("=HYPERLINK(\"http://example.com\")");
        li = repo.add(w);

        Member n = ud::test::member(QStringLiteral("20003"), QStringLiteral("王强"), unitB);
        n.gender = QStringLiteral("M");
        n.joinDate = QDate(2022, 2, 1);
        wang = repo.add(n);
        idZhang = m.idNumber;
    }
    qint64 unitA = 0, unitB = 0, zhang = 0, li = 0, wang = 0;
    QString idZhang;
};

int column(MemberColumn c)
{
    return static_cast<int>(c);
}

} // namespace

TEST_CASE("An xlsx export reads back with IDs as masked text, dates as dates and formulas escaped", "[export]")
{
    TestDatabase t;
    auto db = t.open();
    Roster roster(*db);
    const QString path = t.tempPath(QStringLiteral("members.xlsx"));
    QList<QPair<qint64, qint64>> ticks;
    const qint64 n = exportMembers(*db, path, {}, [&](qint64 done, qint64 total) {
        ticks.append({done, total});
        return true;
    });
    CHECK(n == 3);
    REQUIRE_FALSE(ticks.isEmpty());
    CHECK(ticks.last() == QPair<qint64, qint64>(3, 3));
    CHECK(exportRows(*db) == 0); // a masked export is not recorded

    QString error;
    const auto sheets = readXlsx(path, &error);
    INFO(error.toStdString());
    REQUIRE(sheets.size() == 1);
    const auto& s = sheets.first();
    CHECK(s.freezePanes == QStringLiteral("A2"));
    CHECK(s.autoFilter == QStringLiteral("A1:S4")); // 19 columns, the last a woman's original retirement age
    REQUIRE(s.rows.size() == 4);
    REQUIRE(s.rows[0].size() == MemberColumns::count());
    CHECK(s.rows[0][column(MemberColumn::StaffNo)].value == MemberColumns::title(MemberColumn::StaffNo));
    CHECK(s.rows[0][column(MemberColumn::IdNumber)].value == QStringLiteral("ID number"));
    CHECK(s.rows[0][0].bold);

    const auto& zhang = s.rows[1]; // sorted by staff number
    CHECK(zhang[column(MemberColumn::StaffNo)].value == QStringLiteral("20001"));
    CHECK(zhang[column(MemberColumn::StaffNo)].type == QStringLiteral("s"));
    CHECK(zhang[column(MemberColumn::IdNumber)].type == QStringLiteral("s"));
    CHECK(zhang[column(MemberColumn::IdNumber)].value == maskIdNumber(roster.idZhang));
    CHECK(zhang[column(MemberColumn::IdNumber)].value.contains(QStringLiteral("********")));
    CHECK(zhang[column(MemberColumn::Phone)].value == QStringLiteral("138****5678"));
    CHECK(zhang[column(MemberColumn::Phone)].type == QStringLiteral("s"));
    CHECK(zhang[column(MemberColumn::BirthDate)].type == QStringLiteral("d"));
    CHECK(zhang[column(MemberColumn::BirthDate)].value == QStringLiteral("1965-03-02"));
    CHECK(zhang[column(MemberColumn::JoinDate)].type == QStringLiteral("d"));
    CHECK(zhang[column(MemberColumn::JoinDate)].value == QStringLiteral("2010-09-01"));
    CHECK(zhang[column(MemberColumn::Age)].type == QStringLiteral("n"));
    CHECK(zhang[column(MemberColumn::Gender)].value == QStringLiteral("Male"));
    CHECK(zhang[column(MemberColumn::Status)].value == QStringLiteral("Retired"));
    CHECK(zhang[column(MemberColumn::UnitCode)].type == QStringLiteral("s"));
    CHECK(zhang[column(MemberColumn::UnitCode)].value == QStringLiteral("102"));
    CHECK(zhang[column(MemberColumn::UnitName)].value == QStringLiteral("法学院分工会"));
    CHECK(s.rows[2][column(MemberColumn::Note)].type == QStringLiteral("s"));
    CHECK(s.rows[2][column(MemberColumn::Note)].value == QStringLiteral("=HYPERLINK(\"http://example.com\")"));
    CHECK(s.rows[3][column(MemberColumn::IdNumber)].value.isEmpty());

    // Unmasked: the full numbers, still text, and a change-history row naming file, filter and count.
    MemberExportOptions options;
    options.unmasked = true;
    options.filter.unitId = roster.unitA;
    const QString full = t.tempPath(QStringLiteral("full.xlsx"));
    CHECK(exportMembers(*db, full, options) == 1);
    const auto fullSheets = readXlsx(full, &error);
    REQUIRE(fullSheets.size() == 1);
    REQUIRE(fullSheets[0].rows.size() == 2);
    const auto& li = fullSheets[0].rows[1];
    CHECK(li[column(MemberColumn::IdNumber)].type == QStringLiteral("s"));
    CHECK(li[column(MemberColumn::IdNumber)].value == makeId(QStringLiteral("19880715"), 24));
    CHECK(li[column(MemberColumn::Phone)].value == QStringLiteral("13900001111"));
    REQUIRE(exportRows(*db) == 1);
    const QJsonObject logged =
        QJsonDocument::fromJson(
            db->scalar(QStringLiteral("SELECT new_values FROM change_log WHERE action = 'export'")).toString().toUtf8())
            .object();
    CHECK(logged.value(QStringLiteral("file")).toString().endsWith(QStringLiteral("full.xlsx")));
    CHECK(logged.value(QStringLiteral("rows")).toInt() == 1);
    CHECK(logged.value(QStringLiteral("filter")).toString().contains(QStringLiteral("101")));
}

TEST_CASE("A csv export is UTF-8 with BOM, keys as header, masked and escaped", "[export]")
{
    TestDatabase t;
    auto db = t.open();
    Roster roster(*db);
    const QString path = t.tempPath(QStringLiteral("members.csv"));
    MemberExportOptions options;
    options.sortColumn = MemberColumn::StaffNo;
    options.order = Qt::DescendingOrder;
    CHECK(exportMembers(*db, path, options) == 3);
    const QByteArray data = contents(path);
    REQUIRE(data.startsWith("\xEF\xBB\xBF"));
    const Csv::Table table = Csv::parse(data);
    REQUIRE(table.rows.size() == 4);
    CHECK(table.rows[0].mid(0, 10).join(QLatin1Char(',')) ==
          QStringLiteral("staff_no,name,gender,birth_date,id_number,unit_code,unit_name,status,phone,join_date"));
    CHECK(table.rows[0].size() == MemberColumns::count());
    CHECK(table.rows[1][0] == QStringLiteral("20003")); // descending
    const QStringList& zhang = table.rows[3];
    CHECK(zhang[column(MemberColumn::IdNumber)] == maskIdNumber(roster.idZhang));
    CHECK(zhang[column(MemberColumn::Phone)] == QStringLiteral("138****5678"));
    CHECK(zhang[column(MemberColumn::Status)] == QStringLiteral("Retired"));
    CHECK(table.rows[2][column(MemberColumn::Note)] == QStringLiteral("'=HYPERLINK(\"http://example.com\")"));
    CHECK(data.contains("\r\n"));
    CHECK(exportRows(*db) == 0);

    // Chosen columns and a filter by status.
    options.columns = {MemberColumn::Name, MemberColumn::Phone};
    options.filter.status = Member::Status::Active;
    options.unmasked = true;
    CHECK(exportMembers(*db, path, options) == 2);
    const Csv::Table chosen = Csv::readFile(path);
    REQUIRE(chosen.rows.size() == 3);
    CHECK(chosen.rows[0] == QStringList{QStringLiteral("name"), QStringLiteral("phone")});
    CHECK(chosen.rows[2] == QStringList{QStringLiteral("李娜"), QStringLiteral("13900001111")});
    CHECK(exportRows(*db) == 1);
}

TEST_CASE("A failed or cancelled export leaves no file, the old file as it was, and no record", "[export]")
{
    TestDatabase t;
    auto db = t.open();
    Roster roster(*db);
    MemberExportOptions options;
    options.unmasked = true;
    for (const QString& name : {QStringLiteral("folder.xlsx"), QStringLiteral("folder.csv")}) {
        const QString folder = t.tempPath(name);
        REQUIRE(QDir().mkdir(folder));
        try {
            exportMembers(*db, folder, options);
            FAIL("a folder was accepted");
        } catch (const Error& e) {
            CHECK(e.message().contains(QStringLiteral("is a folder")));
        }
        CHECK(QDir(folder).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot));
    }
    CHECK_THROWS_AS(exportMembers(*db, t.tempPath(QStringLiteral("members.txt")), options), Error);
    CHECK_FALSE(QFile::exists(t.tempPath(QStringLiteral("members.txt"))));
    CHECK_THROWS_AS(exportMembers(*db, t.tempPath(QStringLiteral("no/such/members.csv")), options), Error);
#ifdef Q_OS_LINUX
    CHECK_THROWS_AS(exportMembers(*db, QStringLiteral("/proc/members.csv"), options), Error);
    CHECK_THROWS_AS(exportMembers(*db, QStringLiteral("/proc/members.xlsx"), options), Error);
#endif

    for (const QString& name : {QStringLiteral("old.xlsx"), QStringLiteral("old.csv")}) {
        const QString old = t.tempPath(name);
        {
            QFile f(old);
            REQUIRE(f.open(QIODevice::WriteOnly));
            f.write("old contents");
        }
        CHECK_THROWS_AS(exportMembers(*db, old, options, [](qint64, qint64) { return false; }), ExportCancelled);
        CHECK(contents(old) == "old contents");
    }
    CHECK(exportRows(*db) == 0);
    const QStringList left = QDir(t.tempPath(QString())).entryList(QDir::Files | QDir::Hidden);
    for (const QString& f : left)
        CHECK_FALSE(f.endsWith(QStringLiteral(".part")));
}

#ifdef Q_OS_UNIX
TEST_CASE("A csv export that fills the disk fails and leaves the old file", "[export]")
{
    TestDatabase t;
    auto db = t.open();
    Roster roster(*db);
    {
        MemberRepository repo(*db);
        Transaction tx(*db);
        for (int i = 0; i < 40; ++i) {
            Member m = ud::test::member(QStringLiteral("3%1").arg(i, 4, 10, QLatin1Char('0')),
                                        QStringLiteral("测试%1").arg(i));
            m.note = QString(2000, QChar(0x5907)); // 备 × 2000: 6 KB of UTF-8
            repo.add(m);
        }
        tx.commit();
    }
    const QString path = t.tempPath(QStringLiteral("full.csv"));
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("old contents");
    }
    rlimit saved{};
    getrlimit(RLIMIT_FSIZE, &saved);
    auto* oldHandler = std::signal(SIGXFSZ, SIG_IGN);
    rlimit small = saved;
    small.rlim_cur = 64 * 1024; // every write past 64 KB fails, as on a full disk
    setrlimit(RLIMIT_FSIZE, &small);
    QString message;
    try {
        exportMembers(*db, path, {});
    } catch (const Error& e) {
        message = e.message();
    }
    setrlimit(RLIMIT_FSIZE, &saved);
    std::signal(SIGXFSZ, oldHandler);
    INFO(message.toStdString());
    CHECK(message.contains(QStringLiteral("full.csv")));
    CHECK_FALSE(message.contains(QStringLiteral("Unknown error"))); // the system's reason, in words
    CHECK(contents(path) == "old contents");
    const QStringList left = QDir(t.tempPath(QString())).entryList(QDir::Files | QDir::Hidden);
    for (const QString& f : left)
        CHECK_FALSE(f.startsWith(QStringLiteral("full.csv.")));
}
#endif

TEST_CASE("Rows as text for lists: labels or keys, and the roster as of a date from the history", "[export]")
{
    TestDatabase t;
    auto db = t.open();
    Roster roster(*db);
    MemberExportOptions options;
    options.columns = {MemberColumn::StaffNo, MemberColumn::Gender, MemberColumn::UnitCode, MemberColumn::Status,
                       MemberColumn::Phone};
    const auto labels = memberRows(*db, options, MemberText::Labels);
    REQUIRE(labels.size() == 3);
    CHECK(labels[0] == QStringList{QStringLiteral("20001"), QStringLiteral("Male"), QStringLiteral("102"),
                                   QStringLiteral("Retired"), QStringLiteral("138****5678")});
    const auto keys = memberRows(*db, options, MemberText::Keys);
    CHECK(keys[0] == QStringList{QStringLiteral("20001"), QStringLiteral("M"), QStringLiteral("102"),
                                 QStringLiteral("retired"), QStringLiteral("138****5678")});
    CHECK(memberHeader(options.columns, MemberText::Keys) ==
          QStringList{QStringLiteral("staff_no"), QStringLiteral("gender"), QStringLiteral("unit_code"),
                      QStringLiteral("status"), QStringLiteral("phone")});
    CHECK(exportRows(*db) == 0);

    auto asOf = [&](const QDate& d, std::optional<qint64> unit = std::nullopt) {
        MemberExportOptions o = options;
        o.asOf = d;
        o.filter.unitId = unit;
        return memberRows(*db, o, MemberText::Keys);
    };
    // 2019: Zhang active in 101, Li in 101, Wang not yet a member.
    const auto y2019 = asOf(QDate(2019, 12, 31));
    REQUIRE(y2019.size() == 2);
    CHECK(y2019[0][2] == QStringLiteral("101"));
    CHECK(y2019[0][3] == QStringLiteral("active"));
    // 2021: Zhang moved to 102.
    const auto y2021 = asOf(QDate(2021, 1, 1));
    REQUIRE(y2021.size() == 2);
    CHECK(y2021[0][2] == QStringLiteral("102"));
    CHECK(y2021[0][3] == QStringLiteral("active"));
    CHECK(asOf(QDate(2021, 1, 1), roster.unitA).size() == 1); // only Li in 101 then
    // 2023-12-31: Zhang retired, Wang joined.
    const auto y2023 = asOf(QDate(2023, 12, 31));
    REQUIRE(y2023.size() == 3);
    CHECK(y2023[0][3] == QStringLiteral("retired"));
    CHECK(y2023[2][0] == QStringLiteral("20003"));
    // Before anyone joined: nobody.
    CHECK(asOf(QDate(2000, 1, 1)).isEmpty());

    // Sorted by sub-union as of the day (102 comes first by its sort order), staff number within.
    MemberExportOptions bySub = options;
    bySub.asOf = QDate(2023, 12, 31);
    bySub.sortColumn = MemberColumn::UnitName;
    const auto sorted = memberRows(*db, bySub, MemberText::Keys);
    REQUIRE(sorted.size() == 3);
    CHECK(sorted[0][0] == QStringLiteral("20001"));
    CHECK(sorted[1][0] == QStringLiteral("20003"));
    CHECK(sorted[2][0] == QStringLiteral("20002"));

    // Export as of a date with a status filter applies to the status of that day.
    MemberExportOptions retired = options;
    retired.asOf = QDate(2021, 1, 1);
    retired.filter.status = Member::Status::Retired;
    CHECK(memberRows(*db, retired).isEmpty());
    retired.asOf = QDate(2024, 1, 1);
    CHECK(memberRows(*db, retired).size() == 1);
}

namespace {

// Members with every status, both genders and none, and text that looks like formulas or holds an apostrophe.
void addRoundTripMembers(Database& db, qint64 unit)
{
    MemberRepository repo(db);
    const QList<QPair<QString, QString>> notes{{QStringLiteral("30001"), QStringLiteral("'=1+1")},
                                               {QStringLiteral("30002"), QStringLiteral("-5")},
                                               {QStringLiteral("30003"), QStringLiteral("''+1")},
                                               {QStringLiteral("30004"), QStringLiteral("'quoted")},
                                               {QStringLiteral("30005"), QStringLiteral("两行\n备注, 有逗号")}};
    const Member::Status statuses[] = {Member::Status::Active, Member::Status::Retired, Member::Status::Left,
                                       Member::Status::Deceased, Member::Status::Active};
    for (int i = 0; i < notes.size(); ++i) {
        Member m;
        m.staffNo = notes.at(i).first;
        m.name = QStringLiteral("会员%1").arg(i);
        m.gender = i == 4 ? QString() : (i % 2 ? QStringLiteral("F") : QStringLiteral("M"));
        m.unitId = unit;
        m.joinDate = QDate(2012, 1, 1 + i);
        m.politicalStatus = i % 2 ? QStringLiteral("中共党员") : QStringLiteral("群众");
        m.education = QStringLiteral("博士研究生");
        m.employmentType = QStringLiteral("事业编制");
        m.ethnicity = QStringLiteral("汉族");
        m.title = QStringLiteral("@教授");
        m.note = notes.at(i).second;
        m.originalRetirementAge = i == 1 ? 50 : i == 3 ? 55 : 0; // the women's own, and the default
        const qint64 id = repo.add(m);
        if (statuses[i] != Member::Status::Active) {
            MemberEvent e;
            e.memberId = id;
            e.date = QDate(2023, 1, 1);
            e.kind = statuses[i] == Member::Status::Retired ? MemberEvent::Kind::Retired
                     : statuses[i] == Member::Status::Left  ? MemberEvent::Kind::Left
                                                            : MemberEvent::Kind::Deceased;
            repo.addEvent(e);
        }
    }
}

// Imports `path` into `db` as the command line does (sub-unions created); every row must be stored.
void importAll(Database& db, const QString& path)
{
    const auto table = MemberImport::load(path);
    MemberImport importer(db);
    const auto preview = importer.preview(table, MemberImport::autoMapping(table.header));
    INFO(preview.invalidLines().join(QLatin1Char('\n')).toStdString());
    REQUIRE(preview.invalidCount() == 0);
    MemberImport::Options options;
    options.createUnits = true;
    CHECK(importer.execute(preview, options).imported == preview.rows.size());
}

} // namespace

TEST_CASE("What export writes, import reads: export, import, export gives the same file in English and Chinese",
          "[export][import]")
{
    std::unique_ptr<QTranslator> chinese;
    SECTION("English") {}
#ifdef UD_QM_DIR
    SECTION("Chinese")
    {
        chinese = std::make_unique<QTranslator>();
        REQUIRE(chinese->load(QStringLiteral(UD_QM_DIR "/uniondesk_zh_CN.qm")));
        QCoreApplication::installTranslator(chinese.get());
        REQUIRE(MemberQuery::displayText(MemberColumn::Gender, QStringLiteral("M")) == QStringLiteral("男"));
    }
#endif
    struct Uninstall {
        std::unique_ptr<QTranslator>& t;
        ~Uninstall()
        {
            if (t)
                QCoreApplication::removeTranslator(t.get());
        }
    } uninstall{chinese};

    TestDatabase first;
    auto db = first.open();
    Roster roster(*db);
    addRoundTripMembers(*db, roster.unitB);
    MemberExportOptions options;
    options.unmasked = true;

    // CSV: byte for byte.
    const QString a = first.tempPath(QStringLiteral("a.csv"));
    REQUIRE(exportMembers(*db, a, options) == 8);
    TestDatabase second;
    auto db2 = second.open();
    importAll(*db2, a);
    const QString b = second.tempPath(QStringLiteral("b.csv"));
    REQUIRE(exportMembers(*db2, b, options) == 8);
    CHECK(contents(a).contains("'=HYPERLINK"));
    CHECK(contents(a).contains("''=1+1"));
    CHECK(QString::fromUtf8(contents(b)) == QString::fromUtf8(contents(a)));
    CHECK(contents(b) == contents(a));
    CHECK(MemberRepository(*db2).byStaffNo(QStringLiteral("30002"))->originalRetirementAge == 50);
    CHECK(MemberRepository(*db2).byStaffNo(QStringLiteral("30004"))->originalRetirementAge == 55);
    CHECK(MemberRepository(*db2).byStaffNo(QStringLiteral("30001"))->originalRetirementAge == 0);

    // .xlsx: the same cell values.
    const QString x = first.tempPath(QStringLiteral("a.xlsx"));
    REQUIRE(exportMembers(*db, x, options) == 8);
    TestDatabase third;
    auto db3 = third.open();
    importAll(*db3, x);
    const QString y = third.tempPath(QStringLiteral("b.xlsx"));
    REQUIRE(exportMembers(*db3, y, options) == 8);
    const TableFile before = TableFile::load(x);
    const TableFile after = TableFile::load(y);
    CHECK(after.header == before.header);
    REQUIRE(after.rows.size() == before.rows.size());
    for (int i = 0; i < before.rows.size(); ++i)
        CHECK(after.rows.at(i) == before.rows.at(i));
    CHECK(before.rows.at(1).contains(QVariant(QStringLiteral("=HYPERLINK(\"http://example.com\")"))));
}
