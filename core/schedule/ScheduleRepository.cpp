#include "core/schedule/ScheduleRepository.h"

#include "core/db/DatabaseSettings.h"
#include "core/db/ImportLog.h"
#include "core/schedule/PlanDocument.h"
#include "core/schedule/ScheduleItemRepository.h"

#include "core/io/Text.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace ud::core {

namespace {

// The context the messages of this file are translated under; written Tr::tr() so that lupdate files them there.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ud::core::ScheduleRepository)
};

const QString kPlans = tables::SchedulePlans.sqlName();
const QString kKeySections = tables::PlanKeySections.sqlName();
const QString kKeyPoints = tables::PlanKeyPoints.sqlName();
const QString kSections = tables::ScheduleSections.sqlName();
const QString kItems = tables::ScheduleItems.sqlName();

// Never a null QString: a null one is stored as NULL, and the text columns are NOT NULL.
QString text(const QString& s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

PlanInfo planFrom(const QVariantMap& r)
{
    PlanInfo p;
    p.id = r.value(QStringLiteral("id")).toLongLong();
    p.year = r.value(QStringLiteral("year")).toInt();
    p.title = r.value(QStringLiteral("title")).toString();
    p.documentNumber = r.value(QStringLiteral("doc_number")).toString();
    p.issueDate = QDate::fromString(r.value(QStringLiteral("issue_date")).toString(), Qt::ISODate);
    p.unionName = r.value(QStringLiteral("union_name")).toString();
    p.intro = r.value(QStringLiteral("intro")).toString();
    p.draft = r.value(QStringLiteral("draft")).toInt() != 0;
    return p;
}

} // namespace

QList<int> ScheduleRepository::years() const
{
    QList<int> list;
    for (const QVariantMap& r : m_db.rows(QStringLiteral("SELECT year FROM schedule_plans ORDER BY year")))
        list << r.value(QStringLiteral("year")).toInt();
    return list;
}

std::optional<PlanInfo> ScheduleRepository::plan(int year) const
{
    const auto list =
        m_db.rows(QStringLiteral("SELECT * FROM schedule_plans WHERE year = :y"), {{QStringLiteral("y"), year}});
    if (list.isEmpty())
        return std::nullopt;
    return planFrom(list.first());
}

PlanInfo ScheduleRepository::requirePlan(int year) const
{
    const auto p = plan(year);
    if (!p)
        throw Error(Tr::tr("There is no work plan for %1.").arg(year));
    return *p;
}

QList<KeyPointSection> ScheduleRepository::keyPoints(qint64 planId) const
{
    QList<KeyPointSection> sections;
    const auto rows = m_db.rows(
        QStringLiteral("SELECT s.id AS sid, s.number AS snumber, s.title, p.id AS pid, p.number AS pnumber, p.text "
                       "FROM plan_key_sections s LEFT JOIN plan_key_points p ON p.section_id = s.id "
                       "WHERE s.plan_id = :plan ORDER BY s.number, s.id, p.number, p.id"),
        {{QStringLiteral("plan"), planId}});
    for (const QVariantMap& r : rows) {
        const qint64 sid = r.value(QStringLiteral("sid")).toLongLong();
        if (sections.isEmpty() || sections.last().id != sid) {
            KeyPointSection s;
            s.id = sid;
            s.number = r.value(QStringLiteral("snumber")).toInt();
            s.title = r.value(QStringLiteral("title")).toString();
            sections << s;
        }
        if (!r.value(QStringLiteral("pid")).isNull())
            sections.last().points << KeyPoint{r.value(QStringLiteral("pid")).toLongLong(),
                                               r.value(QStringLiteral("pnumber")).toInt(),
                                               r.value(QStringLiteral("text")).toString()};
    }
    return sections;
}

QList<ScheduleSection> ScheduleRepository::sections(qint64 planId) const
{
    QList<ScheduleSection> list;
    const auto rows = m_db.rows(QStringLiteral("SELECT id, number, title, key_section_id FROM schedule_sections "
                                               "WHERE plan_id = :plan ORDER BY number, id"),
                                {{QStringLiteral("plan"), planId}});
    for (const QVariantMap& r : rows)
        list << ScheduleSection{r.value(QStringLiteral("id")).toLongLong(), r.value(QStringLiteral("number")).toInt(),
                                r.value(QStringLiteral("title")).toString(),
                                r.value(QStringLiteral("key_section_id")).toLongLong()};
    return list;
}

QList<ScheduleItem> ScheduleRepository::items(qint64 planId) const
{
    QList<ScheduleItem> list;
    const auto rows = m_db.rows(ScheduleItemRepository::itemSelect() +
                                    QStringLiteral(" WHERE s.plan_id = :plan ORDER BY s.number, s.id, "
                                                   "i.number, i.id"),
                                {{QStringLiteral("plan"), planId}});
    for (const QVariantMap& r : rows)
        list << ScheduleItem::type().fromRow(r);
    return list;
}

