#include "core/awards/AwardRepositories.h"

#include "core/calendar/CalendarDay.h"
#include "core/calendar/WorkingCalendar.h"
#include "core/db/Transaction.h"
#include "core/members/MemberRepository.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace ud::core {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ud::core::AwardRounds)
};

QVariantMap idBind(qint64 id)
{
    return {{QStringLiteral("id"), id}};
}

QString iso(const QDate& d)
{
    return d.toString(Qt::ISODate);
}

QString stageText(RoundStage stage)
{
    return roundStages().label(stage).toLower();
}

} // namespace

QString AwardRoundRepository::selectSql() const
{
    return QStringLiteral("SELECT r.*, t.name AS award_name FROM award_rounds r "
                          "JOIN award_types t ON t.id = r.award_type_id");
}

QString AwardRoundRepository::missingMessage() const
{
    return Tr::tr("The award round no longer exists; another user may have deleted it.");
}

AwardRound AwardRoundRepository::requireKey(const QString& key) const
{
    if (auto r = byKey(key))
        return *r;
    throw ValidationError(
        Tr::tr("There is no award round with the key \"%1\". `uniondesk awards round list` shows the rounds.")
            .arg(key.trimmed()));
}

AwardRound AwardRoundRepository::requireUnlocked(qint64 roundId) const
{
    const AwardRound round = require(roundId);
    if (round.locked())
        throw ValidationError(
            Tr::tr("Rule: the final list of round %1 is locked; unlock it, with the reason, to change it.")
                .arg(round.key));
    return round;
}

QList<AwardRound> AwardRoundRepository::ofYear(int year) const
{
    if (year == 0)
        return all();
    QList<AwardRound> list;
    for (const QVariantMap& row : m_db.rows(selectSql() + QStringLiteral(" WHERE r.year = :y ORDER BY ") + orderBy(),
                                            {{QStringLiteral("y"), year}}))
        list << m_type.fromRow(row);
    return list;
}

Problems AwardRoundRepository::rules(const AwardRound& r) const
{
    Problems list;
    if (r.year < 1900 || r.year > 2999)
        list.append({QStringLiteral("year"), Tr::tr("The year %1 is not a year from 1900 to 2999.").arg(r.year)});
    if (r.awardTypeId && !AwardTypeRepository(m_db).byId(r.awardTypeId))
        list.append({QStringLiteral("award_type_id"), Tr::tr("The award of the round does not exist.")});
    if (r.opens.isValid() && r.closes.isValid() && r.closes < r.opens)
        list.append({QStringLiteral("closes"),
                     Tr::tr("The nominations close (%1) before they open (%2).").arg(iso(r.closes), iso(r.opens))});
    if (r.totalQuota < 0 || r.totalQuota > 99999)
        list.append({QStringLiteral("total_quota"), Tr::tr("The total quota is 0–99999 (0: no limit).")});
    if (r.quotaBp < 0 || r.quotaBp > 10000)
        list.append({QStringLiteral("quota_bp"), Tr::tr("The quota percent is 0–100.")});
    else if (r.quotaBp > 0 && !r.cutoff.isValid())
        list.append(
            {QStringLiteral("cutoff"),
             Tr::tr("Give the cut-off date whose active members the quotas of the sub-unions are computed from.")});
    if (r.committeeWeight < 0 || r.committeeWeight > 100)
        list.append({QStringLiteral("committee_weight"), Tr::tr("The committee's weight is a percent, 0–100.")});
    if (r.publicityDays < 1 || r.publicityDays > 99)
        list.append({QStringLiteral("publicity_days"), Tr::tr("A 公示 lasts 1–99 working days.")});
    return list;
}

RoundFile AwardRoundRepository::file(qint64 id) const
{
    RoundFile f;
    f.round = require(id);
    f.quotas = quotas(id);
    f.nominations = NominationRepository(m_db).ofRound(id);
    f.objections = objections(id);
    for (const QVariantMap& row : m_db.rows(QStringLiteral("SELECT h.*, m.name AS member_name, m.staff_no AS "
                                                           "member_staff_no, t.name AS award_name, u.name AS unit_name "
                                                           "FROM award_history h JOIN award_types t ON t.id = "
                                                           "h.award_type_id LEFT JOIN members m ON m.id = h.member_id "
                                                           "LEFT JOIN units u ON u.id = h.unit_id WHERE h.round_id = "
                                                           ":id ORDER BY h.id"),
                                            idBind(id)))
        f.history << AwardHistoryEntry::type().fromRow(row);
    return f;
}

