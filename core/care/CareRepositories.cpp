#include "core/care/CareRepositories.h"

#include "core/db/Transaction.h"
#include "core/record/Money.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace ud::core {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ud::core::CareRepositories)
};

/// The binds :from and :to of a calendar year, for a date column compared as ISO text.
QVariantMap yearBinds(int year)
{
    return {{QStringLiteral("from"), QStringLiteral("%1-01-01").arg(year, 4, 10, QLatin1Char('0'))},
            {QStringLiteral("to"), QStringLiteral("%1-12-31").arg(year, 4, 10, QLatin1Char('0'))}};
}

QString memberLabel(const QString& name, const QString& staffNo)
{
    return staffNo.isEmpty() ? name : QStringLiteral("%1 %2").arg(name, staffNo);
}

/// The member's sub-union now, for a record that names none.
std::optional<qint64> memberUnit(Database& db, qint64 memberId)
{
    const QVariant unit =
        db.scalar(QStringLiteral("SELECT unit_id FROM members WHERE id = :id"), {{QStringLiteral("id"), memberId}});
    return unit.isNull() || !unit.isValid() ? std::nullopt : std::optional<qint64>(unit.toLongLong());
}

template <class E> QString enumText(const KeyedEnum<E>& keys, E value, bool forScripts)
{
    return forScripts ? keys.key(value) : keys.label(value);
}

} // namespace

// ---- hardship

QString HardshipRepository::selectSql() const
{
    return QStringLiteral("SELECT h.*, m.name AS member_name, m.staff_no AS member_staff_no, u.name AS unit_name "
                          "FROM hardship_cases h JOIN members m ON m.id = h.member_id "
                          "LEFT JOIN units u ON u.id = h.unit_id");
}

QList<HardshipCase> HardshipRepository::ofYear(int year) const
{
    if (year == 0)
        return all();
    QList<HardshipCase> list;
    for (const QVariantMap& row :
         m_db.rows(selectSql() + QStringLiteral(" WHERE h.given >= :from AND h.given <= :to ORDER BY ") + orderBy(),
                   yearBinds(year)))
        list << m_type.fromRow(row);
    return list;
}

HardshipCase HardshipRepository::normalized(const HardshipCase& c) const
{
    HardshipCase r = RecordRepository::normalized(c);
    if (!r.unitId && r.memberId)
        r.unitId = memberUnit(m_db, r.memberId);
    return r;
}

QString HardshipRepository::describe(const HardshipCase& c) const
{
    return Tr::tr("%1, hardship help on %2").arg(memberLabel(c.name, c.staffNo), c.given.toString(Qt::ISODate));
}

QString HardshipRepository::repeatWarning(const HardshipCase& c) const
{
    if (!DatabaseSettings(m_db).isOn(settings::HardshipOncePerYear) || !c.given.isValid() || !c.memberId)
        return {};
    QVariantMap binds = yearBinds(c.given.year());
    binds.insert(QStringLiteral("m"), c.memberId);
    binds.insert(QStringLiteral("id"), c.id);
    QStringList earlier;
    for (const QVariantMap& row : m_db.rows(selectSql() + QStringLiteral(" WHERE h.member_id = :m AND h.id <> :id AND "
                                                                         "h.given >= :from AND h.given <= :to "
                                                                         "ORDER BY h.given, h.id"),
                                            binds)) {
        const HardshipCase other = m_type.fromRow(row);
        earlier << Tr::tr("%1, %2 yuan").arg(other.given.toString(Qt::ISODate), yuanText(other.amount));
    }
    if (earlier.isEmpty())
        return {};
    const auto m = m_db.rows(QStringLiteral("SELECT name, staff_no FROM members WHERE id = :id"),
                             {{QStringLiteral("id"), c.memberId}});
    const QString who = m.isEmpty() ? QString()
                                    : memberLabel(m.first().value(QStringLiteral("name")).toString(),
                                                  m.first().value(QStringLiteral("staff_no")).toString());
    return Tr::tr("%1 already had hardship help in %2 (%3). Help is normally given once a year per family.")
        .arg(who)
        .arg(c.given.year())
        .arg(earlier.join(Tr::tr("; ")));
}

QStringList HardshipRepository::listKeys()
{
    return {QStringLiteral("date"),
            QStringLiteral("staff_no"),
            QStringLiteral("name"),
            QStringLiteral("unit"),
            QStringLiteral("cause"),
            QStringLiteral("household_size"),
            QStringLiteral("income_per_head"),
            QStringLiteral("amount"),
            QStringLiteral("form"),
            QStringLiteral("funded_by"),
            QStringLiteral("review")};
}

