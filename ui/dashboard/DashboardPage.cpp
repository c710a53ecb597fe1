#include "ui/dashboard/DashboardPage.h"

#include "core/db/Database.h"
#include "core/db/DatabaseSettings.h"
#include "core/db/Error.h"
#include "ui/dashboard/YearEndActions.h"
#include "ui/widgets/ChartView.h"
#include "ui/widgets/PageActions.h"
#include "ui/widgets/PageHeader.h"

#include <QAction>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QToolButton>
#include <QVBoxLayout>

namespace ud::ui {

namespace {

/// A panel with a light frame, as the dashboard's boxes are drawn.
QFrame* panel(QWidget* parent)
{
    auto* frame = new QFrame(parent);
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setAutoFillBackground(true);
    frame->setBackgroundRole(QPalette::Base);
    return frame;
}

} // namespace

DashboardPage::DashboardPage(ShellContext& shell, QWidget* parent)
    : QWidget(parent), m_shell(shell), m_header(new PageHeader(moduleTitle(), this))
{
    m_refresh = makeAction(this, QStringLiteral("refresh"), tr("&Refresh Overview"), tr("Refresh"),
                           tr("Read every figure and reminder again"), {QKeySequence::Refresh});
    m_refresh->setObjectName(QStringLiteral("refreshOverview"));
    connect(m_refresh, &QAction::triggered, this, &DashboardPage::refresh);
    m_yearbook = makeAction(this, QStringLiteral("export"), tr("Year-End &Workbook…"), tr("Year-End Workbook"),
                            tr("Write the year's workbook (年终报表) of every area to an Excel file"),
                            {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Y)});
    m_yearbook->setObjectName(QStringLiteral("yearbook"));
    connect(m_yearbook, &QAction::triggered, this, [this] { exportYearbook(m_shell); });
    m_summary = makeAction(this, QStringLiteral("pdf"), tr("Year's &Summary…"), tr("Year's Summary"),
                           tr("Print the year's figures for the annual work summary, or save them as PDF or .odt"));
    m_summary->setObjectName(QStringLiteral("yearSummary"));
    connect(m_summary, &QAction::triggered, this, [this] { showYearSummary(m_shell); });
    m_actions << m_refresh << m_yearbook << m_summary;

    auto* buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    for (QAction* action : std::as_const(m_actions))
        buttons->addWidget(makeButton(action, this));
    buttons->addStretch(1);

    // Today's reminders: a column of links at the left.
    QFrame* remindersBox = panel(this);
    remindersBox->setObjectName(QStringLiteral("reminders"));
    remindersBox->setFixedWidth(300);
    auto* remindersLayout = new QVBoxLayout(remindersBox);
    auto* remindersTitle = new QLabel(tr("Today's reminders"), remindersBox);
    QFont bold = remindersTitle->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    remindersTitle->setFont(bold);
    remindersLayout->addWidget(remindersTitle);
    m_reminderLayout = new QVBoxLayout;
    m_reminderLayout->setSpacing(10);
    remindersLayout->addLayout(m_reminderLayout);
    m_noReminders = new QLabel(tr("Nothing is due today."), remindersBox);
    m_noReminders->setWordWrap(true);
    m_noReminders->setEnabled(false);
    remindersLayout->addWidget(m_noReminders);
    remindersLayout->addStretch(1);

