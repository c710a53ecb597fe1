#pragma once

#include <QString>

namespace ud::core::Text {

/// Trimmed text from a form or a file: full-width spaces (from Word, Excel and Chinese input methods) count as
/// spaces, and the result is never a null QString (a null one would be stored as NULL).
QString cleaned(const QString& s);
/// Like cleaned(), and full-width digits, letters and punctuation become their ASCII forms (for numbers and dates).
QString halfWidthTrimmed(const QString& s);

/// Where `s` holds a character that must not be stored in a text field, or -1: C0 controls (NUL, ESC, …), DEL, C1
/// controls, bidirectional overrides, embeddings, isolates and marks, and zero-width characters (they reorder or hide
/// text on a screen or a terminal, and make two equal-looking names differ). `multiline` allows tab and line breaks.
qsizetype forbiddenCharacter(QStringView s, bool multiline = false);

} // namespace ud::core::Text
