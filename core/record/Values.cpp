#include "core/record/Values.h"

#include "core/io/DateText.h"
#include "core/record/Money.h"
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

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ud::core::Record)
};

} // namespace

std::optional<QVariant> cellValue(int type, const QString& title, const QString& text,
                                  const QList<QPair<QString, QString>>& choices, QString* problem)
{
    switch (FieldType(type)) {
    case FieldType::Integer: {
        bool ok = false;
        const int n = text.toInt(&ok);
        if (ok)
            return n;
        *problem = Tr::tr("%1 \"%2\" is not a whole number.").arg(title, text);
        return std::nullopt;
    }
    case FieldType::Money: {
        if (const std::optional<qint64> fen = parseYuan(text))
            return *fen;
        *problem = Tr::tr("%1 \"%2\" is not an amount in yuan (at most two decimals).").arg(title, text);
        return std::nullopt;
    }
    case FieldType::Bool: {
        static const QStringList no{QStringLiteral("no"), QStringLiteral("0"), QStringLiteral("false"),
                                    QStringLiteral("否"), QStringLiteral("停用")};
        return no.contains(text.toLower()) ? 0 : 1;
    }
    case FieldType::Date: {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (date.isValid())
            return dateValue(date);
        *problem = Tr::tr("%1 \"%2\" is not a date (YYYY-MM-DD).").arg(title, text);
        return std::nullopt;
    }
    case FieldType::Enum: {
        QStringList labels;
        for (const auto& [key, label] : choices) {
            if (text == key || text == label)
                return key;
            labels << label;
        }
        *problem = Tr::tr("%1 \"%2\" is not one of: %3.").arg(title, text, labels.join(Tr::tr(", ")));
        return std::nullopt;
    }
    default:
        return text;
    }
}

QString missingColumnsMessage(const QStringList& keys, const QStringList& titles)
{
    QString list = keys.value(0);
    for (int i = 1; i < keys.size(); ++i)
        list = (i + 1 < keys.size() ? Tr::tr("%1, %2") : Tr::tr("%1 and %2")).arg(list, keys.at(i));
    return Tr::tr("the header needs the columns %1 (%2).").arg(list, titles.join(Tr::tr(", ")));
}

QString twiceInFileMessage(const QString& title, const QString& value)
{
    return Tr::tr("%1 %2 appears twice in the file.").arg(title, value);
}

QString missingReferenceMessage(const QString& title, const QString& value)
{
    return Tr::tr("%1 %2 does not exist.").arg(title, value);
}

QString flagKey(bool value)
{
    return value ? QStringLiteral("yes") : QStringLiteral("no");
}

QString flagLabel(bool value)
{
    return value ? Tr::tr("Yes") : Tr::tr("No");
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
