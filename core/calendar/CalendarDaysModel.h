#pragma once

#include "core/calendar/CalendarDay.h"

#include <QAbstractTableModel>
#include <QList>

namespace ud::core {

/// A year's days of the working calendar as a table to edit before they are stored: the date, its weekday, the
/// kind (day off or working day) and the holiday. A day that is as an ordinary week has it anyway (a Saturday
/// inside a holiday) is shown dimmed.
class CalendarDaysModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Date, Weekday, Kind, Name, ColumnCount };

    explicit CalendarDaysModel(QObject* parent = nullptr) : QAbstractTableModel(parent) {}

    void setDays(const QList<CalendarDay>& days);
    const QList<CalendarDay>& days() const { return m_days; }
    /// Adds a day at the end and returns its row.
    int addDay(const CalendarDay& day);
    void removeDay(int row);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    /// Date: a QDate; kind: its key or its label; holiday: text.
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

private:
    QList<CalendarDay> m_days;
};

} // namespace ud::core
