#include "ui/shell/ListPage.h"

#include "core/db/Database.h"
#include "core/db/Error.h"
#include "core/io/Csv.h"
#include "core/io/FailedRows.h"
#include "core/io/TableFile.h"
#include "ui/shell/ImportCommand.h"
#include "ui/shell/Module.h"
#include "ui/widgets/BusyCursor.h"
#include "ui/widgets/DataTableView.h"
#include "ui/widgets/FailedRowsFile.h"
#include "ui/widgets/Folders.h"
#include "ui/widgets/PageActions.h"
#include "ui/widgets/PageHeader.h"

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace ud::ui {

ListPage::ListPage(ShellContext& shell, const QString& title, const QIcon& icon, QWidget* parent)
    : QWidget(parent), m_shell(shell), m_header(new PageHeader(title, this)), m_view(new DataTableView(this)),
      m_layout(new QVBoxLayout(this))
{
    m_view->setPlaceholderIcon(icon);
    m_layout->setContentsMargins(24, 20, 24, 16);
    m_layout->setSpacing(12);
    m_layout->addWidget(m_header);
    m_layout->addWidget(m_view, 1);
}

void ListPage::setButtons(const QList<QAction*>& actions, const QList<QWidget*>& extras, QWidget* trailing)
{
    auto* buttons = new QHBoxLayout;
    buttons->setSpacing(4);
    for (QAction* action : actions) {
        if (action)
            buttons->addWidget(makeButton(action, this));
        else
            buttons->addSpacing(16);
    }
    for (QWidget* extra : extras)
        buttons->addWidget(extra);
    buttons->addStretch(1);
    if (trailing) {
        buttons->addWidget(trailing);
        m_searchField = trailing;
    }
    m_layout->insertLayout(m_layout->indexOf(m_view), buttons);
    m_buttonRow = buttons;
}

void ListPage::insertButton(int index, QAction* action)
{
    if (m_buttonRow)
        m_buttonRow->insertWidget(index, makeButton(action, this));
}

void ListPage::setFilterBar(QWidget* bar)
{
    m_layout->insertWidget(m_layout->indexOf(m_view), bar);
}

void ListPage::showEmptyState(int total, const QString& empty, const QString& noMatch)
{
    if (!m_db)
        m_view->setPlaceholderText(tr("No database is open. Open one with File › Open Database…, or start a new one "
                                      "with File › New Database…."));
    else if (total == 0)
        m_view->setPlaceholderText(empty);
    else
        m_view->setPlaceholderText(noMatch);
}

void ListPage::showRowErrors(const QString& path, const QStringList& errors)
{
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("importErrors"));
    dialog.setWindowTitle(tr("Import failed"));
    auto* intro = new QLabel(tr("Nothing was imported from %1. Correct these rows in the file and import it again:")
                                 .arg(QFileInfo(path).fileName()),
                             &dialog);
    intro->setWordWrap(true);
    auto* list = new QPlainTextEdit(core::TableFile::cappedMessages(errors).join(QLatin1Char('\n')), &dialog);
    list->setReadOnly(true);
    list->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    // The failing rows as a file to correct and import again, when the problems name rows of the file.
    if (std::any_of(errors.cbegin(), errors.cend(),
                    [](const QString& e) { return core::TableFile::messageRow(e) > 0; })) {
        QPushButton* save = buttons->addButton(tr("&Save These Rows…"), QDialogButtonBox::ActionRole);
        save->setObjectName(QStringLiteral("saveFailedRows"));
        save->setToolTip(tr("Save the rows that failed, with their reasons, as a file to correct and import again"));
        connect(save, &QPushButton::clicked, &dialog, [this, &dialog, path, errors] {
            std::optional<core::FailedRows> rows;
            try {
                BusyCursor busy;
                rows.emplace(core::TableFile::load(path), errors);
            } catch (const core::Error& e) {
                m_shell.warn(tr("Cannot save the rows"), e.message());
                return;
            }
            if (rows->isEmpty()) {
                m_shell.warn(tr("Cannot save the rows"),
                             tr("None of these rows is in %1 any more.").arg(QDir::toNativeSeparators(path)));
                return;
            }
            const QString saved = saveFailedRows(&dialog, path, *rows);
            if (!saved.isEmpty())
                m_shell.showStatusMessage(tr("Saved %n row(s) to correct in %1", nullptr, int(rows->rows().size()))
                                              .arg(QDir::toNativeSeparators(saved)));
        });
    }
    auto* layout = new QVBoxLayout(&dialog);
    layout->setContentsMargins(20, 20, 20, 16);
    layout->setSpacing(12);
    layout->addWidget(intro);
    layout->addWidget(list, 1);
    layout->addWidget(buttons);
    dialog.resize(600, 380);
    dialog.exec();
}

QString ListPage::chooseSpreadsheet(const QString& title, const QString& folderKey)
{
    const QString path = QFileDialog::getOpenFileName(
        this, title, lastFolder(folderKey), tr("Spreadsheets (*.xlsx *.csv *.txt *.xls *.et);;All files (*)"));
    if (!path.isEmpty())
        rememberFolder(folderKey, path);
    return path;
}

bool ListPage::runImport(const QString& path, const core::Table& table, const std::function<QString(int)>& count,
                         const std::function<std::optional<core::ImportSummary>(const QString&)>& import)
{
    if (!m_db)
        return false;
    std::optional<core::ImportSummary> summary;
    try {
        summary = import(path);
    } catch (const core::Error& e) {
        m_shell.warn(tr("Import failed"), e.message());
        return false;
    }
    if (!summary)
        return false;
    if (!summary->errors.isEmpty()) {
        showRowErrors(path, summary->errors);
        return false;
    }
    // Undoing it takes back the whole file; the steps before it stay.
    if (summary->batch)
        m_shell.undoStack()->push(
            new ImportCommand(m_shell, summary->batch,
                              tr("Import %1 (%2)", "import step: records, file")
                                  .arg(count(summary->added + summary->updated), QFileInfo(path).fileName())));
    m_shell.notifyDataChanged(table);
    m_shell.showStatusMessage(tr("Imported: %1").arg(core::importSummaryText(*summary)));
    return true;
}

QString ListPage::chooseCsvTarget(const QString& title, const QString& folderKey, const QString& suggested)
{
    QString path = QFileDialog::getSaveFileName(
        this, title, QDir(lastFolder(folderKey)).filePath(suggested + QStringLiteral(".csv")), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return path;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".csv");
    rememberFolder(folderKey, path);
    return path;
}

bool ListPage::writeCsv(const QString& path, const QStringList& header, const QList<QStringList>& rows,
                        const QString& done)
{
    try {
        BusyCursor busy;
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) ||
            file.write(core::Csv::toUtf8WithBom(QList<QStringList>{header} + rows)) < 0 || !file.commit())
            throw core::Error(
                tr("The file %1 cannot be written: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    } catch (const core::Error& e) {
        m_shell.warn(tr("Export failed"), e.message());
        return false;
    }
    m_shell.showStatusMessage(done.arg(rows.size()).arg(QDir::toNativeSeparators(path)));
    return true;
}

bool ListPage::writable() const
{
    return m_db && !m_db->isReadOnly();
}

} // namespace ud::ui
