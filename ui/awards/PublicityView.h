#pragma once

#include "core/awards/AwardModels.h"

#include <QWidget>

class QAction;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace ud::ui {

class DataTableView;
class NominationTable;
class RoundSteps;
class ShellContext;

/// The 公示 tab of a round: its first day and length in working days with the last day computed live on the working
/// calendar, where objections go, start and take back; the list as published, the objections with their outcome
/// (recorded and closed in dialogs: upheld withdraws the nomination); Finalize, enabled only once the 公示 has ended
/// and every objection is closed (else its reason as tooltip and below the dates); Unlock with the reason; the notice
/// and the certificates printed or saved. Every change is one undo step.
class PublicityView : public QWidget {
    Q_OBJECT
public:
    PublicityView(ShellContext& shell, RoundSteps& steps, QWidget* parent = nullptr);

    void setDatabase(core::Database* db);
    void setRound(qint64 roundId);
    qint64 roundId() const { return m_round.id; }
    void reload();
    /// The day finalize() is asked about (today; fixed in tests).
    void setToday(const QDate& day);
    QList<QAction*> pageActions() const { return m_actions; }

    QDateEdit* startEdit() const { return m_start; }
    QSpinBox* daysBox() const { return m_days; }
    QLabel* endLabel() const { return m_end; }
    QLineEdit* objectionsToEdit() const { return m_objectionsTo; }
    QLabel* statusLabel() const { return m_status; }
    NominationTable* list() const { return m_list; }
    core::ObjectionsModel* objections() const { return m_objections; }
    DataTableView* listView() const { return m_listView; }
    DataTableView* objectionsView() const { return m_objectionsView; }
    QAction* startAction() const { return m_startAction; }
    QAction* stopAction() const { return m_stopAction; }
    QAction* addObjectionAction() const { return m_addObjection; }
    QAction* closeObjectionAction() const { return m_closeObjection; }
    QAction* finalizeAction() const { return m_finalize; }
    QAction* unlockAction() const { return m_unlock; }
    QAction* noticeAction() const { return m_notice; }
    QAction* certificatesAction() const { return m_certificates; }
    QAction* wordingAction() const { return m_wording; }

public slots:
    /// Shows the last day of a 公示 from the first day and the working days as chosen.
    void updateEnd();
    bool startPublicity();
    bool stopPublicity();
    /// Records an objection to nomination `nominationId`; asks for everything when `content` is empty.
    bool addObjection(qint64 nominationId = 0, const QDate& received = {}, const QString& content = {});
    /// Closes the selected objection; asks for the outcome and the finding when `day` is not given.
    bool closeObjection(core::ObjectionOutcome outcome = core::ObjectionOutcome::Pending, const QDate& day = {},
                        const QString& handledBy = {}, const QString& finding = {});
    bool finalize();
    /// Unlocks the final list with `reason`; asks for it when empty.
    bool unlock(const QString& reason = {});
    void printNotice();
    void printCertificates();
    /// Edits the wording of the certificates (a setting of the database).
    void editWording();

private:
    QAction* action(const char* name, const QString& icon, const QString& text, const QString& iconText,
                    const QString& toolTip, const QList<QKeySequence>& shortcuts);
    void updateActions();
    qint64 currentObjection() const;

    ShellContext& m_shell;
    RoundSteps& m_steps;
    core::Database* m_db = nullptr;
    core::AwardRound m_round;
    QDate m_today;
    core::NominationsModel* m_nominations;
    NominationTable* m_list;
    core::ObjectionsModel* m_objections;
    QDateEdit* m_start;
    QSpinBox* m_days;
    QLabel* m_end;
    QLineEdit* m_objectionsTo;
    QLabel* m_status;
    DataTableView* m_listView;
    DataTableView* m_objectionsView;
    QAction* m_startAction;
    QAction* m_stopAction;
    QAction* m_addObjection;
    QAction* m_closeObjection;
    QAction* m_finalize;
    QAction* m_unlock;
    QAction* m_notice;
    QAction* m_certificates;
    QAction* m_wording;
    QList<QAction*> m_actions;
};

} // namespace ud::ui