QStringList HardshipRepository::listTitles()
{
    const RecordType<HardshipCase>& t = HardshipCase::type();
    return {t.title(u"given"), t.title(u"member_staff_no"), t.title(u"member_name"),     t.title(u"unit_id"),
            t.title(u"cause"), t.title(u"household_size"),  t.title(u"income_per_head"), t.title(u"amount"),
            t.title(u"form"),  t.title(u"funded_by"),       t.title(u"review")};
}

QList<QStringList> HardshipRepository::listRows(int year, bool forScripts) const
{
    QList<QStringList> rows;
    for (const HardshipCase& c : ofYear(year))
        rows << QStringList{c.given.toString(Qt::ISODate),
                            c.staffNo,
                            c.name,
                            c.unitName,
                            enumText(hardshipCauses(), c.cause, forScripts),
                            QString::number(c.householdSize),
                            yuanText(c.incomePerHead, true),
                            yuanText(c.amount, true),
                            enumText(givenForms(), c.form, forScripts),
                            enumText(hardshipFunders(), c.fundedBy, forScripts),
                            enumText(hardshipReviews(), c.review, forScripts)};
    return rows;
}

Report HardshipRepository::listReport(int year) const
{
    Report report;
    report.organisation = DatabaseSettings(m_db).value(settings::UnionName);
    report.title = Tr::tr("Hardship help");
    report.subtitle = year ? Tr::tr("Year %1").arg(year) : QString();
    report.orientation = QPageLayout::Landscape;
    const QStringList titles = listTitles();
    const QList<QPair<Report::Kind, int>> kinds{
        {Report::Kind::Date, 10}, {Report::Kind::Text, 10},   {Report::Kind::Text, 8},     {Report::Kind::Text, 16},
        {Report::Kind::Text, 8},  {Report::Kind::Integer, 6}, {Report::Kind::Decimal, 10}, {Report::Kind::Decimal, 10},
        {Report::Kind::Text, 6},  {Report::Kind::Text, 10},   {Report::Kind::Text, 8}};
    for (int i = 0; i < titles.size(); ++i) {
        Report::Column column{titles.at(i), kinds.at(i).first, kinds.at(i).second};
        if (i == 1 || i == 2)
            column.flags = Report::NoWrap;
        report.columns.append(column);
    }
    for (const QStringList& row : listRows(year, false))
        report.addRow(row);
    return report;
}

// ---- kinds

QList<CareKind> CareKindRepository::ofYear(int year) const
{
    QList<CareKind> list;
    for (const QVariantMap& row :
         m_db.rows(selectSql() + QStringLiteral(" WHERE year = :y ORDER BY sort_order, kind_key"),
                   {{QStringLiteral("y"), year}}))
        list << m_type.fromRow(row);
    return list;
}

std::optional<CareKind> CareKindRepository::byYearKey(int year, const QString& key) const
{
    const auto rows = m_db.rows(selectSql() + QStringLiteral(" WHERE year = :y AND kind_key = :k"),
                                {{QStringLiteral("y"), year}, {QStringLiteral("k"), key.trimmed()}});
    return rows.isEmpty() ? std::nullopt : std::optional<CareKind>(m_type.fromRow(rows.first()));
}

QList<int> CareKindRepository::years() const
{
    QList<int> list;
    for (const QVariantMap& row : m_db.rows(QStringLiteral("SELECT DISTINCT year FROM care_kinds ORDER BY year DESC")))
        list << row.value(QStringLiteral("year")).toInt();
    return list;
}

