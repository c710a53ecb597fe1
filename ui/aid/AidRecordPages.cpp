#include "ui/aid/AidRecordPages.h"

#include "core/aid/AidDocuments.h"
#include "core/db/Database.h"
#include "ui/aid/SignatureListDialog.h"
#include "ui/widgets/DataTableView.h"
#include "ui/widgets/PageActions.h"
#include "ui/widgets/ReportActions.h"

#include <QAction>
#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace ud::ui {

using core::AidEnrollment;
using core::AidPeriod;
using core::AidScheme;

namespace {

/// Hides the editor of `column` and its label: a field the dialog does not let the user change.
void hideRow(RecordForm* form, const QString& column)
{
    QWidget* editor = form->editor(column);
    if (!editor)
        return;
    editor->hide();
    if (auto* layout = form->findChild<QFormLayout*>())
        if (QWidget* label = layout->labelForField(editor))
            label->hide();
}

} // namespace

core::Report SchemeList::listReport() const
{
    return RecordRepository::listReport(SchemeDialog::tr("Mutual-aid schemes"), {{"name", 30},
                                                                                 {"short_name", 10},
                                                                                 {"fee", 8},
                                                                                 {"member_part", 8},
                                                                                 {"school_part", 8},
                                                                                 {"union_part", 8},
                                                                                 {"matching", 6},
                                                                                 {"max_shares", 6},
                                                                                 {"waiting_days", 6},
                                                                                 {"claim_months", 6}});
}

core::Report PeriodList::listReport() const
{
    return RecordRepository::listReport(PeriodDialog::tr("Mutual-aid periods"), {{"scheme_id", 30},
                                                                                 {"period_key", 10},
                                                                                 {"starts", 10},
                                                                                 {"ends", 10},
                                                                                 {"enroll_opens", 10},
                                                                                 {"enroll_closes", 10}});
}

core::Report EnrollmentList::listReport() const
{
    return RecordRepository::listReport(EnrollmentDialog::tr("Mutual-aid enrollment"), {{"unit_name", 20},
                                                                                        {"staff_no", 10},
                                                                                        {"name", 10},
                                                                                        {"shares", 4},
                                                                                        {"enrolled", 10},
                                                                                        {"fee", 8},
                                                                                        {"paid_by", 8}});
}

QList<QStringList> EnrollmentList::csvRowsOf(qint64 periodId) const
{
    QList<const core::Field<AidEnrollment>*> fields;
    for (const core::Field<AidEnrollment>& f : m_type.fields())
        fields << &f;
    return texts(ofPeriod(periodId), fields, false);
}

SchemeDialog::SchemeDialog(core::Database& db, const AidScheme& scheme, QWidget* parent)
    : RecordDialog(db, scheme, {}, parent)
{
    setWindowTitle(scheme.id == 0 ? tr("New mutual-aid scheme") : tr("Edit mutual-aid scheme"));
}

PeriodDialog::PeriodDialog(core::Database& db, const AidPeriod& period, QWidget* parent)
    : RecordDialog(db, period,
                   {{QStringLiteral("scheme_id"),
                     [&db](const AidPeriod&) {
                         QList<QPair<QString, qint64>> list;
                         for (const AidScheme& s : core::SchemeRepository(db).all())
                             list.append({s.name, s.id});
                         return list;
                     }}},
                   parent)
{
    setWindowTitle(period.id == 0 ? tr("New period") : tr("Edit period"));
    hideRow(this, QStringLiteral("rules")); // imported as a whole on the schemes page
}

