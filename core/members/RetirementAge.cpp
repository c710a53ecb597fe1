#include "core/members/RetirementAge.h"

#include <QCoreApplication>

#include <algorithm>

namespace ud::core {

namespace {

// The context the messages of this file are translated under; written Tr::tr() so that lupdate files them there.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ud::core::RetirementAge)
};

/// One line of the decision: from which birth month the age rises, by one month per `step` months of birth, up
/// to `maxDelay` months.
struct Rise {
    int originalYears;
    QDate firstBirthMonth;
    int step;
    int maxDelay;
};

const Rise* riseFor(int originalYears)
{
    static const Rise rises[] = {
        {60, QDate(1965, 1, 1), 4, 36}, // men: 60 → 63
        {55, QDate(1970, 1, 1), 4, 36}, // women whose age was 55 → 58
        {50, QDate(1975, 1, 1), 2, 60}, // women whose age was 50 → 55
    };
    for (const Rise& r : rises)
        if (r.originalYears == originalYears)
            return &r;
    return nullptr;
}

} // namespace

RetirementAge RetirementAge::forBirth(int originalYears, const QDate& birth)
{
    RetirementAge age{originalYears, 0};
    const Rise* rise = riseFor(originalYears);
    if (!rise || !birth.isValid())
        return age;
    // Months of birth since the first month the rise applies to, 0 for that month.
    const int k = (birth.year() - rise->firstBirthMonth.year()) * 12 + (birth.month() - rise->firstBirthMonth.month());
    if (k < 0)
        return age; // born before: the old age
    age.delayMonths = std::min(rise->maxDelay, k / rise->step + 1);
    return age;
}

QDate RetirementAge::dateFor(const QDate& birth) const
{
    // The decision counts in months: one retires in the month the age is reached (and the pension starts the month
    // after). The date given is the day in that month when the age is reached, the birthday, so that a list can
    // cover any range of days and sort by it; QDate moves 29 February and a 31st that the month lacks to its last
    // day, which is still the right month (counted in one step, so that a day is moved at most once).
    if (!birth.isValid())
        return {};
    return birth.addMonths(originalYears * 12 + delayMonths);
}

QString RetirementAge::text() const
{
    if (months() == 0)
        return Tr::tr("%1 years").arg(years());
    return Tr::tr("%1 years %2 months").arg(years()).arg(months());
}

QPair<QDate, QDate> RetirementAge::birthsRetiringBetween(int originalYears, const QDate& from, const QDate& to)
{
    if (!from.isValid() || !to.isValid() || from > to)
        return {};
    const auto retires = [originalYears](const QDate& birth) { return forBirth(originalYears, birth).dateFor(birth); };
    // The first birth (by whole days, as Julian day numbers) whose retirement date is not before `day`. The age is at
    // least originalYears and at most five years more, so the births lie between these bounds.
    const auto firstNotBefore = [&](const QDate& day) {
        qint64 low = day.addYears(-(originalYears + 6)).toJulianDay();
        qint64 high = day.addYears(-originalYears).addDays(1).toJulianDay();
        while (low < high) {
            const qint64 mid = low + (high - low) / 2;
            if (retires(QDate::fromJulianDay(mid)) < day)
                low = mid + 1;
            else
                high = mid;
        }
        return QDate::fromJulianDay(low);
    };
    const QDate first = firstNotBefore(from);
    const QDate last = firstNotBefore(to.addDays(1)).addDays(-1);
    if (first > last)
        return {};
    return {first, last};
}

std::optional<int> RetirementAge::originalFor(const QString& gender, int womenAge, int womenDefault)
{
    if (gender == QLatin1String("M"))
        return 60;
    if (gender != QLatin1String("F"))
        return std::nullopt;
    if (isWomenAge(womenAge))
        return womenAge;
    return isWomenAge(womenDefault) ? womenDefault : 55;
}

std::optional<StatutoryRetirement> statutoryRetirement(const QString& gender, const QDate& birth, int womenAge,
                                                       int womenDefault)
{
    const auto original = RetirementAge::originalFor(gender, womenAge, womenDefault);
    if (!original || !birth.isValid())
        return std::nullopt;
    const RetirementAge age = RetirementAge::forBirth(*original, birth);
    return StatutoryRetirement{age, age.dateFor(birth)};
}

} // namespace ud::core
