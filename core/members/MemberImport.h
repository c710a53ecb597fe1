#pragma once

#include "core/db/Database.h"
#include "core/io/Csv.h"
#include "core/io/TableFile.h"
#include "core/members/Member.h"
#include "core/members/MemberQuery.h"
#include "core/units/SubUnit.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <functional>
#include <optional>

namespace ud::core {

/// Imports members from a roster spreadsheet (.xlsx or .csv) in two steps: preview() reads every row as it would be
/// stored and finds invalid rows, duplicates and missing sub-unions without changing anything; execute() stores
/// the preview in one transaction (MemberImportWriter).
class MemberImport {
public:
    /// The file as read: the header and the data rows with the row numbers a spreadsheet shows.
    using Table = TableFile;

    /// Reads a .csv or .xlsx file (by its extension; other names are tried as CSV). The first non-empty row is the
    /// header; empty rows are left out. `encoding` overrides the detected encoding of a CSV file. Throws Error.
    static Table load(const QString& path, std::optional<Csv::Encoding> encoding = std::nullopt);

    /// The member field each file column fills (nullopt: the column is not imported). Age is never a target.
    using Mapping = QList<std::optional<MemberColumn>>;
    /// The columns a file column can be mapped to, in MemberColumns order.
    static QList<MemberColumn> targetColumns();
    /// Matches the usual Chinese headers (工号, 姓名, 身份证号码, 所在单位, 手机号码, 入会时间 …), the keys of
    /// MemberColumns (staff_no, unit_code …, as `members export` writes them) and the column titles. Each field
    /// is taken by the first column that matches it.
    static Mapping autoMapping(const QStringList& header);

    enum class OnDuplicate { Skip, Update, Error };
    struct Options {
        OnDuplicate onDuplicate = OnDuplicate::Error;
        bool skipInvalid = false; // store the valid rows and leave out the invalid ones
        /// Create the sub-unions the file names that do not exist, unless a stored one is proposed for them (those
        /// need a choice in unitChoices, so that a college is not stored twice under two names).
        bool createUnits = false;
        /// The clerk's choice for missing sub-unions, by their index in Preview::missingUnits: the id of the stored
        /// sub-union their rows go to, or 0 to create them.
        QHash<int, qint64> unitChoices;
        bool dryRun = false; // do everything, then roll back
    };

    /// A sub-union named in the file that does not exist.
    struct MissingUnit {
        QString code; // from the file, or a new code that is free
        QString name;
        QList<int> rows;
        /// Stored sub-unions whose names contain this name or are contained in it (SubUnitMatcher): for the clerk to
        /// confirm one, or to choose among several.
        QList<SubUnit> proposals;
    };

    /// One data row as it will be stored.
    struct PreviewRow {
        int row = 0;
        /// The member as it will be stored: normalized, dates parsed. For a duplicate, the stored member with the
        /// file's non-empty cells over it (what "update" stores).
        Member member;
        QString unitText;     // the sub-union as the file names it
        int missingUnit = -1; // index into Preview::missingUnits when the sub-union does not exist yet
        /// Why the row cannot be stored, each a sentence; empty when it can.
        QStringList problems;
        qint64 existingId = 0; // the stored member with the same staff number or ID number
        QString duplicateReason;
        bool isValid() const { return problems.isEmpty(); }
        bool isDuplicate() const { return existingId != 0; }
    };

    struct Preview {
        QString path; // the file read, named in the import log
        QList<PreviewRow> rows;
        QList<MissingUnit> missingUnits;
        int invalidCount() const;
        int duplicateCount() const; // valid rows that duplicate a stored member
        /// What keeps the preview from running with these options: "row N: reason" lines for invalid rows
        /// (without skipInvalid) and duplicates (onDuplicate Error), and a line per missing sub-union nothing was
        /// decided for (unitChoice()), naming what is proposed for it. Empty when execute() can run.
        QStringList blockers(const Options& options) const;
        /// What becomes of missing sub-union `index` with `options`: the id of the stored sub-union its rows go to,
        /// 0 when it is created, nullopt while undecided.
        std::optional<qint64> unitChoice(int index, const Options& options) const;
        /// For each missing sub-union with exactly one proposal, that proposal: what the clerk accepts in one step
        /// (members import --match-units).
        QHash<int, qint64> proposedChoices() const;
        /// "row N: reason" for each reason of each invalid row.
        QStringList invalidLines() const;
    };

    struct Summary {
        int imported = 0;
        int updated = 0;
        int skipped = 0; // duplicates left alone (also those that would change nothing)
        int invalid = 0;
        int unitsCreated = 0;
        int unitsMatched = 0; // missing sub-unions whose rows went to a stored one
        bool cancelled = false;
        qint64 batch = 0; // the import in the import log (ImportLog), once stored
    };

    /// Called now and then with the rows done and the total; returning false cancels (everything is rolled back).
    using Progress = std::function<bool(int done, int total)>;

    explicit MemberImport(Database& db) : m_db(db) {}

    /// Builds the preview; reads the stored members and sub-unions once and changes nothing.
    Preview preview(const Table& table, const Mapping& mapping, const QDate& today = QDate::currentDate()) const;
    /// Stores the preview in one transaction: nothing is stored when anything fails or the progress callback cancels.
    /// Imported members get a "joined" event on their join date (today when there is none) and, for a status
    /// other than active, the event of that status dated `today`. Sub-unions it creates are ordered after the stored
    /// ones. Throws ValidationError when blockers() is not empty, Error when the database refuses.
    Summary execute(const Preview& preview, const Options& options, const Progress& progress = {},
                    const QDate& today = QDate::currentDate());

    /// "row 5: reason", the prefix every import message uses.
    static QString rowMessage(int row, const QString& reason);
    /// "imported 10, updated 2, skipped 1, invalid 3" (translated).
    static QString summaryText(const Summary& summary);

private:
    Database& m_db;
};

} // namespace ud::core
