#pragma once

#include "core/db/DatabaseSettings.h"
#include "core/db/Table.h"
#include "core/record/Record.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace ud::core {

/// Who an award type is for: individuals, collectives (a team, an office) or both.
enum class AwardKind { Individual, Collective, Both };
const KeyedEnum<AwardKind>& awardKinds();

/// Whether the same nominee may be given an award again: no rule, not within a number of years, never.
enum class RepeatRule { None, Years, Never };
const KeyedEnum<RepeatRule>& repeatRules();

/// What a failed check of a nomination does: refuses it (a nomination is not stored, an import stores nothing, the
/// selection passes it over) or only warns.
enum class CheckSeverity { Refuse, Warn };
const KeyedEnum<CheckSeverity>& checkSeverities();

/// The checks of a nomination, each with a stable key (awardRules()): over the sub-union's quota; the same award
/// within the type's exclusion (from the awards history); a collective's share of women, its head a woman, its size;
/// a nominee (or a collective's head) who is not an active member; the same nominee twice in the round; deeds shorter
/// than the type asks.
enum class AwardRule { Quota, Repeat, WomenShare, FemaleHead, MinSize, NotActive, Duplicate, DeedsLength };
/// The keys (quota, repeat, women_share, female_head, min_size, not_active, duplicate, deeds_length) and the
/// translated titles of the checks.
const KeyedEnum<AwardRule>& awardRules();

/// Where a round stands: nominations come in, the committee reviews and selects, the selected list is published
/// (公示), the list is final (locked).
enum class RoundStage { Nominating, Review, Publicity, Final };
const KeyedEnum<RoundStage>& roundStages();

/// A nomination of a member or of a collective.
enum class NomineeKind { Individual, Collective };
const KeyedEnum<NomineeKind>& nomineeKinds();

/// Where a nomination stands: nominated; selected by the review (and published); withdrawn (an upheld objection, or
/// by the sub-union); on the final list.
enum class NominationStatus { Nominated, Selected, Withdrawn, Final };
const KeyedEnum<NominationStatus>& nominationStatuses();

/// The outcome of an objection: not yet handled, upheld (the nomination is withdrawn), dismissed.
enum class ObjectionOutcome { Pending, Upheld, Dismissed };
const KeyedEnum<ObjectionOutcome>& objectionOutcomes();

/// Where an entry of the awards history comes from: a round's final list, or imported from earlier years' lists.
enum class HistorySource { Round, Imported };
const KeyedEnum<HistorySource>& historySources();

/// How a sub-union's quota is rounded from headcount × percent: half up, down, up.
enum class QuotaRounding { HalfUp, Down, Up };
const KeyedEnum<QuotaRounding>& quotaRoundings();

/// An award type (最美教师, 三育人先进, 巾帼文明岗 …): who it is for, the repeat exclusion, the eligibility rules of a
/// collective (0: no rule), the least length of the deeds (characters, 0: none), and for each check whether it
/// refuses or warns.
struct AwardType {
    qint64 id = 0;
    QString name;
    AwardKind kind = AwardKind::Individual;
    RepeatRule repeatRule = RepeatRule::None;
    int repeatYears = 0; // RepeatRule::Years: the number of years
    int minWomenPercent = 0;
    bool femaleHead = false;
    int minSize = 0;
    int minDeeds = 0;
    CheckSeverity quotaCheck = CheckSeverity::Refuse;
    CheckSeverity repeatCheck = CheckSeverity::Refuse;
    CheckSeverity womenShareCheck = CheckSeverity::Refuse;
    CheckSeverity femaleHeadCheck = CheckSeverity::Refuse;
    CheckSeverity minSizeCheck = CheckSeverity::Refuse;
    CheckSeverity notActiveCheck = CheckSeverity::Refuse;
    CheckSeverity duplicateCheck = CheckSeverity::Refuse;
    CheckSeverity deedsLengthCheck = CheckSeverity::Warn;
    int sortOrder = 0;
    QString note;

