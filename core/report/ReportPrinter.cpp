#include "core/report/ReportPrinter.h"

#include "core/io/SafeOutput.h"

#include "core/db/Error.h"
#include "core/io/Csv.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QTextDocumentWriter>

namespace ud::core {

namespace {

// The context the messages of this file are translated under; written Tr::tr() so that lupdate files them there.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ud::core::ReportPrinter)
};

constexpr double kBodyPointSize = 10.5; // 五号, the size of Chinese office documents
constexpr double kMarginMm = 15.0;
constexpr double kFooterMm = 8.0;

QFont reportFont()
{
    QFont font;
    font.setFamilies(ReportPrinter::chineseFontFamilies());
    font.setPointSizeF(kBodyPointSize);
    font.setStyleHint(QFont::SansSerif);
    return font;
}

} // namespace

int Report::dataRowCount() const
{
    int n = 0;
    for (const Row& r : rows)
        if (r.heading.isEmpty())
            ++n;
    return n;
}

ReportPrinter::ReportPrinter(const Report& report) : m_report(report) {}

QStringList ReportPrinter::chineseFontFamilies()
{
    // WenQuanYi Zen Hei first: text copied from the PDF (and found by a PDF search) comes out right. Noto Sans
    // CJK and Source Han Sans share glyphs between ideographs and Kangxi radicals, so a PDF made with them
    // gives ⼤ for 大 when copied, and with Qt 6.4 digits inside Latin text lose their text mapping.
    return {QStringLiteral("WenQuanYi Zen Hei"), QStringLiteral("Microsoft YaHei"), QStringLiteral("SimHei"),
            QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Source Han Sans SC")};
}

QString ReportPrinter::html() const
{
    const Report& r = m_report;
    int totalWidth = 0;
    for (const auto& c : r.columns)
        totalWidth += qMax(1, c.width);

    QString h;
    h += QStringLiteral("<html><body>");
    if (!r.organisation.isEmpty())
        h += QStringLiteral("<p align=\"center\" style=\"font-size:12pt;\">%1</p>").arg(r.organisation.toHtmlEscaped());
    h += QStringLiteral("<p align=\"center\" style=\"font-size:16pt; font-weight:bold;\">%1</p>")
             .arg(r.title.toHtmlEscaped());
    if (!r.subtitle.isEmpty())
        h += QStringLiteral("<p align=\"center\">%1</p>").arg(r.subtitle.toHtmlEscaped());

    h += QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\" "
                        "style=\"border-collapse:collapse; border-color:#555;\"><thead><tr>");
    for (const auto& c : r.columns) {
        h += QStringLiteral("<th width=\"%1%\" bgcolor=\"#e8e8e8\">%2</th>")
                 .arg(100 * qMax(1, c.width) / qMax(1, totalWidth))
                 .arg(c.title.toHtmlEscaped());
    }
    h += QStringLiteral("</tr></thead><tbody>");
    for (const auto& row : r.rows) {
        if (!row.heading.isEmpty()) {
            h += QStringLiteral("<tr><td colspan=\"%1\" bgcolor=\"#f3f3f3\"><b>%2</b></td></tr>")
                     .arg(r.columns.size())
                     .arg(row.heading.toHtmlEscaped());
            continue;
        }
        h += QStringLiteral("<tr>");
        for (int i = 0; i < r.columns.size(); ++i) {
            const QString cell = i < row.cells.size() ? row.cells.at(i).toHtmlEscaped() : QString();
            const bool right = r.columns.at(i).kind == Report::Kind::Integer;
            QString text = cell;
            text.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
            if (row.emphasized)
                text = QStringLiteral("<b>") + text + QStringLiteral("</b>");
            const bool centred = r.columns.at(i).kind == Report::Kind::Mark;
            h += right     ? QStringLiteral("<td align=\"right\">%1</td>").arg(text)
                 : centred ? QStringLiteral("<td align=\"center\">%1</td>").arg(text)
                           : QStringLiteral("<td>%1</td>").arg(text);
        }
        h += QStringLiteral("</tr>");
    }
    if (r.dataRowCount() == 0) {
        h += QStringLiteral("<tr><td colspan=\"%1\" align=\"center\">%2</td></tr>")
                 .arg(r.columns.size())
                 .arg(Tr::tr("No entries").toHtmlEscaped());
    }
    h += QStringLiteral("</tbody></table>");
    if (!r.footnote.isEmpty())
        h += QStringLiteral("<p style=\"font-size:9pt;\">%1</p>").arg(r.footnote.toHtmlEscaped());
    h += QStringLiteral("</body></html>");
    return h;
}

