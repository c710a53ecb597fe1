#include "core/io/Csv.h"

#include "core/db/Error.h"
#include "core/io/Cores.h"
#include "core/io/TableFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStringDecoder>

#include <unicode/uchar.h>

#include <future>
#include <optional>
#include <vector>

namespace ud::core::Csv {

namespace {

// A UTF-8 byte order mark.
bool hasBom(QByteArrayView data)
{
    return data.startsWith("\xEF\xBB\xBF");
}

// Characters of text (bytes of a file read in pieces before decoding) below which a file is read on one thread.
constexpr qsizetype kPieceChars = qsizetype(1) << 20;

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ud::core::Csv)
};

bool isUtf8(QByteArrayView bytes)
{
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString decoded = utf8.decode(bytes);
    return !utf8.hasError();
}

// Whether a line that is valid UTF-8 holds Chinese written in UTF-8: a GBK line is hardly ever valid UTF-8 with an
// ideograph in it, so such a line says the file is UTF-8.
bool hasUtf8Ideograph(QByteArrayView line)
{
    for (qsizetype i = 0; i + 2 < line.size(); ++i) {
        const uchar c = uchar(line.at(i));
        if (c >= 0xE3 && c <= 0xE9 && (uchar(line.at(i + 1)) & 0xC0) == 0x80 && (uchar(line.at(i + 2)) & 0xC0) == 0x80)
            return true;
    }
    return false;
}

bool hasNonAscii(QByteArrayView line)
{
    for (const char c : line)
        if (uchar(c) >= 0x80)
            return true;
    return false;
}

// The first character of a decoded text that is no text: U+FFFD (bytes the encoding does not know), or in `encoding`
// GB18030 a private use character (what it makes of bytes that are no Chinese); -1 when there is none.
qsizetype firstUndecodable(QStringView text, Encoding encoding = Encoding::Utf8)
{
    const bool privateUse = encoding == Encoding::Gb18030;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t u = text.at(i).unicode();
        if (u == 0xFFFD || (privateUse && u >= 0xE000 && u <= 0xF8FF))
            return i;
    }
    return -1;
}

QString gb18030(QByteArrayView bytes)
{
    QStringDecoder dec("GB18030");
    if (!dec.isValid())
        throw Error(Tr::tr("This system cannot read GB18030 text."));
    return dec.decode(bytes);
}

} // namespace

QString encodingName(Encoding encoding)
{
    return encoding == Encoding::Utf8 ? QStringLiteral("UTF-8") : QStringLiteral("GB18030");
}

Decoded decode(const QByteArray& data, std::optional<Encoding> forced)
{
    Decoded d;
    d.hadBom = hasBom(data);
    const QByteArrayView body = d.hadBom ? QByteArrayView(data).sliced(3) : QByteArrayView(data);
    d.bodyOffset = d.hadBom ? 3 : 0;
    // Most files: valid UTF-8, decoded once.
    if (!forced || *forced == Encoding::Utf8) {
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        d.text = utf8.decode(body);
        if (!utf8.hasError() && firstUndecodable(d.text) < 0) {
            d.encoding = Encoding::Utf8;
            return d;
        }
        if (!utf8.hasError()) // valid UTF-8 holding U+FFFD: those lines are refused
            forced = Encoding::Utf8;
    }
    // The lines decide: one encoding throughout, or the first line that does not fit is named.
    Encoding encoding;
    qsizetype firstUtf8Line = -1; // the first line of UTF-8 Chinese, for a file read as GB18030
    if (forced) {
        encoding = *forced;
    } else if (d.hadBom) {
        encoding = Encoding::Utf8;
    } else {
        int utf8Lines = 0;
        int otherLines = 0;
        qsizetype n = 0;
        for (qsizetype at = 0; at <= body.size(); ++n) {
            qsizetype end = body.indexOf('\n', at);
            if (end < 0)
                end = body.size();
            const QByteArrayView line = body.sliced(at, end - at);
            at = end + 1;
            if (!hasNonAscii(line))
                continue;
            if (!isUtf8(line)) {
                ++otherLines;
            } else if (hasUtf8Ideograph(line)) {
                ++utf8Lines;
                if (firstUtf8Line < 0)
                    firstUtf8Line = n;
            }
        }
        // Mostly UTF-8 with a few other lines: a UTF-8 file with rows pasted from elsewhere.
        encoding = utf8Lines > 0 && utf8Lines >= otherLines ? Encoding::Utf8 : Encoding::Gb18030;
    }
    d.encoding = encoding;
    d.text = encoding == Encoding::Utf8 ? QString::fromUtf8(body) : gb18030(body);
    // Line breaks are the same byte in both encodings and never part of a character: the text has the file's lines.
    const qsizetype badChar = firstUndecodable(d.text, encoding);
    qsizetype badLine = badChar < 0 ? -1 : QStringView(d.text).first(badChar).count(QLatin1Char('\n'));
    // A line of UTF-8 Chinese reads as GB18030 without an error, as nonsense: refused in a GB18030 file.
    if (encoding == Encoding::Gb18030 && firstUtf8Line >= 0 && (badLine < 0 || firstUtf8Line < badLine))
        badLine = firstUtf8Line;
    if (badLine >= 0) {
        qsizetype start = 0;
        for (qsizetype k = 0; k < badLine; ++k)
            start = body.indexOf('\n', start) + 1;
        d.badLine = badLine;
        d.badLineStart = d.bodyOffset + start;
    }
    return d;
}