    // The charts: two columns in a scrolling area.
    auto* chartsWidget = new QWidget(this);
    m_chartGrid = new QGridLayout(chartsWidget);
    m_chartGrid->setContentsMargins(0, 0, 0, 0);
    m_chartGrid->setSpacing(8);
    m_chartGrid->setColumnStretch(0, 1);
    m_chartGrid->setColumnStretch(1, 1);
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("charts"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(chartsWidget);

    auto* body = new QHBoxLayout;
    body->addWidget(remindersBox);
    body->addWidget(scroll, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addLayout(buttons);
    layout->addLayout(body, 1);
}

void DashboardPage::setDatabase(core::Database* db)
{
    m_db = db;
    m_yearbook->setEnabled(db);
    m_summary->setEnabled(db);
    m_stale = true;
    if (isVisible() || !m_db)
        refresh();
}

void DashboardPage::tableChanged(const core::Table& table)
{
    Q_UNUSED(table);
    m_stale = true;
    if (isVisible())
        refresh();
}

void DashboardPage::setToday(const QDate& today)
{
    m_today = today;
    m_stale = true;
    if (isVisible())
        refresh();
}

QDate DashboardPage::today() const
{
    return m_today.isValid() ? m_today : QDate::currentDate();
}

void DashboardPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void DashboardPage::refresh()
{
    m_stale = false;
    const QDate day = today();
    QString organisation;
    QList<core::DashboardChart> charts;
    m_reminders.clear();
    if (m_db) {
        try {
            organisation = core::DatabaseSettings(*m_db).value(core::settings::UnionName);
            m_reminders = core::Dashboard::reminders(*m_db, day);
            charts = core::Dashboard::charts(*m_db, day);
        } catch (const core::Error& e) {
            m_shell.showStatusMessage(e.message());
        }
    }
    const QString date = QLocale().toString(day, QLocale::LongFormat);
    m_header->setSubtitle(organisation.isEmpty() ? date : tr("%1 · %2").arg(organisation, date));
    showReminders();
    showCharts(charts);
}

void DashboardPage::showReminders()
{
    qDeleteAll(m_reminderLabels);
    m_reminderLabels.clear();
    for (int i = 0; i < m_reminders.size(); ++i) {
        const core::Reminder& r = m_reminders.at(i);
        auto* label = new QLabel(this);
        label->setObjectName(QStringLiteral("reminder_") + r.key);
        label->setWordWrap(true);
        label->setTextFormat(Qt::RichText);
        label->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
        label->setFocusPolicy(Qt::TabFocus);
        const QString text = r.text.toHtmlEscaped();
        const QString link =
            r.target.isEmpty() ? text : QStringLiteral("<a href=\"%1\">%2</a>").arg(QString::number(i), text);
        label->setText(r.urgent
                           ? QStringLiteral("<span style=\"color:#c62828; font-weight:bold\">● </span>%1").arg(link)
                           : QStringLiteral("<span style=\"color:#607d8b\">● </span>%1").arg(link));
        connect(label, &QLabel::linkActivated, this,
                [this](const QString& href) { open(m_reminders.value(href.toInt()).target); });
        m_reminderLayout->addWidget(label);
        m_reminderLabels << label;
    }
    m_noReminders->setVisible(m_reminders.isEmpty());
}

void DashboardPage::showCharts(const QList<core::DashboardChart>& charts)
{
    // The views stay while the charts are the same ones; only their data changes.
    bool same = charts.size() == m_charts.size();
    for (int i = 0; same && i < charts.size(); ++i)
        same = m_charts.at(i)->chart().key == charts.at(i).key;
    if (!same) {
        for (ChartView* view : std::as_const(m_charts))
            delete view->parentWidget();
        m_charts.clear();
        QWidget* area = m_chartGrid->parentWidget();
        for (int i = 0; i < charts.size(); ++i) {
            QFrame* frame = panel(area);
            auto* frameLayout = new QVBoxLayout(frame);
            frameLayout->setContentsMargins(0, 0, 0, 0);
            auto* view = new ChartView(frame);
            view->setObjectName(charts.at(i).key);
            frameLayout->addWidget(view);
            connect(view, &ChartView::activated, this, &DashboardPage::open);
            m_chartGrid->addWidget(frame, i / 2, i % 2);
            m_charts << view;
        }
    }
    for (int i = 0; i < charts.size(); ++i)
        m_charts.at(i)->setChart(charts.at(i));
}

ChartView* DashboardPage::chart(const QString& key) const
{
    for (ChartView* view : m_charts)
        if (view->chart().key == key)
            return view;
    return nullptr;
}

void DashboardPage::open(const core::PageFilter& target)
{
    if (!target.isEmpty())
        m_shell.openFiltered(target);
}

} // namespace ud::ui
