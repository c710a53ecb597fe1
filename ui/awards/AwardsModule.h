#pragma once

#include "ui/awards/AwardsPage.h"
#include "ui/shell/PageModule.h"

namespace ud::ui {

using AwardsModule = PageModule<AwardsPage>;

} // namespace ud::ui