Problems CareKindRepository::rules(const CareKind& kind) const
{
    Problems list;
    if (kind.year < 1900 || kind.year > 2999)
        list.append({QStringLiteral("year"), Tr::tr("The year %1 is not a year from 1900 to 2999.").arg(kind.year)});
    static const QRegularExpression keyPattern(QStringLiteral("^[A-Za-z0-9_-]+$"));
    if (!kind.key.isEmpty() && !keyPattern.match(kind.key).hasMatch())
        list.append({QStringLiteral("kind_key"),
                     Tr::tr("The key %1 may hold only letters a–z, digits, - and _ (it names the kind in files).")
                         .arg(kind.key)});
    const auto same =
        m_db.rows(QStringLiteral("SELECT name FROM care_kinds WHERE year = :y AND kind_key = :k AND "
                                 "id <> :id"),
                  {{QStringLiteral("y"), kind.year}, {QStringLiteral("k"), kind.key}, {QStringLiteral("id"), kind.id}});
    if (!same.isEmpty())
        list.append(
            {QStringLiteral("kind_key"), Tr::tr("The %1 table already has the key %2 (%3).")
                                             .arg(kind.year)
                                             .arg(kind.key, same.first().value(QStringLiteral("name")).toString())});
    if (kind.id) {
        // The visits of a kind are of its year: a kind with visits keeps its year.
        const auto stored = byId(kind.id);
        const int visits = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM care_visits WHERE kind_id = :id"),
                                       {{QStringLiteral("id"), kind.id}})
                               .toInt();
        if (stored && stored->year != kind.year && visits > 0)
            list.append(
                {QStringLiteral("year"), Tr::tr("%1 has %n visit(s) in %2 and stays in the %2 table.", nullptr, visits)
                                             .arg(stored->name)
                                             .arg(stored->year)});
    }
    return list;
}

QString CareKindRepository::describe(const CareKind& kind) const
{
    return Tr::tr("%1 (%2)").arg(kind.name).arg(kind.year);
}

QString CareKindRepository::referencedMessage(const CareKind& kind, const QString& references) const
{
    return Tr::tr("%1 cannot be deleted while visits are recorded under it (%2).").arg(describe(kind), references);
}

QList<CareKind> CareKindRepository::defaultKinds(int year)
{
    struct Row {
        const char* key;
        const char* name;
        AmountMode mode;
        qint64 yuan;
        CarePayer payer;
        GivenForm form;
        CareFrequency frequency;
        OverRule over;
    };
    static const Row rows[] = {
        {"marriage", "婚嫁慰问", AmountMode::Fixed, 400, CarePayer::SubUnion, GivenForm::Goods, CareFrequency::None,
         OverRule::Refuse},
        {"birth", "生育慰问", AmountMode::Fixed, 300, CarePayer::SubUnion, GivenForm::Cash, CareFrequency::None,
         OverRule::Refuse},
        {"illness", "生病住院慰问", AmountMode::Cap, 300, CarePayer::SubUnion, GivenForm::Cash, CareFrequency::PerYear,
         OverRule::Reason},
        {"serious_illness", "重大疾病慰问", AmountMode::Cap, 2000, CarePayer::University, GivenForm::Cash,
         CareFrequency::PerYear, OverRule::Reason},
        {"parent_death", "父母去世慰问", AmountMode::Fixed, 1000, CarePayer::SubUnion, GivenForm::Cash,
         CareFrequency::None, OverRule::Refuse},
        {"family_death", "配偶或子女去世慰问", AmountMode::Fixed, 10000, CarePayer::University, GivenForm::Cash,
         CareFrequency::None, OverRule::Refuse},
        {"member_death", "会员去世慰问", AmountMode::Fixed, 10000, CarePayer::University, GivenForm::Cash,
         CareFrequency::Once, OverRule::Refuse},
        {"retirement", "退休慰问", AmountMode::Fixed, 400, CarePayer::SubUnion, GivenForm::Goods, CareFrequency::Once,
         OverRule::Refuse},
        {"other", "其他慰问", AmountMode::Cap, 500, CarePayer::SubUnion, GivenForm::Cash, CareFrequency::None,
         OverRule::Reason},
    };
    QList<CareKind> list;
    int order = 0;
    for (const Row& r : rows) {
        CareKind k;
        k.year = year;
        k.key = QString::fromLatin1(r.key);
        k.name = QString::fromUtf8(r.name);
        k.amountMode = r.mode;
        k.amount = r.yuan * 100;
        k.payer = r.payer;
        k.form = r.form;
        k.frequency = r.frequency;
        k.overRule = r.over;
        k.sortOrder = ++order;
        list << k;
    }
    return list;
}

QList<qint64> CareKindRepository::addDefaults(int year)
{
    Transaction tx(m_db);
    QList<qint64> ids;
    for (const CareKind& k : defaultKinds(year))
        if (!byYearKey(year, k.key))
            ids << add(k);
    tx.commit();
    return ids;
}

QList<qint64> CareKindRepository::copyYear(int from, int to)
{
    const QList<CareKind> kinds = ofYear(from);
    if (kinds.isEmpty())
        throw ValidationError(Tr::tr("The %1 table has no kinds to copy.").arg(from));
    Transaction tx(m_db);
    QList<qint64> ids;
    for (CareKind k : kinds) {
        if (byYearKey(to, k.key))
            continue;
        k.id = 0;
        k.year = to;
        ids << add(k);
    }
    tx.commit();
    return ids;
}

