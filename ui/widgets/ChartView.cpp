#include "ui/widgets/ChartView.h"

#include <QCursor>
#include <QLabel>
#include <QLocale>
#include <QToolTip>
#include <QVBoxLayout>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSeries>
#include <QtCharts/QBarSet>
#include <QtCharts/QCategoryAxis>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QHorizontalBarSeries>
#include <QtCharts/QHorizontalStackedBarSeries>
#include <QtCharts/QLegend>
#include <QtCharts/QLineSeries>
#include <QtCharts/QPieSeries>
#include <QtCharts/QPieSlice>
#include <QtCharts/QStackedBarSeries>
#include <QtCharts/QValueAxis>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace ud::ui {

namespace {

using Chart = core::DashboardChart;

/// A value as the labels and tooltips show it: whole numbers without decimals, money with two when it has fen.
QString valueText(double v)
{
    const double whole = std::round(v);
    return std::abs(v - whole) < 0.005 ? QLocale().toString(qint64(whole)) : QLocale().toString(v, 'f', 2);
}

/// A horizontal bar chart sorted with the largest at the top; beyond `maxBars` bars, the smallest are left out and
/// the note says how many and how much they hold (drawn as one bar, they would dwarf the others).
Chart foldBars(Chart c, int maxBars)
{
    if (c.kind != Chart::Kind::Bar || c.categories.isEmpty())
        return c;
    const auto total = [&c](int i) {
        double t = 0;
        for (const core::DashboardSeries& s : std::as_const(c.series))
            t += s.values.value(i);
        return t;
    };
    QList<int> order(c.categories.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return total(a) > total(b); });
    Chart out = c;
    out.categories.clear();
    for (core::DashboardSeries& s : out.series) {
        s.values.clear();
        s.targets.clear();
    }
    if (order.size() > maxBars) {
        double rest = 0;
        for (int i : order.mid(maxBars))
            rest += total(i);
        const QString more = ChartView::tr("%n more not shown, %1 %2 in all", nullptr, int(order.size() - maxBars))
                                 .arg(valueText(rest), c.unit)
                                 .trimmed();
        out.note = out.note.isEmpty() ? more : out.note + QLatin1Char('\n') + more;
        order = order.mid(0, maxBars);
    }
    // Qt draws the first category at the bottom: the largest goes last.
    for (auto it = order.crbegin(); it != order.crend(); ++it) {
        out.categories << c.categories.at(*it);
        for (int k = 0; k < out.series.size(); ++k) {
            out.series[k].values << c.series.at(k).values.value(*it);
            out.series[k].targets << c.series.at(k).targets.value(*it);
        }
    }
    return out;
}

double largest(const Chart& c)
{
    double m = 0;
    if (c.stacked || c.kind == Chart::Kind::Pyramid) {
        for (int i = 0; i < c.categories.size(); ++i) {
            double t = 0;
            for (const core::DashboardSeries& s : c.series)
                t = c.kind == Chart::Kind::Pyramid ? std::max(t, s.values.value(i)) : t + s.values.value(i);
            m = std::max(m, t);
        }
    } else {
        for (const core::DashboardSeries& s : c.series)
            for (double v : s.values)
                m = std::max(m, v);
    }
    return m;
}

double smallest(const Chart& c)
{
    double m = 0;
    for (const core::DashboardSeries& s : c.series)
        for (double v : s.values)
            m = std::min(m, v);
    return m;
}

/// The axis of values: from zero (or the smallest value, below zero: a fund in deficit) to a round number above the
/// largest value.
QValueAxis* valueAxis(const Chart& c)
{
    auto* axis = new QValueAxis;
    axis->setRange(smallest(c), std::max(1.0, largest(c)));
    axis->applyNiceNumbers();
    axis->setLabelFormat(QStringLiteral("%.0f"));
    return axis;
}

} // namespace

