#include "ui/aid/RuleTableView.h"

#include "core/aid/AidRepositories.h"
#include "core/db/Database.h"
#include "core/db/Transaction.h"
#include "ui/shell/Module.h"
#include "ui/shell/RecordCommand.h"
#include "ui/widgets/Folders.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QSaveFile>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace ud::ui {

using core::AidPeriod;
using core::AidScheme;
using core::PeriodRepository;
using core::SchemeRepository;

namespace {

QString percentText(int hundredths)
{
    return QLocale::c().toString(hundredths / 100.0, 'f', hundredths % 100 == 0 ? 0 : 2) + QStringLiteral("%");
}

/// A rule table's import: undo puts the period back as it was (or removes it when the import made it, and the scheme
/// when the import made that too); redo stores them again under their ids.
class RuleImportCommand : public RecordCommand {
public:
    RuleImportCommand(ShellContext& shell, std::optional<AidScheme> newScheme, std::optional<AidPeriod> before,
                      AidPeriod after, const QString& text, RecordChangedCallback changed)
        : RecordCommand(shell, std::move(changed)), m_newScheme(std::move(newScheme)), m_before(std::move(before)),
          m_after(std::move(after))
    {
        setText(text);
    }

protected:
    void apply() override
    {
        core::Transaction tx(database());
        if (m_newScheme)
            SchemeRepository(database()).restore(*m_newScheme);
        if (m_before)
            PeriodRepository(database()).update(m_after);
        else
            PeriodRepository(database()).restore(m_after);
        tx.commit();
    }
    void revert() override
    {
        core::Transaction tx(database());
        if (m_before)
            PeriodRepository(database()).update(*m_before);
        else
            PeriodRepository(database()).remove(m_after.id);
        if (m_newScheme)
            SchemeRepository(database()).remove(m_newScheme->id);
        tx.commit();
    }
    qint64 recordId() const override { return m_after.id; }

private:
    std::optional<AidScheme> m_newScheme;
    std::optional<AidPeriod> m_before;
    AidPeriod m_after;
};

} // namespace

