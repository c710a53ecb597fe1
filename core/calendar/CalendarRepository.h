#pragma once

#include "core/calendar/CalendarDay.h"
#include "core/calendar/NoticeParser.h"
#include "core/io/Csv.h"
#include "core/record/RecordRepository.h"

#include <optional>

namespace ud::core {

/// The stored days of the working calendar, a notice year at a time.
class CalendarRepository : public RecordRepository<CalendarDay> {
    Q_DECLARE_TR_FUNCTIONS(ud::core::CalendarRepository)

public:
    explicit CalendarRepository(Database& db) : RecordRepository(db, CalendarDay::type()) {}

    /// The stored days of the notice of `year`, by date.
    QList<CalendarDay> ofYear(int year) const;
    /// The stored days of the notices of `firstYear` to `lastYear`, by date.
    QList<CalendarDay> ofYears(int firstYear, int lastYear) const;
    /// The notice years with stored days, in order.
    QList<int> years() const;

    /// What keeps `days` from being stored as the notice of `year`, one sentence each naming its date: a date that
    /// is not near the year (a notice names days of its own year and at most of the one on either side), a date
    /// given twice, a date another year's notice has, a holiday's name too long or with control characters.
    QStringList yearProblems(int year, const QList<CalendarDay>& days) const;
    /// Stores `days` as the notice of `year` in place of its stored days, in one transaction that is one step of the
    /// import log (undone and done again as a whole); `source` is the file read, or what the user calls the data.
    /// An empty list removes the year's days, and the built-in notice applies to it again. Throws ValidationError
    /// with yearProblems(), storing nothing. Returns the batch, 0 when nothing changed.
    qint64 replaceYear(int year, const QList<CalendarDay>& days, const QString& source);

    /// A notice read from a file and, when it could be read, stored.
    struct NoticeImport {
        NoticeReading reading;
        bool stored = false;
        qint64 batch = 0;
    };
    /// Reads the notice in `path` (text in UTF-8 or GB18030, or .docx) for `year` and, when every line could be read,
    /// stores its days in place of the year's (replaceYear()). A notice with problems stores nothing: they are in
    /// `reading.problems`. Throws Error when the file cannot be read or the days cannot be stored.
    NoticeImport importNotice(const QString& path, int year, std::optional<Csv::Encoding> encoding = std::nullopt);

protected:
    QString orderBy() const override { return QStringLiteral("day"); }
    Problems rules(const CalendarDay& day) const override;
    QString describe(const CalendarDay& day) const override;
    QString usedMessage(const QString& title, const QString& value, const CalendarDay& other) const override;
};

} // namespace ud::core
