#include "core/members/MemberExport.h"

#include "core/db/RecordStore.h"
#include "core/io/Csv.h"
#include "core/io/SafeOutput.h"
#include "core/io/XlsxWriter.h"
#include "core/members/IdNumber.h"
#include "core/members/MemberRepository.h"
#include "core/units/SubUnitRepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSaveFile>

#include <algorithm>
#include <cerrno>

namespace ud::core {

namespace {

// Tr::tr() rather than a free tr(): lupdate files a tr() call under the class or namespace
// it stands in, so the context is named here for lupdate and the running program alike.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ud::core::MemberExport)
};

double widthOf(MemberColumn column)
{
    switch (column) {
    case MemberColumn::IdNumber:
        return 21;
    case MemberColumn::UnitName:
    case MemberColumn::Department:
        return 24;
    case MemberColumn::Note:
        return 30;
    case MemberColumn::Gender:
    case MemberColumn::Age:
    case MemberColumn::Status:
    case MemberColumn::Ethnicity:
        return 8;
    case MemberColumn::Phone:
    case MemberColumn::Title:
    case MemberColumn::PoliticalStatus:
    case MemberColumn::EmploymentType:
        return 14;
    default:
        return 12;
    }
}

/// The members an export or list shows, one row of raw values (masked, and as of the roster date when one
/// is asked for) per member, streamed from one forward-only query.
class RowSource {
public:
    RowSource(Database& db, const MemberExportOptions& options)
        : m_db(db), m_options(options), m_columns(memberExportColumns(options)),
          m_ageDay(options.asOf.value_or(QDate::currentDate()))
    {
        // A masked list is never chosen by the digits its mask hides.
        m_options.filter.fullNumbers = options.unmasked && options.filter.fullNumbers;
    }

    const QList<MemberColumn>& columns() const { return m_columns; }
    const QDate& ageDay() const { return m_ageDay; }

    /// How many rows run() will give at most.
    qint64 total() const
    {
        if (!m_options.asOf)
            return MemberQuery::count(m_db, m_options.filter);
        return MemberRepository(m_db).rosterAsOf(*m_options.asOf).size();
    }

    void run(const std::function<bool(const QVariantList&)>& sink) const
    {
        if (m_options.asOf)
            runAsOf(sink);
        else
            runCurrent(sink);
    }

private:
    QVariant masked(MemberColumn column, const QVariant& raw) const
    {
        if (m_options.unmasked || raw.isNull())
            return raw;
        if (column == MemberColumn::IdNumber)
            return maskNumber(PersonalNumber::IdNumber, raw.toString());
        if (column == MemberColumn::Phone)
            return maskNumber(PersonalNumber::Phone, raw.toString());
        return raw;
    }

    void runCurrent(const std::function<bool(const QVariantList&)>& sink) const
    {
        QVariantMap binds;
        const QString sql = MemberQuery::selectSql(m_options.filter, m_options.sortColumn, m_options.order, binds);
        QSqlQuery query = m_db.exec(sql, binds); // forward-only
        QVariantList raw;
        raw.reserve(m_columns.size());
        while (query.next()) {
            raw.clear();
            for (MemberColumn c : m_columns)
                raw.append(masked(c, query.value(1 + static_cast<int>(c))));
            if (!sink(raw))
                return;
        }
    }