EnrollmentDialog::EnrollmentDialog(core::Database& db, const AidEnrollment& enrollment, QWidget* parent)
    : RecordDialog(db, enrollment,
                   {{QStringLiteral("period_id"),
                     [&db](const AidEnrollment& e) {
                         QList<QPair<QString, qint64>> list;
                         if (const auto p = core::PeriodRepository(db).byId(e.periodId))
                             list.append({p->label(), p->id});
                         return list;
                     }},
                    {QStringLiteral("member_id"),
                     [&db](const AidEnrollment& e) {
                         QList<QPair<QString, qint64>> list;
                         for (const QVariantMap& row : db.rows(
                                  QStringLiteral("SELECT id, name, staff_no FROM members WHERE status IN ('active', "
                                                 "'retired') OR id = :m ORDER BY name_pinyin, name, staff_no"),
                                  {{QStringLiteral("m"), e.memberId}}))
                             list.append({QStringLiteral("%1 %2").arg(row.value(QStringLiteral("name")).toString(),
                                                                      row.value(QStringLiteral("staff_no")).toString()),
                                          row.value(QStringLiteral("id")).toLongLong()});
                         return list;
                     }}},
                   parent)
{
    setWindowTitle(enrollment.id == 0 ? tr("Enroll member") : tr("Edit enrollment"));
    hideRow(this, QStringLiteral("period_id"));
    if (auto* member = editor<QComboBox>(QStringLiteral("member_id"))) {
        // Found by typing part of the name or the staff number.
        member->setEditable(true);
        member->setInsertPolicy(QComboBox::NoInsert);
        member->completer()->setFilterMode(Qt::MatchContains);
        member->completer()->setCompletionMode(QCompleter::PopupCompletion);
        member->setMinimumContentsLength(20);
    }
}

