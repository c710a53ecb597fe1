#include "support/Builders.h"
#include "support/TestDatabase.h"
#include "support/TestFiles.h"
#include "support/catch.h"

#include "core/members/MemberImport.h"
#include "core/members/MemberRepository.h"
#include "core/units/SubUnitMatcher.h"
#include "core/units/SubUnitRepository.h"

using namespace ud::core;
using ud::test::TestDatabase;
using ud::test::unit;
using ud::test::writeFile;

namespace {

SubUnit stored(qint64 id, const QString& name, const QString& shortName = QString(), bool active = true)
{
    SubUnit u = unit(QString::number(id), name, std::nullopt, shortName);
    u.id = id;
    u.active = active;
    return u;
}

struct Fixture {
    TestDatabase t;
    std::unique_ptr<Database> db = t.open();
    qint64 economics = 0;
    qint64 law = 0;
    Fixture()
    {
        SubUnitRepository repo(*db);
        SubUnit u = unit(QStringLiteral("101"), QStringLiteral("经济学院分工会"));
        u.sortOrder = 5;
        economics = repo.add(u);
        u = unit(QStringLiteral("102"), QStringLiteral("法学院分工会"));
        u.sortOrder = 9;
        law = repo.add(u);
    }
    MemberImport::Preview preview(const QString& csv) const
    {
        const auto table = MemberImport::load(writeFile(t, QStringLiteral("roster.csv"), csv.toUtf8()));
        return MemberImport(*db).preview(table, MemberImport::autoMapping(table.header));
    }
    std::optional<qint64> unitOf(const QString& staffNo) const
    {
        return MemberRepository(*db).byStaffNo(staffNo)->unitId;
    }
};

} // namespace

TEST_CASE("A sub-union's name is compared without spaces, full-width forms and the union word", "[units][match]")
{
    CHECK(SubUnitMatcher::key(QStringLiteral("经济学院分工会")) == QStringLiteral("经济学院"));
    CHECK(SubUnitMatcher::key(QStringLiteral(" 经济学院　分工会 ")) == QStringLiteral("经济学院"));
    CHECK(SubUnitMatcher::key(QStringLiteral("经济学院工会")) == QStringLiteral("经济学院"));
    CHECK(SubUnitMatcher::key(QStringLiteral("经济学院二级工会")) == QStringLiteral("经济学院"));
    CHECK(SubUnitMatcher::key(QStringLiteral("经济学院工会委员会")) == QStringLiteral("经济学院"));
    CHECK(SubUnitMatcher::key(QStringLiteral("ＭＢＡ 教育中心")) == QStringLiteral("mba教育中心"));
    // 学院 is part of the name; a union word alone is kept rather than leaving nothing.
    CHECK(SubUnitMatcher::key(QStringLiteral("经济学院")) == QStringLiteral("经济学院"));
    CHECK(SubUnitMatcher::key(QStringLiteral("工会")) == QStringLiteral("工会"));
}

TEST_CASE("Proposals: a stored name that contains the file's, or is contained in it", "[units][match]")
{
    const SubUnitMatcher matcher(
        {stored(1, QStringLiteral("经济学院分工会")), stored(2, QStringLiteral("国际经济学院分工会")),
         stored(3, QStringLiteral("外国语学院分工会")), stored(4, QStringLiteral("工商管理学院分工会")),
         stored(5, QStringLiteral("公共管理学院分工会")),
         stored(6, QStringLiteral("马克思主义学院分工会"), QStringLiteral("马院")),
         stored(7, QStringLiteral("艺术学院分工会"), QString(), false)});

    SECTION("contains: the HR file leaves out the union word")
    {
        CHECK(matcher.proposals(QStringLiteral("外国语学院")) == QList<qint64>{3});
        CHECK(matcher.proposals(QStringLiteral("外国语")) == QList<qint64>{3});
    }
    SECTION("contained: the file's name is longer")
    {
        CHECK(matcher.proposals(QStringLiteral("外国语学院（含国际交流处）")) == QList<qint64>{3});
        CHECK(matcher.proposals(QStringLiteral("马院思政部")) == QList<qint64>{6}); // by the short name
    }
    SECTION("an equal name wins over names that merely contain it")
    {
        // 国际经济学院 contains 经济学院 too, but 经济学院工会 is 经济学院分工会 written differently.
        CHECK(matcher.proposals(QStringLiteral("经济学院")) == QList<qint64>{1});
        CHECK(matcher.proposals(QStringLiteral("经济学院 工会")) == QList<qint64>{1});
    }
    SECTION("ambiguous: several stored names contain it, all are proposed in list order")
    {
        CHECK(matcher.proposals(QStringLiteral("管理学院")) == QList<qint64>{4, 5});
        CHECK(matcher.proposals(QStringLiteral("经济")) == QList<qint64>{1, 2});
    }
    SECTION("none: unrelated, too short, or only an inactive sub-union")
    {
        CHECK(matcher.proposals(QStringLiteral("体育部")).isEmpty());
        CHECK(matcher.proposals(QStringLiteral("院")).isEmpty());
        CHECK(matcher.proposals(QStringLiteral("艺术学院")).isEmpty());
        CHECK(matcher.proposals(QStringLiteral("工会")).isEmpty());
    }
}

