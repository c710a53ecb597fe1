#pragma once

#include <QDate>
#include <QList>
#include <QPair>
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

/// A cell of an imported file as the value of a field of `type` titled `title` (`choices`: an enum's keys and
/// labels); an empty optional with `problem` set when the text is not such a value. Not for references.
std::optional<QVariant> cellValue(int type, const QString& title, const QString& text,
                                  const QList<QPair<QString, QString>>& choices, QString* problem);
/// Import messages: the header lacks the needed columns (their keys and titles); a key appears twice; a
/// reference names a row that does not exist.
QString missingColumnsMessage(const QStringList& keys, const QStringList& titles);
QString twiceInFileMessage(const QString& title, const QString& value);
QString missingReferenceMessage(const QString& title, const QString& value);
/// A flag in files ("yes"/"no"), and in lists when its field names no texts of its own (Yes/No, translated).
QString flagKey(bool value);
QString flagLabel(bool value);

/// "Code is required." for the field titled `title`.
QString requiredMessage(const QString& title);
/// "Code is longer than 32 characters."
QString tooLongMessage(const QString& title, int maxLength);
/// "Name contains an invisible or control character (U+001B) at character 3.", for text[at].
QString forbiddenCharacterMessage(const QString& title, const QString& text, qsizetype at);

} // namespace ud::core
