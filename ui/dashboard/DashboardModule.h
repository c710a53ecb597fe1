#pragma once

#include "ui/dashboard/DashboardPage.h"
#include "ui/shell/PageModule.h"

namespace ud::ui {

using DashboardModule = PageModule<DashboardPage>;

} // namespace ud::ui
