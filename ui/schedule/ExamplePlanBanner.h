#pragma once

#include <QCoreApplication>
#include <QFrame>

class QPushButton;

namespace ud::core {
class Database;
}

namespace ud::ui {

/// The banner an empty database shows on the schedule page: the 2024 plan offered as an example, a plan to
/// import, or "not now" (kept as a setting of the database). Hidden at first; the page acts on its buttons.
class ExamplePlanBanner : public QFrame {
    // The texts were the schedule page's, and keep its translations.
    Q_DECLARE_TR_FUNCTIONS(ud::ui::SchedulePage)

public:
    explicit ExamplePlanBanner(QWidget* parent = nullptr);

    QPushButton* loadButton() const { return m_load; }
    QPushButton* importButton() const { return m_import; }
    QPushButton* dismissButton() const { return m_dismiss; }

    /// Shows itself while `db` has no plan and the example was not declined for it; else hides.
    void offer(core::Database* db, bool hasPlans);
    /// Hides, and declines the example for `db` for good; throws core::Error when that cannot be stored.
    void decline(core::Database& db);

private:
    QPushButton* m_load;
    QPushButton* m_import;
    QPushButton* m_dismiss;
};

} // namespace ud::ui