qint64 AwardRoundRepository::open(const AwardRound& round)
{
    Transaction tx(m_db);
    AwardRound r = round;
    r.stage = RoundStage::Nominating;
    r.publicityStart = QDate();
    r.publicityEnd = QDate();
    r.finalized = QDate();
    r.unlockReason.clear();
    if (r.publicityDays <= 0)
        r.publicityDays = DatabaseSettings(m_db).value(settings::PublicityDays).toInt();
    const qint64 id = add(r);
    if (r.quotaBp > 0)
        computeQuotas(id);
    tx.commit();
    return id;
}

void AwardRoundRepository::edit(const AwardRound& round)
{
    Transaction tx(m_db);
    const AwardRound stored = requireUnlocked(round.id);
    AwardRound r = round;
    r.stage = stored.stage;
    r.publicityStart = stored.publicityStart;
    r.publicityDays = stored.publicityDays;
    r.publicityEnd = stored.publicityEnd;
    r.finalized = stored.finalized;
    r.unlockReason = stored.unlockReason;
    if (r.awardTypeId != stored.awardTypeId &&
        m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM award_nominations WHERE round_id = :id"), idBind(r.id))
                .toInt() > 0)
        throw ValidationError(Tr::tr("Round %1 has nominations for %2; its award can no longer change.")
                                  .arg(stored.key, stored.awardName));
    update(r);
    if (r.quotaBp > 0 && (r.quotaBp != stored.quotaBp || r.cutoff != stored.cutoff))
        computeQuotas(r.id);
    tx.commit();
}

void AwardRoundRepository::erase(qint64 id)
{
    Transaction tx(m_db);
    const AwardRound round = require(id);
    if (m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM award_nominations WHERE round_id = :id"), idBind(id)).toInt() >
        0)
        throw ValidationError(Tr::tr("Round %1 has nominations; it cannot be deleted.").arg(round.key));
    RecordStore store(m_db);
    for (const AwardQuota& q : quotas(id))
        store.remove(tables::AwardQuotas.sqlName(), q.id);
    store.remove(m_type.table().sqlName(), id);
    tx.commit();
}

// ---- quotas

QHash<qint64, int> AwardRoundRepository::headcounts(const QDate& day) const
{
    QHash<qint64, int> counts;
    for (const MemberRepository::RosterEntry& e : MemberRepository(m_db).rosterAsOf(day))
        if (e.status == Member::Status::Active && e.unitId)
            ++counts[*e.unitId];
    return counts;
}

QList<AwardQuota> AwardRoundRepository::quotas(qint64 roundId) const
{
    QList<AwardQuota> list;
    for (const QVariantMap& row : m_db.rows(
             QStringLiteral("SELECT q.*, u.name AS unit_name, u.code AS unit_code FROM award_quotas q "
                            "JOIN units u ON u.id = q.unit_id WHERE q.round_id = :r ORDER BY u.sort_order, u.code, q.id"),
             {{QStringLiteral("r"), roundId}}))
        list << AwardQuota::type().fromRow(row);
    return list;
}

std::optional<int> AwardRoundRepository::quotaOf(qint64 roundId, qint64 unitId) const
{
    const auto round = byId(roundId);
    if (!round)
        return std::nullopt;
    // Two rows of a sub-union (after a merge of sub-unions) add up.
    const auto rows =
        m_db.rows(QStringLiteral("SELECT COUNT(*) AS n, SUM(quota) AS quota FROM award_quotas WHERE round_id = :r AND "
                                 "unit_id = :u"),
                  {{QStringLiteral("r"), roundId}, {QStringLiteral("u"), unitId}});
    if (!rows.isEmpty() && rows.first().value(QStringLiteral("n")).toInt() > 0)
        return rows.first().value(QStringLiteral("quota")).toInt();
    const bool hasQuotas =
        round->quotaBp > 0 || m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM award_quotas WHERE round_id = :r"),
                                          {{QStringLiteral("r"), roundId}})
                                      .toInt() > 0;
    return hasQuotas ? std::optional<int>(0) : std::nullopt;
}

