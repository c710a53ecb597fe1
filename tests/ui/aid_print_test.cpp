#include "support/AidBuilders.h"
#include "support/PageFixture.h"
#include "support/catch.h"

#include "UiTestSupport.h"

#include "core/report/ReportModel.h"
#include "ui/aid/AidModule.h"
#include "ui/aid/AidPage.h"
#include "ui/aid/AidPrintDialog.h"
#include "ui/aid/AidRecordPages.h"
#include "ui/aid/ClaimsPage.h"
#include "ui/aid/FundPage.h"
#include "ui/aid/SignatureListDialog.h"
#include "ui/widgets/ReportPreview.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFileInfo>
#include <QTimer>

using namespace ud;

namespace {

struct PrintFixture : test::PageFixture<ui::AidPage> {
    std::unique_ptr<test::AidFixture> aid;
    QStringList warnings;
    PrintFixture()
    {
        window.setPrompts([](const QString&, const QString&) { return true; },
                          [this](const QString&, const QString& text) { warnings << text; });
        {
            auto db = tdb.open();
            aid = std::make_unique<test::AidFixture>(*db, 4);
        }
        show<ui::AidModule>();
    }
};

/// Runs `steps` on the modal dialog of type D once it is shown, then closes it.
template <class D> void onDialog(const std::function<void(D&)>& steps)
{
    QTimer::singleShot(0, [steps] {
        auto* dialog = qobject_cast<D*>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        steps(*dialog);
        dialog->reject();
    });
}

} // namespace

TEST_CASE("The mutual-aid page prints approval forms, the statement and the signature lists", "[ui][aid]")
{
    PrintFixture f;
    REQUIRE(f.ready());
    ui::ClaimsPage& claims = *f.page->claims();
    const qint64 a = claims.steps().submit(f.aid->claim(0, 25000, QDate(2024, 3, 1)));
    claims.steps().submit(f.aid->claim(1, 8000, QDate(2024, 2, 1), QStringLiteral("outpatient")));
    REQUIRE(claims.selectClaim(a));
    REQUIRE(claims.printAction()->isEnabled());
    onDialog<ui::AidPrintDialog>([&](ui::AidPrintDialog& d) {
        CHECK(d.choice() == 0);
        const QString one = f.tdb.tempPath(QStringLiteral("form.pdf"));
        CHECK(d.saveTo(one));
        CHECK(QFileInfo(one).size() > 1000);
        d.choose(1);
        const QString all = f.tdb.tempPath(QStringLiteral("forms.odt"));
        CHECK(d.saveTo(all));
        CHECK(QFileInfo(all).size() > 1000);
    });
    claims.printAction()->trigger();

    ui::FundPage& fund = *f.page->fund();
    REQUIRE(fund.postFees(QDate(2024, 1, 10)));
    onDialog<ui::AidPrintDialog>([&](ui::AidPrintDialog& d) {
        for (const char* name : {"statement.pdf", "statement.odt", "statement.xlsx"}) {
            const QString path = f.tdb.tempPath(QString::fromLatin1(name));
            INFO(name);
            CHECK(d.saveTo(path));
            CHECK(QFileInfo(path).size() > 1000);
        }
    });
    fund.statementAction()->trigger();

    ui::SignatureListDialog lists(f.window, f.db(), f.aid->periodId, &f.window);
    CHECK(lists.preview()->model()->rowCount() >= 4);
    lists.unitCombo()->setCurrentIndex(lists.unitCombo()->findText(QStringLiteral("管理学院")));
    const int oneUnit = lists.preview()->model()->rowCount();
    CHECK(oneUnit >= 2);
    CHECK(oneUnit < 6);
    const QString path = f.tdb.tempPath(QStringLiteral("signatures.xlsx"));
    CHECK(lists.saveTo(path));
    CHECK(QFileInfo(path).size() > 1000);
    CHECK(f.warnings.isEmpty());
}
