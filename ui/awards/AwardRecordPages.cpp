#include "ui/awards/AwardRecordPages.h"

#include "core/awards/AwardsImport.h"
#include "core/units/SubUnitRepository.h"
#include "ui/shell/RecordCommand.h"
#include "ui/widgets/BusyCursor.h"
#include "ui/widgets/DataTableView.h"
#include "ui/widgets/DialogParts.h"
#include "ui/widgets/PageActions.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace ud::ui {

using core::AwardHistoryEntry;
using core::AwardType;

namespace {

const QIcon& awardsIcon()
{
    static const QIcon icon(QStringLiteral(":/icons/awards.svg"));
    return icon;
}

QList<QPair<QString, qint64>> typeChoices(core::Database& db)
{
    QList<QPair<QString, qint64>> list;
    for (const AwardType& t : core::AwardTypeRepository(db).all())
        list.append({t.name, t.id});
    return list;
}

} // namespace

core::Report AwardTypeList::listReport() const
{
    return RecordRepository::listReport(AwardTypeDialog::tr("Award types"), {{"name", 16},
                                                                             {"kind", 12},
                                                                             {"repeat_rule", 14},
                                                                             {"repeat_years", 6},
                                                                             {"min_women_percent", 6},
                                                                             {"female_head", 6},
                                                                             {"min_size", 6},
                                                                             {"min_deeds", 6}});
}

// ---- dialogs

AwardTypeDialog::AwardTypeDialog(core::Database& db, const AwardType& type, QWidget* parent)
    : RecordDialog(db, type, {}, parent)
{
    setObjectName(QStringLiteral("awardTypeDialog"));
    setWindowTitle(type.id == 0 ? tr("New award type") : tr("Edit award type %1").arg(type.name));
}

AwardHistoryDialog::AwardHistoryDialog(core::Database& db, const AwardHistoryEntry& entry, QWidget* parent)
    : RecordDialog(db, entry, {}, parent)
{
    setObjectName(QStringLiteral("awardHistoryDialog"));
    setWindowTitle(entry.id == 0 ? tr("New award of an earlier year") : tr("Edit award"));
    QList<QPair<QString, qint64>> members;
    for (const QVariantMap& row : db.rows(QStringLiteral("SELECT m.id, m.name, m.staff_no, COALESCE(u.name, '') AS "
                                                         "unit FROM members m LEFT JOIN units u ON u.id = m.unit_id "
                                                         "ORDER BY m.name_pinyin, m.name, m.staff_no"))) {
        QString text = row.value(QStringLiteral("name")).toString() + QLatin1Char(' ') +
                       row.value(QStringLiteral("staff_no")).toString();
        if (const QString unit = row.value(QStringLiteral("unit")).toString(); !unit.isEmpty())
            text += QStringLiteral(" · ") + unit;
        members.append({text, row.value(QStringLiteral("id")).toLongLong()});
    }
    setChoices(QStringLiteral("member_id"), members);
    setChoices(QStringLiteral("award_type_id"), typeChoices(db));
    QList<QPair<QString, qint64>> units;
    for (const core::SubUnit& u : core::SubUnitRepository(db).all())
        units.append({u.name, u.id});
    setChoices(QStringLiteral("unit_id"), units);
    if (auto* member = editor<QComboBox>(QStringLiteral("member_id"))) {
        member->setEditable(true);
        member->setInsertPolicy(QComboBox::NoInsert);
        member->completer()->setCompletionMode(QCompleter::PopupCompletion);
        member->completer()->setFilterMode(Qt::MatchContains);
    }
    setRecord(entry);
}

// ---- award types