void AwardRoundRepository::computeQuotas(qint64 roundId)
{
    Transaction tx(m_db);
    const AwardRound round = requireUnlocked(roundId);
    if (round.quotaBp <= 0 || !round.cutoff.isValid())
        throw ValidationError(
            Tr::tr("Round %1 has no quota percent and cut-off date to compute quotas from.").arg(round.key));
    DatabaseSettings settings(m_db);
    const QuotaRounding rounding =
        quotaRoundings().fromKey(settings.value(settings::AwardQuotaRounding)).value_or(QuotaRounding::HalfUp);
    const bool minimumOne = settings.isOn(settings::AwardQuotaMinimumOne);
    QHash<qint64, int> counts = headcounts(round.cutoff);
    RecordStore store(m_db);
    QSet<qint64> done;
    for (const AwardQuota& stored : quotas(roundId)) {
        if (done.contains(stored.unitId)) { // a second row of a sub-union, after a merge: the first counts for both
            store.remove(tables::AwardQuotas.sqlName(), stored.id);
            continue;
        }
        done.insert(stored.unitId);
        AwardQuota q = stored;
        q.headcount = counts.take(q.unitId);
        q.computed = quotaFor(q.headcount, round.quotaBp, rounding, minimumOne);
        if (q.reason.isEmpty())
            q.quota = q.computed; // a quota the clerk set, with its reason, stays
        store.update(tables::AwardQuotas.sqlName(), q.id, AwardQuota::type().values(q));
    }
    QList<qint64> units = counts.keys();
    std::sort(units.begin(), units.end());
    for (qint64 unit : units) {
        AwardQuota q;
        q.roundId = roundId;
        q.unitId = unit;
        q.headcount = counts.value(unit);
        q.computed = quotaFor(q.headcount, round.quotaBp, rounding, minimumOne);
        q.quota = q.computed;
        store.insert(tables::AwardQuotas.sqlName(), AwardQuota::type().values(q));
    }
    tx.commit();
}

void AwardRoundRepository::setQuota(qint64 roundId, qint64 unitId, int quota, const QString& reason)
{
    Transaction tx(m_db);
    const AwardRound round = requireUnlocked(roundId);
    const auto unit = m_db.rows(QStringLiteral("SELECT name FROM units WHERE id = :id"), idBind(unitId));
    if (unit.isEmpty())
        throw ValidationError(Tr::tr("The sub-union no longer exists."));
    if (quota < 0 || quota > 999999)
        throw ValidationError(Tr::tr("A quota is 0 or more."));
    RecordStore store(m_db);
    AwardQuota q;
    const auto rows =
        m_db.rows(QStringLiteral("SELECT * FROM award_quotas WHERE round_id = :r AND unit_id = :u ORDER BY id"),
                  {{QStringLiteral("r"), roundId}, {QStringLiteral("u"), unitId}});
    if (!rows.isEmpty()) {
        q = AwardQuota::type().fromRow(rows.first());
        for (int i = 1; i < rows.size(); ++i) // a second row, after a merge of sub-unions: the quota set is for both
            store.remove(tables::AwardQuotas.sqlName(), rows.at(i).value(QStringLiteral("id")).toLongLong());
    } else {
        q.roundId = roundId;
        q.unitId = unitId;
        if (round.cutoff.isValid() && round.quotaBp > 0) {
            DatabaseSettings settings(m_db);
            q.headcount = headcounts(round.cutoff).value(unitId);
            q.computed = quotaFor(
                q.headcount, round.quotaBp,
                quotaRoundings().fromKey(settings.value(settings::AwardQuotaRounding)).value_or(QuotaRounding::HalfUp),
                settings.isOn(settings::AwardQuotaMinimumOne));
        }
    }
    const QString why = reason.trimmed();
    if (quota != q.computed && why.isEmpty())
        throw ValidationError(Tr::tr("Rule: a quota other than the computed one (%1 for %2) needs its reason.")
                                  .arg(q.computed)
                                  .arg(unit.first().value(QStringLiteral("name")).toString()));
    if (why.size() > 500)
        throw ValidationError(Tr::tr("The reason is longer than 500 characters."));
    q.quota = quota;
    q.reason = why;
    if (q.id)
        store.update(tables::AwardQuotas.sqlName(), q.id, AwardQuota::type().values(q));
    else
        store.insert(tables::AwardQuotas.sqlName(), AwardQuota::type().values(q));
    tx.commit();
}