RuleTableView::RuleTableView(ShellContext& shell, QWidget* parent)
    : QWidget(parent), m_shell(shell), m_title(new QLabel(this)), m_tree(new QTreeWidget(this)),
      m_import(new QPushButton(tr("&Import Rules…"), this)), m_export(new QPushButton(tr("E&xport Rules…"), this))
{
    setObjectName(QStringLiteral("ruleTableView"));
    m_tree->setObjectName(QStringLiteral("ruleTree"));
    m_tree->setHeaderLabels({tr("Rule"), tr("Value")});
    m_tree->header()->resizeSection(0, 260);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionMode(QAbstractItemView::NoSelection);
    m_import->setObjectName(QStringLiteral("importRules"));
    m_import->setIcon(QIcon(QStringLiteral(":/icons/import.svg")));
    m_import->setToolTip(tr("Store a rule table from its JSON file: the scheme and period it names are made when new, "
                            "or the period's days and rules replaced"));
    m_export->setObjectName(QStringLiteral("exportRules"));
    m_export->setIcon(QIcon(QStringLiteral(":/icons/export.svg")));
    m_export->setToolTip(tr("Save the selected period's rule table as a JSON file, to edit or to take to another "
                            "database"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    auto* row = new QHBoxLayout;
    row->addWidget(m_title, 1);
    row->addWidget(m_import);
    row->addWidget(m_export);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 0, 24, 12);
    layout->addLayout(row);
    layout->addWidget(m_tree, 1);
    connect(m_import, &QPushButton::clicked, this, [this] { importRules(); });
    connect(m_export, &QPushButton::clicked, this, [this] { exportRules(); });
    reload();
}

void RuleTableView::setDatabase(core::Database* db)
{
    m_db = db;
    if (!db)
        m_periodId = 0;
    reload();
}

void RuleTableView::setPeriod(qint64 periodId)
{
    m_periodId = periodId;
    reload();
}

void RuleTableView::reload()
{
    m_tree->clear();
    m_import->setEnabled(m_db && !m_db->isReadOnly());
    m_export->setEnabled(false);
    const auto period = m_db && m_periodId ? PeriodRepository(*m_db).byId(m_periodId) : std::nullopt;
    if (!period) {
        m_title->setText(tr("Rule table: choose a period above"));
        return;
    }
    m_title->setText(tr("Rule table of %1").arg(period->label()));
    if (period->rules.trimmed().isEmpty()) {
        new QTreeWidgetItem(m_tree, {tr("No rule table yet: import one with Import Rules…")});
        return;
    }
    core::AidRuleTable rules;
    try {
        rules = PeriodRepository(*m_db).ruleTable(*period);
    } catch (const core::Error& e) {
        new QTreeWidgetItem(m_tree, {tr("The rule table cannot be read"), e.message()});
        return;
    }
    m_export->setEnabled(true);
    const auto yuan = [](qint64 fen) { return tr("%1 yuan").arg(core::yuanText(fen)); };
    for (const core::AidPart& p : rules.parts) {
        auto* part = new QTreeWidgetItem(m_tree, {tr("Part: %1").arg(p.name), p.key});
        QFont bold = part->font(0);
        bold.setBold(true);
        part->setFont(0, bold);
        new QTreeWidgetItem(part, {tr("Deductible"), yuan(p.deductible)});
        new QTreeWidgetItem(part, {tr("Mode"), p.mode == core::BandMode::Progressive
                                                   ? tr("Progressive: each slice at its band's percent")
                                                   : tr("Whole: all above the deductible at the band reached")});
        qint64 from = p.deductible;
        for (const core::AidBand& b : p.bands) {
            const QString range =
                b.upTo ? tr("%1 to %2").arg(yuan(from), yuan(*b.upTo)) : tr("above %1").arg(yuan(from));
            new QTreeWidgetItem(part, {tr("Band %1").arg(range), percentText(b.percent)});
            if (b.upTo)
                from = *b.upTo;
        }
        new QTreeWidgetItem(part, {tr("Cap per period"), p.cap ? yuan(*p.cap) : tr("None")});
        part->setExpanded(true);
    }
    new QTreeWidgetItem(m_tree, {tr("Overall cap per member and period"), rules.cap ? yuan(*rules.cap) : tr("None")});
    new QTreeWidgetItem(
        m_tree, {tr("Rounding"), rules.rounding == core::PayoutRounding::Fen ? tr("To the fen") : tr("To the yuan")});
    if (!rules.lumpSums.isEmpty()) {
        auto* lumps = new QTreeWidgetItem(m_tree, {tr("Lump sums on first diagnosis")});
        for (const core::AidLumpSum& l : rules.lumpSums)
            new QTreeWidgetItem(lumps, {l.illness, l.once == core::LumpSumScope::Scheme
                                                       ? tr("%1, once per member").arg(yuan(l.amount))
                                                       : tr("%1, once per member and period").arg(yuan(l.amount))});
        lumps->setExpanded(true);
    }
}

qint64 RuleTableView::importRules(const QString& given)
{
    if (!m_db || m_db->isReadOnly())
        return 0;
    QString path = given;
    if (path.isEmpty()) {
        path = QFileDialog::getOpenFileName(this, tr("Import Rules"), lastFolder(QStringLiteral("aid")),
                                            tr("Rule tables (*.json);;All files (*)"));
        if (path.isEmpty())
            return 0;
        rememberFolder(QStringLiteral("aid"), path);
    }
    std::optional<AidScheme> newScheme;
    std::optional<AidPeriod> before;
    AidPeriod after;
    try {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            throw core::Error(tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        const core::AidRuleTable table = core::AidRuleTable::fromJson(file.readAll());
        core::Transaction tx(*m_db);
        SchemeRepository schemes(*m_db);
        PeriodRepository periods(*m_db);
        const auto scheme = schemes.byName(table.scheme);
        if (scheme)
            before = periods.byKey(scheme->id, table.period);
        const qint64 id = periods.importRules(table);
        after = periods.RecordRepository::require(id);
        if (!scheme)
            newScheme = schemes.require(after.schemeId);
        tx.commit();
    } catch (const core::Error& e) {
        m_shell.warn(tr("Cannot import the rule table"), e.message());
        return 0;
    }
    m_shell.undoStack()->push(
        new RuleImportCommand(m_shell, newScheme, before, after,
                              tr("Import rule table of %1 (%2)").arg(after.label(), QFileInfo(path).fileName()),
                              [self = QPointer<RuleTableView>(this)](qint64 id) {
                                  if (!self)
                                      return;
                                  self->m_shell.notifyDataChanged(core::tables::AidSchemes);
                                  self->m_shell.notifyDataChanged(core::tables::AidPeriods);
                                  emit self->rulesImported(id);
                                  self->reload();
                              }));
    m_shell.showStatusMessage(tr("Rule table of %1 imported").arg(after.label()));
    return after.id;
}

bool RuleTableView::exportRules(const QString& given)
{
    if (!m_db || !m_periodId)
        return false;
    QByteArray json;
    QString label;
    try {
        const AidPeriod period = PeriodRepository(*m_db).RecordRepository::require(m_periodId);
        json = PeriodRepository(*m_db).ruleTable(period).toJson();
        label = period.label();
    } catch (const core::Error& e) {
        m_shell.warn(tr("Cannot export the rule table"), e.message());
        return false;
    }
    QString path = given;
    if (path.isEmpty()) {
        path = QFileDialog::getSaveFileName(
            this, tr("Export Rules"), QDir(lastFolder(QStringLiteral("aid"))).filePath(label + QStringLiteral(".json")),
            tr("Rule tables (*.json)"));
        if (path.isEmpty())
            return false;
        if (QFileInfo(path).suffix().isEmpty())
            path += QStringLiteral(".json");
        rememberFolder(QStringLiteral("aid"), path);
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) < 0 || !file.commit()) {
        m_shell.warn(tr("Cannot export the rule table"),
                     tr("The file %1 cannot be written: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    m_shell.showStatusMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

} // namespace ud::ui
