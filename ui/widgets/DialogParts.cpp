#include "ui/widgets/DialogParts.h"

#include <QCoreApplication>
#include <QDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace ud::ui {

namespace {

// The context the messages of this file are translated under; written Tr::tr() so that lupdate files them there.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ud::ui::DialogParts)
};

} // namespace

bool mayDiscardChanges(QDialog* dialog)
{
    QMessageBox box(QMessageBox::Question, Tr::tr("Discard Changes?"),
                    Tr::tr("The changes in this window are not saved. Close it and discard them?"),
                    QMessageBox::Discard | QMessageBox::Cancel, dialog);
    box.button(QMessageBox::Discard)->setText(Tr::tr("&Discard"));
    box.button(QMessageBox::Cancel)->setText(Tr::tr("&Keep Editing"));
    box.setDefaultButton(QMessageBox::Cancel);
    box.setEscapeButton(QMessageBox::Cancel);
    return box.exec() == QMessageBox::Discard;
}

QDialogButtonBox* dialogButtons(QDialog* dialog, QDialogButtonBox::StandardButtons buttons)
{
    auto* box = new QDialogButtonBox(buttons, dialog);
    QObject::connect(box, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(box, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return box;
}

QVBoxLayout* dialogLayout(QDialog* dialog, int spacing)
{
    auto* layout = new QVBoxLayout(dialog);
    layout->setContentsMargins(20, 20, 20, 16);
    layout->setSpacing(spacing);
    return layout;
}

QLabel* buddyLabel(const QString& text, QWidget* buddy)
{
    auto* label = new QLabel(text, buddy->parentWidget());
    label->setBuddy(buddy);
    return label;
}

QLabel* wrappedLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}

QLabel* noteLabel(const QString& text, QWidget* parent)
{
    QLabel* label = wrappedLabel(text, parent);
    QPalette dim = label->palette();
    dim.setColor(QPalette::WindowText, label->palette().color(QPalette::PlaceholderText));
    label->setPalette(dim);
    return label;
}

} // namespace ud::ui
