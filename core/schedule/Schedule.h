#pragma once

#include "core/db/Table.h"
#include "core/record/Record.h"
#include "core/schedule/ScheduleTiming.h"

#include <QDate>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace ud::core {

/// Progress of a schedule item.
enum class ItemStatus { Planned, InProgress, Done, Postponed, Cancelled };

/// Stable keys (stored, exported: planned, in_progress, done, postponed, cancelled) and translated labels.
const KeyedEnum<ItemStatus>& itemStatuses();
QString itemStatusKey(ItemStatus status);
QString itemStatusLabel(ItemStatus status);
/// The status for a key; false when the key is unknown.
bool itemStatusFromKey(const QString& key, ItemStatus* status);
QList<ItemStatus> allItemStatuses();
/// The statuses of an item still to do: planned, in progress, postponed (not done, not cancelled). Filters and the
/// dashboard call them "open" (kOpenItemsKey).
QList<ItemStatus> openItemStatuses();
inline constexpr char kOpenItemsKey[] = "open";

/// A year's work plan (工作要点) with the document it came from.
struct PlanInfo {
    qint64 id = 0;
    int year = 0;
    QString title;          // 浙江工商大学工会2024年工作要点
    QString documentNumber; // 浙商大工〔2024〕1号
    QDate issueDate;
    QString unionName;  // 浙江工商大学工会
    QString intro;      // the paragraph(s) between the title and the first section
    bool draft = false; // copied from the previous year, not yet adopted
};

/// One numbered point of the key points (1. 加强学习培训，深化理论武装。…).
struct KeyPoint {
    qint64 id = 0;
    int number = 0;
    QString text;
};

/// A key-point section (一、强化政治引领，着力凝聚思想共识) and its points.
struct KeyPointSection {
    qint64 id = 0;
    int number = 0;
    QString title;
    QList<KeyPoint> points;
    /// 一、强化政治引领，着力凝聚思想共识
    QString heading() const;
};

/// A section of the schedule attachment (一、政治引领和宣传工作).
struct ScheduleSection {
    qint64 id = 0;
    int number = 0;
    QString title;
    qint64 keySectionId = 0; // the key-point section with the same number, when there is one
    QString heading() const;
};

/// One item of the schedule: what happens, when (as written and as months), who does it, how far it is.
struct ScheduleItem {
    qint64 id = 0;
    qint64 sectionId = 0;
    int sectionNumber = 0; // read-only, from the section
    QString sectionTitle;  // read-only, from the section
    int number = 0;
    QString text;
    QString timing;                  // as written in the plan: 3-5月、9-11月
    MonthSet months;                 // the months it covers; for a deadline the month it is due in
    bool deadline = false;           // 6月底前: listed in its due month only, marked due
    bool monthsNeedChecking = false; // the timing could not be read; the months were not set from it
    QString office;                  // responsible office
    ItemStatus status = ItemStatus::Planned;
    QDate doneDate; // set when status is Done
    QString notes;

    /// True when the item is shown in `month`'s schedule.
    bool covers(int month) const { return months.contains(month); }
    /// True when the item is a deadline that falls in `month`.
    bool isDueIn(int month) const { return deadline && months.contains(month); }
    /// "三-8": section numeral and item number, how officers refer to an item.
    QString reference() const;

    /// Its fields: columns, titles, rules (ScheduleItemRepository).
    static const RecordType<ScheduleItem>& type();
};

/// A plan as read from a document, before it is saved.
struct ParsedPlan {
    struct Item {
        int number = 0;
        QString text;
        Timing timing;
        QString office;
        int line = 0; // first line in the document, for messages
    };
    struct Section {
        int number = 0;
        QString title;
        QList<Item> items;
    };
    struct PointSection {
        int number = 0;
        QString title;
        QList<KeyPoint> points;
    };

    int year = 0; // the year the title names, or 0
    QString title;
    QString documentNumber;
    QDate issueDate;
    QString unionName;
    QString intro;
    QList<PointSection> keyPoints;
    QList<Section> schedule;
    QStringList unrecognisedLines; // "line 12: text" for lines that fit nowhere (nothing is dropped silently)
    int headings = 0; // section headings read as such: numbered (一、…, （一）…) or naming months (三月份)

    int pointCount() const;
    int itemCount() const;
    /// Items whose timing could not be read (the clerk sets their months by hand).
    QList<const Item*> flaggedItems() const;
    /// True when the document held no section, point or item at all.
    bool isEmpty() const { return keyPoints.isEmpty() && schedule.isEmpty(); }
};

namespace tables {
inline constexpr Table SchedulePlans{"schedule_plans", QT_TRANSLATE_NOOP("ud::core", "Work plans")};
inline constexpr Table PlanKeySections{"plan_key_sections", QT_TRANSLATE_NOOP("ud::core", "Key-point sections")};
inline constexpr Table PlanKeyPoints{"plan_key_points", QT_TRANSLATE_NOOP("ud::core", "Key points")};
inline constexpr Table ScheduleSections{"schedule_sections", QT_TRANSLATE_NOOP("ud::core", "Schedule sections")};
inline constexpr Table ScheduleItems{"schedule_items", QT_TRANSLATE_NOOP("ud::core", "Schedule items"), nullptr,
                                     &recordsOf<ScheduleItem>};
} // namespace tables
/// The work plan's tables.
QList<Table> scheduleTables();

} // namespace ud::core

Q_DECLARE_METATYPE(ud::core::ScheduleItem)
