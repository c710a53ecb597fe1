#include "core/members/MemberQuery.h"

#include "core/io/Text.h"
#include "core/members/IdNumber.h"

#include <QCoreApplication>

namespace ud::core {

namespace {

// The context the messages of this file are translated under; written Tr::tr() so that lupdate files them there.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ud::core::MemberColumns)
};

QList<MemberColumnInfo> makeColumns()
{
    auto col = [](MemberColumn c, const char* key, const char* sql, const char* sortSql = nullptr) {
        MemberColumnInfo info;
        info.column = c;
        info.key = QString::fromLatin1(key);
        info.sql = QString::fromLatin1(sql);
        info.sortSql = sortSql ? QString::fromLatin1(sortSql) : info.sql;
        return info;
    };
    QList<MemberColumnInfo> list{
        col(MemberColumn::StaffNo, "staff_no", "m.staff_no"),
        col(MemberColumn::Name, "name", "m.name", "m.name_pinyin"),
        col(MemberColumn::Gender, "gender", "m.gender"),
        col(MemberColumn::BirthDate, "birth_date", "m.birth_date"),
        col(MemberColumn::IdNumber, "id_number", "m.id_number"),
        col(MemberColumn::UnitCode, "unit_code", "u.code"),
        col(MemberColumn::UnitName, "unit_name", "u.name", "u.sort_order, u.code"),
        col(MemberColumn::Status, "status", "m.status"),
        col(MemberColumn::Phone, "phone", "m.phone"),
        col(MemberColumn::JoinDate, "join_date", "m.join_date"),
        // Age is shown from the birth date; younger first when ascending. The deceased's age stops at their death:
        // "birth/death" (ageFrom() reads it).
        col(MemberColumn::Age, "age",
            "CASE WHEN m.status = 'deceased' THEN m.birth_date || '/' || coalesce((SELECT max(e.event_date) FROM "
            "member_events e WHERE e.member_id = m.id AND e.kind = 'deceased'), '') ELSE m.birth_date END",
            "m.birth_date DESC"),
        col(MemberColumn::Ethnicity, "ethnicity", "m.ethnicity"),
        col(MemberColumn::Department, "department", "m.department"),
        col(MemberColumn::Title, "title", "m.title"),
        col(MemberColumn::Education, "education", "m.education"),
        col(MemberColumn::PoliticalStatus, "political_status", "m.political_status"),
        col(MemberColumn::EmploymentType, "employment_type", "m.employment_type"),
        col(MemberColumn::Note, "note", "m.note"),
        // 0 (the office's default) is shown, exported and imported as empty.
        col(MemberColumn::OriginalRetirementAge, "original_retirement_age", "nullif(m.original_retirement_age, 0)",
            "m.original_retirement_age"),
    };
    for (auto& info : list) {
        const Field<Member>* field = Member::type().field(info.key);
        info.isDate = field && field->type == FieldType::Date;
        info.isSensitive = info.column == MemberColumn::IdNumber || info.column == MemberColumn::Phone;
    }
    return list;
}

/// "`text` occurs in the characters the mask leaves visible" for a column of ID or phone numbers, as LIKE terms
/// over `column` with their patterns bound as `name`0, `name`1, …: for every place at the front or the back
/// where maskRules() leave room for the text, one pattern whose "_" also holds the length the rule needs.
/// Written without substr() and with no term where the text cannot fit, a digit search costs no more than the
/// plain fragment search did (4 or more digits: one term for the phones, none for the IDs).
QStringList visiblePartsLike(PersonalNumber kind, const QString& column, const QString& text, const QString& name,
                             QVariantMap& binds)
{
    struct Range {
        qsizetype from;
        qsizetype to; // -1: no upper limit
        int keep;
    };
    // Neighbouring rules that keep as many characters at one side are one range for that side.
    const auto ranges = [kind](bool front) {
        QList<Range> list;
        for (const MaskRule& rule : maskRules(kind)) {
            const int keep = front ? rule.shape.front : rule.shape.back;
            if (!list.isEmpty() && list.last().keep == keep && list.last().to >= 0 &&
                list.last().to + 1 == rule.minLength)
                list.last().to = rule.maxLength;
            else
                list.append({rule.minLength, rule.maxLength, keep});
        }
        return list;
    };
    const QString escaped = MemberQuery::likeEscaped(text);
    const qsizetype size = text.size();
    QStringList terms;
    for (const bool front : {true, false}) {
        for (const Range& range : ranges(front)) {
            for (qsizetype offset = 0; offset + size <= range.keep; ++offset) {
                // The text, `offset` characters from its end of the number, in a number of at least `from`.
                const QString pad(qMax<qsizetype>(0, range.from - offset - size), QLatin1Char('_'));
                const QString near(offset, QLatin1Char('_'));
                const bool exact = range.to == range.from;
                const QString rest = exact ? pad : pad + QLatin1Char('%');
                const QString pattern = front ? near + escaped + rest : rest + escaped + near;
                const QString param = name + QString::number(terms.size());
                binds.insert(param, pattern);
                QString term = QStringLiteral("%1 LIKE :%2 ESCAPE '\\'").arg(column, param);
                if (range.to >= 0 && !exact)
                    term = QStringLiteral("(%1 AND length(%2) <= %3)").arg(term, column).arg(range.to);
                terms << term;
            }
        }
    }
    return terms;
}

/// A LIKE pattern for a whole masked value as the lists show it ("138****5678" finds the numbers it stands
/// for), or empty when `text` is not shaped like a masked number of `kind`.
QString maskedValueLike(PersonalNumber kind, const QString& text)
{
    const qsizetype firstStar = text.indexOf(QLatin1Char('*'));
    if (firstStar < 0)
        return {};
    const qsizetype lastStar = text.lastIndexOf(QLatin1Char('*'));
    const MaskShape shape = maskShape(kind, text.size());
    if (firstStar != shape.front || lastStar != text.size() - shape.back - 1)
        return {};
    for (qsizetype i = firstStar; i <= lastStar; ++i)
        if (text.at(i) != QLatin1Char('*'))
            return {};
    return MemberQuery::likeEscaped(text.left(shape.front)) + QString(lastStar - firstStar + 1, QLatin1Char('_')) +
           MemberQuery::likeEscaped(text.right(shape.back));
}

/// Flips the direction of every term of an ORDER BY list written for ascending order.
QString directed(const QString& sortSql, Qt::SortOrder order)
{
    QStringList terms;
    for (QString term : sortSql.split(QLatin1Char(','))) {
        term = term.trimmed();
        const bool desc = term.endsWith(QLatin1String(" DESC"));
        if (desc)
            term.chop(5);
        const bool wantDesc = desc != (order == Qt::DescendingOrder);
        terms << term + (wantDesc ? QLatin1String(" DESC") : QLatin1String(" ASC"));
    }
    return terms.join(QLatin1String(", "));
}

} // namespace

