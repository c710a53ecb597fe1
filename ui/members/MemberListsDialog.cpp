#include "ui/members/MemberListsDialog.h"

#include "core/db/Database.h"
#include "core/db/Error.h"
#include "core/members/Member.h"
#include "core/members/MemberExport.h"
#include "core/members/MemberLists.h"
#include "core/members/MemberRepository.h"
#include "core/units/SubUnitRepository.h"
#include "ui/shell/UserSettings.h"
#include "ui/widgets/BusyCursor.h"
#include "ui/widgets/DialogParts.h"
#include "ui/widgets/ReportActions.h"
#include "ui/widgets/ReportPreview.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace ud::ui {

MemberListsDialog::MemberListsDialog(core::Database& db, QWidget* parent)
    : QDialog(parent), m_db(db), m_kind(new QComboBox(this)), m_parameters(new QStackedWidget(this)),
      m_year(new QSpinBox(this)), m_month(new QComboBox(this)),
      m_birthdayRetired(new QCheckBox(tr("Include retired members"), this)), m_from(new QDateEdit(this)),
      m_to(new QDateEdit(this)), m_womenAge(new QComboBox(this)), m_asOf(new QDateEdit(this)),
      m_rosterRetired(new QCheckBox(tr("Include retired members"), this)), m_unit(new QComboBox(this)),
      m_group(new QCheckBox(tr("&Group by sub-union"), this)),
      m_fullPhone(new QCheckBox(tr("Show full &mobile numbers"), this)), m_orientation(new QComboBox(this)),
      m_summary(new QLabel(this)), m_table(new ReportPreview(this)),
      m_output(new ReportActions(this, QStringLiteral("lists"), [this] { return m_report; }))
{
    setWindowTitle(tr("Member Lists"));
    const QDate today = QDate::currentDate();

    m_kind->setObjectName(QStringLiteral("listKind"));
    m_kind->addItem(tr("Birthdays of a month"));
    m_kind->addItem(tr("Upcoming retirements"));
    m_kind->addItem(tr("Roster on a date"));

    // Birthdays: next month by default, since the greetings are prepared ahead.
    const QDate next = today.addMonths(1);
    m_year->setObjectName(QStringLiteral("year"));
    m_year->setRange(1990, 2100);
    m_year->setValue(next.year());
    m_month->setObjectName(QStringLiteral("month"));
    const QLocale locale;
    for (int m = 1; m <= 12; ++m)
        m_month->addItem(locale.standaloneMonthName(m), m);
    m_month->setCurrentIndex(next.month() - 1);
    auto* birthdayPage = new QWidget(this);
    auto* birthdayForm = new QFormLayout(birthdayPage);
    auto* monthRow = new QHBoxLayout;
    monthRow->addWidget(m_year);
    monthRow->addWidget(m_month);
    monthRow->addStretch(1);
    birthdayForm->addRow(buddyLabel(tr("&Month:"), m_month), monthRow);
    birthdayForm->addRow(QString(), m_birthdayRetired);

    // Retirements: the coming twelve months.
    for (QDateEdit* edit : {m_from, m_to, m_asOf}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_from->setObjectName(QStringLiteral("from"));
    m_to->setObjectName(QStringLiteral("to"));
    m_from->setDate(today);
    m_to->setDate(today.addYears(1).addDays(-1));
    // The statutory ages follow the 2025 rise by birth month; what the office sets is the original age of the women
    // whose own is not recorded, kept in the database for everyone who opens it.
    m_womenAge->setObjectName(QStringLiteral("womenAge"));
    m_womenAge->addItem(tr("55 years (cadres)"), 55);
    m_womenAge->addItem(tr("50 years (workers)"), 50);
    try {
        m_womenAge->setCurrentIndex(qMax(0, m_womenAge->findData(core::MemberRepository(m_db).womenRetirementAge())));
    } catch (const core::Error&) {
        // 55, the setting's default.
    }
    // As a tooltip, so that the page is no taller than the others in the stack.
    m_womenAge->setToolTip(tr("Men retire from 60 years, women from 55 or 50, each raised by 1 to 36 months (50: up to "
                              "60 months) by month of birth under the rise in force since 2025: at most 63, 58 and 55 "
                              "years. A woman's own original age in her record comes first."));
    auto* retirePage = new QWidget(this);
    auto* retireForm = new QFormLayout(retirePage);
    auto* rangeRow = new QHBoxLayout;
    rangeRow->addWidget(m_from);
    rangeRow->addWidget(new QLabel(tr("to"), this));
    rangeRow->addWidget(m_to);
    rangeRow->addStretch(1);
    retireForm->addRow(buddyLabel(tr("&Between:"), m_from), rangeRow);
    auto* ageRow = new QHBoxLayout;
    ageRow->addWidget(m_womenAge);
    ageRow->addStretch(1);
    retireForm->addRow(buddyLabel(tr("Women's original &age:"), m_womenAge), ageRow);

    // Roster: the end of last year, the date the annual statistics ask for.
    m_asOf->setObjectName(QStringLiteral("asOf"));
    m_asOf->setDate(QDate(today.year() - 1, 12, 31));
    m_rosterRetired->setChecked(true);
    auto* rosterPage = new QWidget(this);
    auto* rosterForm = new QFormLayout(rosterPage);
    rosterForm->addRow(tr("&On:"), m_asOf);
    rosterForm->addRow(QString(), m_rosterRetired);

    m_parameters->addWidget(birthdayPage);
    m_parameters->addWidget(retirePage);
    m_parameters->addWidget(rosterPage);

    m_unit->setObjectName(QStringLiteral("unit"));
    m_unit->addItem(tr("All sub-unions"));
    for (const core::SubUnit& u : core::SubUnitRepository(m_db).all())
        m_unit->addItem(u.name, u.id);
    m_group->setObjectName(QStringLiteral("group"));
    m_group->setChecked(true);
    m_fullPhone->setObjectName(QStringLiteral("fullPhone"));
    // A list with many columns, or long names, fits better across the page; the choice is remembered.
    m_orientation->setObjectName(QStringLiteral("orientation"));
    m_orientation->addItem(tr("A4 portrait"), int(QPageLayout::Portrait));
    m_orientation->addItem(tr("A4 landscape"), int(QPageLayout::Landscape));
    m_orientation->setCurrentIndex(usersettings::ListsLandscape.value() ? 1 : 0);

    auto* top = new QFormLayout;
    top->addRow(tr("&List:"), m_kind);
    top->addRow(m_parameters);
    top->addRow(tr("&Sub-union:"), m_unit);
    auto* options = new QHBoxLayout;
    options->addWidget(m_group);
    options->addWidget(m_fullPhone);
    options->addStretch(1);
    top->addRow(QString(), options);
    auto* paper = new QHBoxLayout;
    paper->addWidget(m_orientation);
    paper->addStretch(1);
    top->addRow(buddyLabel(tr("Orien&tation:"), m_orientation), paper);

    m_table->setObjectName(QStringLiteral("preview"));

    auto* buttons = dialogButtons(this, QDialogButtonBox::Close);
    auto* preview = buttons->addButton(tr("Print &Preview…"), QDialogButtonBox::ActionRole);
    preview->setIcon(QIcon(QStringLiteral(":/icons/print.svg")));
    preview->setShortcut(QKeySequence::Print);
    auto* pdf = buttons->addButton(tr("Save as P&DF…"), QDialogButtonBox::ActionRole);
    auto* exportButton = buttons->addButton(tr("&Export…"), QDialogButtonBox::ActionRole);
    exportButton->setIcon(QIcon(QStringLiteral(":/icons/export.svg")));
    auto* document = buttons->addButton(tr("Save as Do&cument…"), QDialogButtonBox::ActionRole);
    connect(preview, &QPushButton::clicked, m_output, &ReportActions::printPreview);
    connect(pdf, &QPushButton::clicked, m_output->pdfAction(), &QAction::trigger);
    connect(exportButton, &QPushButton::clicked, m_output->exportAction(), &QAction::trigger);
    connect(document, &QPushButton::clicked, m_output->documentAction(), &QAction::trigger);
    connect(m_output, &ReportActions::delivered, this, &MemberListsDialog::recordUnmasked);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(860, 600);

    connect(m_kind, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_parameters->setCurrentIndex(index);
        rebuild();
    });
    connect(m_year, &QSpinBox::valueChanged, this, &MemberListsDialog::rebuild);
    connect(m_month, &QComboBox::currentIndexChanged, this, &MemberListsDialog::rebuild);
    connect(m_from, &QDateEdit::dateChanged, this, &MemberListsDialog::rebuild);
    connect(m_to, &QDateEdit::dateChanged, this, &MemberListsDialog::rebuild);
    connect(m_asOf, &QDateEdit::dateChanged, this, &MemberListsDialog::rebuild);
    connect(m_womenAge, &QComboBox::currentIndexChanged, this, [this] {
        try {
            core::MemberRepository(m_db).setWomenRetirementAge(m_womenAge->currentData().toInt());
        } catch (const core::Error& e) {
            QMessageBox::warning(this, windowTitle(), e.message());
        }
        rebuild();
    });
    connect(m_unit, &QComboBox::currentIndexChanged, this, &MemberListsDialog::rebuild);
    for (QCheckBox* box : {m_birthdayRetired, m_rosterRetired, m_group, m_fullPhone})
        connect(box, &QCheckBox::toggled, this, &MemberListsDialog::rebuild);
    connect(m_orientation, &QComboBox::currentIndexChanged, this, [this] {
        usersettings::ListsLandscape.set(m_orientation->currentIndex() == 1);
        m_report.orientation = orientation();
    });
    rebuild();
}

