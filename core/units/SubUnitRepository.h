#pragma once

#include "core/db/Database.h"
#include "core/units/SubUnit.h"

#include <QList>
#include <QStringList>

namespace ud::core {

/// Reads and writes sub-unions and enforces their rules (code and name required and unique, no cycles,
/// no delete while referenced).
class SubUnitRepository {
public:
    explicit SubUnitRepository(Database& db) : m_db(db) {}

    QList<SubUnit> all() const;
    std::optional<SubUnit> byId(qint64 id) const;
    std::optional<SubUnit> byCode(const QString& code) const;

    /// Problems that keep `unit` from being saved, each a sentence for the user; empty when it is fine.
    QStringList validate(const SubUnit& unit) const;
    /// Adds a unit and returns its id; a unit with an id is put back under that id (undo of a delete).
    qint64 add(const SubUnit& unit);
    void update(const SubUnit& unit);
    /// Deletes a unit; refused with ValidationError naming what still references it.
    void remove(qint64 id);
    /// "2 sub-unions, 15 members": what references the unit, empty when nothing does.
    QString referencesDescription(qint64 id) const;

    struct ImportReport {
        int added = 0;
        int updated = 0;
        QStringList errors; // "row N: reason", N as a spreadsheet numbers rows (header = 1)
    };
    /// Imports a CSV file of units (header: code, name, short_name, parent_code, sort_order, active; the
    /// usual Chinese headers too). All or nothing: with any error, nothing is stored and the errors are returned.
    /// Existing codes are updated.
    ImportReport importCsv(const QString& path);

    static QStringList csvHeader();
    QList<QStringList> csvRows() const;

private:
    QVariantMap toValues(const SubUnit& unit) const;
    Database& m_db;
};

} // namespace ud::core