    void runAsOf(const std::function<bool(const QVariantList&)>& sink) const
    {
        QHash<qint64, MemberRepository::RosterEntry> roster;
        for (const auto& entry : MemberRepository(m_db).rosterAsOf(*m_options.asOf))
            roster.insert(entry.memberId, entry);
        QHash<qint64, SubUnit> units;
        for (const SubUnit& u : SubUnitRepository(m_db).all())
            units.insert(u.id, u);

        // Sub-union and status are those of the day, so they are filtered and sorted here, not in SQL.
        MemberFilter filter = m_options.filter;
        filter.unitId.reset();
        filter.status.reset();
        const MemberColumn sortColumn = m_options.sortColumn;
        const bool sortHere = sortColumn == MemberColumn::UnitCode || sortColumn == MemberColumn::UnitName ||
                              sortColumn == MemberColumn::Status;
        QVariantMap binds;
        const QString sql =
            MemberQuery::selectSql(filter, sortHere ? MemberColumn::StaffNo : sortColumn, m_options.order, binds);
        QSqlQuery query = m_db.exec(sql, binds);

        struct Sorted {
            QString key;
            int order = 0;
            QVariantList raw;
        };
        QList<Sorted> sorted;
        QVariantList raw;
        while (query.next()) {
            const auto entry = roster.constFind(query.value(0).toLongLong());
            if (entry == roster.constEnd())
                continue;
            if (m_options.filter.unitId && entry->unitId != m_options.filter.unitId)
                continue;
            if (m_options.filter.status && entry->status != *m_options.filter.status)
                continue;
            const auto unitIt = entry->unitId ? units.constFind(*entry->unitId) : units.constEnd();
            const SubUnit* unit = unitIt != units.constEnd() ? &*unitIt : nullptr;
            raw.clear();
            for (MemberColumn c : m_columns) {
                switch (c) {
                case MemberColumn::Status:
                    raw.append(Member::statusKey(entry->status));
                    break;
                case MemberColumn::UnitCode:
                    raw.append(unit ? QVariant(unit->code) : QVariant());
                    break;
                case MemberColumn::UnitName:
                    raw.append(unit ? QVariant(unit->name) : QVariant());
                    break;
                default:
                    raw.append(masked(c, query.value(1 + static_cast<int>(c))));
                }
            }
            if (!sortHere) {
                if (!sink(raw))
                    return;
                continue;
            }
            Sorted s;
            s.raw = raw;
            if (sortColumn == MemberColumn::Status) {
                s.key = Member::statusKey(entry->status);
            } else {
                s.key = unit ? unit->code : QString();
                s.order = unit && sortColumn == MemberColumn::UnitName ? unit->sortOrder : 0;
            }
            sorted.append(std::move(s));
        }
        // Rows arrive by staff number; a stable sort keeps that order within one sub-union or status.
        const bool descending = m_options.order == Qt::DescendingOrder;
        std::stable_sort(sorted.begin(), sorted.end(), [descending](const Sorted& a, const Sorted& b) {
            const bool less = a.order != b.order ? a.order < b.order : a.key < b.key;
            const bool greater = a.order != b.order ? a.order > b.order : a.key > b.key;
            return descending ? greater : less;
        });
        for (const Sorted& s : sorted)
            if (!sink(s.raw))
                return;
    }

