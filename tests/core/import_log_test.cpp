#include "support/Builders.h"
#include "support/TestDatabase.h"
#include "support/TestFiles.h"
#include "support/catch.h"

#include "core/db/ChangeHistoryModel.h"
#include "core/db/ImportLog.h"
#include "core/db/ImportLogModel.h"
#include "core/members/MemberImport.h"
#include "core/members/MemberRepository.h"
#include "core/schedule/PlanDocument.h"
#include "core/schedule/ScheduleRepository.h"
#include "core/units/SubUnitRepository.h"

#include <QAbstractItemModelTester>

using namespace ud::core;
using ud::test::TestDatabase;
using ud::test::writeFile;

namespace {

const QStringList kMemberTables{QStringLiteral("units"), QStringLiteral("members"), QStringLiteral("member_events")};
const QStringList kPlanTables{QStringLiteral("schedule_plans"), QStringLiteral("plan_key_sections"),
                              QStringLiteral("plan_key_points"), QStringLiteral("schedule_sections"),
                              QStringLiteral("schedule_items")};

// Every row of `tables`, every column with its value, in id order: two equal dumps are the same data.
QStringList dump(const Database& db, const QStringList& tables)
{
    QStringList lines;
    for (const QString& table : tables) {
        for (const QVariantMap& row : db.rows(QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(table))) {
            QStringList cells;
            for (auto it = row.cbegin(); it != row.cend(); ++it)
                cells << it.key() + QLatin1Char('=') +
                             (it.value().isNull() ? QStringLiteral("NULL") : it.value().toString());
            lines << table + QLatin1Char(' ') + cells.join(QLatin1Char('|'));
        }
    }
    return lines;
}

qint64 count(const Database& db, const QString& sql)
{
    return db.scalar(sql).toLongLong();
}

struct Fixture {
    TestDatabase t;
    std::unique_ptr<Database> db = t.open();
    qint64 economics = ud::test::addUnit(*db, QStringLiteral("101"), QStringLiteral("经济学院分工会"));
    qint64 law = ud::test::addUnit(*db, QStringLiteral("102"), QStringLiteral("法学院分工会"));
    qint64 zhangWei = 0;
    qint64 other =
        ud::test::addMember(*db, QStringLiteral("T0500"), QStringLiteral("陈静"), economics, QDate(2005, 9, 1));

    Fixture()
    {
        Member m = ud::test::member(QStringLiteral("T1001"), QStringLiteral("张伟"), law);
        m.phone = QStringLiteral("13900000000");
        m.joinDate = QDate(2010, 9, 1);
        zhangWei = MemberRepository(*db).add(m);
    }

    // Imports `csv` with stored members updated and missing sub-unions created; the batch of the import.
    MemberImport::Summary importMembers(const QByteArray& csv, const QString& name = QStringLiteral("members.csv"))
    {
        const QString path = writeFile(t, name, csv);
        const auto table = MemberImport::load(path);
        MemberImport importer(*db);
        const auto preview = importer.preview(table, MemberImport::autoMapping(table.header), QDate(2025, 5, 1));
        MemberImport::Options options;
        options.onDuplicate = MemberImport::OnDuplicate::Update;
        options.createUnits = true;
        return importer.execute(preview, options, {}, QDate(2025, 5, 1));
    }
};

// 张伟 (stored) gets a new phone and moves to the school of economics; 李娜 and 王芳 are new, 王芳 retired and in a
// sub-union that does not exist yet.
const QByteArray kRoster = QByteArray("工号,姓名,性别,所在单位,手机号码,入会时间,状态\n"
                                      "T1001,张伟,男,经济学院分工会,13812345678,2010-09-01,在职\n"
                                      "T2001,李娜,女,法学院分工会,13800000001,2015-07-01,\n"
                                      "T2002,王芳,女,新闻学院分工会,,2001-03-05,退休\n");

} // namespace

