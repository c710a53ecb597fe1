#include "core/report/ReportPrinter.h"

#include "core/io/DateText.h"
#include "core/io/SafeOutput.h"

#include "core/db/Error.h"
#include "core/io/Csv.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QHash>
#include <QLocale>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTextBoundaryFinder>
#include <QTextDocument>
#include <QTextDocumentWriter>

#include <algorithm>
#include <memory>
#include <numeric>
#include <vector>

namespace ud::core {

namespace {

// The context the messages of this file are translated under; written Tr::tr() so that lupdate files them there.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ud::core::ReportPrinter)
};

// 小五 (9 pt): compact enough for some 50 rows on an A4 page, still easy to read. The .odt keeps 五号 (10.5 pt),
// the size of Chinese office documents, since it is edited before it is printed.
constexpr double kBodyPointSize = 9.0;
constexpr double kDocumentPointSize = 10.5;
constexpr double kOrganisationPointSize = 11.0;
constexpr double kTitlePointSize = 15.0;
constexpr double kSubtitlePointSize = 9.5;
constexpr double kFootPointSize = 8.0;
constexpr double kMarginMm = 15.0;
constexpr double kFooterMm = 7.0;
constexpr double kCellPaddingXMm = 1.2;
constexpr double kCellPaddingYMm = 0.6;
constexpr double kHandwritingRowMm = 8.0; // the least height of a row to be signed
constexpr double kGridPoints = 0.4;
constexpr double kSpaceMm = 2.5; // between the title block, the table and the footnote
constexpr double kCaptionPointSize = 11.0;
constexpr double kTableSpaceMm = 6.0; // between the tables of a document of several

QFont reportFont(double pointSize = kBodyPointSize, bool bold = false)
{
    QFont font;
    font.setFamilies(ReportPrinter::chineseFontFamilies());
    font.setPointSizeF(pointSize);
    font.setStyleHint(QFont::SansSerif);
    font.setBold(bold);
    return font;
}

/// Widths and heights of text on one device, with the widths of the texts met before kept.
class Measure {
public:
    Measure(const QFont& font, const QPaintDevice* device) : m_metrics(font, device) {}

    double lineHeight() const { return m_metrics.height(); }
    /// The width of the widest line of `text`, as it is printed without wrapping.
    double natural(const QString& text)
    {
        auto it = m_natural.constFind(text);
        if (it != m_natural.constEnd())
            return *it;
        double w = 0;
        for (const QString& line : text.split(QLatin1Char('\n')))
            w = qMax(w, m_metrics.horizontalAdvance(line));
        return *m_natural.insert(text, w);
    }
    /// The width of the widest piece of `text` between two places where a line may break: the least width that
    /// wraps it without breaking a word, a number or a date.
    double unbreakable(const QString& text)
    {
        auto it = m_unbreakable.constFind(text);
        if (it != m_unbreakable.constEnd())
            return *it;
        double w = 0;
        for (const QString& line : text.split(QLatin1Char('\n'))) {
            QTextBoundaryFinder finder(QTextBoundaryFinder::Line, line);
            int start = 0;
            for (int end = finder.toNextBoundary(); end > 0; end = finder.toNextBoundary()) {
                w = qMax(w, m_metrics.horizontalAdvance(line.mid(start, end - start).trimmed()));
                start = end;
            }
        }
        return *m_unbreakable.insert(text, w);
    }
    /// The widest word of `text` split at spaces only: a column title breaks between words, never inside one
    /// (序号 stays whole).
    double widestWord(const QString& text) const
    {
        static const QRegularExpression spaces(QStringLiteral("\\s+"));
        double w = 0;
        for (const QString& word : text.split(spaces, Qt::SkipEmptyParts))
            w = qMax(w, m_metrics.horizontalAdvance(word));
        return w;
    }
    /// The height of `text` laid out in `width` with `flags`, at least one line.
    double height(const QString& text, double width, int flags) const
    {
        if (text.isEmpty())
            return lineHeight();
        return qMax(lineHeight(), m_metrics.boundingRect(QRectF(0, 0, width, 1e9), flags, text).height());
    }

private:
    QFontMetricsF m_metrics;
    QHash<QString, double> m_natural;
    QHash<QString, double> m_unbreakable;
};

/// A Report laid out on the pages of one device: the width of each printed column from its content, the height of
/// each row, and which rows go on which page. All lengths are in the device's pixels.
class TableLayout {
public:
    /// `documentTitle`: the report's organisation, title and subtitle head the table (the first table of a
    /// document); its caption, when it has one, always does.
    TableLayout(const Report& report, const QPaintDevice& device, const QSizeF& bodySize, bool documentTitle = true)
        : r(report), dpi(device.logicalDpiY()), body(bodySize), fonts{reportFont(), reportFont(kBodyPointSize, true)},
          plain(fonts[0], &device), bold(fonts[1], &device), columns(report.printedColumns())
    {
        padX = mm(kCellPaddingXMm);
        padY = mm(kCellPaddingYMm);
        layColumns();
        layRows();
        layTitle(device, documentTitle);
        paginate(0);
    }

