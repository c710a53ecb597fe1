#include "ui/congress/CongressSettingsDialog.h"

#include "core/congress/Congress.h"
#include "core/db/Database.h"
#include "core/db/Error.h"
#include "core/db/Transaction.h"
#include "ui/widgets/DialogParts.h"

#include <QDate>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSpinBox>

namespace ud::ui {

CongressSettingsDialog::CongressSettingsDialog(core::Database& db, QWidget* parent)
    : QDialog(parent), m_db(db), m_cosigners(new QSpinBox(this)), m_prefix(new QLineEdit(this)),
      m_digits(new QSpinBox(this)), m_categories(new QPlainTextEdit(this)), m_leadMonths(new QSpinBox(this)),
      m_coEarlier(new QSpinBox(this)), m_example(new QLabel(this))
{
    setWindowTitle(tr("Proposal Settings"));
    setMinimumWidth(460);
    core::DatabaseSettings settings(db);
    m_cosigners->setObjectName(QStringLiteral("minCosigners"));
    m_cosigners->setRange(0, 20);
    m_cosigners->setValue(settings.value(core::settings::MinCosigners).toInt());
    m_cosigners->setSuffix(tr(" co-signers"));
    m_prefix->setObjectName(QStringLiteral("numberPrefix"));
    m_prefix->setMaxLength(20);
    m_prefix->setText(settings.value(core::settings::ProposalNumberPrefix));
    m_prefix->setToolTip(tr("{year} stands for the session's year"));
    m_digits->setObjectName(QStringLiteral("numberDigits"));
    m_digits->setRange(1, 6);
    m_digits->setValue(settings.value(core::settings::ProposalNumberDigits).toInt());
    m_categories->setObjectName(QStringLiteral("categories"));
    m_categories->setPlainText(core::proposalCategories(db).join(QLatin1Char('\n')));
    m_categories->setTabChangesFocus(true);
    m_leadMonths->setObjectName(QStringLiteral("leadMonths"));
    m_leadMonths->setRange(1, 12);
    m_leadMonths->setValue(settings.value(core::settings::LeadDeadlineMonths).toInt());
    m_leadMonths->setSuffix(tr(" months after the decision"));
    m_coEarlier->setObjectName(QStringLiteral("coEarlier"));
    m_coEarlier->setRange(0, 11);
    m_coEarlier->setValue(settings.value(core::settings::CoDeadlineMonthsEarlier).toInt());
    m_coEarlier->setSuffix(tr(" months earlier"));

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(buddyLabel(tr("A proposal &needs:"), m_cosigners), m_cosigners);
    form->addRow(buddyLabel(tr("Number &prefix:"), m_prefix), m_prefix);
    form->addRow(buddyLabel(tr("&Digits:"), m_digits), m_digits);
    form->addRow(QString(), m_example);
    form->addRow(buddyLabel(tr("&Categories:"), m_categories), m_categories);
    form->addRow(QString(), noteLabel(tr("One per line, in the order reports list them."), this));
    form->addRow(buddyLabel(tr("&Lead unit replies within:"), m_leadMonths), m_leadMonths);
    form->addRow(buddyLabel(tr("Co-handling units &reply:"), m_coEarlier), m_coEarlier);
    auto* layout = dialogLayout(this);
    layout->addLayout(form);
    layout->addWidget(noteLabel(tr("Kept in the database for everyone who opens it; each change is recorded in the "
                                   "change history. Numbers and deadlines already given stay as they are."),
                                this));
    layout->addWidget(dialogButtons(this));
    connect(m_prefix, &QLineEdit::textChanged, this, &CongressSettingsDialog::updateExample);
    connect(m_digits, &QSpinBox::valueChanged, this, &CongressSettingsDialog::updateExample);
    updateExample();
}

void CongressSettingsDialog::updateExample()
{
    QString prefix = m_prefix->text();
    prefix.replace(QStringLiteral("{year}"), QString::number(QDate::currentDate().year()));
    m_example->setText(tr("The first proposal of this year's session: %1")
                           .arg(prefix + QStringLiteral("%1").arg(1, m_digits->value(), 10, QLatin1Char('0'))));
}

bool CongressSettingsDialog::save()
{
    QStringList categories;
    for (const QString& line : m_categories->toPlainText().split(QLatin1Char('\n')))
        if (!line.trimmed().isEmpty() && !categories.contains(line.trimmed()))
            categories << line.trimmed();
    if (categories.isEmpty()) {
        QMessageBox::warning(this, tr("Cannot Save the Settings"), tr("Give at least one category."));
        return false;
    }
    try {
        core::Transaction tx(m_db);
        core::DatabaseSettings settings(m_db);
        settings.change(core::settings::MinCosigners, QString::number(m_cosigners->value()));
        settings.change(core::settings::ProposalNumberPrefix, m_prefix->text().trimmed());
        settings.change(core::settings::ProposalNumberDigits, QString::number(m_digits->value()));
        settings.change(core::settings::ProposalCategories, categories.join(QLatin1Char('\n')));
        settings.change(core::settings::LeadDeadlineMonths, QString::number(m_leadMonths->value()));
        settings.change(core::settings::CoDeadlineMonthsEarlier, QString::number(m_coEarlier->value()));
        tx.commit();
    } catch (const core::Error& e) {
        QMessageBox::warning(this, tr("Cannot Save the Settings"), e.message());
        return false;
    }
    return true;
}

void CongressSettingsDialog::accept()
{
    if (save())
        QDialog::accept();
}

} // namespace ud::ui
