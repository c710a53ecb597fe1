#include "support/TestDatabase.h"
#include "support/catch.h"

#include "core/members/MemberImport.h"
#include "core/members/MemberImportTemplate.h"

#include <QSet>

using namespace ud::core;
using ud::test::TestDatabase;

TEST_CASE("The import template's headers are the import's and its example row imports", "[members][import]")
{
    TestDatabase t;
    auto db = t.open();
    const QString path = t.tempPath(QStringLiteral("会员导入模板.xlsx"));
    MemberImportTemplate::write(path);

    const MemberImport::Table table = MemberImport::load(path);
    QStringList expected;
    for (const XlsxColumn& column : MemberImportTemplate::columns())
        expected << column.title;
    CHECK(table.header == expected);
    REQUIRE(table.rows.size() == 1);

    // Every column is taken, each by a field of its own.
    const MemberImport::Mapping mapping = MemberImport::autoMapping(table.header);
    QSet<MemberColumn> taken;
    for (int i = 0; i < mapping.size(); ++i) {
        INFO(table.header.at(i).toStdString());
        REQUIRE(mapping.at(i).has_value());
        CHECK_FALSE(taken.contains(*mapping.at(i)));
        taken.insert(*mapping.at(i));
    }
    CHECK(taken.contains(MemberColumn::UnitName));
    CHECK(taken.contains(MemberColumn::IdNumber));

    // The example is a valid member; only its sub-union has to be there (or made by the import).
    MemberImport import(*db);
    const MemberImport::Preview preview = import.preview(table, mapping);
    REQUIRE(preview.rows.size() == 1);
    INFO(preview.rows.first().problems.join(QLatin1Char('\n')).toStdString());
    CHECK(preview.rows.first().isValid());
    REQUIRE(preview.missingUnits.size() == 1);
    CHECK(preview.missingUnits.first().name == QStringLiteral("信息与电子工程学院分工会"));
    CHECK(preview.rows.first().member.birthDate == QDate(1985, 3, 2));
    CHECK(preview.rows.first().member.gender == QStringLiteral("M"));
    MemberImport::Options options;
    options.createUnits = true;
    CHECK(import.execute(preview, options).imported == 1);
}
