#pragma once

#include "ui/aid/AidPage.h"
#include "ui/shell/PageModule.h"

namespace ud::ui {

using AidModule = PageModule<AidPage>;

} // namespace ud::ui
