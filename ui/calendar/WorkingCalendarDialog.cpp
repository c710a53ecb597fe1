#include "ui/calendar/WorkingCalendarDialog.h"

#include "core/calendar/CalendarDaysModel.h"
#include "core/calendar/CalendarRepository.h"
#include "core/calendar/NoticeParser.h"
#include "core/db/Database.h"
#include "core/db/DatabaseSettings.h"
#include "core/db/Error.h"
#include "core/io/TableFile.h"
#include "ui/shell/ImportCommand.h"
#include "ui/shell/Module.h"
#include "ui/widgets/DialogParts.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace ud::ui {

namespace {

// The date as ISO in a date editor, the kind from a list.
class DayDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        if (index.column() == core::CalendarDaysModel::Kind) {
            auto* combo = new QComboBox(parent);
            for (const core::DayKind kind : core::dayKinds().values())
                combo->addItem(core::dayKinds().label(kind), core::dayKinds().key(kind));
            return combo;
        }
        if (index.column() == core::CalendarDaysModel::Date) {
            auto* edit = new QDateEdit(parent);
            edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
            edit->setCalendarPopup(true);
            return edit;
        }
        return QStyledItemDelegate::createEditor(parent, option, index);
    }
    void setEditorData(QWidget* editor, const QModelIndex& index) const override
    {
        if (auto* combo = qobject_cast<QComboBox*>(editor))
            combo->setCurrentIndex(combo->findData(index.data(Qt::EditRole)));
        else
            QStyledItemDelegate::setEditorData(editor, index);
    }
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override
    {
        if (auto* combo = qobject_cast<QComboBox*>(editor))
            model->setData(index, combo->currentData(), Qt::EditRole);
        else
            QStyledItemDelegate::setModelData(editor, model, index);
    }
};

QString listed(const QString& heading, const QStringList& lines)
{
    QString html = QStringLiteral("<b>%1</b><br>").arg(heading.toHtmlEscaped());
    for (const QString& line : core::TableFile::cappedMessages(lines, 20))
        html += line.toHtmlEscaped() + QStringLiteral("<br>");
    return html;
}

} // namespace

