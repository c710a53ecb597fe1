#include "support/Builders.h"
#include "support/TestDatabase.h"
#include "support/TestIds.h"
#include "support/catch.h"

#include "core/db/ChangeHistoryModel.h"
#include "core/db/RecordStore.h"
#include "core/members/MemberExport.h"
#include "core/members/MemberRepository.h"
#include "core/units/SubUnitRepository.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTranslator>

using namespace ud::core;
using ud::test::TestDatabase;

TEST_CASE("Every insert, update and delete writes a change-history row", "[history]")
{
    TestDatabase t;
    auto db = t.open();
    db->setUserName(QStringLiteral("clerk-wang"));
    SubUnitRepository repo(*db);

    SubUnit u;
    u.code = QStringLiteral("201");
    u.name = QStringLiteral("管理工程与电子商务学院分工会");
    u.shortName = QStringLiteral("管工");
    const qint64 id = repo.add(u);
    u.id = id;
    u.name = QStringLiteral("管理工程学院分工会");
    repo.update(u);
    repo.update(u); // no change: no row
    repo.remove(id);

    const auto rows = db->rows(QStringLiteral("SELECT * FROM change_log ORDER BY id"));
    REQUIRE(rows.size() == 3);
    const auto json = [](const QVariant& v) { return QJsonDocument::fromJson(v.toString().toUtf8()).object(); };

    CHECK(rows[0].value(QStringLiteral("action")).toString() == QStringLiteral("insert"));
    CHECK(rows[0].value(QStringLiteral("table_name")).toString() == QStringLiteral("units"));
    CHECK(rows[0].value(QStringLiteral("row_id")).toLongLong() == id);
    CHECK(rows[0].value(QStringLiteral("user_name")).toString() == QStringLiteral("clerk-wang"));
    // A column left NULL is recorded as null, not as an empty text.
    CHECK(json(rows[0].value(QStringLiteral("new_values"))).value(QStringLiteral("parent_id")).isNull());
    CHECK(rows[0].value(QStringLiteral("old_values")).isNull());
    CHECK(json(rows[0].value(QStringLiteral("new_values"))).value(QStringLiteral("short_name")).toString() ==
          QStringLiteral("管工"));

    CHECK(rows[1].value(QStringLiteral("action")).toString() == QStringLiteral("update"));
    const QJsonObject oldValues = json(rows[1].value(QStringLiteral("old_values")));
    const QJsonObject newValues = json(rows[1].value(QStringLiteral("new_values")));
    CHECK(oldValues.keys() == QStringList{QStringLiteral("name")});
    CHECK(oldValues.value(QStringLiteral("name")).toString() == QStringLiteral("管理工程与电子商务学院分工会"));
    CHECK(newValues.value(QStringLiteral("name")).toString() == QStringLiteral("管理工程学院分工会"));

    CHECK(rows[2].value(QStringLiteral("action")).toString() == QStringLiteral("delete"));
    CHECK(json(rows[2].value(QStringLiteral("old_values"))).value(QStringLiteral("code")).toString() ==
          QStringLiteral("201"));
    CHECK(rows[2].value(QStringLiteral("new_values")).isNull());

    // Timestamps are UTC ISO-8601.
    const QDateTime at =
        QDateTime::fromString(rows[0].value(QStringLiteral("changed_at")).toString(), Qt::ISODateWithMs);
    REQUIRE(at.isValid());
    CHECK(at.timeSpec() == Qt::UTC);
    CHECK(qAbs(at.secsTo(QDateTime::currentDateTimeUtc())) < 60);
}

