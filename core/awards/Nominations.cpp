#include "core/awards/AwardRepositories.h"

#include "core/db/Transaction.h"
#include "core/members/Member.h"

#include <QCoreApplication>
#include <QSet>

namespace ud::core {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ud::core::Nominations)
};

QVariantMap idBind(qint64 id)
{
    return {{QStringLiteral("id"), id}};
}

/// What the checks need of a member.
struct Person {
    QString label; // 张伟 20150032
    QString gender;
    Member::Status status = Member::Status::Active;
    bool exists = false;
};

class People {
public:
    explicit People(Database& db) : m_db(db) {}
    const Person& of(qint64 id)
    {
        auto it = m_cache.find(id);
        if (it != m_cache.end())
            return *it;
        Person p;
        const auto rows =
            m_db.rows(QStringLiteral("SELECT name, staff_no, gender, status FROM members WHERE id = :id"), idBind(id));
        if (!rows.isEmpty()) {
            const QVariantMap& r = rows.first();
            p.exists = true;
            p.label = QStringLiteral("%1 %2").arg(r.value(QStringLiteral("name")).toString(),
                                                  r.value(QStringLiteral("staff_no")).toString());
            p.gender = r.value(QStringLiteral("gender")).toString();
            p.status =
                Member::statusFromKey(r.value(QStringLiteral("status")).toString()).value_or(Member::Status::Active);
        }
        return *m_cache.insert(id, p);
    }

private:
    Database& m_db;
    QHash<qint64, Person> m_cache;
};

TeamCount countOf(const Nomination& n, People& people)
{
    if (!n.isCollective())
        return {};
    if (n.teamSize > 0)
        return {n.teamSize, n.teamWomen};
    TeamCount c;
    for (qint64 id : n.memberIds) {
        ++c.size;
        if (people.of(id).gender == QLatin1String("F"))
            ++c.women;
    }
    return c;
}

/// The deeds' length as the calls count it: characters without spaces and line breaks.
int deedsLength(const QString& deeds)
{
    int n = 0;
    for (const QChar c : deeds)
        if (!c.isSpace())
            ++n;
    return n;
}

QString ruleMessage(AwardRule rule, const QString& detail)
{
    return Tr::tr("%1: %2").arg(awardRules().label(rule), detail);
}

/// How the duplicate check knows a nominee: the member, or the collective's name (case and spaces aside).
QString nomineeKey(const Nomination& n)
{
    if (!n.isCollective())
        return QStringLiteral("m%1").arg(n.memberId.value_or(0));
    QString name = n.teamName;
    name.remove(QLatin1Char(' '));
    name.remove(QChar(0x3000));
    return QStringLiteral("t") + name.toCaseFolded();
}

} // namespace

QString NominationRepository::selectSql() const
{
    return QStringLiteral("SELECT n.*, m.name AS member_name, m.staff_no AS member_staff_no, h.name AS head_name, "
                          "h.staff_no AS head_staff_no, u.name AS unit_name FROM award_nominations n "
                          "LEFT JOIN members m ON m.id = n.member_id LEFT JOIN members h ON h.id = n.head_member_id "
                          "LEFT JOIN units u ON u.id = n.unit_id");
}

QString NominationRepository::missingMessage() const
{
    return Tr::tr("The nomination no longer exists; another user may have deleted it.");
}

std::optional<Nomination> NominationRepository::withMembers(qint64 id) const
{
    auto n = byId(id);
    if (!n)
        return n;
    for (const QVariantMap& row : m_db.rows(
             QStringLiteral("SELECT member_id FROM award_nomination_members WHERE nomination_id = :id ORDER BY id"),
             idBind(id)))
        n->memberIds << row.value(QStringLiteral("member_id")).toLongLong();
    return n;
}