TEST_CASE("Member import proposes stored sub-unions for names it does not know and uses them when chosen",
          "[units][match][members][import]")
{
    Fixture f;
    const auto preview = f.preview(QStringLiteral("工号,姓名,所在单位\n"
                                                  "T1,甲,经济学院\n"
                                                  "T2,乙,法学院工会\n"
                                                  "T3,丙,经济学院\n"
                                                  "T4,丁,艺术学院\n"
                                                  "T5,戊,经济学院分工会\n"));
    REQUIRE(preview.invalidCount() == 0);
    // The exact name is taken as it is; the others wait for the clerk.
    REQUIRE(preview.missingUnits.size() == 3);
    CHECK(preview.missingUnits.at(0).name == QStringLiteral("经济学院"));
    CHECK(preview.missingUnits.at(0).rows == QList<int>{2, 4});
    REQUIRE(preview.missingUnits.at(0).proposals.size() == 1);
    CHECK(preview.missingUnits.at(0).proposals.first().id == f.economics);
    REQUIRE(preview.missingUnits.at(1).proposals.size() == 1);
    CHECK(preview.missingUnits.at(1).proposals.first().id == f.law);
    CHECK(preview.missingUnits.at(2).proposals.isEmpty());
    CHECK(preview.proposedChoices() == QHash<int, qint64>{{0, f.economics}, {1, f.law}});

    // --create-units alone does not create a college twice: proposed names need a choice.
    MemberImport::Options options;
    options.createUnits = true;
    const QStringList blockers = preview.blockers(options);
    REQUIRE(blockers.size() == 2);
    // The code is the one the sub-union would get if created (names nothing is proposed for get the first).
    CHECK(preview.missingUnits.at(2).code == QStringLiteral("103"));
    CHECK(
        blockers.at(0) ==
        QStringLiteral("The sub-union 104 经济学院 does not exist (rows 2, 4); it may be the stored 经济学院分工会."));
    CHECK(blockers.at(1).contains(QStringLiteral("法学院分工会")));
    CHECK_THROWS_AS(MemberImport(*f.db).execute(preview, options), ValidationError);
    CHECK(f.db->scalar(QStringLiteral("SELECT count(*) FROM members")).toInt() == 0);

    options.unitChoices = preview.proposedChoices();
    CHECK(preview.blockers(options).isEmpty());
    const auto summary = MemberImport(*f.db).execute(preview, options);
    CHECK(summary.imported == 5);
    CHECK(summary.unitsMatched == 2);
    CHECK(summary.unitsCreated == 1);
    CHECK(f.unitOf(QStringLiteral("T1")) == f.economics);
    CHECK(f.unitOf(QStringLiteral("T2")) == f.law);
    CHECK(f.unitOf(QStringLiteral("T3")) == f.economics);
    CHECK(f.unitOf(QStringLiteral("T5")) == f.economics);
    const auto art = SubUnitRepository(*f.db).byCode(QStringLiteral("103"));
    REQUIRE(art);
    CHECK(art->name == QStringLiteral("艺术学院"));
    CHECK(f.unitOf(QStringLiteral("T4")) == art->id);
    CHECK(f.db->scalar(QStringLiteral("SELECT count(*) FROM units")).toInt() == 3);
}