// ---- stages

void AwardRoundRepository::setStage(AwardRound round, RoundStage stage)
{
    round.stage = stage;
    RecordStore(m_db).update(m_type.table().sqlName(), round.id, m_type.values(round));
}

void AwardRoundRepository::closeNominations(qint64 roundId)
{
    Transaction tx(m_db);
    const AwardRound round = require(roundId);
    if (round.stage != RoundStage::Nominating)
        throw ValidationError(Tr::tr("Round %1 is %2; only a round taking nominations goes on to the review.")
                                  .arg(round.key, stageText(round.stage)));
    setStage(round, RoundStage::Review);
    tx.commit();
}

void AwardRoundRepository::reopenNominations(qint64 roundId)
{
    Transaction tx(m_db);
    const AwardRound round = require(roundId);
    if (round.stage != RoundStage::Review)
        throw ValidationError(Tr::tr("Round %1 is %2; only a round in review takes nominations again.")
                                  .arg(round.key, stageText(round.stage)));
    const int selected =
        m_db.scalar(
                QStringLiteral("SELECT COUNT(*) FROM award_nominations WHERE round_id = :id AND status = 'selected'"),
                idBind(roundId))
            .toInt();
    if (selected > 0)
        throw ValidationError(
            Tr::tr("Round %1 has %n selected nomination(s); deselect them first.", nullptr, selected).arg(round.key));
    setStage(round, RoundStage::Nominating);
    tx.commit();
}

// ---- review

void AwardRoundRepository::setScore(qint64 nominationId, int committeeScore, int publicVotes)
{
    Transaction tx(m_db);
    NominationRepository nominations(m_db);
    const Nomination n = nominations.require(nominationId);
    const AwardRound round = require(n.roundId);
    if (round.stage != RoundStage::Review)
        throw ValidationError(
            Tr::tr("Round %1 is %2; scores are recorded during the review.").arg(round.key, stageText(round.stage)));
    if (!n.active())
        throw ValidationError(Tr::tr("%1 is withdrawn; it is not scored.").arg(n.nominee()));
    if (committeeScore < 0 || committeeScore > 10000)
        throw ValidationError(Tr::tr("A score is 0–100."));
    if (publicVotes < 0)
        throw ValidationError(Tr::tr("Votes cannot be fewer than 0."));
    RecordStore(m_db).update(
        tables::Nominations.sqlName(), nominationId,
        {{QStringLiteral("committee_score"), committeeScore}, {QStringLiteral("public_votes"), publicVotes}});
    tx.commit();
}

QList<RankedNomination> AwardRoundRepository::ranking(qint64 roundId) const
{
    const AwardRound round = require(roundId);
    QList<RankedNomination> list;
    int mostVotes = 0;
    for (const Nomination& n : NominationRepository(m_db).ofRound(roundId))
        if (n.active()) {
            list.append({n, 0, 0, 0});
            mostVotes = std::max(mostVotes, n.publicVotes);
        }
    const int weight = round.committeeWeight;
    for (RankedNomination& r : list) {
        r.publicScore = mostVotes > 0 ? int((qint64(r.nomination.publicVotes) * 10000 + mostVotes / 2) / mostVotes) : 0;
        r.total = int((qint64(weight) * r.nomination.committeeScore + qint64(100 - weight) * r.publicScore + 50) / 100);
    }
    std::stable_sort(list.begin(), list.end(), [](const RankedNomination& a, const RankedNomination& b) {
        if (a.total != b.total)
            return a.total > b.total;
        if (a.nomination.committeeScore != b.nomination.committeeScore)
            return a.nomination.committeeScore > b.nomination.committeeScore;
        return a.nomination.id < b.nomination.id;
    });
    for (int i = 0; i < list.size(); ++i) {
        const bool tie = i > 0 && list.at(i).total == list.at(i - 1).total &&
                         list.at(i).nomination.committeeScore == list.at(i - 1).nomination.committeeScore;
        list[i].rank = tie ? list.at(i - 1).rank : i + 1;
    }
    return list;
}

