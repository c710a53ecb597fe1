#include "core/units/SubUnitRepository.h"

#include "core/db/RecordStore.h"
#include "core/db/TableNames.h"
#include "core/io/Csv.h"

#include "core/io/Text.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace ud::core {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ud::core::SubUnitRepository", text);
}

const QString kTable = QStringLiteral("units");

SubUnit fromRow(const QVariantMap& r)
{
    SubUnit u;
    u.id = r.value(QStringLiteral("id")).toLongLong();
    u.code = r.value(QStringLiteral("code")).toString();
    u.name = r.value(QStringLiteral("name")).toString();
    u.shortName = r.value(QStringLiteral("short_name")).toString();
    const QVariant parent = r.value(QStringLiteral("parent_id"));
    if (!parent.isNull())
        u.parentId = parent.toLongLong();
    u.sortOrder = r.value(QStringLiteral("sort_order")).toInt();
    u.active = r.value(QStringLiteral("active")).toInt() != 0;
    return u;
}

// "row N: reason" with N as a spreadsheet numbers rows; the prefix stays the same in every language so
// that scripts can read it.
QString rowError(int row, const QString& reason)
{
    return QStringLiteral("row %1: %2").arg(row).arg(reason);
}

} // namespace

QList<SubUnit> SubUnitRepository::all() const
{
    QList<SubUnit> list;
    for (const QVariantMap& r : m_db.rows(QStringLiteral("SELECT * FROM units ORDER BY sort_order, code")))
        list << fromRow(r);
    return list;
}

std::optional<SubUnit> SubUnitRepository::byId(qint64 id) const
{
    const auto r = m_db.rows(QStringLiteral("SELECT * FROM units WHERE id = :id"), {{QStringLiteral("id"), id}});
    return r.isEmpty() ? std::nullopt : std::optional<SubUnit>(fromRow(r.first()));
}

std::optional<SubUnit> SubUnitRepository::byCode(const QString& code) const
{
    const auto r = m_db.rows(QStringLiteral("SELECT * FROM units WHERE code = :code"),
                             {{QStringLiteral("code"), Text::cleaned(code)}});
    return r.isEmpty() ? std::nullopt : std::optional<SubUnit>(fromRow(r.first()));
}

QStringList SubUnitRepository::validate(const SubUnit& unit) const
{
    QStringList problems;
    const QString code = Text::cleaned(unit.code);
    const QString name = Text::cleaned(unit.name);
    if (code.isEmpty())
        problems << tr("The code is required.");
    else if (code.size() > 32)
        problems << tr("The code is longer than 32 characters.");
    if (name.isEmpty())
        problems << tr("The name is required.");
    else if (name.size() > 100)
        problems << tr("The name is longer than 100 characters.");

    if (!code.isEmpty()) {
        const QVariant other = m_db.scalar(QStringLiteral("SELECT name FROM units WHERE code = :code AND id <> :id"),
                                           {{QStringLiteral("code"), code}, {QStringLiteral("id"), unit.id}});
        if (other.isValid())
            problems << tr("The code %1 is already used by %2.").arg(code, other.toString());
    }
    if (!name.isEmpty()) {
        const QVariant other = m_db.scalar(QStringLiteral("SELECT code FROM units WHERE name = :name AND id <> :id"),
                                           {{QStringLiteral("name"), name}, {QStringLiteral("id"), unit.id}});
        if (other.isValid())
            problems << tr("The name %1 is already used by the unit with code %2.").arg(name, other.toString());
    }
    if (unit.parentId) {
        if (unit.id != 0 && *unit.parentId == unit.id) {
            problems << tr("A unit cannot be its own parent.");
        } else {
            // Walk up from the parent: meeting this unit again would make a loop.
            std::optional<qint64> cursor = unit.parentId;
            QSet<qint64> seen;
            bool exists = true;
            while (cursor && !seen.contains(*cursor)) {
                seen.insert(*cursor);
                if (unit.id != 0 && *cursor == unit.id) {
                    problems << tr("The parent unit lies below this unit; that would make a loop.");
                    break;
                }
                const auto parent = byId(*cursor);
                if (!parent) {
                    exists = cursor != unit.parentId;
                    break;
                }
                cursor = parent->parentId;
            }
            if (!exists)
                problems << tr("The parent unit does not exist.");
        }
    }
    return problems;
}

