#pragma once

#include "core/awards/Awards.h"
#include "core/record/RecordRepository.h"

#include <QHash>

namespace ud::core {

/// A failed check of a nomination: the nomination, the rule (awardRules() gives its key and title), whether the award
/// type refuses or only warns, and a sentence that names the rule and says what is wrong.
struct AwardProblem {
    qint64 nominationId = 0; // 0: a nomination not stored yet
    AwardRule rule = AwardRule::Quota;
    CheckSeverity severity = CheckSeverity::Refuse;
    QString message;

    bool refuses() const { return severity == CheckSeverity::Refuse; }
};

/// A sub-union's quota from its headcount: headcount × percent (hundredths of a percent) rounded as `rounding` says,
/// at least 1 for a sub-union with active members when `minimumOne`; 0 without a percent.
int quotaFor(int headcount, int basisPoints, QuotaRounding rounding, bool minimumOne);

/// Award types (in settings): the defaults of the published calls, and the rules' consistency.
class AwardTypeRepository : public RecordRepository<AwardType> {
public:
    explicit AwardTypeRepository(Database& db) : RecordRepository(db, AwardType::type()) {}

    std::optional<AwardType> byName(const QString& name) const { return byKey(name); }
    /// The type of that name; throws ValidationError naming the types there are when there is none.
    AwardType requireName(const QString& name) const;
    /// The plan's award types as the published calls have them: 最美教师 (individual); 三育人先进 (individual or
    /// collective); 巾帼文明岗 (collective, at least 60 % women, a woman as head, at least 3 people, not again within 3
    /// years); 巾帼建功标兵 (individual, not again within 3 years); 工会工作先进 (individual or collective);
    /// 优秀工会积极分子 (individual). Every check refuses but the deeds' length, which warns.
    static QList<AwardType> defaultTypes();
    /// Adds the default types the database lacks (by name) in one transaction; returns their ids.
    QList<qint64> addDefaults();

    /// The types as `awards types list` gives them (the default ones while none are stored): for scripts the keys of
    /// csvHeader() and the stored values, else the fields' titles and the values as lists show them.
    static QStringList listTitles();
    QList<QStringList> listRows(bool forScripts) const;

protected:
    QString orderBy() const override { return QStringLiteral("sort_order, name"); }
    Problems rules(const AwardType& type) const override;
    QString describe(const AwardType& type) const override { return type.name; }
};

/// The awards history: who was given which award in which year, from a round's final list or imported. The repeat
/// rule reads it; a member's dialog shows the member's entries.
class AwardHistoryRepository : public RecordRepository<AwardHistoryEntry> {
public:
    explicit AwardHistoryRepository(Database& db) : RecordRepository(db, AwardHistoryEntry::type()) {}

    /// A member's awards, newest first.
    QList<AwardHistoryEntry> ofMember(qint64 memberId) const;
    /// The stored entry other than `entry` itself with the same nominee (member, or collective by name), award and
    /// year; nullopt when there is none.
    std::optional<qint64> sameEntry(const AwardHistoryEntry& entry) const;
    /// A year's awards (0: every year), by year (newest first), award and name.
    QList<AwardHistoryEntry> ofYear(int year) const;

    /// The list as `awards history list` and files give it (keys year,award,staff_no,name,collective,unit,source,
    /// round) and as people read it (titles).
    static QStringList listKeys();
    static QStringList listTitles();
    QList<QStringList> listRows(int year, bool forScripts) const;
    Report listReport(int year) const;

protected:
    QString selectSql() const override;
    QString alias() const override { return QStringLiteral("h"); }
    QString orderBy() const override
    {
        return QStringLiteral("h.year DESC, t.sort_order, t.name, m.name, h.team_name, h.id");
    }
    AwardHistoryEntry normalized(const AwardHistoryEntry& entry) const override;
    Problems rules(const AwardHistoryEntry& entry) const override;
    QString describe(const AwardHistoryEntry& entry) const override;
};

/// A collective's people as the checks count them: the size and women the sub-union gave for the whole collective, or
/// else its listed members and the women among them (by the roster's gender).
struct TeamCount {
    int size = 0;
    int women = 0;
};

/// The nominations of the rounds and their checks. A nomination is added (nominate()) while its round takes
/// nominations; a check whose award type refuses keeps it out, the others are warnings the page shows. Edits and
/// withdrawals are refused once the round's list is final. The review, the 公示 and the final list are steps of the
/// round (AwardRoundRepository). Write through nominate(), edit(), withdraw() and erase(), which keep a collective's
/// people and the round's stage; the base's add(), update() and remove() know neither. An undo step keeps the round's
/// RoundFile before and after (AwardRoundRepository::file() and restore()).
class NominationRepository : public RecordRepository<Nomination> {
public:
    explicit NominationRepository(Database& db) : RecordRepository(db, Nomination::type()) {}

