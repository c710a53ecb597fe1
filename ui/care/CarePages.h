#pragma once

#include "core/care/CareModels.h"
#include "ui/shell/RecordDialog.h"
#include "ui/shell/RecordPage.h"

class QCheckBox;
class QComboBox;

namespace ud::ui {

/// The repositories as the record pages use them: with their printed lists (all years; the pages print the year
/// they show).
struct HardshipList : core::HardshipRepository {
    using HardshipRepository::HardshipRepository;
    core::Report listReport() const { return HardshipRepository::listReport(0); }
};
struct CareKindList : core::CareKindRepository {
    using CareKindRepository::CareKindRepository;
    core::Report listReport() const;
};
struct CareVisitList : core::CareVisitRepository {
    using CareVisitRepository::CareVisitRepository;
    core::Report listReport() const { return CareVisitRepository::listReport({}); }
};

/// The members to choose from (名字 工号 sub-union), with each one's sub-union, for the member field of a dialog:
/// the combo box is editable and finds a member by any part of the text.
struct MemberChoices {
    QList<QPair<QString, qint64>> choices;
    QHash<qint64, std::optional<qint64>> unitOf;
    static MemberChoices read(core::Database& db);
};

/// Adds or edits one hardship case.
class HardshipDialog : public RecordDialog<HardshipList> {
    Q_OBJECT
public:
    HardshipDialog(core::Database& db, const core::HardshipCase& hardship, QWidget* parent = nullptr);
};

/// Adds or edits one care kind of a year's table.
class CareKindDialog : public RecordDialog<CareKindList> {
    Q_OBJECT
public:
    CareKindDialog(core::Database& db, const core::CareKind& kind, QWidget* parent = nullptr);
};

/// Adds or edits one care visit. The kinds are those of the visit's year; choosing a kind for a new visit fills in its
/// amount, form and payer; a visit over the kind's rules shows why under its field (and asks for the reason when the
/// kind allows one).
class CareVisitDialog : public RecordDialog<CareVisitList> {
    Q_OBJECT
public:
    CareVisitDialog(core::Database& db, const core::CareVisit& visit, QWidget* parent = nullptr);

private:
    void yearChosen();
    void kindChosen();

    int m_year = 0;
};

/// The hardship cases (送温暖/帮扶) of a year: add, edit, delete (undoable), CSV and the printed list. Before a second
/// case of a member in a year is saved, the clerk is asked (while the setting is on; the check box below the buttons
/// changes it).
class HardshipPage : public RecordPage<HardshipList, core::HardshipModel, HardshipDialog> {
    Q_OBJECT
public:
    explicit HardshipPage(ShellContext& shell, QWidget* parent = nullptr);
    void setYear(int year);
    void setDatabase(core::Database* db);
    QCheckBox* warnCheck() const { return m_warn; }

    /// Stores a new case after asking about an earlier one of the member in the same year; 0 when refused or not
    /// confirmed.
    qint64 addCase(const core::HardshipCase& hardship);
    /// Stores the changed case after the same question; false when refused or not confirmed.
    bool editCase(const core::HardshipCase& hardship);

protected:
    core::HardshipCase newRecord() const override;
    void runAddDialog() override;
    bool runEditDialog(qint64 id) override;
    core::Report listReport() const override;

private:
    bool confirmRepeat(const core::HardshipCase& hardship);

    QCheckBox* m_warn;
};

/// The care kinds of a year's table: add, edit, delete (undoable), copy the previous year's, add the standard kinds.
class CareKindsPage : public RecordPage<CareKindList, core::CareKindsModel, CareKindDialog> {
    Q_OBJECT
public:
    explicit CareKindsPage(ShellContext& shell, QWidget* parent = nullptr);
    void setYear(int year);
    int year() const { return model()->year(); }
    QAction* copyAction() const { return m_copy; }
    QAction* defaultsAction() const { return m_defaults; }

    /// Copies the kinds of the year before that the year lacks (an undo step); false with the reason shown.
    bool copyPreviousYear();
    /// Adds the standard kinds the year lacks (an undo step); false with the reason shown.
    bool addStandardKinds();

protected:
    core::CareKind newRecord() const override;
    core::Report listReport() const override;

private:
    bool addKinds(const QString& step, const std::function<QList<qint64>(core::CareKindRepository&)>& add);

    QAction* m_copy;
    QAction* m_defaults;
};

/// The care visits (慰问) of a year, of one kind and one sub-union when chosen: add, edit, delete (undoable), CSV
/// and the printed list of what the filter shows.
class CareVisitsPage : public RecordPage<CareVisitList, core::CareVisitsModel, CareVisitDialog> {
    Q_OBJECT
public:
    explicit CareVisitsPage(ShellContext& shell, QWidget* parent = nullptr);
    void setYear(int year);
    void setDatabase(core::Database* db);
    QComboBox* kindFilter() const { return m_kind; }
    QComboBox* unitFilter() const { return m_unit; }
    /// Reads the kinds and sub-unions of the filters again, keeping the choices.
    void reloadFilters();

protected:
    core::CareVisit newRecord() const override;
    core::Report listReport() const override;
    QList<QStringList> csvRows() const override;

private:
    void applyFilter();

    int m_year = 0;
    QComboBox* m_kind;
    QComboBox* m_unit;
};

} // namespace ud::ui