QList<ScheduleItem> ScheduleRepository::monthItems(int year, int month) const
{
    QList<ScheduleItem> list;
    const auto p = plan(year);
    if (!p || month < 1 || month > 12)
        return list;
    // A plan holds tens of items: the months are matched here rather than in SQL.
    for (const ScheduleItem& i : items(p->id))
        if (i.covers(month))
            list << i;
    return list;
}

ScheduleItem ScheduleRepository::item(qint64 id) const
{
    return ScheduleItemRepository(m_db).require(id);
}

std::optional<int> ScheduleRepository::itemYear(qint64 id) const
{
    const QVariant year = m_db.scalar(QStringLiteral("SELECT p.year FROM schedule_items i "
                                                     "JOIN schedule_sections s ON s.id = i.section_id "
                                                     "JOIN schedule_plans p ON p.id = s.plan_id WHERE i.id = :id"),
                                      {{QStringLiteral("id"), id}});
    return year.isNull() ? std::nullopt : std::optional<int>(year.toInt());
}

qint64 ScheduleRepository::importPlan(int year, const ParsedPlan& parsed, Replace replace, const QString& source)
{
    if (year < 1900 || year > 2999)
        throw ValidationError(Tr::tr("%1 is not a valid year.").arg(year));
    if (const QString problem = PlanDocument::structureProblem(parsed); !problem.isEmpty())
        throw ValidationError(problem);
    Transaction tx(m_db);
    ImportBatch batch(m_db, ImportLog::Kind::Import, tables::SchedulePlans, source);
    if (plan(year)) {
        if (replace != Replace::Yes)
            throw ValidationError(Tr::tr("There is already a work plan for %1. Replace it only if you mean to: its "
                                         "items, statuses and notes are removed.")
                                      .arg(year));
        removePlan(year);
    }
    const qint64 planId = m_store.insert(kPlans, {{QStringLiteral("year"), year},
                                                  {QStringLiteral("title"), text(parsed.title)},
                                                  {QStringLiteral("doc_number"), text(parsed.documentNumber)},
                                                  {QStringLiteral("issue_date"), dateValue(parsed.issueDate)},
                                                  {QStringLiteral("union_name"), text(parsed.unionName)},
                                                  {QStringLiteral("intro"), text(parsed.intro)},
                                                  {QStringLiteral("draft"), 0}});
    QHash<int, qint64> keySectionByNumber;
    for (const auto& s : parsed.keyPoints) {
        const qint64 sid = m_store.insert(kKeySections, {{QStringLiteral("plan_id"), planId},
                                                         {QStringLiteral("number"), s.number},
                                                         {QStringLiteral("title"), text(s.title)}});
        if (!keySectionByNumber.contains(s.number))
            keySectionByNumber.insert(s.number, sid);
        for (const KeyPoint& p : s.points)
            m_store.insert(kKeyPoints, {{QStringLiteral("section_id"), sid},
                                        {QStringLiteral("number"), p.number},
                                        {QStringLiteral("text"), text(p.text)}});
    }
    for (const auto& s : parsed.schedule) {
        const qint64 key = keySectionByNumber.value(s.number);
        const qint64 sid = m_store.insert(
            kSections,
            {{QStringLiteral("plan_id"), planId},
             {QStringLiteral("number"), s.number},
             {QStringLiteral("title"), text(s.title)},
             {QStringLiteral("key_section_id"), key ? QVariant(key) : QVariant(QMetaType(QMetaType::LongLong))}});
        for (const auto& it : s.items) {
            ScheduleItem item;
            item.sectionId = sid;
            item.number = it.number;
            item.text = it.text.isEmpty() ? it.timing.written : it.text;
            item.timing = it.timing.written;
            item.months = it.timing.months;
            item.deadline = it.timing.deadline;
            item.monthsNeedChecking = !it.timing.recognised;
            item.office = it.office;
            // The item's own rules, as the dialog has them: no control characters, no text beyond its length.
            const QStringList problems = messages(ScheduleItem::type().textProblems(item));
            if (!problems.isEmpty())
                throw ValidationError(Tr::tr("Schedule item %1-%2: %3")
                                          .arg(chineseNumeral(s.number))
                                          .arg(it.number)
                                          .arg(problems.join(QLatin1Char(' '))));
            m_store.insert(kItems, ScheduleItemRepository(m_db).storedValues(item));
        }
    }
    batch.finish();
    tx.commit();
    return planId;
}

