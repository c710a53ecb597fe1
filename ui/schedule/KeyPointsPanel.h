#pragma once

#include "core/schedule/Schedule.h"

#include <QCoreApplication>
#include <QTreeWidget>

namespace ud::ui {

/// The key points (工作要点) beside the schedule: a section per row with its points below it, each wrapped to
/// the panel's width.
class KeyPointsPanel : public QTreeWidget {
    // The texts were the schedule page's, and keep its translations.
    Q_DECLARE_TR_FUNCTIONS(ud::ui::SchedulePage)

public:
    explicit KeyPointsPanel(QWidget* parent = nullptr);

    /// Shows `sections` and their points in place of what was there.
    void setKeyPoints(const QList<core::KeyPointSection>& sections);
    /// The key-point section of the current row (a section or one of its points), or 0.
    qint64 currentSectionId() const;
    /// Makes the section `id` the current row, expanded and scrolled to the top.
    void showSection(qint64 id);

protected:
    void resizeEvent(QResizeEvent* event) override;
};

} // namespace ud::ui
