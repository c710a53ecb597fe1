#include "ui/history/HistoryPage.h"

#include "core/db/Database.h"
#include "core/db/Table.h"
#include "ui/shell/Module.h"
#include "ui/widgets/DataTableView.h"
#include "ui/widgets/PageHeader.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QTimer>
#include <QVBoxLayout>

namespace ud::ui {

HistoryPage::HistoryPage(ShellContext& shell, QWidget* parent)
    : ListPage(shell, moduleTitle(), moduleIcon(), parent), m_model(new core::ChangeHistoryModel(this)),
      m_table(new QComboBox(this)), m_search(new QLineEdit(this)), m_fromCheck(new QCheckBox(tr("From"), this)),
      m_from(new QDateEdit(this)), m_toCheck(new QCheckBox(tr("to"), this)), m_to(new QDateEdit(this)),
      m_refreshButton(new QPushButton(QIcon(QStringLiteral(":/icons/refresh.svg")), tr("Refresh"), this)),
      m_clearButton(new QPushButton(tr("Clear Filter"), this)), m_searchDelay(new QTimer(this)),
      m_refresh(new QAction(QIcon(QStringLiteral(":/icons/refresh.svg")), tr("&Refresh History"), this))
{
    setObjectName(QStringLiteral("historyPage"));
    m_header->setSubtitle(tr("Every addition, change and deletion, newest first"));

    m_refresh->setObjectName(QStringLiteral("refreshHistory"));
    m_refresh->setEnabled(false);
    m_refresh->setIconText(tr("Refresh"));
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_refresh->setToolTip(
        tr("Read the history again (%1)").arg(m_refresh->shortcut().toString(QKeySequence::NativeText)));

    m_table->setObjectName(QStringLiteral("historyTable"));
    m_table->setMinimumContentsLength(12);
    m_table->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_search->setObjectName(QStringLiteral("historySearch"));
    m_search->setPlaceholderText(tr("Name or staff no."));
    m_search->setToolTip(tr("Only the changes of the people and records whose name or staff number holds this text"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(QIcon(QStringLiteral(":/icons/search.svg")), QLineEdit::LeadingPosition);
    m_search->setFixedWidth(200);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(300);

    const QDate today = QDate::currentDate();
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setEnabled(false);
        edit->setMinimumWidth(edit->fontMetrics().horizontalAdvance(QStringLiteral("0000-00-00")) + 48);
    }
    m_from->setObjectName(QStringLiteral("historyFrom"));
    m_to->setObjectName(QStringLiteral("historyTo"));
    m_fromCheck->setObjectName(QStringLiteral("historyFromCheck"));
    m_toCheck->setObjectName(QStringLiteral("historyToCheck"));
    m_from->setDate(today.addDays(-30));
    m_to->setDate(today);
    m_fromCheck->setToolTip(tr("Only changes on or after this day"));
    m_toCheck->setToolTip(tr("Only changes on or before this day"));

    m_view->setObjectName(QStringLiteral("historyView"));
    m_view->setModel(m_model);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setTextElideMode(Qt::ElideRight);
    // Fixed widths: measuring contents would read every row.
    QHeaderView* columns = m_view->horizontalHeader();
    columns->resizeSection(core::ChangeHistoryModel::Time, 150);
    columns->resizeSection(core::ChangeHistoryModel::User, 100);
    columns->resizeSection(core::ChangeHistoryModel::Table, 110);
    columns->resizeSection(core::ChangeHistoryModel::Row, 230);
    columns->resizeSection(core::ChangeHistoryModel::Action, 90);

    auto* bar = new QWidget(this);
    auto* filters = new QHBoxLayout(bar);
    filters->setContentsMargins(0, 0, 0, 0);
    filters->setSpacing(8);
    auto* tableLabel = new QLabel(tr("&Table:"), this);
    tableLabel->setBuddy(m_table);
    auto* searchLabel = new QLabel(tr("&Find:"), this);
    searchLabel->setBuddy(m_search);
    filters->addWidget(tableLabel);
    filters->addWidget(m_table);
    filters->addSpacing(12);
    filters->addWidget(searchLabel);
    filters->addWidget(m_search);
    filters->addSpacing(12);
    filters->addWidget(m_fromCheck);
    filters->addWidget(m_from);
    filters->addWidget(m_toCheck);
    filters->addWidget(m_to);
    filters->addSpacing(12);
    filters->addWidget(m_clearButton);
    filters->addStretch(1);
    filters->addWidget(m_refreshButton);

    setFilterBar(bar);
    setSearchField(m_search);

    connect(m_table, &QComboBox::currentIndexChanged, this, &HistoryPage::applyFilter);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::editingFinished, this, &HistoryPage::applyFilter);
    connect(m_searchDelay, &QTimer::timeout, this, &HistoryPage::applyFilter);
    connect(m_view, &QAbstractItemView::doubleClicked, this, &HistoryPage::openCurrentRecord);
    for (const int key : {Qt::Key_Return, Qt::Key_Enter})
        new QShortcut(QKeySequence(key), m_view, this, &HistoryPage::openCurrentRecord, Qt::WidgetShortcut);
    connect(m_fromCheck, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_toCheck, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    connect(m_fromCheck, &QCheckBox::toggled, this, &HistoryPage::applyFilter);
    connect(m_toCheck, &QCheckBox::toggled, this, &HistoryPage::applyFilter);
    connect(m_from, &QDateEdit::dateChanged, this, &HistoryPage::applyFilter);
    connect(m_to, &QDateEdit::dateChanged, this, &HistoryPage::applyFilter);
    connect(m_refreshButton, &QPushButton::clicked, this, &HistoryPage::refresh);
    connect(m_clearButton, &QPushButton::clicked, this, &HistoryPage::clearFilter);
    connect(m_refresh, &QAction::triggered, this, &HistoryPage::refresh);
    connect(m_model, &QAbstractItemModel::modelReset, this, &HistoryPage::updatePlaceholder);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &HistoryPage::updatePlaceholder);

    fillTables();
    updatePlaceholder();
}

void HistoryPage::setDatabase(core::Database* db)
{
    m_db = db;
    m_refresh->setEnabled(db != nullptr);
    m_updatingControls = true;
    try {
        m_model->setDatabase(db);
        fillTables();
    } catch (const core::Error& e) {
        QMessageBox::warning(this, tr("Cannot show the change history"), e.message());
    }
    m_updatingControls = false;
    applyFilter();
    updatePlaceholder();
}

void HistoryPage::reload()
{
    if (!m_db)
        return;
    try {
        m_model->setFilter(m_model->filter());
    } catch (const core::Error& e) {
        m_shell.showStatusMessage(e.message());
    }
}

void HistoryPage::refresh()
{
    if (!m_db)
        return;
    m_updatingControls = true;
    try {
        fillTables();
        m_model->setFilter(filterFromControls());
    } catch (const core::Error& e) {
        QMessageBox::warning(this, tr("Cannot show the change history"), e.message());
    }
    m_updatingControls = false;
}

core::ChangeFilter HistoryPage::filterFromControls() const
{
    core::ChangeFilter filter;
    filter.table = m_table->currentData().toString();
    filter.search = m_search->text().trimmed();
    if (m_fromCheck->isChecked())
        filter.from = m_from->date();
    if (m_toCheck->isChecked())
        filter.to = m_to->date();
    return filter;
}

void HistoryPage::applyFilter()
{
    m_searchDelay->stop();
    if (m_updatingControls || !m_db)
        return;
    const core::ChangeFilter filter = filterFromControls();
    const core::ChangeFilter& current = m_model->filter();
    if (filter.table == current.table && filter.rowId == current.rowId && filter.from == current.from &&
        filter.to == current.to && filter.search == current.search)
        return;
    try {
        m_model->setFilter(filter);
    } catch (const core::Error& e) {
        QMessageBox::warning(this, tr("Cannot show the change history"), e.message());
    }
}

void HistoryPage::clearFilter()
{
    m_updatingControls = true;
    m_table->setCurrentIndex(0);
    m_search->clear();
    m_fromCheck->setChecked(false);
    m_toCheck->setChecked(false);
    m_updatingControls = false;
    applyFilter();
}

void HistoryPage::fillTables()
{
    const QString current = m_table->currentData().toString();
    m_table->clear();
    m_table->addItem(tr("All tables"), QString());
    if (m_db) {
        for (const QString& table : m_model->tablesInHistory())
            m_table->addItem(core::tableLabel(table), table);
    }
    m_table->setCurrentIndex(qMax(0, m_table->findData(current)));
}

void HistoryPage::updatePlaceholder()
{
    const core::ChangeFilter& f = m_model->filter();
    const bool filtered =
        m_db && (!f.table.isEmpty() || f.rowId > 0 || f.from.isValid() || f.to.isValid() || !f.search.isEmpty());
    m_clearButton->setEnabled(m_db && (filtered || !m_search->text().isEmpty()));
    showEmptyState(filtered ? 1 : 0, tr("No changes yet. Every addition, change and deletion will be listed here."),
                   tr("No changes match the filter."));
}

void HistoryPage::showEvent(QShowEvent* event)
{
    ListPage::showEvent(event);
    // Tables that got their first change since the last look appear in the filter.
    if (m_db) {
        m_updatingControls = true;
        try {
            fillTables();
        } catch (const core::Error&) {
        }
        m_updatingControls = false;
    }
}

void HistoryPage::openCurrentRecord()
{
    const QModelIndex index = m_view->currentIndex();
    if (!index.isValid())
        return;
    const qint64 id = index.data(core::ChangeHistoryModel::RowIdRole).toLongLong();
    const std::optional<core::Table> table =
        core::tableNamed(index.data(core::ChangeHistoryModel::TableRole).toString());
    if (id <= 0 || !table)
        return; // a row about no record (an export)
    if (!index.data(core::ChangeHistoryModel::RecordExistsRole).toBool()) {
        const QString name = index.siblingAtColumn(core::ChangeHistoryModel::Row).data().toString();
        m_shell.showStatusMessage(tr("%1 has been deleted; the history keeps what it held.").arg(name));
        return;
    }
    m_shell.openRecord(*table, id);
}

void HistoryPage::tableChanged(const core::Table& table)
{
    Q_UNUSED(table);
    reload();
}

} // namespace ud::ui
