#include "core/db/ChangeDescriber.h"

#include "core/db/Database.h"
#include "core/db/DatabaseSettings.h"
#include "core/db/Table.h"
#include "core/io/Text.h"
#include "core/members/IdNumber.h"
#include "core/record/Record.h"
#include "core/record/Values.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace ud::core {

namespace {

// The history's texts, under the context of its list.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ud::core::ChangeHistoryModel)
};

// Ids bound per statement: far below both engines' limits on parameters.
constexpr int kChunk = 500;
// A name longer than this (a schedule item's whole text) is cut, with an ellipsis.
constexpr int kNameLength = 40;
// References followed to name a record: an event names its member, who is named by text.
constexpr int kNameDepth = 2;

bool isEmptyValue(const QVariant& v)
{
    return v.isNull() || (v.typeId() == QMetaType::QString && v.toString().isEmpty());
}

QString elided(const QString& text)
{
    const QString line = text.simplified();
    return line.size() <= kNameLength ? line : line.left(kNameLength - 1) + QStringLiteral("…");
}

QString emptyText()
{
    return Tr::tr("(empty)");
}

QString titled(const QString& title, const QString& value)
{
    return Tr::tr("%1: %2").arg(title, value);
}

QString changedFromTo(const QString& title, const QString& from, const QString& to)
{
    return Tr::tr("%1: %2 → %3").arg(title, from, to);
}

QString unknownRecord(qint64 id)
{
    return Tr::tr("record %1").arg(id);
}

// ":name0, :name1, …" for `ids`, bound in `binds`.
QString boundList(const QList<qint64>& ids, QVariantMap& binds)
{
    QStringList params;
    for (int i = 0; i < ids.size(); ++i) {
        const QString name = QStringLiteral("i%1").arg(i);
        params << QLatin1Char(':') + name;
        binds.insert(name, ids.at(i));
    }
    return params.join(QStringLiteral(", "));
}

QString likeEscaped(const QString& text)
{
    QString out;
    for (const QChar c : text) {
        if (c == QLatin1Char('\\') || c == QLatin1Char('%') || c == QLatin1Char('_'))
            out += QLatin1Char('\\');
        out += c;
    }
    return out;
}

// "SELECT id FROM t WHERE …" for the records of `records` whose name holds the bound :q_name; empty when none of its
// name columns can be searched.
QString nameMatchSql(const RecordDescription& records, int depth)
{
    QStringList terms;
    for (const QString& name : records.nameColumns()) {
        const auto column = records.column(name);
        if (!column)
            continue;
        if (column->type == FieldType::Text) {
            terms << QStringLiteral("lower(%1) LIKE :q_name ESCAPE '\\'").arg(name);
        } else if (column->type == FieldType::Reference && column->refTable.records && depth == 0) {
            const QString inner = nameMatchSql(column->refTable.records(), depth + 1);
            if (!inner.isEmpty())
                terms << QStringLiteral("%1 IN (%2)").arg(name, inner);
        }
    }
    return terms.isEmpty() ? QString()
                           : QStringLiteral("SELECT id FROM %1 WHERE %2")
                                 .arg(records.table().sqlName(), terms.join(QStringLiteral(" OR ")));
}

} // namespace

ChangeRow ChangeRow::fromJson(const QString& table, qint64 rowId, const QString& action, const QString& oldJson,
                              const QString& newJson)
{
    ChangeRow row;
    row.table = table;
    row.rowId = rowId;
    row.action = action;
    row.oldValues = QJsonDocument::fromJson(oldJson.toUtf8()).object().toVariantMap();
    row.newValues = QJsonDocument::fromJson(newJson.toUtf8()).object().toVariantMap();
    return row;
}

ChangeDescriber::ChangeDescriber(const Database& db) : m_db(db) {}

void ChangeDescriber::clear()
{
    m_stored.clear();
    m_missing.clear();
}

void ChangeDescriber::want(Wanted& wanted, const QString& table, qint64 id) const
{
    if (id > 0 && !stored(table, id) && !m_missing.value(table).contains(id))
        wanted[table].insert(id);
}

