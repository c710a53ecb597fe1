#include "core/io/Csv.h"

#include "core/db/Error.h"
#include "core/io/Cores.h"

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

// The text of the file and the encoding it was read in; a valid UTF-8 file is decoded once.
QString decodeText(const QByteArray& data, std::optional<Encoding> forced, Encoding* used)
{
    const bool bom = hasBom(data);
    const QByteArrayView body = bom ? QByteArrayView(data).sliced(3) : QByteArrayView(data);
    if (!forced || *forced == Encoding::Utf8) {
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        QString text = utf8.decode(body);
        if (forced || bom || !utf8.hasError()) {
            *used = Encoding::Utf8;
            return text;
        }
    }
    *used = Encoding::Gb18030;
    QStringDecoder dec("GB18030");
    if (!dec.isValid())
        throw Error(QCoreApplication::translate("ud::core::Csv", "This system cannot read GB18030 text."));
    return dec.decode(data);
}

} // namespace

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
template <typename Row>
qsizetype scanRecords(const QString& text, qsizetype begin, qsizetype end, char16_t sep, bool atEnd, QList<Row>* rows,
                      qsizetype stopAt = -1)
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
                        field += all.sliced(i);
                    i = n;
                    break;
                }
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
// (then the whole file is GB18030).
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
    const bool replace = forced || bom; // UTF-8 whatever it holds: bad bytes become U+FFFD, as decodeText does

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
    const auto read = [&body, &cuts, sep, replace](qsizetype k) {
        Piece piece;
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString text = utf8.decode(body.sliced(cuts.at(k), cuts.at(k + 1) - cuts.at(k)));
        piece.valid = !utf8.hasError();
        if (piece.valid || replace)
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
    if (!valid && !replace)
        return std::nullopt;
    return rows;
}

// Decodes and parses `data` into records of type Row.
template <typename Row> QList<Row> parseRows(const QByteArray& data, std::optional<Encoding> forced, Encoding* used)
{
    if (auto rows = parseUnquotedPieces<Row>(data, forced)) {
        *used = Encoding::Utf8;
        return std::move(*rows);
    }
    const QString text = decodeText(data, forced, used);

    const qsizetype firstEnd = text.indexOf(QLatin1Char('\n'));
    const char16_t sep = separatorOf(QStringView(text).left(firstEnd < 0 ? text.size() : firstEnd));

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
        later.push_back(std::async(std::launch::async, [&text, &cuts, sep, k] {
            QList<Row> rows;
            scanRecords(text, cuts.at(k), cuts.at(k + 1), sep, k + 2 == cuts.size(), &rows);
            return rows;
        }));
    QList<Row> rows;
    scanRecords(text, cuts.at(0), cuts.at(1), sep, cuts.size() == 2, &rows);
    for (auto& piece : later)
        rows.append(piece.get());
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

QString escapeFormula(const QString& cell)
{
    if (!cell.isEmpty()) {
        const QChar c = cell.front();
        if (c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-') || c == QLatin1Char('@') ||
            c == QLatin1Char('\t') || c == QLatin1Char('\r'))
            return QLatin1Char('\'') + cell;
    }
    return cell;
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