namespace {
/// The nominations a refusing check keeps out of the selection (the quota aside: the selection keeps to it itself).
QHash<qint64, QString> keptOut(const QList<AwardProblem>& problems)
{
    QHash<qint64, QString> out;
    for (const AwardProblem& p : problems)
        if (p.refuses() && p.rule != AwardRule::Quota && !out.contains(p.nominationId))
            out.insert(p.nominationId, p.message);
    return out;
}
} // namespace

int AwardRoundRepository::selectByRanking(qint64 roundId)
{
    Transaction tx(m_db);
    const AwardRound round = require(roundId);
    if (round.stage != RoundStage::Review)
        throw ValidationError(
            Tr::tr("Round %1 is %2; the selection is made during the review.").arg(round.key, stageText(round.stage)));
    const QHash<qint64, QString> out = keptOut(NominationRepository(m_db).roundProblems(roundId));
    QHash<qint64, int> perUnit;
    int selected = 0;
    RecordStore store(m_db);
    for (const RankedNomination& r : ranking(roundId)) {
        const Nomination& n = r.nomination;
        const std::optional<int> unitQuota = quotaOf(roundId, n.unitId);
        const bool take = !out.contains(n.id) && (round.totalQuota == 0 || selected < round.totalQuota) &&
                          (!unitQuota || perUnit.value(n.unitId) < *unitQuota);
        if (take) {
            ++selected;
            ++perUnit[n.unitId];
        }
        const NominationStatus status = take ? NominationStatus::Selected : NominationStatus::Nominated;
        if (status != n.status)
            store.update(tables::Nominations.sqlName(), n.id,
                         {{QStringLiteral("status"), nominationStatuses().key(status)}});
    }
    tx.commit();
    return selected;
}

void AwardRoundRepository::setSelected(qint64 nominationId, bool selected)
{
    Transaction tx(m_db);
    NominationRepository nominations(m_db);
    const Nomination n = nominations.require(nominationId);
    const AwardRound round = require(n.roundId);
    if (round.stage != RoundStage::Review)
        throw ValidationError(
            Tr::tr("Round %1 is %2; the selection is made during the review.").arg(round.key, stageText(round.stage)));
    if (!n.active())
        throw ValidationError(Tr::tr("%1 is withdrawn.").arg(n.nominee()));
    if (selected && n.status != NominationStatus::Selected) {
        const QHash<qint64, QString> out = keptOut(nominations.roundProblems(n.roundId));
        if (out.contains(n.id))
            throw ValidationError(out.value(n.id));
        const QVariantMap bind{{QStringLiteral("r"), n.roundId}, {QStringLiteral("u"), n.unitId}};
        const int inRound =
            m_db.scalar(QStringLiteral(
                            "SELECT COUNT(*) FROM award_nominations WHERE round_id = :r AND status = 'selected'"),
                        {{QStringLiteral("r"), n.roundId}})
                .toInt();
        if (round.totalQuota > 0 && inRound >= round.totalQuota)
            throw ValidationError(
                Tr::tr("Rule: round %1 awards at most %n; as many are selected.", nullptr, round.totalQuota)
                    .arg(round.key));
        const std::optional<int> unitQuota = quotaOf(n.roundId, n.unitId);
        const int inUnit = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM award_nominations WHERE round_id = :r AND "
                                                      "unit_id = :u AND status = 'selected'"),
                                       bind)
                               .toInt();
        const AwardType type = AwardTypeRepository(m_db).require(round.awardTypeId);
        if (unitQuota && inUnit >= *unitQuota && type.quotaCheck == CheckSeverity::Refuse)
            throw ValidationError(Tr::tr("%1: %2 may have %n selected in round %3; as many are.", nullptr, *unitQuota)
                                      .arg(awardRules().label(AwardRule::Quota), n.unitName, round.key));
    }
    const NominationStatus status = selected ? NominationStatus::Selected : NominationStatus::Nominated;
    if (status != n.status)
        RecordStore(m_db).update(tables::Nominations.sqlName(), nominationId,
                                 {{QStringLiteral("status"), nominationStatuses().key(status)}});
    tx.commit();
}

// ---- 公示

QDate AwardRoundRepository::publicityEnd(const QDate& start, int days) const
{
    if (!start.isValid() || days < 1)
        return {};
    // 99 working days end within the next year at the latest.
    const WorkingCalendar calendar = WorkingCalendar::load(m_db, start.year(), start.year() + 1);
    return calendar.addWorkingDays(start, days, DatabaseSettings(m_db).isOn(settings::StartDayCounts));
}

