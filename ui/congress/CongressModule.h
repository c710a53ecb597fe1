#pragma once

#include "ui/congress/CongressPage.h"
#include "ui/shell/PageModule.h"

namespace ud::ui {

using CongressModule = PageModule<CongressPage>;

} // namespace ud::ui
