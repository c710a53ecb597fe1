#include "core/record/Values.h"

#include "core/members/DateText.h"
#include "core/record/Record.h"

#include <QCoreApplication>

namespace ud::core {

QVariant dateValue(const QDate& date)
{
    return date.isValid() ? QVariant(isoDateText(date)) : nullText();
}

QDate dateOf(const QVariant& value)
{
    if (value.typeId() == QMetaType::QDate)
        return value.toDate();
    return value.isNull() ? QDate() : QDate::fromString(value.toString().left(10), Qt::ISODate);
}

QString requiredMessage(const QString& title)
{
    return QCoreApplication::translate("ud::core::Record", "%1 is required.").arg(title);
}

QString tooLongMessage(const QString& title, int maxLength)
{
    return QCoreApplication::translate("ud::core::Record", "%1 is longer than %2 characters.")
        .arg(title)
        .arg(maxLength);
}

QString forbiddenCharacterMessage(const QString& title, const QString& text, qsizetype at)
{
    const char32_t c = QStringView(text).mid(at).toUcs4().value(0);
    return QCoreApplication::translate("ud::core::Record",
                                       "%1 contains an invisible or control character (U+%2) at character %3. "
                                       "Remove it and try again.")
        .arg(title)
        .arg(QString::number(uint(c), 16).toUpper().rightJustified(4, QLatin1Char('0')))
        .arg(at + 1);
}

QStringList messages(const Problems& problems)
{
    QStringList list;
    for (const Problem& p : problems)
        list << p.message;
    return list;
}

} // namespace ud::core
