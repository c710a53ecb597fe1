#include "support/TestDatabase.h"
#include "support/TestIds.h"
#include "support/XlsxReadBack.h"
#include "support/catch.h"

#include "core/db/ChangeHistoryModel.h"
#include "core/io/Csv.h"
#include "core/members/DemoData.h"
#include "core/members/IdNumber.h"
#include "core/members/MemberExport.h"
#include "core/members/MemberQuery.h"
#include "core/members/MemberRepository.h"
#include "core/members/MembersModel.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace ud::core;
using ud::test::TestDatabase;

namespace {

using ud::test::makeId;

struct Stored {
    QString id;
    QString phone;
    QString birth;
};

/// Every member's stored ID, phone and birth date by staff number.
QHash<QString, Stored> storedMembers(Database& db)
{
    QHash<QString, Stored> out;
    for (const auto& r : db.rows(QStringLiteral("SELECT staff_no, id_number, phone, birth_date FROM members")))
        out.insert(r.value(QStringLiteral("staff_no")).toString(),
                   {r.value(QStringLiteral("id_number")).toString(), r.value(QStringLiteral("phone")).toString(),
                    r.value(QStringLiteral("birth_date")).toString()});
    return out;
}

/// What someone holding one shown row can make of the masked ID: its hidden characters filled from a date
/// shown in the row (the birth date: characters 7-14). Still holds "*" when the number cannot be rebuilt.
QString rebuilt(const QString& maskedId, const QStringList& row)
{
    QString id = maskedId;
    static const QRegularExpression date(QStringLiteral("(\\d{4})-(\\d{2})-(\\d{2})"));
    for (const QString& cell : row) {
        const auto match = date.match(cell);
        if (!match.hasMatch())
            continue;
        const QString digits = match.captured(1) + match.captured(2) + match.captured(3);
        for (int i = 0; i < 8; ++i)
            if (id.size() == 18 && id.at(6 + i) == QLatin1Char('*'))
                id[6 + i] = digits.at(i);
    }
    return id;
}

/// Checks one row shown masked: the ID shows only its first and last two characters, nothing in the row
/// holds the hidden middle or a full number, and the ID cannot be rebuilt from the row.
void checkMaskedRow(const QHash<QString, Stored>& stored, const QStringList& header, const QStringList& row)
{
    const int staffColumn = int(header.indexOf(QStringLiteral("staff_no")));
    const int idColumn = int(header.indexOf(QStringLiteral("id_number")));
    const int phoneColumn = int(header.indexOf(QStringLiteral("phone")));
    REQUIRE(staffColumn >= 0);
    REQUIRE(idColumn >= 0);
    REQUIRE(phoneColumn >= 0);
    const Stored member = stored.value(row.at(staffColumn));
    if (member.id.isEmpty()) {
        CHECK(row.at(idColumn).isEmpty());
        return;
    }
    REQUIRE(member.id.size() == 18);
    const QString shownId = row.at(idColumn);
    CHECK(shownId == member.id.left(2) + QString(14, QLatin1Char('*')) + member.id.right(2));
    const QString all = row.join(QLatin1Char('|'));
    CHECK_FALSE(all.contains(member.id));
    CHECK_FALSE(all.contains(member.id.mid(2, 14)));
    CHECK_FALSE(all.contains(member.id.mid(2, 4) + QLatin1Char('*'))); // the region after the province
    CHECK(rebuilt(shownId, row).contains(QLatin1Char('*')));
    if (!member.phone.isEmpty()) {
        CHECK_FALSE(all.contains(member.phone));
        CHECK(row.at(phoneColumn) == member.phone.left(3) + QStringLiteral("****") + member.phone.right(4));
    }
}

QStringList allKeys()
{
    QStringList keys;
    for (const auto& info : MemberColumns::all())
        keys << info.key;
    return keys;
}

} // namespace

TEST_CASE("Nothing shown masked holds or rebuilds an ID number: list, rows, csv and xlsx", "[privacy]")
{
    TestDatabase t;
    auto db = t.open();
    DemoData::Options demo;
    demo.members = 120;
    demo.seed = 7;
    DemoData::generate(*db, demo);
    const QHash<QString, Stored> stored = storedMembers(*db);
    REQUIRE(stored.size() == 120);
    const QStringList keys = allKeys();

    // The member list, every column as the view shows it.
    MembersModel model;
    model.setDatabase(db.get());
    REQUIRE(model.rowCount() == 120);
    for (int r = 0; r < model.rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < model.columnCount(); ++c) {
            cells << model.index(r, c).data().toString();
            const QString tip = model.index(r, c).data(Qt::ToolTipRole).toString();
            CHECK((tip.isEmpty() || tip == cells.last()));
        }
        checkMaskedRow(stored, keys, cells);
    }

    // The rows of `members list` and the printed lists, every column.
    MemberExportOptions options;
    for (const QStringList& row : memberRows(*db, options, MemberText::Keys))
        checkMaskedRow(stored, keys, row);

    // The exports.
    const QString csv = t.tempPath(QStringLiteral("members.csv"));
    REQUIRE(exportMembers(*db, csv, options) == 120);
    const auto table = Csv::readFile(csv).rows;
    REQUIRE(table.size() == 121);
    for (int r = 1; r < table.size(); ++r)
        checkMaskedRow(stored, table.first(), table.at(r));

    const QString xlsx = t.tempPath(QStringLiteral("members.xlsx"));
    REQUIRE(exportMembers(*db, xlsx, options) == 120);
    QString error;
    const auto sheets = ud::test::readXlsx(xlsx, &error);
    REQUIRE(sheets.size() == 1);
    REQUIRE(sheets[0].rows.size() == 121);
    for (int r = 1; r < sheets[0].rows.size(); ++r) {
        QStringList row;
        for (const auto& cell : sheets[0].rows[r])
            row << cell.value;
        checkMaskedRow(stored, keys, row);
    }
}

