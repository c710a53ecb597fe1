#pragma once

#include <QIcon>
#include <QTableView>

namespace ud::ui {

/// The table every page uses: row selection, alternating rows, no row numbers, and a message painted
/// over the empty table ("No sub-unions yet…") so that an empty list explains itself.
class DataTableView : public QTableView {
    Q_OBJECT
public:
    explicit DataTableView(QWidget* parent = nullptr);

    void setPlaceholderText(const QString& text);
    QString placeholderText() const { return m_placeholderText; }
    void setPlaceholderIcon(const QIcon& icon);
    /// True when the placeholder is painted (the model has no rows).
    bool showsPlaceholder() const;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QString m_placeholderText;
    QIcon m_placeholderIcon;
};

} // namespace ud::ui
