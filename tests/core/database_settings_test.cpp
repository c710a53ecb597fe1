#include "support/TestDatabase.h"
#include "support/catch.h"

#include "core/db/ChangeDescriber.h"
#include "core/db/DatabaseSettings.h"

using namespace ud::core;
using ud::test::TestDatabase;

TEST_CASE("A change of the union's name is stored and recorded in the change history", "[settings]")
{
    TestDatabase t;
    auto db = t.open();
    DatabaseSettings settings(*db);
    CHECK(settings.value(settings::UnionName).isEmpty());

    CHECK(settings.change(settings::UnionName, QStringLiteral("浙江工商大学工会")));
    CHECK(settings.value(settings::UnionName) == QStringLiteral("浙江工商大学工会"));
    CHECK_FALSE(settings.change(settings::UnionName, QStringLiteral("浙江工商大学工会"))); // nothing new
    CHECK(settings.change(settings::UnionName, QStringLiteral("浙江工商大学教职工会")));

    const auto rows = db->rows(QStringLiteral("SELECT user_name, action, old_values, new_values FROM change_log "
                                              "WHERE table_name = 'app_settings' ORDER BY id"));
    REQUIRE(rows.size() == 2);
    CHECK(rows.at(0).value(QStringLiteral("action")).toString() == QStringLiteral("update"));
    CHECK(rows.at(0).value(QStringLiteral("user_name")).toString() == db->userName());
    // In the clerk's words: the setting's title, the old and the new name.
    const QString described = describeChange(*db, QStringLiteral("app_settings"), QStringLiteral("update"),
                                             rows.at(1).value(QStringLiteral("old_values")).toString(),
                                             rows.at(1).value(QStringLiteral("new_values")).toString());
    CHECK(described.contains(QStringLiteral("Union name")));
    CHECK(described.contains(QStringLiteral("浙江工商大学工会")));
    CHECK(described.contains(QStringLiteral("浙江工商大学教职工会")));
    CHECK_FALSE(described.contains(QStringLiteral("union/name")));

    // The settings that are preferences leave no row.
    settings.setValue(settings::ExampleDismissed, QStringLiteral("1"));
    CHECK(db->scalar(QStringLiteral("SELECT count(*) FROM change_log")).toInt() == 2);
}