Encoding detectEncoding(const QByteArray& data)
{
    if (hasBom(data))
        return Encoding::Utf8;
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString decoded = utf8.decode(data);
    return utf8.hasError() ? Encoding::Gb18030 : Encoding::Utf8;
}

namespace {

// A record is a QStringList, or a QVariantList of QString cells.
bool isBlank(const QStringList& row)
{
    return row.size() == 1 && row.first().isEmpty();
}

bool isBlank(const QVariantList& row)
{
    return row.size() == 1 && static_cast<const QString*>(row.first().constData())->isEmpty();
}

// RFC 4180, leniently: a quote opens a quoted part only at the start of a field; after the closing quote the field
// goes on to the separator; a quote inside an unquoted field is a character. Reads the records of text[begin, end)
// into `rows` when given (a field is cut out of the text in one piece unless it has doubled quotes). Without `rows`
// it only follows the records and returns where the first record at or after `stopAt` starts (or `end`); with
// `rows` it returns `end`. `atEnd`: text[end] is the end of the file, not the start of a record.
// With `rows`, a quoted field that never closes, or that runs across a line break into lines with as many separators
// as a record of `columns` fields has (what its missing closing quote swallowed), throws OpenQuote.
struct OpenQuote {
    qsizetype record; // index of the record in `rows` where the quote opened
    bool toEnd;       // the quote never closes
};

// Whether the lines after the first line break of `field` look like records of `columns` fields.
bool swallowsRecords(QStringView field, char16_t sep, int columns)
{
    if (columns < 3)
        return false;
    qsizetype at = field.indexOf(QLatin1Char('\n'));
    while (at >= 0) {
        const qsizetype next = field.indexOf(QLatin1Char('\n'), at + 1);
        const QStringView line = field.sliced(at + 1, (next < 0 ? field.size() : next) - at - 1);
        if (line.count(QChar(sep)) >= columns - 1)
            return true;
        at = next;
    }
    return false;
}

template <typename Row>
qsizetype scanRecords(const QString& text, qsizetype begin, qsizetype end, char16_t sep, bool atEnd, QList<Row>* rows,
                      qsizetype stopAt = -1, int columns = 0)
{
    const char16_t* p = reinterpret_cast<const char16_t*>(text.constData());
    const qsizetype n = end;
    const QStringView all = QStringView(text).first(end);
    qsizetype i = begin;
    Row row;
    const auto endRow = [&] {
        rows->append(isBlank(row) ? Row() : row); // blank rows keep the row numbers right; readers skip them
        const qsizetype width = row.size();
        row.clear();
        row.reserve(width);
    };
    while (i < n) {
        QString field;
        bool pieced = false;
        if (p[i] == u'"') {
            pieced = true;
            ++i;
            for (;;) {
                const qsizetype q = all.indexOf(QLatin1Char('"'), i);
                if (q < 0) { // no closing quote: the rest of the file
                    if (rows)
                        throw OpenQuote{rows->size(), true};
                    i = n;
                    break;
                }
                if (rows && swallowsRecords(all.sliced(i, q - i), sep, columns))
                    throw OpenQuote{rows->size(), false};
                if (rows)
                    field += all.sliced(i, q - i);
                if (q + 1 < n && p[q + 1] == u'"') {
                    if (rows)
                        field += QLatin1Char('"');
                    i = q + 2;
                } else {
                    i = q + 1;
                    break;
                }
            }
        }
        qsizetype j = i;
        while (j < n && p[j] != sep && p[j] != u'\r' && p[j] != u'\n')
            ++j;
        if (rows) {
            if (pieced)
                field += all.sliced(i, j - i);
            else if (j > i)
                field = text.sliced(i, j - i);
            row.append(std::move(field));
        }
        i = j;
        if (i >= n)
            break;
        if (p[i] == sep) {
            ++i;
            if (i == n && atEnd && rows) // a separator at the very end: one more, empty field
                row.append(QString());
            continue;
        }
        if (p[i] == u'\r' && i + 1 < n && p[i + 1] == u'\n')
            ++i;
        ++i;
        if (!rows) {
            if (i >= stopAt)
                return i;
            continue;
        }
        endRow();
    }
    if (rows && !row.isEmpty())
        endRow();
    return n;
}

// The separator is the one of ',', ';', tab that occurs most in the first line.
char16_t separatorOf(QStringView firstLine)
{
    char16_t sep = u',';
    qsizetype best = firstLine.count(QLatin1Char(','));
    for (char16_t c : {u';', u'\t'}) {
        if (firstLine.count(QChar(c)) > best) {
            best = firstLine.count(QChar(c));
            sep = c;
        }
    }
    return sep;
}

// A large UTF-8 file without quotes is decoded and read in pieces at once, cut after line breaks in its bytes: a
// line break is a record's end there, and one byte that is never part of another character. Nothing when the file
// is not such a file (then it is decoded whole first), or when a piece is not valid UTF-8 and nothing says UTF-8
// (then the whole file is read again as one).
template <typename Row>
std::optional<QList<Row>> parseUnquotedPieces(const QByteArray& data, std::optional<Encoding> forced)
{
    if (forced && *forced != Encoding::Utf8)
        return std::nullopt;
    const bool bom = hasBom(data);
    const QByteArrayView body = bom ? QByteArrayView(data).sliced(3) : QByteArrayView(data);
    const qsizetype n = body.size();
    const int pieces = pieceCount(n, kPieceChars);
    if (pieces < 2 || body.contains('"'))
        return std::nullopt;

    const qsizetype firstEnd = body.indexOf('\n');
    const char16_t sep = separatorOf(QString::fromUtf8(firstEnd < 0 ? body : body.first(firstEnd)));
    QList<qsizetype> cuts{0};
    for (int k = 1; k < pieces; ++k) {
        const qsizetype cut = body.indexOf('\n', n / pieces * k);
        if (cut < 0 || cut + 1 >= n)
            break;
        if (cut + 1 > cuts.last())
            cuts << cut + 1;
    }
    cuts << n;
    struct Piece {
        QList<Row> rows;
        bool valid = true;
    };
    const auto read = [&body, &cuts, sep](qsizetype k) {
        Piece piece;
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString text = utf8.decode(body.sliced(cuts.at(k), cuts.at(k + 1) - cuts.at(k)));
        piece.valid = !utf8.hasError() && firstUndecodable(text) < 0;
        if (piece.valid)
            scanRecords(text, 0, text.size(), sep, k + 2 == cuts.size(), &piece.rows);
        return piece;
    };
    std::vector<std::future<Piece>> later;
    for (qsizetype k = 1; k + 1 < cuts.size(); ++k)
        later.push_back(std::async(std::launch::async, read, k));
    Piece first = read(0);
    bool valid = first.valid;
    QList<Row> rows = std::move(first.rows);
    for (auto& future : later) {
        Piece piece = future.get();
        valid = valid && piece.valid;
        rows.append(std::move(piece.rows));
    }
    if (!valid) // read whole, which names the line that is not UTF-8
        return std::nullopt;
    return rows;
}

// The row (as a spreadsheet numbers them, from 1) that the text from `start` on belongs to.
int rowAt(QStringView text, qsizetype start, char16_t sep)
{
    const QString before = text.first(start).toString();
    int records = 0;
    for (qsizetype at = 0; at < before.size(); ++records)
        at = scanRecords<QStringList>(before, at, before.size(), sep, true, nullptr, at + 1);
    // Inside a quoted field that opened before: the record it belongs to; else the next one.
    const bool inQuotes = before.count(QLatin1Char('"')) % 2 == 1;
    return inQuotes ? qMax(records, 1) : records + 1;
}

// Decodes `data`: throws Error naming the row where the bytes stop fitting the file's encoding.
QString decodeText(const QByteArray& data, std::optional<Encoding> forced, Encoding* used)
{
    Decoded d = decode(data, forced);
    *used = d.encoding;
    if (d.badLine < 0)
        return std::move(d.text);
    const QByteArrayView before = QByteArrayView(data).sliced(d.bodyOffset, d.badLineStart - d.bodyOffset);
    const QString text = d.encoding == Encoding::Utf8 ? QString::fromUtf8(before) : gb18030(before);
    const qsizetype firstEnd = text.indexOf(QLatin1Char('\n'));
    const char16_t sep = separatorOf(QStringView(text).left(firstEnd < 0 ? text.size() : firstEnd));
    throw EncodingError(encodingMessage(rowAt(text, text.size(), sep), d.encoding));
}

// Decodes and parses `data` into records of type Row; throws Error for bytes that are no text of the file's encoding
// and for a quote that is never closed or swallows the records after it.
template <typename Row> QList<Row> parseRows(const QByteArray& data, std::optional<Encoding> forced, Encoding* used)
{
    if (auto rows = parseUnquotedPieces<Row>(data, forced)) {
        *used = Encoding::Utf8;
        return std::move(*rows);
    }
    const QString text = decodeText(data, forced, used);

    const qsizetype firstEnd = text.indexOf(QLatin1Char('\n'));
    const QStringView firstLine = QStringView(text).left(firstEnd < 0 ? text.size() : firstEnd);
    const char16_t sep = separatorOf(firstLine);
    const int columns = int(firstLine.count(QChar(sep))) + 1;

    // A large file is read in pieces on the cores, cut where records start: without quotes in the text that is after
    // any line break, else where following the records from the start says.
    const qsizetype n = text.size();
    const int pieces = pieceCount(n, kPieceChars);
    QList<qsizetype> cuts{0};
    const bool quoted = QStringView(text).contains(QLatin1Char('"'));
    for (int k = 1; k < pieces; ++k) {
        const qsizetype target = n / pieces * k;
        qsizetype cut;
        if (!quoted) {
            cut = text.indexOf(QLatin1Char('\n'), target);
            cut = cut < 0 ? n : cut + 1;
        } else {
            cut = scanRecords<Row>(text, cuts.last(), n, sep, true, nullptr, target);
        }
        if (cut >= n)
            break;
        cuts << cut;
    }
    cuts << n;
    std::vector<std::future<QList<Row>>> later;
    for (int k = 1; k + 1 < cuts.size(); ++k)
        later.push_back(std::async(std::launch::async, [&text, &cuts, sep, k, columns] {
            QList<Row> rows;
            scanRecords(text, cuts.at(k), cuts.at(k + 1), sep, k + 2 == cuts.size(), &rows, -1, columns);
            return rows;
        }));
    QList<Row> rows;
    try {
        scanRecords(text, cuts.at(0), cuts.at(1), sep, cuts.size() == 2, &rows, -1, columns);
        for (auto& piece : later) {
            const qsizetype before = rows.size();
            try {
                rows.append(piece.get());
            } catch (OpenQuote& open) {
                open.record += before;
                throw;
            }
        }
    } catch (const OpenQuote& open) {
        const int row = int(open.record) + 1;
        throw Error(TableFile::rowMessage(
            row, open.toEnd ? Tr::tr("a quoted cell starts here (\") and is never closed: it runs on to the end of the "
                                 "file. Add the missing closing quote and import again.")
                            : Tr::tr("a quoted cell starts here (\") and runs on across the line break into what look "
                                 "like the following rows: its closing quote is missing. Add it and import again.")));
    }
    return rows;
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(QCoreApplication::translate("ud::core::Csv", "Cannot read the file %1: %2")
                        .arg(QDir::toNativeSeparators(path), file.errorString()));
    return file.readAll();
}

} // namespace

