// yearbook_bench: the year-end workbook of a year at 50,000 members with the demo data of every module. Makes the
// database with `uniondesk demo --members N`, then times `uniondesk yearbook` (the whole command: its time and its
// peak memory, by GNU time) and, beside it, python3-xlsxwriter writing the same cells in constant memory. Prints the
// medians of R runs. Not a test: it asserts nothing and is not run by CTest. See README.md in this folder.

#include "BenchSupport.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <vector>

namespace {

using ud::bench::median;
using ud::bench::out;

QString python()
{
    return QFile::exists(QStringLiteral("/usr/bin/python3")) ? QStringLiteral("/usr/bin/python3")
                                                             : QStringLiteral("python3");
}

/// Runs `program` with `args` under GNU time when it is there; returns false when it fails. `seconds` gets the wall
/// time, `peakKb` the peak resident memory (0 without GNU time).
bool run(const QString& program, const QStringList& args, const QString& work, double* seconds, qint64* peakKb,
         QString* output = nullptr)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char* name : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_RUNTIME_DIR"})
        env.insert(QString::fromLatin1(name), work + QStringLiteral("/xdg"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    p.setProcessEnvironment(env);
    p.setWorkingDirectory(work);
    const bool timed = QFile::exists(QStringLiteral("/usr/bin/time"));
    QElapsedTimer timer;
    timer.start();
    if (timed)
        p.start(QStringLiteral("/usr/bin/time"), QStringList{QStringLiteral("-v"), program} + args);
    else
        p.start(program, args);
    p.waitForFinished(-1);
    *seconds = timer.nsecsElapsed() / 1e9;
    const QString err = QString::fromUtf8(p.readAllStandardError());
    if (output)
        *output = QString::fromUtf8(p.readAllStandardOutput());
    *peakKb = 0;
    const auto m = QRegularExpression(QStringLiteral("Maximum resident set size \\(kbytes\\): (\\d+)")).match(err);
    if (m.hasMatch())
        *peakKb = m.captured(1).toLongLong();
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        out() << program << " failed: " << err << '\n';
        return false;
    }
    return true;
}

// Reads the workbook's cells (openpyxl, not timed) and writes them again with xlsxwriter in constant memory, the
// same sheets, header formats, dates as dates; prints the seconds of the writing alone.
const char* kPythonWriter = R"PY(
import datetime, sys, time, openpyxl, xlsxwriter
source = openpyxl.load_workbook(sys.argv[1], read_only=True)
sheets = [(ws.title, [list(r) for r in ws.iter_rows(values_only=True)]) for ws in source.worksheets]
start = time.perf_counter()
wb = xlsxwriter.Workbook(sys.argv[2], {"constant_memory": True})
bold = wb.add_format({"bold": True})
date = wb.add_format({"num_format": "yyyy-mm-dd"})
money = wb.add_format({"num_format": "#,##0.00"})
for title, rows in sheets:
    ws = wb.add_worksheet(title)
    ws.freeze_panes(1, 0)
    for r, row in enumerate(rows):
        for c, v in enumerate(row):
            if v is None:
                continue
            if r == 0:
                ws.write_string(r, c, str(v), bold)
            elif isinstance(v, (datetime.date, datetime.datetime)):
                ws.write_datetime(r, c, v, date)
            elif isinstance(v, float) and not v.is_integer():
                ws.write_number(r, c, v, money)
            elif isinstance(v, (int, float)):
                ws.write_number(r, c, v)
            else:
                ws.write_string(r, c, str(v))
    ws.autofilter(0, 0, max(0, len(rows) - 1), max(0, len(rows[0]) - 1 if rows else 0))
wb.close()
print("%.3f" % (time.perf_counter() - start))
)PY";

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    auto valueOf = [&](const QString& name, const QString& fallback) {
        const qsizetype i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
    };
    if (args.contains(QStringLiteral("--help"))) {
        out() << "usage: yearbook_bench [--members N] [--year Y] [--runs R] [--seed S] [--work DIR [--reuse]]\n"
                 "Makes a database with `uniondesk demo --members N` (default 50000), then times `uniondesk yearbook "
                 "--year Y` (default: last year) and python3-xlsxwriter writing the same cells; prints the medians "
                 "of R runs (default 3) and the command's peak memory. --reuse takes the database an earlier run "
                 "left in --work DIR as it is.\n";
        return 0;
    }
    const QString members = valueOf(QStringLiteral("--members"), QStringLiteral("50000"));
    const QString year = valueOf(QStringLiteral("--year"), QString::number(QDate::currentDate().year() - 1));
    const int runs = std::max(1, valueOf(QStringLiteral("--runs"), QStringLiteral("3")).toInt());
    const QString seed = valueOf(QStringLiteral("--seed"), QStringLiteral("1"));
    QTemporaryDir temp;
    const QString work = valueOf(QStringLiteral("--work"), temp.path());
    QDir().mkpath(work + QStringLiteral("/xdg"));
    const QString exe = QStringLiteral(UD_EXECUTABLE);
    const QString db = work + QStringLiteral("/yearbook.sqlite");

    double seconds = 0;
    qint64 peak = 0;
    if (!(args.contains(QStringLiteral("--reuse")) && QFile::exists(db))) {
        QFile::remove(db);
        if (!run(exe,
                 {QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--members"), members,
                  QStringLiteral("--seed"), seed},
                 work, &seconds, &peak))
            return 1;
        out() << QStringLiteral("Demo data of %1 members made in %2 s; %3 build\n")
                     .arg(members)
                     .arg(seconds, 0, 'f', 1)
                     .arg(QStringLiteral(UD_BUILD_TYPE));
    }

    std::vector<double> ours, theirs;
    qint64 peakKb = 0;
    const QString file = work + QStringLiteral("/yearbook.xlsx");
    for (int i = 0; i < runs; ++i) {
        if (!run(exe,
                 {QStringLiteral("--db"), db, QStringLiteral("yearbook"), QStringLiteral("--year"), year,
                  QStringLiteral("--out"), file},
                 work, &seconds, &peak))
            return 1;
        ours.push_back(seconds);
        peakKb = std::max(peakKb, peak);
        QString printed;
        if (run(python(),
                {QStringLiteral("-c"), QString::fromUtf8(kPythonWriter), file, work + QStringLiteral("/python.xlsx")},
                work, &seconds, &peak, &printed))
            theirs.push_back(printed.trimmed().toDouble());
    }
    out() << QStringLiteral("| Step | Median (s) | Target |\n| --- | --- | --- |\n");
    out() << QStringLiteral("| uniondesk yearbook --year %1 (whole command) | %2 | ≤ 3 s |\n")
                 .arg(year)
                 .arg(median(ours), 0, 'f', 2);
    if (!theirs.empty())
        out() << QStringLiteral("| python3-xlsxwriter writing the same cells | %1 | (for comparison) |\n")
                     .arg(median(theirs), 0, 'f', 2);
    out() << QStringLiteral("Peak memory of the command: %1 MB; workbook %2 KB\n")
                 .arg(peakKb / 1024.0, 0, 'f', 1)
                 .arg(QFileInfo(file).size() / 1024);
    return 0;
}