TEST_CASE("A masked search matches hidden digits only when the complete number is typed", "[privacy][members]")
{
    TestDatabase t;
    auto db = t.open();
    MemberRepository repo(*db);
    auto add = [&](const char* staffNo, const char* name, const QString& id, const char* phone) {
        Member m;
        m.staffNo = QString::fromLatin1(staffNo);
        m.name = QString::fromUtf8(name);
        m.idNumber = id;
        m.phone = QString::fromLatin1(phone);
        m.joinDate = QDate(2010, 1, 1);
        return repo.add(m);
    };
    const QString idA = makeId(QStringLiteral("19850302"), 11, QStringLiteral("330106"));
    const QString idB = makeId(QStringLiteral("19900515"), 22, QStringLiteral("110105"));
    add("T-A", "张伟", idA, "13812345678");
    add("T-B", "王芳", idB, "13900001111");

    const auto found = [&](const QString& search, bool fullNumbers = false) {
        MemberFilter f;
        f.search = search;
        f.fullNumbers = fullNumbers;
        QVariantMap binds;
        QStringList out;
        for (const auto& r :
             db->rows(MemberQuery::selectSql(f, MemberColumn::StaffNo, Qt::AscendingOrder, binds), binds))
            out << r.value(QStringLiteral("staff_no")).toString();
        REQUIRE(MemberQuery::count(*db, f) == out.size());
        return out;
    };

    // The birth date and the region are hidden: typing them finds nobody.
    CHECK(found(QStringLiteral("19850302")).isEmpty());
    CHECK(found(QStringLiteral("0302")).isEmpty());
    CHECK(found(QStringLiteral("0106")).isEmpty());
    CHECK(found(idA.left(17)).isEmpty());
    // What the masks leave visible still finds: the ID's first and last two characters, a phone's ends.
    CHECK(found(idA.right(2)) == QStringList{QStringLiteral("T-A")});
    CHECK(found(QStringLiteral("33")) == QStringList{QStringLiteral("T-A")});
    CHECK(found(QStringLiteral("5678")) == QStringList{QStringLiteral("T-A")});
    CHECK(found(QStringLiteral("1111")) == QStringList{QStringLiteral("T-B")});
    CHECK(found(QStringLiteral("13")) == QStringList{QStringLiteral("T-A"), QStringLiteral("T-B")});
    // The phone's hidden middle finds nobody.
    CHECK(found(QStringLiteral("1234")).isEmpty());
    CHECK(found(QStringLiteral("0000111")).isEmpty());
    // The complete number finds its member, as typed or pasted.
    CHECK(found(idA) == QStringList{QStringLiteral("T-A")});
    CHECK(found(QStringLiteral(" ") + idB.toLower() + QStringLiteral(" ")) == QStringList{QStringLiteral("T-B")});
    CHECK(found(QStringLiteral("13812345678")) == QStringList{QStringLiteral("T-A")});
    CHECK(found(QStringLiteral("+86 138 1234 5678")) == QStringList{QStringLiteral("T-A")});
    // A masked value copied from a list finds the members it may stand for.
    CHECK(found(maskIdNumber(idB)) == QStringList{QStringLiteral("T-B")});
    CHECK(found(QStringLiteral("138****5678")) == QStringList{QStringLiteral("T-A")});
    CHECK(found(QStringLiteral("138**5678")).isEmpty());
    // With the full numbers shown (and recorded), any part of them.
    CHECK(found(QStringLiteral("19850302"), true) == QStringList{QStringLiteral("T-A")});
    CHECK(found(QStringLiteral("0000111"), true) == QStringList{QStringLiteral("T-B")});

    // The list follows its switch; a masked export is never chosen by hidden digits.
    MembersModel model;
    model.setDatabase(db.get());
    MemberFilter f;
    f.search = QStringLiteral("19850302");
    model.setFilter(f);
    CHECK(model.rowCount() == 0);
    model.setShowSensitive(true);
    CHECK(model.filter().fullNumbers);
    CHECK(model.rowCount() == 1);
    model.setFilter(f); // the page's filter knows nothing of the switch
    CHECK(model.rowCount() == 1);
    model.setShowSensitive(false);
    CHECK(model.rowCount() == 0);

    MemberExportOptions options;
    options.filter = f;
    options.filter.fullNumbers = true;
    CHECK(memberRows(*db, options).isEmpty());
    options.unmasked = true;
    CHECK(memberRows(*db, options).size() == 1);
}