Table parse(const QByteArray& data, std::optional<Encoding> forced)
{
    Table table;
    table.hadBom = hasBom(data);
    table.rows = parseRows<QStringList>(data, forced, &table.encoding);
    return table;
}

Table readFile(const QString& path, std::optional<Encoding> forced)
{
    return parse(readAll(path), forced);
}

CellTable readCells(const QString& path, std::optional<Encoding> forced)
{
    const QByteArray data = readAll(path);
    CellTable table;
    table.hadBom = hasBom(data);
    table.rows = parseRows<QVariantList>(data, forced, &table.encoding);
    return table;
}

namespace {

// Whether a spreadsheet reads `cell` as a formula, also after apostrophes: "=1", "'=1", "''=1".
bool formulaAfterApostrophes(const QString& cell)
{
    qsizetype i = 0;
    while (i < cell.size() && cell.at(i) == QLatin1Char('\''))
        ++i;
    if (i >= cell.size())
        return false;
    const QChar c = cell.at(i);
    return c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-') || c == QLatin1Char('@') ||
           c == QLatin1Char('\t') || c == QLatin1Char('\r');
}

} // namespace

QString escapeFormula(const QString& cell)
{
    return formulaAfterApostrophes(cell) ? QLatin1Char('\'') + cell : cell;
}

