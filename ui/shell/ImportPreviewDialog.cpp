#include "ui/shell/ImportPreviewDialog.h"

#include "core/record/ImportPreviewModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace ud::ui {

using core::ImportStatus;
using core::OnDuplicate;

ImportPreviewDialog::ImportPreviewDialog(const core::ImportPreview& preview, const QString& title, QWidget* parent)
    : QDialog(parent), m_model(new core::ImportPreviewModel(this)), m_table(new QTableView(this)),
      m_totals(new QLabel(this)), m_skipInvalid(new QCheckBox(this)), m_duplicates(new QComboBox(this)),
      m_blockers(new QLabel(this))
{
    setObjectName(QStringLiteral("importPreview"));
    setWindowTitle(title);
    m_model->setPreview(preview);

    auto* intro = new QLabel(tr("Nothing is stored until you choose Import. The rows of %1 as they would be "
                                "imported:")
                                 .arg(QFileInfo(preview.path).fileName()),
                             this);
    intro->setWordWrap(true);

    m_table->setObjectName(QStringLiteral("previewTable"));
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->resizeColumnsToContents();
    m_table->setColumnWidth(m_model->problemsColumn(), 320);

    m_totals->setObjectName(QStringLiteral("importTotals"));
    m_totals->setText(preview.totalsText());

    m_skipInvalid->setObjectName(QStringLiteral("skipInvalid"));
    m_skipInvalid->setText(tr("Import the valid rows and leave out the rows with errors"));
    m_skipInvalid->setEnabled(preview.invalidCount() > 0);

    m_duplicates->setObjectName(QStringLiteral("onDuplicate"));
    m_duplicates->addItem(tr("Update them from the file"), int(OnDuplicate::Update));
    m_duplicates->addItem(tr("Leave the stored records as they are"), int(OnDuplicate::Skip));
    m_duplicates->addItem(tr("Import nothing"), int(OnDuplicate::Error));
    m_duplicates->setEnabled(preview.count(ImportStatus::Update) + preview.count(ImportStatus::Unchanged) > 0);

    auto* choices = new QFormLayout;
    choices->addRow(tr("Rows with errors:"), m_skipInvalid);
    choices->addRow(tr("Rows already stored:"), m_duplicates);

    m_blockers->setObjectName(QStringLiteral("importBlockers"));
    m_blockers->setWordWrap(true);
    m_blockers->setStyleSheet(QStringLiteral("color: #b3261e;"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("importButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_skipInvalid, &QCheckBox::toggled, this, &ImportPreviewDialog::updateState);
    connect(m_duplicates, &QComboBox::currentIndexChanged, this, &ImportPreviewDialog::updateState);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 20, 20, 16);
    layout->setSpacing(10);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_totals);
    layout->addLayout(choices);
    layout->addWidget(m_blockers);
    layout->addWidget(buttons);
    resize(860, 520);
    updateState();
}

core::ImportOptions ImportPreviewDialog::options() const
{
    core::ImportOptions o;
    o.skipInvalid = m_skipInvalid->isChecked();
    o.onDuplicate = OnDuplicate(m_duplicates->currentData().toInt());
    return o;
}

void ImportPreviewDialog::updateState()
{
    const core::ImportPreview& preview = m_model->preview();
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
    m_import->setEnabled(blockers.isEmpty() && toStore > 0);
}

} // namespace ud::ui
