#pragma once

#include "core/record/Record.h"

#include <QDialog>
#include <QHash>

class QFormLayout;
class QLabel;
class QPushButton;

namespace ud::ui {

/// One editor of a RecordForm: a field of a record type as the form needs it, with its texts translated.
struct FormField {
    QString column;
    core::FieldType type = core::FieldType::Text;
    QString label; // with its mnemonic; a flag's check box text
    QString placeholder;
    QString toolTip;
    bool required = false;
    bool multiline = false;
    int maxLength = 0;
    int minimum = 0;
    int maximum = 0;
    QList<QPair<QString, QString>> choices; // enum: key and label

    /// The form's view of a field of `type`.
    template <class R> static FormField of(const core::RecordType<R>& type, const core::Field<R>& f)
    {
        return {QString::fromLatin1(f.column),
                f.type,
                f.label ? type.text(f.label) : type.title(f),
                type.text(f.placeholder),
                type.text(f.toolTip),
                f.has(core::Required),
                f.has(core::Multiline),
                f.maxLength,
                f.minimum,
                f.maximum,
                f.choices ? f.choices() : QList<QPair<QString, QString>>()};
    }
};

/// A dialog that edits one record, its editors built from the record type's fields: text → line edit (multiline →
/// plain text edit), whole number → spin box, money → spin box in yuan (the value in fen), flag → check box, date →
/// date edit (empty allowed when optional), enum → combo box of its labels, reference → combo box of the choices the
/// feature gives. Each editor's objectName is its column. OK stays disabled until the required fields are filled; on OK
/// the record is checked (check()) and the problems are shown under their fields, the dialog staying open until they
/// are fixed. Nothing is stored here. RecordDialog<Repo> is the typed side.
class RecordForm : public QDialog {
    Q_OBJECT
public:
    /// The editor of a column, nullptr for none.
    QWidget* editor(const QString& column) const { return m_editors.value(column); }
    template <class W> W* editor(const QString& column) const { return qobject_cast<W*>(editor(column)); }
    QPushButton* okButton() const { return m_ok; }
    /// The problems shown, one per line; empty when none.
    QString problemsText() const { return m_shown.join(QLatin1Char('\n')); }
    /// The choices of a reference field, each text with its id; "(none)" comes first for an optional field.
    void setChoices(const QString& column, const QList<QPair<QString, qint64>>& choices);

    /// True when an editor holds something else than when the record was set (markUnchanged()).
    bool hasChanges() const;

public slots:
    void accept() override;
    /// Closes without saving; asks first when there are changes.
    void reject() override;

protected:
    /// One editor per field, in this order.
    explicit RecordForm(const QList<FormField>& fields, QWidget* parent = nullptr);

    /// What the editor of `column` holds, as the record type stores it (one-line text trimmed).
    QVariant value(const QString& column) const;
    void setValue(const QString& column, const QVariant& value);
    /// What keeps the record as the editors describe it from being saved.
    virtual core::Problems check() const = 0;
    /// Shows `problems` under their fields (those of no field below the form); hides them when empty.
    void showProblems(const core::Problems& problems);
    void updateOkButton();
    /// Takes what the editors hold now as the unchanged state.
    void markUnchanged();

private:
    void addField(const FormField& field);

    QFormLayout* m_form;
    QLabel* m_problems;
    QPushButton* m_ok;
    QHash<QString, FormField> m_fields;
    QHash<QString, QWidget*> m_editors;
    QHash<QString, QLabel*> m_fieldProblems;
    QStringList m_shown;
    QHash<QString, QVariant> m_unchanged;
};

} // namespace ud::ui
