#pragma once

#include "core/db/Database.h"
#include "core/db/Error.h"
#include "core/members/MemberQuery.h"

#include <QDate>
#include <QList>
#include <QStringList>

#include <functional>
#include <optional>

namespace ud::core {

/// What goes into an export or a printed list of members: which members, which columns, in which order.
struct MemberExportOptions {
    MemberFilter filter;
    QList<MemberColumn> columns; // empty: every column, in MemberColumns order
    MemberColumn sortColumn = MemberColumn::StaffNo;
    Qt::SortOrder order = Qt::AscendingOrder;
    bool unmasked = false; // ID and phone numbers in full (recorded in the change history when exported)
    /// The roster on this day from the status history: who had joined by then, with the status and
    /// sub-union of that day (the filter's sub-union and status apply to those).
    std::optional<QDate> asOf;
};

/// Thrown by exportMembers() when the progress callback asked to stop; nothing was written.
class ExportCancelled : public Error {
public:
    using Error::Error;
};

/// How gender and status read in text rows: translated labels (男, 退休) or the stored keys (M, retired).
enum class MemberText { Labels, Keys };

/// The columns `options` asks for (all of them when it names none).
QList<MemberColumn> memberExportColumns(const MemberExportOptions& options);
/// Header row: translated titles, or the stable keys (staff_no, name, …).
QStringList memberHeader(const QList<MemberColumn>& columns, MemberText text);

/// Writes the members to `path`, from its own query streamed in order: .xlsx (titles as header, dates as
/// dates, ID and phone as text) or .csv (UTF-8 with BOM, the stable keys as header); gender and status as
/// translated labels in both. The file appears only when complete; on failure Error says why and the target
/// is as it was. `progress` gets (rows done, rows in all) and may return false to cancel (ExportCancelled).
/// An unmasked export is recorded in the change history. Returns the number of members written.
qint64 exportMembers(Database& db, const QString& path, const MemberExportOptions& options,
                     const std::function<bool(qint64 done, qint64 total)>& progress = {});

/// Calls `row` with each member's cells as text, in order; stops early when it returns false.
void forEachMemberRow(Database& db, const MemberExportOptions& options, MemberText text,
                      const std::function<bool(const QStringList& row)>& row);
/// All rows as text, for `members list` and the printed lists.
QList<QStringList> memberRows(Database& db, const MemberExportOptions& options, MemberText text = MemberText::Labels);

/// One showing, export or print of full ID or phone numbers, for the change history.
struct FullNumbersUse {
    enum class Kind { Shown, Exported, Printed };
    Kind kind = Kind::Shown;
    QString target;      // the file, the printer, "(standard output)", or where the numbers were shown
    QString filter;      // which members: the filter in words (describeMemberFilter())
    QString list;        // or the printed list's title
    qint64 rows = 0;     // how many members
    QStringList columns; // the keys of the columns that went with the numbers
    QStringList numbers; // which numbers were in full: "id_number", "phone"
};

/// The one record of full numbers leaving their mask, used by the command line and the windows alike: who,
/// when, what and how many rows, as an "export" row of the change history on the members' table whose details
/// name the target as "shown", "file" or "printed".
void recordFullNumbers(Database& db, const FullNumbersUse& use);

/// Leaves the change-history row for an unmasked export to `destination` (a file, or standard output).
void recordUnmaskedExport(Database& db, const QString& destination, const MemberExportOptions& options,
                          qint64 rowCount);
/// The filter in words for the change history ("search 张; sub-union 101; status retired").
QString describeMemberFilter(Database& db, const MemberExportOptions& options);

} // namespace ud::core