namespace {

RecordListPage::Texts typeTexts()
{
    RecordListPage::Texts t;
    t.add = AwardTypesPage::tr("&Add Award Type…");
    t.addTip = AwardTypesPage::tr("Add an award with its rules");
    t.edit = AwardTypesPage::tr("&Edit Award Type…");
    t.editTip = AwardTypesPage::tr("Edit the selected award's rules");
    t.remove = AwardTypesPage::tr("&Delete Award Type");
    t.removeTip = AwardTypesPage::tr("Delete the selected award while no round or history uses it");
    t.importTip = AwardTypesPage::tr("Add award types from an Excel workbook or a CSV file");
    t.exportTip = AwardTypesPage::tr("Save the award types as a CSV file");
    t.importTitle = AwardTypesPage::tr("Import Award Types");
    t.exportTitle = AwardTypesPage::tr("Export Award Types");
    t.exportName = AwardTypesPage::tr("award-types");
    t.exported = AwardTypesPage::tr("Exported %1 award types to %2");
    t.cannotShow = AwardTypesPage::tr("Cannot show the award types");
    t.cannotEdit = AwardTypesPage::tr("Cannot edit the award type");
    t.missing = AwardTypesPage::tr("The award type no longer exists.");
    t.search = AwardTypesPage::tr("Search award");
    t.empty =
        AwardTypesPage::tr("No award type yet. Add the plan's (最美教师, 三育人先进, 巾帼文明岗 …) with Plan's Types, "
                           "or with the first round.");
    t.noMatch = AwardTypesPage::tr("No award matches “%1”.");
    t.count = [](int n) { return AwardTypesPage::tr("%n award type(s)", nullptr, n); };
    t.folderKey = QStringLiteral("awards");
    return t;
}

RecordFlow<AwardTypeList>::Texts typeFlow()
{
    return {[](const AwardType& t) { return AwardTypesPage::tr("Add award type %1").arg(t.name); },
            [](const AwardType& t) { return AwardTypesPage::tr("Edit award type %1").arg(t.name); },
            [](const AwardType& t) { return AwardTypesPage::tr("Delete award type %1").arg(t.name); },
            AwardTypesPage::tr("Cannot add the award type"),
            AwardTypesPage::tr("Cannot save the award type"),
            AwardTypesPage::tr("Cannot delete the award type"),
            AwardTypesPage::tr("Delete award type"),
            [](const AwardType& t) {
                return AwardTypesPage::tr("Delete the award type %1?").arg(t.name) + QStringLiteral("\n\n") +
                       AwardTypesPage::tr("You can bring it back with Edit › Undo.");
            }};
}

/// Types added together (the plan's): undo removes them, redo puts them back under their ids.
class AddTypesCommand : public RecordCommand {
public:
    AddTypesCommand(ShellContext& shell, QList<qint64> ids, const QString& text, RecordChangedCallback changed)
        : RecordCommand(shell, std::move(changed)), m_ids(std::move(ids))
    {
        setText(text);
    }

protected:
    void apply() override
    {
        core::AwardTypeRepository repo(database());
        for (const AwardType& t : std::as_const(m_types))
            repo.restore(t);
    }
    void revert() override
    {
        core::AwardTypeRepository repo(database());
        m_types.clear();
        for (qint64 id : m_ids)
            m_types << repo.require(id);
        for (qint64 id : m_ids)
            repo.remove(id);
    }
    qint64 recordId() const override { return m_ids.value(0); }

private:
    QList<qint64> m_ids;
    QList<AwardType> m_types;
};

} // namespace

AwardTypesPage::AwardTypesPage(ShellContext& shell, QWidget* parent)
    : RecordPage(shell, tr("Award types"), awardsIcon(), typeTexts(), typeFlow(), parent),
      m_defaults(
          makeAction(this, QStringLiteral("add"), tr("&Plan's Types"), tr("Plan's Types"),
                     tr("Add the plan's award types (最美教师, 三育人先进, 巾帼文明岗, 巾帼建功标兵, 工会工作先进, "
                        "优秀工会积极分子) that are missing, with the rules of the published calls")))
{
    setObjectName(QStringLiteral("awardTypesPage"));
    m_defaults->setObjectName(QStringLiteral("planAwardTypes"));
    insertButton(4, m_defaults);
    connect(m_defaults, &QAction::triggered, this, &AwardTypesPage::addPlanTypes);
    m_view->sortByColumn(-1, Qt::AscendingOrder); // in the types' order
    QHeaderView* columns = m_view->horizontalHeader();
    columns->resizeSection(core::AwardTypesModel::Name, 150);
    columns->resizeSection(core::AwardTypesModel::Kind, 130);
    columns->resizeSection(core::AwardTypesModel::RepeatRule, 150);
}

AwardType AwardTypesPage::newRecord() const
{
    AwardType t;
    for (const AwardType& other : model()->records())
        t.sortOrder = qMax(t.sortOrder, other.sortOrder + 1);
    return t;
}

