#pragma once

#include <QStyledItemDelegate>

namespace ud::ui {

/// Paints a row's twelve months as small cells so the year is seen at a glance: months covered filled,
/// a deadline's due month marked with a darker cell and a triangle, the current month outlined. On a section
/// row it paints the month numbers instead, as a header for the items below. Reads the bits of
/// ScheduleTreeModel::MonthBitsRole and DueBitsRole.
class MonthGridDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    explicit MonthGridDelegate(QObject* parent = nullptr);

    /// The month to outline (1–12), or 0 when the year shown is not the current one.
    void setCurrentMonth(int month) { m_currentMonth = month; }
    int currentMonth() const { return m_currentMonth; }

    /// The cell of `month` (1–12) inside a row's rectangle `rect`.
    static QRect cellRect(const QRect& rect, int month);

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    static const QColor& coveredColor();
    static const QColor& dueColor();

private:
    int m_currentMonth = 0;
};

} // namespace ud::ui
