#include "ui/congress/ProposalPrintDialog.h"

#include "core/congress/CongressRepositories.h"
#include "core/congress/ProposalDocuments.h"
#include "core/congress/ProposalReport.h"
#include "core/db/Error.h"
#include "core/report/ReportPrinter.h"
#include "ui/shell/Module.h"
#include "ui/widgets/BusyCursor.h"
#include "ui/widgets/DialogParts.h"
#include "ui/widgets/Folders.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace ud::ui {

namespace {
const QString kFolderKey = QStringLiteral("congress");
}

ProposalPrintDialog::ProposalPrintDialog(ShellContext& shell, core::Database& db, qint64 sessionId, qint64 proposalId,
                                         QWidget* parent)
    : QDialog(parent), m_shell(shell), m_db(db), m_sessionId(sessionId), m_proposalId(proposalId),
      m_choices(new QButtonGroup(this)), m_unit(new QComboBox(this)), m_decimals(new QSpinBox(this)),
      m_rounding(new QComboBox(this))
{
    setWindowTitle(tr("Print Proposals"));
    auto* layout = dialogLayout(this);
    const auto session = core::SessionRepository(db).byId(sessionId);
    if (session)
        layout->addWidget(wrappedLabel(session->name, this));
    const QList<QPair<Choice, QString>> choices{{Form, tr("The proposal &form (提案表) of the selected proposal")},
                                                {AllForms, tr("The forms of &all proposals of the session")},
                                                {Compilation, tr("The &compilation (提案汇编) of the filed proposals")},
                                                {Referral, tr("The &referral notices (交办单) to the handling units")},
                                                {Report, tr("The proposal &work report's tables")}};
    for (const auto& [id, text] : choices) {
        auto* button = new QRadioButton(text, this);
        button->setObjectName(QStringLiteral("choice%1").arg(int(id)));
        m_choices->addButton(button, int(id));
        layout->addWidget(button);
        if (id == Referral) {
            auto* form = new QFormLayout;
            form->setContentsMargins(24, 0, 0, 0);
            m_unit->setObjectName(QStringLiteral("unit"));
            m_unit->addItem(tr("Every handling unit"), 0);
            for (const core::HandlingUnit& u : core::HandlingUnitRepository(db).all())
                m_unit->addItem(u.name, u.id);
            form->addRow(buddyLabel(tr("&To:"), m_unit), m_unit);
            layout->addLayout(form);
        }
        if (id == Report) {
            auto* form = new QFormLayout;
            form->setContentsMargins(24, 0, 0, 0);
            m_decimals->setObjectName(QStringLiteral("decimals"));
            m_decimals->setRange(0, core::PercentOptions::MaxDecimals);
            m_rounding->setObjectName(QStringLiteral("rounding"));
            m_rounding->addItem(tr("Half-up (as most reports)"), int(core::Rounding::HalfUp));
            m_rounding->addItem(tr("Truncate"), int(core::Rounding::Truncate));
            m_rounding->addItem(tr("Largest remainder (each table sums to 100)"),
                                int(core::Rounding::LargestRemainder));
            form->addRow(buddyLabel(tr("&Decimals:"), m_decimals), m_decimals);
            form->addRow(buddyLabel(tr("R&ounding:"), m_rounding), m_rounding);
            layout->addLayout(form);
        }
    }
    m_choices->button(Form)->setEnabled(proposalId != 0);
    choose(proposalId != 0 ? Form : Compilation);
    connect(m_choices, &QButtonGroup::idToggled, this, [this] { updateEnabled(); });

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* previewButton = buttons->addButton(tr("&Print Preview…"), QDialogButtonBox::ActionRole);
    QPushButton* saveButton = buttons->addButton(tr("&Save As…"), QDialogButtonBox::ActionRole);
    previewButton->setObjectName(QStringLiteral("preview"));
    saveButton->setObjectName(QStringLiteral("saveAs"));
    previewButton->setDefault(true);
    connect(previewButton, &QPushButton::clicked, this, &ProposalPrintDialog::preview);
    connect(saveButton, &QPushButton::clicked, this, &ProposalPrintDialog::saveAs);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    updateEnabled();
}

void ProposalPrintDialog::choose(Choice choice)
{
    if (QAbstractButton* b = m_choices->button(int(choice)); b && b->isEnabled())
        b->setChecked(true);
    updateEnabled();
}

