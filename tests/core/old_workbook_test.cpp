#include "support/TestDatabase.h"
#include "support/TestFiles.h"
#include "support/catch.h"

#include "core/io/TableFile.h"
#include "core/members/MemberImport.h"
#include "core/units/SubUnitRepository.h"

#include <QTemporaryDir>

using namespace ud::core;
using ud::test::writeFile;

namespace {

const QByteArray kOle("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);

QString refusal(const QString& path)
{
    try {
        TableFile::load(path);
    } catch (const Error& e) {
        return e.message();
    }
    return {};
}

} // namespace

TEST_CASE("Old .xls and WPS .et workbooks are refused, by name and by their first bytes, with what to do",
          "[import][io]")
{
    QTemporaryDir dir;
    const QByteArray oldWorkbook = kOle + QByteArray(504, '\0');
    const QString expected = QStringLiteral(
        "%1 is an Excel 97–2003 workbook (.xls), a WPS workbook (.et) or a workbook protected by a password, which "
        "cannot be read here. Open it in Excel or WPS, remove the password if there is one, save it as an Excel "
        "workbook (.xlsx) and import that file.");
    for (const QString& name : {QStringLiteral("roster.xls"), QStringLiteral("roster.ET"), QStringLiteral("roster.csv"),
                                QStringLiteral("roster.xlsx"), QStringLiteral("roster")}) {
        INFO(name.toStdString());
        const QString path = writeFile(dir, name, oldWorkbook);
        CHECK(TableFile::isOldWorkbook(path));
        CHECK(refusal(path) == expected.arg(name));
    }
    // By name alone, whatever is inside (an HR system's "xls" that is a web page).
    CHECK(refusal(writeFile(dir, QStringLiteral("hr.xls"), "<html><table></table></html>")) ==
          expected.arg(QStringLiteral("hr.xls")));
    // A CSV file is not one.
    CHECK_FALSE(TableFile::isOldWorkbook(writeFile(dir, QStringLiteral("ok.csv"), "工号,姓名\nT1,甲\n")));

    // Every import reads its file through TableFile: the sub-unions and the members.
    ud::test::TestDatabase t;
    auto db = t.open();
    const QString path = writeFile(t, QStringLiteral("units.csv"), oldWorkbook);
    CHECK_THROWS_WITH(SubUnitRepository(*db).preview(path), Catch::Contains("(.xlsx)"));
    CHECK_THROWS_WITH(MemberImport::load(path), Catch::Contains("(.xlsx)"));
}