TEST_CASE("A members import is one step: undo gives back exactly the rows before, redo the import's", "[importlog]")
{
    Fixture f;
    const QStringList before = dump(*f.db, kMemberTables);
    const auto summary = f.importMembers(kRoster);
    REQUIRE(summary.imported == 2);
    REQUIRE(summary.updated == 1);
    REQUIRE(summary.unitsCreated == 1);
    REQUIRE(summary.batch > 0);
    const QStringList imported = dump(*f.db, kMemberTables);
    REQUIRE(imported != before);

    ImportLog log(*f.db);
    const auto batch = log.batch(summary.batch);
    REQUIRE(batch);
    CHECK(batch->kind == ImportLog::Kind::Import);
    CHECK(batch->table == QStringLiteral("members"));
    CHECK(batch->source.endsWith(QStringLiteral("members.csv")));
    CHECK_FALSE(batch->undone());
    REQUIRE_FALSE(batch->counts.isEmpty());
    CHECK(batch->counts.first().table == QStringLiteral("members")); // its own table first
    CHECK(batch->counts.first().added == 2);
    CHECK(batch->counts.first().changed == 1);
    CHECK(batch->countsText().startsWith(QStringLiteral("Members: 2 added, 1 changed; ")));
    CHECK(batch->title() == QStringLiteral("Import: Members"));

    log.undo(summary.batch);
    CHECK(dump(*f.db, kMemberTables) == before);
    CHECK(log.batch(summary.batch)->undone());
    CHECK(log.batch(summary.batch)->undoneBy == f.db->userName());
    CHECK(f.db->historyProblems().isEmpty());
    // The undo is in the change history like any change, marked as the import's undo.
    CHECK(count(*f.db, QStringLiteral("SELECT count(*) FROM change_log WHERE batch_step = 'undo' AND action = "
                                      "'delete' AND table_name = 'members'")) == 2);
    CHECK(count(*f.db, QStringLiteral("SELECT count(*) FROM change_log WHERE batch_step = 'undo' AND action = "
                                      "'update' AND table_name = 'members'")) >= 1);
    CHECK_THROWS_AS(log.undo(summary.batch), Error);

    log.redo(summary.batch);
    CHECK(dump(*f.db, kMemberTables) == imported);
    CHECK_FALSE(log.batch(summary.batch)->undone());
    CHECK(f.db->historyProblems().isEmpty());
    CHECK_THROWS_AS(log.redo(summary.batch), Error);

    // And once more: a redone import goes back as well.
    log.undo(summary.batch);
    CHECK(dump(*f.db, kMemberTables) == before);
}

TEST_CASE("Undo of an import is refused while a member it touched was changed afterwards; nothing changes",
          "[importlog]")
{
    Fixture f;
    const QStringList before = dump(*f.db, kMemberTables);
    const auto summary = f.importMembers(kRoster);
    REQUIRE(summary.batch > 0);
    MemberRepository members(*f.db);
    ImportLog log(*f.db);

    SECTION("a member it added")
    {
        Member lina = *members.byStaffNo(QStringLiteral("T2001"));
        const QString phone = lina.phone;
        lina.phone = QStringLiteral("13999999999");
        members.update(lina);
        const QStringList edited = dump(*f.db, kMemberTables);
        try {
            log.undo(summary.batch);
            FAIL("the undo was not refused");
        } catch (const Error& e) {
            CHECK(e.message().contains(QStringLiteral("李娜 T2001 (Members): Changed on ")));
            CHECK(e.message().contains(QStringLiteral("by ") + f.db->userName()));
            CHECK(e.message().contains(QStringLiteral("Nothing was changed")));
        }
        CHECK(dump(*f.db, kMemberTables) == edited);
        CHECK_FALSE(log.batch(summary.batch)->undone());

        // Changed back, the member is as the import left it: now the import can go.
        lina.phone = phone;
        members.update(lina);
        log.undo(summary.batch);
        CHECK(dump(*f.db, kMemberTables) == before);
    }
    SECTION("a value it changed in a stored member")
    {
        Member zhang = *members.byId(f.zhangWei);
        zhang.phone = QStringLiteral("13700000000");
        members.update(zhang);
        const QStringList edited = dump(*f.db, kMemberTables);
        CHECK_THROWS_WITH(log.undo(summary.batch), Catch::Contains("张伟 T1001"));
        CHECK(dump(*f.db, kMemberTables) == edited);
    }
    SECTION("a status event recorded afterwards for a member it added")
    {
        const qint64 lina = members.byStaffNo(QStringLiteral("T2001"))->id;
        ud::test::addEvent(*f.db, lina, MemberEvent::Kind::Left, QDate(2025, 5, 2), std::nullopt, QDate(2025, 5, 2));
        const QStringList edited = dump(*f.db, kMemberTables);
        CHECK_THROWS_WITH(log.undo(summary.batch), Catch::Contains("李娜 T2001"));
        CHECK(dump(*f.db, kMemberTables) == edited);
    }
    SECTION("a member it added, deleted afterwards")
    {
        const qint64 lina = members.byStaffNo(QStringLiteral("T2001"))->id;
        members.remove(lina);
        const QStringList edited = dump(*f.db, kMemberTables);
        CHECK_THROWS_WITH(log.undo(summary.batch), Catch::Contains("李娜 T2001 (Members): Deleted on "));
        CHECK(dump(*f.db, kMemberTables) == edited);
    }
}

