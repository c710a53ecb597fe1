#pragma once

#include <QDate>
#include <QPair>
#include <QString>

#include <optional>

namespace ud::core {

/// The statutory retirement age by the gradual rise in force since 1 January 2025 (全国人大常委会关于实施渐进式
/// 延迟法定退休年龄的决定, 2024, and its attached table): men from 60 to 63 and women whose age was 55 to 58, one
/// month later for every four months of birth from January 1965 and January 1970; women whose age was 50 to 55,
/// one month later for every two months of birth from January 1975.
struct RetirementAge {
    int originalYears = 0; // the age before the decision: 60, 55 or 50
    int delayMonths = 0;   // the months the decision adds (0 for those born before the rise starts)

    int years() const { return originalYears + delayMonths / 12; }
    int months() const { return delayMonths % 12; }

    /// The age for someone born in `birth` whose original age is `originalYears` (60, 55 or 50; any other age
    /// is kept as it is, without delay).
    static RetirementAge forBirth(int originalYears, const QDate& birth);
    /// The day someone born on `birth` reaches this age.
    QDate dateFor(const QDate& birth) const;
    /// "61 years 4 months", "60 years" (translated).
    QString text() const;
    /// The births whose statutory retirement date under `originalYears` lies between `from` and `to` (both
    /// included), as (first, last) birth date; both invalid when there are none. The date never falls as the birth
    /// date rises, so they are one range, and a count of those retiring is a range of the birth-date index.
    static QPair<QDate, QDate> birthsRetiringBetween(int originalYears, const QDate& from, const QDate& to);

    /// The original age that applies to a person: 60 for a man; for a woman `womenAge` when it is 50 or 55, else
    /// `womenDefault` (the office's setting); none when the gender is not known ("M", "F").
    static std::optional<int> originalFor(const QString& gender, int womenAge, int womenDefault);
    /// The original ages a woman can have.
    static bool isWomenAge(int years) { return years == 50 || years == 55; }
};

/// The statutory retirement age and date of a person, or none when the gender or the birth date is not known.
struct StatutoryRetirement {
    RetirementAge age;
    QDate date;
};
std::optional<StatutoryRetirement> statutoryRetirement(const QString& gender, const QDate& birth, int womenAge,
                                                       int womenDefault);

} // namespace ud::core
