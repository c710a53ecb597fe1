#include "ui/units/UnitDialog.h"

#include <QSet>

namespace ud::ui {

namespace {

/// The units `unit` can sit under: not itself, nor one of its own sub-units.
QList<QPair<QString, qint64>> parentChoices(core::Database& db, const core::SubUnit& unit)
{
    const QList<core::SubUnit> units = core::SubUnitRepository(db).all();
    QSet<qint64> excluded;
    if (unit.id != 0)
        excluded.insert(unit.id);
    for (bool grew = unit.id != 0; grew;) {
        grew = false;
        for (const core::SubUnit& u : units) {
            if (u.parentId && excluded.contains(*u.parentId) && !excluded.contains(u.id)) {
                excluded.insert(u.id);
                grew = true;
            }
        }
    }
    QList<QPair<QString, qint64>> choices;
    for (const core::SubUnit& u : units)
        if (!excluded.contains(u.id))
            choices.append({QStringLiteral("%1 · %2").arg(u.code, u.name), u.id});
    return choices;
}

} // namespace

UnitDialog::UnitDialog(core::Database& db, const core::SubUnit& unit, QWidget* parent)
    : RecordDialog(db, unit,
                   {{QStringLiteral("parent_id"), [&db](const core::SubUnit& u) { return parentChoices(db, u); }}},
                   parent)
{
    setWindowTitle(unit.id == 0 ? tr("New sub-union") : tr("Edit sub-union"));
}

} // namespace ud::ui