TEST_CASE("Member import: several proposals are a choice, and a name can be created despite a proposal",
          "[units][match][members][import]")
{
    Fixture f;
    SubUnitRepository repo(*f.db);
    const qint64 business = repo.add(unit(QStringLiteral("201"), QStringLiteral("工商管理学院分工会")));
    const qint64 publicAdmin = repo.add(unit(QStringLiteral("202"), QStringLiteral("公共管理学院分工会")));
    const auto preview = f.preview(QStringLiteral("工号,姓名,所在单位\nT1,甲,管理学院\nT2,乙,经济学院\n"));
    REQUIRE(preview.missingUnits.size() == 2);
    const auto& ambiguous = preview.missingUnits.at(0);
    REQUIRE(ambiguous.proposals.size() == 2);
    CHECK(ambiguous.proposals.at(0).id == business);
    CHECK(ambiguous.proposals.at(1).id == publicAdmin);
    // Accepting the proposals takes only the unique one.
    MemberImport::Options options;
    options.unitChoices = preview.proposedChoices();
    CHECK(options.unitChoices == QHash<int, qint64>{{1, f.economics}});
    const QStringList blockers = preview.blockers(options);
    REQUIRE(blockers.size() == 1);
    CHECK(blockers.first() == QStringLiteral("The sub-union 203 管理学院 does not exist (rows 2); it may be one of "
                                             "the stored 工商管理学院分工会, 公共管理学院分工会."));

    // The clerk picks the second, and creates 经济学院 as a sub-union of its own.
    options.unitChoices = {{0, publicAdmin}, {1, 0}};
    const auto summary = MemberImport(*f.db).execute(preview, options);
    CHECK(summary.unitsMatched == 1);
    CHECK(summary.unitsCreated == 1);
    CHECK(f.unitOf(QStringLiteral("T1")) == publicAdmin);
    // Codes are given in the preview, where each name may still be created: 203 went to 管理学院.
    const auto created = repo.byCode(QStringLiteral("204"));
    REQUIRE(created);
    CHECK(created->name == QStringLiteral("经济学院"));
    CHECK(f.unitOf(QStringLiteral("T2")) == created->id);
}

TEST_CASE("New sub-unions from an import sort after the stored ones, in the order of the file", "[units][import]")
{
    Fixture f; // stored with orders 5 and 9
    SubUnitRepository repo(*f.db);

    SECTION("created by a members import")
    {
        const auto preview = f.preview(QStringLiteral("工号,姓名,所在单位\nT1,甲,艺术学院\nT2,乙,体育部\n"));
        MemberImport::Options options;
        options.createUnits = true;
        CHECK(MemberImport(*f.db).execute(preview, options).unitsCreated == 2);
        CHECK(repo.byCode(QStringLiteral("103"))->sortOrder == 10);
        CHECK(repo.byCode(QStringLiteral("104"))->sortOrder == 11);
        QStringList names;
        for (const SubUnit& u : repo.all())
            names << u.name;
        CHECK(names == QStringList{QStringLiteral("经济学院分工会"), QStringLiteral("法学院分工会"),
                                   QStringLiteral("艺术学院"), QStringLiteral("体育部")});
    }
    SECTION("imported from a file without orders, or with some")
    {
        const QString path = writeFile(f.t, QStringLiteral("units.csv"),
                                       "代码,名称,排序\n"
                                       "301,艺术学院分工会,\n"
                                       "302,体育部分工会,20\n"
                                       "303,图书馆分工会,\n"
                                       "101,经济学院分工会,\n");
        const auto report = repo.importFile(path);
        INFO(report.errors.join(QLatin1Char('\n')));
        CHECK(report.added == 3);
        CHECK(repo.byCode(QStringLiteral("301"))->sortOrder == 21);
        CHECK(repo.byCode(QStringLiteral("302"))->sortOrder == 20);
        CHECK(repo.byCode(QStringLiteral("303"))->sortOrder == 22);
        CHECK(repo.byCode(QStringLiteral("101"))->sortOrder == 5); // a stored one keeps its place
    }
}
