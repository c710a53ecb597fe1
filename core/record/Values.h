#pragma once

#include <QDate>
#include <QString>
#include <QVariant>

#include <optional>

namespace ud::core {

// Values as the database stores them: dates as ISO text, a missing date, id or optional text as SQL NULL,
// and text columns that are NOT NULL never a null QString.

/// SQL NULL for a text column.
inline QVariant nullText()
{
    return QVariant(QMetaType(QMetaType::QString));
}
/// The text, or "" for a null QString (which Qt would store as NULL).
inline QString notNull(const QString& s)
{
    return s.isNull() ? QStringLiteral("") : s;
}
/// An ISO date, or NULL for an invalid one.
QVariant dateValue(const QDate& date);
/// A stored date (ISO text, or a QDate); invalid for NULL or anything else.
QDate dateOf(const QVariant& value);
/// An id, or NULL for none.
inline QVariant idValue(const std::optional<qint64>& id)
{
    return id ? QVariant(*id) : QVariant(QMetaType(QMetaType::LongLong));
}
inline std::optional<qint64> optionalId(const QVariant& value)
{
    return value.isNull() ? std::nullopt : std::optional<qint64>(value.toLongLong());
}

/// "Code is required." for the field titled `title`.
QString requiredMessage(const QString& title);
/// "Code is longer than 32 characters."
QString tooLongMessage(const QString& title, int maxLength);
/// "Name contains an invisible or control character (U+001B) at character 3.", for text[at].
QString forbiddenCharacterMessage(const QString& title, const QString& text, qsizetype at);

} // namespace ud::core
