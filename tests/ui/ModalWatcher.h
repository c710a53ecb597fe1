#pragma once

#include <QAbstractButton>
#include <QApplication>
#include <QDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QTimer>

#include <functional>

namespace ud::test {

/// Answers the modal dialogs a test sets off (message boxes, the import-errors dialog) and records what they
/// said, so that code which asks or warns runs to the end without a person at the screen.
class ModalWatcher {
public:
    /// `answer`: the message-box button to press; NoButton presses the box's escape (or only) button.
    explicit ModalWatcher(QMessageBox::StandardButton answer = QMessageBox::NoButton) : m_answer(answer)
    {
        m_timer.setInterval(10);
        QObject::connect(&m_timer, &QTimer::timeout, [this] { poll(); });
        m_timer.start();
    }

    /// Answers the dialogs that are not message boxes (a year asked, a file dialog, a progress dialog left to run):
    /// called on every tick while such a dialog is the active modal widget, until it returns true (answered or left
    /// alone on purpose). Without it they are rejected.
    std::function<bool(QWidget* dialog)> answerDialog;

    /// Every dialog seen: its title and its texts (message, labels, plain-text fields), in order.
    QStringList titles;
    QStringList texts;
    int count() const { return int(titles.size()); }

private:
    void poll()
    {
        QWidget* modal = QApplication::activeModalWidget();
        if (!modal || modal == m_last)
            return;
        if (answerDialog && !qobject_cast<QMessageBox*>(modal) && !answerDialog(modal))
            return; // asked again on the next tick
        m_last = modal;
        titles << modal->windowTitle();
        if (auto* box = qobject_cast<QMessageBox*>(modal)) {
            texts << box->text();
            QAbstractButton* button = m_answer != QMessageBox::NoButton ? box->button(m_answer) : nullptr;
            if (!button)
                button = box->escapeButton();
            if (!button && !box->buttons().isEmpty())
                button = box->buttons().first();
            if (button)
                button->click();
            return;
        }
        QStringList parts;
        for (const QLabel* label : modal->findChildren<QLabel*>())
            parts << label->text();
        for (const QPlainTextEdit* edit : modal->findChildren<QPlainTextEdit*>())
            parts << edit->toPlainText();
        texts << parts.join(QLatin1Char('\n'));
        if (answerDialog)
            return;
        if (auto* dialog = qobject_cast<QDialog*>(modal))
            dialog->reject();
        else
            modal->close();
    }

    QMessageBox::StandardButton m_answer;
    QTimer m_timer;
    QPointer<QWidget> m_last;
};

} // namespace ud::test
