#include "core/congress/CongressImport.h"

#include "core/congress/CongressRepositories.h"
#include "core/congress/ProposalRepository.h"
#include "core/db/Error.h"
#include "core/db/ImportLog.h"
#include "core/db/Transaction.h"
#include "core/io/DateText.h"
#include "core/io/TableFile.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace ud::core {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ud::core::CongressImport)
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
    /// A date cell; an invalid QDate when empty; throws ValidationError naming the column when unreadable.
    QDate date(const char* field, const QString& title) const
    {
        const QString t = text(field);
        if (t.isEmpty())
            return {};
        if (auto d = parseDateText(t))
            return *d;
        throw ValidationError(Tr::tr("%1 \"%2\" is not a date.").arg(title, t));
    }
    int number() const { return m_file.rowNumbers.at(m_index); }

private:
    const TableFile& m_file;
    const QHash<QString, int>& m_columns;
    int m_index;
};

/// The one member a staff number or a name names; throws ValidationError when none or several do.
qint64 memberFor(Database& db, const QString& who)
{
    auto rows = db.rows(QStringLiteral("SELECT id FROM members WHERE staff_no = :v"), {{QStringLiteral("v"), who}});
    if (rows.isEmpty())
        rows = db.rows(QStringLiteral("SELECT id FROM members WHERE name = :v"), {{QStringLiteral("v"), who}});
    if (rows.isEmpty())
        throw ValidationError(Tr::tr("%1 is neither a staff number nor a name on the roster.").arg(who));
    if (rows.size() > 1)
        throw ValidationError(
            Tr::tr("%n members are named %1; give the staff number instead.", nullptr, int(rows.size())).arg(who));
    return rows.first().value(QStringLiteral("id")).toLongLong();
}

qint64 representativeFor(Database& db, int term, const QString& who)
{
    const qint64 member = memberFor(db, who);
    if (auto rep = RepresentativeRepository(db).byMember(term, member))
        return rep->id;
    throw ValidationError(Tr::tr("%1 is not a representative of term %2.").arg(who).arg(term));
}

QStringList people(const QString& text)
{
    static const QRegularExpression separators(QStringLiteral("[、，,；;\\s]+"));
    QStringList list = text.split(separators, Qt::SkipEmptyParts);
    for (QString& s : list)
        s = s.trimmed();
    return list;
}

void requireColumns(const TableFile& file, const QHash<QString, int>& columns,
                    const QList<QPair<const char*, const char*>>& required)
{
    QStringList missing;
    for (const auto& [field, title] : required)
        if (!columns.contains(QString::fromLatin1(field)))
            missing << QString::fromUtf8(title);
    if (!missing.isEmpty())
        throw ValidationError(Tr::tr("%1 lacks the column(s) %2.").arg(file.path, missing.join(QStringLiteral("、"))));
}

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

} // namespace

QString congressImportSummary(const CongressImportResult& r)
{
    QString text = Tr::tr("%1 added, %2 updated, %3 unchanged").arg(r.added).arg(r.updated).arg(r.unchanged);
    if (r.delegationsAdded > 0)
        text += Tr::tr("; %n new delegation(s)", nullptr, r.delegationsAdded);
    if (r.unitsAdded > 0)
        text += Tr::tr("; %n new handling unit(s)", nullptr, r.unitsAdded);
    return text;
}

