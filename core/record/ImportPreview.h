#pragma once

#include "core/io/Csv.h"
#include "core/record/Record.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace ud::core {

/// What an import will do with one data row of the file.
enum class ImportStatus {
    New,       // no stored record has its key: added
    Update,    // a stored record has its key and the row changes it
    Unchanged, // a stored record has its key and the row changes nothing
    Invalid,   // the row cannot be stored (its problems say why)
    Duplicate, // its key appeared in an earlier row of the file
};
/// "New", "Update", … translated, as a preview shows the status.
QString importStatusLabel(ImportStatus status);

/// What happens to rows whose key is already stored: leave the stored record, update it from the row, or refuse the
/// whole file.
enum class OnDuplicate { Skip, Update, Error };

/// How a preview is applied. By default an invalid row or a row whose key is stored refuses the whole file.
struct ImportOptions {
    bool skipInvalid = false; // store the valid rows; the invalid ones (and duplicates within the file) are reported
    OnDuplicate onDuplicate = OnDuplicate::Error;
    bool dryRun = false; // do everything, then roll back
};

/// One data row of an import preview.
struct ImportPreviewRow {
    int row = 0; // as a spreadsheet numbers it (the header is usually row 1)
    ImportStatus status = ImportStatus::New;
    QString key;           // the text of its key field (the sub-union's code)
    QStringList cells;     // the file's text for each field of the record type, "" where the file lacks the column
    Problems problems;     // Invalid and Duplicate: each with the field (column) it is about
    qint64 existingId = 0; // Update and Unchanged: the stored record
    int firstRow = 0;      // Duplicate: the earlier row with the same key
    bool isValid() const { return status != ImportStatus::Invalid && status != ImportStatus::Duplicate; }
};

/// An import computed without writing anything: every data row with its status, and the problems of the file as a
/// whole (a header without the needed columns). RecordRepository::preview() makes one, apply() stores it.
struct ImportPreview {
    QString path;
    bool isCsv = false;                           // a CSV file, read in `encoding`
    Csv::Encoding encoding = Csv::Encoding::Utf8; // as detected, or as the caller asked
    QStringList fileHeader;                       // the file's header row as it is
    QStringList firstValues;                      // the first data row, a cell for each column of the header
    QList<int> fileColumnField;                   // per column of the header: the index in `columns` it fills, or -1
    QStringList columns;                          // the record type's fields, by column name
    QStringList titles;                           // their titles, translated
    QString keyTitle;                             // the title of the key field
    QStringList fileErrors; // "row N: reason" about the file as a whole; nothing can be imported while there are any
    QList<ImportPreviewRow> rows;

    int count(ImportStatus status) const;
    /// Rows that cannot be stored: invalid rows and duplicates within the file.
    int invalidCount() const { return count(ImportStatus::Invalid) + count(ImportStatus::Duplicate); }
    /// "row N: reason" for each problem of each row that cannot be stored, in row order.
    QStringList invalidLines() const;
    /// What keeps apply() from storing anything with `options`: the file's errors, the invalid rows (without
    /// skipInvalid), and the rows whose key is stored (onDuplicate Error). Empty when apply() can run.
    QStringList blockers(const ImportOptions& options) const;
    /// "3 new, 1 to update, 2 unchanged, 1 invalid, 1 repeated in the file" (translated), the totals of the rows.
    QString totalsText() const;
};

/// What apply() did, or, with errors, why it stored nothing.
struct ImportSummary {
    int added = 0;
    int updated = 0;
    int unchanged = 0;
    int skipped = 0; // stored records left alone (OnDuplicate::Skip)
    int invalid = 0; // rows left out (skipInvalid)
    bool dryRun = false;
    QStringList errors; // "row N: reason"; when there are any, nothing was stored
    qint64 batch = 0;   // the import in the import log (ImportLog), once stored
    bool stored() const { return errors.isEmpty() && !dryRun && added + updated > 0; }
};
/// "3 added, 1 updated, 2 unchanged, 0 skipped, 1 invalid" (translated).
QString importSummaryText(const ImportSummary& summary);

} // namespace ud::core