WorkingCalendarDialog::WorkingCalendarDialog(ShellContext& shell, QWidget* parent)
    : QDialog(parent), m_shell(shell), m_model(new core::CalendarDaysModel(this)), m_year(new QSpinBox(this)),
      m_source(wrappedLabel(QString(), this)), m_view(new QTableView(this)),
      m_add(new QPushButton(tr("&Add Day"), this)), m_remove(new QPushButton(tr("&Remove Day"), this)),
      m_notice(new QPlainTextEdit(this)), m_read(new QPushButton(tr("Rea&d Notice"), this)),
      m_reading(wrappedLabel(QString(), this)),
      m_startCounts(new QCheckBox(tr("A period of working days (a 公示) counts its &first day as day 1 when that day "
                                     "is a working day"),
                                  this)),
      m_save(new QPushButton(tr("&Save"), this))
{
    setObjectName(QStringLiteral("workingCalendar"));
    setWindowTitle(tr("Working Calendar"));

    m_year->setObjectName(QStringLiteral("year"));
    m_year->setRange(1900, 2999);
    m_year->setMaximumWidth(110);
    m_source->setObjectName(QStringLiteral("source"));

    m_view->setObjectName(QStringLiteral("days"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new DayDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->resizeSection(core::CalendarDaysModel::Date, 110);
    m_view->horizontalHeader()->resizeSection(core::CalendarDaysModel::Weekday, 90);
    m_view->horizontalHeader()->resizeSection(core::CalendarDaysModel::Kind, 100);
    m_add->setObjectName(QStringLiteral("addDay"));
    m_remove->setObjectName(QStringLiteral("removeDay"));

    m_notice->setObjectName(QStringLiteral("notice"));
    m_notice->setPlaceholderText(
        tr("Paste the State Council's notice of the year here (国务院办公厅关于…年部分节假日"
           "安排的通知), e.g.\n二、春节：2月10日至17日放假调休，共8天。2月4日（星期日）、2月18日"
           "（星期日）上班。"));
    m_read->setObjectName(QStringLiteral("readNotice"));
    m_read->setToolTip(tr("Put the days read from the notice in the table, to check before saving"));
    m_reading->setObjectName(QStringLiteral("reading"));
    m_reading->setTextFormat(Qt::RichText);
    m_startCounts->setObjectName(QStringLiteral("startCounts"));
    m_save->setObjectName(QStringLiteral("save"));
    m_save->setToolTip(tr("Store the days in the table as the year's working calendar; Edit › Undo takes it back"));

    auto* yearRow = new QHBoxLayout;
    yearRow->addWidget(buddyLabel(tr("&Year:"), m_year));
    yearRow->addWidget(m_year);
    yearRow->addSpacing(12);
    yearRow->addWidget(m_source, 1);

    auto* rowButtons = new QHBoxLayout;
    rowButtons->addWidget(m_add);
    rowButtons->addWidget(m_remove);
    rowButtons->addStretch(1);
    auto* left = new QVBoxLayout;
    left->addWidget(m_view, 1);
    left->addLayout(rowButtons);

    auto* right = new QVBoxLayout;
    right->addWidget(buddyLabel(tr("The State Council's &notice:"), m_notice));
    right->addWidget(m_notice, 1);
    auto* readRow = new QHBoxLayout;
    readRow->addWidget(m_read);
    readRow->addStretch(1);
    right->addLayout(readRow);
    right->addWidget(m_reading);

    auto* columns = new QHBoxLayout;
    columns->setSpacing(16);
    columns->addLayout(left, 3);
    columns->addLayout(right, 2);

    QDialogButtonBox* buttons = dialogButtons(this, QDialogButtonBox::Close);
    buttons->addButton(m_save, QDialogButtonBox::ActionRole);

    QVBoxLayout* layout = dialogLayout(this);
    layout->addLayout(yearRow);
    layout->addLayout(columns, 1);
    layout->addWidget(noteLabel(tr("Only the days that differ from an ordinary Monday–Friday week matter: the days off "
                                   "and the Saturdays and Sundays worked. A Saturday or Sunday inside a holiday is "
                                   "shown dimmed. A year with no days stored uses the built-in notice (2024–2026), a "
                                   "year with neither an ordinary week."),
                                this));
    layout->addWidget(m_startCounts);
    layout->addWidget(buttons);
    resize(1000, 620);

    connect(m_year, &QSpinBox::valueChanged, this, [this](int y) {
        if (!showYear(y)) {
            const QSignalBlocker block(m_year);
            m_year->setValue(m_shownYear);
        }
    });
    connect(m_add, &QPushButton::clicked, this, &WorkingCalendarDialog::addDay);
    connect(m_remove, &QPushButton::clicked, this, &WorkingCalendarDialog::removeDay);
    connect(m_read, &QPushButton::clicked, this, &WorkingCalendarDialog::readNotice);
    connect(m_save, &QPushButton::clicked, this, &WorkingCalendarDialog::save);
    connect(m_notice, &QPlainTextEdit::textChanged, this, &WorkingCalendarDialog::updateButtons);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &WorkingCalendarDialog::updateButtons);
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] { m_changed = true; });

    core::Database* db = m_shell.database();
    try {
        if (db)
            m_startCounts->setChecked(core::DatabaseSettings(*db).isOn(core::settings::StartDayCounts));
    } catch (const core::Error& e) {
        m_shell.warn(tr("Cannot read the working calendar"), e.message());
    }
    const bool writable = db && !db->isReadOnly();
    m_view->setEditTriggers(writable ? m_view->editTriggers() : QAbstractItemView::NoEditTriggers);
    m_startCounts->setEnabled(writable);
    {
        const QSignalBlocker block(m_year);
        m_year->setValue(QDate::currentDate().year());
    }
    showYear(m_year->value());
}

int WorkingCalendarDialog::year() const
{
    return m_year->value();
}

bool WorkingCalendarDialog::showYear(int year)
{
    if (m_changed && m_shownYear != 0 &&
        !m_shell.ask(tr("Working Calendar"),
                     tr("The days of %1 were changed and not saved. Throw the changes away?").arg(m_shownYear)))
        return false;
    if (year != m_year->value()) {
        const QSignalBlocker block(m_year);
        m_year->setValue(year);
    }
    QList<core::CalendarDay> days;
    QString source;
    try {
        if (core::Database* db = m_shell.database())
            days = core::CalendarRepository(*db).ofYear(year);
    } catch (const core::Error& e) {
        m_shell.warn(tr("Cannot read the working calendar"), e.message());
    }
    if (!days.isEmpty()) {
        source = tr("The days of %1 stored in this database.").arg(year);
    } else if (days = core::builtInReading(year).days; !days.isEmpty()) {
        source = tr("The built-in days of %1, from the State Council's notice. Changed, they are saved in this "
                    "database.")
                     .arg(year);
    } else {
        source = tr("No days for %1: an ordinary Monday–Friday week. Paste the State Council's notice of the year and "
                    "read it, or add the days.")
                     .arg(year);
    }
    m_source->setText(source);
    m_model->setDays(days);
    m_shownYear = year;
    m_changed = false;
    m_readProblems.clear();
    m_reading->clear();
    updateButtons();
    return true;
}