    double mm(double v) const { return v / 25.4 * dpi; }
    double pt(double v) const { return v / 72.0 * dpi; }

    /// The flags a cell of printed column `c` is drawn with.
    int cellFlags(int c) const
    {
        const Report::Column& column = r.columns.at(columns.at(c));
        int flags = Qt::AlignTop;
        flags |= column.kind == Report::Kind::Integer || column.kind == Report::Kind::Decimal ? Qt::AlignRight
                 : column.kind == Report::Kind::Mark                                          ? Qt::AlignHCenter
                                                                                              : Qt::AlignLeft;
        if (squeezed)
            flags |= Qt::TextWrapAnywhere;
        else if (column.wraps())
            flags |= Qt::TextWordWrap;
        return flags;
    }
    /// The flags a column title is drawn with: centred, broken between words.
    int headerFlags() const
    {
        return int(Qt::AlignHCenter) | int(Qt::AlignVCenter) | (squeezed ? Qt::TextWrapAnywhere : Qt::TextWordWrap);
    }
    static constexpr int kTitleFlags = int(Qt::AlignHCenter) | int(Qt::AlignVCenter) | int(Qt::TextWordWrap);
    static constexpr int kHeadingFlags = int(Qt::AlignLeft) | int(Qt::AlignTop) | int(Qt::TextWordWrap);
    static constexpr int kCaptionFlags = int(Qt::AlignLeft) | int(Qt::AlignVCenter) | int(Qt::TextWordWrap);

    /// The height from the top of the title block to the foot of the first row (or of the "no entries" row): what
    /// must fit on a page for the table to start there.
    double startHeight() const
    {
        double first = emptyHeight;
        if (!r.rows.isEmpty()) {
            first = heights.at(0);
            if (isHeading(0) && r.rows.size() > 1)
                first += heights.at(1);
        }
        return titleHeight + headerHeight + first;
    }

    double tableWidth() const { return std::accumulate(widths.cbegin(), widths.cend(), 0.0); }
    bool isHeading(int row) const { return !r.rows.at(row).heading.isEmpty(); }

    struct Page {
        int begin = 0; // the report's rows [begin, end)
        int end = 0;
    };

    const Report& r;
    const int dpi;
    const QSizeF body;
    const QFont fonts[2]; // plain, bold
    Measure plain;
    Measure bold;
    const QList<int> columns; // the report's columns that are printed
    double padX = 0;
    double padY = 0;
    QList<double> widths;  // of each printed column, with its padding
    bool squeezed = false; // the columns' content does not fit the page: cells wrap anywhere
    double headerHeight = 0;
    QList<double> heights; // of each row
    double emptyHeight = 0;
    double footnoteHeight = 0;
    QList<QPair<QFont, QString>> titleLines; // organisation, title, subtitle, caption as they are printed
    QList<int> titleFlags;
    QList<double> titleHeights;
    double titleHeight = 0;
    QList<Page> pages;
    double startY = 0; // where the title block begins on the first page
    double endY = 0;   // where the table (with its "no entries" row and footnote) ends on the last page

private:
    Measure& measureOf(const Report::Row& row) { return row.emphasized ? bold : plain; }