CongressImportResult importRepresentatives(Database& db, const QString& path, const QString& sessionKey, bool dryRun)
{
    CongressImportResult result;
    result.dryRun = dryRun;
    const CongressSession session = SessionRepository(db).requireKey(sessionKey);
    const TableFile file = TableFile::load(path);
    const auto columns =
        file.matchHeader(aliases({{"staff_no", {QStringLiteral("工号"), QStringLiteral("职工号")}},
                                  {"name", {QStringLiteral("姓名")}},
                                  {"delegation", {QStringLiteral("代表团"), QStringLiteral("所在代表团")}},
                                  {"head", {QStringLiteral("团长"), QStringLiteral("职务")}},
                                  {"started", {QStringLiteral("起始日期"), QStringLiteral("当选日期")}},
                                  {"note", {QStringLiteral("备注")}}}));
    if (!columns.contains(QStringLiteral("staff_no")) && !columns.contains(QStringLiteral("name")))
        throw ValidationError(Tr::tr("%1 lacks the column 工号 or 姓名.").arg(path));
    requireColumns(file, columns, {{"delegation", "代表团"}});

    Transaction tx(db);
    ImportBatch batch(db, ImportLog::Kind::Import, tables::Representatives, path);
    DelegationRepository delegations(db);
    RepresentativeRepository reps(db);
    const int delegationsBefore = int(delegations.ofTerm(session.term).size());
    for (int i = 0; i < file.rows.size(); ++i) {
        const Row row(file, columns, i);
        try {
            const QString staffNo = row.text("staff_no");
            const QString name = row.text("name");
            qint64 member = 0;
            if (!staffNo.isEmpty()) {
                member = memberFor(db, staffNo);
                const QString stored = db.scalar(QStringLiteral("SELECT name FROM members WHERE id = :id"),
                                                 {{QStringLiteral("id"), member}})
                                           .toString();
                if (!name.isEmpty() && stored != name)
                    throw ValidationError(
                        Tr::tr("staff number %1 is %2 on the roster, not %3.").arg(staffNo, stored, name));
            } else if (!name.isEmpty()) {
                member = memberFor(db, name);
            } else {
                throw ValidationError(Tr::tr("the row names nobody (工号 and 姓名 are empty)."));
            }
            const QString delegationName = row.text("delegation");
            if (delegationName.isEmpty())
                throw ValidationError(Tr::tr("代表团 is empty."));
            const qint64 delegation = delegations.idForName(session.term, delegationName);
            const QString head = row.text("head");
            if (head == QStringLiteral("是") || head == QStringLiteral("团长")) {
                Delegation d = delegations.require(delegation);
                d.headMemberId = member;
                delegations.update(d);
            }
            Representative rep;
            if (auto stored = reps.byMember(session.term, member))
                rep = *stored;
            const Representative before = rep;
            rep.term = session.term;
            rep.memberId = member;
            rep.delegationId = delegation;
            if (const QDate started = row.date("started", QStringLiteral("起始日期")); started.isValid())
                rep.started = started;
            if (!row.text("note").isEmpty())
                rep.note = row.text("note");
            if (rep.id == 0) {
                reps.add(rep);
                ++result.added;
            } else if (reps.update(rep)) {
                ++result.updated;
            } else {
                ++result.unchanged;
            }
            Q_UNUSED(before);
        } catch (const Error& e) {
            result.errors << TableFile::rowMessage(row.number(), e.message());
        }
    }
    result.delegationsAdded = int(delegations.ofTerm(session.term).size()) - delegationsBefore;
    if (!result.errors.isEmpty() || dryRun)
        return result; // the transaction rolls back
    batch.finish();
    result.batch = batch.id();
    tx.commit();
    return result;
}

namespace {

std::optional<Decision> decisionFromText(const QString& t)
{
    static const QHash<QString, Decision> map{{QStringLiteral("立案"), Decision::Filed},
                                              {QStringLiteral("不立案"), Decision::Rejected},
                                              {QStringLiteral("转为意见建议"), Decision::Converted},
                                              {QStringLiteral("转意见建议"), Decision::Converted},
                                              {QStringLiteral("并案"), Decision::Merged},
                                              {QStringLiteral("撤回"), Decision::Withdrawn},
                                              {QStringLiteral("撤案"), Decision::Withdrawn}};
    if (t.isEmpty())
        return Decision::Pending;
    if (map.contains(t))
        return map.value(t);
    return decisions().fromText(t);
}

std::optional<Rating> ratingFromText(const QString& t)
{
    static const QHash<QString, Rating> map{{QStringLiteral("满意"), Rating::Satisfied},
                                            {QStringLiteral("基本满意"), Rating::Basic},
                                            {QStringLiteral("不满意"), Rating::Unsatisfied}};
    if (map.contains(t))
        return map.value(t);
    return ratings().fromText(t);
}

struct PendingRow {
    int number = 0;
    qint64 id = 0;
    Decision decision = Decision::Pending;
    QString mergedInto, reason, lead, co, result, rating;
    QDate deadline, replied;
};

} // namespace

