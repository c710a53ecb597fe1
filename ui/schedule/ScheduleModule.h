#pragma once

#include "ui/schedule/SchedulePage.h"
#include "ui/shell/PageModule.h"

namespace ud::ui {

using ScheduleModule = PageModule<SchedulePage>;

} // namespace ud::ui