void CareKindRepository::removeAll(const QList<qint64>& ids)
{
    Transaction tx(m_db);
    for (qint64 id : ids)
        remove(id);
    tx.commit();
}

void CareKindRepository::restoreAll(const QList<CareKind>& kinds)
{
    Transaction tx(m_db);
    for (const CareKind& k : kinds)
        restore(k);
    tx.commit();
}

// ---- visits

QString CareVisitRepository::selectSql() const
{
    return QStringLiteral("SELECT v.*, m.name AS member_name, m.staff_no AS member_staff_no, u.name AS unit_name, "
                          "k.kind_key AS kind_key, k.name AS kind_name "
                          "FROM care_visits v JOIN members m ON m.id = v.member_id "
                          "JOIN care_kinds k ON k.id = v.kind_id LEFT JOIN units u ON u.id = v.unit_id");
}

QList<CareVisit> CareVisitRepository::visits(const CareFilter& filter) const
{
    QStringList where;
    QVariantMap binds;
    if (filter.year) {
        where << QStringLiteral("v.visited >= :from AND v.visited <= :to");
        binds.insert(yearBinds(filter.year));
    }
    if (!filter.kindKey.isEmpty()) {
        where << QStringLiteral("k.kind_key = :k");
        binds.insert(QStringLiteral("k"), filter.kindKey);
    }
    if (filter.unitId) {
        where << QStringLiteral("v.unit_id = :u");
        binds.insert(QStringLiteral("u"), *filter.unitId);
    }
    QList<CareVisit> list;
    for (const QVariantMap& row :
         m_db.rows(selectSql() + (where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(u" AND ")) +
                       QStringLiteral(" ORDER BY ") + orderBy(),
                   binds))
        list << m_type.fromRow(row);
    return list;
}

CareVisit CareVisitRepository::normalized(const CareVisit& visit) const
{
    CareVisit r = RecordRepository::normalized(visit);
    if (!r.unitId && r.memberId)
        r.unitId = memberUnit(m_db, r.memberId);
    return r;
}

QString CareVisitRepository::describe(const CareVisit& visit) const
{
    return Tr::tr("%1, %2 on %3")
        .arg(memberLabel(visit.name, visit.staffNo), visit.kindName, visit.visited.toString(Qt::ISODate));
}

CareExceptions CareVisitRepository::exceptions(const CareVisit& visit) const
{
    CareExceptions e;
    const auto kind = CareKindRepository(m_db).byId(visit.kindId);
    if (!kind || !visit.memberId)
        return e;
    if (kind->amount > 0 && visit.amount > kind->amount) {
        e.overAmount = true;
        e.rules << (kind->amountMode == AmountMode::Fixed
                        ? Tr::tr("%1 of %2 gives the standard amount of %3 yuan; this visit gives %4 yuan.")
                        : Tr::tr("%1 of %2 gives at most %3 yuan; this visit gives %4 yuan."))
                       .arg(kind->name)
                       .arg(kind->year)
                       .arg(yuanText(kind->amount), yuanText(visit.amount));
    }
    if (kind->frequency != CareFrequency::None && visit.visited.isValid()) {
        QString sql = QStringLiteral("SELECT v.visited FROM care_visits v JOIN care_kinds k ON k.id = v.kind_id "
                                     "WHERE v.member_id = :m AND k.kind_key = :k AND v.id <> :id");
        QVariantMap binds{
            {QStringLiteral("m"), visit.memberId}, {QStringLiteral("k"), kind->key}, {QStringLiteral("id"), visit.id}};
        // A stored visit is measured against the visits before it (by day, then as recorded), so that the first of a
        // year stays within the rule; a new one against every other visit.
        if (visit.id) {
            sql += QStringLiteral(" AND (v.visited < :d OR (v.visited = :d AND v.id < :id))");
            binds.insert(QStringLiteral("d"), dateValue(visit.visited));
        }
        if (kind->frequency == CareFrequency::PerYear) {
            sql += QStringLiteral(" AND v.visited >= :from AND v.visited <= :to");
            binds.insert(yearBinds(visit.visited.year()));
        }
        QStringList dates;
        for (const QVariantMap& row : m_db.rows(sql + QStringLiteral(" ORDER BY v.visited"), binds))
            dates << row.value(QStringLiteral("visited")).toString();
        if (!dates.isEmpty()) {
            const auto m = m_db.rows(QStringLiteral("SELECT name, staff_no FROM members WHERE id = :id"),
                                     {{QStringLiteral("id"), visit.memberId}});
            const QString who = m.isEmpty() ? QString()
                                            : memberLabel(m.first().value(QStringLiteral("name")).toString(),
                                                          m.first().value(QStringLiteral("staff_no")).toString());
            e.overFrequency = true;
            e.rules << (kind->frequency == CareFrequency::PerYear
                            ? Tr::tr("%1 already had a visit of the kind %2 in %3 (%4); the kind allows one a year.")
                                  .arg(who, kind->name)
                                  .arg(visit.visited.year())
                                  .arg(dates.join(Tr::tr(", ")))
                            : Tr::tr("%1 already had a visit of the kind %2 (%3); the kind allows one only.")
                                  .arg(who, kind->name, dates.join(Tr::tr(", "))));
        }
    }
    return e;
}

