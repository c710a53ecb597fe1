#pragma once

#include "ui/care/CarePage.h"
#include "ui/shell/PageModule.h"

namespace ud::ui {

using CareModule = PageModule<CarePage>;

} // namespace ud::ui