namespace {

RecordListPage::Texts schemeTexts()
{
    RecordListPage::Texts t;
    t.add = SchemesPage::tr("&Add Scheme…");
    t.addTip = SchemesPage::tr("Add a mutual-aid scheme");
    t.edit = SchemesPage::tr("&Edit Scheme…");
    t.editTip = SchemesPage::tr("Edit the selected scheme");
    t.remove = SchemesPage::tr("&Delete Scheme");
    t.removeTip = SchemesPage::tr("Delete the selected scheme");
    t.importTip = SchemesPage::tr("Add or update schemes from an Excel workbook or a CSV file");
    t.exportTip = SchemesPage::tr("Save all schemes as a CSV file");
    t.importTitle = SchemesPage::tr("Import Schemes");
    t.exportTitle = SchemesPage::tr("Export Schemes");
    t.exportName = SchemesPage::tr("aid-schemes");
    t.exported = SchemesPage::tr("Exported %1 schemes to %2");
    t.cannotShow = SchemesPage::tr("Cannot show the schemes");
    t.cannotEdit = SchemesPage::tr("Cannot edit the scheme");
    t.missing = SchemesPage::tr("The scheme no longer exists.");
    t.search = SchemesPage::tr("Search name");
    t.empty = SchemesPage::tr("No mutual-aid scheme yet. Add one, or import a rule table: it adds its scheme.");
    t.noMatch = SchemesPage::tr("No scheme matches “%1”.");
    t.count = [](int n) { return SchemesPage::tr("%n scheme(s)", nullptr, n); };
    t.folderKey = QStringLiteral("aid");
    return t;
}

RecordFlow<SchemeList>::Texts schemeFlow()
{
    return {[](const AidScheme& s) { return SchemesPage::tr("Add scheme %1").arg(s.name); },
            [](const AidScheme& s) { return SchemesPage::tr("Edit scheme %1").arg(s.name); },
            [](const AidScheme& s) { return SchemesPage::tr("Delete scheme %1").arg(s.name); },
            SchemesPage::tr("Cannot add the scheme"),
            SchemesPage::tr("Cannot save the scheme"),
            SchemesPage::tr("Cannot delete the scheme"),
            SchemesPage::tr("Delete scheme"),
            [](const AidScheme& s) {
                return SchemesPage::tr("Delete the scheme %1?").arg(s.name) + QStringLiteral("\n\n") +
                       SchemesPage::tr("You can bring it back with Edit › Undo.");
            }};
}

RecordListPage::Texts periodTexts()
{
    RecordListPage::Texts t;
    t.add = PeriodsPage::tr("&Add Period…");
    t.addTip = PeriodsPage::tr("Add a period to the selected scheme");
    t.edit = PeriodsPage::tr("&Edit Period…");
    t.editTip = PeriodsPage::tr("Edit the selected period");
    t.remove = PeriodsPage::tr("&Delete Period");
    t.removeTip = PeriodsPage::tr("Delete the selected period");
    t.importTip = PeriodsPage::tr("Add or update periods from an Excel workbook or a CSV file");
    t.exportTip = PeriodsPage::tr("Save all periods as a CSV file");
    t.importTitle = PeriodsPage::tr("Import Periods");
    t.exportTitle = PeriodsPage::tr("Export Periods");
    t.exportName = PeriodsPage::tr("aid-periods");
    t.exported = PeriodsPage::tr("Exported %1 periods to %2");
    t.cannotShow = PeriodsPage::tr("Cannot show the periods");
    t.cannotEdit = PeriodsPage::tr("Cannot edit the period");
    t.missing = PeriodsPage::tr("The period no longer exists.");
    t.search = PeriodsPage::tr("Search period");
    t.empty = PeriodsPage::tr("No period of this scheme yet. Add one, or import its rule table.");
    t.noMatch = PeriodsPage::tr("No period matches “%1”.");
    t.count = [](int n) { return PeriodsPage::tr("%n period(s)", nullptr, n); };
    t.folderKey = QStringLiteral("aid");
    return t;
}

RecordFlow<PeriodList>::Texts periodFlow()
{
    return {[](const AidPeriod& p) { return PeriodsPage::tr("Add period %1").arg(p.key); },
            [](const AidPeriod& p) { return PeriodsPage::tr("Edit period %1").arg(p.key); },
            [](const AidPeriod& p) { return PeriodsPage::tr("Delete period %1").arg(p.key); },
            PeriodsPage::tr("Cannot add the period"),
            PeriodsPage::tr("Cannot save the period"),
            PeriodsPage::tr("Cannot delete the period"),
            PeriodsPage::tr("Delete period"),
            [](const AidPeriod& p) {
                return PeriodsPage::tr("Delete the period %1 with its rule table?").arg(p.label()) +
                       QStringLiteral("\n\n") + PeriodsPage::tr("You can bring it back with Edit › Undo.");
            }};
}

RecordListPage::Texts enrollmentTexts()
{
    RecordListPage::Texts t;
    t.add = EnrollmentPage::tr("&Enroll Member…");
    t.addTip = EnrollmentPage::tr("Enroll a member in the period");
    t.edit = EnrollmentPage::tr("&Edit Enrollment…");
    t.editTip = EnrollmentPage::tr("Edit the selected member's enrollment");
    t.remove = EnrollmentPage::tr("&Delete Enrollment");
    t.removeTip = EnrollmentPage::tr("Take the selected member off the period's enrollment");
    t.importTip =
        EnrollmentPage::tr("Enroll a sub-union's list from an Excel workbook or a CSV file: 工号, 姓名, 份数, "
                           "缴费日期, 缴费方式 (缴费金额, 补缴 and 备注 when given)");
    t.exportTip = EnrollmentPage::tr("Save the period's enrollment as a CSV file");
    t.importTitle = EnrollmentPage::tr("Import Enrollment");
    t.exportTitle = EnrollmentPage::tr("Export Enrollment");
    t.exportName = EnrollmentPage::tr("aid-enrollment");
    t.exported = EnrollmentPage::tr("Exported %1 enrolled members to %2");
    t.cannotShow = EnrollmentPage::tr("Cannot show the enrollment");
    t.cannotEdit = EnrollmentPage::tr("Cannot edit the enrollment");
    t.missing = EnrollmentPage::tr("The enrollment no longer exists.");
    t.search = EnrollmentPage::tr("Search name, staff number or sub-union");
    t.empty = EnrollmentPage::tr("Nobody is enrolled in this period yet. Enroll members one by one, or import the "
                                 "sub-unions' lists.");
    t.noMatch = EnrollmentPage::tr("Nobody enrolled matches “%1”.");
    t.count = [](int n) { return EnrollmentPage::tr("%n member(s) enrolled", nullptr, n); };
    t.folderKey = QStringLiteral("aid");
    return t;
}

RecordFlow<EnrollmentList>::Texts enrollmentFlow()
{
    return {
        [](const AidEnrollment& e) { return EnrollmentPage::tr("Enroll %1 %2").arg(e.name, e.staffNo); },
        [](const AidEnrollment& e) { return EnrollmentPage::tr("Edit enrollment of %1 %2").arg(e.name, e.staffNo); },
        [](const AidEnrollment& e) { return EnrollmentPage::tr("Delete enrollment of %1 %2").arg(e.name, e.staffNo); },
        EnrollmentPage::tr("Cannot enroll the member"),
        EnrollmentPage::tr("Cannot save the enrollment"),
        EnrollmentPage::tr("Cannot delete the enrollment"),
        EnrollmentPage::tr("Delete enrollment"),
        [](const AidEnrollment& e) {
            return EnrollmentPage::tr("Take %1 (%2) off the period's enrollment?").arg(e.name, e.staffNo) +
                   QStringLiteral("\n\n") + EnrollmentPage::tr("You can bring it back with Edit › Undo.");
        }};
}

} // namespace

