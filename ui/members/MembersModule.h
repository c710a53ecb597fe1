#pragma once

#include "ui/members/MembersPage.h"
#include "ui/shell/PageModule.h"

namespace ud::ui {

using MembersModule = PageModule<MembersPage>;

} // namespace ud::ui