    void layColumns()
    {
        // Each column's least width (its title broken between words only, a no-wrap cell whole, a wrapping cell
        // broken only where a line may break) and its natural width (everything on one line).
        const int n = columns.size();
        QList<double> least(n, 0.0);
        QList<double> natural(n, 0.0);
        for (int c = 0; c < n; ++c) {
            const Report::Column& column = r.columns.at(columns.at(c));
            least[c] = bold.widestWord(column.title);
            natural[c] = bold.natural(column.title);
            for (const Report::Row& row : r.rows) {
                if (!row.heading.isEmpty())
                    continue;
                const QString& cell = row.cells.value(columns.at(c));
                if (cell.isEmpty())
                    continue;
                Measure& m = measureOf(row);
                const double w = m.natural(cell);
                natural[c] = qMax(natural[c], w);
                least[c] = qMax(least[c], column.wraps() ? m.unbreakable(cell) : w);
            }
            // A little room for rounding between measuring and drawing.
            least[c] += pt(0.5);
            natural[c] = qMax(natural[c] + pt(0.5), least[c]);
        }

        const double available = body.width() - 2 * padX * n;
        const double sumLeast = std::accumulate(least.cbegin(), least.cend(), 0.0);
        const double sumNatural = std::accumulate(natural.cbegin(), natural.cend(), 0.0);
        QList<double> content;
        double fillWeights = 0;
        for (int c = 0; c < n; ++c)
            if (r.columns.at(columns.at(c)).flags.testFlag(Report::Fill))
                fillWeights += qMax(1, r.columns.at(columns.at(c)).width);
        if (sumNatural <= available && fillWeights > 0) {
            // Everything on one line; the spare width goes to the columns to be written in by hand.
            for (int c = 0; c < n; ++c) {
                const Report::Column& column = r.columns.at(columns.at(c));
                content << natural.at(c) + (column.flags.testFlag(Report::Fill)
                                                ? (available - sumNatural) * qMax(1, column.width) / fillWeights
                                                : 0.0);
            }
        } else if (sumNatural <= available) {
            // Everything on one line; the spare width goes to the columns in proportion, so the table fills the page.
            for (int c = 0; c < n; ++c)
                content << natural.at(c) * available / sumNatural;
        } else if (sumLeast <= available) {
            // The columns that wrap share the spare width by their relative widths, none wider than its content.
            content = least;
            double spare = available - sumLeast;
            for (int round = 0; round < n && spare > 0.5; ++round) {
                double weights = 0;
                for (int c = 0; c < n; ++c)
                    if (content.at(c) < natural.at(c))
                        weights += qMax(1, r.columns.at(columns.at(c)).width);
                if (weights <= 0)
                    break;
                double given = 0;
                for (int c = 0; c < n; ++c) {
                    if (content.at(c) >= natural.at(c))
                        continue;
                    const double share = spare * qMax(1, r.columns.at(columns.at(c)).width) / weights;
                    const double w = qMin(natural.at(c), content.at(c) + share);
                    given += w - content.at(c);
                    content[c] = w;
                }
                spare -= given;
            }
        } else {
            // Too many columns for the paper: narrower than their content, and their text breaks anywhere.
            squeezed = true;
            for (int c = 0; c < n; ++c)
                content << least.at(c) * available / sumLeast;
        }
        for (int c = 0; c < n; ++c)
            widths << content.at(c) + 2 * padX;

        headerHeight = bold.lineHeight();
        for (int c = 0; c < n; ++c)
            headerHeight =
                qMax(headerHeight, bold.height(r.columns.at(columns.at(c)).title, content.at(c), headerFlags()));
        headerHeight += 2 * padY;
    }

