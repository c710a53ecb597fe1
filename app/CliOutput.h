#pragma once

#include <QFile>
#include <QJsonArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <memory>

namespace ud::core {
class SafeOutput;
}

namespace ud::app {

class CommandOptions;

/// The `--format csv|table|json` and `--out FILE` options of the list commands, and the writing of their rows.
///
/// CSV and JSON are for scripts (the header is the stable keys); the table is for people (translated titles,
/// columns aligned). CSV rows go out as they come; the table and JSON are written by finish(), which needs them
/// all. With --out the output goes to a file written beside the target and moved over it when complete. Control and
/// invisible characters (escape sequences, right-to-left overrides) never reach a terminal raw: the table, and CSV
/// or JSON written to a terminal, show them as <U+001B>. Writing that fails (a full disk) throws Error in finish().
class CliOutput {
public:
    enum class Format { Csv, Table, Json };

    /// The synopsis of the two options, for a command's usage line.
    static QString synopsis();
    /// Declares --format and --out on a command's options; call before CommandOptions::parse().
    static void declare(CommandOptions& options);

    /// `out` is standard output, used unless --out names a file.
    explicit CliOutput(QTextStream& out);
    ~CliOutput();
    CliOutput(const CliOutput&) = delete;
    CliOutput& operator=(const CliOutput&) = delete;

    /// Takes --format and --out from the parsed options (`fallback` when --format is not given); on a bad format or
    /// an output file that cannot be written (a folder, a folder that does not exist) writes why to `err` and
    /// returns false.
    bool read(const CommandOptions& options, QTextStream& err, Format fallback = Format::Table);

    Format format() const { return m_format; }
    /// CSV and JSON: keys as header and stored values. Table: translated titles and labels.
    bool forScripts() const { return m_format != Format::Table; }
    /// The file named by --out (absolute), or empty for standard output.
    QString filePath() const { return m_path; }

    /// Starts the output with its header (keys for scripts, titles for the table). With --out, this creates the
    /// temporary file; throws Error when it cannot.
    void begin(const QStringList& header);
    /// One row, its cells in the order of the header.
    void row(const QStringList& cells);
    /// Writes what is held and, with --out, moves the finished file over the target; throws Error on failure.
    void finish();
    /// begin(), row() for each row, finish().
    void write(const QStringList& header, const QList<QStringList>& rows);
    qint64 rowCount() const { return m_rowCount; }

private:
    QTextStream& m_out;
    QTextStream* m_stream = nullptr;
    Format m_format = Format::Table;
    QString m_path;
    std::unique_ptr<core::SafeOutput> m_target;
    QFile m_file;
    std::unique_ptr<QTextStream> m_fileStream;
    QString m_lineEnd;
    QStringList m_header;
    QList<QStringList> m_tableRows;
    QJsonArray m_jsonRows;
    qint64 m_rowCount = 0;
    bool m_visibleOnly = false; // control and invisible characters written as <U+001B>
};

} // namespace ud::app
