#include "core/calendar/CalendarRepository.h"

#include "core/db/ImportLog.h"
#include "core/db/Transaction.h"
#include "core/schedule/PlanDocument.h"

#include <QFileInfo>
#include <QHash>
#include <QSet>

namespace ud::core {

namespace {

QList<CalendarDay> daysOf(const QList<QVariantMap>& rows)
{
    QList<CalendarDay> days;
    for (const QVariantMap& row : rows)
        days << CalendarDay::type().fromRow(row);
    return days;
}

} // namespace

QList<CalendarDay> CalendarRepository::ofYear(int year) const
{
    return ofYears(year, year);
}

QList<CalendarDay> CalendarRepository::ofYears(int firstYear, int lastYear) const
{
    return daysOf(
        m_db.rows(QStringLiteral("SELECT * FROM calendar_days WHERE year BETWEEN :first AND :last ORDER BY day"),
                  {{QStringLiteral("first"), firstYear}, {QStringLiteral("last"), lastYear}}));
}

QList<int> CalendarRepository::years() const
{
    QList<int> list;
    for (const QVariantMap& row : m_db.rows(QStringLiteral("SELECT DISTINCT year FROM calendar_days ORDER BY year")))
        list << row.value(QStringLiteral("year")).toInt();
    return list;
}

Problems CalendarRepository::rules(const CalendarDay& day) const
{
    Problems problems;
    if (day.date.isValid() && (day.year < 1900 || day.year > 2999))
        problems.append({QStringLiteral("year"), tr("The notice's year must be from 1900 to 2999.")});
    else if (day.date.isValid() && qAbs(day.date.year() - day.year) > 1)
        problems.append({QStringLiteral("day"), tr("%1 is not near the year %2 of the notice: a notice names days of "
                                                   "its own year, and at most of the year before or after.")
                                                    .arg(day.date.toString(Qt::ISODate))
                                                    .arg(day.year)});
    return problems;
}

QString CalendarRepository::describe(const CalendarDay& day) const
{
    return day.name.isEmpty() ? day.date.toString(Qt::ISODate)
                              : QStringLiteral("%1 %2").arg(day.date.toString(Qt::ISODate), day.name);
}

QString CalendarRepository::usedMessage(const QString& title, const QString& value, const CalendarDay& other) const
{
    Q_UNUSED(title);
    Q_UNUSED(value);
    return tr("%1 is already a day of the notice of %2.").arg(describe(other)).arg(other.year);
}

QStringList CalendarRepository::yearProblems(int year, const QList<CalendarDay>& days) const
{
    QStringList list;
    QSet<QDate> seen;
    QHash<QDate, CalendarDay> others; // stored days of other years' notices
    for (const CalendarDay& d : ofYears(year - 2, year + 2))
        if (d.year != year)
            others.insert(d.date, d);
    for (CalendarDay d : days) {
        d.year = year;
        d.id = 0;
        const QString date = d.date.isValid() ? d.date.toString(Qt::ISODate) : tr("A day without a date");
        if (!d.date.isValid()) {
            list << tr("%1: the date is missing.").arg(date);
            continue;
        }
        if (seen.contains(d.date)) {
            list << tr("%1: the date is given twice.").arg(date);
            continue;
        }
        seen.insert(d.date);
        for (const Problem& p : type().fieldProblems(normalized(d)) + rules(normalized(d)))
            list << tr("%1: %2").arg(date, p.message);
        if (others.contains(d.date))
            list << tr("%1: %2").arg(date, usedMessage(QString(), QString(), others.value(d.date)));
    }
    return list;
}

qint64 CalendarRepository::replaceYear(int year, const QList<CalendarDay>& days, const QString& source)
{
    if (const QStringList problems = yearProblems(year, days); !problems.isEmpty())
        throw ValidationError(problems.join(QLatin1Char('\n')));
    Transaction tx(m_db);
    ImportBatch batch(m_db, ImportLog::Kind::Import, tables::CalendarDays, source);
    QHash<QDate, CalendarDay> stored;
    for (const CalendarDay& d : ofYear(year))
        stored.insert(d.date, d);
    QSet<QDate> kept;
    for (const CalendarDay& d : days)
        kept.insert(d.date);
    for (const CalendarDay& d : std::as_const(stored))
        if (!kept.contains(d.date))
            remove(d.id);
    for (CalendarDay d : days) {
        d.year = year;
        if (const auto it = stored.constFind(d.date); it != stored.constEnd()) {
            d.id = it->id;
            update(d);
        } else {
            d.id = 0;
            add(d);
        }
    }
    batch.finish();
    tx.commit();
    return batch.id();
}

CalendarRepository::NoticeImport CalendarRepository::importNotice(const QString& path, int year,
                                                                  std::optional<Csv::Encoding> encoding)
{
    NoticeImport result;
    result.reading = NoticeParser::parse(PlanDocument::readText(path, encoding), year);
    if (result.reading.hasProblems())
        return result;
    result.batch = replaceYear(year, result.reading.days, QFileInfo(path).absoluteFilePath());
    result.stored = true;
    return result;
}

} // namespace ud::core