bool AwardTypesPage::addPlanTypes()
{
    if (!writable())
        return false;
    QList<qint64> ids;
    try {
        ids = core::AwardTypeRepository(*m_db).addDefaults();
    } catch (const core::Error& e) {
        m_shell.warn(tr("Cannot add the award types"), e.message());
        return false;
    }
    if (ids.isEmpty()) {
        m_shell.showStatusMessage(tr("Every award type of the plan is already there."));
        return true;
    }
    m_shell.undoStack()->push(
        new AddTypesCommand(m_shell, ids, tr("Add the plan's award types"), [this](qint64 id) { recordChanged(id); }));
    return true;
}

// ---- history

namespace {

RecordListPage::Texts historyTexts()
{
    RecordListPage::Texts t;
    t.add = AwardHistoryPage::tr("&Add Award…");
    t.addTip = AwardHistoryPage::tr("Record an award of an earlier year, for the repeat rule");
    t.edit = AwardHistoryPage::tr("&Edit Award…");
    t.editTip = AwardHistoryPage::tr("Edit the selected award of an earlier year");
    t.remove = AwardHistoryPage::tr("&Delete Award");
    t.removeTip = AwardHistoryPage::tr("Delete the selected award of an earlier year");
    t.importTip =
        AwardHistoryPage::tr("Add earlier years' awards from an Excel workbook or a CSV file: 工号 or 集体名称, "
                             "奖项, 年度");
    t.exportTip = AwardHistoryPage::tr("Save the awards shown as a CSV file");
    t.importTitle = AwardHistoryPage::tr("Import Awards History");
    t.exportTitle = AwardHistoryPage::tr("Export Awards History");
    t.exportName = AwardHistoryPage::tr("awards-history");
    t.exported = AwardHistoryPage::tr("Exported %1 awards to %2");
    t.cannotShow = AwardHistoryPage::tr("Cannot show the awards history");
    t.cannotEdit = AwardHistoryPage::tr("Cannot edit the award");
    t.missing = AwardHistoryPage::tr("The award no longer exists.");
    t.search = AwardHistoryPage::tr("Search name, staff number, award or collective");
    t.empty = AwardHistoryPage::tr("No award recorded for this year. Final lists enter here; import earlier years' "
                                   "lists so that the repeat rule sees them.");
    t.noMatch = AwardHistoryPage::tr("No award matches “%1”.");
    t.count = [](int n) { return AwardHistoryPage::tr("%n award(s)", nullptr, n); };
    t.folderKey = QStringLiteral("awards");
    return t;
}

RecordFlow<AwardHistoryList>::Texts historyFlow()
{
    const auto what = [](const AwardHistoryEntry& e) {
        return AwardHistoryPage::tr("%1 %2 of %3", "award history step: year, award, nominee")
            .arg(e.year)
            .arg(e.awardName, e.nominee());
    };
    return {[what](const AwardHistoryEntry& e) { return AwardHistoryPage::tr("Add award %1").arg(what(e)); },
            [what](const AwardHistoryEntry& e) { return AwardHistoryPage::tr("Edit award %1").arg(what(e)); },
            [what](const AwardHistoryEntry& e) { return AwardHistoryPage::tr("Delete award %1").arg(what(e)); },
            AwardHistoryPage::tr("Cannot add the award"),
            AwardHistoryPage::tr("Cannot save the award"),
            AwardHistoryPage::tr("Cannot delete the award"),
            AwardHistoryPage::tr("Delete award"),
            [what](const AwardHistoryEntry& e) {
                return AwardHistoryPage::tr("Delete the award %1?").arg(what(e)) + QStringLiteral("\n\n") +
                       AwardHistoryPage::tr("You can bring it back with Edit › Undo.");
            }};
}

} // namespace

AwardHistoryPage::AwardHistoryPage(ShellContext& shell, QWidget* parent)
    : RecordPage(shell, tr("Awards history"), awardsIcon(), historyTexts(), historyFlow(), parent),
      m_allYears(new QCheckBox(tr("All &years"), this))
{
    setObjectName(QStringLiteral("awardHistoryPage"));
    m_allYears->setObjectName(QStringLiteral("allYears"));
    auto* bar = new QWidget(this);
    auto* layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_allYears);
    layout->addStretch(1);
    setFilterBar(bar);
    connect(m_allYears, &QCheckBox::toggled, this, &AwardHistoryPage::applyYear);
    m_view->sortByColumn(-1, Qt::AscendingOrder); // newest year first, by award
    QHeaderView* columns = m_view->horizontalHeader();
    columns->resizeSection(core::AwardHistoryModel::Year, 70);
    columns->resizeSection(core::AwardHistoryModel::Award, 140);
    columns->resizeSection(core::AwardHistoryModel::StaffNo, 100);
    columns->resizeSection(core::AwardHistoryModel::Name, 100);
    columns->resizeSection(core::AwardHistoryModel::Collective, 170);
    columns->resizeSection(core::AwardHistoryModel::Unit, 170);
}