SchemesPage::SchemesPage(ShellContext& shell, QWidget* parent)
    : RecordPage(shell, tr("Schemes"), QIcon(QStringLiteral(":/icons/aid.svg")), schemeTexts(), schemeFlow(), parent)
{
    setObjectName(QStringLiteral("schemesPage"));
    QHeaderView* columns = m_view->horizontalHeader();
    columns->resizeSection(core::AidSchemesModel::Name, 200);
    for (int c = core::AidSchemesModel::Fee; c <= core::AidSchemesModel::UnionPart; ++c)
        columns->resizeSection(c, 80);
    // Beside the periods the row of buttons stays within a 1366-pixel screen: schemes come with their rule tables,
    // so their own files are left to the menu.
    searchEdit()->setMinimumWidth(140);
    for (QToolButton* button : findChildren<QToolButton*>())
        if (button->defaultAction() == importAction() || button->defaultAction() == exportAction())
            button->hide();
}

PeriodsPage::PeriodsPage(ShellContext& shell, QWidget* parent)
    : RecordPage(shell, tr("Periods"), QIcon(QStringLiteral(":/icons/schedule.svg")), periodTexts(), periodFlow(),
                 parent)
{
    setObjectName(QStringLiteral("periodsPage"));
    // A scheme has a handful of periods: neither a search nor files of its own.
    searchEdit()->hide();
    const QList<QAction*> unused{importAction(), exportAction(), reportActions()->printAction(),
                                 reportActions()->pdfAction()};
    for (QToolButton* button : findChildren<QToolButton*>())
        if (unused.contains(button->defaultAction()))
            button->hide();
}

void PeriodsPage::setScheme(qint64 schemeId)
{
    if (model()->schemeId() == schemeId)
        return;
    model()->setScheme(schemeId);
    reload();
}

AidPeriod PeriodsPage::newRecord() const
{
    AidPeriod p;
    p.schemeId = model()->schemeId();
    // The year after the latest period, or this year.
    int year = QDate::currentDate().year();
    if (!model()->records().isEmpty()) {
        const AidPeriod& latest = model()->records().first();
        p.starts = latest.ends.addDays(1);
        p.ends = p.starts.addYears(1).addDays(-1);
        year = p.starts.year();
        p.key = p.starts.month() == 1 ? QString::number(year) : QStringLiteral("%1-%2").arg(year).arg(year + 1);
    } else {
        p.starts = QDate(year, 1, 1);
        p.ends = QDate(year, 12, 31);
        p.key = QString::number(year);
    }
    return p;
}

EnrollmentPage::EnrollmentPage(ShellContext& shell, QWidget* parent)
    : RecordPage(shell, tr("Enrollment"), QIcon(QStringLiteral(":/icons/members.svg")), enrollmentTexts(),
                 enrollmentFlow(), parent),
      m_signatures(makeAction(this, QStringLiteral("print"), tr("&Signature Lists…"), tr("Signature Lists"),
                              tr("The period's enrollment by sub-union with a column to sign: preview, print, or "
                                 "save as PDF, .xlsx or .odt"),
                              {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L)}))
{
    setObjectName(QStringLiteral("enrollmentPage"));
    m_signatures->setObjectName(QStringLiteral("signatureLists"));
    m_signatures->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    QWidget::addAction(m_signatures);
    insertButton(6, m_signatures); // after import and export
    connect(m_signatures, &QAction::triggered, this, &EnrollmentPage::showSignatureLists);
    // The signature lists are what the period's enrollment prints as (listReport()): their dialog previews, prints
    // and saves them, so the row keeps one button for it and the page fits a 1366-pixel screen beside its totals.
    searchEdit()->setMinimumWidth(160);
    for (QToolButton* button : findChildren<QToolButton*>())
        if (button->defaultAction() == reportActions()->printAction() ||
            button->defaultAction() == reportActions()->pdfAction())
            button->hide();
    QHeaderView* columns = m_view->horizontalHeader();
    columns->resizeSection(core::AidEnrollmentsModel::StaffNo, 90);
    columns->resizeSection(core::AidEnrollmentsModel::Name, 90);
    columns->resizeSection(core::AidEnrollmentsModel::SubUnion, 150);
    columns->resizeSection(core::AidEnrollmentsModel::Shares, 50);
    columns->resizeSection(core::AidEnrollmentsModel::Fee, 80);
}