TEST_CASE("A change the import did not touch leaves its undo alone", "[importlog]")
{
    Fixture f;
    const auto summary = f.importMembers(kRoster);
    MemberRepository members(*f.db);
    // The other member, and a column of 张伟 the import left alone.
    Member chen = *members.byId(f.other);
    chen.phone = QStringLiteral("13600000000");
    members.update(chen);
    Member zhang = *members.byId(f.zhangWei);
    zhang.note = QStringLiteral("工会小组长");
    members.update(zhang);

    ImportLog(*f.db).undo(summary.batch);
    CHECK(members.byId(f.other)->phone == QStringLiteral("13600000000"));
    const Member back = *members.byId(f.zhangWei);
    CHECK(back.note == QStringLiteral("工会小组长"));
    CHECK(back.phone == QStringLiteral("13900000000"));
    CHECK(back.unitId == f.law);
    CHECK_FALSE(members.byStaffNo(QStringLiteral("T2001")));
}

TEST_CASE("A large import of new members goes back in one undo and comes again in one redo", "[importlog]")
{
    Fixture f;
    // New members only: on SQLite the import's fastest path, rows made ready on a second thread. More than 5,000
    // history rows: undo and redo use the bulk speed-ups, redo building the member tables' indexes afresh.
    constexpr int kMembers = 2500; // every tenth retired: 2,750 events
    QByteArray csv("工号,姓名,性别,所在单位,入会时间,状态\n");
    for (int i = 0; i < kMembers; ++i)
        csv += QStringLiteral("N%1,会员%1,%2,法学院分工会,2020-01-01,%3\n")
                   .arg(i, 4, 10, QLatin1Char('0'))
                   .arg(i % 2 ? QStringLiteral("男") : QStringLiteral("女"))
                   .arg(i % 10 ? QString() : QStringLiteral("退休"))
                   .toUtf8();
    const QStringList before = dump(*f.db, kMemberTables);
    const auto indexes = [&f] {
        return f.db->isSqlite() ? f.db->rows(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' "
                                                            "ORDER BY name"))
                                : QList<QVariantMap>();
    };
    const QList<QVariantMap> indexesBefore = indexes();
    const auto summary = f.importMembers(csv);
    REQUIRE(summary.imported == kMembers);
    const QStringList imported = dump(*f.db, kMemberTables);
    const qint64 rows = kMembers + kMembers + kMembers / 10;

    ImportLog log(*f.db);
    log.undo(summary.batch);
    CHECK(dump(*f.db, kMemberTables) == before);
    CHECK(count(*f.db, QStringLiteral("SELECT count(*) FROM change_log WHERE batch_step = 'undo'")) == rows);
    log.redo(summary.batch);
    CHECK(dump(*f.db, kMemberTables) == imported);
    CHECK(indexes() == indexesBefore);
    CHECK(f.db->historyProblems().isEmpty());
    CHECK(f.db->integrityProblems().isEmpty());
    // The redone rows are recorded as the import recorded them.
    CHECK(count(*f.db, QStringLiteral("SELECT count(*) FROM change_log r JOIN change_log d ON d.table_name = "
                                      "r.table_name AND d.row_id = r.row_id AND d.batch_step = 'do' WHERE "
                                      "r.batch_step = 'redo' AND r.new_values = d.new_values")) == rows);
}