void ReportPrinter::print(QPagedPaintDevice& device) const
{
    device.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), m_report.orientation,
                                     QMarginsF(kMarginMm, kMarginMm, kMarginMm, kMarginMm), QPageLayout::Millimeter));
    const int dpi = device.logicalDpiY();
    const QRectF paintRect = device.pageLayout().paintRectPixels(dpi);
    const double footerHeight = kFooterMm / 25.4 * dpi;
    const QSizeF bodySize(paintRect.width(), paintRect.height() - footerHeight);

    QTextDocument doc;
    doc.documentLayout()->setPaintDevice(&device);
    doc.setDefaultFont(reportFont());
    doc.setDocumentMargin(0);
    doc.setHtml(html());
    doc.setPageSize(bodySize);

    QPainter painter;
    if (!painter.begin(&device))
        throw Error(Tr::tr("The printer or file could not be opened for printing."));
    QFont footerFont = reportFont();
    footerFont.setPointSizeF(9);

    const int pages = doc.pageCount();
    const QString printed = Tr::tr("Printed %1").arg(QLocale().toString(m_printDate, QLocale::ShortFormat));
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            device.newPage();
        painter.save();
        painter.translate(0, -page * bodySize.height());
        const QRectF visible(0, page * bodySize.height(), bodySize.width(), bodySize.height());
        QAbstractTextDocumentLayout::PaintContext ctx;
        ctx.clip = visible;
        painter.setClipRect(visible);
        doc.documentLayout()->draw(&painter, ctx);
        painter.restore();

        painter.setFont(footerFont);
        const QRectF footer(0, bodySize.height(), bodySize.width(), footerHeight);
        painter.drawText(footer, Qt::AlignLeft | Qt::AlignBottom, m_report.title);
        painter.drawText(footer, Qt::AlignHCenter | Qt::AlignBottom, Tr::tr("Page %1 of %2").arg(page + 1).arg(pages));
        painter.drawText(footer, Qt::AlignRight | Qt::AlignBottom, printed);
    }
    painter.end();
}

void ReportPrinter::writePdf(const QString& path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw Error(Tr::tr("Cannot write %1: %2").arg(QFileInfo(path).fileName(), file.errorString()));
    {
        QPdfWriter writer(&file);
        writer.setResolution(300);
        writer.setCreator(QStringLiteral("UnionDesk"));
        writer.setTitle(m_report.title);
        print(writer);
    }
    if (!file.commit())
        throw Error(Tr::tr("Cannot write %1: %2").arg(QFileInfo(path).fileName(), file.errorString()));
}

void ReportPrinter::writeOdt(const QString& path) const
{
    SafeOutput out(path);
    QTextDocument doc;
    doc.setDefaultFont(reportFont());
    doc.setHtml(html());
    QTextDocumentWriter writer(out.tempPath(), QByteArrayLiteral("odf"));
    if (!writer.write(&doc))
        throw Error(Tr::tr("Cannot write %1: %2")
                        .arg(QFileInfo(path).fileName(), writer.device() ? writer.device()->errorString() : QString()));
    out.commit();
}

void writeReport(const Report& report, const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("pdf"))
        ReportPrinter(report).writePdf(path);
    else if (suffix == QLatin1String("odt"))
        ReportPrinter(report).writeOdt(path);
    else
        writeReportTable(report, path);
}

} // namespace ud::core