QList<Nomination> NominationRepository::ofRound(qint64 roundId) const
{
    const QVariantMap bind{{QStringLiteral("r"), roundId}};
    QHash<qint64, QList<qint64>> members;
    for (const QVariantMap& row : m_db.rows(
             QStringLiteral("SELECT x.nomination_id, x.member_id FROM award_nomination_members x "
                            "JOIN award_nominations n ON n.id = x.nomination_id WHERE n.round_id = :r ORDER BY x.id"),
             bind))
        members[row.value(QStringLiteral("nomination_id")).toLongLong()]
            << row.value(QStringLiteral("member_id")).toLongLong();
    QList<Nomination> list;
    for (const QVariantMap& row :
         m_db.rows(selectSql() + QStringLiteral(" WHERE n.round_id = :r ORDER BY n.id"), bind)) {
        Nomination n = m_type.fromRow(row);
        n.memberIds = members.value(n.id);
        list << n;
    }
    return list;
}

Nomination NominationRepository::normalized(const Nomination& nomination) const
{
    Nomination n = RecordRepository::normalized(nomination);
    // An individual has no collective's fields, a collective no member of its own.
    if (n.isCollective()) {
        n.memberId.reset();
    } else {
        n.teamName.clear();
        n.teamUnit.clear();
        n.headMemberId.reset();
        n.teamSize = 0;
        n.teamWomen = 0;
        n.memberIds.clear();
    }
    return n;
}

Problems NominationRepository::rules(const Nomination& n) const
{
    Problems list;
    const auto round = AwardRoundRepository(m_db).byId(n.roundId);
    if (!round) {
        list.append({QStringLiteral("round_id"), Tr::tr("The round of the nomination does not exist.")});
        return list;
    }
    const auto type = AwardTypeRepository(m_db).byId(round->awardTypeId);
    if (type && !type->allows(n.kind))
        list.append(
            {QStringLiteral("kind"),
             n.isCollective()
                 ? Tr::tr("Rule: %1 is awarded to individuals only; this nomination is of a collective.")
                       .arg(type->name)
                 : Tr::tr("Rule: %1 is awarded to collectives only; this nomination is of a member.").arg(type->name)});
    if (!n.isCollective() && !n.memberId)
        list.append({QStringLiteral("member_id"), Tr::tr("Give the member who is nominated.")});
    if (n.isCollective()) {
        if (n.teamName.isEmpty())
            list.append({QStringLiteral("team_name"), Tr::tr("Give the name of the collective.")});
        if (n.teamSize < 0 || n.teamWomen < 0 || n.teamSize > 99999 || n.teamWomen > 99999)
            list.append({QStringLiteral("team_size"), Tr::tr("The numbers of people are 0–99999.")});
        else if (n.teamWomen > n.teamSize)
            list.append({QStringLiteral("team_women"),
                         n.teamSize == 0
                             ? Tr::tr("Give the number of people of the collective with its number of women.")
                             : Tr::tr("The collective has %1 people; it cannot have %2 women.")
                                   .arg(n.teamSize)
                                   .arg(n.teamWomen)});
        else if (n.teamSize > 0 && n.teamSize < n.memberIds.size())
            list.append({QStringLiteral("team_size"), Tr::tr("The collective has %1 people, but %2 members are listed.")
                                                          .arg(n.teamSize)
                                                          .arg(n.memberIds.size())});
        QSet<qint64> seen;
        for (qint64 id : n.memberIds) {
            if (seen.contains(id))
                list.append({QStringLiteral("members"), Tr::tr("A member is listed twice in the collective.")});
            seen.insert(id);
        }
    }
    if (n.committeeScore < 0 || n.committeeScore > 10000)
        list.append({QStringLiteral("committee_score"), Tr::tr("A score is 0–100.")});
    if (n.publicVotes < 0)
        list.append({QStringLiteral("public_votes"), Tr::tr("Votes cannot be fewer than 0.")});
    return list;
}

// ---- the checks