void ChangeDescriber::wantReferences(Wanted& wanted, const QString& table, const QVariantMap& values,
                                     bool nameOnly) const
{
    const RecordDescription* records = recordDescription(table);
    if (!records)
        return;
    const QStringList columns = nameOnly ? records->nameColumns() : values.keys();
    for (const QString& name : columns) {
        const QVariant v = values.value(name);
        if (isEmptyValue(v))
            continue;
        const auto column = records->column(name);
        if (column && column->type == FieldType::Reference && column->refTable.name)
            want(wanted, column->refTable.sqlName(), v.toLongLong());
    }
}

void ChangeDescriber::prepare(const QList<ChangeRow>& rows)
{
    Wanted wanted;
    for (const ChangeRow& row : rows) {
        if (!recordDescription(row.table))
            continue;
        want(wanted, row.table, row.rowId);
        wantReferences(wanted, row.table, row.oldValues, false);
        wantReferences(wanted, row.table, row.newValues, false);
    }
    read(std::move(wanted));
}

void ChangeDescriber::read(Wanted wanted)
{
    // Rounds: the records named by a record's name columns (an event's member) are read after it.
    for (int round = 0; round <= kNameDepth && !wanted.isEmpty(); ++round) {
        Wanted next;
        for (auto it = wanted.cbegin(); it != wanted.cend(); ++it) {
            // Only the features' own tables are read: their names are written into SQL.
            const std::optional<Table> table = tableNamed(it.key());
            if (!table)
                continue;
            QList<qint64> ids = it.value().values();
            std::sort(ids.begin(), ids.end());
            QHash<qint64, Stored>& known = m_stored[table->sqlName()];
            for (qsizetype from = 0; from < ids.size(); from += kChunk) {
                const QList<qint64> chunk = ids.mid(from, kChunk);
                QVariantMap binds;
                const QString in = boundList(chunk, binds);
                for (const QVariantMap& row :
                     m_db.rows(QStringLiteral("SELECT * FROM %1 WHERE id IN (%2)").arg(table->sqlName(), in), binds))
                    known.insert(row.value(QStringLiteral("id")).toLongLong(), {row, true});
                // A deleted record: its values as the history kept them when it was deleted (the last time).
                QList<qint64> gone;
                for (qint64 id : chunk)
                    if (!known.contains(id))
                        gone << id;
                if (gone.isEmpty())
                    continue;
                binds.clear();
                binds.insert(QStringLiteral("tbl"), table->sqlName());
                const QString goneIn = boundList(gone, binds);
                for (const QVariantMap& row :
                     m_db.rows(QStringLiteral("SELECT row_id, old_values FROM change_log WHERE table_name = :tbl AND "
                                              "action = 'delete' AND row_id IN (%1) ORDER BY id")
                                   .arg(goneIn),
                               binds))
                    known.insert(row.value(QStringLiteral("row_id")).toLongLong(),
                                 {ChangeRow::fromJson({}, 0, {}, row.value(QStringLiteral("old_values")).toString(), {})
                                      .oldValues,
                                  false});
            }
            for (qint64 id : std::as_const(ids)) {
                if (const auto found = known.constFind(id); found != known.cend())
                    wantReferences(next, table->sqlName(), found->values, true);
                else
                    m_missing[table->sqlName()].insert(id);
            }
        }
        wanted = std::move(next);
    }
}

const ChangeDescriber::Stored* ChangeDescriber::stored(const QString& table, qint64 id) const
{
    const auto t = m_stored.constFind(table);
    if (t == m_stored.cend())
        return nullptr;
    const auto r = t->constFind(id);
    return r == t->cend() ? nullptr : &*r;
}

QString ChangeDescriber::nameOf(const QString& table, qint64 id, const char* nameColumn, int depth) const
{
    const Stored* s = stored(table, id);
    if (!s)
        return unknownRecord(id);
    const RecordDescription* records = recordDescription(table);
    QString name;
    if (records && !records->nameColumns().isEmpty())
        name = nameFromValues(table, *records, s->values, depth);
    else if (nameColumn)
        name = elided(s->values.value(QString::fromLatin1(nameColumn)).toString());
    return name.isEmpty() ? unknownRecord(id) : name;
}