    /// Whether the type takes nominations of this kind.
    bool allows(NomineeKind kind) const;
    /// What a failed check of `rule` does for this type.
    CheckSeverity severity(AwardRule rule) const;
    void setSeverity(AwardRule rule, CheckSeverity severity);
    static const RecordType<AwardType>& type();
    bool operator==(const AwardType& o) const { return type().same(*this, o); }
};

/// A round of an award type in a year: key (2024-最美教师), the nomination window (both days included), the total
/// quota (how many are awarded; 0: no limit), the percent of its active members on the cut-off date a sub-union may
/// nominate (quotaBp in hundredths of a percent: 400 is 4 %; 0: no quota per sub-union), the weight of the committee's
/// score against the public vote (percent; 100: no public vote), the stage, the 公示 and the final list.
struct AwardRound {
    qint64 id = 0;
    QString key;
    int year = 0;
    qint64 awardTypeId = 0;
    QDate opens;
    QDate closes;
    int totalQuota = 0;
    int quotaBp = 0;
    QDate cutoff;
    int committeeWeight = 100;
    RoundStage stage = RoundStage::Nominating;
    QDate publicityStart;
    int publicityDays = 5; // working days
    QDate publicityEnd;    // the last day of the 公示, computed on the working calendar
    QString objectionsTo;  // where objections go (the office, a phone number, an address), for the notice
    QDate finalized;       // the day the list became final
    QString unlockReason;  // why the final list was last unlocked
    QString note;
    // read-only, joined
    QString awardName;

    bool locked() const { return stage == RoundStage::Final; }
    static const RecordType<AwardRound>& type();
    bool operator==(const AwardRound& o) const { return type().same(*this, o); }
};

/// A sub-union's quota in a round: its active members on the cut-off date, the quota computed from them, and the quota
/// that holds (another than the computed one only with its reason).
struct AwardQuota {
    qint64 id = 0;
    qint64 roundId = 0;
    qint64 unitId = 0;
    int headcount = 0;
    int computed = 0;
    int quota = 0;
    QString reason;
    // read-only, joined
    QString unitName;
    QString unitCode;

    bool adjusted() const { return quota != computed; }
    static const RecordType<AwardQuota>& type();
    bool operator==(const AwardQuota& o) const { return type().same(*this, o); }
};

/// A nomination of a round by a sub-union: a member, or a collective (its name, the department it belongs to, its
/// head, its people on the roster (memberIds), and its size and women when counted as a whole). The deeds (事迹), the
/// attachments received, whether the sub-union published its recommendation, the review's committee score (hundredths,
/// 0–10000) and public votes, and its status.
struct Nomination {
    qint64 id = 0;
    qint64 roundId = 0;
    NomineeKind kind = NomineeKind::Individual;
    std::optional<qint64> memberId; // an individual
    QString teamName;               // a collective
    QString teamUnit;
    std::optional<qint64> headMemberId;
    int teamSize = 0;  // the whole team when counted (non-members among them); 0: the listed people are the team
    int teamWomen = 0; // of teamSize
    qint64 unitId = 0; // the nominating sub-union
    QString deeds;
    bool attachments = false;
    bool published = false;
    int committeeScore = 0; // hundredths: 8750 is 87.5
    int publicVotes = 0;
    NominationStatus status = NominationStatus::Nominated;
    QString note;
    QList<qint64> memberIds; // a collective's people on the roster; not a column
    // read-only, joined
    QString memberName;
    QString staffNo;
    QString headName;
    QString headStaffNo;
    QString unitName;

    bool isCollective() const { return kind == NomineeKind::Collective; }
    /// Who is nominated, as lists name it: 张伟 20150032, or the collective's name.
    QString nominee() const;
    /// Whether it still takes part (not withdrawn).
    bool active() const { return status != NominationStatus::Withdrawn; }
    static const RecordType<Nomination>& type();
    bool operator==(const Nomination& o) const { return type().same(*this, o) && memberIds == o.memberIds; }
};

/// An objection (异议) to a nomination during its 公示.
struct Objection {
    qint64 id = 0;
    qint64 nominationId = 0;
    QDate received;
    QString content;
    QString handledBy;
    ObjectionOutcome outcome = ObjectionOutcome::Pending;
    QDate closed;
    QString finding;
    // read-only, joined
    QString nominee; // 张伟 20150032, or the collective's name