QVariantMap SubUnitRepository::toValues(const SubUnit& unit) const
{
    return {{QStringLiteral("code"), Text::cleaned(unit.code)},
            {QStringLiteral("name"), Text::cleaned(unit.name)},
            {QStringLiteral("short_name"), Text::cleaned(unit.shortName)},
            {QStringLiteral("parent_id"),
             unit.parentId ? QVariant(*unit.parentId) : QVariant(QMetaType(QMetaType::LongLong))},
            {QStringLiteral("sort_order"), unit.sortOrder},
            {QStringLiteral("active"), unit.active ? 1 : 0}};
}

qint64 SubUnitRepository::add(const SubUnit& unit)
{
    Transaction tx(m_db);
    SubUnit candidate = unit;
    const bool restoring = unit.id != 0;
    if (restoring && byId(unit.id))
        throw ValidationError(tr("A unit with this id already exists."));
    if (restoring)
        candidate.id = 0; // the id is free: validate as a new unit
    const QStringList problems = validate(candidate);
    if (!problems.isEmpty())
        throw ValidationError(problems.join(QLatin1Char('\n')));
    QVariantMap values = toValues(unit);
    if (restoring)
        values.insert(QStringLiteral("id"), unit.id);
    const qint64 id = RecordStore(m_db).insert(kTable, values);
    tx.commit();
    return id;
}

void SubUnitRepository::update(const SubUnit& unit)
{
    Transaction tx(m_db);
    const QStringList problems = validate(unit);
    if (!problems.isEmpty())
        throw ValidationError(problems.join(QLatin1Char('\n')));
    RecordStore(m_db).update(kTable, unit.id, toValues(unit));
    tx.commit();
}

QString SubUnitRepository::referencesDescription(qint64 id) const
{
    QStringList parts;
    for (const auto& [table, count] : RecordStore(m_db).referencesTo(kTable, id))
        parts << tr("%1: %2").arg(tableLabel(table)).arg(count);
    return parts.join(tr(", "));
}

void SubUnitRepository::remove(qint64 id)
{
    Transaction tx(m_db);
    const auto unit = byId(id);
    if (!unit)
        throw ValidationError(tr("The unit no longer exists."));
    const QString refs = referencesDescription(id);
    if (!refs.isEmpty())
        throw ValidationError(tr("%1 cannot be deleted because records still belong to it (%2). Move them to another "
                                 "unit first, or mark the unit inactive.")
                                  .arg(unit->name, refs));
    RecordStore(m_db).remove(kTable, id);
    tx.commit();
}

QStringList SubUnitRepository::csvHeader()
{
    return {QStringLiteral("code"),        QStringLiteral("name"),       QStringLiteral("short_name"),
            QStringLiteral("parent_code"), QStringLiteral("sort_order"), QStringLiteral("active")};
}

QList<QStringList> SubUnitRepository::csvRows() const
{
    const QList<SubUnit> units = all();
    QHash<qint64, QString> codes;
    for (const SubUnit& u : units)
        codes.insert(u.id, u.code);
    QList<QStringList> rows;
    for (const SubUnit& u : units)
        rows << QStringList{u.code,
                            u.name,
                            u.shortName,
                            u.parentId ? codes.value(*u.parentId) : QString(),
                            QString::number(u.sortOrder),
                            u.active ? QStringLiteral("yes") : QStringLiteral("no")};
    return rows;
}

