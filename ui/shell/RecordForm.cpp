#include "ui/shell/RecordForm.h"

#include "ui/widgets/DialogParts.h"

#include "core/db/Error.h"
#include "core/record/Values.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace ud::ui {

namespace {

// An optional date edit shows this date as empty.
const QDate kNoDate(1900, 1, 1);

QLabel* problemLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    QPalette red = label->palette();
    red.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28));
    label->setPalette(red);
    return label;
}

} // namespace

RecordForm::RecordForm(const QList<FormField>& fields, QWidget* parent)
    : QDialog(parent), m_form(new QFormLayout), m_problems(nullptr), m_ok(nullptr)
{
    setMinimumWidth(460);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setHorizontalSpacing(12);
    m_form->setVerticalSpacing(8);
    // The fields first, then the buttons: Tab follows the order of creation.
    for (const FormField& field : fields)
        addField(field);
    m_problems = problemLabel(this);
    m_problems->setObjectName(QStringLiteral("problems"));
    m_problems->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &RecordForm::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &RecordForm::reject);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 20, 20, 16);
    layout->setSpacing(14);
    layout->addLayout(m_form);
    layout->addWidget(m_problems);
    layout->addStretch(1);
    layout->addWidget(buttons);
}

void RecordForm::addField(const FormField& field)
{
    QWidget* editor = nullptr;
    QString label = field.label;
    switch (field.type) {
    case core::FieldType::Integer: {
        auto* spin = new QSpinBox(this);
        spin->setRange(field.minimum, field.maximum);
        editor = spin;
        break;
    }
    case core::FieldType::Money: {
        auto* money = new QDoubleSpinBox(this);
        money->setDecimals(2);
        money->setRange(0, 99999999.99);
        money->setGroupSeparatorShown(true);
        money->setSuffix(tr(" yuan"));
        editor = money;
        break;
    }
    case core::FieldType::Bool:
        editor = new QCheckBox(label, this);
        label.clear(); // the check box says it
        break;
    case core::FieldType::Date: {
        auto* date = new QDateEdit(this);
        date->setCalendarPopup(true);
        date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        if (!field.required) {
            date->setMinimumDate(kNoDate);
            date->setSpecialValueText(tr("(none)"));
        }
        editor = date;
        break;
    }
    case core::FieldType::Enum: {
        auto* combo = new QComboBox(this);
        for (const auto& [key, text] : field.choices)
            combo->addItem(text, key);
        editor = combo;
        break;
    }
    case core::FieldType::Reference: {
        auto* combo = new QComboBox(this);
        if (!field.required)
            combo->addItem(tr("(none)")); // until the feature gives the choices
        connect(combo, &QComboBox::currentIndexChanged, this, &RecordForm::updateOkButton);
        editor = combo;
        break;
    }
    default:
        if (field.multiline) {
            auto* text = new QPlainTextEdit(this);
            text->setPlaceholderText(field.placeholder);
            text->setTabChangesFocus(true);
            connect(text, &QPlainTextEdit::textChanged, this, &RecordForm::updateOkButton);
            editor = text;
        } else {
            auto* line = new QLineEdit(this);
            if (field.maxLength > 0)
                line->setMaxLength(field.maxLength);
            line->setPlaceholderText(field.placeholder);
            connect(line, &QLineEdit::textChanged, this, &RecordForm::updateOkButton);
            editor = line;
        }
    }
    editor->setObjectName(field.column);
    if (!field.toolTip.isEmpty())
        editor->setToolTip(field.toolTip);
    m_form->addRow(label, editor);
    QLabel* problem = problemLabel(this);
    problem->setObjectName(field.column + QStringLiteral("Problem"));
    m_form->addRow(QString(), problem);
    m_form->setRowVisible(problem, false);
    m_fields.insert(field.column, field);
    m_editors.insert(field.column, editor);
    m_fieldProblems.insert(field.column, problem);
}

void RecordForm::setChoices(const QString& column, const QList<QPair<QString, qint64>>& choices)
{
    auto* combo = editor<QComboBox>(column);
    if (!combo)
        return;
    const QVariant current = combo->currentData();
    combo->clear();
    if (!m_fields.value(column).required)
        combo->addItem(tr("(none)"));
    for (const auto& [text, id] : choices)
        combo->addItem(text, id);
    combo->setCurrentIndex(qMax(0, combo->findData(current)));
}

