#include "core/members/MemberLists.h"

#include "core/db/DatabaseSettings.h"
#include "core/io/DateText.h"

#include "core/members/IdNumber.h"
#include "core/members/Member.h"
#include "core/members/MemberQuery.h"
#include "core/members/MemberRepository.h"
#include "core/members/RetirementAge.h"
#include "core/units/SubUnitRepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

#include <algorithm>

namespace ud::core {

namespace {

// The context the messages of this file are translated under; written Tr::tr() so that lupdate files them there.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ud::core::MemberLists)
};

QString unitHeading(const QString& name, int count)
{
    return (name.isEmpty() ? QCoreApplication::translate("ud::core::MemberLists", "No sub-union") : name) +
           QStringLiteral("（") + QCoreApplication::translate("ud::core::MemberLists", "%n member(s)", nullptr, count) +
           QStringLiteral("）");
}

QString genderText(const QString& g)
{
    return MemberQuery::displayText(MemberColumn::Gender, g);
}

/// Rows collected per sub-union, in the order the sub-unions are listed on the units page.
struct Grouped {
    explicit Grouped(bool byUnit) : groupByUnit(byUnit) {}
    bool groupByUnit;
    QStringList unitOrder;
    QHash<QString, QList<QStringList>> rows;
    void add(const QString& unit, const QStringList& cells)
    {
        const QString key = groupByUnit ? unit : QString();
        if (!rows.contains(key))
            unitOrder << key;
        rows[key].append(cells);
    }
};

void fill(Report& report, const Grouped& grouped)
{
    int n = 0;
    for (const QString& unit : grouped.unitOrder) {
        const auto& list = grouped.rows.value(unit);
        if (grouped.groupByUnit)
            report.addHeading(unitHeading(unit, list.size()));
        for (QStringList cells : list) {
            cells.prepend(QString::number(++n));
            report.addRow(cells);
        }
    }
}

QString maskedFootnote(bool full)
{
    return full ? QString() : QCoreApplication::translate("ud::core::MemberLists", "Mobile numbers are masked.");
}

} // namespace

QString MemberLists::organisationName() const
{
    return DatabaseSettings(m_db).value(settings::UnionName);
}

Report MemberLists::shown(const MemberExportOptions& options) const
{
    Report report;
    report.organisation = organisationName();
    report.title = Tr::tr("Members");
    const QList<MemberColumn> columns = memberExportColumns(options);
    report.columns.append({Tr::tr("No."), Report::Kind::Integer, 4});
    for (const MemberColumn column : columns) {
        Report::Column c{MemberColumns::title(column), Report::Kind::Text, 8, Report::NoWrap};
        switch (column) {
        case MemberColumn::BirthDate:
        case MemberColumn::JoinDate:
            c.kind = Report::Kind::Date;
            c.width = 10;
            break;
        case MemberColumn::Age:
        case MemberColumn::OriginalRetirementAge:
            c.kind = Report::Kind::Integer;
            c.width = 4;
            break;
        case MemberColumn::UnitName:
        case MemberColumn::Department:
        case MemberColumn::Title:
        case MemberColumn::Note:
            c.flags = {}; // long texts wrap
            c.width = 14;
            break;
        default:
            break;
        }
        report.columns.append(c);
    }
    int number = 0;
    forEachMemberRow(m_db, options, MemberText::Labels, [&](const QStringList& cells) {
        report.addRow(QStringList{QString::number(++number)} + cells);
        return true;
    });
    // Which members, in the clerk's words.
    const MemberFilter& f = options.filter;
    QStringList parts;
    if (!f.search.trimmed().isEmpty())
        parts << Tr::tr("search “%1”").arg(f.search.trimmed());
    if (f.unitId)
        if (const auto unit = SubUnitRepository(m_db).byId(*f.unitId))
            parts << unit->name;
    if (f.status)
        parts << Member::statusLabel(*f.status);
    if (!f.gender.isEmpty())
        parts << genderText(f.gender);
    if (f.minAge || f.maxAge)
        parts << Tr::tr("aged %1–%2")
                     .arg(f.minAge ? QString::number(*f.minAge) : QString(),
                          f.maxAge ? QString::number(*f.maxAge) : QString());
    if (f.birthMonth)
        parts << Tr::tr("birthdays in month %1").arg(*f.birthMonth);
    parts << QCoreApplication::translate("ud::core::MemberLists", "%n member(s)", nullptr, number);
    report.subtitle = parts.join(Tr::tr(" · "));
    if (!options.unmasked)
        report.footnote = Tr::tr("ID and mobile numbers are masked.");
    if (report.columns.size() > 8)
        report.orientation = QPageLayout::Landscape;
    return report;
}