    void layRows()
    {
        const double inner = tableWidth() - 2 * padX;
        heights.reserve(r.rows.size());
        // A row with a column to be written in by hand is high enough to sign in.
        const bool fill = std::any_of(r.columns.cbegin(), r.columns.cend(),
                                      [](const Report::Column& c) { return c.flags.testFlag(Report::Fill); });
        const double least = fill ? mm(kHandwritingRowMm) : 0.0;
        for (const Report::Row& row : r.rows) {
            if (!row.heading.isEmpty()) {
                heights << bold.height(row.heading, inner, kHeadingFlags) + 2 * padY;
                continue;
            }
            Measure& m = measureOf(row);
            double h = m.lineHeight();
            for (int c = 0; c < columns.size(); ++c) {
                const QString& cell = row.cells.value(columns.at(c));
                const double width = widths.at(c) - 2 * padX;
                // Most cells are one line that fits: no need to lay them out.
                if (cell.contains(QLatin1Char('\n')) || m.natural(cell) > width)
                    h = qMax(h, m.height(cell, width, cellFlags(c)));
            }
            heights << qMax(least, h + 2 * padY);
        }
        emptyHeight = plain.lineHeight() + 2 * padY;
    }

    void layTitle(const QPaintDevice& device, bool documentTitle)
    {
        if (documentTitle) {
            if (!r.organisation.isEmpty())
                titleLines.append({reportFont(kOrganisationPointSize), r.organisation});
            titleLines.append({reportFont(kTitlePointSize, true), r.title});
            if (!r.subtitle.isEmpty())
                titleLines.append({reportFont(kSubtitlePointSize), r.subtitle});
            while (titleFlags.size() < titleLines.size())
                titleFlags << kTitleFlags;
        }
        if (!r.caption.isEmpty()) {
            titleLines.append({reportFont(kCaptionPointSize, true), r.caption});
            titleFlags << kCaptionFlags;
        }
        for (int t = 0; t < titleLines.size(); ++t) {
            const Measure m(titleLines.at(t).first, &device);
            titleHeights << m.height(titleLines.at(t).second, body.width(), titleFlags.at(t)) + mm(0.8);
        }
        if (!titleLines.isEmpty())
            titleHeight = std::accumulate(titleHeights.cbegin(), titleHeights.cend(), 0.0) + mm(kSpaceMm);
        if (!r.footnote.isEmpty())
            footnoteHeight = mm(kSpaceMm) + Measure(reportFont(kFootPointSize), &device)
                                                .height(r.footnote, body.width(), Qt::AlignLeft | Qt::TextWordWrap);
    }

public:
    /// Puts the rows on pages, the first page's from `top` down (0 unless the table follows another on its page).
    void paginate(double top)
    {
        // Rows go on a page while they fit; a row is never split, and a heading goes on with its first row.
        pages.clear();
        startY = top;
        const int n = r.rows.size();
        const double bottom = body.height();
        Page page;
        double y = top + titleHeight + headerHeight;
        for (int i = 0; i < n; ++i) {
            double needed = heights.at(i);
            if (isHeading(i) && i + 1 < n && !isHeading(i + 1))
                needed += heights.at(i + 1);
            if ((y + needed > bottom || (r.pagePerGroup && isHeading(i))) && i > page.begin) {
                page.end = i;
                pages << page;
                page.begin = i;
                y = headerHeight;
            }
            y += heights.at(i);
        }
        // The "no entries" row and the footnote stay with the last row: when they do not fit, the last row (with its
        // heading) goes on with them.
        const double tail = (r.dataRowCount() == 0 ? emptyHeight : 0) + footnoteHeight;
        if (y + tail > bottom && n > page.begin) {
            int k = n - 1;
            if (k - 1 >= page.begin && isHeading(k - 1))
                --k;
            if (k > page.begin) {
                page.end = k;
                pages << page;
                page.begin = k;
                y = headerHeight;
                for (int i = k; i < n; ++i)
                    y += heights.at(i);
            }
        }
        page.end = n;
        pages << page;
        endY = y + tail;
    }
};

} // namespace

ReportPrinter::ReportPrinter(const Report& report) : m_reports{report} {}