    bool open() const { return outcome == ObjectionOutcome::Pending; }
    static const RecordType<Objection>& type();
    bool operator==(const Objection& o) const { return type().same(*this, o); }
};

/// An entry of the awards history: a member, or a collective by name, given an award in a year.
struct AwardHistoryEntry {
    qint64 id = 0;
    std::optional<qint64> memberId;
    QString teamName;
    qint64 awardTypeId = 0;
    int year = 0;
    std::optional<qint64> unitId; // the sub-union that nominated, when known
    HistorySource source = HistorySource::Imported;
    std::optional<qint64> roundId;
    QString note;
    // read-only, joined
    QString memberName;
    QString staffNo;
    QString awardName;
    QString unitName;

    /// Who was given the award: 张伟 20150032, or the collective's name.
    QString nominee() const;
    static const RecordType<AwardHistoryEntry>& type();
    bool operator==(const AwardHistoryEntry& o) const { return type().same(*this, o); }
};

namespace settings {
/// How a sub-union's quota is rounded from its headcount × the round's percent: half_up, down or up.
inline constexpr DatabaseSetting AwardQuotaRounding{"awards/quota_rounding", "half_up",
                                                    QT_TRANSLATE_NOOP("ud::core", "Award quota rounding")};
/// "1": a sub-union with active members has a quota of at least 1.
inline constexpr DatabaseSetting AwardQuotaMinimumOne{"awards/quota_minimum_one", "1",
                                                      QT_TRANSLATE_NOOP("ud::core", "Award quota at least 1")};
/// The length of a 公示 in working days unless the round gives another.
inline constexpr DatabaseSetting PublicityDays{"awards/publicity_days", "5",
                                               QT_TRANSLATE_NOOP("ud::core", "Publicity period (working days)")};
/// The wording of a certificate (奖状) below the nominee's name, with {year}, {award}, {unit} (the nominating
/// sub-union) and {union} put in; empty: the standard wording.
inline constexpr DatabaseSetting CertificateText{"awards/certificate_text", "",
                                                 QT_TRANSLATE_NOOP("ud::core", "Certificate wording")};
} // namespace settings
/// The settings of the awards.
QList<DatabaseSetting> awardSettings();

namespace tables {
inline constexpr Table AwardTypes{"award_types", QT_TRANSLATE_NOOP("ud::core", "Award types"), nullptr,
                                  &recordsOf<AwardType>};
inline constexpr Table AwardRounds{"award_rounds", QT_TRANSLATE_NOOP("ud::core", "Award rounds"), nullptr,
                                   &recordsOf<AwardRound>};
inline constexpr Table AwardQuotas{"award_quotas", QT_TRANSLATE_NOOP("ud::core", "Award quotas"), nullptr,
                                   &recordsOf<AwardQuota>};
inline constexpr Table Nominations{"award_nominations", QT_TRANSLATE_NOOP("ud::core", "Award nominations"), nullptr,
                                   &recordsOf<Nomination>};
inline constexpr Table NominationMembers{"award_nomination_members",
                                         QT_TRANSLATE_NOOP("ud::core", "Members of collective nominations")};
inline constexpr Table Objections{"award_objections", QT_TRANSLATE_NOOP("ud::core", "Award objections"), nullptr,
                                  &recordsOf<Objection>};
inline constexpr Table AwardHistory{"award_history", QT_TRANSLATE_NOOP("ud::core", "Awards history"), nullptr,
                                    &recordsOf<AwardHistoryEntry>};
} // namespace tables
/// The tables of the awards.
QList<Table> awardTables();

/// A percent in hundredths (400, 250) as text: "4", "2.5".
QString percentText(int basisPoints);
/// A percent as the clerk writes it ("4", "2.5", "4%", "４％") in hundredths; nullopt for anything else or more than
/// two decimals, or outside 0–100.
std::optional<int> parsePercent(const QString& text);
/// A score in hundredths (8750) as text: "87.5".
QString scoreText(int hundredths);
/// A score as text ("87.5") in hundredths; nullopt for anything else, more than two decimals or outside 0–100.
std::optional<int> parseScore(const QString& text);

} // namespace ud::core