const QList<MemberColumnInfo>& MemberColumns::all()
{
    static const QList<MemberColumnInfo> columns = makeColumns();
    return columns;
}

const MemberColumnInfo& MemberColumns::info(MemberColumn column)
{
    return all().at(static_cast<int>(column));
}

std::optional<MemberColumn> MemberColumns::fromKey(const QString& key)
{
    for (const auto& info : all())
        if (info.key == key)
            return info.column;
    return std::nullopt;
}

int MemberColumns::count()
{
    return all().size();
}

QString MemberColumns::title(MemberColumn column)
{
    // The stored fields are titled by the member's record type; the columns made from others here.
    switch (column) {
    case MemberColumn::UnitCode:
        return Tr::tr("Sub-union code");
    case MemberColumn::UnitName:
        return Member::type().title(QStringLiteral("unit_id"));
    case MemberColumn::Age:
        return Tr::tr("Age");
    default:
        return Member::type().title(info(column).key);
    }
}

QList<MemberColumn> MemberColumns::defaultVisible()
{
    return {MemberColumn::StaffNo,  MemberColumn::Name,       MemberColumn::Gender, MemberColumn::Age,
            MemberColumn::UnitName, MemberColumn::Department, MemberColumn::Status, MemberColumn::Phone,
            MemberColumn::IdNumber, MemberColumn::JoinDate};
}