ProposalPrintDialog::Choice ProposalPrintDialog::choice() const
{
    return Choice(m_choices->checkedId());
}

void ProposalPrintDialog::updateEnabled()
{
    m_unit->setEnabled(choice() == Referral);
    m_decimals->setEnabled(choice() == Report);
    m_rounding->setEnabled(choice() == Report);
}

std::unique_ptr<core::PrintedDocument> ProposalPrintDialog::document() const
{
    core::ProposalDocuments documents(m_db, m_sessionId);
    switch (choice()) {
    case Form:
        return documents.form(m_proposalId);
    case AllForms:
        return documents.allForms();
    case Compilation:
        return documents.compilation();
    case Referral: {
        const qint64 unit = m_unit->currentData().toLongLong();
        return documents.referral(unit ? std::optional<qint64>(unit) : std::nullopt);
    }
    case Report:
        break;
    }
    return nullptr;
}

QString ProposalPrintDialog::suggestedName() const
{
    const auto session = core::SessionRepository(m_db).byId(m_sessionId);
    const QString name = session ? session->name : QString();
    switch (choice()) {
    case Form:
        return tr("Proposal form %1").arg(core::ProposalRepository(m_db).byId(m_proposalId)->number);
    case AllForms:
        return tr("%1 proposal forms").arg(name);
    case Compilation:
        return tr("%1 compilation of proposals").arg(name);
    case Referral:
        return tr("%1 referral notices").arg(name);
    case Report:
        return tr("%1 proposal work report").arg(name);
    }
    return name;
}

bool ProposalPrintDialog::saveTo(const QString& path)
{
    try {
        BusyCursor busy;
        if (choice() == Report) {
            core::PercentOptions options;
            options.decimals = m_decimals->value();
            options.rounding = core::Rounding(m_rounding->currentData().toInt());
            core::writeProposalReport(m_db, m_sessionId, options, path);
        } else {
            document()->write(path);
        }
    } catch (const core::Error& e) {
        m_shell.warn(tr("Cannot save the document"), e.message());
        return false;
    }
    m_shell.showStatusMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

void ProposalPrintDialog::saveAs()
{
    QString filters = tr("PDF files (*.pdf)") + QStringLiteral(";;") + tr("OpenDocument text for Word or WPS (*.odt)");
    if (choice() == Report)
        filters += QStringLiteral(";;") + tr("Excel workbooks (*.xlsx)");
    const QString suggested = QDir(lastFolder(kFolderKey)).filePath(suggestedName() + QStringLiteral(".pdf"));
    QString selected;
    QString path = QFileDialog::getSaveFileName(this, tr("Save As"), suggested, filters, &selected);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += selected.contains(QStringLiteral("*.odt"))    ? QStringLiteral(".odt")
                : selected.contains(QStringLiteral("*.xlsx")) ? QStringLiteral(".xlsx")
                                                              : QStringLiteral(".pdf");
    rememberFolder(kFolderKey, path);
    if (saveTo(path))
        accept();
}

void ProposalPrintDialog::preview()
{
    if (choice() == Report) {
        try {
            core::PercentOptions options;
            options.decimals = m_decimals->value();
            options.rounding = core::Rounding(m_rounding->currentData().toInt());
            const core::ProposalReport report(m_db, m_sessionId, options);
            const core::ReportPrinter printer(report.documents());
            QPrinter device(QPrinter::HighResolution);
            device.setDocName(report.title());
            QPrintPreviewDialog dialog(&device, this);
            dialog.setWindowTitle(tr("Print Preview — %1").arg(report.title()));
            connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [&](QPrinter* p) { printer.print(*p); });
            dialog.exec();
        } catch (const core::Error& e) {
            m_shell.warn(tr("Cannot print"), e.message());
        }
        return;
    }
    std::unique_ptr<core::PrintedDocument> doc;
    try {
        BusyCursor busy;
        doc = document();
    } catch (const core::Error& e) {
        m_shell.warn(tr("Cannot print"), e.message());
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(doc->title());
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print Preview — %1").arg(doc->title()));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [&](QPrinter* p) { doc->print(*p); });
    dialog.exec();
}

} // namespace ud::ui
