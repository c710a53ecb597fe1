#include "support/CongressBuilders.h"
#include "support/TestDatabase.h"
#include "support/catch.h"

#include "ModalWatcher.h"
#include "UiTestSupport.h"

#include "core/db/ChangeDescriber.h"
#include "ui/congress/CongressSettingsDialog.h"

#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>

using namespace ud;

TEST_CASE("The proposal settings change the rules and the numbers, each change recorded", "[ui][congress]")
{
    test::TestDatabase tdb;
    auto db = tdb.open();
    test::CongressFixture c(*db, 4);
    {
        ui::CongressSettingsDialog dialog(*db);
        CHECK(test::labelsWithoutBuddy(&dialog).isEmpty());
        CHECK(dialog.cosignersSpin()->value() == 2);
        CHECK(dialog.categoriesEdit()->toPlainText().startsWith(QStringLiteral("教学科研\n")));
        dialog.cosignersSpin()->setValue(1);
        dialog.prefixEdit()->setText(QStringLiteral("TA{year}-"));
        dialog.digitsSpin()->setValue(2);
        dialog.categoriesEdit()->setPlainText(QStringLiteral("教学\n\n 福利 \n教学\n"));
        dialog.accept();
        CHECK(dialog.result() == QDialog::Accepted);
    }
    CHECK(core::proposalCategories(*db) == QStringList{QStringLiteral("教学"), QStringLiteral("福利")});
    core::ProposalRepository repo(*db);
    CHECK(repo.nextNumber(c.sessionId) == QStringLiteral("TA2024-01"));
    CHECK(repo.submissionProblems(c.proposal(QStringLiteral("x"), 0, {1})).isEmpty());
    CHECK(db->scalar(QStringLiteral("SELECT count(*) FROM change_log WHERE table_name = 'app_settings'")).toInt() == 4);
    CHECK(core::DatabaseSettings::title(QStringLiteral("congress/min_cosigners")) ==
          QStringLiteral("Co-signers a proposal needs"));
    {
        // No category at all is refused and stores nothing.
        ui::CongressSettingsDialog dialog(*db);
        dialog.categoriesEdit()->clear();
        test::ModalWatcher watcher;
        CHECK_FALSE(dialog.save());
        CHECK(watcher.texts.join(QString()).contains(QStringLiteral("at least one category")));
    }
    CHECK(core::proposalCategories(*db).size() == 2);
}
