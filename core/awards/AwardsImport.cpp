#include "core/awards/AwardsImport.h"

#include "core/awards/AwardRepositories.h"
#include "core/db/Error.h"
#include "core/db/ImportLog.h"
#include "core/db/Transaction.h"
#include "core/io/TableFile.h"
#include "core/units/SubUnitMatcher.h"
#include "core/units/SubUnitRepository.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace ud::core {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ud::core::AwardsImport)
};

/// A data row's cells by field name.
class Row {
public:
    Row(const TableFile& file, const QHash<QString, int>& columns, int index)
        : m_file(file), m_columns(columns), m_index(index)
    {
    }
    QString text(const char* field) const
    {
        const int c = m_columns.value(QString::fromLatin1(field), -1);
        const QVariantList& cells = m_file.rows.at(m_index);
        return c < 0 || c >= cells.size() ? QString() : TableFile::cellText(cells.at(c));
    }
    /// A whole number of people; nullopt when the cell is empty; throws ValidationError naming the column otherwise.
    std::optional<int> count(const char* field, const QString& title) const
    {
        QString t = text(field);
        if (t.endsWith(QStringLiteral("人")))
            t.chop(1);
        if (t.isEmpty())
            return std::nullopt;
        bool ok = false;
        const int n = t.trimmed().toInt(&ok);
        if (!ok || n < 0 || n > 99999)
            throw ValidationError(Tr::tr("%1 \"%2\" is not a number of people.").arg(title, text(field)));
        return n;
    }
    int number() const { return m_file.rowNumbers.at(m_index); }

private:
    const TableFile& m_file;
    const QHash<QString, int>& m_columns;
    int m_index;
};

QHash<QString, QString> aliases(const QList<QPair<const char*, QStringList>>& list)
{
    QHash<QString, QString> map;
    for (const auto& [field, headers] : list) {
        map.insert(QString::fromLatin1(field), QString::fromLatin1(field));
        for (const QString& h : headers)
            map.insert(h, QString::fromLatin1(field));
    }
    return map;
}

/// The member a staff number names, or else the one member of that name; nullopt when none does. Throws
/// ValidationError when several members have the name.
std::optional<qint64> findMember(Database& db, const QString& who)
{
    auto rows = db.rows(QStringLiteral("SELECT id FROM members WHERE staff_no = :v"), {{QStringLiteral("v"), who}});
    if (rows.isEmpty())
        rows = db.rows(QStringLiteral("SELECT id FROM members WHERE name = :v"), {{QStringLiteral("v"), who}});
    if (rows.size() > 1)
        throw ValidationError(
            Tr::tr("%n members are named %1; give the staff number instead.", nullptr, int(rows.size())).arg(who));
    return rows.isEmpty() ? std::nullopt : std::optional<qint64>(rows.first().value(QStringLiteral("id")).toLongLong());
}

qint64 requireMember(Database& db, const QString& who)
{
    if (auto id = findMember(db, who))
        return *id;
    throw ValidationError(Tr::tr("%1 is neither a staff number nor a name on the roster.").arg(who));
}

QStringList people(const QString& text)
{
    static const QRegularExpression separators(QStringLiteral("[、，,；;\\s]+"));
    return text.split(separators, Qt::SkipEmptyParts);
}

bool yes(const QString& text)
{
    const QString t = text.trimmed().toLower();
    return t == QStringLiteral("是") || t == QStringLiteral("有") || t == QStringLiteral("已") ||
           t == QStringLiteral("已公示") || t == QStringLiteral("yes") || t == QStringLiteral("y") ||
           t == QStringLiteral("1") || t == QStringLiteral("√");
}