TEST_CASE("An import that fails, is rolled back or changes nothing leaves no entry in the log", "[importlog]")
{
    Fixture f;
    const auto batches = [&f] { return count(*f.db, QStringLiteral("SELECT count(*) FROM import_batches")); };

    // A row that fails as it is written: nothing is stored, the batch neither.
    const QString bad = writeFile(f.t, QStringLiteral("units.csv"),
                                  QByteArray("code,name\r\n0401,新闻学院工会\r\n0402,经济学院分工会\r\n"));
    SubUnitRepository units(*f.db);
    ImportOptions options;
    options.skipInvalid = false;
    const ImportSummary refused = units.apply(units.preview(bad), options);
    CHECK_FALSE(refused.errors.isEmpty());
    CHECK(batches() == 0);

    // A dry run.
    const QString good = writeFile(f.t, QStringLiteral("good.csv"), QByteArray("code,name\r\n0401,新闻学院工会\r\n"));
    options.dryRun = true;
    CHECK(units.apply(units.preview(good), options).added == 1);
    CHECK(batches() == 0);

    // A member import cancelled half way.
    const QString path = writeFile(f.t, QStringLiteral("members.csv"), kRoster);
    const auto table = MemberImport::load(path);
    MemberImport importer(*f.db);
    MemberImport::Options memberOptions;
    memberOptions.onDuplicate = MemberImport::OnDuplicate::Update;
    memberOptions.createUnits = true;
    const auto cancelled = importer.execute(importer.preview(table, MemberImport::autoMapping(table.header)),
                                            memberOptions, [](int done, int) { return done == 0; });
    CHECK(cancelled.cancelled);
    CHECK(batches() == 0);

    // A plan that may not replace the one there: refused inside its transaction.
    ScheduleRepository plans(*f.db);
    const ParsedPlan plan = PlanDocument::parseText(PlanDocument::examplePlanText());
    plans.importPlan(2024, plan);
    CHECK(batches() == 1);
    CHECK_THROWS_AS(plans.importPlan(2024, plan), ValidationError);
    CHECK(batches() == 1);

    // A file whose rows are all stored as they are: nothing to undo, no entry.
    options.dryRun = false;
    options.onDuplicate = OnDuplicate::Update;
    REQUIRE(units.apply(units.preview(good), options).added == 1);
    CHECK(batches() == 2);
    const ImportSummary unchanged = units.apply(units.preview(good), options);
    CHECK(unchanged.unchanged == 1);
    CHECK(unchanged.batch == 0);
    CHECK(batches() == 2);
}

