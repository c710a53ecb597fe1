#pragma once

#include <QWidget>

class QLabel;

namespace ud::ui {

/// The title line at the top of a page: the page's name in a larger bold font and a short line beside it
/// (a count, or what the page is for).
class PageHeader : public QWidget {
    Q_OBJECT
public:
    explicit PageHeader(const QString& title, QWidget* parent = nullptr);

    void setTitle(const QString& title);
    QString title() const;
    void setSubtitle(const QString& text);
    QString subtitle() const;

private:
    QLabel* m_title;
    QLabel* m_subtitle;
};

} // namespace ud::ui