bool MemberFilter::isEmpty() const
{
    return search.trimmed().isEmpty() && !unitId && !status && gender.isEmpty() && !minAge && !maxAge && !birthMonth;
}

QString MemberFilter::fromWhere(QVariantMap& binds) const
{
    QStringList where;
    const QString text = Text::halfWidthTrimmed(search);
    if (!text.isEmpty()) {
        const QString like = MemberQuery::likeEscaped(text);
        const QString lower = MemberQuery::likeEscaped(text.toLower());
        binds.insert(QStringLiteral("q_any"), QStringLiteral("%") + like + QStringLiteral("%"));
        // Only the columns the text can occur in are searched: every LIKE term scans the whole table.
        bool hasDigit = false;
        bool hasLetter = false;
        bool hasOther = false;
        for (QChar c : text) {
            if (c.isDigit())
                hasDigit = true;
            else if (c.isLetter() && c.unicode() < 0x80)
                hasLetter = true;
            else
                hasOther = true;
        }
        QStringList any{QStringLiteral("m.name LIKE :q_any ESCAPE '\\'")};
        if (hasLetter && !hasDigit && !hasOther) {
            binds.insert(QStringLiteral("q_prefix"), lower + QStringLiteral("%"));
            any << QStringLiteral("m.name_initials LIKE :q_prefix ESCAPE '\\'")
                << QStringLiteral("m.name_pinyin LIKE :q_prefix ESCAPE '\\'");
        }
        if (!hasOther || hasDigit) {
            // Staff numbers may hold letters; phones are digits; an ID may end in X.
            any << QStringLiteral("m.staff_no LIKE :q_any ESCAPE '\\'");
            if (hasDigit && fullNumbers) {
                any << QStringLiteral("m.phone LIKE :q_any ESCAPE '\\'")
                    << QStringLiteral("m.id_number LIKE :q_any ESCAPE '\\'");
            } else if (hasDigit) {
                any << visiblePartsLike(PersonalNumber::Phone, QStringLiteral("m.phone"), text,
                                        QStringLiteral("q_phone_part"), binds)
                    << visiblePartsLike(PersonalNumber::IdNumber, QStringLiteral("m.id_number"), text,
                                        QStringLiteral("q_id_part"), binds);
            }
        }
        if (!fullNumbers && hasDigit) {
            // The complete number finds its member, however it is masked; so does a masked value as shown.
            const IdCheck id = checkIdNumber(text, QDate());
            if (id.valid) {
                binds.insert(QStringLiteral("q_id"), id.normalized);
                any << QStringLiteral("m.id_number = :q_id");
            }
            QString phone;
            if (isValidMobile(text, nullptr, &phone)) {
                binds.insert(QStringLiteral("q_phone"), phone);
                any << QStringLiteral("m.phone = :q_phone");
            }
            for (const auto& [kind, column] : {std::pair{PersonalNumber::IdNumber, QStringLiteral("m.id_number")},
                                               std::pair{PersonalNumber::Phone, QStringLiteral("m.phone")}}) {
                const QString pattern = maskedValueLike(kind, text);
                if (pattern.isEmpty())
                    continue;
                const QString name =
                    kind == PersonalNumber::IdNumber ? QStringLiteral("q_masked_id") : QStringLiteral("q_masked_phone");
                binds.insert(name, pattern);
                any << column + QStringLiteral(" LIKE :") + name + QStringLiteral(" ESCAPE '\\'");
            }
        }
        where << QLatin1Char('(') + any.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    }
    if (unitId) {
        binds.insert(QStringLiteral("f_unit"), *unitId);
        where << QStringLiteral("m.unit_id = :f_unit");
    }
    if (status) {
        binds.insert(QStringLiteral("f_status"), Member::statusKey(*status));
        where << QStringLiteral("m.status = :f_status");
    }
    if (!gender.isEmpty()) {
        binds.insert(QStringLiteral("f_gender"), gender);
        where << QStringLiteral("m.gender = :f_gender");
    }
    // Age a on `today` means born in (today - (a+1) years, today - a years].
    if (minAge) {
        binds.insert(QStringLiteral("f_born_by"), today.addYears(-*minAge).toString(Qt::ISODate));
        where << QStringLiteral("m.birth_date <= :f_born_by");
    }
    if (maxAge) {
        binds.insert(QStringLiteral("f_born_after"), today.addYears(-(*maxAge + 1)).toString(Qt::ISODate));
        where << QStringLiteral("m.birth_date > :f_born_after");
    }
    if (birthMonth) {
        binds.insert(QStringLiteral("f_month"), QStringLiteral("%1").arg(*birthMonth, 2, 10, QLatin1Char('0')));
        where << QStringLiteral("substr(m.birth_date, 6, 2) = :f_month");
    }
    QString sql = QStringLiteral("FROM members m LEFT JOIN units u ON u.id = m.unit_id");
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    return sql;
}