SubUnitRepository::ImportReport SubUnitRepository::importCsv(const QString& path)
{
    ImportReport report;
    const Csv::Table table = Csv::readFile(path);
    int headerIndex = 0;
    while (headerIndex < table.rows.size() && table.rows.at(headerIndex).isEmpty())
        ++headerIndex;
    if (headerIndex >= table.rows.size()) {
        report.errors << tr("The file is empty.");
        return report;
    }
    // Map each known column (English key or a usual Chinese header) to its position.
    static const QHash<QString, QString> aliases{
        {QStringLiteral("code"), QStringLiteral("code")},
        {QStringLiteral("代码"), QStringLiteral("code")},
        {QStringLiteral("编码"), QStringLiteral("code")},
        {QStringLiteral("单位代码"), QStringLiteral("code")},
        {QStringLiteral("name"), QStringLiteral("name")},
        {QStringLiteral("名称"), QStringLiteral("name")},
        {QStringLiteral("单位名称"), QStringLiteral("name")},
        {QStringLiteral("二级工会"), QStringLiteral("name")},
        {QStringLiteral("short_name"), QStringLiteral("short_name")},
        {QStringLiteral("简称"), QStringLiteral("short_name")},
        {QStringLiteral("parent_code"), QStringLiteral("parent_code")},
        {QStringLiteral("上级代码"), QStringLiteral("parent_code")},
        {QStringLiteral("上级单位代码"), QStringLiteral("parent_code")},
        {QStringLiteral("sort_order"), QStringLiteral("sort_order")},
        {QStringLiteral("排序"), QStringLiteral("sort_order")},
        {QStringLiteral("active"), QStringLiteral("active")},
        {QStringLiteral("启用"), QStringLiteral("active")},
    };
    QHash<QString, int> column;
    const QStringList header = table.rows.at(headerIndex);
    for (int i = 0; i < header.size(); ++i) {
        const QString key = aliases.value(Text::cleaned(header.at(i)).toLower());
        if (!key.isEmpty() && !column.contains(key))
            column.insert(key, i);
    }
    if (!column.contains(QStringLiteral("code")) || !column.contains(QStringLiteral("name"))) {
        report.errors << rowError(headerIndex + 1, tr("the header needs the columns code and name (代码, 名称)."));
        return report;
    }
    auto cell = [&](const QStringList& row, const QString& key) {
        const int i = column.value(key, -1);
        return i >= 0 && i < row.size() ? Text::cleaned(row.at(i)) : QString();
    };

    Transaction tx(m_db);
    QList<QPair<qint64, QString>> parents; // unit id, parent code, resolved once every row is in
    QHash<qint64, int> rowOfUnit;
    QSet<QString> codesInFile;
    for (int r = headerIndex + 1; r < table.rows.size(); ++r) {
        const QStringList& row = table.rows.at(r);
        if (row.isEmpty() ||
            std::all_of(row.cbegin(), row.cend(), [](const QString& s) { return Text::cleaned(s).isEmpty(); }))
            continue;
        const int rowNumber = r + 1;
        SubUnit unit;
        unit.code = cell(row, QStringLiteral("code"));
        unit.name = cell(row, QStringLiteral("name"));
        unit.shortName = cell(row, QStringLiteral("short_name"));
        const QString sort = cell(row, QStringLiteral("sort_order"));
        bool ok = true;
        unit.sortOrder = sort.isEmpty() ? 0 : sort.toInt(&ok);
        if (!ok) {
            report.errors << rowError(rowNumber, tr("the sort order \"%1\" is not a whole number.").arg(sort));
            continue;
        }
        const QString active = cell(row, QStringLiteral("active")).toLower();
        static const QStringList no{QStringLiteral("no"), QStringLiteral("0"), QStringLiteral("false"),
                                    QStringLiteral("否"), QStringLiteral("停用")};
        unit.active = !no.contains(active);
        if (codesInFile.contains(unit.code)) {
            report.errors << rowError(rowNumber, tr("the code %1 appears twice in the file.").arg(unit.code));
            continue;
        }
        codesInFile.insert(unit.code);
        const auto existing = unit.code.isEmpty() ? std::nullopt : byCode(unit.code);
        if (existing) {
            unit.id = existing->id;
            unit.parentId = existing->parentId;
        }
        const QStringList problems = validate(unit);
        if (!problems.isEmpty()) {
            for (const QString& p : problems)
                report.errors << rowError(rowNumber, p);
            continue;
        }
        if (existing) {
            if (!(unit == *existing)) {
                RecordStore(m_db).update(kTable, unit.id, toValues(unit));
                ++report.updated;
            }
        } else {
            unit.id = RecordStore(m_db).insert(kTable, toValues(unit));
            ++report.added;
        }
        rowOfUnit.insert(unit.id, rowNumber);
        const QString parentCode = cell(row, QStringLiteral("parent_code"));
        if (!parentCode.isEmpty())
            parents.append({unit.id, parentCode});
    }
    for (const auto& [id, parentCode] : parents) {
        const auto parent = byCode(parentCode);
        auto unit = byId(id);
        if (!parent) {
            report.errors << rowError(rowOfUnit.value(id), tr("the parent unit %1 does not exist.").arg(parentCode));
            continue;
        }
        unit->parentId = parent->id;
        const QStringList problems = validate(*unit);
        if (!problems.isEmpty()) {
            for (const QString& p : problems)
                report.errors << rowError(rowOfUnit.value(id), p);
            continue;
        }
        RecordStore(m_db).update(kTable, id, toValues(*unit));
    }
    if (!report.errors.isEmpty()) {
        report.added = report.updated = 0;
        return report; // the transaction rolls back: nothing is stored
    }
    tx.commit();
    return report;
}

} // namespace ud::core
