#pragma once

#include "ui/shell/PageModule.h"
#include "ui/units/UnitsPage.h"

namespace ud::ui {

using UnitsModule = PageModule<UnitsPage>;

} // namespace ud::ui