TEST_CASE("The history model filters by table, row and date and fetches in pages", "[history]")
{
    TestDatabase t;
    auto db = t.open();
    SubUnitRepository repo(*db);
    {
        Transaction tx(*db);
        for (int i = 0; i < ChangeHistoryModel::PageSize + 20; ++i) {
            SubUnit u;
            u.code = QStringLiteral("C%1").arg(i);
            u.name = QStringLiteral("单位 %1").arg(i);
            repo.add(u);
        }
        tx.commit();
    }
    const qint64 firstId = repo.byCode(QStringLiteral("C0"))->id;
    SubUnit first = *repo.byId(firstId);
    first.shortName = QStringLiteral("一");
    repo.update(first);

    ChangeHistoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setDatabase(db.get());
    CHECK(model.rowCount() == ChangeHistoryModel::PageSize);
    REQUIRE(model.canFetchMore({}));
    model.fetchMore({});
    CHECK(model.rowCount() == ChangeHistoryModel::PageSize + 21);
    CHECK_FALSE(model.canFetchMore({}));
    // Newest first: the update.
    CHECK(model.index(0, ChangeHistoryModel::Details).data().toString() == QStringLiteral("Short name: (empty) → 一"));

    model.setFilter({QStringLiteral("units"), firstId, {}, {}, {}});
    CHECK(model.rowCount() == 2);
    model.setFilter({QStringLiteral("members"), 0, {}, {}, {}});
    CHECK(model.rowCount() == 0);
    const QDate today = QDate::currentDate();
    model.setFilter({QString(), firstId, today.addDays(-1), today.addDays(1), {}});
    CHECK(model.rowCount() == 2);
    model.setFilter({QString(), firstId, today.addDays(1), today.addDays(2), {}});
    CHECK(model.rowCount() == 0);
    CHECK(model.tablesInHistory() == QStringList{QStringLiteral("units")});
}

TEST_CASE("Bulk inserts store text as given and record the same history as a single insert", "[history]")
{
    TestDatabase t;
    auto db = t.open();
    const QStringList names{
        QStringLiteral("plain"),
        QStringLiteral("引号\"与\\反斜杠"),
        QStringLiteral("tab\there, new\nline, cr\r, bell\x07, unit\x1f, del\x7f"),
        QStringLiteral("é ü ß — ‘quotes’ 张伟"),
        QString::fromUtf16(u"emoji \U0001F600 and 𠀋"),
        QStringLiteral(""),
    };
    QList<qint64> ids;
    {
        Transaction tx(*db);
        RecordStore::BulkInsert bulk(*db, QStringLiteral("units"),
                                     {QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("short_name"),
                                      QStringLiteral("parent_id"), QStringLiteral("sort_order"),
                                      QStringLiteral("active")});
        for (int i = 0; i < names.size(); ++i)
            ids << bulk.insert({QStringLiteral("c%1").arg(i), names.at(i) + QString::number(i), names.at(i),
                                QVariant(QMetaType(QMetaType::LongLong)), 2147483000 + i, 1});
        tx.commit();
    }
    RecordStore store(*db);
    for (int i = 0; i < names.size(); ++i) {
        const QVariantMap row = store.row(QStringLiteral("units"), ids.at(i));
        CHECK(row.value(QStringLiteral("short_name")).toString() == names.at(i));
        CHECK(row.value(QStringLiteral("name")).toString() == names.at(i) + QString::number(i));
        const QString logged = db->scalar(QStringLiteral("SELECT new_values FROM change_log WHERE table_name = "
                                                         "'units' AND row_id = :id AND action = 'insert'"),
                                          {{QStringLiteral("id"), ids.at(i)}})
                                   .toString();
        // Exactly the text insert() writes for the stored row.
        QJsonObject expected;
        for (auto it = row.cbegin(); it != row.cend(); ++it)
            expected.insert(it.key(), it->isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue::fromVariant(*it));
        CHECK(logged == QString::fromUtf8(QJsonDocument(expected).toJson(QJsonDocument::Compact)));
    }
}

