#include "core/congress/PrintedDocument.h"

#include "core/db/Error.h"
#include "core/io/DateText.h"
#include "core/io/SafeOutput.h"
#include "core/report/ReportPrinter.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>
#include <QTextDocumentWriter>
#include <QTextTable>

#include <cmath>

namespace ud::core {

namespace {

// The context the messages of this file are translated under; written Tr::tr() so that lupdate files them there.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ud::core::PrintedDocument)
};

// The margins of Chinese official documents (GB/T 9704 keeps about 37 mm at the top and 28 mm at the left); a form
// needs more of the page, so the default ones (m_marginMm) are those of a form: 20 mm around, the footer inside the
// bottom margin's line.
constexpr double kFooterMm = 8.0;
constexpr double kFootPoints = 8.0;
constexpr int kMaxLayoutPasses = 4;

} // namespace

PrintedDocument::PrintedDocument() : m_doc(std::make_unique<QTextDocument>())
{
    m_doc->setDefaultFont(font(kBodyPoints));
    m_doc->setDocumentMargin(0); // the page's margins are the device's
    m_doc->setUseDesignMetrics(true);
}

PrintedDocument::~PrintedDocument() = default;

QFont PrintedDocument::font(double points, bool bold)
{
    QFont f;
    f.setFamilies(ReportPrinter::chineseFontFamilies());
    f.setStyleHint(QFont::SansSerif);
    f.setPointSizeF(points);
    f.setBold(bold);
    return f;
}

int PrintedDocument::pageOf(const QTextBlock& block) const
{
    if (m_pageHeight <= 0)
        return 0;
    const QRectF rect = m_doc->documentLayout()->blockBoundingRect(block);
    // A block in a table cell is placed in the cell's frame: its rect is relative to the document all the same.
    return int(std::floor((rect.top() + 0.5) / m_pageHeight));
}

int PrintedDocument::pageCount() const
{
    return m_doc->pageCount();
}

void PrintedDocument::layOut(QPagedPaintDevice& device)
{
    device.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), m_orientation,
                                     QMarginsF(m_marginMm, m_marginMm, m_marginMm, m_marginMm),
                                     QPageLayout::Millimeter));
    const int dpi = device.logicalDpiY();
    const QRectF paintRect = device.pageLayout().paintRectPixels(dpi);
    const double footer = m_footer == Footer::None ? 0.0 : kFooterMm / 25.4 * dpi;
    // Laid out for the device itself: the fonts' metrics are those of the PDF, and lengths in the formats (CSS pixels)
    // are scaled to it.
    m_doc->documentLayout()->setPaintDevice(&device);
    // Whole pixels: the layout keeps lengths in 1/64 pixel and cuts the rest off, so a page of 2937.51 pixels would
    // start a little earlier there than here, and a heading at the top of a page be counted on the page before.
    m_pageHeight = std::floor(paintRect.height() - footer);
    m_doc->setPageSize(QSizeF(std::floor(paintRect.width()), m_pageHeight));
    for (int pass = 0; pass < kMaxLayoutPasses; ++pass) {
        m_doc->pageCount(); // lays out the whole document
        if (!m_afterLayout || !m_afterLayout(*this))
            break;
    }
}

