#pragma once

#include "core/db/Table.h"
#include "core/record/Record.h"

#include <QDate>
#include <QString>

#include <optional>

namespace ud::core {

/// A union member (会员). `status` and `unitId` are the current ones, following from the dated events.
struct Member {
    enum class Status { Active, Retired, Left, Deceased };

    qint64 id = 0;
    QString staffNo;
    QString name;
    QString gender; // "M", "F" or empty
    QString ethnicity;
    QDate birthDate;
    QString idNumber;
    std::optional<qint64> unitId;
    QString department;
    QString title;
    QString education;
    QString politicalStatus;
    QString employmentType;
    QString phone;
    QDate joinDate;
    Status status = Status::Active;
    QString note;
    /// A woman's retirement age before the 2025 rise: 50 or 55, or 0 for the office's default
    /// (settings::WomenRetirementAge). Always 0 for a man, whose original age is 60.
    int originalRetirementAge = 0;

    static QString statusKey(Status s);
    static std::optional<Status> statusFromKey(const QString& key);
    static QString statusLabel(Status s);
    /// The stored gender ("M", "F") of what a form or a file says: M/F, 男/女, Male/Female (any case) or the labels
    /// of the language the program speaks, as exports write them; nullopt for anything else.
    static std::optional<QString> genderFromText(const QString& text);

    /// Its stored fields (the name's pinyin, derived, is not one of them).
    static const RecordType<Member>& type();
};

/// A dated change of a member's standing: joined, transferred (from → to sub-union), retired, left,
/// deceased, rejoined.
struct MemberEvent {
    enum class Kind { Joined, Transferred, Retired, Left, Deceased, Rejoined };

    qint64 id = 0;
    qint64 memberId = 0;
    QDate date;
    Kind kind = Kind::Joined;
    std::optional<qint64> unitId;     // the sub-union after the event (joined, transferred, rejoined)
    std::optional<qint64> fromUnitId; // transferred: the sub-union before
    QString note;

    static QString kindKey(Kind k);
    static std::optional<Kind> kindFromKey(const QString& key);
    static QString kindLabel(Kind k);
    /// The status a member has after this event.
    Member::Status resultingStatus() const;

    static const RecordType<MemberEvent>& type();
};

/// A member's stored value as the change history shows it: ID and mobile numbers masked (maskNumber()).
QString memberValueShown(const QString& column, const QString& value);

namespace tables {
inline constexpr Table Members{"members", QT_TRANSLATE_NOOP("ud::core", "Members"), &memberValueShown,
                               &recordsOf<Member>};
inline constexpr Table MemberEvents{"member_events", QT_TRANSLATE_NOOP("ud::core", "Member history"), nullptr,
                                    &recordsOf<MemberEvent>};
} // namespace tables
QList<Table> memberTables();

} // namespace ud::core
