#pragma once

#include <QString>
#include <QStringList>

namespace ud::core {

/// Toneless pinyin of personal names for search ("zw" and "zhangwei" find 张伟), from ICU's Han-Latin
/// transliteration with the special readings of surnames (单 shan, 曾 zeng, 尉迟 yuchi, …). Thread-safe.
class Pinyin {
public:
    /// "zhangwei" for 张伟: lowercase, no tones, no spaces.
    static QString full(const QString& name);
    /// "zw" for 张伟: the first letter of each syllable; a run of digits is kept whole.
    static QString initials(const QString& name);
    /// The words of a name: one syllable per Han character, one word per run of Latin letters and one per
    /// run of digits, all lowercase ASCII; punctuation and spaces separate words and are dropped.
    static QStringList syllables(const QString& name);
    /// Starts reading ICU's transliteration rules (a good part of a second) on another thread, so that the
    /// first name that needs them waits less; for callers that know names will follow (an import).
    static void prepare();
};

} // namespace ud::core
