#include "ui/members/BatchChange.h"

#include "core/io/DateText.h"
#include "core/units/SubUnitRepository.h"
#include "ui/widgets/DialogParts.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace ud::ui {

BatchChangeDialog::BatchChangeDialog(core::Database& db, int memberCount, QWidget* parent)
    : QDialog(parent), m_tabs(new QTabWidget(this)), m_eventKind(new QComboBox(this)),
      m_eventDate(new QLineEdit(core::isoDateText(QDate::currentDate()), this)), m_eventUnit(new QComboBox(this)),
      m_eventNote(new QLineEdit(this)), m_column(new QComboBox(this)), m_value(new QLineEdit(this))
{
    setWindowTitle(tr("Change %n Selected Member(s)", nullptr, memberCount));
    setMinimumWidth(460);

    using EventKind = core::MemberEvent::Kind;
    for (EventKind k :
         {EventKind::Transferred, EventKind::Retired, EventKind::Left, EventKind::Deceased, EventKind::Rejoined})
        m_eventKind->addItem(core::MemberEvent::kindLabel(k), int(k));
    m_eventUnit->addItem(tr("(unchanged)"));
    for (const core::SubUnit& u : core::SubUnitRepository(db).all())
        m_eventUnit->addItem(QStringLiteral("%1 · %2").arg(u.code, u.name), u.id);
    m_eventNote->setPlaceholderText(tr("Note, e.g. the document number"));
    auto* eventPage = new QWidget(this);
    auto* eventForm = new QFormLayout(eventPage);
    eventForm->addRow(buddyLabel(tr("&Event:"), m_eventKind), m_eventKind);
    eventForm->addRow(buddyLabel(tr("&Date:"), m_eventDate), m_eventDate);
    eventForm->addRow(buddyLabel(tr("&Sub-union:"), m_eventUnit), m_eventUnit);
    eventForm->addRow(buddyLabel(tr("&Note:"), m_eventNote), m_eventNote);
    const auto updateUnit = [this] {
        const auto kind = EventKind(m_eventKind->currentData().toInt());
        m_eventUnit->setEnabled(kind == EventKind::Transferred || kind == EventKind::Rejoined);
    };
    connect(m_eventKind, &QComboBox::currentIndexChanged, this, updateUnit);
    updateUnit();

    for (const core::MemberColumn c : core::MemberRepository::batchTextColumns())
        m_column->addItem(core::MemberColumns::title(c), int(c));
    m_value->setPlaceholderText(tr("Empty clears the field"));
    auto* fieldPage = new QWidget(this);
    auto* fieldForm = new QFormLayout(fieldPage);
    fieldForm->addRow(buddyLabel(tr("&Field:"), m_column), m_column);
    fieldForm->addRow(buddyLabel(tr("New &value:"), m_value), m_value);

    m_tabs->addTab(eventPage, tr("Record an &Event"));
    m_tabs->addTab(fieldPage, tr("Set a &Field"));

    auto* layout = dialogLayout(this, 10);
    layout->addWidget(
        wrappedLabel(tr("The change is made for all %n member(s) or, when one of them is refused, for none; "
                        "Edit › Undo takes it back as one step.",
                        nullptr, memberCount),
                     this));
    layout->addWidget(m_tabs);
    layout->addWidget(dialogButtons(this));
}

BatchChangeDialog::Kind BatchChangeDialog::kind() const
{
    return m_tabs->currentIndex() == 0 ? Kind::Event : Kind::Field;
}

core::MemberEvent BatchChangeDialog::event() const
{
    core::MemberEvent e;
    e.kind = core::MemberEvent::Kind(m_eventKind->currentData().toInt());
    e.date = core::parseDateText(m_eventDate->text()).value_or(QDate());
    if (m_eventUnit->isEnabled() && m_eventUnit->currentData().isValid())
        e.unitId = m_eventUnit->currentData().toLongLong();
    e.note = m_eventNote->text();
    return e;
}

core::MemberColumn BatchChangeDialog::column() const
{
    return core::MemberColumn(m_column->currentData().toInt());
}

QString BatchChangeDialog::value() const
{
    return m_value->text();
}

void BatchChangeDialog::accept()
{
    if (kind() == Kind::Event && !event().date.isValid()) {
        QMessageBox::warning(this, windowTitle(),
                             tr("The date “%1” is not a date; write it like 2024-03-08.").arg(m_eventDate->text()));
        return;
    }
    QDialog::accept();
}

BatchEventsCommand::BatchEventsCommand(ShellContext& shell, QList<core::MemberEvent> stored, const QString& text,
                                       RecordChangedCallback changed)
    : RecordCommand(shell, std::move(changed)), m_events(std::move(stored))
{
    setText(text);
}

void BatchEventsCommand::apply()
{
    core::MemberRepository(database()).addEvents(m_events);
}

void BatchEventsCommand::revert()
{
    core::MemberRepository(database()).removeEvents(m_events);
}

qint64 BatchEventsCommand::recordId() const
{
    return m_events.isEmpty() ? 0 : m_events.first().memberId;
}

BatchFieldCommand::BatchFieldCommand(ShellContext& shell, core::MemberColumn column, QHash<qint64, QString> oldValues,
                                     QString value, const QString& text, RecordChangedCallback changed)
    : RecordCommand(shell, std::move(changed)), m_column(column), m_old(std::move(oldValues)), m_value(std::move(value))
{
    setText(text);
}

void BatchFieldCommand::apply()
{
    core::MemberRepository(database()).setText(m_old.keys(), m_column, m_value);
}

void BatchFieldCommand::revert()
{
    core::MemberRepository(database()).setTexts(m_column, m_old);
}

qint64 BatchFieldCommand::recordId() const
{
    return m_old.isEmpty() ? 0 : m_old.cbegin().key();
}

} // namespace ud::ui
