#include "core/schedule/ScheduleReports.h"

#include "core/io/XlsxWriter.h"

#include <QCoreApplication>
#include <QLocale>

namespace ud::core {

namespace {

// The context the messages of this file are translated under; written Tr::tr() so that lupdate files them there.
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
    return Tr::tr("Union work schedule for %1").arg(QLocale().toString(QDate(year, month, 1), Tr::tr("MMMM yyyy")));
}

QString ScheduleReports::yearTitle(int year)
{
    return Tr::tr("Union work schedule %1: the year at a glance").arg(year);
}

Report ScheduleReports::month(int year, int month) const
{
    const PlanInfo plan = m_repo.requirePlan(year);
    Report r;
    r.organisation = m_repo.unionName(plan);
    r.title = monthTitle(year, month);
    r.subtitle = subtitleOf(plan);
    r.columns = {{Tr::tr("No."), Report::Kind::Integer, 6},  {Tr::tr("Work item"), Report::Kind::Text, 38},
                 {Tr::tr("Timing"), Report::Kind::Text, 10}, {Tr::tr("Office"), Report::Kind::Text, 10},
                 {Tr::tr("Status"), Report::Kind::Text, 8},  {Tr::tr("Notes"), Report::Kind::Text, 12}};
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
            timing += QLatin1Char('\n') + kDue + QLatin1Char(' ') + Tr::tr("Due this month");
        r.rows.append(
            Report::Row{{QString::number(i.number), i.text, timing, i.office, statusText(i), i.notes}, {}, isDue});
    }
    if (due > 0)
        r.footnote = Tr::tr("%1 Due by the end of this month (shown in bold).").arg(kDue);
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
    r.columns = {{Tr::tr("No."), Report::Kind::Integer, 4},
                 {Tr::tr("Work item"), Report::Kind::Text, 30},
                 {Tr::tr("Timing"), Report::Kind::Text, 9}};
    for (int m = 1; m <= 12; ++m)
        r.columns.append({QString::number(m), Report::Kind::Mark, 3});
    r.columns.append({Tr::tr("Office"), Report::Kind::Text, 7});
    r.columns.append({Tr::tr("Status"), Report::Kind::Text, 6});
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
    r.footnote = Tr::tr("%1 the item runs in this month    %2 due by the end of this month").arg(kRuns, kDue);
    return r;
}

void ScheduleReports::exportXlsx(int year, const QString& path) const
{
    const PlanInfo plan = m_repo.requirePlan(year);
    QList<XlsxColumn> columns{{Tr::tr("Section"), XlsxColumn::Kind::Text, 24},
                              {Tr::tr("No."), XlsxColumn::Kind::Integer, 5},
                              {Tr::tr("Work item"), XlsxColumn::Kind::Text, 60},
                              {Tr::tr("Timing"), XlsxColumn::Kind::Text, 14}};
    for (int m = 1; m <= 12; ++m)
        columns.append({QLocale().standaloneMonthName(m, QLocale::ShortFormat), XlsxColumn::Kind::Text, 6});
    columns.append({Tr::tr("Deadline"), XlsxColumn::Kind::Text, 8});
    columns.append({Tr::tr("Office"), XlsxColumn::Kind::Text, 14});
    columns.append({Tr::tr("Status"), XlsxColumn::Kind::Text, 10});
    columns.append({Tr::tr("Done on"), XlsxColumn::Kind::Date, 11});
    columns.append({Tr::tr("Notes"), XlsxColumn::Kind::Text, 24});
    columns.append({Tr::tr("Months to check"), XlsxColumn::Kind::Text, 10});

    XlsxWriter writer(path);
    writer.addSheet(Tr::tr("Schedule %1").arg(year), columns);
    for (const ScheduleItem& i : m_repo.items(plan.id)) {
        QVariantList row{ScheduleSection{i.sectionId, i.sectionNumber, i.sectionTitle, 0}.heading(), i.number, i.text,
                         i.timing};
        for (int m = 1; m <= 12; ++m)
            row << (i.isDueIn(m) ? Tr::tr("due") : i.covers(m) ? QStringLiteral("✓") : QString());
        row << (i.deadline ? Tr::tr("yes") : QString()) << i.office << itemStatusLabel(i.status)
            << (i.doneDate.isValid() ? QVariant(i.doneDate) : QVariant()) << i.notes
            << (i.monthsNeedChecking ? Tr::tr("yes") : QString());
        writer.addRow(row);
    }
    writer.addSheet(Tr::tr("Key points %1").arg(year), {{Tr::tr("Section"), XlsxColumn::Kind::Text, 30},
                                                        {Tr::tr("No."), XlsxColumn::Kind::Integer, 5},
                                                        {Tr::tr("Key point"), XlsxColumn::Kind::Text, 100}});
    for (const KeyPointSection& s : m_repo.keyPoints(plan.id))
        for (const KeyPoint& p : s.points)
            writer.addRow({s.heading(), p.number, p.text});
    writer.finish();
}

} // namespace ud::core
