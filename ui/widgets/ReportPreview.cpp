#include "ui/widgets/ReportPreview.h"

#include "core/report/ReportModel.h"

#include <QHeaderView>
#include <QStyledItemDelegate>

namespace ud::ui {

namespace {

/// Paints a group heading on the header's colour, as the print shades it.
class HeadingDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.data(core::ReportModel::HeadingRole).toBool())
            option->backgroundBrush = option->palette.button();
    }
};

} // namespace

ReportPreview::ReportPreview(QWidget* parent) : QTableView(parent), m_model(new core::ReportModel(this))
{
    setModel(m_model);
    setItemDelegate(new HeadingDelegate(this));
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setAlternatingRowColors(true);
    setWordWrap(false);
    verticalHeader()->hide();
    horizontalHeader()->setStretchLastSection(true);
}

void ReportPreview::setReport(const core::Report& report)
{
    m_model->setReport(report);
    // Spans belong to the view and outlive a model reset: a heading's span on a row that now holds a member would
    // show that row as its number only.
    clearSpans();
    const int columns = m_model->columnCount();
    bool multiline = false;
    for (int row = 0; row < report.rows.size(); ++row) {
        const core::Report::Row& r = report.rows.at(row);
        if (!r.heading.isEmpty()) {
            if (columns > 1)
                setSpan(row, 0, 1, columns);
            continue;
        }
        for (const QString& cell : r.cells)
            multiline = multiline || cell.contains(QLatin1Char('\n'));
    }
    resizeColumnsToContents();
    if (multiline)
        resizeRowsToContents();
}

} // namespace ud::ui
