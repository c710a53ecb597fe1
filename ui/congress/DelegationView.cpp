#include "ui/congress/DelegationView.h"

#include "core/congress/CongressImport.h"
#include "core/io/TableFile.h"
#include "ui/shell/ImportCommand.h"
#include "ui/widgets/Folders.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QUndoStack>

#include "core/congress/CongressRepositories.h"
#include "core/db/Database.h"
#include "core/members/MemberRepository.h"
#include "ui/shell/Module.h"
#include "ui/shell/RecordCommand.h"
#include "ui/widgets/DialogParts.h"

#include <QDateEdit>
#include <QDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace ud::ui {

using core::Representative;
using core::RepresentativeRepository;

namespace {

/// A replacement: undo removes the new representative and gives the old one back the rest of the term.
class ReplaceCommand : public RecordCommand {
public:
    ReplaceCommand(ShellContext& shell, Representative before, Representative old, Representative added,
                   const QString& text, RecordChangedCallback changed)
        : RecordCommand(shell, std::move(changed)), m_before(std::move(before)), m_old(std::move(old)),
          m_added(std::move(added))
    {
        setText(text);
    }

protected:
    void apply() override
    {
        core::Transaction tx(database());
        RepresentativeRepository repo(database());
        repo.update(m_old);
        repo.add(m_added); // under its old id
        tx.commit();
    }
    void revert() override
    {
        core::Transaction tx(database());
        RepresentativeRepository repo(database());
        repo.remove(m_added.id);
        repo.update(m_before);
        tx.commit();
    }
    qint64 recordId() const override { return m_added.id; }

private:
    Representative m_before, m_old, m_added;
};

} // namespace

DelegationView::DelegationView(ShellContext& shell, QWidget* parent)
    : QWidget(parent), m_shell(shell), m_tree(new QTreeWidget(this)), m_replace(new QPushButton(this)),
      m_import(new QPushButton(this))
{
    setObjectName(QStringLiteral("delegationView"));
    m_tree->setHeaderLabels(
        {tr("Delegation / representative"), tr("Staff number"), tr("From"), tr("Until"), tr("Note")});
    m_tree->header()->resizeSection(0, 260);
    m_tree->setAlternatingRowColors(true);
    m_replace->setText(tr("&Replace Representative…"));
    m_replace->setToolTip(tr("Another member takes the selected representative's seat from a day on"));
    auto* row = new QHBoxLayout;
    auto* title = new QLabel(tr("Delegations and representatives of the term"), this);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    row->addWidget(title);
    row->addStretch(1);
    m_import->setText(tr("&Import Representatives…"));
    m_import->setObjectName(QStringLiteral("importRepresentatives"));
    m_import->setToolTip(
        tr("Add the term's representatives from an Excel workbook or a CSV file with the columns 工号, "
           "姓名 and 代表团 (团长: 是 marks a delegation's head)"));
    row->addWidget(m_import);
    row->addWidget(m_replace);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 0, 24, 12);
    layout->addLayout(row);
    layout->addWidget(m_tree, 1);
    connect(m_replace, &QPushButton::clicked, this, [this] {
        if (const qint64 id = currentRepId())
            replaceRepresentative(id);
    });
    connect(m_tree, &QTreeWidget::itemSelectionChanged, this,
            [this] { m_replace->setEnabled(m_db && !m_db->isReadOnly() && currentRepId()); });
    m_replace->setEnabled(false);
    m_import->setEnabled(false);
    connect(m_import, &QPushButton::clicked, this, [this] { importRepresentatives(); });
}

void DelegationView::setDatabase(core::Database* db)
{
    m_db = db;
    m_term = 0;
    reload();
}

void DelegationView::setSession(qint64 sessionId)
{
    m_term = 0;
    m_sessionId = sessionId;
    if (m_db)
        if (const auto s = core::SessionRepository(*m_db).byId(sessionId))
            m_term = s->term;
    m_import->setEnabled(m_db && !m_db->isReadOnly() && m_term);
    reload();
}

qint64 DelegationView::currentRepId() const
{
    const QTreeWidgetItem* item = m_tree->currentItem();
    return item && item->parent() ? item->data(0, Qt::UserRole).toLongLong() : 0;
}