void PrintedDocument::print(QPagedPaintDevice& device)
{
    layOut(device);
    const int dpi = device.logicalDpiY();
    const QRectF paintRect = device.pageLayout().paintRectPixels(dpi);
    const double footerHeight = m_footer == Footer::None ? 0.0 : kFooterMm / 25.4 * dpi;
    const QSizeF body(paintRect.width(), m_pageHeight);

    QPainter painter;
    if (!painter.begin(&device)) {
        m_doc->documentLayout()->setPaintDevice(nullptr);
        throw Error(Tr::tr("The printer or file could not be opened for printing."));
    }
    const QFont footFont = font(kFootPoints);
    const QFontMetricsF footMetrics(footFont, &device);
    const int pages = m_doc->pageCount();
    const QString printed = Tr::tr("Printed %1").arg(isoDateText(m_printDate));
    for (int p = 0; p < pages; ++p) {
        if (p > 0)
            device.newPage();
        if (m_decoration) {
            painter.save();
            m_decoration(painter, QRectF(QPointF(0, 0), paintRect.size()));
            painter.restore();
        }
        painter.save();
        painter.setClipRect(QRectF(QPointF(0, 0), body));
        painter.translate(0, -p * body.height());
        QAbstractTextDocumentLayout::PaintContext context;
        // A pixel inside the page: the layout draws what touches the clip too, and a block that starts the next page
        // would be drawn (clipped away, yet in the PDF's text) at the foot of this one.
        context.clip = QRectF(0, p * body.height() + 1, body.width(), body.height() - 2);
        context.palette.setColor(QPalette::Text, Qt::black);
        m_doc->documentLayout()->draw(&painter, context);
        painter.restore();

        if (p < m_firstNumberedPage || m_footer == Footer::None)
            continue;
        painter.setPen(Qt::black);
        painter.setFont(footFont);
        const QRectF footer(0, paintRect.height() - footerHeight, paintRect.width(), footerHeight);
        if (m_footer == Footer::PageNumber) {
            painter.drawText(footer, Qt::AlignHCenter | Qt::AlignBottom, Tr::tr("- %1 -").arg(p + 1));
            continue;
        }
        painter.drawText(footer, Qt::AlignLeft | Qt::AlignBottom,
                         footMetrics.elidedText(m_title, Qt::ElideRight, footer.width() * 0.38));
        painter.drawText(footer, Qt::AlignHCenter | Qt::AlignBottom, Tr::tr("Page %1 of %2").arg(p + 1).arg(pages));
        painter.drawText(footer, Qt::AlignRight | Qt::AlignBottom, printed);
    }
    painter.end();
    // The device goes away after printing: the layout must not keep it.
    m_doc->documentLayout()->setPaintDevice(nullptr);
}

void PrintedDocument::writePdf(const QString& path)
{
    SafeOutput out(path);
    {
        QPdfWriter writer(out.tempPath());
        writer.setResolution(300);
        writer.setCreator(QStringLiteral("UnionDesk"));
        writer.setTitle(m_title);
        print(writer);
    }
    if (QFileInfo(out.tempPath()).size() == 0)
        throw Error(Tr::tr("Cannot write %1.").arg(QFileInfo(path).fileName()));
    out.commit();
}

void PrintedDocument::writeOdt(const QString& path)
{
    SafeOutput out(path);
    if (m_afterLayout) {
        // What the layout writes into the document (the page numbers of a table of contents) comes from an A4 PDF
        // layout: an editor that lays the pages out alike finds the same numbers.
        QBuffer scratch;
        scratch.open(QIODevice::WriteOnly);
        QPdfWriter writer(&scratch);
        writer.setResolution(300);
        layOut(writer);
        m_doc->documentLayout()->setPaintDevice(nullptr);
    }
    QTextDocumentWriter writer(out.tempPath(), QByteArrayLiteral("odf"));
    if (!writer.write(m_doc.get()))
        throw Error(Tr::tr("Cannot write %1: %2")
                        .arg(QFileInfo(path).fileName(), writer.device() ? writer.device()->errorString() : QString()));
    out.commit();
}

void PrintedDocument::write(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("pdf"))
        writePdf(path);
    else if (suffix == QLatin1String("odt"))
        writeOdt(path);
    else
        throw Error(Tr::tr("%1: only .pdf and .odt files can be written.").arg(QFileInfo(path).fileName()));
}

// ---------------------------------------------------------------------------------------------------------

DocumentWriter::DocumentWriter(QTextDocument& doc) : m_doc(doc), m_cursor(&doc)
{
    m_cursor.movePosition(QTextCursor::End);
    m_first = m_doc.isEmpty();
}

