#include "core/members/IdNumber.h"

#include "core/io/Text.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace ud::core {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ud::core)
};

bool isAsciiDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

bool allAsciiDigits(QStringView s)
{
    for (const QChar c : s) {
        if (!isAsciiDigit(c))
            return false;
    }
    return true;
}

// "19490231" as "1949-02-31", the way a clerk reads a date even when it does not exist.
QString dateDigitsText(QStringView digits)
{
    return digits.left(4).toString() + QLatin1Char('-') + digits.mid(4, 2).toString() + QLatin1Char('-') +
           digits.mid(6, 2).toString();
}

} // namespace

QString checkCharacter(const QString& first17)
{
    static const int kWeights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    static const char kCheck[] = "10X98765432";
    if (first17.size() != 17 || !allAsciiDigits(first17))
        return {};
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += (first17.at(i).unicode() - '0') * kWeights[i];
    return QString(QLatin1Char(kCheck[sum % 11]));
}

IdCheck checkIdNumber(const QString& input, const QDate& today)
{
    IdCheck result;
    QString id = Text::halfWidthTrimmed(input);
    if (id.endsWith(QLatin1Char('x')))
        id.back() = QLatin1Char('X');
    result.normalized = id;

    if (id.isEmpty()) {
        result.error = Tr::tr("The ID number is empty.");
        return result;
    }
    for (qsizetype i = 0; i < id.size(); ++i) {
        const QChar c = id.at(i);
        const bool finalX = c == QLatin1Char('X') && i == id.size() - 1 && id.size() == 18;
        if (!isAsciiDigit(c) && !finalX) {
            result.error = Tr::tr("The ID number may contain only digits, and an X as the last of 18 characters; "
                                  "\"%1\" at position %2 is not allowed.")
                               .arg(c)
                               .arg(i + 1);
            return result;
        }
    }
    if (id.size() != 18 && id.size() != 15) {
        result.error =
            Tr::tr("The ID number must have 18 characters (or 15 for an old number); this one has %1.").arg(id.size());
        return result;
    }

    // An old 15-digit number has a 2-digit year of the 1900s and no check character.
    const bool old = id.size() == 15;
    const QString first17 = old ? id.left(6) + QStringLiteral("19") + id.mid(6) : id.left(17);

    const QStringView dateDigits = QStringView(first17).mid(6, 8);
    const QDate birth(dateDigits.left(4).toInt(), dateDigits.mid(4, 2).toInt(), dateDigits.mid(6, 2).toInt());
    if (!birth.isValid()) {
        result.error =
            Tr::tr("The birth date in the ID number, %1, is not a real date.").arg(dateDigitsText(dateDigits));
        return result;
    }
    if (birth < QDate(1900, 1, 1)) {
        result.error = Tr::tr("The birth date in the ID number, %1, is before 1900.").arg(dateDigitsText(dateDigits));
        return result;
    }
    if (today.isValid() && birth > today) {
        result.error = Tr::tr("The birth date in the ID number, %1, is in the future.").arg(dateDigitsText(dateDigits));
        return result;
    }

    const QString expected = checkCharacter(first17);
    if (!old && id.right(1) != expected) {
        result.error =
            Tr::tr("The check character is wrong: the last character should be %1, not %2.").arg(expected, id.right(1));
        return result;
    }

    result.valid = true;
    result.normalized = first17 + expected;
    result.birthDate = birth;
    result.gender = (first17.at(16).unicode() - '0') % 2 == 1 ? IdCheck::Male : IdCheck::Female;
    return result;
}

const QList<MaskRule>& maskRules(PersonalNumber kind)
{
    // An ID number's characters 7-14 are the birth date and the 17th gives the gender, both shown in other
    // columns: of an ID only the province (2 characters) and the last 2 characters may show.
    static const QList<MaskRule> id{{0, 7, {0, 0}}, {8, -1, {2, 2}}};
    static const QList<MaskRule> phone{{0, 5, {0, 0}}, {6, 10, {3, 2}}, {11, 11, {3, 4}}, {12, -1, {3, 2}}};
    return kind == PersonalNumber::IdNumber ? id : phone;
}

MaskShape maskShape(PersonalNumber kind, qsizetype length)
{
    for (const MaskRule& rule : maskRules(kind))
        if (length >= rule.minLength && (rule.maxLength < 0 || length <= rule.maxLength))
            return rule.shape;
    return {};
}

QString maskNumber(PersonalNumber kind, const QString& value)
{
    const QString t = Text::halfWidthTrimmed(value);
    const MaskShape shape = maskShape(kind, t.size());
    return t.left(shape.front) + QString(t.size() - shape.front - shape.back, QLatin1Char('*')) + t.right(shape.back);
}

QString maskNumbersInText(const QString& text)
{
    // Full-width digits count as digits: halfWidthTrimmed() would make them a number.
    static const QRegularExpression run(QStringLiteral("[0-9\\x{FF10}-\\x{FF19}]{10,}[0-9Xx\\x{FF10}-\\x{FF19}]"));
    QString out;
    qsizetype done = 0;
    for (auto it = run.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QString number = Text::halfWidthTrimmed(m.captured());
        const bool mobile = number.size() == 11 && number.at(0) == QLatin1Char('1') && allAsciiDigits(number);
        out += QStringView(text).mid(done, m.capturedStart() - done);
        out += maskNumber(mobile ? PersonalNumber::Phone : PersonalNumber::IdNumber, number);
        done = m.capturedEnd();
    }
    if (done == 0)
        return text;
    out += QStringView(text).mid(done);
    return out;
}

QString maskIdNumber(const QString& id)
{
    return maskNumber(PersonalNumber::IdNumber, id);
}

QString maskPhone(const QString& phone)
{
    return maskNumber(PersonalNumber::Phone, phone);
}

bool isValidMobile(const QString& input, QString* error, QString* normalized)
{
    const auto fail = [error](const QString& message) {
        if (error)
            *error = message;
        return false;
    };

    const QString t = Text::halfWidthTrimmed(input);
    if (t.isEmpty())
        return fail(Tr::tr("The mobile number is empty."));
    if (t.size() == 11 && allAsciiDigits(t) && t.at(0) == QLatin1Char('1') && t.at(1) >= QLatin1Char('3')) {
        if (normalized)
            *normalized = t;
        if (error)
            error->clear();
        return true;
    }

    QString digits;
    bool plus = false;
    for (qsizetype i = 0; i < t.size(); ++i) {
        const QChar c = t.at(i);
        if (isAsciiDigit(c))
            digits += c;
        else if (c == QLatin1Char('+') && i == 0)
            plus = true;
        else if (c != QLatin1Char(' ') && c != QLatin1Char('-'))
            return fail(
                Tr::tr("A mobile number may contain only digits, spaces and dashes; \"%1\" is not allowed.").arg(c));
    }
    if (plus && !digits.startsWith(QStringLiteral("86")))
        return fail(Tr::tr("Only mainland China mobile numbers (+86) are accepted."));
    // "86" without the plus is a country code only when it comes in front of a whole 11-digit number.
    if (digits.startsWith(QStringLiteral("86")) && (plus || digits.size() == 13))
        digits.remove(0, 2);

    if (digits.size() != 11)
        return fail(Tr::tr("A mobile number has 11 digits; this one has %1.").arg(digits.size()));
    if (digits.at(0) != QLatin1Char('1') || digits.at(1) < QLatin1Char('3'))
        return fail(Tr::tr("A mobile number starts with 13 to 19; %1 does not.").arg(maskPhone(digits)));

    if (normalized)
        *normalized = digits;
    if (error)
        error->clear();
    return true;
}

} // namespace ud::core
