#pragma once

#include "core/care/Care.h"
#include "core/record/RecordRepository.h"

namespace ud::core {

/// Hardship cases (送温暖/帮扶). The sub-union is the member's unless given. A second case of a member in a year is
/// not refused (a family may meet a second disaster) but warned about while the setting HardshipOncePerYear is on:
/// repeatWarning() is what the page asks the clerk about before saving.
class HardshipRepository : public RecordRepository<HardshipCase> {
public:
    explicit HardshipRepository(Database& db) : RecordRepository(db, HardshipCase::type()) {}

    /// The cases given in `year`, newest first; every case for year 0.
    QList<HardshipCase> ofYear(int year) const;
    /// The member's other cases in the year of `c.given`, as a sentence naming them and the rule; empty when there
    /// are none or the setting is off.
    QString repeatWarning(const HardshipCase& c) const;

    /// The list as files and the command line give it (keys) and as people read it (titles).
    static QStringList listKeys();
    static QStringList listTitles();
    /// The cases of `year` (0: all): for scripts stored keys, else translated labels; amounts in yuan.
    QList<QStringList> listRows(int year, bool forScripts) const;
    static QStringList csvHeader() { return listKeys(); }
    QList<QStringList> csvRows() const { return listRows(0, true); }
    Report listReport(int year) const;

protected:
    QString selectSql() const override;
    QString alias() const override { return QStringLiteral("h"); }
    QString orderBy() const override { return QStringLiteral("h.given DESC, h.id DESC"); }
    HardshipCase normalized(const HardshipCase& c) const override;
    QString describe(const HardshipCase& c) const override;
};

/// The kinds of care visit, one table per year; a kind's key unique within its year.
class CareKindRepository : public RecordRepository<CareKind> {
public:
    explicit CareKindRepository(Database& db) : RecordRepository(db, CareKind::type()) {}

    /// The year's kinds in their order.
    QList<CareKind> ofYear(int year) const;
    std::optional<CareKind> byYearKey(int year, const QString& key) const;
    /// The years that have kinds, newest first.
    QList<int> years() const;

    /// The standard table for a year (one university's, 2023): marriage 400 yuan in goods from the sub-union, birth
    /// 300, illness 300 once a year, serious illness 2,000, a parent's death 1,000, a spouse's or child's death
    /// 10,000, the member's death 10,000, retirement 400 once, others at most 500.
    static QList<CareKind> defaultKinds(int year);
    /// Adds the standard kinds the year lacks (by key) in one transaction; returns their ids.
    QList<qint64> addDefaults(int year);
    /// Copies the kinds of year `from` that `to` lacks (by key) in one transaction; returns their ids. Refused with
    /// ValidationError when `from` has no kinds.
    QList<qint64> copyYear(int from, int to);
    /// Removes the kinds `ids` in one transaction (the undo of addDefaults() and copyYear()); refused while a visit
    /// refers to one of them.
    void removeAll(const QList<qint64>& ids);
    /// Puts removed kinds back under their ids, in one transaction.
    void restoreAll(const QList<CareKind>& kinds);

protected:
    QString orderBy() const override { return QStringLiteral("year DESC, sort_order, kind_key"); }
    Problems rules(const CareKind& kind) const override;
    QString describe(const CareKind& kind) const override;
    QString referencedMessage(const CareKind& kind, const QString& references) const override;
};

/// What a visit would go over: its kind's amount, its frequency (with the earlier visits that use it up).
struct CareExceptions {
    bool overAmount = false;
    bool overFrequency = false;
    QStringList rules; // a sentence per rule gone over, naming it
    bool any() const { return overAmount || overFrequency; }
};

/// A total of the care visits of a year for one sub-union and one kind.
struct CareTotal {
    std::optional<qint64> unitId;
    QString unitName; // empty: no sub-union
    QString kindKey;
    QString kindName;
    int visits = 0;
    qint64 amount = 0; // fen
};

/// The care visits of a month.
struct CareMonthTotal {
    int month = 0; // 1–12
    int visits = 0;
    qint64 amount = 0;     // fen
    qint64 university = 0; // of which the university union pays
    qint64 subUnion = 0;   // and the sub-unions
};

/// Which care visits a list shows: a year, and optionally one kind (by key) and one sub-union.
struct CareFilter {
    int year = 0; // 0: every year
    QString kindKey;
    std::optional<qint64> unitId;
};

/// Care visits (慰问). The kind must be of the visit's year. A visit over the kind's amount (a standard amount or a
/// cap; 0 is no limit) or its frequency (once a year per member, or once only, counted by the kind's key) is refused
/// when the kind says so, and otherwise needs the reason for the exception. The sub-union is the member's unless given.
class CareVisitRepository : public RecordRepository<CareVisit> {
public:
    explicit CareVisitRepository(Database& db) : RecordRepository(db, CareVisit::type()) {}

    QList<CareVisit> visits(const CareFilter& filter) const;
    /// The rules of the visit's kind that it goes over (the kind read from the database).
    CareExceptions exceptions(const CareVisit& visit) const;

    /// Totals of `year` per sub-union and kind (sub-unions in their order, the visits without one last; kinds in the
    /// year's order), only the pairs that have visits.
    QList<CareTotal> totals(int year) const;
    /// Totals of `year` per month, twelve entries.
    QList<CareMonthTotal> monthTotals(int year) const;

    /// The list as `care list` and CSV files give it (keys date, staff_no, name, unit, kind, kind_name, amount, form,
    /// payer, reason, visitors) and as people read it (titles).
    static QStringList listKeys();
    static QStringList listTitles();
    /// The visits of the filter: for scripts stored keys, else translated labels; amounts in yuan with two decimals.
    QList<QStringList> listRows(const CareFilter& filter, bool forScripts) const;
    static QStringList csvHeader() { return listKeys(); }
    QList<QStringList> csvRows() const { return listRows({}, true); }
    Report listReport(const CareFilter& filter) const;

    /// Puts a removed visit back as it was (undo): the kind's limits were met, or excused, when it was recorded, and
    /// a visit recorded since does not undo that.
    void restore(const Snapshot& snapshot);

protected:
    QString selectSql() const override;
    QString alias() const override { return QStringLiteral("v"); }
    QString orderBy() const override { return QStringLiteral("v.visited DESC, v.id DESC"); }
    CareVisit normalized(const CareVisit& visit) const override;
    Problems rules(const CareVisit& visit) const override;
    QString describe(const CareVisit& visit) const override;

private:
    bool m_restoring = false;
};

} // namespace ud::core
