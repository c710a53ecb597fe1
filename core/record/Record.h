#pragma once

#include "core/db/Table.h"
#include "core/io/Text.h"
#include "core/record/Money.h"
#include "core/record/Values.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <functional>
#include <optional>
#include <type_traits>

namespace ud::core {

/// A problem that keeps a record from being saved: the field (column) it is about, empty when it is about the
/// whole record, and a sentence for the user.
struct Problem {
    QString field;
    QString message;
};
using Problems = QList<Problem>;
/// The sentences of `problems`, in order.
QStringList messages(const Problems& problems);

/// A typed enum with a stable key (stored, exported) and a translated label for each value, in one table.
template <class E> class KeyedEnum {
public:
    struct Item {
        E value;
        const char* key;
        const char* label; // English, translated in `context`
    };
    KeyedEnum(const char* context, std::initializer_list<Item> items) : m_context(context), m_items(items) {}

    QString key(E value) const
    {
        for (const Item& i : m_items)
            if (i.value == value)
                return QString::fromLatin1(i.key);
        return {};
    }
    QString label(E value) const
    {
        for (const Item& i : m_items)
            if (i.value == value)
                return QCoreApplication::translate(m_context, i.label);
        return {};
    }
    /// The value of a key; nullopt for an unknown key.
    std::optional<E> fromKey(const QString& key) const
    {
        for (const Item& i : m_items)
            if (key == QLatin1String(i.key))
                return i.value;
        return std::nullopt;
    }
    /// The value of a key, or of a label in the language the program speaks or in English (what an export made in
    /// either writes); nullopt for none of them.
    std::optional<E> fromText(const QString& key) const
    {
        if (auto v = fromKey(key))
            return v;
        for (const Item& i : m_items)
            if (key == QCoreApplication::translate(m_context, i.label) ||
                key.compare(QLatin1String(i.label), Qt::CaseInsensitive) == 0)
                return i.value;
        return std::nullopt;
    }
    QList<E> values() const
    {
        QList<E> list;
        for (const Item& i : m_items)
            list << i.value;
        return list;
    }

private:
    const char* m_context;
    QList<Item> m_items;
};

/// What a field holds, as the database, exports and imports see it.
enum class FieldType { Text, Integer, Bool, Date, Money, Enum, Reference };

enum FieldFlag {
    Required = 0x1,
    Unique = 0x2,      // no other record of the table has the same value
    ReadOnly = 0x4,    // read from a query (a joined column), never written
    NullIfEmpty = 0x8, // empty text is stored as NULL (so that a unique index allows many)
    Multiline = 0x10,  // text kept as typed (notes); other text is stored trimmed and with spaces folded
};

/// One field of a record type: its column, type, title, rules and how it is read from and written to a record.
template <class R> struct Field {
    const char* column = nullptr;
    FieldType type = FieldType::Text;
    const char* title = nullptr; // English, translated in the record type's context
    int flags = 0;
    int maxLength = 0;                     // text: the most characters, 0 for no limit
    const char* exportKey = nullptr;       // the header of exports and the command line; the column when null
    QStringList aliases;                   // further import headers (the usual Chinese ones)
    std::function<QVariant(const R&)> get; // the stored value
    std::function<void(R&, const QVariant&)> set;
    std::function<QList<QPair<QString, QString>>()> choices; // enum: each key with its translated label
    // What a form shows, English, translated in the record type's context; null for none.
    const char* label = nullptr;       // "&Code:", with its mnemonic; for a flag, the check box's text
    const char* placeholder = nullptr; // grey text in an empty field
    const char* toolTip = nullptr;
    int minimum = -999999, maximum = 999999; // whole numbers: the range a form allows
    // A reference: the table it points into, the column that names a row in files and the one lists show.
    Table refTable{nullptr, nullptr};
    const char* refKey = nullptr;
    const char* refName = nullptr;
    const char* yesText = nullptr; // a flag in lists and printouts ("Active"); Yes and No when null
    const char* noText = nullptr;

    bool has(FieldFlag flag) const { return (flags & flag) != 0; }
    /// The same field with a form's label, placeholder and tooltip.
    Field form(const char* labelText, const char* placeholderText = nullptr, const char* tip = nullptr) const
    {
        Field f = *this;
        f.label = labelText;
        f.placeholder = placeholderText;
        f.toolTip = tip;
        return f;
    }
    /// A reference to a row of `table`, named in files by its column `key` and in lists by its column `name`.
    Field refersTo(const Table& table, const char* key, const char* name) const
    {
        Field f = *this;
        f.refTable = table;
        f.refKey = key;
        f.refName = name;
        return f;
    }
    /// A flag as lists and printouts show it (English, translated in the record type's context).
    Field shownAs(const char* yes, const char* no) const
    {
        Field f = *this;
        f.yesText = yes;
        f.noText = no;
        return f;
    }
    /// The same field with the range a form allows for a whole number.
    Field range(int low, int high) const
    {
        Field f = *this;
        f.minimum = low;
        f.maximum = high;
        return f;
    }
    /// The same field with another header in exports and on the command line.
    Field exportedAs(const char* key) const
    {
        Field f = *this;
        f.exportKey = key;
        return f;
    }
    QString key() const { return QString::fromLatin1(exportKey ? exportKey : column); }
};

template <class R>
Field<R> makeField(const char* column, FieldType type, const char* title, int flags, int maxLength, QStringList aliases)
{
    Field<R> f;
    f.column = column;
    f.type = type;
    f.title = title;
    f.flags = flags;
    f.maxLength = maxLength;
    f.aliases = std::move(aliases);
    return f;
}

/// A member field of a record stored as its column's value: text, whole numbers, 0/1, ISO dates, optional ids.
template <class R, class T>
Field<R> field(const char* column, T R::*member, const char* title, int flags = 0, int maxLength = 0,
               QStringList aliases = {})
{
    FieldType type = FieldType::Text;
    if constexpr (std::is_same_v<T, bool>)
        type = FieldType::Bool;
    else if constexpr (std::is_same_v<T, int>)
        type = FieldType::Integer;
    else if constexpr (std::is_same_v<T, QDate>)
        type = FieldType::Date;
    else if constexpr (std::is_same_v<T, qint64> || std::is_same_v<T, std::optional<qint64>>)
        type = FieldType::Reference;
    Field<R> f = makeField<R>(column, type, title, flags, maxLength, std::move(aliases));
    const bool nullIfEmpty = (flags & NullIfEmpty) != 0;
    f.get = [member, nullIfEmpty](const R& r) -> QVariant {
        const T& v = r.*member;
        if constexpr (std::is_same_v<T, QString>)
            return nullIfEmpty && v.isEmpty() ? nullText() : QVariant(notNull(v));
        else if constexpr (std::is_same_v<T, bool>)
            return v ? 1 : 0;
        else if constexpr (std::is_same_v<T, QDate>)
            return dateValue(v);
        else if constexpr (std::is_same_v<T, std::optional<qint64>>)
            return idValue(v);
        else
            return QVariant::fromValue(v);
    };
    f.set = [member](R& r, const QVariant& value) {
        T& v = r.*member;
        if constexpr (std::is_same_v<T, QString>)
            v = value.toString();
        else if constexpr (std::is_same_v<T, bool>)
            v = value.toInt() != 0;
        else if constexpr (std::is_same_v<T, QDate>)
            v = dateOf(value);
        else if constexpr (std::is_same_v<T, std::optional<qint64>>)
            v = optionalId(value);
        else
            v = value.value<T>();
    };
    return f;
}

/// A money field: whole fen in a qint64, stored as an integer, shown and read in yuan with two decimals.
template <class R>
Field<R> moneyField(const char* column, qint64 R::*member, const char* title, int flags = 0, QStringList aliases = {})
{
    Field<R> f = makeField<R>(column, FieldType::Money, title, flags, 0, std::move(aliases));
    f.get = [member](const R& r) -> QVariant { return QVariant::fromValue(r.*member); };
    f.set = [member](R& r, const QVariant& value) { r.*member = value.toLongLong(); };
    return f;
}

/// A field of an enum type, stored as its key.
template <class R, class E>
Field<R> enumField(const char* column, E R::*member, const KeyedEnum<E>& keys, E fallback, const char* title,
                   int flags = 0, QStringList aliases = {})
{
    Field<R> f = makeField<R>(column, FieldType::Enum, title, flags, 0, std::move(aliases));
    f.get = [member, &keys](const R& r) -> QVariant { return keys.key(r.*member); };
    f.choices = [&keys] {
        QList<QPair<QString, QString>> list;
        for (E value : keys.values())
            list.append({keys.key(value), keys.label(value)});
        return list;
    };
    f.set = [member, &keys, fallback](R& r, const QVariant& value) {
        r.*member = keys.fromKey(value.toString()).value_or(fallback);
    };
    return f;
}

/// A record type as the change history reads its stored rows, whatever the record: the fields' titles and how their
/// values are shown, and the fields that name a record. Every RecordType<R> is one; a Table points to its own
/// (Table::records), so a feature's history reads as its lists do once it declares its fields.
class RecordDescription {
public:
    /// A stored column as lists show it.
    struct Column {
        QString title; // translated
        FieldType type = FieldType::Text;
        QList<QPair<QString, QString>> choices; // stored keys with their translated labels (an enum, a coded text)
        QString yesText, noText;                // a flag's translated texts; empty: Yes and No
        Table refTable{nullptr, nullptr};       // a reference: the table it points into and the column lists show
        const char* refName = nullptr;
    };

