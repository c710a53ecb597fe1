#include "core/io/Csv.h"

#include "core/db/Error.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStringDecoder>

#include <unicode/uchar.h>

namespace ud::core::Csv {

Encoding detectEncoding(const QByteArray& data)
{
    if (data.startsWith("\xEF\xBB\xBF"))
        return Encoding::Utf8;
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString decoded = utf8.decode(data);
    return utf8.hasError() ? Encoding::Gb18030 : Encoding::Utf8;
}

Table parse(const QByteArray& data, std::optional<Encoding> forced)
{
    Table table;
    table.hadBom = data.startsWith("\xEF\xBB\xBF");
    table.encoding = forced.value_or(detectEncoding(data));
    QString text;
    if (table.encoding == Encoding::Utf8) {
        QStringDecoder dec(QStringDecoder::Utf8);
        text = dec.decode(table.hadBom ? data.mid(3) : data);
    } else {
        QStringDecoder dec("GB18030");
        if (!dec.isValid())
            throw Error(QCoreApplication::translate("ud::core::Csv", "This system cannot read GB18030 text."));
        text = dec.decode(data);
    }

    // The separator is the one of ',', ';', tab that occurs most in the first line.
    const qsizetype firstEnd = text.indexOf(QLatin1Char('\n'));
    const QString firstLine = text.left(firstEnd < 0 ? text.size() : firstEnd);
    QChar sep = QLatin1Char(',');
    qsizetype best = firstLine.count(sep);
    for (QChar c : {QChar(QLatin1Char(';')), QChar(QLatin1Char('\t'))}) {
        if (firstLine.count(c) > best) {
            best = firstLine.count(c);
            sep = c;
        }
    }

    QStringList row;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    auto endField = [&] {
        row << field;
        field.clear();
        fieldStarted = false;
    };
    auto endRow = [&] {
        endField();
        const bool blank = row.size() == 1 && row.first().isEmpty();
        if (!blank)
            table.rows << row;
        else
            table.rows << QStringList(); // keep row numbers right; blank rows are skipped by readers
        row.clear();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"') && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
        } else if (c == sep) {
            endField();
        } else if (c == QLatin1Char('\r')) {
            if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            endRow();
        } else if (c == QLatin1Char('\n')) {
            endRow();
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (fieldStarted || !field.isEmpty() || !row.isEmpty())
        endRow();
    return table;
}

Table readFile(const QString& path, std::optional<Encoding> forced)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(QCoreApplication::translate("ud::core::Csv", "Cannot read the file %1: %2")
                        .arg(QDir::toNativeSeparators(path), file.errorString()));
    return parse(file.readAll(), forced);
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