    /// A nomination with its collective's people (memberIds); nullopt when there is none.
    std::optional<Nomination> withMembers(qint64 id) const;
    /// The round's nominations in the order they came in, with their people.
    QList<Nomination> ofRound(qint64 roundId) const;

    /// A collective's people and women as the checks count them; 0 and 0 for an individual.
    TeamCount teamCount(const Nomination& nomination) const;

    /// Every failed check of the round's nominations that take part (not withdrawn): one entry per nomination and
    /// rule, nominations in the order they came in, rules in the order of awardRules(). A nomination over its
    /// sub-union's quota, or nominated again, is the later one in that order.
    QList<AwardProblem> roundProblems(qint64 roundId) const;
    /// The checks of `nomination` as it would be stored (a new one after the round's others; a stored one in its
    /// place), for a dialog before it saves.
    QList<AwardProblem> checks(const Nomination& nomination) const;

    /// Stores a new nomination with its people. Refused with ValidationError (every reason on its own line) for a
    /// problem of its fields, a round that no longer takes nominations, a kind the award is not for, or a check the
    /// award type refuses; the warnings go to `warnings`.
    qint64 nominate(const Nomination& nomination, QList<AwardProblem>* warnings = nullptr);
    /// Stores a nomination's fields and people, by the same rules; its status and review stay. Not once the list is
    /// final.
    void edit(const Nomination& nomination, QList<AwardProblem>* warnings = nullptr);
    /// Withdraws a nomination (the sub-union takes it back), with the reason in its note. Not once the list is final.
    void withdraw(qint64 id, const QString& reason);
    /// Removes a nomination entered by mistake, with its people: while the round takes nominations and nothing refers
    /// to it.
    void erase(qint64 id);

protected:
    QString selectSql() const override;
    QString alias() const override { return QStringLiteral("n"); }
    QString orderBy() const override { return QStringLiteral("n.round_id, n.id"); }
    Nomination normalized(const Nomination& nomination) const override;
    Problems rules(const Nomination& nomination) const override;
    QString describe(const Nomination& nomination) const override { return nomination.nominee(); }
    QString missingMessage() const override;

private:
    friend class AwardRoundRepository;
    void writeMembers(qint64 id, const QList<qint64>& memberIds);
    QList<AwardProblem> check(qint64 roundId, const std::optional<Nomination>& candidate, bool all) const;
    void store(const Nomination& nomination, QList<AwardProblem>* warnings, bool isNew, qint64* id);
};

/// A nomination's place in the review: its committee score and public votes combined with the round's weights (a
/// public vote scores votes / the most votes of the round × 100), and its rank (1 is first; ties share a rank).
struct RankedNomination {
    Nomination nomination;
    int publicScore = 0; // hundredths
    int total = 0;       // hundredths
    int rank = 0;
};

/// A round with everything it owns: what an undo step keeps and puts back (AwardRoundRepository::restore()).
struct RoundFile {
    AwardRound round;
    QList<AwardQuota> quotas;
    QList<Nomination> nominations; // with their people
    QList<Objection> objections;
    QList<AwardHistoryEntry> history; // the entries its final list made
};

/// Rounds of the awards and their steps: the quotas of the sub-unions, the review (scores, ranking, the selection
/// within the quotas), the 公示 on the working calendar, objections, the final list (locked) and unlocking it. Each
/// step is one transaction with its change history; each refusal names its rule.
///
/// Stages: nominating → (closeNominations) review → (startPublicity) publicity → (finalize) final; reopenNominations
/// and stopPublicity go back one stage, unlock goes back from final to publicity.
class AwardRoundRepository : public RecordRepository<AwardRound> {
public:
    using Snapshot = RoundFile;

    explicit AwardRoundRepository(Database& db) : RecordRepository(db, AwardRound::type()) {}

    /// The round of a key; throws ValidationError naming the key when there is none.
    AwardRound requireKey(const QString& key) const;
    /// A year's rounds (0: every year), newest year first, by award.
    QList<AwardRound> ofYear(int year) const;
    /// The round and everything it owns; throws ValidationError when it no longer exists.
    RoundFile file(qint64 id) const;

    /// Adds a round in its first stage and, when it has a quota percent, computes its sub-unions' quotas; returns its
    /// id.
    qint64 open(const AwardRound& round);
    /// Removes a round with its quotas (the undo of open()); refused while it has nominations.
    void erase(qint64 id);
    /// Stores a round's own fields (key, window, quotas, weights, where objections go); its stage and 公示 change only
    /// through the steps. Not once the list is final.
    void edit(const AwardRound& round);

