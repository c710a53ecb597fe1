// members_bench: how the member roster performs at 50,000 members. Prints a table of median times and peak
// memory beside the targets of the issue, and the same work done by sqlite3 and python3-xlsxwriter as a
// yardstick. Not a test: it asserts nothing and is not run by CTest. See README.md in this folder.

#include "BenchSupport.h"

#include "core/db/Database.h"
#include "core/db/ImportLog.h"
#include "core/io/Csv.h"
#include "core/members/MemberQuery.h"

#include "core/members/MembersModel.h"
#include "ui/history/HistoryModule.h"
#include "ui/members/MemberFilterBar.h"
#include "ui/members/MembersModule.h"
#include "ui/members/MembersPage.h"
#include "ui/shell/MainWindow.h"
#include "ui/units/UnitsModule.h"
#include "ui/widgets/DataTableView.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QProcess>
#include <QScrollBar>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <vector>

using namespace ud::core;

namespace {

using ud::bench::median;
using ud::bench::out;

// ---------------------------------------------------------------------------------------------------------
// Measurements

struct Sample {
    double seconds = 0;
    qint64 peakKb = 0; // peak resident memory of the process that did the work, when known
};

struct Result {
    QString what;
    QString target;              // "≤ 1.5 s"
    std::optional<double> limit; // seconds (or MB for memory rows)
    bool memory = false;         // the figure is a size in MB, not a time
    std::vector<Sample> samples;
    QString missing;                // why it could not be measured
    QString baselineName;           // "sqlite3 .import"
    std::optional<double> baseline; // median seconds of the baseline
    QString note;
};

Result makeResult(const QString& what, const QString& target, std::optional<double> limit)
{
    Result r;
    r.what = what;
    r.target = target;
    r.limit = limit;
    return r;
}

double medianSeconds(const Result& r)
{
    std::vector<double> v;
    for (const Sample& s : r.samples)
        v.push_back(s.seconds);
    return median(v);
}

qint64 maxPeakKb(const Result& r)
{
    qint64 m = 0;
    for (const Sample& s : r.samples)
        m = std::max(m, s.peakKb);
    return m;
}

QString formatSeconds(double s)
{
    if (s < 1.0)
        return QStringLiteral("%1 ms").arg(s * 1000.0, 0, 'f', s < 0.01 ? 1 : 0);
    return QStringLiteral("%1 s").arg(s, 0, 'f', 2);
}

// ---------------------------------------------------------------------------------------------------------
// Child processes

struct ProcessRun {
    int code = -1;
    double seconds = 0;
    qint64 peakKb = 0;
    QString out;
    QString err;
};

const QString kTime = QStringLiteral("/usr/bin/time");

// Runs a program to its end; the wall time is measured around it, and GNU time (when installed) reports
// the child's peak resident set size.
ProcessRun runProcess(const QString& program, const QStringList& args, const QString& workDir,
                      const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment())
{
    ProcessRun r;
    QProcess p;
    p.setProcessEnvironment(env);
    p.setWorkingDirectory(workDir);
    const QString rssFile = QDir(workDir).filePath(QStringLiteral("peak-rss.txt"));
    QFile::remove(rssFile);
    const bool withTime = QFileInfo(kTime).isExecutable();
    if (withTime) {
        p.setProgram(kTime);
        p.setArguments(QStringList{QStringLiteral("-f"), QStringLiteral("%M"), QStringLiteral("-o"), rssFile, program} +
                       args);
    } else {
        p.setProgram(program);
        p.setArguments(args);
    }
    QElapsedTimer timer;
    timer.start();
    p.start();
    if (!p.waitForStarted(30000)) {
        r.err = p.errorString();
        return r;
    }
    p.waitForFinished(-1);
    r.seconds = double(timer.nsecsElapsed()) / 1e9;
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    if (withTime) {
        QFile f(rssFile);
        if (f.open(QIODevice::ReadOnly)) {
            const QList<QByteArray> lines = f.readAll().trimmed().split('\n');
            r.peakKb = lines.isEmpty() ? 0 : lines.last().trimmed().toLongLong();
        }
    }
    return r;
}

// The first line of a program's message, past Qt's notes about the environment.
QString firstLine(const QString& text)
{
    for (const QString& line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        if (!line.startsWith(QLatin1String("QStandardPaths:")))
            return line.trimmed();
    return QString();
}

void removeDatabase(const QString& path)
{
    for (const QString& suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        QFile::remove(path + suffix);
}

// ---------------------------------------------------------------------------------------------------------
// Input files

// The headers an HR office's spreadsheet would have; MemberColumn::Age is left out (it is computed).
QString chineseHeader(MemberColumn c)
{
    switch (c) {
    case MemberColumn::StaffNo:
        return QStringLiteral("工号");
    case MemberColumn::Name:
        return QStringLiteral("姓名");
    case MemberColumn::Gender:
        return QStringLiteral("性别");
    case MemberColumn::BirthDate:
        return QStringLiteral("出生日期");
    case MemberColumn::IdNumber:
        return QStringLiteral("身份证号码");
    case MemberColumn::UnitCode:
        return QStringLiteral("单位代码");
    case MemberColumn::UnitName:
        return QStringLiteral("二级工会");
    case MemberColumn::Status:
        return QStringLiteral("状态");
    case MemberColumn::Phone:
        return QStringLiteral("手机号码");
    case MemberColumn::JoinDate:
        return QStringLiteral("入会时间");
    case MemberColumn::Age:
        return QString();
    case MemberColumn::Ethnicity:
        return QStringLiteral("民族");
    case MemberColumn::Department:
        return QStringLiteral("部门");
    case MemberColumn::Title:
        return QStringLiteral("职称");
    case MemberColumn::Education:
        return QStringLiteral("学历");
    case MemberColumn::PoliticalStatus:
        return QStringLiteral("政治面貌");
    case MemberColumn::EmploymentType:
        return QStringLiteral("用工形式");
    case MemberColumn::Note:
        return QStringLiteral("备注");
    case MemberColumn::OriginalRetirementAge:
        return QStringLiteral("原法定退休年龄");
    }
    return QString();
}

QString chineseValue(MemberColumn c, const QVariant& raw)
{
    const QString s = raw.isNull() ? QString() : raw.toString();
    if (c == MemberColumn::Gender)
        return s == QLatin1String("M") ? QStringLiteral("男") : s == QLatin1String("F") ? QStringLiteral("女") : s;
    if (c == MemberColumn::Status) {
        static const std::map<QString, QString> words = {{QStringLiteral("active"), QStringLiteral("在职")},
                                                         {QStringLiteral("retired"), QStringLiteral("退休")},
                                                         {QStringLiteral("left"), QStringLiteral("调离")},
                                                         {QStringLiteral("deceased"), QStringLiteral("去世")}};
        const auto it = words.find(s);
        return it == words.end() ? s : it->second;
    }
    return s;
}

// Writes every member of `source` to a UTF-8 CSV file the way an HR office hands it over; returns the row count.
int writeRosterCsv(const QString& sourcePath, const QString& csvPath)
{
    auto db = Database::open(DatabaseLocation::sqlite(sourcePath));
    QVariantMap binds;
    QSqlQuery q =
        db->exec(MemberQuery::selectSql(MemberFilter(), MemberColumn::StaffNo, Qt::AscendingOrder, binds), binds);
    QFile f(csvPath);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(csvPath));
    QStringList header;
    std::vector<int> fields;
    for (int i = 0; i < MemberColumns::count(); ++i) {
        const QString h = chineseHeader(MemberColumn(i));
        if (h.isEmpty())
            continue;
        header << h;
        fields.push_back(i);
    }
    QByteArray data = Csv::formatRow(header).toUtf8() + "\r\n";
    int rows = 0;
    while (q.next()) {
        QStringList cells;
        for (int i : fields)
            cells << chineseValue(MemberColumn(i), q.value(i + 1)); // value 0 is the id
        data += Csv::formatRow(cells).toUtf8() + "\r\n";
        ++rows;
    }
    f.write(data);
    return rows;
}

// ---------------------------------------------------------------------------------------------------------
// The list in a child process: timings of the page and its peak memory

qint64 peakRssKb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : f.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    return 0;
}

// The window as the user has it: the main window with the built-in pages, the database opened and the members
// page shown. One process per opening, so that the first rows are timed from nothing and the peak memory is
// the window's own. The steps after the opening are repeated `runs` times each.
int childWindow(const QString& dbPath, int runs)
{
    QTextStream o(stdout);
    auto report = [&](const char* key, double seconds) { o << key << ' ' << seconds << '\n'; };
    // Opening the database alone (file check, schema version), for comparison with the opening of the window.
    {
        QElapsedTimer t;
        t.start();
        auto db = Database::open(DatabaseLocation::sqlite(dbPath));
        report("db_open", double(t.nsecsElapsed()) / 1e9);
    }
    auto members = std::make_unique<ud::ui::MembersModule>();
    ud::ui::MembersModule* module = members.get();
    ud::ui::MainWindow window;
    window.addModule(std::make_unique<ud::ui::UnitsModule>());
    window.addModule(std::move(members));
    window.addModule(std::make_unique<ud::ui::HistoryModule>());
    window.resize(1366, 768);
    window.show();
    for (int i = 0; i < 3; ++i)
        QCoreApplication::processEvents();
    ud::ui::MembersPage* page = module->page();
    if (!page)
        return 4;
    QTableView* view = page->tableView();
    QLineEdit* search = page->filterBar()->searchEdit();
    // What the user waits for: the visible rows painted (every visible cell asks the model for its data).
    auto paint = [&] { view->viewport()->repaint(); };
    auto settle = [&] {
        for (int i = 0; i < 3; ++i)
            QCoreApplication::processEvents();
    };

    QElapsedTimer t;
    t.start();
    if (!window.openDatabase(DatabaseLocation::sqlite(dbPath)))
        return 5;
    window.showPage(QStringLiteral("members"));
    paint();
    report("first_rows", double(t.nsecsElapsed()) / 1e9);
    settle();
    o << "rows " << view->model()->rowCount() << '\n';

    // The list read again (what a refresh or a change of database costs the page itself).
    for (int i = 0; i < runs; ++i) {
        t.start();
        page->reload();
        paint();
        report("page_reload", double(t.nsecsElapsed()) / 1e9);
        settle();
    }

    for (int i = 0; i < runs; ++i) {
        view->scrollToTop();
        paint();
        settle();
        t.start();
        view->scrollToBottom();
        paint();
        report("last_row", double(t.nsecsElapsed()) / 1e9);
        settle();
    }

    // One keystroke in the search box, the typing pause left out: the list shows the new first rows.
    auto keystroke = [&](const char* key, const QString& before, const QString& typed) {
        for (int i = 0; i < runs; ++i) {
            search->setText(before);
            page->applyFilterNow();
            paint();
            settle();
            t.start();
            search->insert(typed);
            page->applyFilterNow();
            paint();
            report(key, double(t.nsecsElapsed()) / 1e9);
            settle();
        }
        o << key << "_rows " << view->model()->rowCount() << '\n';
    };
    keystroke("keystroke_initials", QStringLiteral("z"), QStringLiteral("w"));
    keystroke("keystroke_fragment", QString(), QStringLiteral("伟"));
    search->clear();
    page->applyFilterNow();
    settle();

    // A click on the name column's header.
    for (int i = 0; i < runs; ++i) {
        view->sortByColumn(int(MemberColumn::StaffNo), Qt::AscendingOrder);
        paint();
        settle();
        t.start();
        view->sortByColumn(int(MemberColumn::Name), Qt::AscendingOrder);
        paint();
        report("sort_name", double(t.nsecsElapsed()) / 1e9);
        settle();
    }
    view->scrollToBottom();
    paint();
    settle();
    o << "peak_kb " << peakRssKb() << '\n';
    o.flush();
    // Leave without closing the window: closing would write an automatic backup.
    std::_Exit(0);
}

std::map<QString, std::vector<double>> parseChildOutput(const QString& text)
{
    std::map<QString, std::vector<double>> values;
    for (const QString& line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QStringList parts = line.split(QLatin1Char(' '));
        if (parts.size() == 2)
            values[parts[0]].push_back(parts[1].toDouble());
    }
    return values;
}

// ---------------------------------------------------------------------------------------------------------
// The run

struct Settings {
    int members = 50000;
    int runs = 5;
    quint64 seed = 1;
    QString workDir;
    bool keep = false;
};

void printTable(const std::vector<Result>& results)
{
    QStringList header{QStringLiteral("What"), QStringLiteral("Median"),   QStringLiteral("Target"),
                       QStringLiteral("Met"),  QStringLiteral("Peak RSS"), QStringLiteral("Yardstick"),
                       QStringLiteral("Ratio")};
    QList<QStringList> rows;
    for (const Result& r : results) {
        QStringList row{r.what};
        if (!r.missing.isEmpty()) {
            row << QStringLiteral("—") << r.target << QStringLiteral("n/a") << QString() << QString() << QString();
            rows << row;
            continue;
        }
        const double m = medianSeconds(r);
        row << (r.memory ? QStringLiteral("%1 MB").arg(m, 0, 'f', 0) : formatSeconds(m)) << r.target;
        row << (r.limit ? (m <= *r.limit ? QStringLiteral("yes") : QStringLiteral("NO")) : QString());
        const qint64 kb = maxPeakKb(r);
        row << (kb > 0 && !r.memory ? QStringLiteral("%1 MB").arg(double(kb) / 1024.0, 0, 'f', 0) : QString());
        if (r.baseline) {
            row << QStringLiteral("%1 %2").arg(r.baselineName, formatSeconds(*r.baseline));
            row << (*r.baseline > 0 ? QStringLiteral("%1×").arg(m / *r.baseline, 0, 'f', 1) : QString());
        } else {
            row << QString() << QString();
        }
        rows << row;
    }
    out() << Csv::formatTextTable(header, rows);
    for (const Result& r : results) {
        if (!r.missing.isEmpty())
            out() << QStringLiteral("  n/a  %1: %2").arg(r.what, r.missing) << '\n';
        else if (!r.note.isEmpty())
            out() << QStringLiteral("  note %1: %2").arg(r.what, r.note) << '\n';
    }
}

QString machineDescription()
{
    QString cpu;
    QFile f(QStringLiteral("/proc/cpuinfo"));
    if (f.open(QIODevice::ReadOnly)) {
        for (const QByteArray& line : f.readAll().split('\n'))
            if (line.startsWith("model name")) {
                cpu = QString::fromUtf8(line.mid(line.indexOf(':') + 1).trimmed());
                break;
            }
    }
    return QStringLiteral("%1 × %2, %3, Qt %4, %5 build")
        .arg(QThread::idealThreadCount())
        .arg(cpu.isEmpty() ? QSysInfo::currentCpuArchitecture() : cpu, QSysInfo::prettyProductName(),
             QString::fromLatin1(qVersion()), QStringLiteral(UD_BUILD_TYPE));
}

int runAll(const Settings& s)
{
    const QString exe = QStringLiteral(UD_EXECUTABLE);
    const QString benchDir = QStringLiteral(UD_BENCH_DIR);
    std::unique_ptr<QTemporaryDir> temp;
    QString work = s.workDir;
    if (work.isEmpty()) {
        temp = std::make_unique<QTemporaryDir>(QDir::temp().filePath(QStringLiteral("members-bench-XXXXXX")));
        temp->setAutoRemove(!s.keep);
        work = temp->path();
    }
    QDir().mkpath(work);
    const QDir dir(work);
    // Every program started from here keeps its settings, recent files and automatic backups in the work
    // folder, away from the user's own.
    for (const char* var : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_RUNTIME_DIR"}) {
        const QString path = dir.filePath(QStringLiteral("home/") + QString::fromLatin1(var).toLower());
        QDir().mkpath(path);
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        qputenv(var, QFile::encodeName(path));
    }
    const QString source = dir.filePath(QStringLiteral("source.sqlite"));
    const QString csv = dir.filePath(QStringLiteral("members.csv"));
    const QString xlsx = dir.filePath(QStringLiteral("members.xlsx"));
    const QString fresh = dir.filePath(QStringLiteral("fresh.sqlite"));
    const QString exported = dir.filePath(QStringLiteral("export.xlsx"));
    // Debian's python3-xlsxwriter belongs to Debian's python3, which may not be the first on the PATH.
    const QString python = QFileInfo(QStringLiteral("/usr/bin/python3")).isExecutable()
                               ? QStringLiteral("/usr/bin/python3")
                               : QStandardPaths::findExecutable(QStringLiteral("python3"));
    const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));

    out() << "members_bench: " << s.members << " members, seed " << s.seed << ", median of " << s.runs
          << " runs\nmachine: " << machineDescription() << "\nwork folder: " << QDir::toNativeSeparators(work) << '\n';
    if (!QFileInfo(kTime).isExecutable())
        out() << "(GNU time is not installed at /usr/bin/time: no peak memory for the commands)\n";
    out().flush();

    std::vector<Result> results;

    // The roster every step uses.
    removeDatabase(source);
    const ProcessRun demo =
        runProcess(exe,
                   {QStringLiteral("--db"), source, QStringLiteral("demo"), QStringLiteral("--members"),
                    QString::number(s.members), QStringLiteral("--seed"), QString::number(s.seed)},
                   work);
    Result demoRow =
        makeResult(QStringLiteral("demo data (uniondesk demo)"), QStringLiteral("(a few s)"), std::nullopt);
    if (demo.code != 0) {
        out() << "uniondesk demo failed: " << demo.err << '\n';
        return 1;
    }
    demoRow.samples.push_back({demo.seconds, demo.peakKb});
    results.push_back(demoRow);
    const int rows = writeRosterCsv(source, csv);
    out() << "roster: " << rows << " members written to members.csv\n";
    out().flush();

    // Yardsticks: sqlite3 reading the CSV into a bare table; python3-xlsxwriter writing the same rows.
    std::optional<double> sqliteImport;
    if (!sqlite3.isEmpty()) {
        std::vector<double> times;
        for (int i = 0; i < s.runs; ++i) {
            const QString bare = dir.filePath(QStringLiteral("bare.sqlite"));
            removeDatabase(bare);
            const ProcessRun r = runProcess(
                sqlite3, {bare, QStringLiteral(".mode csv"), QStringLiteral(".import members.csv members")}, work);
            if (r.code == 0)
                times.push_back(r.seconds);
        }
        if (!times.empty())
            sqliteImport = median(times);
    }
    std::optional<double> pythonWrite;
    bool haveXlsx = false;
    if (!python.isEmpty()) {
        std::vector<double> times;
        for (int i = 0; i < s.runs; ++i) {
            QFile::remove(xlsx);
            const ProcessRun r =
                runProcess(python, {QDir(benchDir).filePath(QStringLiteral("write_xlsx.py")), csv, xlsx}, work);
            if (r.code == 0)
                times.push_back(r.seconds);
            else if (i == 0)
                out() << "python3 write_xlsx.py failed: " << firstLine(r.err) << '\n';
        }
        if (!times.empty()) {
            pythonWrite = median(times);
            haveXlsx = true;
        }
    }

    // Imports: the whole command on a fresh database each time.
    auto importRow = [&](const QString& what, const QString& file, bool available) {
        Result r = makeResult(what, QStringLiteral("≤ 1.5 s"), 1.5);
        r.baselineName = QStringLiteral("sqlite3 .import");
        r.baseline = sqliteImport;
        if (!available) {
            r.missing = QStringLiteral("no input file (python3-xlsxwriter missing)");
            return r;
        }
        for (int i = 0; i < s.runs; ++i) {
            removeDatabase(fresh);
            const ProcessRun p =
                runProcess(exe,
                           {QStringLiteral("--db"), fresh, QStringLiteral("--create"), QStringLiteral("members"),
                            QStringLiteral("import"), file, QStringLiteral("--create-units")},
                           work);
            if (p.code != 0) {
                r.missing = QStringLiteral("`members import` failed (exit %1): %2").arg(p.code).arg(firstLine(p.err));
                r.samples.clear();
                return r;
            }
            if (i == 0)
                r.note = firstLine(p.out);
            r.samples.push_back({p.seconds, p.peakKb});
        }
        return r;
    };
    const Result csvImport = importRow(QStringLiteral("CSV import (members import)"), csv, true);
    results.push_back(csvImport);
    results.push_back(importRow(QStringLiteral("xlsx import (members import)"), xlsx, haveXlsx));
    out() << "imports done\n";
    out().flush();

    // Undo and redo of the CSV import from the import log, in this process, on a database the command has just
    // imported into (its sub-unions created by the import too), a new one each run.
    {
        Result undoRow = makeResult(QStringLiteral("undo of the CSV import (ImportLog::undo)"),
                                    QStringLiteral("(one transaction)"), std::nullopt);
        Result redoRow = makeResult(QStringLiteral("redo of it (ImportLog::redo)"), QString(), std::nullopt);
        undoRow.baselineName = redoRow.baselineName = QStringLiteral("the import");
        if (csvImport.missing.isEmpty()) {
            undoRow.baseline = medianSeconds(csvImport);
            redoRow.baseline = undoRow.baseline;
        }
        for (int i = 0; i < s.runs && undoRow.missing.isEmpty(); ++i) {
            removeDatabase(fresh);
            const ProcessRun p =
                runProcess(exe,
                           {QStringLiteral("--db"), fresh, QStringLiteral("--create"), QStringLiteral("members"),
                            QStringLiteral("import"), csv, QStringLiteral("--create-units")},
                           work);
            if (p.code != 0) {
                undoRow.missing = QStringLiteral("`members import` failed (exit %1)").arg(p.code);
                break;
            }
            try {
                auto db = Database::open(DatabaseLocation::sqlite(fresh));
                ImportLog log(*db);
                const qint64 batch = log.batches().value(0).id;
                QElapsedTimer timer;
                timer.start();
                log.undo(batch);
                undoRow.samples.push_back({double(timer.nsecsElapsed()) / 1e9, 0});
                const qint64 left = db->scalar(QStringLiteral("SELECT count(*) FROM members")).toLongLong();
                timer.restart();
                log.redo(batch);
                redoRow.samples.push_back({double(timer.nsecsElapsed()) / 1e9, 0});
                if (i == 0) {
                    undoRow.note = QStringLiteral("%1 members left after the undo; %2 history rows written")
                                       .arg(left)
                                       .arg(db->scalar(QStringLiteral("SELECT count(*) FROM change_log WHERE "
                                                                      "batch_step = 'undo'"))
                                                .toLongLong());
                    redoRow.note = QStringLiteral("%1 members after the redo")
                                       .arg(db->scalar(QStringLiteral("SELECT count(*) FROM members")).toLongLong());
                }
            } catch (const Error& e) {
                undoRow.missing = e.message();
            }
        }
        if (!undoRow.missing.isEmpty())
            redoRow.missing = undoRow.missing;
        results.push_back(undoRow);
        results.push_back(redoRow);
    }
    out() << "undo and redo done\n";
    out().flush();

    // The members page in the main window, in child processes of their own so that the memory is the window's.
    const QProcessEnvironment childEnv = [] {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        return env;
    }();
    std::map<QString, std::vector<double>> list;
    QString listMissing;
    qint64 windowPeakKb = 0;
    for (int i = 0; i < s.runs && listMissing.isEmpty(); ++i) {
        const ProcessRun child =
            runProcess(QCoreApplication::applicationFilePath(),
                       {QStringLiteral("--child-window"), source, QStringLiteral("--runs"), QString::number(s.runs)},
                       work, childEnv);
        const auto values = parseChildOutput(child.out);
        if (child.code != 0 || values.count(QStringLiteral("peak_kb")) == 0) {
            listMissing =
                QStringLiteral("the window process failed (exit %1): %2").arg(child.code).arg(firstLine(child.err));
            break;
        }
        for (const auto& [key, v] : values)
            list[key].insert(list[key].end(), v.begin(), v.end());
        windowPeakKb = std::max(windowPeakKb, qint64(values.at(QStringLiteral("peak_kb")).front()));
    }
    auto listRow = [&](const QString& what, const QString& key, const QString& target, double limit) {
        Result r = makeResult(what, target, limit);
        if (!listMissing.isEmpty() || list[key].empty()) {
            r.missing = listMissing.isEmpty() ? QStringLiteral("no figure reported") : listMissing;
            return r;
        }
        for (double v : list[key])
            r.samples.push_back({v, 0});
        return r;
    };
    results.push_back(listRow(QStringLiteral("window: open database + members page, first rows"),
                              QStringLiteral("first_rows"), QStringLiteral("≤ 100 ms"), 0.1));
    {
        Result r = listRow(QStringLiteral("  of which Database::open alone"), QStringLiteral("db_open"), QString(), 0);
        r.limit.reset();
        results.push_back(r);
    }
    results.push_back(listRow(QStringLiteral("page: list read again, first rows"), QStringLiteral("page_reload"),
                              QStringLiteral("≤ 100 ms"), 0.1));
    results.push_back(
        listRow(QStringLiteral("page: jump to last row"), QStringLiteral("last_row"), QStringLiteral("≤ 50 ms"), 0.05));
    results.push_back(listRow(QStringLiteral("page: keystroke, initials z→zw"), QStringLiteral("keystroke_initials"),
                              QStringLiteral("≤ 30 ms"), 0.03));
    results.push_back(listRow(QStringLiteral("page: keystroke, fragment 伟"), QStringLiteral("keystroke_fragment"),
                              QStringLiteral("≤ 30 ms"), 0.03));
    results.push_back(
        listRow(QStringLiteral("page: sort by name"), QStringLiteral("sort_name"), QStringLiteral("≤ 100 ms"), 0.1));
    if (!list.empty()) {
        results[results.size() - 3].note = QStringLiteral("%1 rows match")
                                               .arg(list[QStringLiteral("keystroke_initials_rows")].empty()
                                                        ? 0
                                                        : list[QStringLiteral("keystroke_initials_rows")].front());
        results[results.size() - 2].note = QStringLiteral("%1 rows match")
                                               .arg(list[QStringLiteral("keystroke_fragment_rows")].empty()
                                                        ? 0
                                                        : list[QStringLiteral("keystroke_fragment_rows")].front());
    }

    // Export: the whole command, every member and every column, unmasked.
    {
        Result r = makeResult(QStringLiteral("xlsx export, all × all columns"), QStringLiteral("≤ 2.5 s"), 2.5);
        r.baselineName = QStringLiteral("python3-xlsxwriter");
        r.baseline = pythonWrite;
        for (int i = 0; i < s.runs; ++i) {
            QFile::remove(exported);
            const ProcessRun p = runProcess(exe,
                                            {QStringLiteral("--db"), source, QStringLiteral("members"),
                                             QStringLiteral("export"), exported, QStringLiteral("--unmasked")},
                                            work);
            if (p.code != 0 || !QFileInfo::exists(exported)) {
                r.missing = QStringLiteral("`members export` failed (exit %1): %2").arg(p.code).arg(firstLine(p.err));
                r.samples.clear();
                break;
            }
            r.samples.push_back({p.seconds, p.peakKb});
        }
        if (r.missing.isEmpty())
            r.note = QStringLiteral("%1 KB written").arg(QFileInfo(exported).size() / 1024);
        results.push_back(r);
    }

    // Peak memory of the window (or, until the members page is built, of the list in the child above).
    {
        Result r = makeResult(QStringLiteral("window with all members: peak RSS"), QStringLiteral("< 150 MB"), 150.0);
        r.memory = true;
        if (windowPeakKb > 0) {
            r.samples.push_back({double(windowPeakKb) / 1024.0, 0});
            r.note = QStringLiteral("VmHWM of the main window on the members page after the list steps above");
        } else {
            r.missing = listMissing.isEmpty() ? QStringLiteral("no figure reported") : listMissing;
        }
        results.push_back(r);
    }

    out() << '\n';
    printTable(results);
    if (sqliteImport)
        out() << "sqlite3 .import of members.csv into a bare table: " << formatSeconds(*sqliteImport) << '\n';
    if (pythonWrite)
        out() << "python3-xlsxwriter writing members.csv's rows to xlsx (whole script): " << formatSeconds(*pythonWrite)
              << '\n';
    out().flush();
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    auto valueOf = [&](const QString& name, const QString& fallback) {
        const int i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
    };

    if (args.contains(QStringLiteral("--child-window"))) {
        QApplication app(argc, argv);
        return childWindow(valueOf(QStringLiteral("--child-window"), QString()),
                           valueOf(QStringLiteral("--runs"), QStringLiteral("5")).toInt());
    }

    QCoreApplication app(argc, argv);
    if (args.contains(QStringLiteral("--help"))) {
        out() << "usage: members_bench [--members N] [--runs R] [--seed S] [--work DIR] [--keep]\n"
                 "Times the member roster's import, list, filter, sort and export on N generated members (default "
                 "50000) and prints a table of medians against the targets.\n";
        return 0;
    }
    Settings s;
    s.members = valueOf(QStringLiteral("--members"), QStringLiteral("50000")).toInt();
    s.runs = std::max(1, valueOf(QStringLiteral("--runs"), QStringLiteral("5")).toInt());
    s.seed = valueOf(QStringLiteral("--seed"), QStringLiteral("1")).toULongLong();
    s.workDir = valueOf(QStringLiteral("--work"), QString());
    s.keep = args.contains(QStringLiteral("--keep"));
    if (s.members < 1) {
        std::fprintf(stderr, "--members must be a positive number\n");
        return 2;
    }
    return runAll(s);
}
