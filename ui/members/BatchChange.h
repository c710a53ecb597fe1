#pragma once

#include "core/members/MemberRepository.h"
#include "ui/shell/RecordCommand.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QTabWidget;

namespace ud::ui {

/// One change for the members selected on the page: an event for each (a transfer, retirement, …) or one text
/// field set to the same value (department, title, …). The page stores it, all or nothing, as one undo step.
class BatchChangeDialog : public QDialog {
    Q_OBJECT
public:
    BatchChangeDialog(core::Database& db, int memberCount, QWidget* parent = nullptr);

    enum class Kind { Event, Field };
    Kind kind() const;
    /// The event to record for every member (its member id left 0); valid when kind() is Event.
    core::MemberEvent event() const;
    core::MemberColumn column() const;
    QString value() const;

    QTabWidget* tabs() const { return m_tabs; }
    QComboBox* eventKindCombo() const { return m_eventKind; }
    QLineEdit* eventDateEdit() const { return m_eventDate; }
    QComboBox* eventUnitCombo() const { return m_eventUnit; }
    QLineEdit* eventNoteEdit() const { return m_eventNote; }
    QComboBox* columnCombo() const { return m_column; }
    QLineEdit* valueEdit() const { return m_value; }

public slots:
    void accept() override;

private:
    QTabWidget* m_tabs;
    QComboBox* m_eventKind;
    QLineEdit* m_eventDate;
    QComboBox* m_eventUnit;
    QLineEdit* m_eventNote;
    QComboBox* m_column;
    QLineEdit* m_value;
};

/// Events recorded for several members in one step; undo removes them, redo puts them back under their ids.
class BatchEventsCommand : public RecordCommand {
public:
    BatchEventsCommand(ShellContext& shell, QList<core::MemberEvent> stored, const QString& text,
                       RecordChangedCallback changed);

protected:
    void apply() override;
    void revert() override;
    qint64 recordId() const override;

private:
    QList<core::MemberEvent> m_events;
};

/// One text field set for several members in one step; undo writes each member's old value back.
class BatchFieldCommand : public RecordCommand {
public:
    BatchFieldCommand(ShellContext& shell, core::MemberColumn column, QHash<qint64, QString> oldValues, QString value,
                      const QString& text, RecordChangedCallback changed);

protected:
    void apply() override;
    void revert() override;
    qint64 recordId() const override;

private:
    core::MemberColumn m_column;
    QHash<qint64, QString> m_old;
    QString m_value;
};

} // namespace ud::ui