QString MemberQuery::likeEscaped(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        if (c == QLatin1Char('%') || c == QLatin1Char('_') || c == QLatin1Char('\\'))
            out += QLatin1Char('\\');
        out += c;
    }
    return out;
}

QString MemberQuery::orderBy(MemberColumn column, Qt::SortOrder order, const MemberFilter& filter)
{
    const QString direction = order == Qt::DescendingOrder ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    // Within a birthday month, month and day first (the terms hold commas, so they are not split by directed()).
    const QString terms = column == MemberColumn::BirthDate && filter.birthMonth
                              ? QStringLiteral("substr(m.birth_date, 6, 5)") + direction + QStringLiteral(", ") +
                                    QStringLiteral("m.birth_date") + direction
                              : directed(MemberColumns::info(column).sortSql, order);
    return QStringLiteral("ORDER BY ") + terms + QStringLiteral(", m.id") + direction;
}

QString MemberQuery::selectSql(const MemberFilter& filter, MemberColumn sortColumn, Qt::SortOrder order,
                               QVariantMap& binds)
{
    QStringList exprs{QStringLiteral("m.id")};
    for (const auto& info : MemberColumns::all())
        exprs << info.sql;
    return QStringLiteral("SELECT ") + exprs.join(QStringLiteral(", ")) + QLatin1Char(' ') + filter.fromWhere(binds) +
           QLatin1Char(' ') + orderBy(sortColumn, order, filter);
}

qint64 MemberQuery::count(const Database& db, const MemberFilter& filter)
{
    QVariantMap binds;
    const QString sql = QStringLiteral("SELECT COUNT(*) ") + filter.fromWhere(binds);
    return db.scalar(sql, binds).toLongLong();
}

QString MemberQuery::displayText(MemberColumn column, const QVariant& raw)
{
    if (raw.isNull())
        return {};
    const QString s = raw.toString();
    switch (column) {
    case MemberColumn::Gender:
        if (s == QLatin1String("M"))
            return Tr::tr("Male");
        if (s == QLatin1String("F"))
            return Tr::tr("Female");
        return s;
    case MemberColumn::Status:
        if (auto st = Member::statusFromKey(s))
            return Member::statusLabel(*st);
        return s;
    case MemberColumn::Age: {
        const std::optional<int> age = ageFrom(raw, QDate::currentDate());
        return age ? QString::number(*age) : QString();
    }
    default:
        return s;
    }
}

std::optional<int> MemberQuery::ageFrom(const QVariant& raw, const QDate& day)
{
    if (raw.typeId() == QMetaType::QDate)
        return ageOn(raw.toDate(), day);
    const QString s = raw.toString();
    const QDate birth = QDate::fromString(s.section(QLatin1Char('/'), 0, 0), Qt::ISODate);
    if (!birth.isValid())
        return std::nullopt;
    if (!s.contains(QLatin1Char('/')))
        return ageOn(birth, day);
    // Deceased: the age they reached, or none when the date of death is not known.
    const QDate death = QDate::fromString(s.section(QLatin1Char('/'), 1), Qt::ISODate);
    if (!death.isValid())
        return std::nullopt;
    return ageOn(birth, std::min(death, day));
}

int MemberQuery::ageOn(const QDate& birth, const QDate& day)
{
    int age = day.year() - birth.year();
    if (day.month() < birth.month() || (day.month() == birth.month() && day.day() < birth.day()))
        --age;
    return age;
}

} // namespace ud::core