QList<AwardProblem> NominationRepository::check(qint64 roundId, const std::optional<Nomination>& candidate,
                                                bool all) const
{
    QList<AwardProblem> problems;
    const auto round = AwardRoundRepository(m_db).byId(roundId);
    if (!round)
        return problems;
    const auto type = AwardTypeRepository(m_db).byId(round->awardTypeId);
    if (!type)
        return problems;

    // The nominations that take part, in the order they came in; a candidate in its place, a new one last.
    QList<Nomination> list;
    bool placed = false;
    for (const Nomination& n : ofRound(roundId)) {
        if (candidate && candidate->id != 0 && n.id == candidate->id) {
            if (candidate->active())
                list << *candidate;
            placed = true;
        } else if (n.active()) {
            list << n;
        }
    }
    if (candidate && !placed && candidate->active())
        list << *candidate;

    AwardRoundRepository rounds(m_db);
    QHash<qint64, int> quota; // sub-union → quota, when the round has quotas
    bool hasQuotas = round->quotaBp > 0;
    for (const AwardQuota& q : rounds.quotas(roundId)) {
        quota[q.unitId] += q.quota; // two rows of a sub-union (after a merge of sub-unions) add up
        hasQuotas = true;
    }
    QHash<qint64, QString> unitNames;
    for (const QVariantMap& row : m_db.rows(QStringLiteral("SELECT id, name FROM units")))
        unitNames.insert(row.value(QStringLiteral("id")).toLongLong(), row.value(QStringLiteral("name")).toString());

    // The awards history of this award (not the entries this round's own final list made).
    struct Past {
        std::optional<qint64> memberId;
        QString key;
        int year = 0;
    };
    QList<Past> history;
    if (type->repeatRule != RepeatRule::None)
        for (const QVariantMap& row :
             m_db.rows(QStringLiteral("SELECT member_id, team_name, year FROM award_history WHERE award_type_id = :t "
                                      "AND (round_id IS NULL OR round_id <> :r) ORDER BY year DESC, id"),
                       {{QStringLiteral("t"), type->id}, {QStringLiteral("r"), roundId}})) {
            Past p;
            p.memberId = optionalId(row.value(QStringLiteral("member_id")));
            p.year = row.value(QStringLiteral("year")).toInt();
            if (!p.memberId) {
                Nomination team;
                team.kind = NomineeKind::Collective;
                team.teamName = row.value(QStringLiteral("team_name")).toString();
                p.key = nomineeKey(team);
            }
            history << p;
        }

    People people(m_db);
    QHash<qint64, int> perUnit;
    QHash<QString, qint64> firstBy; // nominee key → sub-union of the first nomination
    for (const Nomination& n : list) {
        const bool wanted = all || (candidate && (candidate->id == 0 ? &n == &list.last() : n.id == candidate->id));
        const int number = ++perUnit[n.unitId];
        const QString key = nomineeKey(n);
        const bool repeatedInRound = firstBy.contains(key);
        const qint64 firstUnit = firstBy.value(key);
        if (!repeatedInRound)
            firstBy.insert(key, n.unitId);
        if (!wanted)
            continue;
        const auto add = [&](AwardRule rule, const QString& detail) {
            problems.append({n.id, rule, type->severity(rule), ruleMessage(rule, detail)});
        };
        const QString who = n.isCollective() ? n.teamName : (n.memberId ? people.of(*n.memberId).label : QString());

        // quota
        if (hasQuotas) {
            const int q = quota.value(n.unitId, 0);
            const QString unit = unitNames.value(n.unitId);
            if (number > q)
                add(AwardRule::Quota,
                    q == 0 ? Tr::tr("%1 has no quota in round %2; this is its nomination number %3.")
                                 .arg(unit, round->key)
                                 .arg(number)
                           : Tr::tr("%1 may nominate %n in round %2; this is its nomination number %3.", nullptr, q)
                                 .arg(unit, round->key)
                                 .arg(number));
        }
        // repeat
        if (type->repeatRule != RepeatRule::None) {
            for (const Past& p : history) {
                const bool same = n.isCollective() ? (!p.memberId && p.key == key)
                                                   : (p.memberId && n.memberId && *p.memberId == *n.memberId);
                if (!same)
                    continue;
                if (type->repeatRule == RepeatRule::Never) {
                    add(AwardRule::Repeat, Tr::tr("%1 was given %2 in %3; it is given to the same nominee only once.")
                                               .arg(who, type->name)
                                               .arg(p.year));
                    break;
                }
                // Within N years: the N years before the round's year (for 2024 and 3 years: 2021–2023), and its own.
                if (p.year <= round->year && p.year >= round->year - type->repeatYears) {
                    add(AwardRule::Repeat, Tr::tr("%1 was given %2 in %3; it is not given to the same nominee again "
                                                  "within %n year(s).",
                                                  nullptr, type->repeatYears)
                                               .arg(who, type->name)
                                               .arg(p.year));
                    break;
                }
            }
        }
        // the collective's people
        if (n.isCollective()) {
            const TeamCount c = countOf(n, people);
            if (type->minWomenPercent > 0 &&
                (c.size == 0 || qint64(c.women) * 100 < qint64(type->minWomenPercent) * c.size))
                add(AwardRule::WomenShare,
                    c.size == 0 ? Tr::tr("%1 needs at least %2 % women; %3 gives no people.")
                                      .arg(type->name)
                                      .arg(type->minWomenPercent)
                                      .arg(who)
                                : Tr::tr("%1 needs at least %2 % women; %3 has %4 women among %5 people (%6 %).")
                                      .arg(type->name)
                                      .arg(type->minWomenPercent)
                                      .arg(who)
                                      .arg(c.women)
                                      .arg(c.size)
                                      .arg(c.women * 100 / c.size));
            if (type->femaleHead) {
                if (!n.headMemberId)
                    add(AwardRule::FemaleHead,
                        Tr::tr("%1 needs a woman as the collective's head; %2 names no head.").arg(type->name, who));
                else if (people.of(*n.headMemberId).gender != QLatin1String("F"))
                    add(AwardRule::FemaleHead, Tr::tr("%1 needs a woman as the collective's head; the head of %2, %3, "
                                                      "is not recorded as a woman.")
                                                   .arg(type->name, who, people.of(*n.headMemberId).label));
            }
            if (type->minSize > 0 && c.size < type->minSize)
                add(AwardRule::MinSize, Tr::tr("%1 needs a collective of at least %2 people; %3 has %4.")
                                            .arg(type->name)
                                            .arg(type->minSize)
                                            .arg(who)
                                            .arg(c.size));
        }
        // not an active member
        if (!n.isCollective() && n.memberId) {
            const Person& p = people.of(*n.memberId);
            if (p.exists && p.status != Member::Status::Active)
                add(AwardRule::NotActive,
                    Tr::tr("%1 is not an active member (%2).").arg(p.label, Member::statusLabel(p.status)));
        } else if (n.headMemberId) {
            const Person& p = people.of(*n.headMemberId);
            if (p.exists && p.status != Member::Status::Active)
                add(AwardRule::NotActive, Tr::tr("The head of %1, %2, is not an active member (%3).")
                                              .arg(who, p.label, Member::statusLabel(p.status)));
        }
        // nominated twice
        if (repeatedInRound)
            add(AwardRule::Duplicate, Tr::tr("%1 is already nominated in round %2 (by %3).")
                                          .arg(who, round->key, unitNames.value(firstUnit)));
        // the deeds
        if (type->minDeeds > 0) {
            const int length = deedsLength(n.deeds);
            if (length < type->minDeeds)
                add(AwardRule::DeedsLength, Tr::tr("the deeds of %1 have %2 characters; %3 asks for at least %4.")
                                                .arg(who)
                                                .arg(length)
                                                .arg(type->name)
                                                .arg(type->minDeeds));
        }
    }
    return problems;
}