void WorkingCalendarDialog::readNotice()
{
    const core::NoticeReading r = core::NoticeParser::parse(m_notice->toPlainText(), year());
    QString html;
    if (!r.days.isEmpty()) {
        m_model->setDays(r.days);
        m_changed = true;
        m_readProblems = r.problems;
        html += tr("Read: %1 days off, %2 Saturdays or Sundays worked. Check them in the table, then save.")
                    .arg(r.holidayCount())
                    .arg(r.workdayCount())
                    .toHtmlEscaped() +
                QStringLiteral("<br>");
    }
    if (!r.problems.isEmpty())
        html += listed(r.days.isEmpty() ? tr("Nothing was read:") : tr("Lines that could not be read:"), r.problems);
    if (!r.warnings.isEmpty())
        html += listed(tr("Notes:"), r.warnings);
    m_reading->setText(html);
    updateButtons();
}

bool WorkingCalendarDialog::save()
{
    core::Database* db = m_shell.database();
    if (!db)
        return false;
    if (!m_readProblems.isEmpty() &&
        !m_shell.ask(tr("Working Calendar"),
                     tr("The notice read has lines that could not be read:\n%1\n\nSave the days shown all the same?")
                         .arg(core::TableFile::cappedMessages(m_readProblems, 20).join(QLatin1Char('\n')))))
        return false;
    const int y = year();
    core::CalendarRepository repo(*db);
    try {
        if (const QStringList problems = repo.yearProblems(y, m_model->days()); !problems.isEmpty()) {
            m_shell.warn(tr("Cannot Save the Working Calendar"), problems.join(QLatin1Char('\n')));
            return false;
        }
        const QString what = tr("Working calendar of %1").arg(y);
        // Days shown as they were read from the database or the built-in notice are not stored again.
        const qint64 batch = m_changed ? repo.replaceYear(y, m_model->days(), what) : 0;
        if (batch != 0)
            m_shell.undoStack()->push(new ImportCommand(m_shell, batch, what));
        if (core::DatabaseSettings(*db).change(core::settings::StartDayCounts,
                                               m_startCounts->isChecked() ? QStringLiteral("1") : QStringLiteral("0")))
            m_shell.notifyDataChanged(core::tables::Settings);
        m_shell.showStatusMessage(batch != 0 ? tr("Working calendar of %1 saved.").arg(y)
                                             : tr("The working calendar of %1 was not changed.").arg(y));
    } catch (const core::Error& e) {
        m_shell.warn(tr("Cannot Save the Working Calendar"), e.message());
        return false;
    }
    m_changed = false;
    showYear(y);
    return true;
}

void WorkingCalendarDialog::reject()
{
    if (m_changed && !m_shell.ask(tr("Working Calendar"), tr("The days of %1 were changed and not saved. Throw the "
                                                             "changes away?")
                                                              .arg(m_shownYear)))
        return;
    QDialog::reject();
}

void WorkingCalendarDialog::addDay()
{
    core::CalendarDay day;
    const QList<core::CalendarDay>& days = m_model->days();
    // After the last day shown, or on the year's first day.
    day.date = days.isEmpty() ? QDate(year(), 1, 1) : days.last().date.addDays(1);
    day.kind = core::DayKind::Holiday;
    day.name = days.isEmpty() ? QString() : days.last().name;
    day.year = year();
    const int row = m_model->addDay(day);
    m_changed = true;
    m_view->selectRow(row);
    m_view->edit(m_model->index(row, core::CalendarDaysModel::Date));
    updateButtons();
}

void WorkingCalendarDialog::removeDay()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    m_model->removeDay(rows.first().row());
    m_changed = true;
    updateButtons();
}

void WorkingCalendarDialog::updateButtons()
{
    core::Database* db = m_shell.database();
    const bool writable = db && !db->isReadOnly();
    m_add->setEnabled(writable);
    m_remove->setEnabled(writable && m_view->selectionModel()->hasSelection());
    m_read->setEnabled(writable && !m_notice->toPlainText().trimmed().isEmpty());
    m_save->setEnabled(writable);
}

} // namespace ud::ui