TEST_CASE("A sub-unions import naming rows of the same file is undone and redone exactly", "[importlog]")
{
    Fixture f;
    const QStringList before = dump(*f.db, kMemberTables);
    // 0302 names 0303, a later row: stored first without its parent, given it once 0303 is there.
    const QString path = writeFile(f.t, QStringLiteral("units.csv"),
                                   QByteArray("code,name,parent_code\r\n"
                                              "0301,法学院工会,\r\n"
                                              "0302,民商法系工会小组,0303\r\n"
                                              "0303,知识产权学院工会,0301\r\n"
                                              "101,经济学院工会,\r\n"));
    SubUnitRepository units(*f.db);
    const ImportReport report = units.importFile(path);
    REQUIRE(report.errors.isEmpty());
    REQUIRE(report.added == 3);
    REQUIRE(report.updated == 1);
    const qint64 batch = ImportLog(*f.db).batches().value(0).id;
    REQUIRE(batch > 0);
    REQUIRE(units.byCode(QStringLiteral("0302"))->parentId == units.byCode(QStringLiteral("0303"))->id);
    CHECK(units.byCode(QStringLiteral("101"))->name == QStringLiteral("经济学院工会"));
    const QStringList imported = dump(*f.db, kMemberTables);

    ImportLog log(*f.db);
    log.undo(batch);
    CHECK(dump(*f.db, kMemberTables) == before);
    log.redo(batch);
    CHECK(dump(*f.db, kMemberTables) == imported);

    // A member put into a sub-union the import added keeps it from being undone.
    ud::test::addMember(*f.db, QStringLiteral("T3001"), QStringLiteral("刘洋"),
                        units.byCode(QStringLiteral("0302"))->id);
    CHECK_THROWS_WITH(log.undo(batch), Catch::Contains("刘洋 T3001"));
    CHECK(units.byCode(QStringLiteral("0302")).has_value());
}

TEST_CASE("A plan import that replaced a plan, and a copy to the next year, are undone and redone", "[importlog]")
{
    TestDatabase t;
    auto db = t.open();
    ScheduleRepository repo(*db);
    ImportLog log(*db);
    const ParsedPlan example = PlanDocument::parseText(PlanDocument::examplePlanText());
    const qint64 first = repo.importPlan(2024, example, ScheduleRepository::Replace::No, QStringLiteral("plan.docx"));
    const qint64 firstBatch = log.batchThatAdded(tables::SchedulePlans, first);
    REQUIRE(firstBatch > 0);
    CHECK(log.batch(firstBatch)->source == QStringLiteral("plan.docx"));
    // Work done on the plan since: an item marked done.
    const ScheduleItem item = repo.items(first).first();
    repo.markDone(item.id, QDate(2024, 3, 1));
    const QStringList worked = dump(*db, kPlanTables);

    // Replaced by a shorter plan.
    ParsedPlan shorter = example;
    shorter.keyPoints.resize(1);
    shorter.schedule.resize(1);
    REQUIRE(PlanDocument::structureProblem(shorter).isEmpty());
    const qint64 second = repo.importPlan(2024, shorter, ScheduleRepository::Replace::Yes);
    const qint64 secondBatch = log.batchThatAdded(tables::SchedulePlans, second);
    REQUIRE(secondBatch > firstBatch);
    const QStringList replaced = dump(*db, kPlanTables);
    const auto counts = log.batch(secondBatch)->counts;
    REQUIRE_FALSE(counts.isEmpty());
    CHECK(counts.first().table == QStringLiteral("schedule_plans"));
    CHECK(counts.first().added == 1);
    CHECK(counts.first().removed == 1);

    log.undo(secondBatch);
    CHECK(dump(*db, kPlanTables) == worked); // the old plan with its ids, the done item done
    CHECK(repo.item(item.id).status == ItemStatus::Done);
    log.redo(secondBatch);
    CHECK(dump(*db, kPlanTables) == replaced);
    log.undo(secondBatch);

    // The copy to 2025.
    const qint64 copy = repo.copyToNextYear(2024);
    const qint64 copyBatch = log.batchThatAdded(tables::SchedulePlans, copy);
    REQUIRE(copyBatch > secondBatch);
    CHECK(log.batch(copyBatch)->kind == ImportLog::Kind::Copy);
    CHECK(log.batch(copyBatch)->title() == QStringLiteral("Copy to next year"));
    const QStringList copied = dump(*db, kPlanTables);
    log.undo(copyBatch);
    CHECK(dump(*db, kPlanTables) == worked);
    CHECK_FALSE(repo.plan(2025));
    log.redo(copyBatch);
    CHECK(dump(*db, kPlanTables) == copied);
    CHECK(repo.plan(2025)->id == copy);

    // An item of the copy changed since: its undo is refused, naming it.
    ScheduleItem copied1 = repo.items(copy).first();
    copied1.notes = QStringLiteral("已安排");
    REQUIRE(repo.updateItem(copied1));
    CHECK_THROWS_WITH(log.undo(copyBatch), Catch::Contains("(Schedule items): Changed on"));
    CHECK(repo.plan(2025).has_value());
    CHECK(db->historyProblems().isEmpty());
}

