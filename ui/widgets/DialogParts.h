#pragma once

#include <QDialogButtonBox>

class QDialog;
class QLabel;
class QVBoxLayout;

namespace ud::ui {

/// The button row of a dialog: `buttons` (OK and Cancel unless told), accepted wired to accept() and rejected to
/// reject() (the dialog's overrides, when it has them).
QDialogButtonBox* dialogButtons(QDialog* dialog, QDialogButtonBox::StandardButtons buttons = QDialogButtonBox::Ok |
                                                                                             QDialogButtonBox::Cancel);

/// The dialog's top-level column with the margins the dialogs share (20 around, 16 below the buttons) and
/// `spacing` between its parts.
QVBoxLayout* dialogLayout(QDialog* dialog, int spacing = 14);

/// Asks whether to throw away the changes made in `dialog` (Esc, Cancel or the close button of a changed dialog);
/// Cancel, which keeps the dialog open, is the default. True to close without saving.
bool mayDiscardChanges(QDialog* dialog);

/// A label of running text that wraps at its parent's width.
QLabel* wrappedLabel(const QString& text, QWidget* parent);
/// A wrapped label in the dimmed colour of a side note.
QLabel* noteLabel(const QString& text, QWidget* parent);
/// A form label whose mnemonic reaches `buddy`, for a row whose field is a layout of several widgets (the label
/// QFormLayout makes for such a row has no buddy and shows the "&" itself).
QLabel* buddyLabel(const QString& text, QWidget* buddy);

} // namespace ud::ui