QString ChangeDescriber::nameFromValues(const QString& table, const RecordDescription& records,
                                        const QVariantMap& values, int depth) const
{
    QStringList parts;
    for (const QString& column : records.nameColumns()) {
        const QVariant v = values.value(column);
        if (!isEmptyValue(v))
            parts << valueText(table, column, v, depth + 1);
    }
    return elided(parts.join(QLatin1Char(' ')));
}

QString ChangeDescriber::valueText(const QString& table, const QString& column, const QVariant& value, int depth) const
{
    if (isEmptyValue(value))
        return emptyText();
    const RecordDescription* records = recordDescription(table);
    const auto c = records ? records->column(column) : std::nullopt;
    if (!c) // no field says what it is: as stored, any number in it masked
        return maskNumbersInText(shownValue(table, column, value.toString()));
    switch (c->type) {
    case FieldType::Bool: {
        const bool on = value.toLongLong() != 0;
        const QString& own = on ? c->yesText : c->noText;
        return own.isEmpty() ? flagLabel(on) : own;
    }
    case FieldType::Reference:
        if (!c->refTable.name)
            return value.toString();
        if (depth > kNameDepth)
            return unknownRecord(value.toLongLong());
        return nameOf(c->refTable.sqlName(), value.toLongLong(), c->refName, depth);
    case FieldType::Integer:
        return QString::number(value.toLongLong());
    case FieldType::Money:
        return yuanText(value.toLongLong());
    default:
        break;
    }
    const QString text = value.toString();
    for (const auto& [key, label] : c->choices)
        if (key == text)
            return label;
    return shownValue(table, column, text);
}

QStringList ChangeDescriber::changes(const ChangeRow& row) const
{
    if (row.action == QLatin1String("export"))
        return exportChanges(row);
    const RecordDescription* records = recordDescription(row.table);
    if (!records)
        return rawChanges(row);
    QStringList parts;
    const bool update = row.action == QLatin1String("update");
    const QVariantMap& values = row.action == QLatin1String("delete") ? row.oldValues : row.newValues;
    for (const QString& column : records->columnNames()) {
        if (!values.contains(column))
            continue;
        const QString title = records->column(column)->title;
        const QVariant v = values.value(column);
        if (update)
            parts << changedFromTo(title, valueText(row.table, column, row.oldValues.value(column), 0),
                                   valueText(row.table, column, v, 0));
        else if (!isEmptyValue(v))
            parts << titled(title, valueText(row.table, column, v, 0));
    }
    // Nothing but internal columns (a note about the whole table): shown by their keys.
    bool described = false;
    for (auto it = values.cbegin(); it != values.cend() && !described; ++it)
        described = records->column(it.key()).has_value();
    return described ? parts : rawChanges(row);
}

QStringList ChangeDescriber::rawChanges(const ChangeRow& row) const
{
    const auto text = [&row](const QString& key, const QVariant& v) {
        return isEmptyValue(v) ? emptyText() : maskNumbersInText(shownValue(row.table, key, v.toString()));
    };
    // A database setting is named by its key: shown by its title.
    const bool setting = row.table == tables::Settings.sqlName();
    const auto title = [setting](const QString& key) { return setting ? DatabaseSettings::title(key) : key; };
    QStringList parts;
    if (row.action == QLatin1String("update")) {
        for (auto it = row.newValues.cbegin(); it != row.newValues.cend(); ++it)
            parts << changedFromTo(title(it.key()), text(it.key(), row.oldValues.value(it.key())),
                                   text(it.key(), it.value()));
        return parts;
    }
    const QVariantMap& values = row.action == QLatin1String("delete") ? row.oldValues : row.newValues;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        if (it.key() != QLatin1String("id"))
            parts << titled(it.key(), text(it.key(), it.value()));
    return parts;
}