/// The sub-union a file names by code, name or short name, or by a name that means one stored sub-union only (经济学院
/// for 经济学院分工会).
class UnitFinder {
public:
    explicit UnitFinder(Database& db) : m_units(SubUnitRepository(db).all()) {}
    qint64 require(const QString& text) const
    {
        for (const SubUnit& u : m_units)
            if (u.code == text || u.name == text || (!u.shortName.isEmpty() && u.shortName == text))
                return u.id;
        const QString key = SubUnitMatcher::key(text);
        QList<qint64> same;
        for (const SubUnit& u : m_units)
            if (!key.isEmpty() && (SubUnitMatcher::key(u.name) == key || SubUnitMatcher::key(u.shortName) == key))
                same << u.id;
        if (same.size() == 1)
            return same.first();
        throw ValidationError(
            Tr::tr("no sub-union has the code or name %1. `uniondesk units list` shows them.").arg(text));
    }

private:
    QList<SubUnit> m_units;
};

void requireColumns(const QString& path, const QHash<QString, int>& columns,
                    const QList<QPair<const char*, const char*>>& required)
{
    QStringList missing;
    for (const auto& [field, title] : required)
        if (!columns.contains(QString::fromLatin1(field)))
            missing << QString::fromUtf8(title);
    if (!missing.isEmpty())
        throw ValidationError(Tr::tr("%1 lacks the column(s) %2.").arg(path, missing.join(QStringLiteral("、"))));
}

} // namespace

QString awardImportSummary(const AwardImportResult& r)
{
    QString text = Tr::tr("%1 added").arg(r.added);
    if (r.unchanged > 0)
        text += Tr::tr(", %1 already recorded").arg(r.unchanged);
    if (!r.warnings.isEmpty())
        text += Tr::tr("; %n warning(s)", nullptr, int(r.warnings.size()));
    return text;
}

int badRowCount(const AwardImportResult& r)
{
    QSet<int> rows;
    for (const QString& e : r.errors)
        rows.insert(TableFile::messageRow(e));
    return int(rows.size());
}

