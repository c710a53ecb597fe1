#include "ui/shell/ImportLogDialog.h"

#include "core/db/Database.h"
#include "core/db/ImportLog.h"
#include "core/db/ImportLogModel.h"
#include "ui/shell/ImportCommand.h"
#include "ui/shell/Module.h"
#include "ui/widgets/BusyCursor.h"
#include "ui/widgets/DialogParts.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace ud::ui {

ImportLogDialog::ImportLogDialog(ShellContext& shell, QWidget* parent)
    : QDialog(parent), m_shell(shell), m_model(new core::ImportLogModel(this)), m_view(new QTableView(this)),
      m_undo(new QPushButton(tr("&Undo This Import"), this))
{
    setObjectName(QStringLiteral("importLog"));
    setWindowTitle(tr("Import Log"));

    auto* intro = wrappedLabel(tr("Every import and every copy of a work plan to the next year, newest first. Undoing "
                                  "one removes what it added and puts back what it changed, as long as nobody has "
                                  "changed those records since."),
                               this);

    m_view->setObjectName(QStringLiteral("importLogView"));
    m_view->setModel(m_model);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    QHeaderView* columns = m_view->horizontalHeader();
    // Fixed widths for the short columns; what an import changed gets the rest (all of it in the tooltip).
    columns->resizeSection(core::ImportLogModel::Time, 125);
    columns->resizeSection(core::ImportLogModel::User, 80);
    columns->resizeSection(core::ImportLogModel::What, 140);
    columns->resizeSection(core::ImportLogModel::Source, 170);
    columns->resizeSection(core::ImportLogModel::Status, 230);

    m_undo->setObjectName(QStringLiteral("undoImport"));
    m_undo->setToolTip(tr("Remove what the selected import added and put back what it changed"));
    QDialogButtonBox* buttons = dialogButtons(this, QDialogButtonBox::Close);
    buttons->addButton(m_undo, QDialogButtonBox::ActionRole);

    QVBoxLayout* layout = dialogLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    resize(1080, 420);

    connect(m_undo, &QPushButton::clicked, this, &ImportLogDialog::undoSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ImportLogDialog::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ImportLogDialog::updateButtons);
    reload();
    // The newest import that can still be undone.
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (!m_model->batch(row).undone()) {
            m_view->selectRow(row);
            break;
        }
    }
}

void ImportLogDialog::reload()
{
    try {
        m_model->setDatabase(m_shell.database());
    } catch (const core::Error& e) {
        m_shell.warn(tr("Cannot show the import log"), e.message());
    }
}

bool ImportLogDialog::select(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    m_view->selectRow(row);
    return true;
}

qint64 ImportLogDialog::selectedBatch() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(Qt::UserRole).toLongLong();
}

void ImportLogDialog::updateButtons()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    core::Database* db = m_shell.database();
    m_undo->setEnabled(db && !db->isReadOnly() && !rows.isEmpty() &&
                       !rows.first().data(core::ImportLogModel::UndoneRole).toBool());
}

bool ImportLogDialog::undoSelected()
{
    const qint64 id = selectedBatch();
    core::Database* db = m_shell.database();
    if (!db || !id || m_model->rowOf(id) < 0)
        return false;
    const core::ImportLog::Batch batch = m_model->batch(m_model->rowOf(id));
    const QString name =
        batch.source.isEmpty()
            ? batch.title()
            : tr("%1 (%2)", "import title (file)")
                  .arg(batch.title(),
                       m_model->index(m_model->rowOf(id), core::ImportLogModel::Source).data().toString());
    if (!m_shell.ask(tr("Undo This Import"),
                     tr("Undo %1 of %2?\n\n%3\n\nWhat it added is removed and what it changed is put back. Edit › Redo "
                        "does it again.")
                         .arg(name, m_model->index(m_model->rowOf(id), core::ImportLogModel::Time).data().toString(),
                              batch.countsText())))
        return false;
    try {
        BusyCursor busy;
        core::ImportLog(*db).undo(id);
    } catch (const core::Error& e) {
        m_shell.warn(tr("Cannot undo the import"), e.message());
        return false;
    }
    // One step of the undo history like any other: Undo puts the import back.
    m_shell.undoStack()->push(
        new ImportCommand(m_shell, id, tr("Undo %1", "undo step: import").arg(name), ImportCommand::Direction::Undoes));
    reload();
    select(id);
    m_shell.showStatusMessage(tr("Undone: %1").arg(name));
    return true;
}

} // namespace ud::ui
