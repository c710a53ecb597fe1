#include "app/CliOutput.h"

#include "app/CommandLine.h"
#include "core/db/Error.h"
#include "core/io/Csv.h"
#include "core/io/SafeOutput.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace ud::app {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ud::app::CliOutput", text);
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

bool CliOutput::read(const CommandOptions& options, QTextStream& err)
{
    const QString format = options.get(kFormat, QStringLiteral("table"));
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

void CliOutput::begin(const QStringList& header)
{
    Q_ASSERT(!m_stream);
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

void CliOutput::row(const QStringList& cells)
{
    Q_ASSERT(m_stream);
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
    if (!m_target)
        return;
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