namespace {

using ud::test::addMember;
using ud::test::addUnit;
using ud::test::makeId;

/// The history's rows of `table` and `action`, oldest first, as stored.
QList<QVariantMap> historyRows(Database& db, const QString& table, const QString& action)
{
    return db.rows(QStringLiteral("SELECT row_id, old_values, new_values FROM change_log WHERE table_name = :t AND "
                                  "action = :a ORDER BY id"),
                   {{QStringLiteral("t"), table}, {QStringLiteral("a"), action}});
}

QString described(Database& db, const QString& table, const QString& action, const QVariantMap& row)
{
    return describeChange(db, table, action, row.value(QStringLiteral("old_values")).toString(),
                          row.value(QStringLiteral("new_values")).toString());
}

/// The Chinese the program speaks: the built translations, and over them the proposed Chinese of the history's
/// own texts (the separators and the empty value), so that a description reads as the clerk will see it.
class HistoryInChinese {
public:
    HistoryInChinese()
    {
        REQUIRE(m_built.load(QStringLiteral(UD_QM_DIR "/uniondesk_zh_CN.qm")));
        QCoreApplication::installTranslator(&m_built);
        QCoreApplication::installTranslator(&m_proposed);
    }
    ~HistoryInChinese()
    {
        QCoreApplication::removeTranslator(&m_proposed);
        QCoreApplication::removeTranslator(&m_built);
    }
    HistoryInChinese(const HistoryInChinese&) = delete;
    HistoryInChinese& operator=(const HistoryInChinese&) = delete;

private:
    class Proposed : public QTranslator {
    public:
        QString translate(const char* context, const char* source, const char*, int) const override
        {
            if (qstrcmp(context, "ud::core::ChangeHistoryModel") != 0)
                return {};
            static const QHash<QString, QString> zh{{QStringLiteral("%1: %2"), QStringLiteral("%1：%2")},
                                                    {QStringLiteral("%1: %2 → %3"), QStringLiteral("%1：%2 → %3")},
                                                    {QStringLiteral("(empty)"), QStringLiteral("（空）")},
                                                    {QStringLiteral("; "), QStringLiteral("；")}};
            return zh.value(QString::fromUtf8(source));
        }
        bool isEmpty() const override { return false; }
    };
    QTranslator m_built;
    Proposed m_proposed;
};

/// A database with a member, 张伟 20150032 of 经济学院分工会, who retired.
struct RetiredMember {
    TestDatabase t;
    std::unique_ptr<Database> db = t.open();
    qint64 unitId = addUnit(*db, QStringLiteral("0105"), QStringLiteral("经济学院分工会"));
    qint64 memberId = addMember(*db, QStringLiteral("20150032"), QStringLiteral("张伟"), unitId, QDate(2015, 9, 1));
    RetiredMember()
    {
        MemberRepository(*db).addEvent(
            ud::test::event(memberId, MemberEvent::Kind::Retired, QDate(2024, 3, 1), std::nullopt));
    }
};

} // namespace

TEST_CASE("A change reads with the fields' titles and the values as the lists show them", "[history]")
{
    RetiredMember f;
    Database& db = *f.db;
    const auto updates = historyRows(db, QStringLiteral("members"), QStringLiteral("update"));
    REQUIRE(updates.size() == 1);
    CHECK(described(db, QStringLiteral("members"), QStringLiteral("update"), updates.first()) ==
          QStringLiteral("Status: Active → Retired"));
    // A reference by the name of the record it points to, read from the database; empty said in words.
    const QString moved =
        describeChange(db, QStringLiteral("members"), QStringLiteral("update"), QStringLiteral("{\"unit_id\":null}"),
                       QStringLiteral("{\"unit_id\":%1}").arg(f.unitId));
    CHECK(moved == QStringLiteral("Sub-union: (empty) → 经济学院分工会"));
    // Internal columns (the name's pinyin) are left out; the separators are the list's.
    CHECK(describeChange(db, QStringLiteral("members"), QStringLiteral("update"),
                         QStringLiteral("{\"name\":\"张伟\",\"name_pinyin\":\"zhangwei\",\"gender\":\"\"}"),
                         QStringLiteral("{\"name\":\"张玮\",\"name_pinyin\":\"zhangwei\",\"gender\":\"M\"}")) ==
          QStringLiteral("Name: 张伟 → 张玮; Gender: (empty) → Male"));
    // A flag by its field's texts; an insert lists the values the record has.
    const auto unitInsert = historyRows(db, QStringLiteral("units"), QStringLiteral("insert"));
    REQUIRE(unitInsert.size() == 1);
    CHECK(described(db, QStringLiteral("units"), QStringLiteral("insert"), unitInsert.first()) ==
          QStringLiteral("Code: 0105; Name: 经济学院分工会; Order: 0; Status: Active"));
    // An event: its member by name, its kind by label, the date as lists show it.
    const auto events = historyRows(db, QStringLiteral("member_events"), QStringLiteral("insert"));
    REQUIRE(events.size() == 2);
    CHECK(described(db, QStringLiteral("member_events"), QStringLiteral("insert"), events.last()) ==
          QStringLiteral("Member: 张伟 20150032; Date: 2024-03-01; Event: Retired; Sub-union: 经济学院分工会"));

#ifdef UD_QM_DIR
    HistoryInChinese chinese;
    CHECK(described(db, QStringLiteral("members"), QStringLiteral("update"), updates.first()) ==
          QStringLiteral("状态：在册 → 退休"));
    CHECK(describeChange(db, QStringLiteral("members"), QStringLiteral("update"), QStringLiteral("{\"unit_id\":null}"),
                         QStringLiteral("{\"unit_id\":%1}").arg(f.unitId)) ==
          QStringLiteral("二级工会：（空） → 经济学院分工会"));
#endif
}

