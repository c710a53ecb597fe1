#include "support/TestDatabase.h"
#include "support/catch.h"

#include "core/db/ChangeHistoryModel.h"
#include "core/db/RecordStore.h"
#include "core/units/SubUnitRepository.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QJsonObject>

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
    CHECK(model.index(0, ChangeHistoryModel::Details).data().toString().contains(QStringLiteral("short_name")));

    model.setFilter({QStringLiteral("units"), firstId, {}, {}});
    CHECK(model.rowCount() == 2);
    model.setFilter({QStringLiteral("members"), 0, {}, {}});
    CHECK(model.rowCount() == 0);
    const QDate today = QDate::currentDate();
    model.setFilter({QString(), firstId, today.addDays(-1), today.addDays(1)});
    CHECK(model.rowCount() == 2);
    model.setFilter({QString(), firstId, today.addDays(1), today.addDays(2)});
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
