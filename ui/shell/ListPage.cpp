#include "ui/shell/ListPage.h"

#include "ui/widgets/DataTableView.h"
#include "ui/widgets/PageActions.h"
#include "ui/widgets/PageHeader.h"

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPlainTextEdit>
#include <QToolButton>
#include <QVBoxLayout>

namespace ud::ui {

ListPage::ListPage(ShellContext& shell, const QString& title, const QString& icon, QWidget* parent)
    : QWidget(parent), m_shell(shell), m_header(new PageHeader(title, this)), m_view(new DataTableView(this)),
      m_layout(new QVBoxLayout(this))
{
    m_view->setPlaceholderIcon(QIcon(QStringLiteral(":/icons/%1.svg").arg(icon)));
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
    if (trailing)
        buttons->addWidget(trailing);
    m_layout->insertLayout(m_layout->indexOf(m_view), buttons);
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
    auto* list = new QPlainTextEdit(errors.join(QLatin1Char('\n')), &dialog);
    list->setReadOnly(true);
    list->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(&dialog);
    layout->setContentsMargins(20, 20, 20, 16);
    layout->setSpacing(12);
    layout->addWidget(intro);
    layout->addWidget(list, 1);
    layout->addWidget(buttons);
    dialog.resize(600, 380);
    dialog.exec();
}

} // namespace ud::ui