QStringList ChangeDescriber::exportChanges(const ChangeRow& row) const
{
    // recordFullNumbers(): where the numbers went, which members, how many, which numbers and columns.
    const QVariantMap& details = row.newValues;
    const auto text = [&details](const char* key) {
        return maskNumbersInText(details.value(QString::fromLatin1(key)).toString());
    };
    QStringList parts;
    QSet<QString> done;
    const auto has = [&details, &done](const char* key) {
        done.insert(QString::fromLatin1(key));
        return details.contains(QString::fromLatin1(key));
    };
    if (has("shown"))
        parts << Tr::tr("Shown in: %1").arg(text("shown"));
    if (has("printed"))
        parts << Tr::tr("Printer: %1").arg(text("printed"));
    if (has("file"))
        parts << Tr::tr("File: %1").arg(text("file"));
    if (has("list"))
        parts << Tr::tr("List: %1").arg(text("list"));
    if (has("filter"))
        parts << Tr::tr("Selection: %1").arg(text("filter"));
    if (has("rows"))
        parts << Tr::tr("Records: %1").arg(details.value(QStringLiteral("rows")).toLongLong());
    if (has("unmasked")) {
        const QVariant v = details.value(QStringLiteral("unmasked"));
        // Which numbers: the titles of their fields ("id_number,phone"); an older row says only true.
        if (v.typeId() == QMetaType::QString) {
            const RecordDescription* records = recordDescription(row.table);
            QStringList titles;
            for (const QString& key : v.toString().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                const auto c = records ? records->column(key) : std::nullopt;
                titles << (c ? c->title : key);
            }
            if (!titles.isEmpty())
                parts << Tr::tr("Full numbers: %1").arg(titles.join(Tr::tr(", ")));
        }
    }
    if (has("columns"))
        parts << Tr::tr("Columns: %1")
                     .arg(details.value(QStringLiteral("columns"))
                              .toString()
                              .split(QLatin1Char(','), Qt::SkipEmptyParts)
                              .size());
    for (auto it = details.cbegin(); it != details.cend(); ++it)
        if (!done.contains(it.key()))
            parts << titled(it.key(),
                            isEmptyValue(it.value()) ? emptyText() : maskNumbersInText(it.value().toString()));
    return parts;
}

QString ChangeDescriber::recordName(const ChangeRow& row) const
{
    if (row.rowId <= 0)
        return QString();
    const RecordDescription* records = recordDescription(row.table);
    if (!records || records->nameColumns().isEmpty())
        return unknownRecord(row.rowId);
    if (stored(row.table, row.rowId))
        return nameOf(row.table, row.rowId, nullptr, 0);
    // Never read (prepare() was not asked): the row's own values, when they hold the name.
    QVariantMap values = row.oldValues;
    for (auto it = row.newValues.cbegin(); it != row.newValues.cend(); ++it)
        values.insert(it.key(), it.value());
    const QString name = nameFromValues(row.table, *records, values, 0);
    return name.isEmpty() ? unknownRecord(row.rowId) : name;
}

bool ChangeDescriber::recordExists(const ChangeRow& row) const
{
    if (row.rowId <= 0)
        return false;
    if (!recordDescription(row.table))
        return true; // its records are not read: not known to be gone
    const Stored* s = stored(row.table, row.rowId);
    return s && s->exists;
}

QString ChangeDescriber::recordSearchSql(const QString& table, const QString& text, QVariantMap& binds)
{
    const QString needle = Text::halfWidthTrimmed(text).toLower();
    if (needle.isEmpty())
        return QString();
    binds.insert(QStringLiteral("q_name"), QLatin1Char('%') + likeEscaped(needle) + QLatin1Char('%'));
    QStringList terms;
    for (const Table& t : allTables()) {
        if ((!table.isEmpty() && table != QLatin1String(t.name)) || !t.records)
            continue;
        const QString match = nameMatchSql(t.records(), 0);
        if (match.isEmpty())
            continue;
        const QString name = QStringLiteral("q_table%1").arg(terms.size());
        binds.insert(name, t.sqlName());
        terms << QStringLiteral("(table_name = :%1 AND row_id IN (%2))").arg(name, match);
    }
    return terms.isEmpty() ? QStringLiteral("1 = 0")
                           : QLatin1Char('(') + terms.join(QStringLiteral(" OR ")) + QLatin1Char(')');
}

QString ChangeDescriber::joined(const QStringList& changes)
{
    return changes.join(Tr::tr("; "));
}

QString describeChange(const Database& db, const QString& table, const QString& action, const QString& oldJson,
                       const QString& newJson)
{
    ChangeDescriber describer(db);
    const ChangeRow row = ChangeRow::fromJson(table, 0, action, oldJson, newJson);
    describer.prepare({row});
    return ChangeDescriber::joined(describer.changes(row));
}

} // namespace ud::core
