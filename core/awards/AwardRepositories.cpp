#include "core/awards/AwardRepositories.h"

#include "core/db/Transaction.h"

#include <QCoreApplication>

namespace ud::core {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ud::core::AwardRepositories)
};
} // namespace

int quotaFor(int headcount, int basisPoints, QuotaRounding rounding, bool minimumOne)
{
    if (headcount <= 0 || basisPoints <= 0)
        return 0;
    // headcount × percent in ten-thousandths of a person, in whole numbers so that 4 % of 250 is exactly 10.
    const qint64 scaled = qint64(headcount) * basisPoints;
    qint64 quota = 0;
    switch (rounding) {
    case QuotaRounding::HalfUp:
        quota = (scaled + 5000) / 10000;
        break;
    case QuotaRounding::Down:
        quota = scaled / 10000;
        break;
    case QuotaRounding::Up:
        quota = (scaled + 9999) / 10000;
        break;
    }
    if (minimumOne && quota < 1)
        quota = 1;
    return int(quota);
}

// ---- award types

AwardType AwardTypeRepository::requireName(const QString& name) const
{
    if (auto t = byName(name))
        return *t;
    QStringList names;
    for (const AwardType& t : all())
        names << t.name;
    throw ValidationError(Tr::tr("There is no award named \"%1\"; the awards are: %2.")
                              .arg(name.trimmed(), names.join(QStringLiteral("、"))));
}

QList<AwardType> AwardTypeRepository::defaultTypes()
{
    struct Row {
        const char* name;
        AwardKind kind;
        RepeatRule repeat;
        int years;
        int women;
        bool head;
        int size;
    };
    static const Row rows[] = {
        {"最美教师", AwardKind::Individual, RepeatRule::None, 0, 0, false, 0},
        {"三育人先进", AwardKind::Both, RepeatRule::None, 0, 0, false, 0},
        {"巾帼文明岗", AwardKind::Collective, RepeatRule::Years, 3, 60, true, 3},
        {"巾帼建功标兵", AwardKind::Individual, RepeatRule::Years, 3, 0, false, 0},
        {"工会工作先进", AwardKind::Both, RepeatRule::None, 0, 0, false, 0},
        {"优秀工会积极分子", AwardKind::Individual, RepeatRule::None, 0, 0, false, 0},
    };
    QList<AwardType> list;
    int order = 0;
    for (const Row& r : rows) {
        AwardType t;
        t.name = QString::fromUtf8(r.name);
        t.kind = r.kind;
        t.repeatRule = r.repeat;
        t.repeatYears = r.years;
        t.minWomenPercent = r.women;
        t.femaleHead = r.head;
        t.minSize = r.size;
        t.sortOrder = ++order;
        list << t;
    }
    return list;
}

QList<qint64> AwardTypeRepository::addDefaults()
{
    Transaction tx(m_db);
    QList<qint64> ids;
    for (const AwardType& t : defaultTypes())
        if (!byName(t.name))
            ids << add(t);
    tx.commit();
    return ids;
}

QStringList AwardTypeRepository::listTitles()
{
    QStringList titles;
    for (const Field<AwardType>& f : AwardType::type().fields())
        titles << AwardType::type().title(f);
    return titles;
}

QList<QStringList> AwardTypeRepository::listRows(bool forScripts) const
{
    QList<const Field<AwardType>*> fields;
    for (const Field<AwardType>& f : m_type.fields())
        fields << &f;
    QList<AwardType> list = all();
    if (list.isEmpty())
        list = defaultTypes();
    return texts(list, fields, !forScripts);
}

Problems AwardTypeRepository::rules(const AwardType& t) const
{
    Problems list;
    if (t.repeatRule == RepeatRule::Years && (t.repeatYears < 1 || t.repeatYears > 99))
        list.append({QStringLiteral("repeat_years"),
                     Tr::tr("Give the number of years (1–99) within which %1 is not given to the same nominee again.")
                         .arg(t.name)});
    if (t.minWomenPercent < 0 || t.minWomenPercent > 100)
        list.append({QStringLiteral("min_women_percent"), Tr::tr("The least share of women is a percent, 0–100.")});
    if (t.minSize < 0 || t.minSize > 9999)
        list.append({QStringLiteral("min_size"), Tr::tr("The least size of a collective is 0–9999 people.")});
    if (t.minDeeds < 0 || t.minDeeds > 100000)
        list.append({QStringLiteral("min_deeds"), Tr::tr("The least length of the deeds is 0–100000 characters.")});
    return list;
}

// ---- history

QString AwardHistoryRepository::selectSql() const
{
    return QStringLiteral("SELECT h.*, m.name AS member_name, m.staff_no AS member_staff_no, t.name AS award_name, "
                          "u.name AS unit_name FROM award_history h JOIN award_types t ON t.id = h.award_type_id "
                          "LEFT JOIN members m ON m.id = h.member_id LEFT JOIN units u ON u.id = h.unit_id");
}

QList<AwardHistoryEntry> AwardHistoryRepository::ofMember(qint64 memberId) const
{
    QList<AwardHistoryEntry> list;
    for (const QVariantMap& row :
         m_db.rows(selectSql() + QStringLiteral(" WHERE h.member_id = :m ORDER BY h.year DESC, t.sort_order, h.id"),
                   {{QStringLiteral("m"), memberId}}))
        list << m_type.fromRow(row);
    return list;
}

