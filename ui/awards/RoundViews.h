#pragma once

#include "core/awards/AwardModels.h"
#include "ui/shell/ListPage.h"

#include <QDialog>

class QAction;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSortFilterProxyModel;
class QSpinBox;

namespace ud::ui {

class RoundSteps;

/// A round's own fields: its key (suggested from the year and the award), year, award, nomination window, total quota,
/// the quota percent of each sub-union's active members on the cut-off date, the committee's weight against a public
/// vote, where objections go and a note. The round's problems are shown as the clerk types; OK stays disabled while
/// there are any. Nothing is stored here.
class RoundDialog : public QDialog {
    Q_OBJECT
public:
    /// `round` with id 0 is a new one.
    RoundDialog(core::Database& db, const core::AwardRound& round, QWidget* parent = nullptr);

    core::AwardRound round() const;
    QLineEdit* keyEdit() const { return m_key; }
    QSpinBox* yearBox() const { return m_year; }
    QComboBox* awardCombo() const { return m_award; }
    QSpinBox* totalQuotaBox() const { return m_total; }
    QDoubleSpinBox* percentBox() const { return m_percent; }
    QDateEdit* cutoffEdit() const { return m_cutoff; }
    QSpinBox* weightBox() const { return m_weight; }
    QLabel* problemsLabel() const { return m_problems; }
    QPushButton* okButton() const { return m_ok; }

public slots:
    void reject() override;

private:
    void updateProblems();
    void suggestKey();

    core::Database& m_db;
    core::AwardRound m_round;
    core::AwardRound m_unchanged;
    QString m_suggested; // the key last suggested, replaced while the clerk has not typed another
    QLineEdit* m_key;
    QSpinBox* m_year;
    QComboBox* m_award;
    QDateEdit* m_opens;
    QDateEdit* m_closes;
    QSpinBox* m_total;
    QDoubleSpinBox* m_percent;
    QDateEdit* m_cutoff;
    QSpinBox* m_weight;
    QLineEdit* m_objectionsTo;
    QPlainTextEdit* m_note;
    QLabel* m_problems;
    QPushButton* m_ok;
};

/// The Quotas tab: the sub-unions' quotas of the round chosen at the top, each from its active members on the cut-off
/// date, computed again on demand, or set by hand with the reason the change history keeps. Every change is one undo
/// step.
class QuotasView : public ListPage {
    Q_OBJECT
public:
    QuotasView(ShellContext& shell, RoundSteps& steps, QWidget* parent = nullptr);
    void setDatabase(core::Database* db);
    void setRound(qint64 roundId);
    void reload();
    core::AwardQuotasModel* model() const { return m_model; }
    QAction* computeAction() const { return m_compute; }
    QAction* adjustAction() const { return m_adjust; }
    bool selectUnit(qint64 unitId);

public slots:
    bool computeQuotas();
    /// Sets the selected sub-union's quota with the reason; asks for both when `quota` is negative.
    bool adjustQuota(int quota = -1, const QString& reason = {});

private:
    void updateActions();
    void updateCount();
    int currentRow() const;

    RoundSteps& m_steps;
    core::AwardRound m_round;
    core::AwardQuotasModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QAction* m_compute;
    QAction* m_adjust;
};

/// The Rounds tab: the rounds of the year chosen at the top with their stage and 公示; add, edit and delete (a round
/// without nominations), each one undo step.
class RoundsView : public ListPage {
    Q_OBJECT
public:
    RoundsView(ShellContext& shell, RoundSteps& steps, QWidget* parent = nullptr);
    void setDatabase(core::Database* db);
    void setYear(int year);
    void reload();
    core::AwardRoundsModel* model() const { return m_model; }
    QAction* addAction() const { return m_add; }
    QAction* editAction() const { return m_edit; }
    QAction* deleteAction() const { return m_delete; }
    qint64 currentId() const;
    bool selectRound(qint64 id);

public slots:
    /// Stores a new round (one undo step); its id, 0 when refused. Without `round`, asks for it in RoundDialog.
    qint64 addRound(const std::optional<core::AwardRound>& round = std::nullopt);
    bool editRound();
    bool deleteRound(bool confirm = true);

signals:
    /// A round was added: the page chooses it.
    void roundAdded(qint64 id);

private:
    void updateActions();
    void updateCount();

    RoundSteps& m_steps;
    core::AwardRoundsModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QAction* m_add;
    QAction* m_edit;
    QAction* m_delete;
};

} // namespace ud::ui