void AwardRoundRepository::startPublicity(qint64 roundId, const QDate& start, int days, const QString& objectionsTo)
{
    Transaction tx(m_db);
    AwardRound round = require(roundId);
    if (round.stage != RoundStage::Review)
        throw ValidationError(
            Tr::tr("Round %1 is %2; the list is published after the review.").arg(round.key, stageText(round.stage)));
    if (!start.isValid())
        throw ValidationError(Tr::tr("Give the first day of the 公示."));
    if (days <= 0)
        days = DatabaseSettings(m_db).value(settings::PublicityDays).toInt();
    if (days < 1 || days > 99)
        throw ValidationError(Tr::tr("A 公示 lasts 1–99 working days."));
    const int selected =
        m_db.scalar(
                QStringLiteral("SELECT COUNT(*) FROM award_nominations WHERE round_id = :id AND status = 'selected'"),
                idBind(roundId))
            .toInt();
    if (selected == 0)
        throw ValidationError(Tr::tr("Round %1 has no selected nomination to publish.").arg(round.key));
    round.publicityStart = start;
    round.publicityDays = days;
    round.publicityEnd = publicityEnd(start, days);
    if (!objectionsTo.trimmed().isEmpty())
        round.objectionsTo = objectionsTo.trimmed();
    const QStringList problems = messages(m_type.textProblems(round));
    if (!problems.isEmpty())
        throw ValidationError(problems.join(QLatin1Char('\n')));
    setStage(round, RoundStage::Publicity);
    tx.commit();
}

void AwardRoundRepository::stopPublicity(qint64 roundId)
{
    Transaction tx(m_db);
    AwardRound round = require(roundId);
    if (round.stage != RoundStage::Publicity)
        throw ValidationError(Tr::tr("Round %1 is %2, not in publicity.").arg(round.key, stageText(round.stage)));
    if (!objections(roundId).isEmpty())
        throw ValidationError(
            Tr::tr("Round %1 has objections to its 公示; the 公示 can no longer be taken back.").arg(round.key));
    round.publicityStart = QDate();
    round.publicityEnd = QDate();
    setStage(round, RoundStage::Review);
    tx.commit();
}

QList<Objection> AwardRoundRepository::objections(qint64 roundId) const
{
    QList<Objection> list;
    for (const QVariantMap& row : m_db.rows(
             QStringLiteral("SELECT o.*, CASE WHEN n.kind = 'collective' THEN n.team_name ELSE m.name || ' ' || "
                            "m.staff_no END AS nominee FROM award_objections o JOIN award_nominations n ON n.id = "
                            "o.nomination_id LEFT JOIN members m ON m.id = n.member_id WHERE n.round_id = :r "
                            "ORDER BY o.received, o.id"),
             {{QStringLiteral("r"), roundId}}))
        list << Objection::type().fromRow(row);
    return list;
}

qint64 AwardRoundRepository::addObjection(const Objection& objection)
{
    Transaction tx(m_db);
    const Nomination n = NominationRepository(m_db).require(objection.nominationId);
    const AwardRound round = require(n.roundId);
    if (round.stage != RoundStage::Publicity)
        throw ValidationError(
            Tr::tr("Round %1 is %2; objections are recorded during its 公示.").arg(round.key, stageText(round.stage)));
    if (n.status != NominationStatus::Selected)
        throw ValidationError(
            Tr::tr("%1 is not on the published list (%2).").arg(n.nominee(), nominationStatuses().label(n.status)));
    Objection o = Objection::type().cleaned(objection);
    o.id = 0;
    o.outcome = ObjectionOutcome::Pending;
    o.closed = QDate();
    o.finding.clear();
    QStringList problems = messages(Objection::type().fieldProblems(o));
    if (o.received.isValid() && round.publicityStart.isValid() && o.received < round.publicityStart)
        problems << Tr::tr("The objection is dated %1, before the 公示 began (%2).")
                        .arg(iso(o.received), iso(round.publicityStart));
    if (!problems.isEmpty())
        throw ValidationError(problems.join(QLatin1Char('\n')));
    QVariantMap values = Objection::type().values(o);
    if (objection.id != 0)
        values.insert(QStringLiteral("id"), objection.id);
    const qint64 id = RecordStore(m_db).insert(tables::Objections.sqlName(), values);
    tx.commit();
    return id;
}