void DelegationView::reload()
{
    const qint64 current = currentRepId();
    m_tree->clear();
    if (!m_db || !m_term)
        return;
    const QList<core::Delegation> delegations = core::DelegationRepository(*m_db).ofTerm(m_term);
    const QList<Representative> reps = RepresentativeRepository(*m_db).ofTerm(m_term);
    QHash<qint64, QString> labels;
    for (const Representative& r : reps)
        labels.insert(r.id, r.label());
    for (const core::Delegation& d : delegations) {
        auto* top = new QTreeWidgetItem(m_tree);
        int count = 0;
        for (const Representative& r : reps) {
            if (r.delegationId != d.id)
                continue;
            auto* item = new QTreeWidgetItem(top);
            const bool head = d.headMemberId && *d.headMemberId == r.memberId;
            item->setText(0, head ? tr("%1 (head)").arg(r.name) : r.name);
            item->setText(1, r.staffNo);
            item->setText(2, r.started.toString(Qt::ISODate));
            item->setText(3, r.ended.toString(Qt::ISODate));
            QString note = r.note;
            if (r.replacesId)
                note = tr("replaces %1").arg(labels.value(*r.replacesId)) +
                       (note.isEmpty() ? QString() : QStringLiteral("; ") + note);
            item->setText(4, note);
            item->setData(0, Qt::UserRole, r.id);
            if (r.ended.isValid())
                item->setForeground(0, QBrush(Qt::gray));
            else
                ++count;
            if (r.id == current)
                m_tree->setCurrentItem(item);
        }
        top->setText(0, tr("%1 · %n representative(s)", nullptr, count).arg(d.name));
        top->setExpanded(true);
    }
}

bool DelegationView::replaceRepresentative(qint64 repId, const QString& givenStaffNo, const QDate& givenDay)
{
    if (!m_db)
        return false;
    QString staffNo = givenStaffNo;
    QDate day = givenDay;
    if (staffNo.isEmpty()) {
        QDialog dialog(this);
        dialog.setWindowTitle(tr("Replace representative"));
        auto* number = new QLineEdit(&dialog);
        auto* from = new QDateEdit(QDate::currentDate(), &dialog);
        from->setCalendarPopup(true);
        from->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        QVBoxLayout* layout = dialogLayout(&dialog);
        auto* form = new QFormLayout;
        form->addRow(tr("New representative's &staff number:"), number);
        form->addRow(tr("&From:"), from);
        layout->addLayout(form);
        layout->addWidget(dialogButtons(&dialog));
        if (dialog.exec() != QDialog::Accepted)
            return false;
        staffNo = number->text().trimmed();
        day = from->date();
    }
    Representative before, old, added;
    try {
        core::Transaction tx(*m_db);
        RepresentativeRepository repo(*m_db);
        before = repo.require(repId);
        const auto member = core::MemberRepository(*m_db).byStaffNo(staffNo);
        if (!member)
            throw core::ValidationError(tr("No member has the staff number %1.").arg(staffNo));
        const qint64 id = repo.replace(repId, member->id, day);
        old = repo.require(repId);
        added = repo.require(id);
        tx.commit();
    } catch (const core::Error& e) {
        m_shell.warn(tr("Cannot replace the representative"), e.message());
        return false;
    }
    m_shell.undoStack()->push(new ReplaceCommand(
        m_shell, before, old, added, tr("Replace representative %1 by %2").arg(before.label(), added.label()),
        [self = QPointer<DelegationView>(this)](qint64) {
            if (!self)
                return;
            self->m_shell.notifyDataChanged(core::tables::Representatives);
            self->reload();
        }));
    return true;
}

bool DelegationView::importRepresentatives(const QString& given)
{
    if (!m_db || !m_sessionId)
        return false;
    QString path = given;
    if (path.isEmpty()) {
        path = QFileDialog::getOpenFileName(this, tr("Import Representatives"), lastFolder(QStringLiteral("congress")),
                                            tr("Excel workbooks or CSV files (*.xlsx *.csv)"));
        if (path.isEmpty())
            return false;
        rememberFolder(QStringLiteral("congress"), path);
    }
    core::CongressImportResult result;
    try {
        const auto session = core::SessionRepository(*m_db).require(m_sessionId);
        result = core::importRepresentatives(*m_db, path, session.key);
    } catch (const core::Error& e) {
        m_shell.warn(tr("Cannot import the representatives"), e.message());
        return false;
    }
    if (!result.errors.isEmpty()) {
        m_shell.warn(tr("Nothing was imported"),
                     core::TableFile::cappedMessages(result.errors, 20).join(QLatin1Char('\n')));
        return false;
    }
    if (result.batch)
        m_shell.undoStack()->push(new ImportCommand(
            m_shell, result.batch, tr("Import representatives from %1").arg(QFileInfo(path).fileName())));
    m_shell.showStatusMessage(tr("Representatives imported: %1").arg(core::congressImportSummary(result)));
    reload();
    return true;
}

} // namespace ud::ui
