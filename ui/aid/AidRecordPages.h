#pragma once

#include "core/aid/AidListModels.h"
#include "ui/shell/RecordDialog.h"
#include "ui/shell/RecordPage.h"

class QAction;
class QTableWidget;

namespace ud::ui {

/// The repositories as the record pages use them: with the printed list of their records.
struct SchemeList : core::SchemeRepository {
    using SchemeRepository::SchemeRepository;
    core::Report listReport() const;
};
struct PeriodList : core::PeriodRepository {
    using PeriodRepository::PeriodRepository;
    core::Report listReport() const;
};
struct EnrollmentList : core::EnrollmentRepository {
    using EnrollmentRepository::EnrollmentRepository;
    core::Report listReport() const;
    /// The period's enrollment as files give it.
    QList<QStringList> csvRowsOf(qint64 periodId) const;
};

/// Adds or edits a mutual-aid scheme: its fee and how it is split, matching, shares, retirees, the waiting period,
/// the claim deadline.
class SchemeDialog : public RecordDialog<SchemeList> {
    Q_OBJECT
public:
    SchemeDialog(core::Database& db, const core::AidScheme& scheme, QWidget* parent = nullptr);
};

/// Adds or edits a period of a scheme: its key, its days and its enrollment window (the rule table is imported).
class PeriodDialog : public RecordDialog<PeriodList> {
    Q_OBJECT
public:
    PeriodDialog(core::Database& db, const core::AidPeriod& period, QWidget* parent = nullptr);
};

/// Enrolls a member in the period, or edits the enrollment.
class EnrollmentDialog : public RecordDialog<EnrollmentList> {
    Q_OBJECT
public:
    EnrollmentDialog(core::Database& db, const core::AidEnrollment& enrollment, QWidget* parent = nullptr);
};

/// The mutual-aid schemes: add, edit, delete (undoable), import, CSV and the printed list.
class SchemesPage : public RecordPage<SchemeList, core::AidSchemesModel, SchemeDialog> {
    Q_OBJECT
public:
    explicit SchemesPage(ShellContext& shell, QWidget* parent = nullptr);
};

/// The periods of the scheme selected on the schemes page: add, edit, delete (undoable).
class PeriodsPage : public RecordPage<PeriodList, core::AidPeriodsModel, PeriodDialog> {
    Q_OBJECT
public:
    explicit PeriodsPage(ShellContext& shell, QWidget* parent = nullptr);
    /// Shows the periods of scheme `schemeId` (0: none).
    void setScheme(qint64 schemeId);

protected:
    core::AidPeriod newRecord() const override;
};

/// The enrollment of the period chosen at the top of the mutual-aid page: add, edit, delete (undoable), a sub-union's
/// list imported (all or nothing, one undo step), CSV, and the signature lists printed by sub-union.
class EnrollmentPage : public RecordPage<EnrollmentList, core::AidEnrollmentsModel, EnrollmentDialog> {
    Q_OBJECT
public:
    explicit EnrollmentPage(ShellContext& shell, QWidget* parent = nullptr);
    void setPeriod(qint64 periodId);
    qint64 periodId() const { return model()->periodId(); }
    QAction* signatureListAction() const { return m_signatures; }
    /// Opens the signature lists: the period's enrollment by sub-union, previewed, printed or saved.
    void showSignatureLists();

protected:
    core::AidEnrollment newRecord() const override;
    core::ImportSummary importRecords(const QString& path, const core::ImportOptions& options) override;
    std::optional<core::ImportSummary> previewAndImport(const QString& path) override;
    QList<QStringList> csvRows() const override;
    core::Report listReport() const override;

private:
    QAction* m_signatures;
};

/// Members, shares and fees of the period's enrollment by sub-union, with the sum.
class EnrollmentTotalsView : public QWidget {
    Q_OBJECT
public:
    explicit EnrollmentTotalsView(QWidget* parent = nullptr);
    void showTotals(core::Database* db, qint64 periodId);
    QTableWidget* table() const { return m_table; }

private:
    QTableWidget* m_table;
};

} // namespace ud::ui
