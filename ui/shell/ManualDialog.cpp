#include "ui/shell/ManualDialog.h"

#include "ui/widgets/DialogParts.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace ud::ui {

ManualDialog::ManualDialog(QWidget* parent) : QDialog(parent), m_browser(new QTextBrowser(this))
{
    setWindowTitle(tr("User Manual"));
    resize(780, 680);
    m_browser->setObjectName(QStringLiteral("manual"));
    m_browser->setOpenExternalLinks(true);
    QFile file(QStringLiteral(":/docs/manual.zh_CN.md"));
    if (file.open(QIODevice::ReadOnly | QIODevice::Text))
        m_browser->setMarkdown(QString::fromUtf8(file.readAll()));
    m_browser->document()->setDocumentMargin(16);

    auto* buttons = dialogButtons(this, QDialogButtonBox::Close);
    auto* layout = dialogLayout(this, 10);
    layout->addWidget(m_browser, 1);
    layout->addWidget(buttons);
}

} // namespace ud::ui