Report MemberLists::birthdays(int year, int month, const Options& options, bool includeRetired) const
{
    Report report;
    report.organisation = organisationName();
    report.title = Tr::tr("Birthdays in %1").arg(QLocale().toString(QDate(year, month, 1), Tr::tr("MMMM yyyy")));
    report.columns = {{Tr::tr("No."), Report::Kind::Integer, 4},
                      {Tr::tr("Staff no."), Report::Kind::Text, 8, Report::NoWrap},
                      {Tr::tr("Name"), Report::Kind::Text, 8, Report::NoWrap},
                      {Tr::tr("Gender"), Report::Kind::Text, 5, Report::NoWrap},
                      {Tr::tr("Sub-union"), Report::Kind::Text, 16, Report::GroupKey},
                      {Tr::tr("Birth date"), Report::Kind::Date, 10},
                      {Tr::tr("Age"), Report::Kind::Integer, 5},
                      {Tr::tr("Mobile"), Report::Kind::Text, 11, Report::NoWrap}};

    QVariantMap binds{{QStringLiteral("mm"), QStringLiteral("%1").arg(month, 2, 10, QLatin1Char('0'))}};
    QString sql = QStringLiteral(
        "SELECT m.staff_no, m.name, m.gender, m.birth_date, m.phone, u.name AS unit_name FROM members m "
        "LEFT JOIN units u ON u.id = m.unit_id WHERE substr(m.birth_date, 6, 2) = :mm AND m.status IN (%1)");
    sql = sql.arg(includeRetired ? QStringLiteral("'active', 'retired'") : QStringLiteral("'active'"));
    if (options.unitId) {
        sql += QStringLiteral(" AND m.unit_id = :unit");
        binds.insert(QStringLiteral("unit"), *options.unitId);
    }
    sql += options.groupByUnit
               ? QStringLiteral(" ORDER BY u.sort_order, u.code, substr(m.birth_date, 9, 2), m.name_pinyin, m.id")
               : QStringLiteral(" ORDER BY substr(m.birth_date, 9, 2), u.sort_order, u.code, m.name_pinyin, m.id");

    Grouped grouped(options.groupByUnit);
    for (const QVariantMap& r : m_db.rows(sql, binds)) {
        const QDate birth = QDate::fromString(r.value(QStringLiteral("birth_date")).toString(), Qt::ISODate);
        const QString phone = r.value(QStringLiteral("phone")).toString();
        grouped.add(r.value(QStringLiteral("unit_name")).toString(),
                    {r.value(QStringLiteral("staff_no")).toString(), r.value(QStringLiteral("name")).toString(),
                     genderText(r.value(QStringLiteral("gender")).toString()),
                     r.value(QStringLiteral("unit_name")).toString(), birth.toString(Qt::ISODate),
                     QString::number(year - birth.year()), options.showFullPhone ? phone : maskPhone(phone)});
    }
    fill(report, grouped);
    report.subtitle =
        (includeRetired ? Tr::tr("Active and retired members") : Tr::tr("Active members")) + QStringLiteral(" · ") +
        QCoreApplication::translate("ud::core::MemberLists", "%n member(s)", nullptr, report.dataRowCount());
    report.footnote = maskedFootnote(options.showFullPhone);
    return report;
}