AwardImportResult importNominations(Database& db, const QString& path, const QString& roundKey, bool dryRun)
{
    AwardImportResult result;
    result.dryRun = dryRun;
    const AwardRound round = AwardRoundRepository(db).requireKey(roundKey);
    const AwardType type = AwardTypeRepository(db).require(round.awardTypeId);
    const TableFile file = TableFile::load(path);
    const auto columns = file.matchHeader(aliases({
        {"nominee",
         {QStringLiteral("被推荐人"), QStringLiteral("推荐对象"), QStringLiteral("被推荐人（集体）"),
          QStringLiteral("姓名或集体名称")}},
        {"kind", {QStringLiteral("类型"), QStringLiteral("类别"), QStringLiteral("个人/集体")}},
        {"unit",
         {QStringLiteral("推荐单位"), QStringLiteral("推荐分工会"), QStringLiteral("分工会"),
          QStringLiteral("二级工会")}},
        {"head", {QStringLiteral("负责人"), QStringLiteral("负责人工号")}},
        {"members", {QStringLiteral("成员"), QStringLiteral("成员工号"), QStringLiteral("集体成员")}},
        {"size", {QStringLiteral("总人数"), QStringLiteral("人数")}},
        {"women", {QStringLiteral("女性人数"), QStringLiteral("女职工人数"), QStringLiteral("女性")}},
        {"deeds", {QStringLiteral("事迹"), QStringLiteral("主要事迹"), QStringLiteral("事迹简介")}},
        {"team_unit", {QStringLiteral("所在单位"), QStringLiteral("所在部门")}},
        {"attachments", {QStringLiteral("附件"), QStringLiteral("附件已交")}},
        {"published", {QStringLiteral("已公示"), QStringLiteral("本单位公示")}},
        {"note", {QStringLiteral("备注")}},
    }));
    requireColumns(path, columns, {{"nominee", "被推荐人"}, {"unit", "推荐单位"}});
    if (type.kind == AwardKind::Both && !columns.contains(QStringLiteral("kind")))
        throw ValidationError(
            Tr::tr("%1 lacks the column 类型: %2 is for individuals and collectives, so each row says "
                   "which it is (个人 or 集体).")
                .arg(path, type.name));

    Transaction tx(db);
    ImportBatch batch(db, ImportLog::Kind::Import, tables::Nominations, path);
    NominationRepository nominations(db);
    const UnitFinder units(db);
    for (int i = 0; i < file.rows.size(); ++i) {
        const Row row(file, columns, i);
        try {
            Nomination n;
            n.roundId = round.id;
            const QString kind = row.text("kind");
            if (kind.isEmpty()) {
                if (type.kind == AwardKind::Both)
                    throw ValidationError(Tr::tr("类型 is empty; write 个人 or 集体."));
                n.kind = type.kind == AwardKind::Collective ? NomineeKind::Collective : NomineeKind::Individual;
            } else if (kind == QStringLiteral("个人")) {
                n.kind = NomineeKind::Individual;
            } else if (kind == QStringLiteral("集体")) {
                n.kind = NomineeKind::Collective;
            } else if (auto k = nomineeKinds().fromText(kind)) {
                n.kind = *k;
            } else {
                throw ValidationError(Tr::tr("类型 \"%1\" is neither 个人 nor 集体.").arg(kind));
            }
            const QString nominee = row.text("nominee");
            if (nominee.isEmpty())
                throw ValidationError(Tr::tr("被推荐人 is empty."));
            const QString unit = row.text("unit");
            if (unit.isEmpty())
                throw ValidationError(Tr::tr("推荐单位 is empty."));
            n.unitId = units.require(unit);
            if (n.isCollective()) {
                n.teamName = nominee;
                n.teamUnit = row.text("team_unit");
                if (const QString head = row.text("head"); !head.isEmpty())
                    n.headMemberId = requireMember(db, head);
                for (const QString& who : people(row.text("members")))
                    n.memberIds << requireMember(db, who);
                const std::optional<int> size = row.count("size", QStringLiteral("总人数"));
                const std::optional<int> women = row.count("women", QStringLiteral("女性人数"));
                if (women && !size)
                    throw ValidationError(Tr::tr("女性人数 is given without 总人数."));
                if (size && *size == 0)
                    throw ValidationError(Tr::tr("总人数 is 0."));
                n.teamSize = size.value_or(0);
                n.teamWomen = women.value_or(0);
            } else {
                n.memberId = requireMember(db, nominee);
            }
            n.deeds = row.text("deeds");
            n.attachments = yes(row.text("attachments"));
            n.published = yes(row.text("published"));
            n.note = row.text("note");
            QList<AwardProblem> warnings;
            nominations.nominate(n, &warnings);
            ++result.added;
            for (const AwardProblem& w : warnings)
                result.warnings << TableFile::rowMessage(row.number(), w.message);
        } catch (const Error& e) {
            // A row refused for several reasons: each on its own line, each with the row.
            for (const QString& reason : e.message().split(QLatin1Char('\n'), Qt::SkipEmptyParts))
                result.errors << TableFile::rowMessage(row.number(), reason);
        }
    }
    if (!result.errors.isEmpty()) {
        result.added = 0;
        return result; // the transaction rolls back
    }
    if (dryRun)
        return result;
    batch.finish();
    result.batch = batch.id();
    tx.commit();
    return result;
}

