#include "ui/widgets/ColumnWidths.h"

#include <QHeaderView>
#include <QTreeView>

namespace ud::ui {

void fitColumnToContent(QTreeView* view, int column, int maxWidth)
{
    QHeaderView* header = view->header();
    // QTreeView's own override is protected; the base class's public one calls it.
    const int content = static_cast<const QAbstractItemView*>(view)->sizeHintForColumn(column);
    const int needed = qMax(header->sectionSizeHint(column), content);
    header->resizeSection(column, qBound(header->minimumSectionSize(), needed, maxWidth));
}

} // namespace ud::ui