TEST_CASE("ID and mobile numbers are masked in every description", "[history][privacy]")
{
    TestDatabase t;
    auto db = t.open();
    const QString id = makeId(QStringLiteral("19850302"), 11);
    Member m = ud::test::member(QStringLiteral("T1"), QStringLiteral("张伟"));
    m.idNumber = id;
    m.phone = QStringLiteral("13812345678");
    m.joinDate = QDate(2010, 1, 1);
    MemberRepository(*db).add(m);

    const QString inserted = described(*db, QStringLiteral("members"), QStringLiteral("insert"),
                                       historyRows(*db, QStringLiteral("members"), QStringLiteral("insert")).first());
    CHECK(inserted.contains(QStringLiteral("ID number: ") + maskIdNumber(id)));
    CHECK(inserted.contains(QStringLiteral("Mobile: 138****5678")));
    CHECK_FALSE(inserted.contains(id));
    CHECK_FALSE(inserted.contains(QStringLiteral("13812345678")));
    const QString changed = describeChange(*db, QStringLiteral("members"), QStringLiteral("update"),
                                           QStringLiteral("{\"id_number\":\"%1\",\"phone\":\"13812345678\"}").arg(id),
                                           QStringLiteral("{\"id_number\":null,\"phone\":\"13987654321\"}"));
    CHECK(changed ==
          QStringLiteral("ID number: %1 → (empty); Mobile: 138****5678 → 139****4321").arg(maskIdNumber(id)));
    // A column without a field, and a table without a description: shown by key, any number in them masked.
    CHECK(describeChange(*db, QStringLiteral("units"), QStringLiteral("insert"), QString(),
                         QStringLiteral("{\"phone\":\"13812345678\"}")) == QStringLiteral("phone: 138****5678"));
    CHECK(describeChange(*db, QStringLiteral("schedule_plans"), QStringLiteral("update"),
                         QStringLiteral("{\"intro\":\"\"}"), QStringLiteral("{\"intro\":\"联系 %1\"}").arg(id)) ==
          QStringLiteral("intro: (empty) → 联系 %1").arg(maskIdNumber(id)));
}

