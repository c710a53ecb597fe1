#include "ui/aid/SignatureListDialog.h"

#include "core/aid/AidDocuments.h"
#include "core/db/Database.h"
#include "core/db/Error.h"
#include "ui/shell/Module.h"
#include "ui/widgets/DialogParts.h"
#include "ui/widgets/ReportActions.h"
#include "ui/widgets/ReportPreview.h"

#include <QAction>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace ud::ui {

SignatureListDialog::SignatureListDialog(ShellContext& shell, core::Database& db, qint64 periodId, QWidget* parent)
    : QDialog(parent), m_shell(shell), m_db(db), m_periodId(periodId), m_unit(new QComboBox(this)),
      m_preview(new ReportPreview(this)),
      m_output(new ReportActions(this, QStringLiteral("aid"), [this] { return m_report; }))
{
    setObjectName(QStringLiteral("signatureListDialog"));
    const auto period = core::PeriodRepository(db).byId(periodId);
    setWindowTitle(tr("Signature Lists — %1").arg(period ? period->label() : QString()));
    m_unit->setObjectName(QStringLiteral("unit"));
    m_unit->addItem(tr("Every sub-union"), 0);
    for (const QVariantMap& row :
         db.rows(QStringLiteral(
                     "SELECT DISTINCT u.id, u.name, u.sort_order FROM aid_enrollments e JOIN members m ON m.id = "
                     "e.member_id JOIN units u ON u.id = m.unit_id WHERE e.period_id = :p ORDER BY "
                     "u.sort_order, u.name"),
                 {{QStringLiteral("p"), periodId}}))
        m_unit->addItem(row.value(QStringLiteral("name")).toString(), row.value(QStringLiteral("id")).toLongLong());
    m_preview->setObjectName(QStringLiteral("preview"));

    auto* form = new QFormLayout;
    form->addRow(buddyLabel(tr("&Sub-union:"), m_unit), m_unit);
    auto* buttons = dialogButtons(this, QDialogButtonBox::Close);
    auto* preview = buttons->addButton(tr("Print &Preview…"), QDialogButtonBox::ActionRole);
    preview->setIcon(QIcon(QStringLiteral(":/icons/print.svg")));
    auto* pdf = buttons->addButton(tr("Save as P&DF…"), QDialogButtonBox::ActionRole);
    auto* exportButton = buttons->addButton(tr("&Export…"), QDialogButtonBox::ActionRole);
    exportButton->setIcon(QIcon(QStringLiteral(":/icons/export.svg")));
    auto* document = buttons->addButton(tr("Save as Do&cument…"), QDialogButtonBox::ActionRole);
    connect(preview, &QPushButton::clicked, m_output, &ReportActions::printPreview);
    connect(pdf, &QPushButton::clicked, m_output->pdfAction(), &QAction::trigger);
    connect(exportButton, &QPushButton::clicked, m_output->exportAction(), &QAction::trigger);
    connect(document, &QPushButton::clicked, m_output->documentAction(), &QAction::trigger);

    auto* layout = dialogLayout(this, 10);
    layout->addLayout(form);
    layout->addWidget(m_preview, 1);
    layout->addWidget(buttons);
    resize(860, 600);
    connect(m_unit, &QComboBox::currentIndexChanged, this, &SignatureListDialog::rebuild);
    rebuild();
}

void SignatureListDialog::rebuild()
{
    const qint64 unit = m_unit->currentData().toLongLong();
    try {
        m_report = core::enrollmentSignatureList(m_db, m_periodId, unit ? std::optional<qint64>(unit) : std::nullopt);
    } catch (const core::Error& e) {
        m_report = core::Report();
        m_shell.warn(tr("Cannot show the signature lists"), e.message());
    }
    m_preview->setReport(m_report);
}

bool SignatureListDialog::saveTo(const QString& path)
{
    return m_output->save(path);
}

} // namespace ud::ui