void MemberListsDialog::setListKind(ListKind kind)
{
    m_kind->setCurrentIndex(static_cast<int>(kind));
}

void MemberListsDialog::showRetirements(const QDate& from, const QDate& to)
{
    setListKind(ListKind::Retirements);
    m_from->setDate(from);
    m_to->setDate(to);
}

void MemberListsDialog::rebuild()
{
    BusyCursor busy;
    core::MemberLists lists(m_db);
    core::MemberLists::Options options;
    if (m_unit->currentIndex() > 0)
        options.unitId = m_unit->currentData().toLongLong();
    options.groupByUnit = m_group->isChecked();
    options.showFullPhone = m_fullPhone->isChecked();
    try {
        switch (static_cast<ListKind>(m_kind->currentIndex())) {
        case ListKind::Birthdays:
            m_report = lists.birthdays(m_year->value(), m_month->currentData().toInt(), options,
                                       m_birthdayRetired->isChecked());
            break;
        case ListKind::Retirements:
            m_report = lists.retirements(m_from->date(), qMax(m_from->date(), m_to->date()), options);
            break;
        case ListKind::Roster:
            m_report = lists.rosterAsOf(m_asOf->date(), options, m_rosterRetired->isChecked());
            break;
        }
    } catch (const core::Error& e) {
        m_report = core::Report{};
        m_summary->setText(e.message());
    }

    m_report.orientation = orientation();
    m_table->setReport(m_report);
    // Full mobile numbers on the screen are recorded like those that leave it.
    if (m_fullPhone->isChecked() && m_report.dataRowCount() > 0)
        recordUnmasked(QStringLiteral("shown"), windowTitle());
    m_summary->setText(
        QStringLiteral("<b>%1</b>　%2").arg(m_report.title.toHtmlEscaped(), m_report.subtitle.toHtmlEscaped()));
}

QPageLayout::Orientation MemberListsDialog::orientation() const
{
    return static_cast<QPageLayout::Orientation>(m_orientation->currentData().toInt());
}

void MemberListsDialog::recordUnmasked(const QString& what, const QString& target)
{
    if (!m_fullPhone->isChecked())
        return;
    core::FullNumbersUse use;
    use.kind = what == QLatin1String("printed") ? core::FullNumbersUse::Kind::Printed
               : what == QLatin1String("shown") ? core::FullNumbersUse::Kind::Shown
                                                : core::FullNumbersUse::Kind::Exported;
    use.target = target;
    use.list = m_report.title;
    use.rows = m_report.dataRowCount();
    use.numbers = QStringList{QStringLiteral("phone")};
    try {
        core::recordFullNumbers(m_db, use);
    } catch (const core::Error& e) {
        QMessageBox::warning(this, windowTitle(), e.message());
    }
}

bool MemberListsDialog::savePdf(const QString& path)
{
    return m_output->save(path);
}

bool MemberListsDialog::exportTable(const QString& path)
{
    return m_output->save(path);
}

} // namespace ud::ui