QString unescapeFormula(const QString& cell)
{
    return cell.startsWith(QLatin1Char('\'')) && formulaAfterApostrophes(cell) ? cell.mid(1) : cell;
}

QString encodingMessage(int row, Encoding encoding)
{
    return TableFile::rowMessage(
        row, Tr::tr("the bytes of this row are not %1 text, the encoding the rest of the file is read in (a row saved "
                "in another encoding?). Nothing was imported. Save the whole file in one encoding, or name its "
                "encoding with --encoding utf-8|gb18030 (in the window: the encoding choice of the import).")
                 .arg(encodingName(encoding)));
}

QString formatRow(const QStringList& fields)
{
    QStringList out;
    out.reserve(fields.size());
    for (const QString& f : fields) {
        QString cell = escapeFormula(f);
        if (cell.contains(QLatin1Char(',')) || cell.contains(QLatin1Char('"')) || cell.contains(QLatin1Char('\n')) ||
            cell.contains(QLatin1Char('\r')) || cell.contains(QLatin1Char(';'))) {
            cell.replace(QLatin1String("\""), QLatin1String("\"\""));
            cell = QLatin1Char('"') + cell + QLatin1Char('"');
        }
        out << cell;
    }
    return out.join(QLatin1Char(','));
}

QByteArray toUtf8WithBom(const QList<QStringList>& rows)
{
    QByteArray out("\xEF\xBB\xBF");
    for (const QStringList& r : rows)
        out += formatRow(r).toUtf8() + "\r\n";
    return out;
}

