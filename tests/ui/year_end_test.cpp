#include "support/PdfText.h"
#include "support/TestDatabase.h"
#include "support/XlsxReadBack.h"
#include "support/YearFixture.h"
#include "support/catch.h"

#include "ModalWatcher.h"
#include "UiTestSupport.h"

#include "core/db/Database.h"
#include "core/yearbook/Yearbook.h"
#include "ui/dashboard/YearEndActions.h"
#include "ui/shell/MainWindow.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLineEdit>
#include <QPrintPreviewDialog>
#include <QProgressDialog>
#include <QSettings>
#include <QStatusBar>
#include <QTest>
#include <QTimer>

using namespace ud;
using ud::test::ModalWatcher;

namespace {

/// A shown main window on a database with the year 2024 of the hand-counted fixture; the folder the year-end files
/// were last saved in is the test's own.
struct YearEndFixture {
    test::SettingsGuard settings;
    test::TestDatabase tdb;
    ui::MainWindow window;
    QStringList warnings;
    bool shown = false;

    YearEndFixture()
    {
        {
            auto db = tdb.open();
            test::YearFixture year(*db);
        }
        QSettings().setValue(QStringLiteral("yearbook/lastFolder"), folder());
        window.setPrompts(
            [](const QString&, const QString&) { return false; },
            [this](const QString& title, const QString& text) { warnings << title + QLatin1Char('|') + text; });
        shown = window.openDatabase(tdb.location());
        window.show();
        shown = shown && QTest::qWaitForWindowExposed(&window);
    }

    QString folder() const { return QFileInfo(tdb.tempPath(QStringLiteral("x"))).absolutePath(); }

    qint64 exports() const
    {
        return window.database()
            ->scalar(QStringLiteral("SELECT COUNT(*) FROM change_log WHERE action = 'export'"))
            .toLongLong();
    }
};

/// Answers the year dialog with `year` (noting the year it offered), a file dialog with `path` (noting the name it
/// suggested), and leaves a progress dialog to run.
struct Answers {
    int year = 2024;
    QString path;
    int offeredYear = 0;
    QString suggested;    // the file name the dialog offered
    QString suggestedDir; // and its folder
    QStringList seen;

    bool operator()(QWidget* dialog)
    {
        if (auto* input = qobject_cast<QInputDialog*>(dialog)) {
            seen << QStringLiteral("year");
            offeredYear = input->intValue();
            input->setIntValue(year);
            input->accept();
            return true;
        }
        if (auto* files = qobject_cast<QFileDialog*>(dialog)) {
            // The name typed into the dialog's name box, as a clerk would; accepted once the dialog reads it back.
            auto* name = files->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"));
            if (suggested.isEmpty() && name) {
                suggested = name->text();
                suggestedDir = files->directory().canonicalPath();
            }
            if (name && name->text() != path)
                name->setText(path);
            if (files->selectedFiles() != QStringList{path})
                return false;
            seen << QStringLiteral("file");
            QMetaObject::invokeMethod(files, "accept", Qt::QueuedConnection);
            return true;
        }
        if (qobject_cast<QProgressDialog*>(dialog)) {
            seen << QStringLiteral("progress");
            return true;
        }
        return false;
    }
};

/// Presses Cancel on the progress dialog as soon as it shows, before the first worksheet is written.
class CancelOnShow : public QObject {
public:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Show)
            if (auto* progress = qobject_cast<QProgressDialog*>(watched)) {
                // Queued: the write's first step, which lets the pending events run, finds it cancelled.
                QMetaObject::invokeMethod(progress, "cancel", Qt::QueuedConnection);
                ++cancelled;
            }
        return false;
    }
    int cancelled = 0;
};

} // namespace

TEST_CASE("The year-end workbook is written through its dialogs, masked unless the clerk says Yes", "[ui][yearend]")
{
    YearEndFixture f;
    REQUIRE(f.shown);
    const QString path = f.tdb.tempPath(QStringLiteral("年终报表-2024.xlsx"));
    {
        Answers answers;
        answers.path = path;
        ModalWatcher watcher(QMessageBox::No);
        watcher.answerDialog = std::ref(answers);
        ui::exportYearbook(f.window);
        CHECK(answers.offeredYear == ui::defaultYearEndYear(QDate::currentDate()));
        CHECK(answers.suggested == QStringLiteral("year-end-workbook-%1.xlsx").arg(answers.year));
        CHECK(answers.suggestedDir == QDir(f.folder()).canonicalPath());
        CHECK(answers.seen.mid(0, 2) == QStringList{QStringLiteral("year"), QStringLiteral("file")});
        REQUIRE(watcher.count() >= 3);
        CHECK(watcher.texts.contains(QStringLiteral("Export full ID and mobile numbers?\n\nChoose No to export them "
                                                    "masked. An export with full numbers is recorded in the change "
                                                    "history.")));
    }
    CHECK(f.warnings.isEmpty());
    REQUIRE(QFile::exists(path));
    QString error;
    const auto sheets = test::readXlsx(path, &error);
    INFO(error.toStdString());
    CHECK(sheets.size() == core::Yearbook::sheetNames().size());
    CHECK(f.window.statusBar()->currentMessage().contains(QDir::toNativeSeparators(path)));
    CHECK(f.window.statusBar()->currentMessage().contains(QStringLiteral("3 member(s)")));
    CHECK(f.exports() == 0);
    // The folder is remembered for the next time.
    CHECK(QSettings().value(QStringLiteral("yearbook/lastFolder")).toString() == QFileInfo(path).absolutePath());

    // Yes: the numbers in full, and the export in the change history.
    {
        Answers answers;
        answers.path = path;
        ModalWatcher watcher(QMessageBox::Yes);
        watcher.answerDialog = std::ref(answers);
        ui::exportYearbook(f.window);
    }
    CHECK(f.exports() == 1);
    CHECK(f.warnings.isEmpty());
}

