#include "core/record/ImportPreview.h"

#include "core/io/TableFile.h"

#include <QCoreApplication>

#include <algorithm>

namespace ud::core {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ud::core::ImportPreview)
};

} // namespace

QString importStatusLabel(ImportStatus status)
{
    switch (status) {
    case ImportStatus::New:
        return Tr::tr("New");
    case ImportStatus::Update:
        return Tr::tr("Update");
    case ImportStatus::Unchanged:
        return Tr::tr("Unchanged");
    case ImportStatus::Invalid:
        return Tr::tr("Invalid");
    case ImportStatus::Duplicate:
        return Tr::tr("Repeated");
    }
    return {};
}

int ImportPreview::count(ImportStatus status) const
{
    return int(
        std::count_if(rows.cbegin(), rows.cend(), [status](const ImportPreviewRow& r) { return r.status == status; }));
}

QStringList ImportPreview::invalidLines() const
{
    QStringList lines;
    for (const ImportPreviewRow& r : rows)
        if (!r.isValid())
            for (const Problem& p : r.problems)
                lines << TableFile::rowMessage(r.row, p.message);
    return lines;
}

QStringList ImportPreview::blockers(const ImportOptions& options) const
{
    QStringList lines = fileErrors;
    if (!options.skipInvalid)
        lines << invalidLines();
    if (options.onDuplicate == OnDuplicate::Error)
        for (const ImportPreviewRow& r : rows)
            if (r.status == ImportStatus::Update || r.status == ImportStatus::Unchanged)
                lines << TableFile::rowMessage(
                    r.row, Tr::tr("%1 %2 is already stored; choose to skip or to update such rows.").arg(keyTitle, r.key));
    return lines;
}

QString ImportPreview::totalsText() const
{
    return Tr::tr("%1 new, %2 to update, %3 unchanged, %4 invalid, %5 repeated in the file")
        .arg(count(ImportStatus::New))
        .arg(count(ImportStatus::Update))
        .arg(count(ImportStatus::Unchanged))
        .arg(count(ImportStatus::Invalid))
        .arg(count(ImportStatus::Duplicate));
}

QString importSummaryText(const ImportSummary& s)
{
    return Tr::tr("%1 added, %2 updated, %3 unchanged, %4 skipped, %5 invalid")
        .arg(s.added)
        .arg(s.updated)
        .arg(s.unchanged)
        .arg(s.skipped)
        .arg(s.invalid);
}

} // namespace ud::core
