#pragma once

// Reads an .xlsx back with openpyxl (python3-openpyxl), the way another program sees the file.

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>

namespace ud::test {

/// One cell as openpyxl reads it: data type ('s' string, 'n' number, 'd' date), value as text, number format.
struct ReadCell {
    QString type;
    QString value;
    QString format;
    bool bold = false;
};

struct ReadSheet {
    QString title;
    QString freezePanes; // "A2" when the first row is frozen
    QString autoFilter;  // "A1:R51"
    QList<QList<ReadCell>> rows;
    QHash<QString, double> widths; // column letter → width
};

/// The worksheets of `path`; `error` gets what went wrong when the list is empty.
inline QList<ReadSheet> readXlsx(const QString& path, QString* error)
{
    static const char* script = R"PY(
import json, sys, datetime, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
out = []
for ws in wb.worksheets:
    rows = []
    for row in ws.iter_rows():
        cells = []
        for c in row:
            v = c.value
            if isinstance(v, datetime.datetime):
                v = v.date().isoformat()
            elif isinstance(v, datetime.date):
                v = v.isoformat()
            elif isinstance(v, float) and v.is_integer():
                v = str(int(v))
            elif v is not None:
                v = str(v)
            cells.append([c.data_type, v, c.number_format, bool(c.font and c.font.b)])
        rows.append(cells)
    widths = {k: d.width for k, d in ws.column_dimensions.items()}
    out.append({"title": ws.title, "freeze": ws.freeze_panes, "filter": ws.auto_filter.ref, "rows": rows,
                "widths": widths})
sys.stdout.write(json.dumps(out, ensure_ascii=False))
)PY";
    QProcess p;
    // Debian's python3, where python3-openpyxl is installed, before any other python3 on PATH.
    p.setProgram(QFile::exists(QStringLiteral("/usr/bin/python3")) ? QStringLiteral("/usr/bin/python3")
                                                                   : QStringLiteral("python3"));
    p.setArguments({QStringLiteral("-c"), QString::fromUtf8(script), path});
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PYTHONIOENCODING"), QStringLiteral("utf-8"));
    p.setProcessEnvironment(env);
    p.start();
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        *error = QString::fromUtf8(p.readAllStandardError()) + p.errorString();
        return {};
    }
    QList<ReadSheet> sheets;
    const QJsonArray array = QJsonDocument::fromJson(p.readAllStandardOutput()).array();
    for (const QJsonValue& s : array) {
        const QJsonObject o = s.toObject();
        ReadSheet sheet;
        sheet.title = o.value(QStringLiteral("title")).toString();
        sheet.freezePanes = o.value(QStringLiteral("freeze")).toString();
        sheet.autoFilter = o.value(QStringLiteral("filter")).toString();
        for (const QJsonValue& r : o.value(QStringLiteral("rows")).toArray()) {
            QList<ReadCell> row;
            for (const QJsonValue& c : r.toArray()) {
                const QJsonArray a = c.toArray();
                row.append({a.at(0).toString(), a.at(1).toString(), a.at(2).toString(), a.at(3).toBool()});
            }
            sheet.rows.append(row);
        }
        const QJsonObject widths = o.value(QStringLiteral("widths")).toObject();
        for (auto it = widths.begin(); it != widths.end(); ++it)
            sheet.widths.insert(it.key(), it.value().toDouble());
        sheets.append(sheet);
    }
    if (sheets.isEmpty())
        *error = QStringLiteral("no worksheet read from %1").arg(path);
    return sheets;
}

} // namespace ud::test
