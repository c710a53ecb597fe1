#include "core/schedule/ScheduleReports.h"

#include "core/io/XlsxWriter.h"

#include <QCoreApplication>
#include <QLocale>

namespace ud::core {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ud::core::ScheduleReports", text);
}

// lupdate files a tr() call under the class or namespace it stands in, not under the
// context above; outside a class of that name, calls are written Tr::tr() so that
// lupdate and the running program agree on the context.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ud::core::ScheduleReports)
};

const QString kRuns = QStringLiteral("●");
const QString kDue = QStringLiteral("▲");

QString statusText(const ScheduleItem& i)
{
    QString s = itemStatusLabel(i.status);
    if (i.status == ItemStatus::Done && i.doneDate.isValid())
        s += QLatin1Char('\n') + i.doneDate.toString(Qt::ISODate);
    return s;
}

QString subtitleOf(const PlanInfo& plan)
{
    QString s = plan.title;
    if (!plan.documentNumber.isEmpty())
        s += QStringLiteral("（%1）").arg(plan.documentNumber);
    if (plan.draft)
        s += QLatin1Char(' ') + Tr::tr("(draft)");
    return s;
}

} // namespace

QString ScheduleReports::monthTitle(int year, int month)
{
    return tr("Union work schedule for %1").arg(QLocale().toString(QDate(year, month, 1), tr("MMMM yyyy")));
}

QString ScheduleReports::yearTitle(int year)
{
    return tr("Union work schedule %1: the year at a glance").arg(year);
}

Report ScheduleReports::month(int year, int month) const
{
    const PlanInfo plan = m_repo.requirePlan(year);
    Report r;
    r.organisation = m_repo.unionName(plan);
    r.title = monthTitle(year, month);
    r.subtitle = subtitleOf(plan);
    r.columns = {{tr("No."), Report::Kind::Integer, 6},  {tr("Work item"), Report::Kind::Text, 38},
                 {tr("Timing"), Report::Kind::Text, 10}, {tr("Office"), Report::Kind::Text, 10},
                 {tr("Status"), Report::Kind::Text, 8},  {tr("Notes"), Report::Kind::Text, 12}};
    qint64 section = -1;
    int due = 0;
    for (const ScheduleItem& i : m_repo.monthItems(year, month)) {
        if (i.sectionId != section) {
            section = i.sectionId;
            r.addHeading(ScheduleSection{i.sectionId, i.sectionNumber, i.sectionTitle, 0}.heading());
        }
        const bool isDue = i.isDueIn(month);
        due += isDue ? 1 : 0;
        QString timing = i.timing;
        if (isDue)
            timing += QLatin1Char('\n') + kDue + QLatin1Char(' ') + tr("Due this month");
        r.rows.append(
            Report::Row{{QString::number(i.number), i.text, timing, i.office, statusText(i), i.notes}, {}, isDue});
    }
    if (due > 0)
        r.footnote = tr("%1 Due by the end of this month (shown in bold).").arg(kDue);
    return r;
}

Report ScheduleReports::yearOverview(int year) const
{
    const PlanInfo plan = m_repo.requirePlan(year);
    Report r;
    r.orientation = QPageLayout::Landscape;
    r.organisation = m_repo.unionName(plan);
    r.title = yearTitle(year);
    r.subtitle = subtitleOf(plan);
    r.columns = {{tr("No."), Report::Kind::Integer, 4},
                 {tr("Work item"), Report::Kind::Text, 30},
                 {tr("Timing"), Report::Kind::Text, 9}};
    for (int m = 1; m <= 12; ++m)
        r.columns.append({QString::number(m), Report::Kind::Mark, 3});
    r.columns.append({tr("Office"), Report::Kind::Text, 7});
    r.columns.append({tr("Status"), Report::Kind::Text, 6});
    qint64 section = -1;
    for (const ScheduleItem& i : m_repo.items(plan.id)) {
        if (i.sectionId != section) {
            section = i.sectionId;
            r.addHeading(ScheduleSection{i.sectionId, i.sectionNumber, i.sectionTitle, 0}.heading());
        }
        QStringList cells{QString::number(i.number), i.text, i.timing};
        for (int m = 1; m <= 12; ++m)
            cells << (i.isDueIn(m) ? kDue : i.covers(m) ? kRuns : QString());
        cells << i.office << statusText(i);
        r.rows.append(Report::Row{cells, {}, false});
    }
    r.footnote = tr("%1 the item runs in this month    %2 due by the end of this month").arg(kRuns, kDue);
    return r;
}

void ScheduleReports::exportXlsx(int year, const QString& path) const
{
    const PlanInfo plan = m_repo.requirePlan(year);
    QList<XlsxColumn> columns{{tr("Section"), XlsxColumn::Kind::Text, 24},
                              {tr("No."), XlsxColumn::Kind::Integer, 5},
                              {tr("Work item"), XlsxColumn::Kind::Text, 60},
                              {tr("Timing"), XlsxColumn::Kind::Text, 14}};
    for (int m = 1; m <= 12; ++m)
        columns.append({QLocale().standaloneMonthName(m, QLocale::ShortFormat), XlsxColumn::Kind::Text, 6});
    columns.append({tr("Deadline"), XlsxColumn::Kind::Text, 8});
    columns.append({tr("Office"), XlsxColumn::Kind::Text, 14});
    columns.append({tr("Status"), XlsxColumn::Kind::Text, 10});
    columns.append({tr("Done on"), XlsxColumn::Kind::Date, 11});
    columns.append({tr("Notes"), XlsxColumn::Kind::Text, 24});
    columns.append({tr("Months to check"), XlsxColumn::Kind::Text, 10});

    XlsxWriter writer(path);
    writer.addSheet(tr("Schedule %1").arg(year), columns);
    for (const ScheduleItem& i : m_repo.items(plan.id)) {
        QVariantList row{ScheduleSection{i.sectionId, i.sectionNumber, i.sectionTitle, 0}.heading(), i.number, i.text,
                         i.timing};
        for (int m = 1; m <= 12; ++m)
            row << (i.isDueIn(m) ? tr("due") : i.covers(m) ? QStringLiteral("✓") : QString());
        row << (i.deadline ? tr("yes") : QString()) << i.office << itemStatusLabel(i.status)
            << (i.doneDate.isValid() ? QVariant(i.doneDate) : QVariant()) << i.notes
            << (i.monthsNeedChecking ? tr("yes") : QString());
        writer.addRow(row);
    }
    writer.addSheet(tr("Key points %1").arg(year), {{tr("Section"), XlsxColumn::Kind::Text, 30},
                                                    {tr("No."), XlsxColumn::Kind::Integer, 5},
                                                    {tr("Key point"), XlsxColumn::Kind::Text, 100}});
    for (const KeyPointSection& s : m_repo.keyPoints(plan.id))
        for (const KeyPoint& p : s.points)
            writer.addRow({s.heading(), p.number, p.text});
    writer.finish();
}

} // namespace ud::core
