#pragma once

#include "core/db/DatabaseSettings.h"
#include "core/db/Table.h"
#include "core/record/Record.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace ud::core {

/// Why a family is in hardship.
enum class HardshipCause { Illness, Accident, Disaster, Family, Other };
const KeyedEnum<HardshipCause>& hardshipCauses();

/// Help given as money or as goods (慰问品).
enum class GivenForm { Cash, Goods };
const KeyedEnum<GivenForm>& givenForms();

/// Who funds hardship help: the university union, the sub-union or a higher union (上级工会).
enum class HardshipFunder { University, SubUnion, Higher };
const KeyedEnum<HardshipFunder>& hardshipFunders();

/// Who pays a care visit: the university union or the sub-union.
enum class CarePayer { University, SubUnion };
const KeyedEnum<CarePayer>& carePayers();

/// Where a hardship case's review stands (the sub-union reviews and publicises, the union office approves).
enum class HardshipReview { Pending, Approved, Rejected };
const KeyedEnum<HardshipReview>& hardshipReviews();

/// A care kind's amount: the standard sum (fixed) or the most that may be paid (cap).
enum class AmountMode { Fixed, Cap };
const KeyedEnum<AmountMode>& amountModes();

/// How often a member may have a visit of a kind: no limit, once in a calendar year, once ever.
enum class CareFrequency { None, PerYear, Once };
const KeyedEnum<CareFrequency>& careFrequencies();

/// What happens to a visit over its kind's amount or frequency: refused, or allowed with the reason recorded.
enum class OverRule { Refuse, Reason };
const KeyedEnum<OverRule>& overRules();

/// A hardship case (送温暖/帮扶): a member's family in difficulty, its cause, household and income, the help given,
/// who funds it and the review.
struct HardshipCase {
    qint64 id = 0;
    qint64 memberId = 0;
    std::optional<qint64> unitId; // the member's sub-union when recorded
    QDate given;
    HardshipCause cause = HardshipCause::Illness;
    QString situation;
    int householdSize = 1;
    qint64 incomePerHead = 0; // fen a month
    GivenForm form = GivenForm::Cash;
    qint64 amount = 0; // fen
    HardshipFunder fundedBy = HardshipFunder::University;
    HardshipReview review = HardshipReview::Pending;
    QString note;
    // read-only, joined
    QString name;
    QString staffNo;
    QString unitName;

    static const RecordType<HardshipCase>& type();
    bool operator==(const HardshipCase& o) const { return type().same(*this, o); }
};

/// A kind of care visit in a year's table (婚嫁, 生育, 住院 …): its standard amount or cap (0: no limit), who pays,
/// cash or goods, how often, and what happens to a visit over them. `key` is the same for the kind every year.
struct CareKind {
    qint64 id = 0;
    int year = 0;
    QString key;
    QString name;
    AmountMode amountMode = AmountMode::Cap;
    qint64 amount = 0; // fen
    CarePayer payer = CarePayer::SubUnion;
    GivenForm form = GivenForm::Cash;
    CareFrequency frequency = CareFrequency::None;
    OverRule overRule = OverRule::Refuse;
    int sortOrder = 0;

    static const RecordType<CareKind>& type();
    bool operator==(const CareKind& o) const { return type().same(*this, o); }
};

/// A care visit (慰问): the member, the kind (of the visit's year), the day, what was given and who paid, the reason
/// for going over the kind's amount or frequency, who went.
struct CareVisit {
    qint64 id = 0;
    qint64 memberId = 0;
    std::optional<qint64> unitId; // the member's sub-union when recorded
    qint64 kindId = 0;
    QDate visited;
    qint64 amount = 0; // fen
    GivenForm form = GivenForm::Cash;
    CarePayer payer = CarePayer::SubUnion;
    QString reason;
    QString visitors;
    QString note;
    // read-only, joined
    QString name;
    QString staffNo;
    QString unitName;
    QString kindKey;
    QString kindName;

    static const RecordType<CareVisit>& type();
    bool operator==(const CareVisit& o) const { return type().same(*this, o); }
};

namespace settings {
/// "1": a second hardship case of a member in the same year is warned about before it is saved (help is normally
/// given once a year per family).
inline constexpr DatabaseSetting HardshipOncePerYear{
    "care/hardship_once_per_year", "1", QT_TRANSLATE_NOOP("ud::core", "Warn of a second hardship case in a year")};
} // namespace settings

namespace tables {
inline constexpr Table HardshipCases{"hardship_cases", QT_TRANSLATE_NOOP("ud::core", "Hardship cases"), nullptr,
                                     &recordsOf<HardshipCase>};
inline constexpr Table CareKinds{"care_kinds", QT_TRANSLATE_NOOP("ud::core", "Care kinds"), nullptr,
                                 &recordsOf<CareKind>};
inline constexpr Table CareVisits{"care_visits", QT_TRANSLATE_NOOP("ud::core", "Care visits"), nullptr,
                                  &recordsOf<CareVisit>};
} // namespace tables
/// The tables of hardship help and care visits.
QList<Table> careTables();

} // namespace ud::core