void ScheduleRepository::removePlan(int year)
{
    const PlanInfo p = requirePlan(year);
    Transaction tx(m_db);
    for (const ScheduleItem& i : items(p.id))
        m_store.remove(kItems, i.id);
    for (const ScheduleSection& s : sections(p.id))
        m_store.remove(kSections, s.id);
    for (const KeyPointSection& s : keyPoints(p.id)) {
        for (const KeyPoint& k : s.points)
            m_store.remove(kKeyPoints, k.id);
        m_store.remove(kKeySections, s.id);
    }
    m_store.remove(kPlans, p.id);
    tx.commit();
}

void ScheduleRepository::updatePlan(const PlanInfo& plan)
{
    m_store.update(kPlans, plan.id,
                   {{QStringLiteral("title"), text(plan.title)},
                    {QStringLiteral("doc_number"), text(plan.documentNumber)},
                    {QStringLiteral("issue_date"), dateValue(plan.issueDate)},
                    {QStringLiteral("union_name"), text(plan.unionName)},
                    {QStringLiteral("intro"), text(plan.intro)},
                    {QStringLiteral("draft"), plan.draft ? 1 : 0}});
}

bool ScheduleRepository::updateItem(const ScheduleItem& item)
{
    return ScheduleItemRepository(m_db).update(item);
}

qint64 ScheduleRepository::addItem(const ScheduleItem& item)
{
    return ScheduleItemRepository(m_db).add(item);
}

void ScheduleRepository::removeItem(qint64 id)
{
    ScheduleItemRepository(m_db).remove(id);
}

void ScheduleRepository::markDone(qint64 id, const QDate& date)
{
    if (!date.isValid())
        throw ValidationError(Tr::tr("A done item needs the date it was done."));
    Transaction tx(m_db);
    ScheduleItem i = item(id);
    i.status = ItemStatus::Done;
    i.doneDate = date;
    updateItem(i);
    tx.commit();
}

qint64 ScheduleRepository::copyToNextYear(int year)
{
    Transaction tx(m_db);
    const PlanInfo from = requirePlan(year);
    if (plan(year + 1))
        throw ValidationError(Tr::tr("There is already a work plan for %1.").arg(year + 1));
    ImportBatch batch(m_db, ImportLog::Kind::Copy, tables::SchedulePlans,
                      QStringLiteral("%1 → %2").arg(year).arg(year + 1));
    QString title = from.title;
    title.replace(QString::number(year), QString::number(year + 1));
    const qint64 planId = m_store.insert(kPlans, {{QStringLiteral("year"), year + 1},
                                                  {QStringLiteral("title"), text(title)},
                                                  {QStringLiteral("doc_number"), text(QString())},
                                                  {QStringLiteral("issue_date"), nullText()},
                                                  {QStringLiteral("union_name"), text(from.unionName)},
                                                  {QStringLiteral("intro"), text(QString())},
                                                  {QStringLiteral("draft"), 1}});
    QHash<qint64, qint64> keyMap;
    for (const KeyPointSection& s : keyPoints(from.id)) {
        const qint64 sid = m_store.insert(kKeySections, {{QStringLiteral("plan_id"), planId},
                                                         {QStringLiteral("number"), s.number},
                                                         {QStringLiteral("title"), text(s.title)}});
        keyMap.insert(s.id, sid);
        for (const KeyPoint& p : s.points)
            m_store.insert(kKeyPoints, {{QStringLiteral("section_id"), sid},
                                        {QStringLiteral("number"), p.number},
                                        {QStringLiteral("text"), text(p.text)}});
    }
    QHash<qint64, qint64> sectionMap;
    for (const ScheduleSection& s : sections(from.id)) {
        const qint64 key = keyMap.value(s.keySectionId);
        sectionMap.insert(
            s.id, m_store.insert(kSections, {{QStringLiteral("plan_id"), planId},
                                             {QStringLiteral("number"), s.number},
                                             {QStringLiteral("title"), text(s.title)},
                                             {QStringLiteral("key_section_id"),
                                              key ? QVariant(key) : QVariant(QMetaType(QMetaType::LongLong))}}));
    }
    for (ScheduleItem i : items(from.id)) {
        i.sectionId = sectionMap.value(i.sectionId);
        i.status = ItemStatus::Planned;
        i.doneDate = QDate();
        i.notes.clear();
        m_store.insert(kItems, ScheduleItemRepository(m_db).storedValues(i));
    }
    batch.finish();
    tx.commit();
    return planId;
}

QString ScheduleRepository::unionName(const PlanInfo& plan) const
{
    const QString setting = DatabaseSettings(m_db).value(settings::UnionName).trimmed();
    return setting.isEmpty() ? plan.unionName : setting;
}

} // namespace ud::core
