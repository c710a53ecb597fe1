#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace ud::core {

/// The result of checking a resident ID number (居民身份证号码, GB 11643-1999) or a foreigner's
/// permanent-residence ID (外国人永久居留身份证, 18 digits starting with 9, same check rule).
struct IdCheck {
    enum Gender { Unknown, Male, Female };

    bool valid = false;
    /// The 18-character form (old 15-digit numbers converted, x written as X) when valid; otherwise the
    /// input trimmed and with full-width characters made half-width, so that it can be shown back.
    QString normalized;
    /// Why the number is not valid, one sentence for the user; empty when valid.
    QString error;
    QDate birthDate;
    Gender gender = Unknown;
};

/// Checks and normalizes an ID number as clerks type or paste it: surrounding (also full-width) spaces,
/// full-width digits, lowercase x and 15-digit old numbers are accepted. The birth date (characters 7–14)
/// must be a real date between 1900-01-01 and `today`.
IdCheck checkIdNumber(const QString& input, const QDate& today = QDate::currentDate());

/// The check character ("0"–"9" or "X") for the first 17 digits; empty when `first17` is not 17 ASCII digits.
QString checkCharacter(const QString& first17);

/// The personal numbers that are masked wherever they are shown, exported or printed (PIPL).
enum class PersonalNumber { IdNumber, Phone };

/// Which characters of a number of `length` characters stay visible when it is masked: the first `front` and
/// the last `back`; the rest is written as "*". The masks, and the search that must not find what they hide,
/// all follow this one table.
struct MaskShape {
    int front = 0;
    int back = 0;
};
MaskShape maskShape(PersonalNumber kind, qsizetype length);

/// The lengths at which the shape of `kind` changes: lengths from `minLength` to `maxLength` (inclusive;
/// -1: no upper limit) share one shape.
struct MaskRule {
    qsizetype minLength;
    qsizetype maxLength;
    MaskShape shape;
};
const QList<MaskRule>& maskRules(PersonalNumber kind);

/// The one masking function: `value` trimmed and half-width, with the characters maskShape() hides as "*".
QString maskNumber(PersonalNumber kind, const QString& value);

/// `text` with every run of 11 or more digits (an ID number may end in X) masked: an 11-digit run starting with 1 as a
/// mobile number, any other as an ID number. For free text that may hold a number (an export's target or filter,
/// values without a field of their own), where no column says which number it is.
QString maskNumbersInText(const QString& text);

/// "11**************2X": only the first 2 and the last 2 characters are kept, so that nothing shown beside it
/// (the birth date, the gender) rebuilds the number. Shorter than 8 characters: all masked.
QString maskIdNumber(const QString& id);

/// "138****5678" for an 11-character number; other lengths keep the first 3 and the last 2 characters (5 or
/// fewer: all masked).
QString maskPhone(const QString& phone);

/// A mainland mobile number: 11 digits starting with 13–19. Spaces and dashes are allowed and a +86 or 86
/// prefix is dropped. On success `normalized` gets the 11 digits; on failure `error` gets a sentence.
bool isValidMobile(const QString& input, QString* error = nullptr, QString* normalized = nullptr);

} // namespace ud::core