Problems CareVisitRepository::rules(const CareVisit& visit) const
{
    Problems list;
    const auto kind = visit.kindId ? CareKindRepository(m_db).byId(visit.kindId) : std::nullopt;
    if (visit.kindId && !kind) {
        list.append({QStringLiteral("kind_id"), Tr::tr("The kind of the visit no longer exists.")});
        return list;
    }
    if (!kind || !visit.visited.isValid())
        return list;
    if (kind->year != visit.visited.year()) {
        list.append({QStringLiteral("kind_id"),
                     Tr::tr("%1 is a kind of the %2 table; a visit on %3 takes a kind of the %4 table.")
                         .arg(kind->name)
                         .arg(kind->year)
                         .arg(visit.visited.toString(Qt::ISODate))
                         .arg(visit.visited.year())});
        return list;
    }
    if (m_restoring)
        return list;
    const CareExceptions e = exceptions(visit);
    if (!e.any())
        return list;
    const QString rules = e.rules.join(QLatin1Char(' '));
    if (kind->overRule == OverRule::Refuse)
        list.append({e.overAmount ? QStringLiteral("amount") : QStringLiteral("kind_id"),
                     rules + QLatin1Char(' ') + Tr::tr("The kind refuses visits over its rules.")});
    else if (visit.reason.trimmed().isEmpty())
        list.append({QStringLiteral("reason"),
                     rules + QLatin1Char(' ') + Tr::tr("Give the reason for the exception to record it.")});
    return list;
}

void CareVisitRepository::restore(const Snapshot& snapshot)
{
    m_restoring = true;
    try {
        RecordRepository::restore(snapshot);
    } catch (...) {
        m_restoring = false;
        throw;
    }
    m_restoring = false;
}

QList<CareTotal> CareVisitRepository::totals(int year) const
{
    struct Row {
        CareTotal total;
        int unitOrder = 0;
        QString unitCode;
        int kindOrder = 0;
    };
    QList<Row> rows;
    for (const QVariantMap& r : m_db.rows(
             QStringLiteral(
                 "SELECT v.unit_id AS unit_id, u.name AS unit_name, u.sort_order AS unit_order, u.code AS unit_code, "
                 "k.kind_key AS kind_key, MIN(k.name) AS kind_name, MIN(k.sort_order) AS kind_order, "
                 "COUNT(*) AS visits, SUM(v.amount) AS amount "
                 "FROM care_visits v JOIN care_kinds k ON k.id = v.kind_id "
                 "LEFT JOIN units u ON u.id = v.unit_id "
                 "WHERE v.visited >= :from AND v.visited <= :to "
                 "GROUP BY v.unit_id, u.name, u.sort_order, u.code, k.kind_key"),
             yearBinds(year))) {
        Row row;
        if (!r.value(QStringLiteral("unit_id")).isNull())
            row.total.unitId = r.value(QStringLiteral("unit_id")).toLongLong();
        row.total.unitName = r.value(QStringLiteral("unit_name")).toString();
        row.total.kindKey = r.value(QStringLiteral("kind_key")).toString();
        row.total.kindName = r.value(QStringLiteral("kind_name")).toString();
        row.total.visits = r.value(QStringLiteral("visits")).toInt();
        row.total.amount = r.value(QStringLiteral("amount")).toLongLong();
        row.unitOrder = r.value(QStringLiteral("unit_order")).toInt();
        row.unitCode = r.value(QStringLiteral("unit_code")).toString();
        row.kindOrder = r.value(QStringLiteral("kind_order")).toInt();
        rows << row;
    }
    std::sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) {
        const auto unitKey = [](const Row& r) {
            return std::make_tuple(!r.total.unitId, r.unitOrder, r.unitCode, r.total.unitId.value_or(0));
        };
        if (unitKey(a) != unitKey(b))
            return unitKey(a) < unitKey(b);
        return std::make_tuple(a.kindOrder, a.total.kindKey) < std::make_tuple(b.kindOrder, b.total.kindKey);
    });
    QList<CareTotal> list;
    for (const Row& r : rows)
        list << r.total;
    return list;
}

