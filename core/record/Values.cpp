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

QStringList messages(const Problems& problems)
{
    QStringList list;
    for (const Problem& p : problems)
        list << p.message;
    return list;
}

} // namespace ud::core
