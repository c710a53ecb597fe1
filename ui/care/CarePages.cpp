#include "ui/care/CarePages.h"

#include "core/record/Money.h"
#include "core/units/SubUnitRepository.h"
#include "ui/shell/RecordCommand.h"
#include "ui/widgets/DataTableView.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QUndoStack>

namespace ud::ui {

using core::CareKind;
using core::CareVisit;
using core::HardshipCase;

namespace {

const QIcon& careIcon()
{
    static const QIcon icon(QStringLiteral(":/icons/care.svg"));
    return icon;
}

/// The sub-unions to choose from, in their order.
QList<QPair<QString, qint64>> unitChoices(core::Database& db)
{
    QList<QPair<QString, qint64>> list;
    for (const core::SubUnit& u : core::SubUnitRepository(db).all())
        list.append({u.name, u.id});
    return list;
}

/// An editable member combo box that finds a member by any part of "name staff number sub-union".
void makeSearchable(QComboBox* combo)
{
    if (!combo)
        return;
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    combo->completer()->setCompletionMode(QCompleter::PopupCompletion);
    combo->completer()->setFilterMode(Qt::MatchContains);
    combo->completer()->setCaseSensitivity(Qt::CaseInsensitive);
}

/// When the member changes, the sub-union follows the member's; for a new record (`now`) it follows the member shown
/// at once.
void followMemberUnit(QComboBox* member, QComboBox* unit, const QHash<qint64, std::optional<qint64>>& unitOf, bool now)
{
    if (!member || !unit)
        return;
    const auto follow = [member, unit, unitOf] {
        const QVariant id = member->currentData();
        if (!id.isValid() || id.isNull())
            return;
        const std::optional<qint64> u = unitOf.value(id.toLongLong());
        unit->setCurrentIndex(u ? qMax(0, unit->findData(*u)) : 0);
    };
    QObject::connect(member, &QComboBox::currentIndexChanged, unit, follow);
    if (now)
        follow();
}

} // namespace

MemberChoices MemberChoices::read(core::Database& db)
{
    MemberChoices m;
    for (const QVariantMap& row :
         db.rows(QStringLiteral("SELECT m.id, m.name, m.staff_no, m.unit_id, u.name AS unit_name FROM members m "
                                "LEFT JOIN units u ON u.id = m.unit_id ORDER BY m.name, m.staff_no"))) {
        const qint64 id = row.value(QStringLiteral("id")).toLongLong();
        QString text = row.value(QStringLiteral("name")).toString() + QLatin1Char(' ') +
                       row.value(QStringLiteral("staff_no")).toString();
        if (const QString unit = row.value(QStringLiteral("unit_name")).toString(); !unit.isEmpty())
            text += QLatin1Char(' ') + unit;
        m.choices.append({text, id});
        const QVariant unit = row.value(QStringLiteral("unit_id"));
        m.unitOf.insert(id, unit.isNull() ? std::nullopt : std::optional<qint64>(unit.toLongLong()));
    }
    return m;
}

core::Report CareKindList::listReport() const
{
    return RecordRepository::listReport(CareKindDialog::tr("Care kinds"), {{"year", 6},
                                                                           {"name", 20},
                                                                           {"kind_key", 12},
                                                                           {"amount_mode", 10},
                                                                           {"amount", 10},
                                                                           {"payer", 10},
                                                                           {"form", 6},
                                                                           {"frequency", 10},
                                                                           {"over_rule", 12}});
}

// ---- dialogs

HardshipDialog::HardshipDialog(core::Database& db, const HardshipCase& hardship, QWidget* parent)
    : RecordDialog(db, hardship, {}, parent)
{
    setWindowTitle(hardship.id == 0 ? tr("New hardship case") : tr("Edit hardship case"));
    const MemberChoices members = MemberChoices::read(db);
    setChoices(QStringLiteral("member_id"), members.choices);
    setChoices(QStringLiteral("unit_id"), unitChoices(db));
    makeSearchable(editor<QComboBox>(QStringLiteral("member_id")));
    setRecord(hardship);
    followMemberUnit(editor<QComboBox>(QStringLiteral("member_id")), editor<QComboBox>(QStringLiteral("unit_id")),
                     members.unitOf, hardship.id == 0 && !hardship.unitId);
    markUnchanged();
}

CareKindDialog::CareKindDialog(core::Database& db, const CareKind& kind, QWidget* parent)
    : RecordDialog(db, kind, {}, parent)
{
    setWindowTitle(kind.id == 0 ? tr("New care kind") : tr("Edit care kind"));
}

CareVisitDialog::CareVisitDialog(core::Database& db, const CareVisit& visit, QWidget* parent)
    : RecordDialog(db, visit, {}, parent), m_year(visit.visited.isValid() ? visit.visited.year() : 0)
{
    setWindowTitle(visit.id == 0 ? tr("New care visit") : tr("Edit care visit"));
    const MemberChoices members = MemberChoices::read(db);
    setChoices(QStringLiteral("member_id"), members.choices);
    setChoices(QStringLiteral("unit_id"), unitChoices(db));
    QList<QPair<QString, qint64>> kinds;
    for (const CareKind& k : core::CareKindRepository(db).ofYear(m_year))
        kinds.append({k.name, k.id});
    setChoices(QStringLiteral("kind_id"), kinds);
    makeSearchable(editor<QComboBox>(QStringLiteral("member_id")));
    setRecord(visit);
    kindChosen();
    followMemberUnit(editor<QComboBox>(QStringLiteral("member_id")), editor<QComboBox>(QStringLiteral("unit_id")),
                     members.unitOf, visit.id == 0 && !visit.unitId);
    if (auto* date = editor<QDateEdit>(QStringLiteral("visited")))
        connect(date, &QDateEdit::dateChanged, this, &CareVisitDialog::yearChosen);
    if (auto* kind = editor<QComboBox>(QStringLiteral("kind_id")))
        connect(kind, &QComboBox::currentIndexChanged, this, &CareVisitDialog::kindChosen);
    markUnchanged();
}

void CareVisitDialog::yearChosen()
{
    const QDate day = core::dateOf(value(QStringLiteral("visited")));
    if (!day.isValid() || day.year() == m_year)
        return;
    m_year = day.year();
    // The kinds of the new year, the same kind (by key) chosen again when the year has it.
    auto* combo = editor<QComboBox>(QStringLiteral("kind_id"));
    core::CareKindRepository repo(m_db);
    const auto old = repo.byId(value(QStringLiteral("kind_id")).toLongLong());
    QList<QPair<QString, qint64>> kinds;
    for (const CareKind& k : repo.ofYear(m_year))
        kinds.append({k.name, k.id});
    const QSignalBlocker block(combo);
    setChoices(QStringLiteral("kind_id"), kinds);
    if (const auto same = old ? repo.byYearKey(m_year, old->key) : std::nullopt)
        combo->setCurrentIndex(qMax(0, combo->findData(same->id)));
    updateOkButton();
}

void CareVisitDialog::kindChosen()
{
    const auto kind = core::CareKindRepository(m_db).byId(value(QStringLiteral("kind_id")).toLongLong());
    auto* amount = editor<QDoubleSpinBox>(QStringLiteral("amount"));
    if (!kind) {
        if (amount)
            amount->setToolTip(QString());
        return;
    }
    if (amount)
        amount->setToolTip(kind->amount == 0 ? tr("%1: no limit on the amount.").arg(kind->name)
                           : kind->amountMode == core::AmountMode::Fixed
                               ? tr("%1: the standard amount is %2 yuan.").arg(kind->name, core::yuanText(kind->amount))
                               : tr("%1: at most %2 yuan.").arg(kind->name, core::yuanText(kind->amount)));
    if (record().id != 0)
        return; // a stored visit keeps what was given
    setValue(QStringLiteral("amount"), kind->amount);
    setValue(QStringLiteral("form"), core::givenForms().key(kind->form));
    setValue(QStringLiteral("payer"), core::carePayers().key(kind->payer));
}

// ---- hardship

namespace {

RecordListPage::Texts hardshipTexts()
{
    RecordListPage::Texts t;
    t.add = HardshipPage::tr("&Add Case…");
    t.addTip = HardshipPage::tr("Record hardship help for a member's family (送温暖/帮扶)");
    t.edit = HardshipPage::tr("&Edit Case…");
    t.editTip = HardshipPage::tr("Edit the selected hardship case");
    t.remove = HardshipPage::tr("&Delete Case");
    t.removeTip = HardshipPage::tr("Delete the selected hardship case");
    t.importTip = HardshipPage::tr("Add hardship cases from an Excel workbook or a CSV file");
    t.exportTip = HardshipPage::tr("Save all hardship cases as a CSV file");
    t.importTitle = HardshipPage::tr("Import Hardship Cases");
    t.exportTitle = HardshipPage::tr("Export Hardship Cases");
    t.exportName = HardshipPage::tr("hardship-cases");
    t.exported = HardshipPage::tr("Exported %1 hardship cases to %2");
    t.cannotShow = HardshipPage::tr("Cannot show the hardship cases");
    t.cannotEdit = HardshipPage::tr("Cannot edit the hardship case");
    t.missing = HardshipPage::tr("The hardship case no longer exists.");
    t.search = HardshipPage::tr("Search name or staff number");
    t.empty = HardshipPage::tr("No hardship case in this year. Record the help given to a family in difficulty: the "
                               "cause, the household, the amount and who funds it.");
    t.noMatch = HardshipPage::tr("No hardship case matches “%1”.");
    t.count = [](int n) { return HardshipPage::tr("%n case(s)", nullptr, n); };
    t.folderKey = QStringLiteral("care");
    return t;
}

RecordFlow<HardshipList>::Texts hardshipFlow()
{
    const auto who = [](const HardshipCase& h) { return h.name.isEmpty() ? h.staffNo : h.name; };
    return {[who](const HardshipCase& h) { return HardshipPage::tr("Add hardship case of %1").arg(who(h)); },
            [who](const HardshipCase& h) { return HardshipPage::tr("Edit hardship case of %1").arg(who(h)); },
            [who](const HardshipCase& h) { return HardshipPage::tr("Delete hardship case of %1").arg(who(h)); },
            HardshipPage::tr("Cannot add the hardship case"),
            HardshipPage::tr("Cannot save the hardship case"),
            HardshipPage::tr("Cannot delete the hardship case"),
            HardshipPage::tr("Delete hardship case"),
            [who](const HardshipCase& h) {
                return HardshipPage::tr("Delete the hardship case of %1 of %2?")
                           .arg(who(h), h.given.toString(Qt::ISODate)) +
                       QStringLiteral("\n\n") + HardshipPage::tr("You can bring it back with Edit › Undo.");
            }};
}

} // namespace

HardshipPage::HardshipPage(ShellContext& shell, QWidget* parent)
    : RecordPage(shell, tr("Hardship help"), careIcon(), hardshipTexts(), hardshipFlow(), parent),
      m_warn(new QCheckBox(tr("Ask before a second case of a member in the same year"), this))
{
    setObjectName(QStringLiteral("hardshipPage"));
    m_warn->setObjectName(QStringLiteral("hardshipOncePerYear"));
    m_warn->setToolTip(tr("Help is normally given once a year per family; the setting is shared by everyone who "
                          "uses this database"));
    auto* bar = new QWidget(this);
    auto* layout = new QHBoxLayout(bar);
    layout->setContentsMargins(24, 0, 24, 0);
    layout->addWidget(m_warn);
    layout->addStretch(1);
    setFilterBar(bar);
    connect(m_warn, &QCheckBox::toggled, this, [this](bool on) {
        if (!m_db || m_db->isReadOnly())
            return;
        try {
            core::DatabaseSettings(*m_db).change(core::settings::HardshipOncePerYear,
                                                 on ? QStringLiteral("1") : QStringLiteral("0"));
        } catch (const core::Error& e) {
            m_shell.warn(tr("Cannot change the setting"), e.message());
        }
    });
    QHeaderView* columns = m_view->horizontalHeader();
    columns->resizeSection(core::HardshipModel::Date, 100);
    columns->resizeSection(core::HardshipModel::Unit, 180);
}

void HardshipPage::setDatabase(core::Database* db)
{
    RecordListPage::setDatabase(db);
    const QSignalBlocker block(m_warn);
    m_warn->setEnabled(db && !db->isReadOnly());
    m_warn->setChecked(db && core::DatabaseSettings(*db).isOn(core::settings::HardshipOncePerYear));
}

void HardshipPage::setYear(int year)
{
    model()->setYear(year);
    updateCount();
}

HardshipCase HardshipPage::newRecord() const
{
    HardshipCase h;
    const QDate today = QDate::currentDate();
    h.given = model()->year() == 0 || model()->year() == today.year() ? today : QDate(model()->year(), 1, 1);
    return h;
}

bool HardshipPage::confirmRepeat(const HardshipCase& hardship)
{
    if (!m_db)
        return false;
    const QString warning = core::HardshipRepository(*m_db).repeatWarning(hardship);
    return warning.isEmpty() ||
           m_shell.ask(tr("A second case in the year"), warning + QStringLiteral("\n\n") + tr("Record it anyway?"));
}

qint64 HardshipPage::addCase(const HardshipCase& hardship)
{
    return confirmRepeat(hardship) ? addRecord(hardship) : 0;
}

bool HardshipPage::editCase(const HardshipCase& hardship)
{
    return confirmRepeat(hardship) && editRecord(hardship);
}

void HardshipPage::runAddDialog()
{
    HardshipDialog dialog(*m_db, newRecord(), this);
    // Not confirmed: back to the dialog, with what the clerk typed.
    while (dialog.exec() == QDialog::Accepted)
        if (confirmRepeat(dialog.record())) {
            addRecord(dialog.record());
            return;
        }
}

bool HardshipPage::runEditDialog(qint64 id)
{
    const auto hardship = HardshipList(*m_db).byId(id);
    if (!hardship)
        return false;
    HardshipDialog dialog(*m_db, *hardship, this);
    while (dialog.exec() == QDialog::Accepted)
        if (confirmRepeat(dialog.record())) {
            editRecord(dialog.record());
            break;
        }
    return true;
}

core::Report HardshipPage::listReport() const
{
    return HardshipList(*m_db).HardshipRepository::listReport(model()->year());
}

// ---- kinds

namespace {

RecordListPage::Texts kindTexts()
{
    RecordListPage::Texts t;
    t.add = CareKindsPage::tr("&Add Kind…");
    t.addTip = CareKindsPage::tr("Add a kind of care visit to the year's table");
    t.edit = CareKindsPage::tr("&Edit Kind…");
    t.editTip = CareKindsPage::tr("Edit the selected kind");
    t.remove = CareKindsPage::tr("&Delete Kind");
    t.removeTip = CareKindsPage::tr("Delete the selected kind");
    t.importTip = CareKindsPage::tr("Add care kinds from an Excel workbook or a CSV file");
    t.exportTip = CareKindsPage::tr("Save the care kinds of every year as a CSV file");
    t.importTitle = CareKindsPage::tr("Import Care Kinds");
    t.exportTitle = CareKindsPage::tr("Export Care Kinds");
    t.exportName = CareKindsPage::tr("care-kinds");
    t.exported = CareKindsPage::tr("Exported %1 care kinds to %2");
    t.cannotShow = CareKindsPage::tr("Cannot show the care kinds");
    t.cannotEdit = CareKindsPage::tr("Cannot edit the care kind");
    t.missing = CareKindsPage::tr("The care kind no longer exists.");
    t.search = CareKindsPage::tr("Search kind or key");
    t.empty = CareKindsPage::tr("The year has no care kinds yet. Copy the previous year's table, or add the standard "
                                "kinds, then change the amounts to this year's.");
    t.noMatch = CareKindsPage::tr("No kind matches “%1”.");
    t.count = [](int n) { return CareKindsPage::tr("%n kind(s)", nullptr, n); };
    t.folderKey = QStringLiteral("care");
    return t;
}

RecordFlow<CareKindList>::Texts kindFlow()
{
    return {[](const CareKind& k) { return CareKindsPage::tr("Add care kind %1").arg(k.name); },
            [](const CareKind& k) { return CareKindsPage::tr("Edit care kind %1").arg(k.name); },
            [](const CareKind& k) { return CareKindsPage::tr("Delete care kind %1").arg(k.name); },
            CareKindsPage::tr("Cannot add the care kind"),
            CareKindsPage::tr("Cannot save the care kind"),
            CareKindsPage::tr("Cannot delete the care kind"),
            CareKindsPage::tr("Delete care kind"),
            [](const CareKind& k) {
                return CareKindsPage::tr("Delete the care kind %1 of %2?").arg(k.name).arg(k.year) +
                       QStringLiteral("\n\n") + CareKindsPage::tr("You can bring it back with Edit › Undo.");
            }};
}

/// Kinds added together (copied from the year before, or the standard ones): undo removes them, redo puts them back
/// under their ids.
class AddKindsCommand : public RecordCommand {
public:
    AddKindsCommand(ShellContext& shell, QList<qint64> ids, const QString& text, RecordChangedCallback changed)
        : RecordCommand(shell, std::move(changed)), m_ids(std::move(ids))
    {
        setText(text);
    }

protected:
    void apply() override { core::CareKindRepository(database()).restoreAll(m_kinds); }
    void revert() override
    {
        core::CareKindRepository repo(database());
        m_kinds.clear();
        for (qint64 id : m_ids)
            m_kinds << repo.require(id);
        repo.removeAll(m_ids);
    }
    qint64 recordId() const override { return m_ids.value(0); }

private:
    QList<qint64> m_ids;
    QList<CareKind> m_kinds;
};

} // namespace

CareKindsPage::CareKindsPage(ShellContext& shell, QWidget* parent)
    : RecordPage(shell, tr("Care kinds"), careIcon(), kindTexts(), kindFlow(), parent),
      m_copy(new QAction(tr("&Copy from Previous Year"), this)), m_defaults(new QAction(tr("&Standard Kinds"), this))
{
    setObjectName(QStringLiteral("careKindsPage"));
    m_copy->setObjectName(QStringLiteral("copyCareKinds"));
    m_copy->setToolTip(tr("Copy the kinds of the year before that this year lacks"));
    m_defaults->setObjectName(QStringLiteral("standardCareKinds"));
    m_defaults->setToolTip(tr("Add the standard kinds (婚嫁, 生育, 住院, 去世, 退休 …) that this year lacks"));
    insertButton(4, m_copy);
    insertButton(5, m_defaults);
    connect(m_copy, &QAction::triggered, this, &CareKindsPage::copyPreviousYear);
    connect(m_defaults, &QAction::triggered, this, &CareKindsPage::addStandardKinds);
    QHeaderView* columns = m_view->horizontalHeader();
    columns->resizeSection(core::CareKindsModel::Name, 180);
}

void CareKindsPage::setYear(int year)
{
    model()->setYear(year);
    updateCount();
}

CareKind CareKindsPage::newRecord() const
{
    CareKind k;
    k.year = year();
    for (const CareKind& other : model()->records())
        k.sortOrder = qMax(k.sortOrder, other.sortOrder + 1);
    return k;
}

core::Report CareKindsPage::listReport() const
{
    core::Report report = CareKindList(*m_db).listReport();
    // The year shown only.
    const QString year = QString::number(this->year());
    QList<core::Report::Row> rows;
    for (const core::Report::Row& row : std::as_const(report.rows))
        if (row.cells.value(0) == year)
            rows << row;
    report.rows = rows;
    report.subtitle = tr("Year %1").arg(year);
    return report;
}

bool CareKindsPage::addKinds(const QString& step, const std::function<QList<qint64>(core::CareKindRepository&)>& add)
{
    if (!writable())
        return false;
    QList<qint64> ids;
    try {
        core::CareKindRepository repo(*m_db);
        ids = add(repo);
    } catch (const core::Error& e) {
        m_shell.warn(tr("Cannot add the care kinds"), e.message());
        return false;
    }
    if (ids.isEmpty()) {
        m_shell.showStatusMessage(tr("The %1 table already has every kind.").arg(year()));
        return true;
    }
    m_shell.undoStack()->push(new AddKindsCommand(m_shell, ids, step, [this](qint64 id) { recordChanged(id); }));
    return true;
}

bool CareKindsPage::copyPreviousYear()
{
    const int to = year();
    return addKinds(tr("Copy the %1 care kinds to %2").arg(to - 1).arg(to),
                    [to](core::CareKindRepository& repo) { return repo.copyYear(to - 1, to); });
}

bool CareKindsPage::addStandardKinds()
{
    const int to = year();
    return addKinds(tr("Add the standard care kinds to %1").arg(to),
                    [to](core::CareKindRepository& repo) { return repo.addDefaults(to); });
}

// ---- visits

namespace {

RecordListPage::Texts visitTexts()
{
    RecordListPage::Texts t;
    t.add = CareVisitsPage::tr("&Add Visit…");
    t.addTip = CareVisitsPage::tr("Record a care visit (慰问)");
    t.edit = CareVisitsPage::tr("&Edit Visit…");
    t.editTip = CareVisitsPage::tr("Edit the selected visit");
    t.remove = CareVisitsPage::tr("&Delete Visit");
    t.removeTip = CareVisitsPage::tr("Delete the selected visit");
    t.importTip = CareVisitsPage::tr("Add care visits from an Excel workbook or a CSV file");
    t.exportTip = CareVisitsPage::tr("Save the visits shown as a CSV file");
    t.importTitle = CareVisitsPage::tr("Import Care Visits");
    t.exportTitle = CareVisitsPage::tr("Export Care Visits");
    t.exportName = CareVisitsPage::tr("care-visits");
    t.exported = CareVisitsPage::tr("Exported %1 care visits to %2");
    t.cannotShow = CareVisitsPage::tr("Cannot show the care visits");
    t.cannotEdit = CareVisitsPage::tr("Cannot edit the care visit");
    t.missing = CareVisitsPage::tr("The care visit no longer exists.");
    t.search = CareVisitsPage::tr("Search name, staff number or reason");
    t.empty = CareVisitsPage::tr("No care visit in this year yet. The year's kinds (on the Care Kinds tab) say the "
                                 "amounts and how often a member may have one.");
    t.noMatch = CareVisitsPage::tr("No visit matches “%1”.");
    t.count = [](int n) { return CareVisitsPage::tr("%n visit(s)", nullptr, n); };
    t.folderKey = QStringLiteral("care");
    return t;
}

RecordFlow<CareVisitList>::Texts visitFlow()
{
    return {[](const CareVisit& v) { return CareVisitsPage::tr("Add care visit to %1").arg(v.name); },
            [](const CareVisit& v) { return CareVisitsPage::tr("Edit care visit to %1").arg(v.name); },
            [](const CareVisit& v) { return CareVisitsPage::tr("Delete care visit to %1").arg(v.name); },
            CareVisitsPage::tr("Cannot add the care visit"),
            CareVisitsPage::tr("Cannot save the care visit"),
            CareVisitsPage::tr("Cannot delete the care visit"),
            CareVisitsPage::tr("Delete care visit"),
            [](const CareVisit& v) {
                return CareVisitsPage::tr("Delete the visit to %1 (%2, %3)?")
                           .arg(v.name, v.kindName, v.visited.toString(Qt::ISODate)) +
                       QStringLiteral("\n\n") + CareVisitsPage::tr("You can bring it back with Edit › Undo.");
            }};
}

} // namespace

CareVisitsPage::CareVisitsPage(ShellContext& shell, QWidget* parent)
    : RecordPage(shell, tr("Care visits"), careIcon(), visitTexts(), visitFlow(), parent), m_kind(new QComboBox(this)),
      m_unit(new QComboBox(this))
{
    setObjectName(QStringLiteral("careVisitsPage"));
    m_kind->setObjectName(QStringLiteral("kindFilter"));
    m_unit->setObjectName(QStringLiteral("unitFilter"));
    m_unit->setMinimumContentsLength(16);
    auto* bar = new QWidget(this);
    auto* layout = new QHBoxLayout(bar);
    layout->setContentsMargins(24, 0, 24, 0);
    auto* kindLabel = new QLabel(tr("&Kind:"), bar);
    kindLabel->setBuddy(m_kind);
    auto* unitLabel = new QLabel(tr("S&ub-union:"), bar);
    unitLabel->setBuddy(m_unit);
    layout->addWidget(kindLabel);
    layout->addWidget(m_kind);
    layout->addSpacing(16);
    layout->addWidget(unitLabel);
    layout->addWidget(m_unit);
    layout->addStretch(1);
    setFilterBar(bar);
    connect(m_kind, &QComboBox::activated, this, &CareVisitsPage::applyFilter);
    connect(m_unit, &QComboBox::activated, this, &CareVisitsPage::applyFilter);
    QHeaderView* columns = m_view->horizontalHeader();
    columns->resizeSection(core::CareVisitsModel::Date, 100);
    columns->resizeSection(core::CareVisitsModel::Unit, 180);
    columns->resizeSection(core::CareVisitsModel::Kind, 150);
}

void CareVisitsPage::setDatabase(core::Database* db)
{
    m_db = db;
    reloadFilters();
    RecordListPage::setDatabase(db);
}

void CareVisitsPage::setYear(int year)
{
    m_year = year;
    reloadFilters();
    applyFilter();
}

void CareVisitsPage::reloadFilters()
{
    const QVariant kind = m_kind->currentData();
    const QVariant unit = m_unit->currentData();
    const QSignalBlocker blockKind(m_kind);
    const QSignalBlocker blockUnit(m_unit);
    m_kind->clear();
    m_unit->clear();
    m_kind->addItem(tr("All kinds"), QString());
    m_unit->addItem(tr("All sub-unions"));
    if (m_db) {
        for (const CareKind& k : core::CareKindRepository(*m_db).ofYear(m_year))
            m_kind->addItem(k.name, k.key);
        for (const auto& [name, id] : unitChoices(*m_db))
            m_unit->addItem(name, id);
    }
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(kind)));
    m_unit->setCurrentIndex(unit.isValid() ? qMax(0, m_unit->findData(unit)) : 0);
}

void CareVisitsPage::applyFilter()
{
    core::CareFilter f;
    f.year = m_year;
    f.kindKey = m_kind->currentData().toString();
    if (const QVariant unit = m_unit->currentData(); unit.isValid())
        f.unitId = unit.toLongLong();
    model()->setFilter(f);
    updateCount();
}

CareVisit CareVisitsPage::newRecord() const
{
    CareVisit v;
    const QDate today = QDate::currentDate();
    v.visited = m_year == 0 || m_year == today.year() ? today : QDate(m_year, 1, 1);
    if (m_db)
        if (const auto kind =
                core::CareKindRepository(*m_db).byYearKey(v.visited.year(), m_kind->currentData().toString()))
            v.kindId = kind->id;
    return v;
}

core::Report CareVisitsPage::listReport() const
{
    return CareVisitList(*m_db).CareVisitRepository::listReport(model()->filter());
}

QList<QStringList> CareVisitsPage::csvRows() const
{
    return CareVisitList(*m_db).listRows(model()->filter(), true);
}

} // namespace ud::ui
