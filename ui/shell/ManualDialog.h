#pragma once

#include <QDialog>

class QTextBrowser;

namespace ud::ui {

/// Help › User Manual: the short manual (written in Chinese, the users' language) in a window of its own that can
/// stay open beside the program.
class ManualDialog : public QDialog {
    Q_OBJECT
public:
    explicit ManualDialog(QWidget* parent = nullptr);

    QTextBrowser* browser() const { return m_browser; }

private:
    QTextBrowser* m_browser;
};

} // namespace ud::ui
