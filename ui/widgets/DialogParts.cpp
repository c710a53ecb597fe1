#include "ui/widgets/DialogParts.h"

#include <QDialog>
#include <QLabel>
#include <QVBoxLayout>

namespace ud::ui {

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
