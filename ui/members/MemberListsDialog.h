#pragma once

#include "core/report/Report.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QPrinter;
class QSpinBox;
class QStackedWidget;

namespace ud::core {
class Database;
}

namespace ud::ui {

class ReportActions;
class ReportPreview;

/// The lists the office hands round: birthdays of a month (生日慰问), upcoming retirements and the roster
/// on a date. Shown as a preview table that is the printed list; printed (A4 portrait or landscape) through print
/// preview, saved as PDF, or exported to .xlsx/.csv. Phones are masked unless the user asks, and an unmasked print or
/// export is recorded.
class MemberListsDialog : public QDialog {
    Q_OBJECT
public:
    enum class ListKind { Birthdays, Retirements, Roster };

    explicit MemberListsDialog(core::Database& db, QWidget* parent = nullptr);

    void setListKind(ListKind kind);
    /// The retirements list of those whose retirement date lies from `from` to `to`.
    void showRetirements(const QDate& from, const QDate& to);
    /// The report as the current settings make it, in the orientation chosen.
    const core::Report& report() const { return m_report; }
    /// The report as it prints: its rows, headings and printed columns.
    ReportPreview* previewTable() const { return m_table; }

    /// Writes the current list; false (with the reason shown) when it fails.
    bool savePdf(const QString& path);
    bool exportTable(const QString& path);

private:
    void rebuild();
    QPageLayout::Orientation orientation() const;
    void recordUnmasked(const QString& what, const QString& target);

    core::Database& m_db;
    core::Report m_report;
    QComboBox* m_kind;
    QStackedWidget* m_parameters;
    // birthdays
    QSpinBox* m_year;
    QComboBox* m_month;
    QCheckBox* m_birthdayRetired;
    // retirements
    QDateEdit* m_from;
    QDateEdit* m_to;
    QComboBox* m_womenAge; // the office's default original age of women (app_settings)
    // roster
    QDateEdit* m_asOf;
    QCheckBox* m_rosterRetired;
    // common
    QComboBox* m_unit;
    QCheckBox* m_group;
    QCheckBox* m_fullPhone;
    QComboBox* m_orientation;
    QLabel* m_summary;
    ReportPreview* m_table;
    ReportActions* m_output;
};

} // namespace ud::ui