ChartView::ChartView(QWidget* parent)
    : QWidget(parent), m_title(new QLabel(this)), m_note(new QLabel(this)), m_empty(new QLabel(this))
{
    m_title->setObjectName(QStringLiteral("chartTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_note->setObjectName(QStringLiteral("chartNote"));
    m_note->setWordWrap(true);
    m_empty->setObjectName(QStringLiteral("chartEmpty"));
    m_empty->setText(tr("No data yet."));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setEnabled(false);
    m_empty->setMinimumHeight(120);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_title);
    layout->addWidget(m_empty, 1);
    layout->addWidget(m_note);
}

ChartView::~ChartView() = default;

void ChartView::setChart(const core::DashboardChart& chart)
{
    m_chart = foldBars(chart, kMaxBars);
    rebuild();
}

bool ChartView::activate(int series, int index)
{
    if (series < 0 || series >= m_chart.series.size())
        return false;
    const core::PageFilter target = m_chart.series.at(series).targets.value(index);
    if (target.isEmpty())
        return false;
    emit activated(target);
    return true;
}

void ChartView::rebuild()
{
    delete m_view;
    m_view = nullptr;
    m_title->setText(m_chart.title);
    m_note->setText(m_chart.note);
    m_note->setVisible(!m_chart.note.isEmpty());
    const bool empty = m_chart.isEmpty();
    m_empty->setVisible(empty);
    if (empty)
        return;

    auto* chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(2, 2, 2, 2));
    chart->setBackgroundRoundness(0);
    chart->legend()->setAlignment(Qt::AlignBottom);
    // A pie names its slices beside them; bars name their series in the legend.
    chart->legend()->setVisible(m_chart.series.size() > 1 && m_chart.kind != Chart::Kind::Pie);
    const QString unit = m_chart.unit;
    const auto tip = [this, unit](int series, int index) {
        const QString name =
            m_chart.series.size() > 1 ? QStringLiteral(" · ") + m_chart.series.at(series).name : QString();
        const double v = std::abs(m_chart.series.at(series).values.value(index));
        QToolTip::showText(QCursor::pos(),
                           tr("%1%2: %3 %4").arg(m_chart.categories.value(index), name, valueText(v), unit).trimmed());
    };

    if (m_chart.kind == Chart::Kind::Pie) {
        auto* pie = new QPieSeries;
        const core::DashboardSeries s = m_chart.series.value(0);
        double sum = 0;
        for (double v : s.values)
            sum += v;
        for (int i = 0; i < m_chart.categories.size(); ++i) {
            const double v = s.values.value(i);
            if (v <= 0)
                continue;
            QPieSlice* slice =
                pie->append(tr("%1 %2 (%3%)")
                                .arg(m_chart.categories.at(i), valueText(v), QLocale().toString(100 * v / sum, 'f', 0)),
                            v);
            slice->setProperty("index", i);
            slice->setLabelVisible(v / sum >= 0.04);
        }
        pie->setPieSize(0.55);
        connect(pie, &QPieSeries::clicked, this,
                [this](QPieSlice* slice) { activate(0, slice->property("index").toInt()); });
        connect(pie, &QPieSeries::hovered, this, [this](QPieSlice* slice, bool on) {
            slice->setExploded(on);
            const bool opens = !m_chart.series.value(0).targets.value(slice->property("index").toInt()).isEmpty();
            m_view->setCursor(on && opens ? Qt::PointingHandCursor : Qt::ArrowCursor);
        });
        chart->addSeries(pie);
    } else if (m_chart.kind == Chart::Kind::Line) {
        auto* axisX = new QBarCategoryAxis;
        axisX->append(m_chart.categories);
        chart->addAxis(axisX, Qt::AlignBottom);
        QValueAxis* axisY = valueAxis(m_chart);
        chart->addAxis(axisY, Qt::AlignLeft);
        for (int k = 0; k < m_chart.series.size(); ++k) {
            auto* line = new QLineSeries;
            line->setName(m_chart.series.at(k).name);
            line->setPointsVisible(true);
            for (int i = 0; i < m_chart.categories.size(); ++i)
                line->append(i, m_chart.series.at(k).values.value(i));
            connect(line, &QLineSeries::clicked, this, [this, k](const QPointF& p) { activate(k, qRound(p.x())); });
            chart->addSeries(line);
            line->attachAxis(axisX);
            line->attachAxis(axisY);
        }
    } else {
        const bool horizontal = m_chart.kind != Chart::Kind::Column;
        const bool pyramid = m_chart.kind == Chart::Kind::Pyramid;
        QAbstractBarSeries* bars = nullptr;
        if (pyramid || (horizontal && m_chart.stacked))
            bars = new QHorizontalStackedBarSeries;
        else if (horizontal)
            bars = new QHorizontalBarSeries;
        else if (m_chart.stacked)
            bars = new QStackedBarSeries;
        else
            bars = new QBarSeries;
        for (int k = 0; k < m_chart.series.size(); ++k) {
            auto* set = new QBarSet(m_chart.series.at(k).name);
            for (int i = 0; i < m_chart.categories.size(); ++i) {
                const double v = m_chart.series.at(k).values.value(i);
                set->append(pyramid && k == 0 ? -v : v);
            }
            bars->append(set);
        }
        // Values on the bars where they stay readable: one series, not too many bars.
        if (m_chart.series.size() == 1 && m_chart.categories.size() <= kMaxBars) {
            bars->setLabelsVisible(true);
            bars->setLabelsPosition(horizontal ? QAbstractBarSeries::LabelsInsideEnd
                                               : QAbstractBarSeries::LabelsOutsideEnd);
            bars->setLabelsPrecision(12);
        }
        bars->setBarWidth(0.7);
        connect(bars, &QAbstractBarSeries::clicked, this,
                [this, bars](int index, QBarSet* set) { activate(int(bars->barSets().indexOf(set)), index); });
        connect(bars, &QAbstractBarSeries::hovered, this, [this, bars, tip](bool on, int index, QBarSet* set) {
            const int k = int(bars->barSets().indexOf(set));
            if (on)
                tip(k, index);
            const bool opens = !m_chart.series.value(k).targets.value(index).isEmpty();
            m_view->setCursor(on && opens ? Qt::PointingHandCursor : Qt::ArrowCursor);
        });
        chart->addSeries(bars);
        auto* categories = new QBarCategoryAxis;
        categories->append(m_chart.categories);
        // Qt Charts elides every name as soon as one does not fit its first guess of the width: names in full.
        categories->setTruncateLabels(false);
        if (!horizontal && m_chart.categories.size() > 8) {
            // Twelve months side by side in half the page's width: a smaller font keeps "10月" apart from "11月".
            QFont small = categories->labelsFont();
            small.setPointSizeF(small.pointSizeF() * 0.8);
            categories->setLabelsFont(small);
        }
        QAbstractAxis* values = nullptr;
        if (pyramid) {
            // Men to the left, women to the right, the scale read outwards from the middle.
            auto* axis = new QCategoryAxis;
            QValueAxis nice;
            nice.setRange(0, std::max(1.0, largest(m_chart)));
            nice.applyNiceNumbers();
            const double max = nice.max();
            const int ticks = std::max(1, nice.tickCount() - 1);
            axis->setRange(-max, max);
            axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
            for (int t = -ticks; t <= ticks; ++t) {
                const double at = max * t / ticks;
                axis->append(valueText(std::abs(at)) + QString(t < 0 ? 1 : 0, QChar(0x200b)), at);
            }
            values = axis;
        } else {
            values = valueAxis(m_chart);
            // Across a half-page chart, amounts of six figures run into each other; the bars say their values.
            if (horizontal && bars->isLabelsVisible())
                values->setLabelsVisible(false);
        }
        chart->addAxis(categories, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
        chart->addAxis(values, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
        bars->attachAxis(categories);
        bars->attachAxis(values);
    }

    auto* view = new QChartView(chart, this);
    view->setRenderHint(QPainter::Antialiasing);
    view->setFrameShape(QFrame::NoFrame);
    view->setBackgroundBrush(palette().base());
    // Horizontal bars get the height their names need.
    const bool horizontalBars = m_chart.kind == Chart::Kind::Bar || m_chart.kind == Chart::Kind::Pyramid;
    view->setMinimumHeight(horizontalBars ? std::max(220, 90 + 26 * int(m_chart.categories.size())) : 220);
    view->setObjectName(QStringLiteral("chartView"));
    static_cast<QVBoxLayout*>(layout())->insertWidget(1, view, 1);
    m_view = view;
}

} // namespace ud::ui
