#pragma once

#include "ui/history/HistoryPage.h"
#include "ui/shell/PageModule.h"

namespace ud::ui {

using HistoryModule = PageModule<HistoryPage>;

} // namespace ud::ui
