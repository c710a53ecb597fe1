#pragma once

#include "core/members/MemberImport.h"

namespace ud::core {

/// Stores a MemberImport preview in one transaction: the sub-unions it lacks, the new members with their events
/// through RecordStore::BulkInsert (on SQLite made ready on a second thread while this one writes), and the updates
/// of stored members through the repository.
class MemberImportWriter {
public:
    using Preview = MemberImport::Preview;
    using PreviewRow = MemberImport::PreviewRow;
    using MissingUnit = MemberImport::MissingUnit;
    using Options = MemberImport::Options;
    using OnDuplicate = MemberImport::OnDuplicate;
    using Summary = MemberImport::Summary;
    using Progress = MemberImport::Progress;

    /// `today` dates the events of imported members and of changed statuses.
    MemberImportWriter(Database& db, const QDate& today) : m_db(db), m_today(today) {}

    /// What MemberImport::execute() does: nothing is stored when anything fails or the progress callback cancels.
    Summary write(const Preview& preview, const Options& options, const Progress& progress);

private:
    static QString rowMessage(int row, const QString& reason) { return MemberImport::rowMessage(row, reason); }

    Database& m_db;
    const QDate m_today;
};

} // namespace ud::core