TEST_CASE("The change history marks what an import, its undo and its redo wrote", "[importlog][history]")
{
    Fixture f;
    const auto summary = f.importMembers(kRoster, QStringLiteral("roster.csv"));
    ImportLog log(*f.db);
    log.undo(summary.batch);
    log.redo(summary.batch);

    ChangeHistoryModel history;
    QAbstractItemModelTester tester(&history, QAbstractItemModelTester::FailureReportingMode::Fatal);
    history.setDatabase(f.db.get());
    ChangeFilter filter;
    filter.table = QStringLiteral("members");
    history.setFilter(filter);
    QStringList actions;
    for (int row = 0; row < history.rowCount(); ++row)
        actions << history.index(row, ChangeHistoryModel::Action).data().toString();
    CHECK(actions.contains(QStringLiteral("Added (import)")));
    CHECK(actions.contains(QStringLiteral("Changed (import)")));
    CHECK(actions.contains(QStringLiteral("Deleted (import undone)")));
    CHECK(actions.contains(QStringLiteral("Changed (import undone)")));
    CHECK(actions.contains(QStringLiteral("Added (import redone)")));
    CHECK(actions.contains(QStringLiteral("Added"))); // the members added by hand
    // The import by its name and file.
    const int undone = int(actions.indexOf(QStringLiteral("Deleted (import undone)")));
    CHECK(history.index(undone, ChangeHistoryModel::Action)
              .data(Qt::ToolTipRole)
              .toString()
              .startsWith(QStringLiteral("Import: Members, ")));
    CHECK(history.index(undone, ChangeHistoryModel::Action)
              .data(Qt::ToolTipRole)
              .toString()
              .endsWith(QStringLiteral("roster.csv")));
    CHECK(history.index(int(actions.indexOf(QStringLiteral("Added"))), ChangeHistoryModel::Action)
              .data(Qt::ToolTipRole)
              .isNull());
}

TEST_CASE("The import log lists the batches newest first with what they changed", "[importlog]")
{
    Fixture f;
    const auto summary = f.importMembers(kRoster, QStringLiteral("roster.csv"));
    ScheduleRepository(*f.db).importPlan(2024, PlanDocument::parseText(PlanDocument::examplePlanText()));
    ImportLog(*f.db).undo(summary.batch);

    ImportLogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setDatabase(f.db.get());
    REQUIRE(model.rowCount() == 2);
    CHECK(model.index(0, ImportLogModel::What).data().toString() == QStringLiteral("Import: Work plans"));
    CHECK(model.index(0, ImportLogModel::Status).data().toString() == QStringLiteral("In effect"));
    CHECK(model.index(0, ImportLogModel::Source).data().toString().isEmpty());
    CHECK(model.index(1, ImportLogModel::Source).data().toString() == QStringLiteral("roster.csv"));
    CHECK(model.index(1, ImportLogModel::Source)
              .data(Qt::ToolTipRole)
              .toString()
              .endsWith(QStringLiteral("/roster.csv")));
    CHECK(model.index(1, ImportLogModel::Changes).data().toString().startsWith(QStringLiteral("Members: 2 added")));
    CHECK(model.index(1, ImportLogModel::Status)
              .data()
              .toString()
              .startsWith(QStringLiteral("Undone ") + QDate::currentDate().toString(Qt::ISODate)));
    CHECK(model.index(1, 0).data(ImportLogModel::UndoneRole).toBool());
    CHECK_FALSE(model.index(0, 0).data(ImportLogModel::UndoneRole).toBool());
    CHECK(model.index(1, 0).data(Qt::UserRole).toLongLong() == summary.batch);
    CHECK(model.rowOf(summary.batch) == 1);
    CHECK(model.rowOf(summary.batch + 100) == -1);
}
