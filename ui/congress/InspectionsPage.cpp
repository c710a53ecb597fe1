#include "ui/congress/InspectionsPage.h"

#include "core/congress/CongressRepositories.h"
#include "ui/shell/RecordCommand.h"
#include "ui/widgets/DataTableView.h"
#include "ui/widgets/DialogParts.h"

#include <QAction>
#include <QDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTableWidget>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace ud::ui {

using core::Inspection;
using core::InspectionItem;

core::Report InspectionList::listReport() const
{
    return RecordRepository::listReport(InspectionDialog::tr("Inspections"),
                                        {{"inspected", 10}, {"topic", 30}, {"places", 30}, {"findings", 40}});
}

InspectionDialog::InspectionDialog(core::Database& db, const Inspection& inspection, QWidget* parent)
    : RecordDialog(db, inspection, {}, parent)
{
    setWindowTitle(inspection.id == 0 ? tr("New inspection") : tr("Edit inspection"));
}

namespace {

RecordListPage::Texts inspectionTexts()
{
    RecordListPage::Texts t;
    t.add = InspectionsPage::tr("&Add Inspection…");
    t.addTip = InspectionsPage::tr("Record an inspection by representatives (代表巡视)");
    t.edit = InspectionsPage::tr("&Edit Inspection…");
    t.editTip = InspectionsPage::tr("Edit the selected inspection");
    t.remove = InspectionsPage::tr("&Delete Inspection");
    t.removeTip = InspectionsPage::tr("Delete the selected inspection");
    t.importTip = InspectionsPage::tr("Add inspections from an Excel workbook or a CSV file");
    t.exportTip = InspectionsPage::tr("Save all inspections as a CSV file");
    t.importTitle = InspectionsPage::tr("Import Inspections");
    t.exportTitle = InspectionsPage::tr("Export Inspections");
    t.exportName = InspectionsPage::tr("inspections");
    t.exported = InspectionsPage::tr("Exported %1 inspections to %2");
    t.cannotShow = InspectionsPage::tr("Cannot show the inspections");
    t.cannotEdit = InspectionsPage::tr("Cannot edit the inspection");
    t.missing = InspectionsPage::tr("The inspection no longer exists.");
    t.search = InspectionsPage::tr("Search topic or places");
    t.empty = InspectionsPage::tr("No inspection yet. Representatives inspect in November: record the date, the "
                                  "topic, the places and what they found.");
    t.noMatch = InspectionsPage::tr("No inspection matches “%1”.");
    t.count = [](int n) { return InspectionsPage::tr("%n inspection(s)", nullptr, n); };
    t.folderKey = QStringLiteral("congress");
    return t;
}

RecordFlow<InspectionList>::Texts inspectionFlow()
{
    return {[](const Inspection& i) { return InspectionsPage::tr("Add inspection %1").arg(i.topic); },
            [](const Inspection& i) { return InspectionsPage::tr("Edit inspection %1").arg(i.topic); },
            [](const Inspection& i) { return InspectionsPage::tr("Delete inspection %1").arg(i.topic); },
            InspectionsPage::tr("Cannot add the inspection"),
            InspectionsPage::tr("Cannot save the inspection"),
            InspectionsPage::tr("Cannot delete the inspection"),
            InspectionsPage::tr("Delete inspection"),
            [](const Inspection& i) {
                return InspectionsPage::tr("Delete the inspection %1 of %2?")
                           .arg(i.topic, i.inspected.toString(Qt::ISODate)) +
                       QStringLiteral("\n\n") + InspectionsPage::tr("You can bring it back with Edit › Undo.");
            }};
}

/// A follow-up item added or changed: the item before (none: added) and after.
class FollowUpCommand : public RecordCommand {
public:
    FollowUpCommand(ShellContext& shell, std::optional<InspectionItem> before, InspectionItem after,
                    const QString& text, RecordChangedCallback changed)
        : RecordCommand(shell, std::move(changed)), m_before(std::move(before)), m_after(std::move(after))
    {
        setText(text);
    }

protected:
    void apply() override
    {
        core::InspectionRepository repo(database());
        if (m_before)
            repo.updateItem(m_after);
        else
            repo.addItem(m_after); // under its id
    }
    void revert() override
    {
        core::InspectionRepository repo(database());
        if (m_before)
            repo.updateItem(*m_before);
        else
            repo.removeItem(m_after.id);
    }
    qint64 recordId() const override { return m_after.inspectionId; }

private:
    std::optional<InspectionItem> m_before;
    InspectionItem m_after;
};

/// The representatives of an inspection changed: the inspection before and after.
class InspectionRepsCommand : public RecordCommand {
public:
    InspectionRepsCommand(ShellContext& shell, Inspection before, Inspection after, const QString& text,
                          RecordChangedCallback changed)
        : RecordCommand(shell, std::move(changed)), m_before(std::move(before)), m_after(std::move(after))
    {
        setText(text);
    }

protected:
    void apply() override { core::InspectionRepository(database()).updateWithReps(m_after); }
    void revert() override { core::InspectionRepository(database()).updateWithReps(m_before); }
    qint64 recordId() const override { return m_after.id; }

private:
    Inspection m_before, m_after;
};

} // namespace

