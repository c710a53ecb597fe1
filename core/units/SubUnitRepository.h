#pragma once

#include "core/db/RecordStore.h"
#include "core/record/RecordRepository.h"
#include "core/report/Report.h"
#include "core/units/SubUnit.h"

namespace ud::core {

/// Reads and writes sub-unions and enforces their rules (code and name required and unique, no cycles,
/// no delete while referenced), and merges two of them. Imports, CSV rows and the list come from RecordRepository.
class SubUnitRepository : public RecordRepository<SubUnit> {
public:
    explicit SubUnitRepository(Database& db) : RecordRepository(db, SubUnit::type()) {}

    std::optional<SubUnit> byCode(const QString& code) const { return byKey(code); }
    /// The list of sub-unions to print or hand round: the columns as the page shows them.
    Report listReport() const;

    /// The members on the sub-union's roster (of every status).
    int memberCount(qint64 unitId) const;

    /// What merge() did: enough to take it back.
    struct Merge {
        SubUnit source;                      // the sub-union taken in, as it was
        qint64 targetId = 0;                 // the one that took it in
        QList<RecordStore::Reference> moved; // each column of each row that pointed at the source
        int members = 0;                     // of the rows moved: members
        int events = 0;                      // and their status events
    };
    /// Merges sub-union `sourceId` into `targetId` in one transaction: every row that refers to the source (its
    /// members, their status events, the sub-units under it) refers to the target instead, and the source is removed;
    /// each change is in the change history. Refused with ValidationError for a sub-union merged into itself or into
    /// one below it, and when either no longer exists.
    Merge merge(qint64 sourceId, qint64 targetId);
    /// Takes a merge back: the source returns under its id, and the rows that were moved and still point at the
    /// target point at the source again (a row changed since is left as it is).
    void unmerge(const Merge& merge);

protected:
    QString orderBy() const override { return QStringLiteral("sort_order, code"); }
    Problems rules(const SubUnit& unit) const override;
    QString describe(const SubUnit& unit) const override { return unit.name; }
    QString missingMessage() const override;
    QString referencedMessage(const SubUnit& unit, const QString& references) const override;
    void completePreview(Preview& preview) const override;
};

} // namespace ud::core
