#pragma once

#include "core/io/TableFile.h"
#include "core/record/RecordRepository.h"
#include "core/report/Report.h"
#include "core/units/SubUnit.h"

#include <QList>
#include <QStringList>

namespace ud::core {

/// Reads and writes sub-unions and enforces their rules (code and name required and unique, no cycles,
/// no delete while referenced).
class SubUnitRepository : public RecordRepository<SubUnit> {
public:
    explicit SubUnitRepository(Database& db) : RecordRepository(db, SubUnit::type()) {}

    QList<SubUnit> all() const;
    std::optional<SubUnit> byCode(const QString& code) const;

    using ImportReport = core::ImportReport;
    /// Imports units from a .csv or .xlsx file (header: code, name, short_name, parent_code, sort_order, active,
    /// the column titles, or the usual Chinese headers). All or nothing: with any error, nothing is stored and the
    /// errors are returned. Existing codes are updated.
    ImportReport importFile(const QString& path, std::optional<Csv::Encoding> encoding = std::nullopt);

    static QStringList csvHeader() { return SubUnit::type().exportKeys(); }
    /// The list of sub-unions to print or hand round: the columns as the page shows them.
    Report listReport() const;
    QList<QStringList> csvRows() const;

protected:
    Problems rules(const SubUnit& unit) const override;
    QString describe(const SubUnit& unit) const override { return unit.name; }
    QString missingMessage() const override;
    QString referencedMessage(const SubUnit& unit, const QString& references) const override;
};

} // namespace ud::core