int displayWidth(const QString& text)
{
    int width = 0;
    for (const char32_t c : text.toUcs4()) {
        const int eaw = u_getIntPropertyValue(UChar32(c), UCHAR_EAST_ASIAN_WIDTH);
        width += (eaw == U_EA_WIDE || eaw == U_EA_FULLWIDTH) ? 2 : 1;
    }
    return width;
}

QString formatTextTable(const QStringList& header, const QList<QStringList>& rows)
{
    QList<int> widths;
    for (const QString& h : header)
        widths << displayWidth(h);
    for (const QStringList& r : rows)
        for (int i = 0; i < r.size() && i < widths.size(); ++i)
            widths[i] = qMax(widths[i], displayWidth(r.at(i)));
    auto line = [&](const QStringList& cells) {
        QString s;
        for (int i = 0; i < widths.size(); ++i) {
            const QString cell = i < cells.size() ? cells.at(i) : QString();
            s += cell;
            if (i + 1 < widths.size())
                s += QString(widths.at(i) - displayWidth(cell) + 2, QLatin1Char(' '));
        }
        return s + QLatin1Char('\n');
    };
    QString out = line(header);
    QStringList rule;
    for (int w : widths)
        rule << QString(w, QLatin1Char('-'));
    out += line(rule);
    for (const QStringList& r : rows)
        out += line(r);
    return out;
}

} // namespace ud::core::Csv
