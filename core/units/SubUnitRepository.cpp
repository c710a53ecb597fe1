#include "core/units/SubUnitRepository.h"

#include <QCoreApplication>
#include <QSet>

namespace ud::core {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ud::core::SubUnitRepository)
};

// The largest order the field takes (SubUnit::type()).
constexpr int kMaxSortOrder = 99999;

} // namespace

Problems SubUnitRepository::rules(const SubUnit& unit) const
{
    if (!unit.parentId)
        return {};
    const QString parent = QStringLiteral("parent_id");
    if (unit.id != 0 && *unit.parentId == unit.id)
        return {{parent, Tr::tr("A unit cannot be its own parent.")}};
    // Walk up from the parent: meeting this unit again would make a loop.
    std::optional<qint64> cursor = unit.parentId;
    QSet<qint64> seen;
    while (cursor && !seen.contains(*cursor)) {
        seen.insert(*cursor);
        if (unit.id != 0 && *cursor == unit.id)
            return {{parent, Tr::tr("The parent unit lies below this unit; that would make a loop.")}};
        const auto above = byId(*cursor);
        if (!above) {
            if (cursor == unit.parentId)
                return {{parent, Tr::tr("The parent unit does not exist.")}};
            break;
        }
        cursor = above->parentId;
    }
    return {};
}

QString SubUnitRepository::missingMessage() const
{
    return Tr::tr("The unit no longer exists.");
}

QString SubUnitRepository::referencedMessage(const SubUnit& unit, const QString& references) const
{
    if (const int members = memberCount(unit.id); members > 0)
        return Tr::tr("%1 still has %n member(s) and cannot be deleted. Move them to another sub-union, merge %1 into "
                      "another sub-union, or mark it inactive.",
                      nullptr, members)
            .arg(unit.name);
    return Tr::tr("%1 cannot be deleted because records still belong to it (%2). Move them to another unit first, or "
                  "mark the unit inactive.")
        .arg(unit.name, references);
}

void SubUnitRepository::completePreview(Preview& preview) const
{
    // New sub-unions the file gives no order go after the stored ones and those the file orders, in file order.
    const int column = int(preview.columns.indexOf(QStringLiteral("sort_order")));
    int last = m_db.scalar(QStringLiteral("SELECT COALESCE(MAX(sort_order), 0) FROM units")).toInt();
    QList<int> unordered;
    for (int i = 0; i < preview.rows.size(); ++i) {
        const ImportPreviewRow& row = preview.rows.at(i);
        if (!row.isValid())
            continue;
        if (!row.cells.at(column).isEmpty())
            last = qMax(last, preview.records.at(i).sortOrder);
        else if (row.status == ImportStatus::New)
            unordered << i;
    }
    for (const int i : unordered)
        preview.records[i].sortOrder = qMin(++last, kMaxSortOrder);
}

int SubUnitRepository::memberCount(qint64 unitId) const
{
    return m_db
        .scalar(QStringLiteral("SELECT count(*) FROM members WHERE unit_id = :id"), {{QStringLiteral("id"), unitId}})
        .toInt();
}

SubUnitRepository::Merge SubUnitRepository::merge(qint64 sourceId, qint64 targetId)
{
    Transaction tx(m_db);
    Merge merge;
    merge.source = require(sourceId);
    const SubUnit target = require(targetId);
    merge.targetId = targetId;
    if (sourceId == targetId)
        throw ValidationError(Tr::tr("A sub-union cannot be merged into itself."));
    // Merged into a unit below it, the source's sub-units would end up under themselves.
    QSet<qint64> seen;
    for (std::optional<qint64> up = target.parentId; up && !seen.contains(*up);) {
        if (*up == sourceId)
            throw ValidationError(Tr::tr("%1 lies below %2 and cannot take it in. Move %1 out from under %2 first.")
                                      .arg(target.name, merge.source.name));
        seen.insert(*up);
        const std::optional<SubUnit> above = byId(*up);
        up = above ? above->parentId : std::nullopt;
    }
    RecordStore store(m_db);
    merge.moved = store.referencingRows(m_type.table().sqlName(), sourceId);
    for (const RecordStore::Reference& r : merge.moved) {
        store.update(r.table, r.rowId, {{r.column, targetId}});
        if (r.table == QLatin1String("members"))
            ++merge.members;
        else if (r.table == QLatin1String("member_events"))
            ++merge.events;
    }
    store.remove(m_type.table().sqlName(), sourceId);
    tx.commit();
    return merge;
}

void SubUnitRepository::unmerge(const Merge& merge)
{
    Transaction tx(m_db);
    restore(merge.source);
    RecordStore store(m_db);
    for (const RecordStore::Reference& r : merge.moved) {
        const QVariantMap row = store.row(r.table, r.rowId);
        if (!row.isEmpty() && row.value(r.column).toLongLong() == merge.targetId)
            store.update(r.table, r.rowId, {{r.column, merge.source.id}});
    }
    tx.commit();
}

Report SubUnitRepository::listReport() const
{
    Report report = RecordRepository::listReport(
        Tr::tr("Sub-unions"),
        {{"code", 8}, {"name", 30}, {"short_name", 12}, {"parent_id", 26}, {"sort_order", 6}, {"active", 8}});
    report.subtitle =
        QCoreApplication::translate("ud::core::SubUnitRepository", "%n sub-unions", nullptr, int(report.rows.size()));
    return report;
}

} // namespace ud::core