    // ---- quotas
    /// The active members of each sub-union on `day` (from the members' status history).
    QHash<qint64, int> headcounts(const QDate& day) const;
    /// The sub-unions' quotas of the round, in the sub-unions' order.
    QList<AwardQuota> quotas(qint64 roundId) const;
    /// The quota of a sub-union in the round; nullopt when the round has no quotas per sub-union. A round with quotas
    /// gives 0 to a sub-union it has none for.
    std::optional<int> quotaOf(qint64 roundId, qint64 unitId) const;
    /// (Re)computes the quota of every sub-union with active members on the cut-off date (the settings say the
    /// rounding and the minimum); a quota the clerk set with a reason stays. Refused without a percent and a cut-off
    /// date, and once the list is final.
    void computeQuotas(qint64 roundId);
    /// Sets a sub-union's quota by hand; another than the computed one needs the reason, which the change history
    /// keeps. The computed quota with an empty reason takes the change back.
    void setQuota(qint64 roundId, qint64 unitId, int quota, const QString& reason);

    // ---- review
    /// Back to nominations, or on to the review.
    void closeNominations(qint64 roundId);
    void reopenNominations(qint64 roundId);
    /// Records the committee's score (hundredths, 0–10000) and the public votes of a nomination, during the review.
    void setScore(qint64 nominationId, int committeeScore, int publicVotes);
    /// The round's nominations that take part, best first: by total, then committee score, then the order they came
    /// in.
    QList<RankedNomination> ranking(qint64 roundId) const;
    /// Selects down the ranking within the quotas (the total and each sub-union's); passes over a nomination a
    /// refusing check keeps out. The others go back to nominated. Returns how many were selected.
    int selectByRanking(qint64 roundId);
    /// Selects or deselects one nomination by hand during the review: within the total quota, and within its
    /// sub-union's quota unless the award only warns of it; not a nomination a refusing check keeps out.
    void setSelected(qint64 nominationId, bool selected);

    // ---- 公示
    /// The last day of a 公示 of `days` working days from `start`, on the working calendar (whether the first day
    /// counts is the calendar's setting).
    QDate publicityEnd(const QDate& start, int days) const;
    /// Publishes the selected list from `start` for `days` working days (0: settings::PublicityDays); the end is
    /// computed on the working calendar. From the review, with at least one nomination selected.
    void startPublicity(qint64 roundId, const QDate& start, int days = 0, const QString& objectionsTo = {});
    /// Takes the 公示 back (to the review) while no objection was recorded.
    void stopPublicity(qint64 roundId);
    /// Records an objection to a selected nomination during the 公示; returns its id.
    qint64 addObjection(const Objection& objection);
    /// Closes an objection on `day`: upheld withdraws the nomination, dismissed leaves it. Not once the list is final.
    void closeObjection(qint64 objectionId, ObjectionOutcome outcome, const QDate& day, const QString& handledBy,
                        const QString& finding);
    /// The round's objections, by the day received.
    QList<Objection> objections(qint64 roundId) const;

    // ---- final list
    /// Why finalize() on `today` would refuse (the 公示 has not ended, objections are open …), empty when it would not.
    QString finalizeProblem(qint64 roundId, const QDate& today) const;
    /// Locks the list as final once the 公示 has ended (after its last day) and every objection is closed: the
    /// selected nominations are awarded and enter the awards history.
    void finalize(qint64 roundId, const QDate& today);
    /// Unlocks a final list (back to the 公示): the reason is required and kept in the change history; the round's
    /// entries leave the awards history until it is final again.
    void unlock(qint64 roundId, const QString& reason);

    /// Puts a round back as `file` holds it (undo and redo of any step), everything it owns with it.
    void restore(const RoundFile& file);

    /// The round `roundId`; throws ValidationError when it no longer exists or its list is final (locked).
    AwardRound requireUnlocked(qint64 roundId) const;

protected:
    QString selectSql() const override;
    QString alias() const override { return QStringLiteral("r"); }
    QString orderBy() const override { return QStringLiteral("r.year DESC, t.sort_order, t.name, r.round_key"); }
    Problems rules(const AwardRound& round) const override;
    QString describe(const AwardRound& round) const override { return round.key; }
    QString missingMessage() const override;

private:
    void setStage(AwardRound round, RoundStage stage);
    template <class T>
    void restoreRows(const QString& table, const QString& where, qint64 ownerId, const QList<T>& rows);
};

} // namespace ud::core