    virtual ~RecordDescription() = default;
    virtual const Table& table() const = 0;
    /// The stored columns, in the order of the fields (read-only ones left out).
    virtual QStringList columnNames() const = 0;
    /// A stored column by its name; nullopt for a column without a field (an internal one).
    virtual std::optional<Column> column(QStringView name) const = 0;
    /// The columns whose shown values, one after the other, name a record ("张伟 20150032"); empty when the type
    /// declares none.
    virtual QStringList nameColumns() const = 0;
};

/// A record type: its table, and one table of its fields from which row mapping, equality, titles, export
/// headers and import header aliases follow. `R` has a `qint64 id`.
template <class R> class RecordType : public RecordDescription {
public:
    /// `nameColumns`: the fields whose shown values, one after the other, name a record (for a member its name and
    /// staff number); the change history names its rows so and finds them by the text ones.
    RecordType(Table table, const char* context, QList<Field<R>> fields, QStringList nameColumns = {})
        : m_table(table), m_context(context), m_fields(std::move(fields)), m_nameColumns(std::move(nameColumns))
    {
        for (const Field<R>& f : m_fields)
            m_columnKeys << QString::fromLatin1(f.column);
    }

    const Table& table() const override { return m_table; }
    const QList<Field<R>>& fields() const { return m_fields; }
    /// True when every field of `a` stores the same value as in `b` (what a dialog asks before throwing away edits).
    bool sameValues(const R& a, const R& b) const
    {
        for (const Field<R>& f : m_fields)
            if (f.get(a) != f.get(b))
                return false;
        return true;
    }
    const Field<R>* field(QStringView column) const
    {
        for (const Field<R>& f : m_fields)
            if (column == QLatin1String(f.column))
                return &f;
        return nullptr;
    }
    /// The user's name for a field.
    QString title(const Field<R>& f) const { return QCoreApplication::translate(m_context, f.title); }
    /// A text of the type's context (a form's label, placeholder or tooltip), translated; empty for null.
    QString text(const char* source) const
    {
        return source ? QCoreApplication::translate(m_context, source) : QString();
    }
    QString title(QStringView column) const
    {
        const Field<R>* f = field(column);
        return f ? title(*f) : column.toString();
    }

    /// The stored columns of a record, without its id and without read-only fields.
    QVariantMap values(const R& r) const
    {
        QVariantMap map;
        for (const Field<R>& f : m_fields)
            if (!f.has(ReadOnly))
                map.insert(QString::fromLatin1(f.column), f.get(r));
        return map;
    }
    /// A record from a row of its table (or of a query with the same column names).
    R fromRow(const QVariantMap& row) const
    {
        R r;
        r.id = row.value(QStringLiteral("id")).toLongLong();
        for (qsizetype i = 0; i < m_fields.size(); ++i)
            m_fields.at(i).set(r, row.value(m_columnKeys.at(i)));
        return r;
    }
    /// Whether two records have the same id and stored values.
    bool same(const R& a, const R& b) const
    {
        if (a.id != b.id)
            return false;
        for (const Field<R>& f : m_fields)
            if (!f.has(ReadOnly) && f.get(a) != f.get(b))
                return false;
        return true;
    }
    /// The header of exports and of the command line's csv.
    QStringList exportKeys() const
    {
        QStringList keys;
        for (const Field<R>& f : m_fields)
            keys << f.key();
        return keys;
    }
    /// Import headers, lower-case, to the column they stand for: the column, the export key, the English and the
    /// translated title, and the listed aliases.
    QHash<QString, QString> headerAliases() const
    {
        QHash<QString, QString> map;
        for (const Field<R>& f : m_fields) {
            const QString column = QString::fromLatin1(f.column);
            for (const QString& a : QStringList{column, f.key(), QString::fromLatin1(f.title), title(f)} + f.aliases)
                map.insert(a.toLower(), column);
        }
        return map;
    }
    /// The record with its one-line text fields cleaned (Text::cleaned: trimmed, full-width spaces too).
    R cleaned(const R& record) const
    {
        R r = record;
        for (const Field<R>& f : m_fields)
            if (f.type == FieldType::Text && !f.has(ReadOnly) && !f.has(Multiline))
                f.set(r, Text::cleaned(f.get(r).toString()));
        return r;
    }
    /// What is wrong with the fields themselves (required, characters, length), with the field each is about.
    Problems fieldProblems(const R& r) const
    {
        Problems problems;
        for (const Field<R>& f : m_fields) {
            if (f.has(ReadOnly))
                continue;
            const QVariant v = f.get(r);
            if (f.has(Required) && (v.isNull() || (f.type == FieldType::Text && v.toString().isEmpty()) ||
                                    (f.type == FieldType::Reference && v.toLongLong() == 0)))
                problems.append({QString::fromLatin1(f.column), requiredMessage(title(f))});
            else if (f.type == FieldType::Text)
                appendTextProblem(f, v.toString(), problems);
        }
        return problems;
    }
    QStringList columnNames() const override
    {
        QStringList names;
        for (const Field<R>& f : m_fields)
            if (!f.has(ReadOnly))
                names << QString::fromLatin1(f.column);
        return names;
    }
    std::optional<Column> column(QStringView name) const override
    {
        const Field<R>* f = field(name);
        if (!f || f->has(ReadOnly))
            return std::nullopt;
        Column c;
        c.title = title(*f);
        c.type = f->type;
        if (f->choices)
            c.choices = f->choices();
        c.yesText = text(f->yesText);
        c.noText = text(f->noText);
        c.refTable = f->refTable;
        c.refName = f->refName;
        return c;
    }
    QStringList nameColumns() const override { return m_nameColumns; }

    /// The part of fieldProblems() about the text fields' content: control and invisible characters (Text::
    /// forbiddenCharacter; tab and line breaks allowed in Multiline fields) and the length.
    Problems textProblems(const R& r) const
    {
        Problems problems;
        for (const Field<R>& f : m_fields)
            if (f.type == FieldType::Text && !f.has(ReadOnly))
                appendTextProblem(f, f.get(r).toString(), problems);
        return problems;
    }

private:
    void appendTextProblem(const Field<R>& f, const QString& text, Problems& problems) const
    {
        const qsizetype bad = Text::forbiddenCharacter(text, f.has(Multiline));
        if (bad >= 0)
            problems.append({QString::fromLatin1(f.column), forbiddenCharacterMessage(title(f), text, bad)});
        else if (f.maxLength > 0 && text.size() > f.maxLength)
            problems.append({QString::fromLatin1(f.column), tooLongMessage(title(f), f.maxLength)});
    }

    Table m_table;
    const char* m_context;
    QList<Field<R>> m_fields;
    QStringList m_columnKeys; // each field's column as a QString, for reading rows
    QStringList m_nameColumns;
};

/// The description of `R`'s records, for a Table's `records`: `&recordsOf<SubUnit>`.
template <class R> const RecordDescription& recordsOf()
{
    return R::type();
}

} // namespace ud::core