    Database& m_db;
    MemberExportOptions m_options;
    QList<MemberColumn> m_columns;
    QDate m_ageDay;
};

QString textOf(MemberColumn column, const QVariant& raw, MemberText text, const QDate& ageDay)
{
    if (raw.isNull())
        return {};
    if (column == MemberColumn::Age) {
        const std::optional<int> age = MemberQuery::ageFrom(raw, ageDay);
        return age ? QString::number(*age) : QString();
    }
    if (text == MemberText::Keys)
        return raw.typeId() == QMetaType::QDate ? raw.toDate().toString(Qt::ISODate) : raw.toString();
    return MemberQuery::displayText(column, raw);
}

QStringList textRow(const QList<MemberColumn>& columns, const QVariantList& raw, MemberText text, const QDate& ageDay)
{
    QStringList cells;
    cells.reserve(columns.size());
    for (int i = 0; i < columns.size(); ++i)
        cells.append(textOf(columns.at(i), raw.at(i), text, ageDay));
    return cells;
}

/// The search text as the change history keeps it: a complete ID or mobile number typed to find its member is
/// masked there like everywhere else.
QString searchForHistory(const QString& search)
{
    const QString text = search.trimmed();
    if (checkIdNumber(text, QDate()).valid)
        return maskIdNumber(text);
    if (isValidMobile(text))
        return maskPhone(text);
    return text;
}

/// Why a write failed: the system's words ("No space left on device") when QSaveFile has none of its own.
QString writeFailure(const QSaveFile& file)
{
    const int code = errno;
    if (code != 0 && (file.error() == QFileDevice::WriteError || file.errorString().isEmpty() ||
                      file.errorString() == QLatin1String("Unknown error")))
        return qt_error_string(code);
    return file.errorString();
}

QString nativePath(const QString& path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

} // namespace

QList<MemberColumn> memberExportColumns(const MemberExportOptions& options)
{
    if (!options.columns.isEmpty())
        return options.columns;
    QList<MemberColumn> all;
    for (const auto& info : MemberColumns::all())
        all.append(info.column);
    return all;
}

QStringList memberHeader(const QList<MemberColumn>& columns, MemberText text)
{
    QStringList header;
    for (MemberColumn c : columns)
        header << (text == MemberText::Keys ? MemberColumns::info(c).key : MemberColumns::title(c));
    return header;
}

void forEachMemberRow(Database& db, const MemberExportOptions& options, MemberText text,
                      const std::function<bool(const QStringList& row)>& row)
{
    const RowSource source(db, options);
    source.run([&](const QVariantList& raw) { return row(textRow(source.columns(), raw, text, source.ageDay())); });
}

QList<QStringList> memberRows(Database& db, const MemberExportOptions& options, MemberText text)
{
    QList<QStringList> rows;
    forEachMemberRow(db, options, text, [&rows](const QStringList& r) {
        rows.append(r);
        return true;
    });
    return rows;
}

QString describeMemberFilter(Database& db, const MemberExportOptions& options)
{
    const MemberFilter& f = options.filter;
    QStringList parts;
    if (!f.search.trimmed().isEmpty())
        parts << Tr::tr("search \"%1\"").arg(searchForHistory(f.search));
    if (f.unitId) {
        const auto unit = SubUnitRepository(db).byId(*f.unitId);
        parts << Tr::tr("sub-union %1")
                     .arg(unit ? unit->code + QLatin1Char(' ') + unit->name : QString::number(*f.unitId));
    }
    if (f.status)
        parts << Tr::tr("status %1").arg(Member::statusKey(*f.status));
    if (!f.gender.isEmpty())
        parts << Tr::tr("gender %1").arg(f.gender);
    if (f.minAge || f.maxAge)
        parts << Tr::tr("age %1–%2")
                     .arg(f.minAge ? QString::number(*f.minAge) : QString(),
                          f.maxAge ? QString::number(*f.maxAge) : QString());
    if (f.birthMonth)
        parts << Tr::tr("birth month %1").arg(*f.birthMonth);
    if (options.asOf)
        parts << Tr::tr("as of %1").arg(options.asOf->toString(Qt::ISODate));
    return parts.isEmpty() ? Tr::tr("all members") : parts.join(QStringLiteral("; "));
}

void recordFullNumbers(Database& db, const FullNumbersUse& use)
{
    QVariantMap details{{QStringLiteral("rows"), use.rows},
                        {QStringLiteral("unmasked"), use.numbers.join(QLatin1Char(','))}};
    switch (use.kind) {
    case FullNumbersUse::Kind::Shown:
        details.insert(QStringLiteral("shown"), use.target);
        break;
    case FullNumbersUse::Kind::Exported:
        details.insert(QStringLiteral("file"), use.target);
        break;
    case FullNumbersUse::Kind::Printed:
        details.insert(QStringLiteral("printed"), use.target);
        break;
    }
    if (!use.filter.isEmpty())
        details.insert(QStringLiteral("filter"), use.filter);
    if (!use.list.isEmpty())
        details.insert(QStringLiteral("list"), use.list);
    if (!use.columns.isEmpty())
        details.insert(QStringLiteral("columns"), use.columns.join(QLatin1Char(',')));
    // One action for all three (the schema's list of actions has no other); the key of the target says which.
    RecordStore(db).note(QStringLiteral("export"), tables::Members.sqlName(), details);
}

void recordUnmaskedExport(Database& db, const QString& destination, const MemberExportOptions& options, qint64 rowCount)
{
    FullNumbersUse use;
    use.kind = FullNumbersUse::Kind::Exported;
    use.target = destination;
    use.filter = describeMemberFilter(db, options);
    use.rows = rowCount;
    const QList<MemberColumn> columns = memberExportColumns(options);
    use.columns = memberHeader(columns, MemberText::Keys);
    for (MemberColumn c : columns)
        if (MemberColumns::info(c).isSensitive)
            use.numbers << MemberColumns::info(c).key;
    recordFullNumbers(db, use);
}

qint64 exportMembers(Database& db, const QString& path, const MemberExportOptions& options,
                     const std::function<bool(qint64 done, qint64 total)>& progress)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    const bool xlsx = suffix == QLatin1String("xlsx");
    if (!xlsx && suffix != QLatin1String("csv"))
        throw Error(Tr::tr("%1: the file name must end in .xlsx or .csv.").arg(QDir::toNativeSeparators(path)));
    SafeOutput::checkTarget(path);