TeamCount NominationRepository::teamCount(const Nomination& nomination) const
{
    People people(m_db);
    return countOf(nomination, people);
}

QList<AwardProblem> NominationRepository::roundProblems(qint64 roundId) const
{
    return check(roundId, std::nullopt, true);
}

QList<AwardProblem> NominationRepository::checks(const Nomination& nomination) const
{
    return check(nomination.roundId, normalized(nomination), false);
}

// ---- writing

void NominationRepository::writeMembers(qint64 id, const QList<qint64>& memberIds)
{
    RecordStore store(m_db);
    QList<qint64> wanted = memberIds;
    for (const QVariantMap& row : m_db.rows(
             QStringLiteral("SELECT id, member_id FROM award_nomination_members WHERE nomination_id = :id ORDER BY id"),
             idBind(id))) {
        if (!wanted.removeOne(row.value(QStringLiteral("member_id")).toLongLong()))
            store.remove(tables::NominationMembers.sqlName(), row.value(QStringLiteral("id")).toLongLong());
    }
    for (qint64 member : wanted)
        store.insert(tables::NominationMembers.sqlName(),
                     {{QStringLiteral("nomination_id"), id}, {QStringLiteral("member_id"), member}});
}

void NominationRepository::store(const Nomination& nomination, QList<AwardProblem>* warnings, bool isNew, qint64* id)
{
    Nomination n = normalized(nomination);
    QStringList reasons = validate(n);
    if (reasons.isEmpty())
        for (const AwardProblem& p : checks(n)) {
            if (p.refuses())
                reasons << p.message;
            else if (warnings)
                warnings->append(p);
        }
    if (!reasons.isEmpty())
        throw ValidationError(reasons.join(QLatin1Char('\n')));
    RecordStore store(m_db);
    if (isNew) {
        QVariantMap values = m_type.values(n);
        if (nomination.id != 0)
            values.insert(QStringLiteral("id"), nomination.id);
        *id = store.insert(m_type.table().sqlName(), values);
    } else {
        store.update(m_type.table().sqlName(), n.id, m_type.values(n));
        *id = n.id;
    }
    writeMembers(*id, n.isCollective() ? n.memberIds : QList<qint64>());
}