QList<AwardHistoryEntry> AwardHistoryRepository::ofYear(int year) const
{
    if (year == 0)
        return all();
    QList<AwardHistoryEntry> list;
    for (const QVariantMap& row : m_db.rows(selectSql() + QStringLiteral(" WHERE h.year = :y ORDER BY ") + orderBy(),
                                            {{QStringLiteral("y"), year}}))
        list << m_type.fromRow(row);
    return list;
}

AwardHistoryEntry AwardHistoryRepository::normalized(const AwardHistoryEntry& entry) const
{
    AwardHistoryEntry e = RecordRepository::normalized(entry);
    if (e.memberId)
        e.teamName.clear();
    return e;
}

Problems AwardHistoryRepository::rules(const AwardHistoryEntry& e) const
{
    Problems list;
    if (!e.memberId && e.teamName.isEmpty()) {
        list.append(
            {QStringLiteral("member_id"), Tr::tr("Give the member or the collective that was given the award.")});
        return list;
    }
    if (e.year < 1900 || e.year > 2999) {
        list.append({QStringLiteral("year"), Tr::tr("The year %1 is not a year from 1900 to 2999.").arg(e.year)});
        return list;
    }
    if (const auto same = sameEntry(e)) {
        const AwardHistoryEntry other = require(*same);
        list.append(
            {QStringLiteral("award_type_id"),
             Tr::tr("%1 is already recorded with %2 in %3.").arg(other.nominee(), other.awardName).arg(other.year)});
    }
    return list;
}

std::optional<qint64> AwardHistoryRepository::sameEntry(const AwardHistoryEntry& entry) const
{
    const AwardHistoryEntry e = normalized(entry);
    // The same member, or a collective of the same name, once per award and year.
    QVariantMap binds{
        {QStringLiteral("t"), e.awardTypeId}, {QStringLiteral("y"), e.year}, {QStringLiteral("id"), e.id}};
    QString who;
    if (e.memberId) {
        who = QStringLiteral("member_id = :m");
        binds.insert(QStringLiteral("m"), *e.memberId);
    } else {
        who = QStringLiteral("member_id IS NULL AND team_name = :n");
        binds.insert(QStringLiteral("n"), e.teamName);
    }
    const auto same = m_db.rows(
        QStringLiteral("SELECT id FROM award_history WHERE award_type_id = :t AND year = :y AND id <> :id AND ") + who,
        binds);
    return same.isEmpty() ? std::nullopt : std::optional<qint64>(same.first().value(QStringLiteral("id")).toLongLong());
}
QString AwardHistoryRepository::describe(const AwardHistoryEntry& e) const
{
    return Tr::tr("%1, %2 %3").arg(e.nominee(), e.awardName).arg(e.year);
}

QStringList AwardHistoryRepository::listKeys()
{
    return {QStringLiteral("year"),       QStringLiteral("award"), QStringLiteral("staff_no"), QStringLiteral("name"),
            QStringLiteral("collective"), QStringLiteral("unit"),  QStringLiteral("source"),   QStringLiteral("round")};
}

QStringList AwardHistoryRepository::listTitles()
{
    const RecordType<AwardHistoryEntry>& t = AwardHistoryEntry::type();
    return {t.title(u"year"),      t.title(u"award_type_id"), t.title(u"member_staff_no"), t.title(u"member_name"),
            t.title(u"team_name"), t.title(u"unit_id"),       t.title(u"source"),          t.title(u"round_id")};
}

QList<QStringList> AwardHistoryRepository::listRows(int year, bool forScripts) const
{
    QHash<qint64, QString> rounds;
    for (const QVariantMap& row : m_db.rows(QStringLiteral("SELECT id, round_key FROM award_rounds")))
        rounds.insert(row.value(QStringLiteral("id")).toLongLong(), row.value(QStringLiteral("round_key")).toString());
    QList<QStringList> rows;
    for (const AwardHistoryEntry& e : ofYear(year))
        rows << QStringList{QString::number(e.year),
                            e.awardName,
                            e.staffNo,
                            e.memberName,
                            e.teamName,
                            e.unitName,
                            forScripts ? historySources().key(e.source) : historySources().label(e.source),
                            e.roundId ? rounds.value(*e.roundId) : QString()};
    return rows;
}

Report AwardHistoryRepository::listReport(int year) const
{
    Report report;
    report.organisation = DatabaseSettings(m_db).value(settings::UnionName);
    report.title = Tr::tr("Awards history");
    report.subtitle = year ? Tr::tr("Year %1").arg(year) : QString();
    const QStringList titles = listTitles();
    const QList<QPair<Report::Kind, int>> kinds{
        {Report::Kind::Integer, 6}, {Report::Kind::Text, 14}, {Report::Kind::Text, 10}, {Report::Kind::Text, 8},
        {Report::Kind::Text, 16},   {Report::Kind::Text, 16}, {Report::Kind::Text, 8},  {Report::Kind::Text, 12}};
    for (int i = 0; i < titles.size(); ++i) {
        Report::Column column{titles.at(i), kinds.at(i).first, kinds.at(i).second};
        if (i == 2 || i == 3)
            column.flags = Report::NoWrap;
        report.columns.append(column);
    }
    for (const QStringList& row : listRows(year, false))
        report.addRow(row);
    return report;
}

} // namespace ud::core