TEST_CASE("Uses of full numbers say where they went and how many, never the numbers", "[history][privacy]")
{
    TestDatabase t;
    auto db = t.open();
    FullNumbersUse use;
    use.kind = FullNumbersUse::Kind::Shown;
    use.target = QStringLiteral("Member list");
    // An older row recorded the search as typed: a whole mobile number.
    use.filter = QStringLiteral("search \"13812345678\"");
    use.rows = 12;
    use.numbers = QStringList{QStringLiteral("id_number"), QStringLiteral("phone")};
    recordFullNumbers(*db, use);
    use.kind = FullNumbersUse::Kind::Printed;
    use.target = QStringLiteral("Office printer");
    use.filter = QStringLiteral("all members");
    use.rows = 1;
    use.numbers = QStringList{QStringLiteral("phone")};
    recordFullNumbers(*db, use);
    use.kind = FullNumbersUse::Kind::Exported;
    use.target = QStringLiteral("/home/clerk/会员.xlsx");
    use.columns = QStringList{QStringLiteral("staff_no"), QStringLiteral("name"), QStringLiteral("phone")};
    recordFullNumbers(*db, use);

    ChangeHistoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setDatabase(db.get());
    REQUIRE(model.rowCount() == 3);
    const auto cell = [&model](int row, int column, int role = Qt::DisplayRole) {
        return model.index(row, column).data(role).toString();
    };
    CHECK(cell(2, ChangeHistoryModel::Action) == QStringLiteral("Full numbers shown"));
    CHECK(cell(2, ChangeHistoryModel::Details) ==
          QStringLiteral("Shown in: Member list; Selection: search \"138****5678\"; Records: 12; "
                         "Full numbers: ID number, Mobile"));
    CHECK(cell(2, ChangeHistoryModel::Details, Qt::ToolTipRole) ==
          QStringLiteral("Shown in: Member list\nSelection: search \"138****5678\"\nRecords: 12\n"
                         "Full numbers: ID number, Mobile"));
    CHECK(cell(1, ChangeHistoryModel::Action) == QStringLiteral("Printed"));
    CHECK(cell(1, ChangeHistoryModel::Details) ==
          QStringLiteral("Printer: Office printer; Selection: all members; Records: 1; Full numbers: Mobile"));
    CHECK(cell(0, ChangeHistoryModel::Action) == QStringLiteral("Exported"));
    CHECK(cell(0, ChangeHistoryModel::Details) ==
          QStringLiteral(
              "File: /home/clerk/会员.xlsx; Selection: all members; Records: 1; Full numbers: Mobile; Columns: 3"));
    // About no one record.
    CHECK(cell(0, ChangeHistoryModel::Row).isEmpty());
    CHECK(model.index(0, 0).data(ChangeHistoryModel::RowIdRole).toLongLong() == 0);
}

TEST_CASE("The history names each record, a deleted one from the history's copy of its values", "[history]")
{
    RetiredMember f;
    Database& db = *f.db;
    const qint64 other = addUnit(db, QStringLiteral("0106"), QStringLiteral("管理学院分工会"));
    // The member is deleted, then the sub-union they were in: both are named from what the history kept.
    MemberRepository(db).remove(f.memberId);
    SubUnitRepository(db).remove(f.unitId);

    ChangeHistoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setDatabase(&db);
    QHash<QString, QStringList> names; // table → record names, newest first
    for (int r = 0; r < model.rowCount(); ++r)
        names[model.index(r, 0).data(ChangeHistoryModel::TableRole).toString()]
            << model.index(r, ChangeHistoryModel::Row).data().toString();
    CHECK(names.value(QStringLiteral("members")) == QStringList{QStringLiteral("张伟 20150032"),
                                                                QStringLiteral("张伟 20150032"),
                                                                QStringLiteral("张伟 20150032")});
    CHECK(names.value(QStringLiteral("units")) == QStringList{QStringLiteral("经济学院分工会"),
                                                              QStringLiteral("管理学院分工会"),
                                                              QStringLiteral("经济学院分工会")});
    CHECK(names.value(QStringLiteral("member_events")).contains(QStringLiteral("张伟 20150032 Retired 2024-03-01")));
    CHECK(names.value(QStringLiteral("member_events")).contains(QStringLiteral("张伟 20150032 Joined 2015-09-01")));

    // The member's insert still names the deleted sub-union; the deleted record is marked so.
    for (int r = 0; r < model.rowCount(); ++r) {
        const QModelIndex row = model.index(r, ChangeHistoryModel::Row);
        const bool exists = row.data(ChangeHistoryModel::RecordExistsRole).toBool();
        const qint64 id = row.data(ChangeHistoryModel::RowIdRole).toLongLong();
        CHECK(exists == (row.data(ChangeHistoryModel::TableRole).toString() == QStringLiteral("units") && id == other));
        if (!exists) {
            CHECK(row.data(Qt::ToolTipRole).toString() == row.data().toString() + QStringLiteral(" (deleted)"));
            CHECK(row.data(Qt::FontRole).value<QFont>().italic());
        }
        if (row.data(ChangeHistoryModel::TableRole).toString() == QStringLiteral("members") &&
            model.index(r, ChangeHistoryModel::Action).data().toString() == QStringLiteral("Added"))
            CHECK(model.index(r, ChangeHistoryModel::Details)
                      .data()
                      .toString()
                      .contains(QStringLiteral("Sub-union: 经济学院分工会")));
    }
    // A row the history has no other copy of is named from its own values.
    ChangeDescriber describer(db);
    const ChangeRow orphan = ChangeRow::fromJson(QStringLiteral("members"), 99999, QStringLiteral("insert"), QString(),
                                                 QStringLiteral("{\"name\":\"李四\",\"staff_no\":\"T9\"}"));
    // A table without a description: its records are not read, so none is taken for deleted.
    const ChangeRow plan = ChangeRow::fromJson(QStringLiteral("schedule_plans"), 7, QStringLiteral("update"),
                                               QStringLiteral("{\"draft\":1}"), QStringLiteral("{\"draft\":0}"));
    describer.prepare({orphan, plan});
    CHECK(describer.recordName(orphan) == QStringLiteral("李四 T9"));
    CHECK_FALSE(describer.recordExists(orphan));
    CHECK(describer.recordName(plan) == QStringLiteral("record 7"));
    CHECK(describer.recordExists(plan));
    CHECK(describer.changes(plan) == QStringList{QStringLiteral("draft: 1 → 0")});
}

