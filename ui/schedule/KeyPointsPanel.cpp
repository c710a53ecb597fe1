#include "ui/schedule/KeyPointsPanel.h"

#include <QHeaderView>
#include <QStyledItemDelegate>

namespace ud::ui {

namespace {

constexpr int kKeySectionRole = Qt::UserRole + 1;

/// Rows as tall as their text wrapped to the panel's width: the key points are read, not hovered.
class WrappingDelegate : public QStyledItemDelegate {
public:
    explicit WrappingDelegate(QTreeView* view) : QStyledItemDelegate(view), m_view(view) {}

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        int depth = 1; // the root decoration
        for (QModelIndex parent = index.parent(); parent.isValid(); parent = parent.parent())
            ++depth;
        const int margins = 2 * (m_view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, &opt, m_view) + 1);
        const int width = qMax(60, m_view->header()->sectionSize(0) - depth * m_view->indentation() - margins);
        const QRect text = opt.fontMetrics.boundingRect(QRect(0, 0, width, 0), Qt::TextWordWrap, opt.text);
        return {width, qMax(QStyledItemDelegate::sizeHint(option, index).height(), text.height() + 6)};
    }

private:
    QTreeView* m_view;
};

} // namespace

KeyPointsPanel::KeyPointsPanel(QWidget* parent) : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("keyPoints"));
    setHeaderLabel(tr("Key points (工作要点)"));
    setWordWrap(true);
    setTextElideMode(Qt::ElideNone);
    setItemDelegate(new WrappingDelegate(this));
    header()->setStretchLastSection(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setToolTip(tr("Select a key-point section to see its part of the schedule"));
}

void KeyPointsPanel::setKeyPoints(const QList<core::KeyPointSection>& sections)
{
    clear();
    QFont bold = font();
    bold.setBold(true);
    for (const core::KeyPointSection& s : sections) {
        auto* section = new QTreeWidgetItem(this, {s.heading()});
        section->setData(0, kKeySectionRole, s.id);
        section->setFont(0, bold);
        for (const core::KeyPoint& p : s.points) {
            auto* point = new QTreeWidgetItem(section, {QStringLiteral("%1. %2").arg(p.number).arg(p.text)});
            point->setData(0, kKeySectionRole, s.id);
        }
    }
}

void KeyPointsPanel::resizeEvent(QResizeEvent* event)
{
    QTreeWidget::resizeEvent(event);
    scheduleDelayedItemsLayout(); // the rows' heights follow the new width
}

qint64 KeyPointsPanel::currentSectionId() const
{
    const QTreeWidgetItem* item = currentItem();
    return item ? item->data(0, kKeySectionRole).toLongLong() : 0;
}

void KeyPointsPanel::showSection(qint64 id)
{
    for (int i = 0; i < topLevelItemCount(); ++i) {
        QTreeWidgetItem* top = topLevelItem(i);
        if (top->data(0, kKeySectionRole).toLongLong() == id) {
            setCurrentItem(top);
            top->setExpanded(true);
            scrollToItem(top, QAbstractItemView::PositionAtTop);
        }
    }
}

} // namespace ud::ui
