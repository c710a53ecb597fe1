#include "ui/schedule/ExamplePlanBanner.h"

#include "core/db/DatabaseSettings.h"
#include "core/db/Error.h"
#include "ui/widgets/DialogParts.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace ud::ui {

namespace {

bool declined(core::Database& db)
{
    try {
        return core::DatabaseSettings(db).isOn(core::settings::ExampleDismissed);
    } catch (const core::Error&) {
        return false;
    }
}

} // namespace

ExamplePlanBanner::ExamplePlanBanner(QWidget* parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("exampleBanner"));
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(QStringLiteral("#exampleBanner { background: #eef5fc; border: 1px solid #b7d3ee; "
                                 "border-radius: 4px; }"));
    auto* text = wrappedLabel(tr("This database has no work plan yet. Load the 2024 plan of 浙江工商大学工会 as an "
                                 "example to see how the schedule works, or import your own plan."),
                              this);
    m_load = new QPushButton(tr("&Load the 2024 Example"), this);
    m_load->setObjectName(QStringLiteral("loadExample"));
    m_import = new QPushButton(tr("Import a Plan…"), this);
    m_import->setObjectName(QStringLiteral("bannerImport"));
    m_dismiss = new QPushButton(tr("Not Now"), this);
    m_dismiss->setObjectName(QStringLiteral("dismissExample"));
    m_dismiss->setToolTip(tr("Do not offer the example again for this database"));

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->addWidget(text, 1);
    layout->addWidget(m_load);
    layout->addWidget(m_import);
    layout->addWidget(m_dismiss);
    hide();
}

void ExamplePlanBanner::offer(core::Database* db, bool hasPlans)
{
    setVisible(db && !hasPlans && !declined(*db));
}

void ExamplePlanBanner::decline(core::Database& db)
{
    hide();
    // A preference of this database, not user data: no change-history row.
    core::DatabaseSettings(db).setValue(core::settings::ExampleDismissed, QStringLiteral("1"));
}

} // namespace ud::ui
