#pragma once

#include "core/report/Report.h"

#include <QDateTime>

class QPagedPaintDevice;
class QTextDocument;

namespace ud::core {

/// Lays a Report out on A4 with QTextDocument: title block, a table whose header row repeats on every
/// page, and a footer with the page number and the print date. A Simplified Chinese font is set
/// explicitly (without it Chinese falls back to Japanese glyph shapes).
class ReportPrinter {
public:
    explicit ReportPrinter(const Report& report);

    /// Draws every page on `device` (a QPdfWriter, or a QPrinter from print preview).
    void print(QPagedPaintDevice& device) const;
    /// Writes a PDF, to a temporary file renamed over `path` only when complete; throws Error on failure.
    void writePdf(const QString& path) const;
    /// Writes an editable document (OpenDocument text, .odt, which Word and WPS open) through a temporary file
    /// renamed over `path` only when complete; throws Error on failure.
    void writeOdt(const QString& path) const;
    /// The date printed in the footer (today by default; fixed in tests).
    void setPrintDate(const QDate& date) { m_printDate = date; }

    /// The font families tried in order for Chinese text.
    static QStringList chineseFontFamilies();

private:
    QString html() const;
    const Report& m_report;
    QDate m_printDate = QDate::currentDate();
};

/// Writes a Report to .csv (UTF-8 with BOM) or .xlsx by the file's suffix, through a temporary file.
void writeReportTable(const Report& report, const QString& path);
/// Writes a Report by the file's suffix: .pdf, .odt, .xlsx or .csv (anything else as .csv).
void writeReport(const Report& report, const QString& path);

} // namespace ud::core