void AwardHistoryPage::setYear(int year)
{
    m_year = year;
    applyYear();
}

void AwardHistoryPage::applyYear()
{
    model()->setYear(m_allYears->isChecked() ? 0 : m_year);
    updateCount();
}

AwardHistoryEntry AwardHistoryPage::newRecord() const
{
    AwardHistoryEntry e;
    e.year = (m_year ? m_year : QDate::currentDate().year()) - 1;
    e.source = core::HistorySource::Imported;
    return e;
}

QString AwardHistoryPage::roundEntryProblem(qint64 id) const
{
    const auto e = core::AwardHistoryRepository(*m_db).byId(id);
    if (!e || e->source != core::HistorySource::Round || !e->roundId)
        return {};
    const QString key = m_db->scalar(QStringLiteral("SELECT round_key FROM award_rounds WHERE id = :id"),
                                     {{QStringLiteral("id"), *e->roundId}})
                            .toString();
    return tr("Rule: an award of the final list of round %1 changes only by unlocking that round, with the reason, on "
              "its 公示 tab.")
        .arg(key);
}

bool AwardHistoryPage::runEditDialog(qint64 id)
{
    if (const QString problem = roundEntryProblem(id); !problem.isEmpty()) {
        m_shell.warn(m_texts.cannotEdit, problem);
        return true;
    }
    return RecordPage::runEditDialog(id);
}

bool AwardHistoryPage::removeRecord(qint64 id, bool confirm)
{
    if (const QString problem = roundEntryProblem(id); !problem.isEmpty()) {
        m_shell.warn(tr("Cannot delete the award"), problem);
        return false;
    }
    return RecordPage::removeRecord(id, confirm);
}

namespace {

core::ImportSummary summaryOf(const core::AwardImportResult& r)
{
    core::ImportSummary s;
    s.added = r.added;
    s.unchanged = r.unchanged;
    s.errors = r.errors;
    s.dryRun = r.dryRun;
    s.batch = r.batch;
    return s;
}

} // namespace

core::ImportSummary AwardHistoryPage::importRecords(const QString& path, const core::ImportOptions& options)
{
    return summaryOf(core::importAwardHistory(*m_db, path, options.dryRun));
}

std::optional<core::ImportSummary> AwardHistoryPage::previewAndImport(const QString& path)
{
    core::AwardImportResult preview;
    {
        BusyCursor busy;
        preview = core::importAwardHistory(*m_db, path, true);
    }
    if (!preview.errors.isEmpty())
        return summaryOf(preview); // the rows to correct, and nothing stored
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("historyPreview"));
    dialog.setWindowTitle(m_texts.importTitle);
    QVBoxLayout* layout = dialogLayout(&dialog, 10);
    layout->addWidget(wrappedLabel(
        tr("%1 adds %n award(s) to the awards history.", nullptr, preview.added).arg(QFileInfo(path).fileName()) +
            (preview.unchanged
                 ? QStringLiteral(" ") + tr("%n are already recorded and stay as they are.", nullptr, preview.unchanged)
                 : QString()),
        &dialog));
    QDialogButtonBox* buttons = dialogButtons(&dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Import"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(preview.added > 0);
    layout->addWidget(buttons);
    dialog.resize(480, 0);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    BusyCursor busy;
    return summaryOf(core::importAwardHistory(*m_db, path));
}

core::Report AwardHistoryPage::listReport() const
{
    return AwardHistoryList(*m_db).AwardHistoryRepository::listReport(m_allYears->isChecked() ? 0 : m_year);
}

QList<QStringList> AwardHistoryPage::csvRows() const
{
    return AwardHistoryList(*m_db).listRows(m_allYears->isChecked() ? 0 : m_year, true);
}

} // namespace ud::ui
