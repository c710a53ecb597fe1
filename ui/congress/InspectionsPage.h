#pragma once

#include "core/congress/CongressListModels.h"
#include "ui/shell/RecordDialog.h"
#include "ui/shell/RecordPage.h"

class QTableWidget;

namespace ud::ui {

/// The inspections as the record page uses them: with their printed list.
struct InspectionList : core::InspectionRepository {
    using InspectionRepository::InspectionRepository;
    core::Report listReport() const;
};

/// Adds or edits one inspection: its date, topic, places and findings.
class InspectionDialog : public RecordDialog<InspectionList> {
    Q_OBJECT
public:
    InspectionDialog(core::Database& db, const core::Inspection& inspection, QWidget* parent = nullptr);
};

/// The representatives' inspections (代表巡视) with, below, the selected one's representatives and follow-up items
/// (each with its handling unit and status): add, edit, delete, and add a follow-up item or move it on; every change
/// undoable.
class InspectionsPage : public RecordPage<InspectionList, core::InspectionsModel, InspectionDialog> {
    Q_OBJECT
public:
    explicit InspectionsPage(ShellContext& shell, QWidget* parent = nullptr);

    /// The term new inspections belong to (the chosen session's).
    void setTerm(int term) { m_term = term; }
    /// The selected inspection's representatives and follow-up items, for the page to place below the list.
    QWidget* detailsPanel() const { return m_details; }
    QTableWidget* itemsTable() const { return m_items; }
    QAction* addItemAction() const { return m_addItem; }
    QAction* advanceItemAction() const { return m_advanceItem; }

    /// Adds a follow-up item to the selected inspection (an undo step); false with the reason shown.
    bool addItem(const QString& text, std::optional<qint64> unitId);
    /// Moves the selected follow-up item to its next status (open → being handled → done); an undo step.
    bool advanceItem();
    /// Sets the representatives who went on the selected inspection (an undo step); false with the reason shown.
    bool setRepresentatives(const QList<qint64>& repIds);
    QAction* chooseRepsAction() const { return m_chooseReps; }
    void showDetails();

protected:
    core::Inspection newRecord() const override;

private:
    qint64 selectedItem() const;

    int m_term = 1;
    QWidget* m_details;
    class QLabel* m_reps;
    QTableWidget* m_items;
    QAction* m_addItem;
    QAction* m_advanceItem;
    QAction* m_chooseReps;
};

} // namespace ud::ui
