#pragma once

#include "core/db/Table.h"
#include "ui/awards/RoundSteps.h"
#include "ui/shell/Module.h"

#include <QIcon>
#include <QWidget>

class QComboBox;
class QLabel;
class QSpinBox;
class QTabWidget;

namespace ud::core {
class Database;
} // namespace ud::core

namespace ud::ui {

class AwardHistoryPage;
class AwardTypesPage;
class NominationsView;
class PublicityView;
class QuotasView;
class ReviewView;
class RoundsView;

/// The awards (评优): a year and one of its rounds chosen at the top, which the tabs follow; the round's nominations
/// with their checks, its review, its 公示 with the objections and the final list, its quotas; the year's rounds, the
/// award types and the awards history. Every change is one undo step.
class AwardsPage : public QWidget {
    Q_OBJECT
public:
    enum Tab { NominationsTab, ReviewTab, PublicityTab, QuotasTab, RoundsTab, TypesTab, HistoryTab };

    explicit AwardsPage(ShellContext& shell, QWidget* parent = nullptr);

    static QString moduleId() { return QStringLiteral("awards"); }
    static QString moduleTitle() { return tr("Awards"); }
    static QString moduleMenuTitle() { return tr("A&wards"); }
    static QIcon moduleIcon() { return QIcon(QStringLiteral(":/icons/awards.svg")); }

    void setDatabase(core::Database* db);
    QList<QAction*> pageActions() const;
    QWidget* searchField() const;
    void tableChanged(const core::Table& table);
    bool showsRecordsOf(const core::Table& table) const;
    bool openRecord(const core::Table& table, qint64 id);
    /// What a dashboard click asks for. Nominations (award_nominations): conditions round_id and unit_id (the list
    /// searched for the sub-union's name). A round (award_rounds): round_id opens its 公示, year the year's rounds.
    bool showFiltered(const core::PageFilter& filter);
    QList<StartStep> startSteps() const { return {}; }

    QTabWidget* tabs() const { return m_tabs; }
    QSpinBox* yearBox() const { return m_year; }
    QComboBox* roundCombo() const { return m_round; }
    QLabel* stageLabel() const { return m_stage; }
    NominationsView* nominations() const { return m_nominations; }
    ReviewView* review() const { return m_review; }
    PublicityView* publicity() const { return m_publicity; }
    QuotasView* quotas() const { return m_quotas; }
    RoundsView* rounds() const { return m_rounds; }
    AwardTypesPage* types() const { return m_types; }
    AwardHistoryPage* history() const { return m_history; }
    RoundSteps& steps() { return m_steps; }

    qint64 roundId() const;
    /// Chooses round `id` (and its year) at the top; false when there is no such round.
    bool setRound(qint64 id);
    void setYear(int year);

private:
    /// The year's rounds again, keeping the choice (else the first of the year).
    void fillRounds(qint64 keep);
    void roundChosen();
    /// After a step on round `id`: every tab reads again, the other pages hear of it.
    void roundChanged(qint64 id);
    void reloadRound();

    core::Database* m_db = nullptr;
    ShellContext& m_shell;
    RoundSteps m_steps;
    QSpinBox* m_year;
    QComboBox* m_round;
    QLabel* m_stage;
    QTabWidget* m_tabs;
    NominationsView* m_nominations;
    ReviewView* m_review;
    PublicityView* m_publicity;
    QuotasView* m_quotas;
    RoundsView* m_rounds;
    AwardTypesPage* m_types;
    AwardHistoryPage* m_history;
    bool m_filling = false;
    bool m_announcing = false; // while this page tells the others of its own change
};

} // namespace ud::ui
