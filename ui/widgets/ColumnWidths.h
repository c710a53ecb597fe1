#pragma once

class QTreeView;

namespace ud::ui {

/// Sets `column` of `view` to what its header and its shown rows need, at most `maxWidth` pixels, so that a
/// column with little or nothing in it leaves its room to the stretched one.
void fitColumnToContent(QTreeView* view, int column, int maxWidth);

} // namespace ud::ui
