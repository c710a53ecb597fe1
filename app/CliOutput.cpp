#include "app/CliOutput.h"

#include "app/CommandLine.h"
#include "core/db/Error.h"
#include "core/io/Csv.h"
#include "core/io/SafeOutput.h"
#include "core/io/Text.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

#include <unistd.h>

namespace ud::app {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ud::app::CliOutput", text);
}

// Text with the characters that would act on a terminal (escape sequences, right-to-left overrides, NUL, …) shown as
// <U+001B>; `lineBreaks`: tab and line breaks stay.
QString visible(const QString& text, bool lineBreaks)
{
    qsizetype bad = core::Text::forbiddenCharacter(text, lineBreaks);
    if (bad < 0)
        return text;
    QString out = text.left(bad);
    for (qsizetype i = bad; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (core::Text::forbiddenCharacter(QStringView(&c, 1), lineBreaks) == 0)
            out += QStringLiteral("<U+%1>").arg(
                QString::number(c.unicode(), 16).toUpper().rightJustified(4, QLatin1Char('0')));
        else
            out += c;
    }
    return out;
}

QStringList visible(const QStringList& cells, bool lineBreaks)
{
    QStringList out;
    out.reserve(cells.size());
    for (const QString& c : cells)
        out << visible(c, lineBreaks);
    return out;
}

const QString kFormat = QStringLiteral("format");
const QString kOut = QStringLiteral("out");

} // namespace

QString CliOutput::synopsis()
{
    return QStringLiteral("[--format csv|table|json] [--out FILE]");
}

void CliOutput::declare(CommandOptions& options)
{
    options.value(kFormat).value(kOut);
}

CliOutput::CliOutput(QTextStream& out) : m_out(out) {}

// Out of line: SafeOutput is complete here, and its destructor removes an unfinished temporary file.
CliOutput::~CliOutput() = default;

bool CliOutput::read(const CommandOptions& options, QTextStream& err, Format fallback)
{
    const QString format = options.get(kFormat, fallback == Format::Csv    ? QStringLiteral("csv")
                                                : fallback == Format::Json ? QStringLiteral("json")
                                                                           : QStringLiteral("table"));
    if (format == QLatin1String("csv")) {
        m_format = Format::Csv;
    } else if (format == QLatin1String("table")) {
        m_format = Format::Table;
    } else if (format == QLatin1String("json")) {
        m_format = Format::Json;
    } else {
        err << tr("--format must be csv, table or json.") << '\n';
        return false;
    }
    if (options.has(kOut)) {
        const QString path = options.get(kOut);
        // Checked before any query runs, so that a mistyped folder costs nothing and leaves nothing.
        try {
            core::SafeOutput::checkTarget(path);
        } catch (const core::Error& e) {
            err << e.message() << '\n';
            return false;
        }
        m_path = QFileInfo(path).absoluteFilePath();
    }
    return true;
}

void CliOutput::begin(const QStringList& headerCells)
{
    Q_ASSERT(!m_stream);
    // The table is for a terminal; CSV and JSON only when they go to one (a file or a pipe gets the data as stored).
    m_visibleOnly = m_format == Format::Table || (m_path.isEmpty() && isatty(fileno(stdout)));
    const QStringList header = m_visibleOnly ? visible(headerCells, m_format != Format::Table) : headerCells;
    m_header = header;
    m_stream = &m_out;
    m_lineEnd = QStringLiteral("\n");
    if (!m_path.isEmpty()) {
        m_target = std::make_unique<core::SafeOutput>(m_path);
        m_file.setFileName(m_target->tempPath());
        if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            throw core::Error(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(m_path), m_file.errorString()));
        m_fileStream = std::make_unique<QTextStream>(&m_file);
        m_stream = m_fileStream.get();
        if (m_format == Format::Csv) {
            // A CSV file is what the other CSV exports write: a BOM so that Excel reads UTF-8, CRLF line ends.
            m_file.write("\xEF\xBB\xBF");
            m_lineEnd = QStringLiteral("\r\n");
        }
    }
    if (m_format == Format::Csv)
        *m_stream << core::Csv::formatRow(header) << m_lineEnd;
}

void CliOutput::row(const QStringList& rowCells)
{
    Q_ASSERT(m_stream);
    const QStringList cells = m_visibleOnly ? visible(rowCells, m_format != Format::Table) : rowCells;
    ++m_rowCount;
    switch (m_format) {
    case Format::Csv:
        *m_stream << core::Csv::formatRow(cells) << m_lineEnd;
        break;
    case Format::Table:
        m_tableRows.append(cells);
        break;
    case Format::Json: {
        // Every value as the text the other formats show: a script gets the same strings whatever it asks for.
        // QJsonObject keeps its keys in sorted order, not in the order of the header.
        QJsonObject object;
        for (int i = 0; i < m_header.size(); ++i)
            object.insert(m_header.at(i), i < cells.size() ? cells.at(i) : QString());
        m_jsonRows.append(object);
        break;
    }
    }
}

void CliOutput::finish()
{
    Q_ASSERT(m_stream);
    if (m_format == Format::Table)
        *m_stream << core::Csv::formatTextTable(m_header, m_tableRows);
    else if (m_format == Format::Json)
        *m_stream << QString::fromUtf8(QJsonDocument(m_jsonRows).toJson(QJsonDocument::Indented));
    m_stream->flush();
    if (!m_target) {
        // A full disk or a closed pipe: the rows did not arrive, which the exit code must say.
        auto* device = qobject_cast<QFileDevice*>(m_stream->device());
        if (m_stream->status() != QTextStream::Ok ||
            (device && (!device->flush() || device->error() != QFileDevice::NoError)))
            throw core::Error(tr("Cannot write to the standard output: %1")
                                  .arg(device && device->error() != QFileDevice::NoError ? device->errorString()
                                                                                         : tr("write error")));
        return;
    }
    if (m_fileStream->status() != QTextStream::Ok || !m_file.flush() || m_file.error() != QFileDevice::NoError)
        throw core::Error(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(m_path), m_file.errorString()));
    m_file.close();
    m_target->commit();
}

void CliOutput::write(const QStringList& header, const QList<QStringList>& rows)
{
    begin(header);
    for (const QStringList& r : rows)
        row(r);
    finish();
}

} // namespace ud::app