TEST_CASE("The history finds a person's changes by name or staff number", "[history]")
{
    TestDatabase t;
    auto db = t.open();
    const qint64 unitId = addUnit(*db, QStringLiteral("0105"), QStringLiteral("经济学院分工会"));
    const qint64 first = addMember(*db, QStringLiteral("20150032"), QStringLiteral("张伟"), unitId, QDate(2015, 9, 1));
    const qint64 second = addMember(*db, QStringLiteral("20180101"), QStringLiteral("张伟"), unitId, QDate(2018, 9, 1));
    addMember(*db, QStringLiteral("20190007"), QStringLiteral("李娜"), unitId, QDate(2019, 9, 1));
    MemberRepository(*db).addEvent(ud::test::event(first, MemberEvent::Kind::Retired, QDate(2024, 3, 1)));

    ChangeHistoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setDatabase(db.get());
    const auto shown = [&model] {
        QSet<QString> records;
        for (int r = 0; r < model.rowCount(); ++r)
            records << model.index(r, ChangeHistoryModel::Row).data().toString();
        return records;
    };
    ChangeFilter filter;
    filter.search = QStringLiteral("张伟");
    model.setFilter(filter);
    // Both people: their inserts, the retirement's update and every event, by the event's member.
    CHECK(model.rowCount() == 2 + 1 + 3);
    CHECK(shown() == QSet<QString>{QStringLiteral("张伟 20150032"), QStringLiteral("张伟 20180101"),
                                   QStringLiteral("张伟 20150032 Joined 2015-09-01"),
                                   QStringLiteral("张伟 20180101 Joined 2018-09-01"),
                                   QStringLiteral("张伟 20150032 Retired 2024-03-01")});
    filter.search = QStringLiteral("20150032");
    model.setFilter(filter);
    CHECK(model.rowCount() == 1 + 1 + 2);
    filter.table = QStringLiteral("members");
    model.setFilter(filter);
    CHECK(model.rowCount() == 2);
    for (int r = 0; r < model.rowCount(); ++r)
        CHECK(model.index(r, 0).data(ChangeHistoryModel::RowIdRole).toLongLong() == first);
    // Found by the name of a sub-union too; the table narrows what is searched.
    filter.search = QStringLiteral("经济");
    model.setFilter(filter);
    CHECK(model.rowCount() == 0);
    filter.table.clear();
    model.setFilter(filter);
    CHECK(shown() == QSet<QString>{QStringLiteral("经济学院分工会")});
    // Text that LIKE would read as a pattern is taken as it is.
    filter.search = QStringLiteral("%");
    model.setFilter(filter);
    CHECK(model.rowCount() == 0);
    filter.search = QStringLiteral("  ");
    model.setFilter(filter);
    CHECK(model.rowCount() > 6);
    CHECK(second > 0);
}