AwardImportResult importAwardHistory(Database& db, const QString& path, bool dryRun)
{
    AwardImportResult result;
    result.dryRun = dryRun;
    const TableFile file = TableFile::load(path);
    const auto columns = file.matchHeader(aliases({
        {"staff_no", {QStringLiteral("工号"), QStringLiteral("职工号")}},
        {"name", {QStringLiteral("姓名")}},
        {"team", {QStringLiteral("集体名称"), QStringLiteral("集体")}},
        {"who",
         {QStringLiteral("获奖者"), QStringLiteral("获奖对象"), QStringLiteral("被表彰对象"),
          QStringLiteral("工号或集体名称")}},
        {"award", {QStringLiteral("奖项"), QStringLiteral("荣誉称号"), QStringLiteral("奖项名称")}},
        {"year", {QStringLiteral("年度"), QStringLiteral("年份"), QStringLiteral("获奖年度")}},
        {"unit", {QStringLiteral("推荐单位"), QStringLiteral("分工会"), QStringLiteral("二级工会")}},
        {"note", {QStringLiteral("备注")}},
    }));
    requireColumns(path, columns, {{"award", "奖项"}, {"year", "年度"}});
    if (!columns.contains(QStringLiteral("staff_no")) && !columns.contains(QStringLiteral("name")) &&
        !columns.contains(QStringLiteral("team")) && !columns.contains(QStringLiteral("who")))
        throw ValidationError(Tr::tr("%1 lacks the column 工号 or 集体名称.").arg(path));

    Transaction tx(db);
    ImportBatch batch(db, ImportLog::Kind::Import, tables::AwardHistory, path);
    AwardHistoryRepository history(db);
    AwardTypeRepository types(db);
    const UnitFinder units(db);
    for (int i = 0; i < file.rows.size(); ++i) {
        const Row row(file, columns, i);
        try {
            AwardHistoryEntry e;
            const QString staffNo = row.text("staff_no");
            const QString name = row.text("name");
            const QString team = row.text("team");
            const QString who = row.text("who");
            if (!staffNo.isEmpty()) {
                const auto rows = db.rows(QStringLiteral("SELECT id, name FROM members WHERE staff_no = :v"),
                                          {{QStringLiteral("v"), staffNo}});
                if (rows.isEmpty())
                    throw ValidationError(Tr::tr("no member has the staff number %1.").arg(staffNo));
                const QString stored = rows.first().value(QStringLiteral("name")).toString();
                if (!name.isEmpty() && stored != name)
                    throw ValidationError(
                        Tr::tr("staff number %1 is %2 on the roster, not %3.").arg(staffNo, stored, name));
                e.memberId = rows.first().value(QStringLiteral("id")).toLongLong();
            } else if (!team.isEmpty()) {
                e.teamName = team;
            } else if (!name.isEmpty()) {
                e.memberId = requireMember(db, name);
            } else if (!who.isEmpty()) {
                // A staff number or a member's name, else the name of a collective (a number that is nobody's is a
                // mistake, not a collective).
                if (const auto member = findMember(db, who))
                    e.memberId = member;
                else if (static const QRegularExpression digits(QStringLiteral("^[0-9A-Za-z]+$"));
                         digits.match(who).hasMatch())
                    throw ValidationError(Tr::tr("no member has the staff number %1.").arg(who));
                else
                    e.teamName = who;
            } else {
                throw ValidationError(Tr::tr("the row names nobody (工号 and 集体名称 are empty)."));
            }
            const QString award = row.text("award");
            if (award.isEmpty())
                throw ValidationError(Tr::tr("奖项 is empty."));
            e.awardTypeId = types.requireName(award).id;
            QString year = row.text("year");
            if (year.endsWith(QStringLiteral("年")) || year.endsWith(QStringLiteral("年度")))
                year.remove(QStringLiteral("年度")).remove(QStringLiteral("年"));
            bool ok = false;
            e.year = year.trimmed().toInt(&ok);
            if (!ok || e.year < 1900 || e.year > 2999)
                throw ValidationError(Tr::tr("年度 \"%1\" is not a year.").arg(row.text("year")));
            if (const QString unit = row.text("unit"); !unit.isEmpty())
                e.unitId = units.require(unit);
            e.note = row.text("note");
            e.source = HistorySource::Imported;
            if (history.sameEntry(e)) {
                ++result.unchanged; // recorded already, by an earlier import or a final list
                continue;
            }
            history.add(e);
            ++result.added;
        } catch (const Error& e) {
            result.errors << TableFile::rowMessage(row.number(), e.message());
        }
    }
    if (!result.errors.isEmpty()) {
        result.added = result.unchanged = 0;
        return result; // the transaction rolls back
    }
    if (dryRun)
        return result;
    batch.finish();
    result.batch = batch.id();
    tx.commit();
    return result;
}

} // namespace ud::core
