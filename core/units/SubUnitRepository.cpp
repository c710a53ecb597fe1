#include "core/units/SubUnitRepository.h"

#include "core/db/DatabaseSettings.h"
#include "core/io/TableFile.h"
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

} // namespace

QList<SubUnit> SubUnitRepository::all() const
{
    QList<SubUnit> list;
    for (const QVariantMap& r : m_db.rows(QStringLiteral("SELECT * FROM units ORDER BY sort_order, code")))
        list << m_type.fromRow(r);
    return list;
}

std::optional<SubUnit> SubUnitRepository::byCode(const QString& code) const
{
    const auto r = m_db.rows(QStringLiteral("SELECT * FROM units WHERE code = :code"),
                             {{QStringLiteral("code"), Text::cleaned(code)}});
    return r.isEmpty() ? std::nullopt : std::optional<SubUnit>(m_type.fromRow(r.first()));
}

Problems SubUnitRepository::rules(const SubUnit& unit) const
{
    if (!unit.parentId)
        return {};
    const QString parent = QStringLiteral("parent_id");
    if (unit.id != 0 && *unit.parentId == unit.id)
        return {{parent, tr("A unit cannot be its own parent.")}};
    // Walk up from the parent: meeting this unit again would make a loop.
    std::optional<qint64> cursor = unit.parentId;
    QSet<qint64> seen;
    while (cursor && !seen.contains(*cursor)) {
        seen.insert(*cursor);
        if (unit.id != 0 && *cursor == unit.id)
            return {{parent, tr("The parent unit lies below this unit; that would make a loop.")}};
        const auto above = byId(*cursor);
        if (!above) {
            if (cursor == unit.parentId)
                return {{parent, tr("The parent unit does not exist.")}};
            break;
        }
        cursor = above->parentId;
    }
    return {};
}

QString SubUnitRepository::missingMessage() const
{
    return tr("The unit no longer exists.");
}

QString SubUnitRepository::referencedMessage(const SubUnit& unit, const QString& references) const
{
    return tr("%1 cannot be deleted because records still belong to it (%2). Move them to another unit first, or "
              "mark the unit inactive.")
        .arg(unit.name, references);
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

Report SubUnitRepository::listReport() const
{
    Report report;
    report.organisation = DatabaseSettings(m_db).value(settings::UnionName);
    report.title = tr("Sub-unions");
    const auto column = [this](const char* field, Report::Kind kind, int width) {
        return Report::Column{m_type.title(QString::fromLatin1(field)), kind, width};
    };
    report.columns = {column("code", Report::Kind::Text, 8),          column("name", Report::Kind::Text, 30),
                      column("short_name", Report::Kind::Text, 12),   column("parent_id", Report::Kind::Text, 26),
                      column("sort_order", Report::Kind::Integer, 6), column("active", Report::Kind::Text, 8)};
    const QList<SubUnit> units = all();
    QHash<qint64, QString> names;
    for (const SubUnit& u : units)
        names.insert(u.id, u.name);
    for (const SubUnit& u : units)
        report.addRow({u.code, u.name, u.shortName, u.parentId ? names.value(*u.parentId) : QString(),
                       QString::number(u.sortOrder), u.active ? tr("Active") : tr("Inactive")});
    report.subtitle =
        QCoreApplication::translate("ud::core::SubUnitRepository", "%n sub-unions", nullptr, int(units.size()));
    return report;
}

SubUnitRepository::ImportReport SubUnitRepository::importFile(const QString& path,
                                                              std::optional<Csv::Encoding> encoding)
{
    ImportReport report;
    const TableFile file = TableFile::load(path, encoding);
    const QHash<QString, int> column = file.matchHeader(m_type.headerAliases());
    const QString parentKey = QStringLiteral("parent_id");
    if (!column.contains(QStringLiteral("code")) || !column.contains(QStringLiteral("name"))) {
        report.errors << TableFile::rowMessage(file.headerRow,
                                               tr("the header needs the columns code and name (代码, 名称)."));
        return report;
    }
    auto cell = [&](const QVariantList& row, const QString& key) {
        const int i = column.value(key, -1);
        return i >= 0 && i < row.size() ? TableFile::cellText(row.at(i)) : QString();
    };

    Transaction tx(m_db);
    QList<QPair<qint64, QString>> parents; // unit id, parent code, resolved once every row is in
    QHash<qint64, int> rowOfUnit;
    QSet<QString> codesInFile;
    for (int r = 0; r < file.rows.size(); ++r) {
        const QVariantList& row = file.rows.at(r);
        const int rowNumber = file.rowNumbers.at(r);
        SubUnit unit;
        unit.code = cell(row, QStringLiteral("code"));
        unit.name = cell(row, QStringLiteral("name"));
        unit.shortName = cell(row, QStringLiteral("short_name"));
        const QString sort = cell(row, QStringLiteral("sort_order"));
        bool ok = true;
        unit.sortOrder = sort.isEmpty() ? 0 : sort.toInt(&ok);
        if (!ok) {
            report.errors << TableFile::rowMessage(rowNumber,
                                                   tr("the sort order \"%1\" is not a whole number.").arg(sort));
            continue;
        }
        const QString active = cell(row, QStringLiteral("active")).toLower();
        static const QStringList no{QStringLiteral("no"), QStringLiteral("0"), QStringLiteral("false"),
                                    QStringLiteral("否"), QStringLiteral("停用")};
        unit.active = !no.contains(active);
        if (codesInFile.contains(unit.code)) {
            report.errors << TableFile::rowMessage(rowNumber,
                                                   tr("the code %1 appears twice in the file.").arg(unit.code));
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
                report.errors << TableFile::rowMessage(rowNumber, p);
            continue;
        }
        if (existing) {
            if (!(unit == *existing)) {
                update(unit);
                ++report.updated;
            }
        } else {
            unit.id = add(unit);
            ++report.added;
        }
        rowOfUnit.insert(unit.id, rowNumber);
        const QString parentCode = cell(row, parentKey);
        if (!parentCode.isEmpty())
            parents.append({unit.id, parentCode});
    }
    for (const auto& [id, parentCode] : parents) {
        const auto parent = byCode(parentCode);
        auto unit = byId(id);
        if (!parent) {
            report.errors << TableFile::rowMessage(rowOfUnit.value(id),
                                                   tr("the parent unit %1 does not exist.").arg(parentCode));
            continue;
        }
        unit->parentId = parent->id;
        const QStringList problems = validate(*unit);
        if (!problems.isEmpty()) {
            for (const QString& p : problems)
                report.errors << TableFile::rowMessage(rowOfUnit.value(id), p);
            continue;
        }
        update(*unit);
    }
    if (!report.errors.isEmpty()) {
        report.added = report.updated = 0;
        return report; // the transaction rolls back: nothing is stored
    }
    tx.commit();
    return report;
}

} // namespace ud::core
