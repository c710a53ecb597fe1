#pragma once

#include "core/record/Record.h"

#include <QAbstractTableModel>

namespace ud::core {

/// A list of records for a view, one column per listed field of the record type, read whole (for lists of tens
/// or hundreds of rows; the roster has its own paged model). Titles come from the record type, a flag shows its
/// field's texts (shownAs), an enum its label, money its yuan; a feature overrides display() for what it shows
/// otherwise (a name for a reference). The roles every record list answers, whatever its record type: the record's id,
/// and what a column sorts by.
enum RecordRole { RecordIdRole = Qt::UserRole + 1, RecordSortRole };

template <class R> class RecordListModel : public QAbstractTableModel {
public:
    enum Role { IdRole = RecordIdRole, SortRole = RecordSortRole };

    /// `columns`: the fields shown, by column name, in order.
    RecordListModel(const RecordType<R>& type, QStringList columns, QObject* parent = nullptr)
        : QAbstractTableModel(parent), m_type(type), m_columns(std::move(columns))
    {
    }

    /// Shows these records, in this order.
    void setRecords(QList<R> records)
    {
        beginResetModel();
        m_records = std::move(records);
        recordsChanged();
        endResetModel();
    }
    const QList<R>& records() const { return m_records; }
    const R& recordAt(int row) const { return m_records.at(row); }
    /// The row showing record `id`, or -1.
    int rowOf(qint64 id) const
    {
        for (int i = 0; i < m_records.size(); ++i)
            if (m_records.at(i).id == id)
                return i;
        return -1;
    }

    int rowCount(const QModelIndex& parent = {}) const override { return parent.isValid() ? 0 : int(m_records.size()); }
    int columnCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_columns.size());
    }
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return {};
        const R& r = m_records.at(index.row());
        if (role == IdRole)
            return r.id;
        return display(r, index.column(), role);
    }
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override
    {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= m_columns.size())
            return QAbstractTableModel::headerData(section, orientation, role);
        return m_type.title(m_columns.at(section));
    }

protected:
    /// What a cell shows: by default the stored value for the display, edit and sort roles, right-aligned for
    /// numbers.
    virtual QVariant display(const R& record, int column, int role) const
    {
        const Field<R>* f = m_type.field(m_columns.at(column));
        if (!f)
            return {};
        if (role == Qt::DisplayRole && f->type == FieldType::Bool && f->yesText)
            return m_type.text(f->get(record).toInt() != 0 ? f->yesText : f->noText);
        if (role == Qt::DisplayRole && f->type == FieldType::Enum && f->choices)
            for (const auto& [key, label] : f->choices())
                if (key == f->get(record).toString())
                    return label;
        if (role == Qt::DisplayRole && f->type == FieldType::Money)
            return yuanText(f->get(record).toLongLong());
        if (role == Qt::DisplayRole || role == Qt::EditRole || role == SortRole)
            return f->get(record);
        if (role == Qt::TextAlignmentRole && (f->type == FieldType::Integer || f->type == FieldType::Money))
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    /// Called when the records were replaced, before the views hear of it (to rebuild lookups).
    virtual void recordsChanged() {}

private:
    const RecordType<R>& m_type;
    QStringList m_columns;
    QList<R> m_records;
};

} // namespace ud::core