TEST_CASE("A cancelled year-end workbook leaves no file; cancelling the year asks nothing more", "[ui][yearend]")
{
    YearEndFixture f;
    REQUIRE(f.shown);
    const QString path = f.tdb.tempPath(QStringLiteral("cancelled.xlsx"));
    {
        Answers answers;
        answers.path = path;
        ModalWatcher watcher(QMessageBox::No);
        watcher.answerDialog = std::ref(answers);
        CancelOnShow cancel;
        qApp->installEventFilter(&cancel);
        ui::exportYearbook(f.window);
        qApp->removeEventFilter(&cancel);
        CHECK(cancel.cancelled == 1);
    }
    CHECK_FALSE(QFile::exists(path));
    CHECK(QDir(f.folder()).entryList({QStringLiteral("*.xlsx*")}, QDir::Files).isEmpty());
    CHECK(f.window.statusBar()->currentMessage().contains(QStringLiteral("no file was written")));
    CHECK(f.warnings.isEmpty());

    // Cancel on the year: no file dialog, nothing written.
    {
        ModalWatcher watcher;
        watcher.answerDialog = [](QWidget* dialog) {
            if (auto* input = qobject_cast<QInputDialog*>(dialog))
                QMetaObject::invokeMethod(input, "reject", Qt::QueuedConnection);
            return true;
        };
        ui::exportYearbook(f.window);
        CHECK(watcher.count() == 1);
    }
    CHECK_FALSE(QFile::exists(path));
}

TEST_CASE("The year-end actions offer last year from January to March, this year after", "[ui][yearend]")
{
    CHECK(ui::defaultYearEndYear(QDate(2027, 1, 5)) == 2026);
    CHECK(ui::defaultYearEndYear(QDate(2027, 3, 31)) == 2026);
    CHECK(ui::defaultYearEndYear(QDate(2027, 4, 1)) == 2027);
    CHECK(ui::defaultYearEndYear(QDate(2026, 12, 3)) == 2026);
}

TEST_CASE("The year's summary shows in print preview and is saved from there as PDF", "[ui][yearend]")
{
    YearEndFixture f;
    REQUIRE(f.shown);
    const QString path = f.tdb.tempPath(QStringLiteral("summary-2024.pdf"));
    Answers answers;
    answers.path = path;
    QPointer<QPrintPreviewDialog> preview;
    bool hadSave = false;
    ModalWatcher watcher;
    watcher.answerDialog = [&](QWidget* dialog) {
        if (auto* p = qobject_cast<QPrintPreviewDialog*>(dialog)) {
            preview = p;
            auto* save = p->findChild<QAction*>(QStringLiteral("saveSummary"));
            hadSave = save != nullptr;
            if (save)
                QTimer::singleShot(0, save, &QAction::trigger);
            else
                QMetaObject::invokeMethod(p, "reject", Qt::QueuedConnection);
            return true;
        }
        if (qobject_cast<QFileDialog*>(dialog)) {
            if (!answers(dialog))
                return false;
            // Once saved, the preview is closed.
            if (preview)
                QMetaObject::invokeMethod(preview, "reject", Qt::QueuedConnection);
            return true;
        }
        return answers(dialog);
    };
    ui::showYearSummary(f.window);
    CHECK(hadSave);
    CHECK(answers.suggested == QStringLiteral("union-work-in-figures-2024.pdf"));
    CHECK(answers.suggestedDir == QDir(f.folder()).canonicalPath());
    REQUIRE(QFile::exists(path));
    CHECK(test::pdfPages(path).join(QLatin1Char('\n')).contains(QStringLiteral("Union work in figures, 2024")));
    CHECK(f.window.statusBar()->currentMessage().contains(QDir::toNativeSeparators(path)));
    CHECK(f.warnings.isEmpty());
}