QTextBlockFormat DocumentWriter::nextBlockFormat(Qt::Alignment align, double spaceBefore, double spaceAfter)
{
    QTextBlockFormat format;
    format.setAlignment(align);
    format.setTopMargin(PrintedDocument::px(spaceBefore));
    format.setBottomMargin(PrintedDocument::px(spaceAfter));
    if (m_breakBefore && !m_doc.isEmpty())
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    m_breakBefore = false;
    return format;
}

QTextBlock DocumentWriter::paragraph(const QString& text, double points, bool bold, Qt::Alignment align,
                                     double spaceBefore, double spaceAfter)
{
    const QTextBlockFormat format = nextBlockFormat(align, spaceBefore, spaceAfter);
    QTextCharFormat chars;
    chars.setFont(PrintedDocument::font(points, bold));
    // The block the document starts with, and the one a table leaves after it, are used rather than left empty.
    if (m_first) {
        m_cursor.setBlockFormat(format);
        m_cursor.mergeBlockCharFormat(chars);
        m_first = false;
    } else {
        m_cursor.insertBlock(format, chars);
    }
    QString shown = text;
    shown.replace(QLatin1Char('\n'), QChar::LineSeparator);
    m_cursor.insertText(shown, chars);
    return m_cursor.block();
}

void DocumentWriter::bodyText(const QString& text)
{
    for (const QString& line : text.split(QLatin1Char('\n'))) {
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty())
            continue;
        paragraph(trimmed, PrintedDocument::kBodyPoints, false, Qt::AlignJustify);
        QTextBlockFormat format = m_cursor.blockFormat();
        format.setTextIndent(PrintedDocument::px(2 * PrintedDocument::kBodyPoints));
        format.setLineHeight(150, QTextBlockFormat::ProportionalHeight);
        m_cursor.setBlockFormat(format);
    }
}

QTextTable* DocumentWriter::table(int rows, const QList<QTextLength>& columns, bool grid)
{
    QTextTableFormat format;
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    format.setColumnWidthConstraints(columns);
    format.setCellSpacing(0);
    format.setCellPadding(PrintedDocument::px(grid ? 4 : 2));
    format.setBorder(grid ? PrintedDocument::px(0.5) : 0);
    format.setBorderStyle(grid ? QTextFrameFormat::BorderStyle_Solid : QTextFrameFormat::BorderStyle_None);
    format.setBorderBrush(Qt::black);
    if (m_breakBefore && !m_doc.isEmpty())
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    m_breakBefore = false;
    if (m_first) {
        // A table cannot be the document's first frame without a block before it: that block stays, empty and small.
        QTextCharFormat tiny;
        tiny.setFont(PrintedDocument::font(1));
        m_cursor.mergeBlockCharFormat(tiny);
        m_first = false;
    }
    QTextTable* table = m_cursor.insertTable(rows, int(columns.size()), format);
    m_cursor.movePosition(QTextCursor::End);
    m_first = true; // the empty block after the table takes the next paragraph
    return table;
}

void DocumentWriter::cell(QTextTable* table, int row, int column, const QString& text, bool bold, Qt::Alignment align,
                          double points)
{
    QTextCursor c = table->cellAt(row, column).firstCursorPosition();
    QTextBlockFormat format;
    format.setAlignment(align);
    c.setBlockFormat(format);
    QTextCharFormat chars;
    chars.setFont(PrintedDocument::font(points, bold));
    c.mergeBlockCharFormat(chars);
    QString shown = text;
    shown.replace(QLatin1Char('\n'), QChar::LineSeparator);
    c.insertText(shown, chars);
}

void DocumentWriter::shade(QTextTable* table, int row, int column)
{
    QTextTableCell cell = table->cellAt(row, column);
    QTextCharFormat format = cell.format();
    format.setBackground(QColor(0xee, 0xee, 0xee));
    cell.setFormat(format);
}

} // namespace ud::core
