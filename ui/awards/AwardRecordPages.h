#pragma once

#include "core/awards/AwardModels.h"
#include "ui/shell/RecordDialog.h"
#include "ui/shell/RecordPage.h"

class QCheckBox;

namespace ud::ui {

/// The repositories as the record pages use them, with their printed lists.
struct AwardTypeList : core::AwardTypeRepository {
    using AwardTypeRepository::AwardTypeRepository;
    core::Report listReport() const;
};
struct AwardHistoryList : core::AwardHistoryRepository {
    using AwardHistoryRepository::AwardHistoryRepository;
    core::Report listReport() const { return AwardHistoryRepository::listReport(0); }
};

/// Adds or edits an award type: who it is for, the repeat exclusion, a collective's rules, the deeds' least length and
/// whether each check refuses or warns.
class AwardTypeDialog : public RecordDialog<AwardTypeList> {
    Q_OBJECT
public:
    AwardTypeDialog(core::Database& db, const core::AwardType& type, QWidget* parent = nullptr);
};

/// Adds or edits an entry of the awards history by hand (an award of an earlier year).
class AwardHistoryDialog : public RecordDialog<AwardHistoryList> {
    Q_OBJECT
public:
    AwardHistoryDialog(core::Database& db, const core::AwardHistoryEntry& entry, QWidget* parent = nullptr);
};

/// The Award types tab: the award types and their rules (a setting of the database); add, edit, delete (a type no round
/// or history uses), the plan's types added; each one undo step.
class AwardTypesPage : public RecordPage<AwardTypeList, core::AwardTypesModel, AwardTypeDialog> {
    Q_OBJECT
public:
    explicit AwardTypesPage(ShellContext& shell, QWidget* parent = nullptr);
    QAction* defaultsAction() const { return m_defaults; }
    /// Adds the plan's types the database lacks (one undo step); false when refused.
    bool addPlanTypes();

protected:
    core::AwardType newRecord() const override;

private:
    QAction* m_defaults;
};

/// The History tab: every award given, from the rounds' final lists and imported from earlier years' lists (the
/// repeat rule reads them), of the year chosen at the top or of every year; entries of earlier years added, edited
/// or deleted by hand (those of a round's final list change only by unlocking it); an import of earlier years' lists
/// with its preview. Each change one undo step.
class AwardHistoryPage : public RecordPage<AwardHistoryList, core::AwardHistoryModel, AwardHistoryDialog> {
    Q_OBJECT
public:
    explicit AwardHistoryPage(ShellContext& shell, QWidget* parent = nullptr);
    void setYear(int year);
    QCheckBox* allYearsCheck() const { return m_allYears; }

protected:
    core::AwardHistoryEntry newRecord() const override;
    bool runEditDialog(qint64 id) override;
    bool removeRecord(qint64 id, bool confirm) override;
    core::ImportSummary importRecords(const QString& path, const core::ImportOptions& options) override;
    std::optional<core::ImportSummary> previewAndImport(const QString& path) override;
    core::Report listReport() const override;
    QList<QStringList> csvRows() const override;
    QStringList csvHeader() const override { return core::AwardHistoryRepository::listKeys(); }

private:
    /// The refusal of a change by hand to an entry of a round's final list; empty for another entry.
    QString roundEntryProblem(qint64 id) const;
    void applyYear();

    int m_year = 0;
    QCheckBox* m_allYears;
};

} // namespace ud::ui
