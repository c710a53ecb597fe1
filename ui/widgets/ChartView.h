#pragma once

#include "core/dashboard/Dashboard.h"

#include <QWidget>

class QLabel;

namespace ud::ui {

/// A chart of the dashboard drawn with Qt Charts: the one place that includes Qt Charts, so the rest of the program
/// speaks of charts in core::DashboardChart terms only. Shows the title, the chart (bars, a pyramid, a pie, a line)
/// with the values on the bars, the note under it, and "no data yet" for an empty chart. Clicking a bar, slice or
/// point emits activated() with what it opens.
class ChartView : public QWidget {
    Q_OBJECT
public:
    /// At most this many bars in a horizontal bar chart: the largest ones; the note says what the rest hold.
    static constexpr int kMaxBars = 12;

    explicit ChartView(QWidget* parent = nullptr);
    ~ChartView() override;

    void setChart(const core::DashboardChart& chart);
    /// The chart as shown (after the smaller bars were summed).
    const core::DashboardChart& chart() const { return m_chart; }
    /// Acts as a click on value `index` of series `series`; false when it opens nothing.
    bool activate(int series, int index);

signals:
    void activated(const core::PageFilter& target);

private:
    void rebuild();

    core::DashboardChart m_chart;
    QLabel* m_title;
    QLabel* m_note;
    QLabel* m_empty;
    QWidget* m_view = nullptr; // the QChartView
};

} // namespace ud::ui