ReportPrinter::ReportPrinter(QList<Report> tables) : m_reports(std::move(tables))
{
    if (m_reports.isEmpty())
        m_reports << Report{};
}

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
    const Report& first = m_reports.constFirst();
    QString h;
    h += QStringLiteral("<html><body>");
    if (!first.organisation.isEmpty())
        h += QStringLiteral("<p align=\"center\" style=\"font-size:12pt;\">%1</p>")
                 .arg(first.organisation.toHtmlEscaped());
    h += QStringLiteral("<p align=\"center\" style=\"font-size:16pt; font-weight:bold;\">%1</p>")
             .arg(first.title.toHtmlEscaped());
    if (!first.subtitle.isEmpty())
        h += QStringLiteral("<p align=\"center\">%1</p>").arg(first.subtitle.toHtmlEscaped());

    for (const Report& r : m_reports) {
        const QList<int> columns = r.printedColumns();
        int totalWidth = 0;
        for (int c : columns)
            totalWidth += qMax(1, r.columns.at(c).width);
        if (!r.caption.isEmpty())
            h += QStringLiteral("<p style=\"font-size:12pt; font-weight:bold;\">%1</p>").arg(r.caption.toHtmlEscaped());
        const auto openTable = [&](bool newPage) {
            // A page break the .odt keeps: on a paragraph before the table (a table's own is not written).
            if (newPage)
                h += QStringLiteral("<p style=\"page-break-before:always; font-size:1pt;\">&nbsp;</p>");
            h += QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\" "
                                "style=\"border-collapse:collapse; border-color:#555;\"><thead><tr>");
            for (int c : columns) {
                h += QStringLiteral("<th width=\"%1%\" bgcolor=\"#e8e8e8\">%2</th>")
                         .arg(100 * qMax(1, r.columns.at(c).width) / qMax(1, totalWidth))
                         .arg(r.columns.at(c).title.toHtmlEscaped());
            }
            h += QStringLiteral("</tr></thead><tbody>");
        };
        openTable(false);
        bool anyRow = false;
        for (const auto& row : r.rows) {
            if (!row.heading.isEmpty() && r.pagePerGroup && anyRow) {
                h += QStringLiteral("</tbody></table>");
                openTable(true);
            }
            anyRow = true;
            if (!row.heading.isEmpty()) {
                h += QStringLiteral("<tr><td colspan=\"%1\" bgcolor=\"#f3f3f3\"><b>%2</b></td></tr>")
                         .arg(columns.size())
                         .arg(row.heading.toHtmlEscaped());
                continue;
            }
            h += QStringLiteral("<tr>");
            for (int c : columns) {
                const Report::Column& column = r.columns.at(c);
                QString text = row.cells.value(c).toHtmlEscaped();
                text.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
                if (row.emphasized)
                    text = QStringLiteral("<b>") + text + QStringLiteral("</b>");
                const QString align = column.kind == Report::Kind::Integer || column.kind == Report::Kind::Decimal
                                          ? QStringLiteral(" align=\"right\"")
                                      : column.kind == Report::Kind::Mark ? QStringLiteral(" align=\"center\"")
                                                                          : QString();
                h += QStringLiteral("<td%1%2>%3</td>")
                         .arg(align, column.wraps() ? QString() : QStringLiteral(" nowrap"), text);
            }
            h += QStringLiteral("</tr>");
        }
        if (r.dataRowCount() == 0) {
            h += QStringLiteral("<tr><td colspan=\"%1\" align=\"center\">%2</td></tr>")
                     .arg(columns.size())
                     .arg(Tr::tr("No entries").toHtmlEscaped());
        }
        h += QStringLiteral("</tbody></table>");
        if (!r.footnote.isEmpty())
            h += QStringLiteral("<p style=\"font-size:9pt;\">%1</p>").arg(r.footnote.toHtmlEscaped());
    }
    h += QStringLiteral("</body></html>");
    return h;
}

