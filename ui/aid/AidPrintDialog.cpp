#include "ui/aid/AidPrintDialog.h"

#include "core/congress/PrintedDocument.h"
#include "core/db/Error.h"
#include "ui/shell/Module.h"
#include "ui/widgets/BusyCursor.h"
#include "ui/widgets/DialogParts.h"
#include "ui/widgets/Folders.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace ud::ui {

AidPrintDialog::AidPrintDialog(ShellContext& shell, const QString& title, QList<Choice> choices,
                               const QString& folderKey, QWidget* parent)
    : QDialog(parent), m_shell(shell), m_choices(std::move(choices)), m_folderKey(folderKey),
      m_group(new QButtonGroup(this))
{
    setObjectName(QStringLiteral("aidPrintDialog"));
    setWindowTitle(title);
    auto* layout = dialogLayout(this);
    int first = -1;
    for (int i = 0; i < m_choices.size(); ++i) {
        auto* button = new QRadioButton(m_choices.at(i).text, this);
        button->setObjectName(QStringLiteral("choice%1").arg(i));
        button->setEnabled(m_choices.at(i).enabled);
        m_group->addButton(button, i);
        layout->addWidget(button);
        if (first < 0 && m_choices.at(i).enabled)
            first = i;
    }
    choose(first);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* previewButton = buttons->addButton(tr("&Print Preview…"), QDialogButtonBox::ActionRole);
    QPushButton* saveButton = buttons->addButton(tr("&Save As…"), QDialogButtonBox::ActionRole);
    previewButton->setObjectName(QStringLiteral("preview"));
    saveButton->setObjectName(QStringLiteral("saveAs"));
    previewButton->setIcon(QIcon(QStringLiteral(":/icons/print.svg")));
    previewButton->setDefault(true);
    previewButton->setEnabled(first >= 0);
    saveButton->setEnabled(first >= 0);
    connect(previewButton, &QPushButton::clicked, this, &AidPrintDialog::preview);
    connect(saveButton, &QPushButton::clicked, this, &AidPrintDialog::saveAs);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addStretch(1);
    layout->addWidget(buttons);
}

void AidPrintDialog::choose(int choice)
{
    if (QAbstractButton* b = m_group->button(choice); b && b->isEnabled())
        b->setChecked(true);
}

int AidPrintDialog::choice() const
{
    return m_group->checkedId();
}

bool AidPrintDialog::saveTo(const QString& path)
{
    if (choice() < 0)
        return false;
    const Choice& c = m_choices.at(choice());
    if (c.pdfOnly && QFileInfo(path).suffix().compare(QLatin1String("pdf"), Qt::CaseInsensitive) != 0) {
        m_shell.warn(tr("Cannot save the document"), tr("%1 is saved as a PDF file only.").arg(c.fileName));
        return false;
    }
    try {
        BusyCursor busy;
        if (c.write)
            c.write(path);
        else
            c.make()->write(path);
    } catch (const core::Error& e) {
        m_shell.warn(tr("Cannot save the document"), e.message());
        return false;
    }
    m_shell.showStatusMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

void AidPrintDialog::saveAs()
{
    if (choice() < 0)
        return;
    const Choice& c = m_choices.at(choice());
    QString filters = tr("PDF files (*.pdf)");
    if (!c.pdfOnly)
        filters += QStringLiteral(";;") + tr("OpenDocument text for Word or WPS (*.odt)");
    if (c.write && !c.pdfOnly)
        filters += QStringLiteral(";;") + tr("Excel workbooks (*.xlsx)");
    const QString suggested = QDir(lastFolder(m_folderKey)).filePath(c.fileName + QStringLiteral(".pdf"));
    QString selected;
    QString path = QFileDialog::getSaveFileName(this, tr("Save As"), suggested, filters, &selected);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += selected.contains(QStringLiteral("*.odt"))    ? QStringLiteral(".odt")
                : selected.contains(QStringLiteral("*.xlsx")) ? QStringLiteral(".xlsx")
                                                              : QStringLiteral(".pdf");
    rememberFolder(m_folderKey, path);
    if (saveTo(path))
        accept();
}

void AidPrintDialog::preview()
{
    if (choice() < 0)
        return;
    std::unique_ptr<core::PrintedDocument> doc;
    try {
        BusyCursor busy;
        doc = m_choices.at(choice()).make();
    } catch (const core::Error& e) {
        m_shell.warn(tr("Cannot print"), e.message());
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(doc->title());
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print Preview — %1").arg(doc->title()));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [&](QPrinter* p) { doc->print(*p); });
    dialog.exec();
}

} // namespace ud::ui