InspectionsPage::InspectionsPage(ShellContext& shell, QWidget* parent)
    : RecordPage(shell, tr("Inspections"), QIcon(QStringLiteral(":/icons/congress.svg")), inspectionTexts(),
                 inspectionFlow(), parent),
      m_details(new QWidget(this)), m_reps(new QLabel(this)), m_items(new QTableWidget(0, 3, this)),
      m_addItem(new QAction(tr("Add &Follow-up…"), this)), m_advanceItem(new QAction(tr("&Move On"), this)),
      m_chooseReps(new QAction(tr("&Representatives…"), this))
{
    setObjectName(QStringLiteral("inspectionsPage"));
    m_view->horizontalHeader()->resizeSection(core::InspectionsModel::Date, 100);
    m_view->horizontalHeader()->resizeSection(core::InspectionsModel::Topic, 260);

    m_items->setObjectName(QStringLiteral("followUpItems"));
    m_items->setHorizontalHeaderLabels({tr("Follow-up"), tr("Handling unit"), tr("Status")});
    m_items->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_items->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_items->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_items->setSelectionMode(QAbstractItemView::SingleSelection);
    m_items->verticalHeader()->hide();
    m_reps->setWordWrap(true);
    m_reps->setObjectName(QStringLiteral("inspectionReps"));
    m_addItem->setObjectName(QStringLiteral("addFollowUp"));
    m_addItem->setToolTip(tr("Add a follow-up item of the selected inspection, with the unit that handles it"));
    m_advanceItem->setObjectName(QStringLiteral("advanceFollowUp"));
    m_advanceItem->setToolTip(tr("The selected follow-up item moves on: open → being handled → done"));
    auto* buttons = new QHBoxLayout;
    m_chooseReps->setObjectName(QStringLiteral("chooseReps"));
    m_chooseReps->setToolTip(tr("Choose the representatives who went on the selected inspection"));
    for (QAction* a : {m_chooseReps, m_addItem, m_advanceItem}) {
        auto* b = new QToolButton(this);
        b->setDefaultAction(a);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        buttons->addWidget(b);
    }
    buttons->addStretch(1);
    auto* details = new QVBoxLayout(m_details);
    details->setContentsMargins(24, 0, 24, 12);
    details->addWidget(m_reps);
    details->addWidget(m_items, 1);
    details->addLayout(buttons);

    connect(m_addItem, &QAction::triggered, this, [this] {
        bool ok = false;
        const QString text =
            QInputDialog::getText(this, tr("Add Follow-up"), tr("What is to be done:"), QLineEdit::Normal, {}, &ok)
                .trimmed();
        if (!ok || text.isEmpty())
            return;
        std::optional<qint64> unit;
        QStringList names{tr("No handling unit")};
        QList<qint64> ids{0};
        for (const core::HandlingUnit& u : core::HandlingUnitRepository(*m_db).all()) {
            names << u.name;
            ids << u.id;
        }
        const QString chosen =
            QInputDialog::getItem(this, tr("Add Follow-up"), tr("Handled by:"), names, 0, false, &ok);
        if (!ok)
            return;
        if (const qint64 id = ids.value(int(names.indexOf(chosen))))
            unit = id;
        addItem(text, unit);
    });
    connect(m_advanceItem, &QAction::triggered, this, &InspectionsPage::advanceItem);
    connect(m_chooseReps, &QAction::triggered, this, [this] {
        const qint64 id = currentId();
        const auto inspection = m_db && id ? core::InspectionRepository(*m_db).withReps(id) : std::nullopt;
        if (!inspection)
            return;
        QDialog dialog(this);
        dialog.setWindowTitle(tr("Representatives Who Went"));
        auto* list = new QListWidget(&dialog);
        for (const core::Representative& r : core::RepresentativeRepository(*m_db).ofTerm(inspection->term)) {
            if (!r.servesOn(inspection->inspected) && !inspection->repIds.contains(r.id))
                continue;
            auto* item = new QListWidgetItem(QStringLiteral("%1 · %2").arg(r.label(), r.delegationName), list);
            item->setData(Qt::UserRole, r.id);
            item->setCheckState(inspection->repIds.contains(r.id) ? Qt::Checked : Qt::Unchecked);
        }
        auto* layout = dialogLayout(&dialog);
        layout->addWidget(list, 1);
        layout->addWidget(dialogButtons(&dialog));
        dialog.resize(420, 480);
        if (dialog.exec() != QDialog::Accepted)
            return;
        QList<qint64> chosen;
        for (int i = 0; i < list->count(); ++i)
            if (list->item(i)->checkState() == Qt::Checked)
                chosen << list->item(i)->data(Qt::UserRole).toLongLong();
        setRepresentatives(chosen);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &InspectionsPage::showDetails);
    connect(model(), &QAbstractItemModel::modelReset, this, &InspectionsPage::showDetails);
    connect(m_items, &QTableWidget::itemSelectionChanged, this,
            [this] { m_advanceItem->setEnabled(writable() && selectedItem() != 0); });
    showDetails();
}

Inspection InspectionsPage::newRecord() const
{
    Inspection i;
    i.term = m_term;
    i.inspected = QDate::currentDate();
    return i;
}

qint64 InspectionsPage::selectedItem() const
{
    const QList<QTableWidgetItem*> chosen = m_items->selectedItems();
    return chosen.isEmpty() ? 0 : m_items->item(chosen.first()->row(), 0)->data(Qt::UserRole).toLongLong();
}

void InspectionsPage::showDetails()
{
    const qint64 id = currentId();
    m_items->setRowCount(0);
    m_reps->clear();
    m_addItem->setEnabled(writable() && id != 0);
    m_chooseReps->setEnabled(writable() && id != 0);
    m_advanceItem->setEnabled(false);
    if (!m_db || !id)
        return;
    try {
        core::InspectionRepository repo(*m_db);
        const auto inspection = repo.withReps(id);
        if (!inspection)
            return;
        QStringList names;
        core::RepresentativeRepository reps(*m_db);
        for (qint64 rep : inspection->repIds)
            if (const auto r = reps.byId(rep))
                names << r->label();
        m_reps->setText(names.isEmpty() ? tr("Representatives: none recorded")
                                        : tr("Representatives: %1").arg(names.join(QStringLiteral("、"))));
        QHash<qint64, QString> units;
        for (const core::HandlingUnit& u : core::HandlingUnitRepository(*m_db).all())
            units.insert(u.id, u.name);
        for (const InspectionItem& item : repo.items(id)) {
            const int row = m_items->rowCount();
            m_items->insertRow(row);
            auto* text = new QTableWidgetItem(item.text);
            text->setData(Qt::UserRole, item.id);
            m_items->setItem(row, 0, text);
            m_items->setItem(row, 1, new QTableWidgetItem(item.unitId ? units.value(*item.unitId) : QString()));
            m_items->setItem(row, 2, new QTableWidgetItem(core::followUpStatuses().label(item.status)));
        }
    } catch (const core::Error& e) {
        m_shell.warn(tr("Cannot show the inspection"), e.message());
    }
}

bool InspectionsPage::addItem(const QString& text, std::optional<qint64> unitId)
{
    const qint64 inspection = currentId();
    if (!m_db || !inspection)
        return false;
    InspectionItem item;
    item.inspectionId = inspection;
    item.text = text;
    item.unitId = unitId;
    try {
        item.id = core::InspectionRepository(*m_db).addItem(item);
    } catch (const core::Error& e) {
        m_shell.warn(tr("Cannot add the follow-up item"), e.message());
        return false;
    }
    m_shell.undoStack()->push(new FollowUpCommand(m_shell, std::nullopt, item, tr("Add follow-up %1").arg(text),
                                                  [this](qint64) { showDetails(); }));
    showDetails();
    return true;
}

bool InspectionsPage::setRepresentatives(const QList<qint64>& repIds)
{
    const qint64 id = currentId();
    const auto before = m_db && id ? core::InspectionRepository(*m_db).withReps(id) : std::nullopt;
    if (!before)
        return false;
    Inspection after = *before;
    after.repIds = repIds;
    if (after.repIds == before->repIds)
        return true;
    try {
        core::InspectionRepository(*m_db).updateWithReps(after);
    } catch (const core::Error& e) {
        m_shell.warn(tr("Cannot change the representatives"), e.message());
        return false;
    }
    m_shell.undoStack()->push(new InspectionRepsCommand(m_shell, *before, after,
                                                        tr("Representatives of inspection %1").arg(after.topic),
                                                        [this](qint64) { showDetails(); }));
    showDetails();
    return true;
}

bool InspectionsPage::advanceItem()
{
    const qint64 itemId = selectedItem();
    if (!m_db || !itemId)
        return false;
    std::optional<InspectionItem> before;
    for (const InspectionItem& i : core::InspectionRepository(*m_db).items(currentId()))
        if (i.id == itemId)
            before = i;
    if (!before || before->status == core::FollowUpStatus::Done)
        return false;
    InspectionItem after = *before;
    after.status =
        before->status == core::FollowUpStatus::Open ? core::FollowUpStatus::InProgress : core::FollowUpStatus::Done;
    try {
        core::InspectionRepository(*m_db).updateItem(after);
    } catch (const core::Error& e) {
        m_shell.warn(tr("Cannot change the follow-up item"), e.message());
        return false;
    }
    m_shell.undoStack()->push(new FollowUpCommand(
        m_shell, before, after, tr("%1: %2").arg(after.text, core::followUpStatuses().label(after.status)),
        [this](qint64) { showDetails(); }));
    showDetails();
    return true;
}

} // namespace ud::ui
