#include "ui/schedule/MonthGridDelegate.h"

#include "ui/schedule/ScheduleTreeModel.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace ud::ui {

namespace {

constexpr int kMargin = 4;
constexpr int kCellWidth = 18;
constexpr int kGap = 2;
constexpr int kCellHeight = 14;

} // namespace

MonthGridDelegate::MonthGridDelegate(QObject* parent) : QStyledItemDelegate(parent) {}

const QColor& MonthGridDelegate::coveredColor()
{
    static const QColor c(76, 134, 200);
    return c;
}

const QColor& MonthGridDelegate::dueColor()
{
    static const QColor c(214, 84, 40);
    return c;
}

QRect MonthGridDelegate::cellRect(const QRect& rect, int month)
{
    const int available = rect.width() - 2 * kMargin;
    const int step = qMax(4, available / 12);
    const int width = qMax(3, step - kGap);
    const int height = qMin(kCellHeight, rect.height() - 4);
    const int top = rect.top() + (rect.height() - height) / 2;
    return QRect(rect.left() + kMargin + (month - 1) * step, top, width, height);
}

void MonthGridDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget* widget = opt.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    const bool section = index.data(ScheduleTreeModel::IsSectionRole).toBool();
    const int bits = index.data(ScheduleTreeModel::MonthBitsRole).toInt();
    const int due = index.data(ScheduleTreeModel::DueBitsRole).toInt();
    const QColor empty = opt.palette.color(QPalette::Mid);
    for (int m = 1; m <= 12; ++m) {
        const QRect cell = cellRect(opt.rect, m);
        const bool current = m == m_currentMonth;
        if (section) {
            QFont font = opt.font;
            font.setPointSizeF(qMax(6.0, font.pointSizeF() - 2));
            font.setBold(current);
            painter->setFont(font);
            painter->setPen(
                opt.palette.color(opt.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text));
            painter->drawText(cell.adjusted(-3, 0, 3, 0), Qt::AlignCenter, QString::number(m));
            if (current) {
                painter->setPen(QPen(dueColor(), 1.5));
                painter->drawLine(cell.bottomLeft() + QPoint(2, 1), cell.bottomRight() + QPoint(-2, 1));
            }
            continue;
        }
        const bool covered = bits & (1 << (m - 1));
        const bool isDue = due & (1 << (m - 1));
        if (isDue) {
            painter->setPen(Qt::NoPen);
            painter->setBrush(dueColor());
            painter->drawRect(cell);
            // A small white triangle: "due by the end of this month".
            QPainterPath triangle;
            const QRectF r = QRectF(cell).adjusted(3, 3, -3, -3);
            triangle.moveTo(r.center().x(), r.top());
            triangle.lineTo(r.right(), r.bottom());
            triangle.lineTo(r.left(), r.bottom());
            triangle.closeSubpath();
            painter->fillPath(triangle, Qt::white);
        } else if (covered) {
            // On a selected row the highlight is blue too: covered months turn the highlight's text colour.
            painter->setPen(Qt::NoPen);
            painter->setBrush(opt.state & QStyle::State_Selected ? opt.palette.color(QPalette::HighlightedText)
                                                                 : coveredColor());
            painter->drawRect(cell);
        } else {
            painter->setPen(QPen(empty, 1));
            painter->setBrush(Qt::NoBrush);
            painter->drawRect(QRectF(cell).adjusted(0.5, 0.5, -0.5, -0.5));
        }
        if (current) {
            painter->setPen(QPen(opt.palette.color(QPalette::WindowText), 2));
            painter->setBrush(Qt::NoBrush);
            painter->drawRect(QRectF(cell).adjusted(-1.5, -1.5, 1.5, 1.5));
        }
    }
    painter->restore();
}

QSize MonthGridDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const QSize base = QStyledItemDelegate::sizeHint(option, index);
    return QSize(2 * kMargin + 12 * (kCellWidth + kGap), qMax(base.height(), kCellHeight + 8));
}

} // namespace ud::ui
