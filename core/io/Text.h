#pragma once

#include <QString>

namespace ud::core::Text {

/// Trimmed text from a form or a file: full-width spaces (from Word, Excel and Chinese input methods) count as
/// spaces, and the result is never a null QString (a null one would be stored as NULL).
QString cleaned(const QString& s);
/// Like cleaned(), and full-width digits, letters and punctuation become their ASCII forms (for numbers and dates).
QString halfWidthTrimmed(const QString& s);

} // namespace ud::core::Text
