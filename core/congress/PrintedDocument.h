#pragma once

#include <QDate>
#include <QFont>
#include <QPageLayout>
#include <QRectF>
#include <QString>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextLength>

#include <functional>
#include <memory>

class QPagedPaintDevice;
class QPainter;
class QTextDocument;
class QTextTable;

namespace ud::core {

/// A QTextDocument printed on A4 pages (portrait unless told): laid out for the device it goes to (a QPdfWriter, or a
/// QPrinter from print preview), text flowing from page to page, each page drawn with a footer (or none). Written as
/// PDF or as an editable .odt, each through a temporary file renamed over the target only when complete. A Simplified
/// Chinese font is set explicitly: without it Chinese falls back to Japanese glyph shapes.
class PrintedDocument {
public:
    /// What the footer of each page shows.
    enum class Footer {
        PageOfPages, // the title at the left, "Page n of N" in the middle, the print date at the right
        PageNumber,  // the page number alone, centred: a bound compilation
        None,        // nothing: a certificate
    };

    PrintedDocument();
    ~PrintedDocument();
    PrintedDocument(const PrintedDocument&) = delete;
    PrintedDocument& operator=(const PrintedDocument&) = delete;

    QTextDocument& document() { return *m_doc; }
    const QTextDocument& document() const { return *m_doc; }

    void setTitle(const QString& title) { m_title = title; }
    QString title() const { return m_title; }
    void setFooter(Footer footer) { m_footer = footer; }
    /// The pages' orientation: portrait by default, landscape for a certificate.
    void setOrientation(QPageLayout::Orientation orientation) { m_orientation = orientation; }
    QPageLayout::Orientation orientation() const { return m_orientation; }
    /// The margins around the text, in millimetres (20 by default).
    void setMargins(double millimetres) { m_marginMm = millimetres; }
    /// Drawn on every page before its text, in the device's pixels with the origin at the top left of the area inside
    /// the margins (`area`, the footer's strip included): a certificate's frame.
    void setPageDecoration(std::function<void(QPainter&, const QRectF& area)> decoration)
    {
        m_decoration = std::move(decoration);
    }
    /// Pages before this one (0-based) have no footer: a title page.
    void setFirstNumberedPage(int page) { m_firstNumberedPage = page; }
    /// The date printed in the footer (today by default; fixed in tests).
    void setPrintDate(const QDate& date) { m_printDate = date; }
    /// Called after each layout on a device; returns true when it changed the document, which is then laid out
    /// again (at most a few times): a table of contents writes the page numbers the layout gave.
    void setAfterLayout(std::function<bool(PrintedDocument&)> afterLayout) { m_afterLayout = std::move(afterLayout); }

    /// The page (0-based) on which `block` starts in the last layout.
    int pageOf(const QTextBlock& block) const;
    /// The pages of the last layout.
    int pageCount() const;

    /// Lays the document out for `device` (A4 in the document's orientation and margins) and draws every page.
    void print(QPagedPaintDevice& device);
    /// Writes a PDF; throws Error on failure, the target then as it was.
    void writePdf(const QString& path);
    /// Writes an OpenDocument text (.odt, which Word and WPS open) for editing; throws Error on failure.
    void writeOdt(const QString& path);
    /// Writes a .pdf or an .odt by the file's suffix; throws Error for another suffix.
    void write(const QString& path);

    /// A font of the documents: the Chinese families of ReportPrinter, `points` large.
    static QFont font(double points, bool bold = false);
    /// A length in points as the document's formats take it: CSS pixels (1/96 inch), scaled to the device.
    static double px(double points) { return points * 96.0 / 72.0; }
    static constexpr double kBodyPoints = 10.5; // 五号, the size of Chinese office documents

private:
    void layOut(QPagedPaintDevice& device);
    std::unique_ptr<QTextDocument> m_doc;
    QString m_title;
    Footer m_footer = Footer::PageOfPages;
    int m_firstNumberedPage = 0;
    QDate m_printDate = QDate::currentDate();
    std::function<bool(PrintedDocument&)> m_afterLayout;
    std::function<void(QPainter&, const QRectF&)> m_decoration;
    QPageLayout::Orientation m_orientation = QPageLayout::Portrait;
    double m_marginMm = 20.0;
    double m_pageHeight = 0; // of the body, in the device's pixels, in the last layout
};

/// Writes a document block by block with a cursor: headings, paragraphs, tables of label and value cells.
class DocumentWriter {
public:
    explicit DocumentWriter(QTextDocument& doc);

    /// Starts the next block on a new page (none before the first block of the document).
    void pageBreak() { m_breakBefore = true; }
    /// A paragraph in `points`, bold or not, aligned; `spaceBefore`/`spaceAfter` in points. Line breaks in `text`
    /// stay line breaks.
    QTextBlock paragraph(const QString& text, double points = PrintedDocument::kBodyPoints, bool bold = false,
                         Qt::Alignment align = Qt::AlignLeft, double spaceBefore = 0, double spaceAfter = 0);
    /// A body text: one paragraph per line of `text`, each indented by two characters as Chinese text is.
    void bodyText(const QString& text);
    /// A table of `columns` (widths as percentages of the page, or fixed) with a grid or without; the cursor then goes
    /// on after it.
    QTextTable* table(int rows, const QList<QTextLength>& columns, bool grid);
    /// Writes `text` into a cell of `table` (its line breaks kept), bold or not, aligned.
    static void cell(QTextTable* table, int row, int column, const QString& text, bool bold = false,
                     Qt::Alignment align = Qt::AlignLeft, double points = PrintedDocument::kBodyPoints);
    /// Gives a cell a light grey background: a heading row of a form.
    static void shade(QTextTable* table, int row, int column);
    QTextCursor& cursor() { return m_cursor; }

private:
    QTextBlockFormat nextBlockFormat(Qt::Alignment align, double spaceBefore, double spaceAfter);
    QTextDocument& m_doc;
    QTextCursor m_cursor;
    bool m_first = true;
    bool m_breakBefore = false;
};

} // namespace ud::core
