#include "ui/units/UnitDialog.h"

#include "core/units/SubUnitRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QSpinBox>
#include <QVBoxLayout>

namespace ud::ui {

UnitDialog::UnitDialog(core::Database& db, const core::SubUnit& unit, QWidget* parent)
    : QDialog(parent), m_db(db), m_id(unit.id), m_code(new QLineEdit(this)), m_name(new QLineEdit(this)),
      m_shortName(new QLineEdit(this)), m_parent(new QComboBox(this)), m_sortOrder(new QSpinBox(this)),
      m_active(new QCheckBox(tr("This sub-union is active"), this)), m_problems(new QLabel(this))
{
    setWindowTitle(unit.id == 0 ? tr("New sub-union") : tr("Edit sub-union"));
    setMinimumWidth(460);

    m_code->setObjectName(QStringLiteral("code"));
    m_code->setMaxLength(32);
    m_code->setPlaceholderText(tr("e.g. 0105"));
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setMaxLength(100);
    m_name->setPlaceholderText(tr("Full name of the sub-union"));
    m_shortName->setObjectName(QStringLiteral("shortName"));
    m_shortName->setPlaceholderText(tr("Optional, for lists and printouts"));
    m_parent->setObjectName(QStringLiteral("parent"));
    m_sortOrder->setObjectName(QStringLiteral("sortOrder"));
    m_sortOrder->setRange(-9999, 99999);
    m_sortOrder->setToolTip(tr("Lists show sub-unions by this number, then by code."));
    m_active->setObjectName(QStringLiteral("active"));

    m_problems->setObjectName(QStringLiteral("problems"));
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::PlainText);
    QPalette red = m_problems->palette();
    red.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28));
    m_problems->setPalette(red);
    m_problems->hide();

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setHorizontalSpacing(12);
    form->setVerticalSpacing(8);
    form->addRow(tr("&Code:"), m_code);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Short name:"), m_shortName);
    form->addRow(tr("&Parent unit:"), m_parent);
    form->addRow(tr("&Order:"), m_sortOrder);
    form->addRow(QString(), m_active);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &UnitDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &UnitDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 20, 20, 16);
    layout->setSpacing(14);
    layout->addLayout(form);
    layout->addWidget(m_problems);
    layout->addStretch(1);
    layout->addWidget(buttons);

    connect(m_code, &QLineEdit::textChanged, this, &UnitDialog::updateOkButton);
    connect(m_name, &QLineEdit::textChanged, this, &UnitDialog::updateOkButton);

    fillParents();
    setUnit(unit);
}

void UnitDialog::fillParents()
{
    const QList<core::SubUnit> units = core::SubUnitRepository(m_db).all();
    // A unit cannot sit under itself or under one of its own sub-units: leave those out.
    QSet<qint64> excluded;
    if (m_id != 0) {
        excluded.insert(m_id);
        bool grew = true;
        while (grew) {
            grew = false;
            for (const core::SubUnit& u : units) {
                if (u.parentId && excluded.contains(*u.parentId) && !excluded.contains(u.id)) {
                    excluded.insert(u.id);
                    grew = true;
                }
            }
        }
    }
    m_parent->clear();
    m_parent->addItem(tr("(none)"));
    for (const core::SubUnit& u : units) {
        if (!excluded.contains(u.id))
            m_parent->addItem(QStringLiteral("%1 · %2").arg(u.code, u.name), u.id);
    }
}

void UnitDialog::setUnit(const core::SubUnit& unit)
{
    m_id = unit.id;
    m_code->setText(unit.code);
    m_name->setText(unit.name);
    m_shortName->setText(unit.shortName);
    const int parentIndex = unit.parentId ? m_parent->findData(*unit.parentId) : 0;
    m_parent->setCurrentIndex(qMax(0, parentIndex));
    m_sortOrder->setValue(unit.sortOrder);
    m_active->setChecked(unit.active);
    showProblems({});
    updateOkButton();
}

core::SubUnit UnitDialog::unit() const
{
    core::SubUnit u;
    u.id = m_id;
    u.code = m_code->text().trimmed();
    u.name = m_name->text().trimmed();
    u.shortName = m_shortName->text().trimmed();
    const QVariant parent = m_parent->currentData();
    if (parent.isValid())
        u.parentId = parent.toLongLong();
    u.sortOrder = m_sortOrder->value();
    u.active = m_active->isChecked();
    return u;
}

QString UnitDialog::problemsText() const
{
    return m_problems->isHidden() ? QString() : m_problems->text();
}

void UnitDialog::updateOkButton()
{
    m_ok->setEnabled(!m_code->text().trimmed().isEmpty() && !m_name->text().trimmed().isEmpty());
}

void UnitDialog::showProblems(const QStringList& problems)
{
    m_problems->setText(problems.join(QLatin1Char('\n')));
    m_problems->setVisible(!problems.isEmpty());
}

void UnitDialog::accept()
{
    if (!m_ok->isEnabled())
        return;
    QStringList problems;
    try {
        problems = core::SubUnitRepository(m_db).validate(unit());
    } catch (const core::Error& e) {
        problems << e.message();
    }
    showProblems(problems);
    if (!problems.isEmpty()) {
        adjustSize();
        return;
    }
    QDialog::accept();
}

} // namespace ud::ui
