#pragma once

#include "core/report/Report.h"

#include <QDateTime>

class QPagedPaintDevice;
class QTextDocument;

namespace ud::core {

/// Lays a Report out on A4 with QPainter, row by row: the title block on the first page, the header row on every
/// page, each column as wide as its content needs (dates, numbers and no-wrap texts on one line, the rest of the
/// width to the texts that wrap), no row split by a page break and no group heading left alone at the foot of a
/// page, the footnote under the last row, and a footer with the page number and the print date. A Simplified
/// Chinese font is set explicitly (without it Chinese falls back to Japanese glyph shapes). The .odt is the same
/// table as a QTextDocument, for editing.
class ReportPrinter {
public:
    explicit ReportPrinter(const Report& report);
    /// A document of several tables one after the other (a statistical report): the first table's organisation,
    /// title and subtitle head it, each table's caption stands above its header row, and a table starts on the
    /// page where the previous one ends when its caption, header and first row still fit there. In .xlsx, one
    /// sheet per table (writeReports()).
    explicit ReportPrinter(QList<Report> tables);

    /// Draws every page on `device` (a QPdfWriter, or a QPrinter from print preview), A4 in the orientation the
    /// device is set to: print preview lets the user turn the page.
    void print(QPagedPaintDevice& device) const;
    /// Writes a PDF in the report's orientation, to a temporary file renamed over `path` only when complete; throws
    /// Error on failure.
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
    QList<Report> m_reports; // implicitly shared: copying a report copies no rows
    QDate m_printDate = QDate::currentDate();
};

/// Writes a Report to .csv (UTF-8 with BOM) or .xlsx by the file's suffix, through a temporary file.
void writeReportTable(const Report& report, const QString& path);
/// Writes a Report by the file's suffix: .pdf, .odt, .xlsx or .csv (anything else as .csv).
void writeReport(const Report& report, const QString& path);
/// Writes a document of several tables (see ReportPrinter) to .xlsx, one sheet per table named by its caption.
void writeReportsXlsx(const QList<Report>& tables, const QString& path);
/// Writes a document of several tables by the file's suffix: .pdf, .odt or .xlsx; throws Error for another suffix.
void writeReports(const QList<Report>& tables, const QString& path);

} // namespace ud::core
