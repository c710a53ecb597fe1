#include "ui/shell/ImportPreviewDialog.h"

#include "core/db/Error.h"
#include "core/io/FailedRows.h"
#include "core/io/TableFile.h"
#include "core/record/ImportPreviewModel.h"
#include "ui/widgets/BusyCursor.h"
#include "ui/widgets/FailedRowsFile.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ud::ui {

using core::ImportStatus;
using core::OnDuplicate;

ImportPreviewDialog::ImportPreviewDialog(const core::ImportPreview& preview, const QString& title, QWidget* parent,
                                         Reload reload)
    : QDialog(parent), m_reload(std::move(reload)), m_model(new core::ImportPreviewModel(this)),
      m_file(new QLabel(this)), m_encoding(new QComboBox(this)), m_table(new QTableView(this)),
      m_columns(new QTableWidget(0, 3, this)), m_totals(new QLabel(this)), m_skipInvalid(new QCheckBox(this)),
      m_duplicates(new QComboBox(this)), m_blockers(new QLabel(this)), m_readError(new QLabel(this))
{
    setObjectName(QStringLiteral("importPreview"));
    setWindowTitle(title);

    auto* intro = new QLabel(tr("Nothing is stored until you choose Import. The rows of %1 as they would be "
                                "imported:")
                                 .arg(QFileInfo(preview.path).fileName()),
                             this);
    intro->setWordWrap(true);

    // The file and, for CSV, the encoding: read again in another when the preview shows garbled characters.
    m_file->setText(QDir::toNativeSeparators(preview.path));
    m_file->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_encoding->setObjectName(QStringLiteral("encoding"));
    m_encoding->addItem(QString());
    m_encoding->addItem(tr("UTF-8"), int(core::Csv::Encoding::Utf8));
    m_encoding->addItem(tr("GBK / GB18030 (Chinese Windows)"), int(core::Csv::Encoding::Gb18030));
    m_encoding->setToolTip(tr("The text encoding of a CSV file; change it when the preview shows garbled characters."));
    m_encoding->setEnabled(preview.isCsv && m_reload);
    connect(m_encoding, &QComboBox::currentIndexChanged, this, &ImportPreviewDialog::readAgain);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(new QLabel(tr("File:"), this));
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(new QLabel(tr("Encoding:"), this));
    fileRow->addWidget(m_encoding);

    m_table->setObjectName(QStringLiteral("previewTable"));
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);

    m_columns->setObjectName(QStringLiteral("fileColumns"));
    m_columns->setHorizontalHeaderLabels({tr("Column in the file"), tr("First value"), tr("Imported as")});
    m_columns->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_columns->verticalHeader()->hide();
    m_columns->setEditTriggers(QAbstractItemView::NoEditTriggers);

    auto* tabs = new QTabWidget(this);
    tabs->addTab(m_table, tr("Preview"));
    tabs->addTab(m_columns, tr("Columns"));

    m_totals->setObjectName(QStringLiteral("importTotals"));
    m_readError->setObjectName(QStringLiteral("readError"));
    m_readError->setWordWrap(true);
    m_readError->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_readError->hide();

    m_skipInvalid->setObjectName(QStringLiteral("skipInvalid"));
    m_skipInvalid->setText(tr("Import the valid rows and leave out the rows with errors"));

    m_duplicates->setObjectName(QStringLiteral("onDuplicate"));
    m_duplicates->addItem(tr("Update them from the file"), int(OnDuplicate::Update));
    m_duplicates->addItem(tr("Leave the stored records as they are"), int(OnDuplicate::Skip));
    m_duplicates->addItem(tr("Import nothing"), int(OnDuplicate::Error));

    auto* choices = new QFormLayout;
    choices->addRow(tr("Rows with errors:"), m_skipInvalid);
    choices->addRow(tr("Rows already stored:"), m_duplicates);

    m_blockers->setObjectName(QStringLiteral("importBlockers"));
    m_blockers->setWordWrap(true);
    m_blockers->setStyleSheet(QStringLiteral("color: #b3261e;"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_saveFailed = buttons->addButton(tr("&Save Rows with Errors…"), QDialogButtonBox::ActionRole);
    m_saveFailed->setObjectName(QStringLiteral("saveFailedRows"));
    m_saveFailed->setToolTip(tr("Save the rows with errors, with their reasons, as a file to correct and import "
                                "again"));
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("importButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_saveFailed, &QPushButton::clicked, this, &ImportPreviewDialog::saveFailedRows);
    connect(m_skipInvalid, &QCheckBox::toggled, this, &ImportPreviewDialog::updateState);
    connect(m_duplicates, &QComboBox::currentIndexChanged, this, &ImportPreviewDialog::updateState);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 20, 20, 16);
    layout->setSpacing(10);
    layout->addWidget(intro);
    layout->addLayout(fileRow);
    layout->addWidget(m_readError);
    layout->addWidget(tabs, 1);
    layout->addWidget(m_totals);
    layout->addLayout(choices);
    layout->addWidget(m_blockers);
    layout->addWidget(buttons);
    resize(860, 560);
    showPreview(preview);
}

core::ImportOptions ImportPreviewDialog::options() const
{
    core::ImportOptions o;
    o.skipInvalid = m_skipInvalid->isChecked();
    o.onDuplicate = OnDuplicate(m_duplicates->currentData().toInt());
    return o;
}

std::optional<core::Csv::Encoding> ImportPreviewDialog::encoding() const
{
    if (!m_encoding->currentData().isValid())
        return std::nullopt;
    return core::Csv::Encoding(m_encoding->currentData().toInt());
}

void ImportPreviewDialog::showPreview(const core::ImportPreview& preview)
{
    m_model->setPreview(preview);
    m_table->resizeColumnsToContents();
    m_table->setColumnWidth(m_model->problemsColumn(), 320);
    {
        const QSignalBlocker quiet(m_encoding);
        m_encoding->setItemText(
            0, preview.isCsv
                   ? tr("Detect automatically (%1)")
                         .arg(preview.encoding == core::Csv::Encoding::Utf8 ? tr("UTF-8") : tr("GBK / GB18030"))
                   : tr("Not needed for .xlsx"));
    }

    m_columns->setRowCount(int(preview.fileHeader.size()));
    for (int c = 0; c < preview.fileHeader.size(); ++c) {
        const int field = preview.fileColumnField.value(c, -1);
        m_columns->setItem(c, 0, new QTableWidgetItem(preview.fileHeader.at(c)));
        m_columns->setItem(c, 1, new QTableWidgetItem(preview.firstValues.value(c)));
        auto* target = new QTableWidgetItem(field >= 0 ? preview.titles.at(field) : tr("(not imported)"));
        if (field < 0)
            target->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
        m_columns->setItem(c, 2, target);
    }

    m_totals->setText(preview.totalsText());
    m_skipInvalid->setEnabled(preview.invalidCount() > 0);
    m_duplicates->setEnabled(preview.count(ImportStatus::Update) + preview.count(ImportStatus::Unchanged) > 0);
    updateState();
}

void ImportPreviewDialog::readAgain()
{
    if (!m_reload)
        return;
    try {
        BusyCursor busy;
        const core::ImportPreview preview = m_reload(encoding());
        m_readError->hide();
        showPreview(preview);
    } catch (const core::Error& e) {
        // The rows read before stay in view, but nothing can be imported until the file reads.
        m_readError->setText(e.message());
        m_readError->show();
        updateState();
    }
}

void ImportPreviewDialog::saveFailedRows()
{
    const core::ImportPreview& preview = m_model->preview();
    try {
        std::optional<core::FailedRows> rows;
        {
            BusyCursor busy;
            rows.emplace(core::TableFile::load(preview.path, encoding()), preview.invalidLines());
        }
        ui::saveFailedRows(this, preview.path, *rows);
    } catch (const core::Error& e) {
        QMessageBox::warning(this, tr("Cannot save the rows"), e.message());
    }
}

void ImportPreviewDialog::updateState()
{
    const core::ImportPreview& preview = m_model->preview();
    const bool readable = m_readError->isHidden();
    const QStringList blockers = preview.blockers(options());
    int toStore = preview.count(ImportStatus::New);
    if (options().onDuplicate == OnDuplicate::Update)
        toStore += preview.count(ImportStatus::Update);
    QString text;
    if (!blockers.isEmpty()) {
        const int shown = 5;
        text = tr("Nothing can be imported this way:") + QLatin1Char('\n') +
               blockers.mid(0, shown).join(QLatin1Char('\n'));
        if (blockers.size() > shown)
            text += QLatin1Char('\n') + tr("… and %n more", nullptr, int(blockers.size() - shown));
    } else if (toStore == 0) {
        text = tr("The file brings nothing new.");
    }
    m_blockers->setText(text);
    m_blockers->setVisible(!text.isEmpty());
    m_saveFailed->setEnabled(readable && preview.invalidCount() > 0);
    m_import->setEnabled(readable && blockers.isEmpty() && toStore > 0);
}

} // namespace ud::ui