    const RowSource source(db, options);
    const QList<MemberColumn>& columns = source.columns();
    const qint64 total = progress ? source.total() : 0;
    qint64 done = 0;
    auto tick = [&]() {
        if (progress && !progress(done, total))
            throw ExportCancelled(Tr::tr("The export was cancelled; no file was written."));
    };
    tick();
    // An unmasked export is recorded in the same transaction that puts the file in place: no file without
    // its record.
    auto finishWith = [&](const std::function<void()>& putInPlace) {
        if (!options.unmasked) {
            putInPlace();
            return;
        }
        Transaction tx(db);
        recordUnmaskedExport(db, nativePath(path), options, done);
        putInPlace();
        tx.commit();
    };

    if (xlsx) {
        XlsxWriter writer(path);
        QList<XlsxColumn> sheetColumns;
        for (MemberColumn c : columns) {
            XlsxColumn col;
            col.title = MemberColumns::title(c);
            col.width = widthOf(c);
            col.kind = MemberColumns::info(c).isDate ? XlsxColumn::Kind::Date
                       : c == MemberColumn::Age      ? XlsxColumn::Kind::Integer
                                                     : XlsxColumn::Kind::Text;
            sheetColumns << col;
        }
        writer.addSheet(Tr::tr("Members"), sheetColumns);
        QVariantList values;
        source.run([&](const QVariantList& raw) {
            values.clear();
            for (int i = 0; i < columns.size(); ++i) {
                const MemberColumn c = columns.at(i);
                if (MemberColumns::info(c).isDate)
                    values.append(raw.at(i));
                else
                    values.append(textOf(c, raw.at(i), MemberText::Labels, source.ageDay()));
            }
            writer.addRow(values);
            if (++done % 1000 == 0)
                tick();
            return true;
        });
        tick();
        finishWith([&] { writer.finish(); });
        return done;
    }

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw Error(Tr::tr("Cannot write %1: %2").arg(nativePath(path), file.errorString()));
    QByteArray buffer = QByteArrayLiteral("\xEF\xBB\xBF");
    buffer += Csv::formatRow(memberHeader(columns, MemberText::Keys)).toUtf8() + "\r\n";
    auto flush = [&]() {
        errno = 0;
        if (file.write(buffer) != buffer.size())
            throw Error(Tr::tr("Cannot write %1: %2").arg(nativePath(path), writeFailure(file)));
        buffer.clear();
    };
    source.run([&](const QVariantList& raw) {
        buffer += Csv::formatRow(textRow(columns, raw, MemberText::Labels, source.ageDay())).toUtf8();
        buffer += "\r\n";
        if (buffer.size() > (1 << 18))
            flush();
        if (++done % 1000 == 0)
            tick();
        return true;
    });
    flush();
    tick();
    finishWith([&] {
        errno = 0;
        if (!file.commit())
            throw Error(Tr::tr("Cannot write %1: %2").arg(nativePath(path), writeFailure(file)));
    });
    return done;
}

} // namespace ud::core