void EnrollmentPage::setPeriod(qint64 periodId)
{
    if (model()->periodId() == periodId)
        return;
    model()->setPeriod(periodId);
    reload();
    addAction()->setEnabled(writable() && periodId != 0);
    importAction()->setEnabled(writable() && periodId != 0);
}

AidEnrollment EnrollmentPage::newRecord() const
{
    AidEnrollment e;
    e.periodId = periodId();
    e.enrolled = QDate::currentDate();
    return e;
}

core::ImportSummary EnrollmentPage::importRecords(const QString& path, const core::ImportOptions& options)
{
    if (!periodId())
        throw core::ValidationError(tr("Choose the period first."));
    const auto result = core::EnrollmentRepository(*m_db).importFile(periodId(), path, options.dryRun);
    core::ImportSummary s;
    s.added = result.added;
    s.updated = result.updated;
    s.unchanged = result.unchanged;
    s.errors = result.errors;
    s.dryRun = result.dryRun;
    s.batch = result.batch;
    return s;
}

std::optional<core::ImportSummary> EnrollmentPage::previewAndImport(const QString& path)
{
    // A sub-union's list is enrolled all or nothing; its rows' problems are shown when it is refused.
    BusyCursor busy;
    return importRecords(path, updatingImport());
}

QList<QStringList> EnrollmentPage::csvRows() const
{
    return EnrollmentList(*m_db).csvRowsOf(periodId());
}

core::Report EnrollmentPage::listReport() const
{
    return core::enrollmentSignatureList(*m_db, periodId());
}

void EnrollmentPage::showSignatureLists()
{
    if (!m_db || !periodId())
        return;
    SignatureListDialog dialog(m_shell, *m_db, periodId(), this);
    dialog.exec();
}

EnrollmentTotalsView::EnrollmentTotalsView(QWidget* parent) : QWidget(parent), m_table(new QTableWidget(this))
{
    setObjectName(QStringLiteral("enrollmentTotals"));
    setMinimumWidth(240);
    m_table->setObjectName(QStringLiteral("totalsTable"));
    m_table->setColumnCount(4);
    m_table->setHorizontalHeaderLabels({tr("Sub-union"), tr("Members"), tr("Shares"), tr("Fees (yuan)")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int c = 1; c < 4; ++c)
        m_table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    auto* title = new QLabel(tr("By sub-union"), this);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 20, 24, 16);
    layout->addWidget(title);
    layout->addWidget(m_table, 1);
}

void EnrollmentTotalsView::showTotals(core::Database* db, qint64 periodId)
{
    m_table->setRowCount(0);
    if (!db || !periodId)
        return;
    QList<core::EnrollmentTotals> totals;
    try {
        totals = core::EnrollmentRepository(*db).totals(periodId);
    } catch (const core::Error&) {
        return; // the list above says what is wrong
    }
    core::EnrollmentTotals sum;
    sum.unit = tr("Total");
    for (const core::EnrollmentTotals& t : totals) {
        sum.members += t.members;
        sum.shares += t.shares;
        sum.fees += t.fees;
    }
    totals << sum;
    m_table->setRowCount(int(totals.size()));
    for (int r = 0; r < totals.size(); ++r) {
        const core::EnrollmentTotals& t = totals.at(r);
        const QStringList cells{t.unit.isEmpty() ? tr("(no sub-union)") : t.unit, QString::number(t.members),
                                QString::number(t.shares), core::yuanText(t.fees)};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells.at(c));
            if (c > 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (r == totals.size() - 1) {
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
            }
            m_table->setItem(r, c, item);
        }
    }
}

} // namespace ud::ui
