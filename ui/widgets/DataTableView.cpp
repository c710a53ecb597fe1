#include "ui/widgets/DataTableView.h"

#include <QHeaderView>
#include <QPaintEvent>
#include <QPainter>

namespace ud::ui {

DataTableView::DataTableView(QWidget* parent) : QTableView(parent)
{
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    setShowGrid(false);
    verticalHeader()->hide();
    // Rows of one height: the view never has to measure rows it has not shown.
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 14);
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    horizontalHeader()->setMinimumSectionSize(48);
    horizontalHeader()->setFixedHeight(fontMetrics().height() + 16);
}

void DataTableView::setPlaceholderText(const QString& text)
{
    if (m_placeholderText == text)
        return;
    m_placeholderText = text;
    viewport()->update();
}

void DataTableView::setPlaceholderIcon(const QIcon& icon)
{
    m_placeholderIcon = icon;
    viewport()->update();
}

bool DataTableView::showsPlaceholder() const
{
    return !m_placeholderText.isEmpty() && (!model() || model()->rowCount(rootIndex()) == 0);
}

void DataTableView::paintEvent(QPaintEvent* event)
{
    QTableView::paintEvent(event);
    if (!showsPlaceholder())
        return;

    QPainter painter(viewport());
    const QRect area = viewport()->rect().adjusted(32, 24, -32, -24);
    const int iconSize = 56;
    const int textWidth = qMin(area.width(), 460);

    QFont font = painter.font();
    font.setPointSizeF(font.pointSizeF() * 1.1);
    painter.setFont(font);
    const QRect textBounds = painter.fontMetrics().boundingRect(QRect(0, 0, textWidth, area.height()),
                                                                Qt::AlignHCenter | Qt::TextWordWrap, m_placeholderText);
    const bool withIcon = !m_placeholderIcon.isNull() && area.height() > textBounds.height() + iconSize + 16;
    const int blockHeight = textBounds.height() + (withIcon ? iconSize + 16 : 0);
    // A little above the middle reads as "centred" to the eye.
    int top = area.top() + qMax(0, (area.height() - blockHeight) * 2 / 5);

    if (withIcon) {
        painter.setOpacity(0.35);
        m_placeholderIcon.paint(&painter, QRect(area.center().x() - iconSize / 2, top, iconSize, iconSize));
        painter.setOpacity(1.0);
        top += iconSize + 16;
    }
    const QRect textRect(area.center().x() - textWidth / 2, top, textWidth, textBounds.height());
    painter.setPen(palette().color(QPalette::PlaceholderText));
    painter.drawText(textRect, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, m_placeholderText);
}

} // namespace ud::ui