void AwardRoundRepository::closeObjection(qint64 objectionId, ObjectionOutcome outcome, const QDate& day,
                                          const QString& handledBy, const QString& finding)
{
    Transaction tx(m_db);
    RecordStore store(m_db);
    const QVariantMap row = store.row(tables::Objections.sqlName(), objectionId);
    if (row.isEmpty())
        throw ValidationError(Tr::tr("The objection no longer exists."));
    Objection o = Objection::type().fromRow(row);
    const Nomination n = NominationRepository(m_db).require(o.nominationId);
    requireUnlocked(n.roundId);
    if (!o.open())
        throw ValidationError(Tr::tr("The objection to %1 of %2 is already closed (%3).")
                                  .arg(n.nominee(), iso(o.received), objectionOutcomes().label(o.outcome)));
    if (outcome == ObjectionOutcome::Pending)
        throw ValidationError(Tr::tr("Give the outcome of the objection: upheld or dismissed."));
    if (!day.isValid())
        throw ValidationError(Tr::tr("Give the day the objection was closed."));
    if (day < o.received)
        throw ValidationError(
            Tr::tr("The objection is closed on %1, before it was received (%2).").arg(iso(day), iso(o.received)));
    o.outcome = outcome;
    o.closed = day;
    if (!handledBy.trimmed().isEmpty())
        o.handledBy = handledBy;
    o.finding = finding;
    o = Objection::type().cleaned(o);
    const QStringList problems = messages(Objection::type().fieldProblems(o));
    if (!problems.isEmpty())
        throw ValidationError(problems.join(QLatin1Char('\n')));
    store.update(tables::Objections.sqlName(), objectionId, Objection::type().values(o));
    if (outcome == ObjectionOutcome::Upheld && n.status != NominationStatus::Withdrawn)
        store.update(tables::Nominations.sqlName(), n.id,
                     {{QStringLiteral("status"), nominationStatuses().key(NominationStatus::Withdrawn)}});
    tx.commit();
}

// ---- final list

QString AwardRoundRepository::finalizeProblem(qint64 roundId, const QDate& today) const
{
    const AwardRound round = require(roundId);
    if (round.stage != RoundStage::Publicity)
        return Tr::tr("Round %1 is %2; only a list in its 公示 becomes final.").arg(round.key, stageText(round.stage));
    if (!today.isValid() || !round.publicityEnd.isValid() || today <= round.publicityEnd)
        return Tr::tr("Rule: the 公示 of round %1 runs until %2; the list becomes final after it has ended.")
            .arg(round.key, iso(round.publicityEnd));
    int open = 0;
    for (const Objection& o : objections(roundId))
        open += o.open() ? 1 : 0;
    if (open > 0)
        return Tr::tr("Rule: %n objection(s) to round %1 are still open; close them before the list becomes final.",
                      nullptr, open)
            .arg(round.key);
    const int selected =
        m_db.scalar(
                QStringLiteral("SELECT COUNT(*) FROM award_nominations WHERE round_id = :id AND status = 'selected'"),
                idBind(roundId))
            .toInt();
    if (selected == 0)
        return Tr::tr("Round %1 has nobody left on its list.").arg(round.key);
    return {};
}

void AwardRoundRepository::finalize(qint64 roundId, const QDate& today)
{
    Transaction tx(m_db);
    if (const QString problem = finalizeProblem(roundId, today); !problem.isEmpty())
        throw ValidationError(problem);
    AwardRound round = require(roundId);
    RecordStore store(m_db);
    for (const Nomination& n : NominationRepository(m_db).ofRound(roundId)) {
        if (n.status != NominationStatus::Selected)
            continue;
        store.update(tables::Nominations.sqlName(), n.id,
                     {{QStringLiteral("status"), nominationStatuses().key(NominationStatus::Final)}});
        AwardHistoryEntry e;
        e.memberId = n.isCollective() ? std::nullopt : n.memberId;
        e.teamName = n.isCollective() ? n.teamName : QString();
        e.awardTypeId = round.awardTypeId;
        e.year = round.year;
        e.unitId = n.unitId;
        e.source = HistorySource::Round;
        e.roundId = roundId;
        store.insert(tables::AwardHistory.sqlName(), AwardHistoryEntry::type().values(e));
    }
    round.finalized = today;
    setStage(round, RoundStage::Final);
    tx.commit();
}

