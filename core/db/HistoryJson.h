#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>
#include <QVariantMap>

namespace ud::core {

/// Appends `text` as UTF-8 to `out`, with JSON's escapes when `json`. Returns false, having appended part of it,
/// for a lone surrogate.
bool appendUtf8(QByteArray& out, const QString& text, bool json);

/// The one writer of the change history's JSON (old_values, new_values): a compact object with its keys in sorted
/// order, byte for byte what QJsonDocument(QJsonObject).toJson(QJsonDocument::Compact) gives, a null value as
/// null. Nulls, integers and text are written directly, as UTF-8 (an import writes tens of thousands of history
/// rows); any other value, and text with a lone surrogate, is formatted by QJsonValue.
class HistoryJson {
public:
    HistoryJson() = default;
    /// `sortedKeys`: the object's keys in the order a QVariantMap keeps them.
    explicit HistoryJson(const QStringList& sortedKeys);

    /// Writes the object into `out` (cleared first), `values` one per key in the keys' order.
    void write(QByteArray& out, const QList<const QVariant*>& values) const;
    /// The object of `values`; a null QString for an empty map.
    static QString write(const QVariantMap& values);

private:
    QList<QByteArray> m_keyPrefixes; // {"key": for the first key, ,"key": for the others
};

} // namespace ud::core
