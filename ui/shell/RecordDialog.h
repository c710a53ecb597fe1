#pragma once

#include "core/db/Database.h"
#include "ui/shell/RecordForm.h"

#include <functional>

namespace ud::ui {

/// The RecordForm of a repository's record type: the editors come from `Record::type()`, OK checks the record with
/// the repository's problems(). A feature's dialog derives from it, gives the choices of its reference fields and
/// sets its window title.
template <class Repo> class RecordDialog : public RecordForm {
public:
    using Record = typename Repo::Record;
    /// The choices of a reference field for the record being edited, each text with its id.
    using Choices = std::function<QList<QPair<QString, qint64>>(const Record&)>;

    /// `record` with id 0 is a new one; `choices`: the hook of each reference field, by column.
    RecordDialog(core::Database& db, const Record& record, const QHash<QString, Choices>& choices = {},
                 QWidget* parent = nullptr)
        : RecordForm(formFields(), parent), m_db(db), m_record(record)
    {
        for (auto it = choices.cbegin(); it != choices.cend(); ++it)
            setChoices(it.key(), it.value()(record));
        setRecord(record);
    }

    /// The record as the editors describe it, with the id (and read-only fields) it was opened with.
    Record record() const
    {
        Record r = m_record;
        for (const core::Field<Record>& f : Record::type().fields())
            if (!f.has(core::ReadOnly))
                f.set(r, value(QString::fromLatin1(f.column)));
        return r;
    }
    void setRecord(const Record& record)
    {
        m_record = record;
        for (const core::Field<Record>& f : Record::type().fields())
            if (!f.has(core::ReadOnly))
                setValue(QString::fromLatin1(f.column), f.get(record));
        showProblems({});
        updateOkButton();
        markUnchanged();
    }

protected:
    static QList<FormField> formFields()
    {
        QList<FormField> fields;
        for (const core::Field<Record>& f : Record::type().fields())
            if (!f.has(core::ReadOnly))
                fields << FormField::of(Record::type(), f);
        return fields;
    }
    core::Problems check() const override { return Repo(m_db).problems(record()); }

    core::Database& m_db;

private:
    Record m_record;
};

} // namespace ud::ui
