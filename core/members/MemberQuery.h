#pragma once

#include "core/db/Database.h"
#include "core/members/Member.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QVariantMap>

#include <optional>

namespace ud::core {

/// The columns of the member list, in their default order. The same list drives the page, the exports and
/// `members list`, so a column is defined once.
enum class MemberColumn {
    StaffNo,
    Name,
    Gender,
    BirthDate,
    IdNumber,
    UnitCode,
    UnitName,
    Status,
    Phone,
    JoinDate,
    Age,
    Ethnicity,
    Department,
    Title,
    Education,
    PoliticalStatus,
    EmploymentType,
    Note,
    OriginalRetirementAge, // a woman's 50 or 55; empty for the office's default and for men
};

/// How one column is read, shown and sorted.
struct MemberColumnInfo {
    MemberColumn column;
    QString key;     // stable key: CSV header of `members list`, settings, "staff_no"
    QString sql;     // expression over `members m` and `units u`
    QString sortSql; // expression to ORDER BY (name sorts by its pinyin)
    bool isDate = false;
    bool isSensitive = false; // ID and phone: masked unless asked otherwise
};

class MemberColumns {
public:
    /// Every column, in default order.
    static const QList<MemberColumnInfo>& all();
    static const MemberColumnInfo& info(MemberColumn column);
    static std::optional<MemberColumn> fromKey(const QString& key);
    /// The translated column title ("Staff no." / "工号").
    static QString title(MemberColumn column);
    /// The columns shown when the user has not chosen.
    static QList<MemberColumn> defaultVisible();
    static int count();
};

/// What the member list is narrowed to: the search box and the filter bar.
struct MemberFilter {
    /// Matches name fragment, pinyin initials prefix ("zw"), full pinyin prefix, staff number fragment, and
    /// ID and phone numbers as they are shown: masked, a fragment matches only the characters the mask leaves
    /// visible (or a whole masked value, "138****5678"), and the hidden digits only when the complete number
    /// is typed; with `fullNumbers`, any fragment.
    QString search;
    /// ID and phone numbers are shown in full, so the search may match any of their digits.
    bool fullNumbers = false;
    std::optional<qint64> unitId;
    std::optional<Member::Status> status;
    QString gender;                // "M", "F" or empty for both
    std::optional<int> minAge;     // inclusive, in whole years on `today`
    std::optional<int> maxAge;     // inclusive
    std::optional<int> birthMonth; // 1–12
    QDate today = QDate::currentDate();

    bool isEmpty() const;
    /// "FROM members m LEFT JOIN units u ON u.id = m.unit_id WHERE …" with its bound values added to `binds`.
    QString fromWhere(QVariantMap& binds) const;
};

/// Builds the statements behind the member list and its exports.
class MemberQuery {
public:
    /// "ORDER BY …" for a column, with the id as the tie-breaker so pages are stable. With a birthday month in
    /// `filter`, the birth date sorts by the day of the month (the order of the birthdays), then by year.
    static QString orderBy(MemberColumn column, Qt::SortOrder order, const MemberFilter& filter = {});
    /// SELECT m.id, <every column in MemberColumns::all() order> …
    static QString selectSql(const MemberFilter& filter, MemberColumn sortColumn, Qt::SortOrder order,
                             QVariantMap& binds);
    static qint64 count(const Database& db, const MemberFilter& filter);
    /// The value of a column as text for display or export (dates ISO, status translated, gender 男/女).
    static QString displayText(MemberColumn column, const QVariant& raw);
    /// The age on `day` from the Age column's raw value: from the birth date, stopping at the date of death for
    /// the deceased (none when that date is not known).
    static std::optional<int> ageFrom(const QVariant& raw, const QDate& day);
    /// Full years from `birth` to `day`.
    static int ageOn(const QDate& birth, const QDate& day);
    /// Escapes % and _ for LIKE … ESCAPE '\'.
    static QString likeEscaped(const QString& text);
};

} // namespace ud::core