void ReportPrinter::print(QPagedPaintDevice& device) const
{
    const Report& first = m_reports.constFirst();
    device.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), device.pageLayout().orientation(),
                                     QMarginsF(kMarginMm, kMarginMm, kMarginMm, kMarginMm), QPageLayout::Millimeter));
    const int dpi = device.logicalDpiY();
    const QRectF paintRect = device.pageLayout().paintRectPixels(dpi);
    const double footerHeight = kFooterMm / 25.4 * dpi;
    // The grid's outer lines lie inside the margins (the PDF cuts what is outside): the body is a line narrower.
    const double edge = kGridPoints / 72.0 * dpi;
    const QSizeF body(paintRect.width() - edge, paintRect.height() - footerHeight - edge);

    // Every table laid out, and where each of its pages goes: a table starts below the previous one when its title,
    // header and first row fit there, else on the next sheet.
    struct Piece {
        const TableLayout* layout;
        int page;  // of the table's pages
        int sheet; // of the document's
    };
    std::vector<std::unique_ptr<TableLayout>> layouts;
    QList<Piece> pieces;
    int sheet = 0;
    for (int t = 0; t < m_reports.size(); ++t) {
        auto layout = std::make_unique<TableLayout>(m_reports.at(t), device, body, t == 0);
        if (t > 0) {
            double top = layouts.back()->endY + layout->mm(kTableSpaceMm);
            if (top + layout->startHeight() > body.height()) {
                ++sheet;
                top = 0;
            }
            layout->paginate(top);
        }
        for (int p = 0; p < layout->pages.size(); ++p)
            pieces << Piece{layout.get(), p, sheet + p};
        sheet += layout->pages.size() - 1;
        layouts.push_back(std::move(layout));
    }
    const int sheets = sheet + 1;

    QPainter painter;
    if (!painter.begin(&device))
        throw Error(Tr::tr("The printer or file could not be opened for printing."));
    painter.setRenderHint(QPainter::Antialiasing, false);
    QPen grid(QColor(0x55, 0x55, 0x55));
    const TableLayout& any = *layouts.front();
    grid.setWidthF(any.pt(kGridPoints));
    const QColor headerFill(0xe8, 0xe8, 0xe8);
    const QColor headingFill(0xf3, 0xf3, 0xf3);
    const double padX = any.padX;
    const double padY = any.padY;

    // The cells' frames: the row's outline and a line between its cells (none inside a heading).
    const auto drawFrame = [&](const TableLayout& layout, double y, double height, bool cells) {
        painter.setPen(grid);
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(QRectF(0, y, layout.tableWidth(), height));
        if (!cells)
            return;
        double x = 0;
        for (int c = 0; c + 1 < layout.widths.size(); ++c) {
            x += layout.widths.at(c);
            painter.drawLine(QPointF(x, y), QPointF(x, y + height));
        }
    };
    const auto drawHeader = [&](const TableLayout& layout, double y) {
        painter.fillRect(QRectF(0, y, layout.tableWidth(), layout.headerHeight), headerFill);
        painter.setPen(Qt::black);
        painter.setFont(layout.fonts[1]);
        double x = 0;
        for (int c = 0; c < layout.columns.size(); ++c) {
            const double w = layout.widths.at(c);
            painter.drawText(QRectF(x + padX, y + padY, w - 2 * padX, layout.headerHeight - 2 * padY),
                             layout.headerFlags(), layout.r.columns.at(layout.columns.at(c)).title);
            x += w;
        }
        drawFrame(layout, y, layout.headerHeight, true);
    };
    const auto drawRow = [&](const TableLayout& layout, int i, double y) {
        const Report::Row& row = layout.r.rows.at(i);
        const double height = layout.heights.at(i);
        const double width = layout.tableWidth();
        painter.setPen(Qt::black);
        if (!row.heading.isEmpty()) {
            painter.fillRect(QRectF(0, y, width, height), headingFill);
            painter.setFont(layout.fonts[1]);
            painter.drawText(QRectF(padX, y + padY, width - 2 * padX, height - 2 * padY), TableLayout::kHeadingFlags,
                             row.heading);
            drawFrame(layout, y, height, false);
            return;
        }
        painter.setFont(layout.fonts[row.emphasized ? 1 : 0]);
        double x = 0;
        for (int c = 0; c < layout.columns.size(); ++c) {
            const double w = layout.widths.at(c);
            painter.drawText(QRectF(x + padX, y + padY, w - 2 * padX, height - 2 * padY), layout.cellFlags(c),
                             row.cells.value(layout.columns.at(c)));
            x += w;
        }
        drawFrame(layout, y, height, true);
    };
    const QFont footFont = reportFont(kFootPointSize);
    // One page of one table: its title block on the first, the header row on each, the tail on the last.
    const auto drawPiece = [&](const Piece& piece) {
        const TableLayout& layout = *piece.layout;
        const Report& r = layout.r;
        double y = piece.page == 0 ? layout.startY : 0;
        if (piece.page == 0) {
            for (int t = 0; t < layout.titleLines.size(); ++t) {
                painter.setFont(layout.titleLines.at(t).first);
                painter.setPen(Qt::black);
                painter.drawText(QRectF(0, y, layout.body.width(), layout.titleHeights.at(t)), layout.titleFlags.at(t),
                                 layout.titleLines.at(t).second);
                y += layout.titleHeights.at(t);
            }
            if (!layout.titleLines.isEmpty())
                y += layout.mm(kSpaceMm);
        }
        drawHeader(layout, y);
        y += layout.headerHeight;
        const TableLayout::Page& page = layout.pages.at(piece.page);
        for (int i = page.begin; i < page.end; ++i) {
            drawRow(layout, i, y);
            y += layout.heights.at(i);
        }
        if (piece.page == layout.pages.size() - 1) {
            if (r.dataRowCount() == 0) {
                painter.setPen(Qt::black);
                painter.setFont(layout.fonts[0]);
                painter.drawText(QRectF(0, y, layout.tableWidth(), layout.emptyHeight), Qt::AlignCenter,
                                 Tr::tr("No entries"));
                drawFrame(layout, y, layout.emptyHeight, false);
                y += layout.emptyHeight;
            }
            if (!r.footnote.isEmpty()) {
                painter.setPen(Qt::black);
                painter.setFont(footFont);
                painter.drawText(QRectF(0, y + layout.mm(kSpaceMm), layout.body.width(),
                                        layout.footnoteHeight - layout.mm(kSpaceMm)),
                                 Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, r.footnote);
            }
        }
    };

    const QString printed = Tr::tr("Printed %1").arg(isoDateText(m_printDate));
    int next = 0;
    for (int s = 0; s < sheets; ++s) {
        if (s > 0)
            device.newPage();
        painter.save();
        painter.translate(edge / 2, edge / 2);
        // A row taller than a page is cut at its foot, not drawn over the footer.
        painter.setClipRect(QRectF(-edge / 2, -edge / 2, body.width() + edge, body.height() + edge));
        for (; next < pieces.size() && pieces.at(next).sheet == s; ++next)
            drawPiece(pieces.at(next));
        painter.restore();

        // The footer: the document's title, the page and the print date.
        painter.setPen(Qt::black);
        painter.setFont(footFont);
        const QRectF footer(0, paintRect.height() - footerHeight, paintRect.width(), footerHeight);
        const QFontMetricsF footMetrics(footFont, &device);
        painter.drawText(footer, Qt::AlignLeft | Qt::AlignBottom,
                         footMetrics.elidedText(first.title, Qt::ElideRight, footer.width() * 0.38));
        painter.drawText(footer, Qt::AlignHCenter | Qt::AlignBottom, Tr::tr("Page %1 of %2").arg(s + 1).arg(sheets));
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
        writer.setTitle(m_reports.constFirst().title);
        writer.setPageOrientation(m_reports.constFirst().orientation);
        print(writer);
    }
    if (!file.commit())
        throw Error(Tr::tr("Cannot write %1: %2").arg(QFileInfo(path).fileName(), file.errorString()));
}

void ReportPrinter::writeOdt(const QString& path) const
{
    SafeOutput out(path);
    QTextDocument doc;
    doc.setDefaultFont(reportFont(kDocumentPointSize));
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

void writeReports(const QList<Report>& tables, const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("pdf"))
        ReportPrinter(tables).writePdf(path);
    else if (suffix == QLatin1String("odt"))
        ReportPrinter(tables).writeOdt(path);
    else if (suffix == QLatin1String("xlsx"))
        writeReportsXlsx(tables, path);
    else
        throw Error(Tr::tr("Unknown file type: %1. Use .pdf, .odt or .xlsx.").arg(QFileInfo(path).fileName()));
}

} // namespace ud::core
