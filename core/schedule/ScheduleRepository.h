#pragma once

#include "core/db/Database.h"
#include "core/db/RecordStore.h"
#include "core/schedule/Schedule.h"

#include <optional>

namespace ud::core {

/// Reads and writes the yearly work plans and their schedules; every write goes through RecordStore.
class ScheduleRepository {
public:
    explicit ScheduleRepository(Database& db) : m_db(db), m_store(db) {}

    /// Years that have a plan, oldest first.
    QList<int> years() const;
    std::optional<PlanInfo> plan(int year) const;
    /// Throws Error when there is no plan for `year`.
    PlanInfo requirePlan(int year) const;

    QList<KeyPointSection> keyPoints(qint64 planId) const;
    QList<ScheduleSection> sections(qint64 planId) const;
    /// The plan's items in section and number order.
    QList<ScheduleItem> items(qint64 planId) const;
    /// The items shown in `month`'s schedule: those covering it; a deadline item only in its due month.
    QList<ScheduleItem> monthItems(int year, int month) const;
    /// Throws Error when the item no longer exists.
    ScheduleItem item(qint64 id) const;
    /// The year of the plan item `id` belongs to; nullopt when the item no longer exists.
    std::optional<int> itemYear(qint64 id) const;

    enum class Replace { No, Yes };
    /// Saves a parsed plan as `year`'s plan in one transaction. An existing plan of that year is replaced only
    /// with Replace::Yes (else ValidationError, nothing changed). Throws ValidationError when the document has
    /// no plan's structure (PlanDocument::structureProblem()). Returns the new plan's id. The import is one step of the
    /// import log (ImportLog), `source` (the file, or what the user calls the text) named there.
    qint64 importPlan(int year, const ParsedPlan& parsed, Replace replace = Replace::No,
                      const QString& source = QString());
    /// Removes a year's plan with its key points, sections and items.
    void removePlan(int year);
    /// Changes the plan's own fields (title, document number, issue date, union name, intro, draft).
    void updatePlan(const PlanInfo& plan);

    /// Writes an item's editable fields (section, number, text, timing, months, deadline, months flag, office,
    /// status, done date, notes). Throws ValidationError for empty text, a done item without a date or a date
    /// on an item that is not done. Returns false when nothing changed.
    bool updateItem(const ScheduleItem& item);
    /// Adds an item to a section; returns its id.
    qint64 addItem(const ScheduleItem& item);
    void removeItem(qint64 id);
    /// Marks an item done on `date`.
    void markDone(qint64 id, const QDate& date);

    /// Copies `year`'s plan to `year + 1` as a draft: same sections, items, timings, months and offices;
    /// statuses back to planned, done dates and notes cleared, no document number or issue date. Throws
    /// ValidationError when the next year already has a plan. Returns the new plan's id. The copy is one step of the
    /// import log (ImportLog).
    qint64 copyToNextYear(int year);

    /// The union's name for printed schedules: the database setting "union/name", else the plan's.
    QString unionName(const PlanInfo& plan) const;

private:
    Database& m_db;
    mutable RecordStore m_store;
};

} // namespace ud::core
