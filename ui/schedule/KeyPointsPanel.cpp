#include "ui/schedule/KeyPointsPanel.h"

namespace ud::ui {

namespace {

constexpr int kKeySectionRole = Qt::UserRole + 1;

} // namespace

KeyPointsPanel::KeyPointsPanel(QWidget* parent) : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("keyPoints"));
    setHeaderLabel(tr("Key points (工作要点)"));
    setWordWrap(true);
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
        section->setToolTip(0, s.heading());
        for (const core::KeyPoint& p : s.points) {
            auto* point = new QTreeWidgetItem(section, {QStringLiteral("%1. %2").arg(p.number).arg(p.text)});
            point->setData(0, kKeySectionRole, s.id);
            point->setToolTip(0, p.text);
        }
    }
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
