#pragma once

#include "core/record/RecordRepository.h"
#include "core/report/Report.h"
#include "core/units/SubUnit.h"

namespace ud::core {

/// Reads and writes sub-unions and enforces their rules (code and name required and unique, no cycles,
/// no delete while referenced). Imports, CSV rows and the list come from RecordRepository.
class SubUnitRepository : public RecordRepository<SubUnit> {
public:
    explicit SubUnitRepository(Database& db) : RecordRepository(db, SubUnit::type()) {}

    std::optional<SubUnit> byCode(const QString& code) const { return byKey(code); }
    /// The list of sub-unions to print or hand round: the columns as the page shows them.
    Report listReport() const;

protected:
    QString orderBy() const override { return QStringLiteral("sort_order, code"); }
    Problems rules(const SubUnit& unit) const override;
    QString describe(const SubUnit& unit) const override { return unit.name; }
    QString missingMessage() const override;
    QString referencedMessage(const SubUnit& unit, const QString& references) const override;
    void completePreview(Preview& preview) const override;
};

} // namespace ud::core