TEST_CASE("The change history shows ID and mobile numbers masked, in its text and its tooltips", "[privacy][history]")
{
    TestDatabase t;
    auto db = t.open();
    MemberRepository repo(*db);
    const QString oldId = makeId(QStringLiteral("19850302"), 11);
    const QString newId = makeId(QStringLiteral("19850302"), 13);
    Member m;
    m.staffNo = QStringLiteral("T1");
    m.name = QStringLiteral("张伟");
    m.idNumber = oldId;
    m.phone = QStringLiteral("13812345678");
    m.joinDate = QDate(2010, 1, 1);
    m.id = repo.add(m);
    m = *repo.byId(m.id);
    m.idNumber = newId;
    m.phone = QStringLiteral("13987654321");
    repo.update(m);
    repo.remove(m.id);

    ChangeHistoryModel model;
    model.setDatabase(db.get());
    QStringList shown;
    for (int r = 0; r < model.rowCount(); ++r)
        for (int c = 0; c < model.columnCount(); ++c)
            for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole)})
                shown << model.index(r, c).data(role).toString();
    const QString all = shown.join(QLatin1Char('\n'));
    REQUIRE(all.contains(QStringLiteral("张伟")));
    for (const QString& secret : {oldId, newId, QStringLiteral("13812345678"), QStringLiteral("13987654321"),
                                  oldId.mid(2, 14), newId.mid(2, 14), QStringLiteral("1234"), QStringLiteral("8765")})
        CHECK_FALSE(all.contains(secret));
    CHECK(all.contains(maskIdNumber(oldId) + QStringLiteral(" → ") + maskIdNumber(newId)));
    CHECK(all.contains(QStringLiteral("138****5678 → 139****4321")));
    // A column no field describes is shown by its key, a number in it masked all the same.
    CHECK(describeChange(*db, QStringLiteral("units"), QStringLiteral("insert"), QString(),
                         QStringLiteral("{\"phone\":\"13812345678\"}")) == QStringLiteral("phone: 138****5678"));
}

TEST_CASE("Showings, exports and prints of full numbers are recorded by one call", "[privacy][history]")
{
    TestDatabase t;
    auto db = t.open();
    Member m;
    m.staffNo = QStringLiteral("T1");
    m.name = QStringLiteral("张伟");
    m.idNumber = makeId(QStringLiteral("19850302"), 11);
    m.joinDate = QDate(2010, 1, 1);
    MemberRepository(*db).add(m);

    FullNumbersUse use;
    use.kind = FullNumbersUse::Kind::Shown;
    use.target = QStringLiteral("Member list");
    use.filter = QStringLiteral("all members");
    use.rows = 1;
    use.numbers = QStringList{QStringLiteral("id_number"), QStringLiteral("phone")};
    recordFullNumbers(*db, use);
    use.kind = FullNumbersUse::Kind::Printed;
    use.target = QStringLiteral("Office printer");
    recordFullNumbers(*db, use);

    const auto rows = db->rows(QStringLiteral("SELECT user_name, action, table_name, new_values FROM change_log "
                                              "WHERE action = 'export' ORDER BY id"));
    REQUIRE(rows.size() == 2);
    CHECK_FALSE(rows[0].value(QStringLiteral("user_name")).toString().isEmpty());
    CHECK(rows[0].value(QStringLiteral("table_name")).toString() == QStringLiteral("members"));
    const QJsonObject shown =
        QJsonDocument::fromJson(rows[0].value(QStringLiteral("new_values")).toString().toUtf8()).object();
    CHECK(shown.value(QStringLiteral("shown")).toString() == QStringLiteral("Member list"));
    CHECK(shown.value(QStringLiteral("filter")).toString() == QStringLiteral("all members"));
    CHECK(shown.value(QStringLiteral("rows")).toInt() == 1);
    CHECK(shown.value(QStringLiteral("unmasked")).toString() == QStringLiteral("id_number,phone"));
    const QJsonObject printed =
        QJsonDocument::fromJson(rows[1].value(QStringLiteral("new_values")).toString().toUtf8()).object();
    CHECK(printed.value(QStringLiteral("printed")).toString() == QStringLiteral("Office printer"));
    CHECK_FALSE(printed.contains(QStringLiteral("shown")));

    // A complete number searched for is masked in the record too.
    MemberExportOptions options;
    options.filter.search = m.idNumber;
    const QString described = describeMemberFilter(*db, options);
    CHECK_FALSE(described.contains(m.idNumber));
    CHECK(described.contains(maskIdNumber(m.idNumber)));
    options.filter.search = QStringLiteral("13812345678");
    CHECK(describeMemberFilter(*db, options).contains(QStringLiteral("138****5678")));
}

TEST_CASE("Messages about a mobile number show it masked", "[privacy]")
{
    QString error;
    CHECK_FALSE(isValidMobile(QStringLiteral("12812345678"), &error));
    CHECK_FALSE(error.contains(QStringLiteral("12812345678")));
    CHECK(error.contains(QStringLiteral("128****5678")));
}
