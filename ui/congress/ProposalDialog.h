#pragma once

#include "core/congress/CongressRepositories.h"
#include "core/congress/ProposalRepository.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace ud::ui {

class ProposalSteps;

/// One proposal from its text to its rating: a tab for each part it goes through — the text (with the proposer and
/// the co-signers chosen from the term's representatives), the committee's decision, the handling units and their
/// deadlines, the reply, the ratings of every round, the 回头看 reviews and the change history. Each button is one
/// step through ProposalSteps (stored at once, one step of the undo history; a refusal shows the repository's
/// message); the dialog then reads the proposal again. A new proposal has only its text until it is submitted.
class ProposalDialog : public QDialog {
    Q_OBJECT
public:
    enum Tab { TextTab, DecisionTab, HandlingTab, ReplyTab, RatingTab, ReviewsTab, HistoryTab };

    /// `proposalId` 0: a new proposal of session `sessionId`.
    ProposalDialog(core::Database& db, ProposalSteps& steps, qint64 sessionId, qint64 proposalId,
                   QWidget* parent = nullptr);

    qint64 proposalId() const { return m_id; }
    void showTab(Tab tab);
    QTabWidget* tabs() const { return m_tabs; }
    /// Reads the proposal again.
    void reload();

    // The editors, for tests.
    QLineEdit* titleEdit() const { return m_title; }
    QDateEdit* submittedEdit() const { return m_submitted; }
    QListWidget* cosignerList() const { return m_cosigners; }
    QLineEdit* cosignerSearch() const { return m_cosignerSearch; }
    QComboBox* proposerCombo() const { return m_proposer; }
    QComboBox* decisionCombo() const { return m_decision; }
    QPlainTextEdit* reasonEdit() const { return m_reason; }
    QComboBox* mergeTargetCombo() const { return m_mergeTarget; }
    QComboBox* leadCombo() const { return m_lead; }
    QComboBox* resultCombo() const { return m_result; }
    QComboBox* ratingCombo() const { return m_rating; }
    QTableWidget* ratingsTable() const { return m_ratings; }
    QTableWidget* historyTable() const { return m_history; }
    QPushButton* saveTextButton() const { return m_saveText; }
    QPushButton* decideButton() const { return m_decide; }
    QPushButton* assignButton() const { return m_assign; }
    QPushButton* replyButton() const { return m_replyButton; }
    QPushButton* rateButton() const { return m_rate; }

public slots:
    void saveText();
    void recordDecision();
    void assignUnits();
    void changeDeadline();
    void storeReply();
    void storeRating();
    void addReview();

private:
    QWidget* buildText();
    QWidget* buildDecision();
    QWidget* buildHandling();
    QWidget* buildReply();
    QWidget* buildRating();
    QWidget* buildReviews();
    QWidget* buildHistory();
    void fillChoices();
    void fillText(const core::Proposal& p);
    void fillFile();
    void fillHistory();
    void filterCosigners(const QString& text);
    core::Proposal textAsProposal() const;
    void updateDecisionEditors();

    core::Database& m_db;
    ProposalSteps& m_steps;
    qint64 m_sessionId;
    qint64 m_id;
    core::CongressSession m_session;
    QList<core::Representative> m_reps;
    QList<core::Delegation> m_delegations;
    QList<core::HandlingUnit> m_units;
    std::optional<core::ProposalFile> m_file;

    QTabWidget* m_tabs;
    QLabel* m_summary;
    // text
    QLineEdit* m_number;
    QComboBox* m_kind;
    QLineEdit* m_title;
    QPlainTextEdit* m_reasons;
    QPlainTextEdit* m_measures;
    QComboBox* m_category;
    QLabel* m_proposerCategory;
    QCheckBox* m_collective;
    QComboBox* m_proposer;
    QComboBox* m_delegation;
    QLineEdit* m_cosignerSearch;
    QListWidget* m_cosigners;
    QLabel* m_cosignerCount;
    QLineEdit* m_suggestedUnit;
    QDateEdit* m_submitted;
    QPushButton* m_saveText;
    // decision
    QLabel* m_decisionNow;
    QComboBox* m_decision;
    QDateEdit* m_decisionDate;
    QPlainTextEdit* m_reason;
    QComboBox* m_mergeTarget;
    QCheckBox* m_key;
    QPushButton* m_decide;
    // handling
    QComboBox* m_lead;
    QListWidget* m_coUnits;
    QDateEdit* m_assignDate;
    QPushButton* m_assign;
    QTableWidget* m_assignments;
    QDateEdit* m_deadline;
    QPushButton* m_changeDeadline;
    // reply
    QDateEdit* m_replyDate;
    QComboBox* m_result;
    QDateEdit* m_completion;
    QPlainTextEdit* m_replyText;
    QPushButton* m_replyButton;
    QTableWidget* m_replies;
    // rating
    QComboBox* m_rater;
    QComboBox* m_rating;
    QDateEdit* m_ratedDate;
    QLineEdit* m_comment;
    QPushButton* m_rate;
    QTableWidget* m_ratings;
    // reviews
    QDateEdit* m_reviewDate;
    QComboBox* m_reviewStatus;
    QPlainTextEdit* m_findings;
    QTableWidget* m_reviews;
    // history
    QTableWidget* m_history;
};

} // namespace ud::ui