Report MemberLists::retirements(const QDate& from, const QDate& to, const Options& options) const
{
    const int womenDefault = MemberRepository(m_db).womenRetirementAge();
    Report report;
    report.organisation = organisationName();
    report.title = Tr::tr("Upcoming retirements");
    report.columns = {{Tr::tr("No."), Report::Kind::Integer, 4},
                      {Tr::tr("Staff no."), Report::Kind::Text, 8, Report::NoWrap},
                      {Tr::tr("Name"), Report::Kind::Text, 8, Report::NoWrap},
                      {Tr::tr("Gender"), Report::Kind::Text, 5, Report::NoWrap},
                      {Tr::tr("Sub-union"), Report::Kind::Text, 16, Report::GroupKey},
                      {Tr::tr("Birth date"), Report::Kind::Date, 10},
                      {Tr::tr("Retirement age"), Report::Kind::Text, 9, Report::NoWrap},
                      {Tr::tr("Retires on"), Report::Kind::Date, 10},
                      {Tr::tr("Mobile"), Report::Kind::Text, 11, Report::NoWrap}};

    // The candidates, on the birth-date index: born between (from − the highest age) and (to − the lowest) of each
    // gender, a month wider for the days that month ends move; the exact date of each is worked out below.
    const auto bound = [](const QDate& day, int years, int months) {
        return day.addYears(years).addMonths(months).toString(Qt::ISODate);
    };
    QVariantMap binds{{QStringLiteral("m_from"), bound(from, -63, -1)},
                      {QStringLiteral("m_to"), bound(to, -60, 1)},
                      {QStringLiteral("f_from"), bound(from, -58, -1)},
                      {QStringLiteral("f_to"), bound(to, -50, 1)}};
    QString sql = QStringLiteral(
        "SELECT m.staff_no, m.name, m.gender, m.birth_date, m.phone, m.original_retirement_age, u.name AS unit_name, "
        "u.sort_order, u.code FROM members m LEFT JOIN units u ON u.id = m.unit_id WHERE m.status = 'active' AND "
        "((m.gender = 'M' AND m.birth_date BETWEEN :m_from AND :m_to) OR "
        "(m.gender = 'F' AND m.birth_date BETWEEN :f_from AND :f_to))");
    if (options.unitId) {
        sql += QStringLiteral(" AND m.unit_id = :unit");
        binds.insert(QStringLiteral("unit"), *options.unitId);
    }

    struct Entry {
        QDate retires;
        int sortOrder;
        QString code;
        QString unit;
        QStringList cells;
    };
    QList<Entry> entries;
    for (const QVariantMap& r : m_db.rows(sql, binds)) {
        const QDate birth = QDate::fromString(r.value(QStringLiteral("birth_date")).toString(), Qt::ISODate);
        const QString gender = r.value(QStringLiteral("gender")).toString();
        const auto retirement = statutoryRetirement(
            gender, birth, r.value(QStringLiteral("original_retirement_age")).toInt(), womenDefault);
        if (!retirement || retirement->date < from || retirement->date > to)
            continue;
        const QString phone = r.value(QStringLiteral("phone")).toString();
        const QString unit = r.value(QStringLiteral("unit_name")).toString();
        entries.append({retirement->date,
                        r.value(QStringLiteral("sort_order")).toInt(),
                        r.value(QStringLiteral("code")).toString(),
                        unit,
                        {r.value(QStringLiteral("staff_no")).toString(), r.value(QStringLiteral("name")).toString(),
                         genderText(gender), unit, birth.toString(Qt::ISODate), retirement->age.text(),
                         retirement->date.toString(Qt::ISODate), options.showFullPhone ? phone : maskPhone(phone)}});
    }
    std::stable_sort(entries.begin(), entries.end(), [&](const Entry& a, const Entry& b) {
        if (options.groupByUnit && (a.sortOrder != b.sortOrder || a.code != b.code))
            return std::tie(a.sortOrder, a.code) < std::tie(b.sortOrder, b.code);
        return a.retires < b.retires;
    });
    Grouped grouped(options.groupByUnit);
    for (const Entry& e : entries)
        grouped.add(e.unit, e.cells);
    fill(report, grouped);

    report.subtitle =
        Tr::tr("%1 to %2 · statutory ages of the 2025 rise, women from %3 unless recorded · %4")
            .arg(longDateText(from), longDateText(to))
            .arg(womenDefault)
            .arg(QCoreApplication::translate("ud::core::MemberLists", "%n member(s)", nullptr, report.dataRowCount()));
    QVariantMap missingBinds;
    QString missingSql = QStringLiteral("SELECT COUNT(*) FROM members m WHERE m.status = 'active' AND "
                                        "(m.birth_date IS NULL OR m.gender = '')");
    if (options.unitId) {
        missingSql += QStringLiteral(" AND m.unit_id = :unit");
        missingBinds.insert(QStringLiteral("unit"), *options.unitId);
    }
    const int missing = m_db.scalar(missingSql, missingBinds).toInt();
    QStringList notes;
    if (missing > 0)
        notes << QCoreApplication::translate("ud::core::MemberLists",
                                             "%n active member(s) without a birth date or gender are not considered.",
                                             nullptr, missing);
    if (!options.showFullPhone)
        notes << maskedFootnote(false);
    report.footnote = notes.join(QLatin1Char(' '));
    return report;
}