qint64 NominationRepository::nominate(const Nomination& nomination, QList<AwardProblem>* warnings)
{
    Transaction tx(m_db);
    const AwardRound round = AwardRoundRepository(m_db).require(nomination.roundId);
    if (round.stage != RoundStage::Nominating)
        throw ValidationError(Tr::tr("Rule: round %1 no longer takes nominations; it is %2.")
                                  .arg(round.key, roundStages().label(round.stage).toLower()));
    Nomination n = nomination;
    n.id = 0;
    n.status = NominationStatus::Nominated;
    n.committeeScore = 0;
    n.publicVotes = 0;
    qint64 id = 0;
    store(n, warnings, true, &id);
    tx.commit();
    return id;
}

void NominationRepository::edit(const Nomination& nomination, QList<AwardProblem>* warnings)
{
    Transaction tx(m_db);
    const Nomination stored = require(nomination.id);
    const AwardRound round = AwardRoundRepository(m_db).requireUnlocked(stored.roundId);
    Q_UNUSED(round);
    Nomination n = nomination;
    // The round, the review and the status change only through their steps.
    n.roundId = stored.roundId;
    n.committeeScore = stored.committeeScore;
    n.publicVotes = stored.publicVotes;
    n.status = stored.status;
    qint64 id = 0;
    store(n, warnings, false, &id);
    tx.commit();
}

void NominationRepository::withdraw(qint64 id, const QString& reason)
{
    Transaction tx(m_db);
    Nomination n = require(id);
    AwardRoundRepository(m_db).requireUnlocked(n.roundId);
    if (n.status == NominationStatus::Withdrawn)
        throw ValidationError(Tr::tr("%1 is already withdrawn.").arg(n.nominee()));
    n.status = NominationStatus::Withdrawn;
    const QString why = reason.trimmed();
    if (!why.isEmpty())
        n.note = n.note.isEmpty() ? why : n.note + QLatin1Char('\n') + why;
    RecordStore(m_db).update(
        m_type.table().sqlName(), id,
        {{QStringLiteral("status"), nominationStatuses().key(n.status)}, {QStringLiteral("note"), n.note}});
    tx.commit();
}

void NominationRepository::erase(qint64 id)
{
    Transaction tx(m_db);
    const Nomination n = require(id);
    const AwardRound round = AwardRoundRepository(m_db).require(n.roundId);
    if (round.stage != RoundStage::Nominating)
        throw ValidationError(Tr::tr("Rule: round %1 is past its nominations; withdraw %2 instead of deleting it.")
                                  .arg(round.key, n.nominee()));
    const int objections =
        m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM award_objections WHERE nomination_id = :id"), idBind(id))
            .toInt();
    if (objections > 0)
        throw ValidationError(Tr::tr("%1 has objections; it cannot be deleted.").arg(n.nominee()));
    writeMembers(id, {});
    RecordStore(m_db).remove(m_type.table().sqlName(), id);
    tx.commit();
}

} // namespace ud::core