void AwardRoundRepository::unlock(qint64 roundId, const QString& reason)
{
    Transaction tx(m_db);
    AwardRound round = require(roundId);
    if (round.stage != RoundStage::Final)
        throw ValidationError(
            Tr::tr("Round %1 is %2; only a final list is unlocked.").arg(round.key, stageText(round.stage)));
    const QString why = reason.trimmed();
    if (why.isEmpty())
        throw ValidationError(Tr::tr("Rule: unlocking the final list of round %1 needs the reason.").arg(round.key));
    RecordStore store(m_db);
    for (const QVariantMap& row :
         m_db.rows(QStringLiteral("SELECT id FROM award_history WHERE round_id = :id ORDER BY id"), idBind(roundId)))
        store.remove(tables::AwardHistory.sqlName(), row.value(QStringLiteral("id")).toLongLong());
    for (const Nomination& n : NominationRepository(m_db).ofRound(roundId))
        if (n.status == NominationStatus::Final)
            store.update(tables::Nominations.sqlName(), n.id,
                         {{QStringLiteral("status"), nominationStatuses().key(NominationStatus::Selected)}});
    round.unlockReason = why;
    round.finalized = QDate();
    const QStringList problems = messages(m_type.textProblems(round));
    if (!problems.isEmpty())
        throw ValidationError(problems.join(QLatin1Char('\n')));
    setStage(round, RoundStage::Publicity);
    tx.commit();
}

// ---- undo

template <class T>
void AwardRoundRepository::restoreRows(const QString& table, const QString& where, qint64 ownerId, const QList<T>& rows)
{
    RecordStore store(m_db);
    QHash<qint64, const T*> wanted;
    for (const T& r : rows)
        wanted.insert(r.id, &r);
    for (const QVariantMap& row :
         m_db.rows(QStringLiteral("SELECT id FROM %1 WHERE %2").arg(table, where), idBind(ownerId))) {
        const qint64 rowId = row.value(QStringLiteral("id")).toLongLong();
        if (const T* r = wanted.take(rowId))
            store.update(table, rowId, T::type().values(*r));
        else
            store.remove(table, rowId);
    }
    for (const T& r : rows)
        if (wanted.contains(r.id)) {
            QVariantMap values = T::type().values(r);
            values.insert(QStringLiteral("id"), r.id);
            store.insert(table, values);
        }
}

void AwardRoundRepository::restore(const RoundFile& f)
{
    Transaction tx(m_db);
    const qint64 id = f.round.id;
    RecordStore store(m_db);
    QVariantMap values = m_type.values(f.round);
    if (store.row(m_type.table().sqlName(), id).isEmpty()) {
        values.insert(QStringLiteral("id"), id);
        store.insert(m_type.table().sqlName(), values);
    } else {
        store.update(m_type.table().sqlName(), id, values);
    }
    // What refers to nominations goes first, the nominations themselves after; new ones come in the other order.
    QSet<qint64> keptNominations;
    for (const Nomination& n : f.nominations)
        keptNominations.insert(n.id);
    QSet<qint64> keptObjections;
    for (const Objection& o : f.objections)
        keptObjections.insert(o.id);
    for (const Objection& o : objections(id))
        if (!keptObjections.contains(o.id))
            store.remove(tables::Objections.sqlName(), o.id);
    NominationRepository nominations(m_db);
    for (const Nomination& n : nominations.ofRound(id))
        if (!keptNominations.contains(n.id)) {
            nominations.writeMembers(n.id, {});
            store.remove(tables::Nominations.sqlName(), n.id);
        }
    restoreRows(tables::Nominations.sqlName(), QStringLiteral("round_id = :id"), id, f.nominations);
    for (const Nomination& n : f.nominations)
        nominations.writeMembers(n.id, n.memberIds);
    restoreRows(tables::Objections.sqlName(),
                QStringLiteral("nomination_id IN (SELECT id FROM award_nominations WHERE round_id = :id)"), id,
                f.objections);
    restoreRows(tables::AwardQuotas.sqlName(), QStringLiteral("round_id = :id"), id, f.quotas);
    restoreRows(tables::AwardHistory.sqlName(), QStringLiteral("round_id = :id"), id, f.history);
    tx.commit();
}

} // namespace ud::core