Report MemberLists::rosterAsOf(const QDate& date, const Options& options, bool includeRetired) const
{
    Report report;
    report.organisation = organisationName();
    report.title = Tr::tr("Roster as of %1").arg(longDateText(date));
    report.columns = {{Tr::tr("No."), Report::Kind::Integer, 4},
                      {Tr::tr("Staff no."), Report::Kind::Text, 8, Report::NoWrap},
                      {Tr::tr("Name"), Report::Kind::Text, 8, Report::NoWrap},
                      {Tr::tr("Gender"), Report::Kind::Text, 5, Report::NoWrap},
                      {Tr::tr("Sub-union"), Report::Kind::Text, 16, Report::GroupKey},
                      {Tr::tr("Status"), Report::Kind::Text, 6, Report::NoWrap},
                      {Tr::tr("Joined union"), Report::Kind::Date, 10},
                      {Tr::tr("Mobile"), Report::Kind::Text, 11, Report::NoWrap}};

    struct Person {
        QString staffNo, name, gender, phone, joined, pinyin;
    };
    QHash<qint64, Person> people;
    for (const QVariantMap& r :
         m_db.rows(QStringLiteral("SELECT id, staff_no, name, name_pinyin, gender, phone, join_date FROM members"))) {
        people.insert(r.value(QStringLiteral("id")).toLongLong(),
                      {r.value(QStringLiteral("staff_no")).toString(), r.value(QStringLiteral("name")).toString(),
                       r.value(QStringLiteral("gender")).toString(), r.value(QStringLiteral("phone")).toString(),
                       r.value(QStringLiteral("join_date")).toString(),
                       r.value(QStringLiteral("name_pinyin")).toString()});
    }
    struct Unit {
        QString name;
        int sortOrder = 0;
        QString code;
    };
    QHash<qint64, Unit> units;
    for (const QVariantMap& r : m_db.rows(QStringLiteral("SELECT id, code, name, sort_order FROM units")))
        units.insert(r.value(QStringLiteral("id")).toLongLong(),
                     {r.value(QStringLiteral("name")).toString(), r.value(QStringLiteral("sort_order")).toInt(),
                      r.value(QStringLiteral("code")).toString()});

    struct Entry {
        int sortOrder;
        QString code;
        QString unit;
        QString pinyin;
        QString staffNo;
        QStringList cells;
    };
    QList<Entry> entries;
    int active = 0;
    int retired = 0;
    for (const auto& e : MemberRepository(m_db).rosterAsOf(date)) {
        if (e.status == Member::Status::Active)
            ++active;
        else if (e.status == Member::Status::Retired && includeRetired)
            ++retired;
        else
            continue;
        if (options.unitId && e.unitId != options.unitId)
            continue;
        const Person p = people.value(e.memberId);
        const Unit u = e.unitId ? units.value(*e.unitId) : Unit{};
        entries.append({u.sortOrder,
                        u.code,
                        u.name,
                        p.pinyin,
                        p.staffNo,
                        {p.staffNo, p.name, genderText(p.gender), u.name, Member::statusLabel(e.status), p.joined,
                         options.showFullPhone ? p.phone : maskPhone(p.phone)}});
    }
    std::sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
        return std::tie(a.sortOrder, a.code, a.pinyin, a.staffNo) < std::tie(b.sortOrder, b.code, b.pinyin, b.staffNo);
    });
    Grouped grouped(options.groupByUnit);
    for (const Entry& e : entries)
        grouped.add(e.unit, e.cells);
    fill(report, grouped);
    report.subtitle =
        QCoreApplication::translate("ud::core::MemberLists", "%n member(s)", nullptr, report.dataRowCount());
    if (!options.unitId) {
        report.subtitle += QStringLiteral(" · ") + Tr::tr("active %1, retired %2").arg(active).arg(retired);
    }
    report.footnote = Tr::tr("Reproduced from the dated status history.") +
                      (options.showFullPhone ? QString() : QStringLiteral(" ") + maskedFootnote(false));
    return report;
}

} // namespace ud::core
