#pragma once

#include "core/report/Report.h"

#include <QTableView>

namespace ud::core {
class ReportModel;
}

namespace ud::ui {

/// A report shown as it prints: its printed columns, its rows in order, and each group heading as one row across the
/// table. Every list dialog previews its report with it.
class ReportPreview : public QTableView {
    Q_OBJECT
public:
    explicit ReportPreview(QWidget* parent = nullptr);

    /// Shows `report` in place of the one shown; no span or width of the one before stays.
    void setReport(const core::Report& report);
    core::ReportModel* reportModel() const { return m_model; }

private:
    core::ReportModel* m_model;
};

} // namespace ud::ui