QVariant RecordForm::value(const QString& column) const
{
    QWidget* w = editor(column);
    if (auto* line = qobject_cast<QLineEdit*>(w))
        return line->text().trimmed();
    if (auto* text = qobject_cast<QPlainTextEdit*>(w))
        return text->toPlainText();
    if (auto* spin = qobject_cast<QSpinBox*>(w))
        return spin->value();
    if (auto* money = qobject_cast<QDoubleSpinBox*>(w))
        return qint64(qRound64(money->value() * 100));
    if (auto* check = qobject_cast<QCheckBox*>(w))
        return check->isChecked() ? 1 : 0;
    if (auto* date = qobject_cast<QDateEdit*>(w))
        return date->date() == date->minimumDate() && !date->specialValueText().isEmpty()
                   ? core::dateValue(QDate())
                   : core::dateValue(date->date());
    if (auto* combo = qobject_cast<QComboBox*>(w))
        return combo->currentData();
    return {};
}

void RecordForm::setValue(const QString& column, const QVariant& value)
{
    QWidget* w = editor(column);
    if (auto* line = qobject_cast<QLineEdit*>(w)) {
        line->setText(value.toString());
    } else if (auto* text = qobject_cast<QPlainTextEdit*>(w)) {
        text->setPlainText(value.toString());
    } else if (auto* spin = qobject_cast<QSpinBox*>(w)) {
        spin->setValue(value.toInt());
    } else if (auto* money = qobject_cast<QDoubleSpinBox*>(w)) {
        money->setValue(double(value.toLongLong()) / 100.0);
    } else if (auto* check = qobject_cast<QCheckBox*>(w)) {
        check->setChecked(value.toInt() != 0);
    } else if (auto* date = qobject_cast<QDateEdit*>(w)) {
        const QDate d = core::dateOf(value);
        date->setDate(d.isValid() ? d : m_fields.value(column).required ? QDate::currentDate() : kNoDate);
    } else if (auto* combo = qobject_cast<QComboBox*>(w)) {
        combo->setCurrentIndex(value.isNull() ? 0 : qMax(0, combo->findData(value)));
    }
}

void RecordForm::updateOkButton()
{
    bool complete = true;
    for (const FormField& f : std::as_const(m_fields)) {
        if (!f.required)
            continue;
        const QVariant v = value(f.column);
        if (!v.isValid() || v.isNull() || v.toString().trimmed().isEmpty())
            complete = false;
    }
    m_ok->setEnabled(complete);
}

void RecordForm::showProblems(const core::Problems& problems)
{
    m_shown.clear();
    QHash<QString, QStringList> byField;
    QStringList general;
    for (const core::Problem& p : problems) {
        m_shown << p.message;
        (m_fieldProblems.contains(p.field) ? byField[p.field] : general) << p.message;
    }
    for (auto it = m_fieldProblems.cbegin(); it != m_fieldProblems.cend(); ++it) {
        const QStringList list = byField.value(it.key());
        it.value()->setText(list.join(QLatin1Char('\n')));
        m_form->setRowVisible(it.value(), !list.isEmpty());
    }
    m_problems->setText(general.join(QLatin1Char('\n')));
    m_problems->setVisible(!general.isEmpty());
    // The first field with a problem takes the focus, so the clerk can correct it at once.
    for (const core::Problem& p : problems) {
        if (QWidget* w = editor(p.field)) {
            w->setFocus();
            break;
        }
    }
}

void RecordForm::markUnchanged()
{
    m_unchanged.clear();
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it)
        m_unchanged.insert(it.key(), value(it.key()));
}

bool RecordForm::hasChanges() const
{
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it)
        if (value(it.key()) != m_unchanged.value(it.key()))
            return true;
    return false;
}

void RecordForm::reject()
{
    if (hasChanges() && !mayDiscardChanges(this))
        return;
    QDialog::reject();
}

void RecordForm::accept()
{
    if (!m_ok->isEnabled())
        return;
    core::Problems problems;
    try {
        problems = check();
    } catch (const core::Error& e) {
        problems.append({QString(), e.message()});
    }
    showProblems(problems);
    if (!problems.isEmpty()) {
        adjustSize();
        return;
    }
    QDialog::accept();
}

} // namespace ud::ui