CongressImportResult importProposals(Database& db, const QString& path, const QString& sessionKey, bool dryRun)
{
    CongressImportResult result;
    result.dryRun = dryRun;
    const CongressSession session = SessionRepository(db).requireKey(sessionKey);
    const TableFile file = TableFile::load(path);
    const auto columns = file.matchHeader(aliases({
        {"number", {QStringLiteral("提案号"), QStringLiteral("编号"), QStringLiteral("序号")}},
        {"title", {QStringLiteral("案由"), QStringLiteral("提案名称"), QStringLiteral("标题")}},
        {"category", {QStringLiteral("类别"), QStringLiteral("提案类别")}},
        {"proposer", {QStringLiteral("提案人"), QStringLiteral("第一提案人")}},
        {"cosigners", {QStringLiteral("附议人")}},
        {"submitted", {QStringLiteral("提交日期"), QStringLiteral("提交时间")}},
        {"decision", {QStringLiteral("立案情况"), QStringLiteral("审查结果")}},
        {"merged_into", {QStringLiteral("并入提案号")}},
        {"reason", {QStringLiteral("不立案理由")}},
        {"lead", {QStringLiteral("主办单位"), QStringLiteral("承办单位")}},
        {"co", {QStringLiteral("协办单位")}},
        {"deadline", {QStringLiteral("办理期限")}},
        {"replied", {QStringLiteral("答复日期"), QStringLiteral("答复时间")}},
        {"result", {QStringLiteral("答复结果"), QStringLiteral("办理结果")}},
        {"rating", {QStringLiteral("满意度"), QStringLiteral("提案人意见")}},
        {"key", {QStringLiteral("重点提案")}},
        {"reasons", {QStringLiteral("理由")}},
        {"measures", {QStringLiteral("建议措施"), QStringLiteral("措施")}},
        {"suggested_unit", {QStringLiteral("建议承办单位")}},
        {"kind", {QStringLiteral("类型")}},
    }));
    requireColumns(file, columns, {{"number", "提案号"}, {"title", "案由"}, {"proposer", "提案人"}});

    Transaction tx(db);
    ImportBatch batch(db, ImportLog::Kind::Import, tables::Proposals, path);
    ProposalRepository repo(db);
    HandlingUnitRepository units(db);
    const int unitsBefore = int(units.all().size());
    QList<PendingRow> later;
    for (int i = 0; i < file.rows.size(); ++i) {
        const Row row(file, columns, i);
        try {
            Proposal p;
            p.sessionId = session.id;
            p.number = row.text("number");
            if (p.number.isEmpty())
                throw ValidationError(Tr::tr("提案号 is empty."));
            if (repo.byNumber(session.id, p.number))
                throw ValidationError(
                    Tr::tr("proposal %1 is already stored in session %2.").arg(p.number, session.key));
            p.title = row.text("title");
            p.category = row.text("category");
            p.reasons = row.text("reasons");
            p.measures = row.text("measures");
            p.suggestedUnit = row.text("suggested_unit");
            const QString kind = row.text("kind");
            if (kind == QStringLiteral("意见建议") || kind == QStringLiteral("建议"))
                p.kind = ProposalKind::Suggestion;
            else if (!kind.isEmpty() && kind != QStringLiteral("提案"))
                throw ValidationError(Tr::tr("类型 \"%1\" is neither 提案 nor 意见建议.").arg(kind));
            const QString proposer = row.text("proposer");
            if (proposer.isEmpty())
                throw ValidationError(Tr::tr("提案人 is empty."));
            if (auto d = DelegationRepository(db).byName(session.term, proposer))
                p.proposerDelegationId = d->id;
            else
                p.proposerRepId = representativeFor(db, session.term, proposer);
            for (const QString& who : people(row.text("cosigners")))
                p.cosignerIds << representativeFor(db, session.term, who);
            p.submitted = row.date("submitted", QStringLiteral("提交日期"));
            const QString key = row.text("key");
            p.keyProposal = key == QStringLiteral("是") || key == QStringLiteral("重点");
            if (!key.isEmpty() && !p.keyProposal && key != QStringLiteral("否"))
                throw ValidationError(Tr::tr("重点提案 \"%1\" is neither 是 nor 否.").arg(key));
            PendingRow pending;
            pending.number = row.number();
            const auto decision = decisionFromText(row.text("decision"));
            if (!decision)
                throw ValidationError(Tr::tr("立案情况 \"%1\" is none of 立案, 不立案, 转为意见建议, 并案, 撤回.")
                                          .arg(row.text("decision")));
            pending.decision = *decision;
            pending.mergedInto = row.text("merged_into");
            pending.reason = row.text("reason");
            pending.lead = row.text("lead");
            pending.co = row.text("co");
            pending.deadline = row.date("deadline", QStringLiteral("办理期限"));
            pending.replied = row.date("replied", QStringLiteral("答复日期"));
            pending.result = row.text("result").toUpper();
            pending.rating = row.text("rating");
            pending.id = repo.submit(p);
            later << pending;
            ++result.added;
        } catch (const Error& e) {
            result.errors << TableFile::rowMessage(row.number(), e.message());
        }
    }
    // Decisions once every row is stored: filed ones first, so that merges find their targets.
    std::stable_sort(later.begin(), later.end(), [](const PendingRow& a, const PendingRow& b) {
        return (a.decision == Decision::Merged) < (b.decision == Decision::Merged);
    });
    for (const PendingRow& r : later) {
        try {
            const Proposal p = repo.require(r.id);
            QDate day = session.closes.isValid() && (!p.submitted.isValid() || session.closes >= p.submitted)
                            ? session.closes
                            : p.submitted;
            if (!day.isValid())
                day = QDate(session.year, 1, 1);
            if (r.replied.isValid() && r.replied < day)
                day = p.submitted.isValid() && p.submitted <= r.replied ? p.submitted : r.replied;
            std::optional<qint64> target;
            if (r.decision == Decision::Merged) {
                if (r.mergedInto.isEmpty())
                    throw ValidationError(Tr::tr("并案 needs 并入提案号."));
                const auto t = repo.byNumber(session.id, r.mergedInto);
                if (!t)
                    throw ValidationError(Tr::tr("并入提案号 %1 is not a proposal of this session.").arg(r.mergedInto));
                target = t->id;
            } else if (!r.mergedInto.isEmpty()) {
                throw ValidationError(Tr::tr("并入提案号 is given, but 立案情况 is not 并案."));
            }
            if (r.decision != Decision::Pending)
                repo.decide(r.id, r.decision, day, r.reason, target);
            if (r.lead.isEmpty()) {
                if (!r.co.isEmpty() || r.replied.isValid() || !r.result.isEmpty() || !r.rating.isEmpty())
                    throw ValidationError(Tr::tr("协办单位, 答复 and 满意度 need a 主办单位."));
                continue;
            }
            QList<qint64> co;
            for (const QString& name : people(r.co))
                co << units.idForName(name);
            repo.assign(r.id, units.idForName(r.lead), co, day);
            if (r.deadline.isValid())
                repo.setDeadline(repo.file(r.id).lead()->id, r.deadline);
            if (r.replied.isValid()) {
                Reply reply;
                reply.replied = r.replied;
                if (!r.result.isEmpty()) {
                    const auto code = replyResults().fromKey(r.result.left(1));
                    if (!code || r.result.size() != 1)
                        throw ValidationError(Tr::tr("答复结果 \"%1\" is none of A, B, C, D.").arg(r.result));
                    reply.result = *code;
                }
                if (reply.result == ReplyResult::B)
                    reply.completion = r.deadline.isValid() ? r.deadline : r.replied; // the file gives no other
                repo.reply(r.id, reply);
            } else if (!r.result.isEmpty() || !r.rating.isEmpty()) {
                throw ValidationError(Tr::tr("答复结果 and 满意度 need the 答复日期."));
            }
            if (!r.rating.isEmpty()) {
                const auto rating = ratingFromText(r.rating);
                if (!rating)
                    throw ValidationError(Tr::tr("满意度 \"%1\" is none of 满意, 基本满意, 不满意.").arg(r.rating));
                repo.rate(r.id, *rating, r.replied);
            }
        } catch (const Error& e) {
            result.errors << TableFile::rowMessage(r.number, e.message());
        }
    }
    result.unitsAdded = int(units.all().size()) - unitsBefore;
    std::sort(result.errors.begin(), result.errors.end(),
              [](const QString& a, const QString& b) { return TableFile::messageRow(a) < TableFile::messageRow(b); });
    if (!result.errors.isEmpty() || dryRun)
        return result;
    batch.finish();
    result.batch = batch.id();
    tx.commit();
    return result;
}

} // namespace ud::core