QList<CareMonthTotal> CareVisitRepository::monthTotals(int year) const
{
    QList<CareMonthTotal> list;
    for (int m = 1; m <= 12; ++m)
        list.append({m, 0, 0, 0, 0});
    for (const QVariantMap& r :
         m_db.rows(QStringLiteral("SELECT SUBSTR(visited, 6, 2) AS month, payer, COUNT(*) AS visits, "
                                  "SUM(amount) AS amount FROM care_visits WHERE visited >= :from AND visited <= :to "
                                  "GROUP BY SUBSTR(visited, 6, 2), payer"),
                   yearBinds(year))) {
        const int month = r.value(QStringLiteral("month")).toString().toInt();
        if (month < 1 || month > 12)
            continue;
        CareMonthTotal& t = list[month - 1];
        const qint64 amount = r.value(QStringLiteral("amount")).toLongLong();
        t.visits += r.value(QStringLiteral("visits")).toInt();
        t.amount += amount;
        (r.value(QStringLiteral("payer")).toString() == QLatin1String("university") ? t.university : t.subUnion) +=
            amount;
    }
    return list;
}

QStringList CareVisitRepository::listKeys()
{
    return {QStringLiteral("date"),  QStringLiteral("staff_no"),  QStringLiteral("name"),    QStringLiteral("unit"),
            QStringLiteral("kind"),  QStringLiteral("kind_name"), QStringLiteral("amount"),  QStringLiteral("form"),
            QStringLiteral("payer"), QStringLiteral("reason"),    QStringLiteral("visitors")};
}

QStringList CareVisitRepository::listTitles()
{
    const RecordType<CareVisit>& t = CareVisit::type();
    return {t.title(u"visited"),  t.title(u"member_staff_no"), t.title(u"member_name"), t.title(u"unit_id"),
            t.title(u"kind_key"), t.title(u"kind_id"),         t.title(u"amount"),      t.title(u"form"),
            t.title(u"payer"),    t.title(u"reason"),          t.title(u"visitors")};
}

QList<QStringList> CareVisitRepository::listRows(const CareFilter& filter, bool forScripts) const
{
    QList<QStringList> rows;
    for (const CareVisit& v : visits(filter))
        rows << QStringList{v.visited.toString(Qt::ISODate),
                            v.staffNo,
                            v.name,
                            v.unitName,
                            v.kindKey,
                            v.kindName,
                            yuanText(v.amount, true),
                            enumText(givenForms(), v.form, forScripts),
                            enumText(carePayers(), v.payer, forScripts),
                            v.reason,
                            v.visitors};
    return rows;
}

Report CareVisitRepository::listReport(const CareFilter& filter) const
{
    Report report;
    report.organisation = DatabaseSettings(m_db).value(settings::UnionName);
    report.title = Tr::tr("Care visits");
    report.subtitle = filter.year ? Tr::tr("Year %1").arg(filter.year) : QString();
    report.orientation = QPageLayout::Landscape;
    const QStringList titles = listTitles();
    const QList<QPair<Report::Kind, int>> kinds{
        {Report::Kind::Date, 10}, {Report::Kind::Text, 10}, {Report::Kind::Text, 8},     {Report::Kind::Text, 16},
        {Report::Kind::Text, 10}, {Report::Kind::Text, 14}, {Report::Kind::Decimal, 10}, {Report::Kind::Text, 6},
        {Report::Kind::Text, 10}, {Report::Kind::Text, 20}, {Report::Kind::Text, 12}};
    // The key is for files; a print shows the kind's name.
    for (int i = 0; i < titles.size(); ++i) {
        Report::Column column{titles.at(i), kinds.at(i).first, kinds.at(i).second};
        if (i == 1 || i == 2)
            column.flags = Report::NoWrap;
        report.columns.append(column);
    }
    report.columns.removeAt(4);
    for (QStringList row : listRows(filter, false)) {
        row.removeAt(4);
        report.addRow(row);
    }
    return report;
}

} // namespace ud::core
