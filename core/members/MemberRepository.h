#pragma once

#include "core/db/Database.h"
#include "core/members/IdNumber.h"
#include "core/members/Member.h"
#include "core/members/MemberQuery.h"
#include "core/members/RetirementAge.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QStringList>

namespace ud::core {

/// Reads and writes members and their status history, and enforces the roster's rules.
class MemberRepository {
public:
    using Record = Member;
    /// What undo keeps of a removed member: the member and the whole status history.
    struct Snapshot {
        Member member;
        QList<MemberEvent> events;
    };

    explicit MemberRepository(Database& db) : m_db(db) {}

    std::optional<Member> byId(qint64 id) const;
    /// The member `id`; throws ValidationError when it no longer exists.
    Member require(qint64 id) const;
    Snapshot snapshot(qint64 id) const { return {require(id), events(id)}; }
    /// Puts a removed member back under its id, with its history.
    void restore(const Snapshot& snapshot) { add(snapshot.member, snapshot.events); }
    std::optional<Member> byStaffNo(const QString& staffNo) const;

    /// Brings a member into its stored form: trimmed text, ID normalized to 18 characters with X,
    /// birth date and gender filled from the ID when empty, phone digits only.
    static Member normalized(const Member& member);
    /// The same, with the ID number checked against `today`. `knownCheck`, when given, must be
    /// checkIdNumber(member.idNumber, today) and is used instead of checking again; `usedCheck` receives the
    /// check of the ID number (left alone when there is no ID number).
    static Member normalized(const Member& member, const QDate& today, const IdCheck* knownCheck = nullptr,
                             IdCheck* usedCheck = nullptr);
    /// Problems that keep `member` from being saved, each a sentence for the user; empty when it is fine.
    QStringList validate(const Member& member, const QDate& today = QDate::currentDate()) const;
    /// The part of validate() that needs no other records (not the uniqueness of staff number and ID, not the
    /// sub-union's existence), for a member already normalized: for checking many rows at once.
    static QStringList fieldProblems(const Member& normalizedMember, const QDate& today = QDate::currentDate());
    /// The same with the ID number's check already made (checkIdNumber of the member's ID number, or of the ID
    /// number before normalized() made it 18 characters), or nullptr to check it here.
    static QStringList fieldProblems(const Member& normalizedMember, const QDate& today, const IdCheck* idCheck);
    /// Why a stored gender is not valid (it is "M", "F" or empty); empty when it is.
    static QString genderProblem(const QString& gender);
    /// The stored columns of a member (with pinyin), as add() writes them.
    static QVariantMap toValues(const Member& m);
    /// The keys of toValues(), in their (sorted) order.
    static const QStringList& valueColumns();
    /// Appends the values of toValues() in valueColumns() order to `out`, with the pinyin given (Pinyin::full
    /// and Pinyin::initials of the name): for storing many members at once.
    static void appendValues(const Member& m, const QString& pinyin, const QString& initials, QVariantList& out);
    /// The original retirement age of a woman whose own is not recorded (settings::WomenRetirementAge): 50 or 55.
    int womenRetirementAge() const;
    void setWomenRetirementAge(int years);
    /// The statutory retirement age and date of `member` by the 2025 rise, or none without gender or birth date.
    std::optional<StatutoryRetirement> statutoryRetirement(const Member& member) const;

    /// Other members with the same name: "staff number · sub-union" for each, for the same-name warning.
    QStringList sameName(const QString& name, qint64 exceptId = 0) const;

    /// Adds a member with a "joined" event on the join date (today when empty); returns the id.
    /// A member with an id is put back under that id with its saved events (undo of a delete).
    qint64 add(const Member& member, const QList<MemberEvent>& restoreEvents = {});
    void update(const Member& member);
    /// Deletes a member and its events; refused when other records refer to the member.
    void remove(qint64 id);
    /// Why remove() would refuse member `id`, empty when it would not (asked before the user is asked).
    QString removalProblem(qint64 id) const;

    QList<MemberEvent> events(qint64 memberId) const;
    /// The event `id`; throws ValidationError when it no longer exists.
    MemberEvent event(qint64 eventId) const;
    /// Records a dated event and brings the member's current status and sub-union up to date. An event with an
    /// id is put back under that id (undo of its removal).
    qint64 addEvent(const MemberEvent& event, const QDate& today = QDate::currentDate());
    void removeEvent(qint64 eventId);

    /// Records events for several members at once (a transfer or retirement of a whole list), all or nothing: a
    /// refusal names the member ("张伟 20150032: …"). Returns the events as stored (with their ids), for undo.
    QList<MemberEvent> addEvents(const QList<MemberEvent>& events, const QDate& today = QDate::currentDate());
    /// Removes several events in one transaction (undo of addEvents()).
    void removeEvents(const QList<MemberEvent>& events);

    /// The text fields a clerk may set for several members at once.
    static QList<MemberColumn> batchTextColumns();
    /// Sets one text field (batchTextColumns()) of several members to `value`, all or nothing; a refusal names
    /// the member. Returns each member's old value, for undo (setTexts()).
    QHash<qint64, QString> setText(const QList<qint64>& ids, MemberColumn column, const QString& value);
    /// Puts per-member values of one text field back (undo of setText()), in one transaction.
    void setTexts(MemberColumn column, const QHash<qint64, QString>& values);

    /// A change of a member's history that is kept until the clerk confirms it (the member dialog's OK).
    struct EventChange {
        enum class Kind { Record, Remove };
        Kind kind = Kind::Record;
        MemberEvent event; // Remove: a stored event (its id)
    };
    /// What a member's history and standing would be after `changes`, by the same rules as addEvent() and
    /// removeEvent(): the changes are made in a transaction that is rolled back, so nothing is kept.
    struct EventsPreview {
        QList<MemberEvent> events;
        Member::Status status = Member::Status::Active;
        std::optional<qint64> unitId;
        QList<qint64> recordedIds; // the ids the recorded events had in the preview: they exist nowhere else
    };
    /// Throws ValidationError with the rule for the first change that would be refused. Must not be called
    /// inside a transaction (whose writes it would roll back with its own).
    EventsPreview previewEvents(qint64 memberId, const QList<EventChange>& changes,
                                const QDate& today = QDate::currentDate());

    struct RosterEntry {
        qint64 memberId = 0;
        Member::Status status = Member::Status::Active;
        std::optional<qint64> unitId;
    };
    /// Everyone who had joined by `date`, with their status and sub-union on that day, from the events.
    QList<RosterEntry> rosterAsOf(const QDate& date) const;
    /// The year's changes as the status history records them: year → event kind key (joined, rejoined,
    /// transferred, retired, left, deceased) → number of events dated in that year, for the years from `firstYear`
    /// to `lastYear`. One grouped query; the yearbook and the dashboard count the same way.
    QMap<int, QHash<QString, qint64>> eventCountsByYear(int firstYear, int lastYear) const;

private:
    void recomputeCurrent(qint64 memberId);
    Database& m_db;
};

/// A member's status events on the record conventions, for undo: removed and put back under their old ids.
class MemberEventRepository {
public:
    using Record = MemberEvent;
    using Snapshot = MemberEvent;
    explicit MemberEventRepository(Database& db) : m_members(db) {}
    Snapshot snapshot(qint64 id) const { return m_members.event(id); }
    void restore(const Snapshot& event) { m_members.addEvent(event); }
    void remove(qint64 id) { m_members.removeEvent(id); }

private:
    MemberRepository m_members;
};

} // namespace ud::core
