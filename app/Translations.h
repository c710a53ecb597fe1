#pragma once

#include <QString>

namespace ud::app {

/// Installs the translators for the chosen language: "zh_CN", "en", or "" for the system's
/// (Chinese on a Chinese system, English otherwise). The environment variable UNIONDESK_LANGUAGE overrides.
/// Returns the language installed.
QString installTranslations(const QString& setting);

} // namespace ud::app
