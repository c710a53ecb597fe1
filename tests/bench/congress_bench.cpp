// congress_bench: how long the compilation (提案汇编) of one session of filed proposals takes to print to PDF.
// Generates the session itself through the repositories (representatives, proposals of realistic length, decisions,
// merges, units), then prints the median of N runs of each step. Not a test: it asserts nothing and is not run by
// CTest. See README.md in this folder.

#include "BenchSupport.h"

#include "core/congress/CongressDemo.h"
#include "core/congress/CongressRepositories.h"
#include "core/congress/ProposalDocuments.h"
#include "core/congress/ProposalReport.h"
#include "core/congress/ProposalRepository.h"
#include "core/congress/ProposalsModel.h"
#include "core/db/Database.h"
#include "core/db/DatabaseSettings.h"
#include "core/members/DemoData.h"
#include "core/members/MemberRepository.h"
#include "core/units/SubUnitRepository.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <tuple>
#include <vector>

using namespace ud::core;

namespace {

using ud::bench::median;
using ud::bench::out;

// Sentences of the kind proposals are written in, put together at random into texts of the length asked for.
const char* const kSentences[] = {
    "近年来，随着学校办学规模不断扩大，教职工人数逐年增加，现有的配套设施已难以满足广大教职工的实际需求。",
    "部分青年教师反映，入职初期科研启动经费不足，申报项目缺乏前期积累，在职称评审中处于不利地位。",
    "学校虽已出台相关管理办法，但在具体执行过程中存在标准不统一、流程不透明、反馈不及时等问题。",
    "据不完全统计，全校有近三成教职工子女处于学龄前阶段，接送和看护问题给双职工家庭带来较大压力。",
    "教工食堂就餐高峰时段排队时间较长，菜品种类相对单一，价格与周边同类高校相比略显偏高。",
    "校园内机动车数量持续增长，停车位紧张，部分区域人车混行，存在一定的安全隐患。",
    "建议学校成立专项工作小组，由分管校领导牵头，相关职能部门共同参与，统筹研究解决方案。",
    "建议进一步完善考核评价体系，突出教育教学业绩和实际贡献，避免简单以论文数量论英雄。",
    "建议每年安排专项经费，并建立经费使用情况的公开和监督机制，确保资金用在实处。",
    "建议充分听取一线教职工意见，通过座谈会、问卷调查等方式广泛征求建议，形成可操作的实施细则。",
    "建议借鉴兄弟院校的成功经验，结合我校实际，分步骤、分阶段推进，力争在两年内取得明显成效。",
    "此项工作关系到广大教职工的切身利益，也关系到学校事业的长远发展，恳请学校予以高度重视。",
};

QString text(QRandomGenerator& random, int atLeast)
{
    QString t;
    int sentences = 0;
    while (t.size() < atLeast) {
        t += QString::fromUtf8(kSentences[random.bounded(int(std::size(kSentences)))]);
        // A new paragraph every few sentences, as people write them.
        if (++sentences % 3 == 0 && t.size() < atLeast)
            t += QLatin1Char('\n');
    }
    return t;
}

struct Session {
    qint64 id = 0;
    int filed = 0;
    int merged = 0;
};

// One session of `count` proposals: most filed with a lead unit (some with co-handlers), some merged into the one
// before them, a few not filed; categories from the setting.
Session makeSession(Database& db, int count, quint64 seed)
{
    QRandomGenerator random(seed);
    DatabaseSettings(db).setValue(settings::UnionName, QStringLiteral("浙江工商大学工会"));
    CongressSession s;
    s.key = QStringLiteral("12-2");
    s.name = QStringLiteral("第十二届教代会暨第十四届工代会第二次会议");
    s.term = 12;
    s.meeting = 2;
    s.year = 2024;
    s.opens = QDate(2024, 1, 1);
    s.closes = QDate(2024, 3, 31);
    Session made;
    made.id = SessionRepository(db).add(s);

    const QStringList unitNames{
        QStringLiteral("经济学院"),   QStringLiteral("管理学院"),           QStringLiteral("法学院"),
        QStringLiteral("外国语学院"), QStringLiteral("信息与电子工程学院"), QStringLiteral("机关")};
    const QStringList surnames{QStringLiteral("张"), QStringLiteral("王"), QStringLiteral("李"), QStringLiteral("赵"),
                               QStringLiteral("陈"), QStringLiteral("刘"), QStringLiteral("杨"), QStringLiteral("黄")};
    const QStringList given{QStringLiteral("伟"),   QStringLiteral("芳"),   QStringLiteral("敏"),
                            QStringLiteral("静"),   QStringLiteral("建国"), QStringLiteral("晓燕"),
                            QStringLiteral("志强"), QStringLiteral("丽华")};
    QList<qint64> repIds;
    SubUnitRepository subUnits(db);
    DelegationRepository delegations(db);
    RepresentativeRepository reps(db);
    MemberRepository members(db);
    for (int u = 0; u < unitNames.size(); ++u) {
        SubUnit unit;
        unit.code = QString::number(101 + u);
        unit.name = unitNames.at(u);
        const qint64 unitId = subUnits.add(unit);
        const qint64 delegationId = delegations.idForName(12, unitNames.at(u) + QStringLiteral("代表团"));
        for (int i = 0; i < 30; ++i) {
            Member m;
            m.staffNo = QStringLiteral("%1%2").arg(101 + u).arg(i + 1, 4, 10, QLatin1Char('0'));
            m.name = surnames.at(random.bounded(int(surnames.size()))) + given.at(random.bounded(int(given.size())));
            m.unitId = unitId;
            m.joinDate = QDate(2010, 1, 1);
            Representative r;
            r.term = 12;
            r.memberId = members.add(m);
            r.delegationId = delegationId;
            repIds << reps.add(r);
        }
    }
    HandlingUnitRepository handlingUnits(db);
    QList<qint64> unitIds;
    for (const char* name :
         {"党委办公室", "人事处", "教务处", "科研处", "财务处", "后勤管理处", "资产管理处", "保卫处"})
        unitIds << handlingUnits.idForName(QString::fromUtf8(name));

    const QStringList categories = proposalCategories(db);
    ProposalRepository proposals(db);
    const QDate decided(2024, 4, 10);
    qint64 previousFiled = 0;
    for (int n = 0; n < count; ++n) {
        Proposal p;
        p.sessionId = made.id;
        p.title = QStringLiteral("关于进一步完善%1相关工作的提案（%2）")
                      .arg(categories.at(random.bounded(int(categories.size()))))
                      .arg(n + 1);
        p.reasons = text(random, 600);
        p.measures = text(random, 600);
        p.category = categories.at(random.bounded(int(categories.size())));
        const int proposer = random.bounded(int(repIds.size()));
        p.proposerRepId = repIds.at(proposer);
        p.cosignerIds << repIds.at((proposer + 1) % repIds.size()) << repIds.at((proposer + 7) % repIds.size());
        p.submitted = QDate(2024, 3, 1).addDays(random.bounded(20));
        const qint64 id = proposals.submit(p);
        const int fate = random.bounded(100);
        if (fate < 8 && previousFiled) {
            proposals.decide(id, Decision::Merged, decided, {}, previousFiled);
            ++made.merged;
        } else if (fate < 12) {
            proposals.decide(id, Decision::Rejected, decided, QStringLiteral("不属于教代会职权范围"));
        } else {
            proposals.decide(id, Decision::Filed, decided);
            QList<qint64> co;
            if (fate % 3 == 0)
                co << unitIds.at((fate + 1) % unitIds.size());
            proposals.assign(id, unitIds.at(fate % unitIds.size()), co, decided);
            previousFiled = id;
            ++made.filed;
        }
    }
    return made;
}

int pdfPages(const QString& path)
{
    QProcess p;
    p.start(QStringLiteral("pdfinfo"), {path});
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return -1;
    const QString info = QString::fromUtf8(p.readAllStandardOutput());
    const qsizetype at = info.indexOf(QStringLiteral("Pages:"));
    return at < 0 ? -1 : info.mid(at + 6).section(QLatin1Char('\n'), 0, 0).trimmed().toInt();
}

// How many lines of the contents give a page other than the one the proposal's heading is on (-1: pdftotext failed).
int wrongContentsPages(const QString& path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    if (!p.waitForFinished(120000) || p.exitCode() != 0)
        return -1;
    const QStringList pages = QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\f'));
    static const QRegularExpression entry(QStringLiteral("^(\\d{4}-\\d{3})\\s+(.+?)\\s+(\\d+)\\s*$"),
                                          QRegularExpression::MultilineOption);
    int wrong = 0;
    int contentsEnd = 0;
    QList<std::tuple<QString, QString, int>> entries;
    for (int i = 0; i < pages.size(); ++i) {
        bool any = false;
        for (auto it = entry.globalMatch(pages.at(i)); it.hasNext();) {
            const auto m = it.next();
            entries.append({m.captured(1), m.captured(2).trimmed(), m.captured(3).toInt()});
            any = true;
        }
        if (any)
            contentsEnd = i + 1;
        else if (contentsEnd > 0)
            break;
    }
    for (const auto& [number, title, page] : entries) {
        const QRegularExpression heading(QStringLiteral("^\\s*%1\\s+%2").arg(number, QRegularExpression::escape(title)),
                                         QRegularExpression::MultilineOption);
        int found = 0;
        for (int i = contentsEnd; i < pages.size() && !found; ++i)
            if (heading.match(pages.at(i)).hasMatch())
                found = i + 1;
        wrong += found == page ? 0 : 1;
    }
    return entries.isEmpty() ? -1 : wrong;
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    auto valueOf = [&](const QString& name, const QString& fallback) {
        const qsizetype i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
    };
    if (args.contains(QStringLiteral("--help"))) {
        out() << "usage: congress_bench [--proposals N] [--runs R] [--seed S] [--work DIR]\n"
                 "Times the compilation of one session of N generated proposals (default 300) to PDF, then, on demo "
                 "data of ten sessions of N proposals, opening and filtering the proposals page's model and the "
                 "proposal work report; prints the medians of R runs (default 5).\n";
        return 0;
    }
    const int count = std::max(1, valueOf(QStringLiteral("--proposals"), QStringLiteral("300")).toInt());
    const int runs = std::max(1, valueOf(QStringLiteral("--runs"), QStringLiteral("5")).toInt());
    const quint64 seed = valueOf(QStringLiteral("--seed"), QStringLiteral("1")).toULongLong();
    QTemporaryDir temp;
    const QString work = valueOf(QStringLiteral("--work"), temp.path());

    const QString dbPath = work + QStringLiteral("/congress.sqlite");
    QFile::remove(dbPath);
    auto db = Database::open(DatabaseLocation::sqlite(dbPath));
    QElapsedTimer timer;
    timer.start();
    const Session session = makeSession(*db, count, seed);
    out() << QStringLiteral("Session of %1 proposals (%2 filed, %3 merged), made in %4 s; Release build: %5\n")
                 .arg(count)
                 .arg(session.filed)
                 .arg(session.merged)
                 .arg(timer.elapsed() / 1000.0, 0, 'f', 1)
                 .arg(QStringLiteral(UD_BUILD_TYPE));
    out().flush();

    std::vector<double> reading, building, writing, total;
    const QString pdf = work + QStringLiteral("/compilation.pdf");
    for (int r = 0; r < runs; ++r) {
        timer.restart();
        ProposalDocuments documents(*db, session.id);
        const double read = timer.nsecsElapsed() / 1e9;
        auto doc = documents.compilation();
        const double built = timer.nsecsElapsed() / 1e9;
        doc->write(pdf);
        const double all = timer.nsecsElapsed() / 1e9;
        reading.push_back(read);
        building.push_back(built - read);
        writing.push_back(all - built);
        total.push_back(all);
    }
    const auto row = [](const char* what, const std::vector<double>& v, const QString& target = QString()) {
        out() << QStringLiteral("| %1 | %2 s | %3 |\n")
                     .arg(QString::fromUtf8(what))
                     .arg(median(v), 0, 'f', 2)
                     .arg(target);
    };
    out() << QStringLiteral("\nCompilation to PDF, median of %1 runs; %2 pages, %3 KB\n\n")
                 .arg(runs)
                 .arg(pdfPages(pdf))
                 .arg(QFileInfo(pdf).size() / 1024);
    out() << "| Step | Median | Target |\n| --- | --- | --- |\n";
    row("read the session (ProposalDocuments)", reading);
    row("make the document (compilation())", building);
    row("lay out, contents' pages, write the PDF", writing);
    row("whole compilation", total, QStringLiteral("≤ 5 s (%1)").arg(median(total) <= 5.0 ? "met" : "not met"));
    out() << QStringLiteral("\nContents lines whose page is not where the proposal is: %1 of %2\n")
                 .arg(wrongContentsPages(pdf))
                 .arg(session.filed);

    // The proposals page and the report on the demo data: ten sessions of `count` proposals each.
    const QString demoPath = work + QStringLiteral("/demo.sqlite");
    QFile::remove(demoPath);
    auto demo = Database::open(DatabaseLocation::sqlite(demoPath));
    timer.restart();
    DemoData::Options members;
    members.members = 5000;
    members.seed = seed;
    DemoData::generate(*demo, members);
    CongressDemo::Options congress;
    congress.sessions = 10;
    congress.proposalsPerSession = count;
    congress.seed = seed;
    CongressDemo::generate(*demo, congress);
    const QList<CongressSession> sessions = SessionRepository(*demo).all();
    const qint64 newest = sessions.first().id;
    out() << QStringLiteral("\nDemo data: %1 sessions of %2 proposals (%3 in all), made in %4 s\n\n")
                 .arg(sessions.size())
                 .arg(count)
                 .arg(demo->scalar(QStringLiteral("SELECT COUNT(*) FROM congress_proposals")).toInt())
                 .arg(timer.elapsed() / 1000.0, 0, 'f', 1);
    std::vector<double> opening, filtering, reporting;
    for (int r = 0; r < runs; ++r) {
        ProposalsModel model;
        timer.restart();
        model.setDatabase(demo.get());
        model.setSession(newest);
        opening.push_back(timer.nsecsElapsed() / 1e9);
        timer.restart();
        ProposalFilter filter;
        filter.stage = ProposalStage::Assigned;
        filter.text = QStringLiteral("住房");
        model.setFilter(filter);
        filter = ProposalFilter();
        filter.overdueOnly = true;
        model.setFilter(filter);
        filtering.push_back(timer.nsecsElapsed() / 1e9 / 2);
        timer.restart();
        const ProposalReport report(*demo, newest);
        reporting.push_back(timer.nsecsElapsed() / 1e9);
        if (report.csvRows().isEmpty())
            return 1;
    }
    const auto ms = [](const char* what, const std::vector<double>& v, double target) {
        out() << QStringLiteral("| %1 | %2 ms | ≤ %3 ms (%4) |\n")
                     .arg(QString::fromUtf8(what))
                     .arg(median(v) * 1000, 0, 'f', 2)
                     .arg(target)
                     .arg(median(v) * 1000 <= target ? "met" : "not met");
    };
    out() << "| Step | Median | Target |\n| --- | --- | --- |\n";
    ms("proposals page: open the newest session", opening, 50);
    ms("proposals page: one filter", filtering, 50);
    ms("proposal work report of the newest session", reporting, 50);
    return 0;
}
