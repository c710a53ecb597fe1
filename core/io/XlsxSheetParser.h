#pragma once

#include "core/io/XlsxReader.h"
#include "core/io/XmlParser.h"

#include <string>
#include <vector>

namespace ud::core {

class ZipArchive;

namespace xlsx {

/// Zero-based column of the letters at the start of `s`; -1 when there are none or more than three.
template <typename Unit> int columnOf(const Unit* s, qsizetype size)
{
    int column = 0;
    int letters = 0;
    for (qsizetype i = 0; i < size; ++i) {
        const auto u = s[i];
        if (u >= 'A' && u <= 'Z')
            column = column * 26 + (u - 'A' + 1);
        else if (u >= 'a' && u <= 'z')
            column = column * 26 + (u - 'a' + 1);
        else
            break;
        if (++letters > 3)
            return -1;
    }
    return letters == 0 ? -1 : column - 1;
}

/// The text of an <si> or <is> element: its <t>, or the <t> of each rich-text run <r>; phonetic guides (<rPh>) are
/// not part of the value. Fed the elements inside the <si> or <is>.
struct RichText {
    std::string text;
    int phonetic = 0;
    bool inText = false;

    void clear()
    {
        text.clear();
        phonetic = 0;
        inText = false;
    }
    void start(const char* name)
    {
        if (xml::equals(name, "rPh"))
            ++phonetic;
        else if (xml::equals(name, "t"))
            inText = true;
    }
    void end(const char* name)
    {
        if (xml::equals(name, "rPh"))
            --phonetic;
        else if (xml::equals(name, "t"))
            inText = false;
    }
    void add(const char* data, int length)
    {
        if (inText && phonetic == 0)
            text.append(data, size_t(length));
    }
};

/// What the cells of a worksheet need from the rest of the workbook.
struct SheetContext {
    const QString& sheetName;
    const QList<bool>& dateStyles; // cellXfs index → the format is a date
    bool date1904 = false;
};

/// The rows of a worksheet as read from its part. A cell that refers to a shared string holds the string's index (an
/// int) until resolveSharedStrings() puts the string in: the shared strings are read after the sheet, and only those
/// its cells use.
struct SheetRows {
    QList<XlsxReader::Row> rows;
    std::vector<bool> sharedUsed; // shared-string index → a cell refers to it
};

/// The rows of the worksheet part `part`, parsed as it is unzipped: the XML of a large sheet is never held whole. A
/// sheet with more than XlsxReader::kMaxRows rows or XlsxReader::kMaxCells cells is refused, by its <dimension> before
/// any row is read and by what is read. When the sheet is refused or damaged, `*failure` says why (translated) and
/// the rows are not to be used.
SheetRows readSheetRows(ZipArchive& zip, const QString& part, const SheetContext& context, QString* failure);

/// Puts the shared strings into the cells that refer to them: `strings[i]` for index i (the strings the workbook has
/// up to the last one the sheet uses; those it does not use may be null). An empty string leaves an empty cell, and
/// a row left with nothing but empty cells is dropped. When a cell refers to a string beyond them, `*failure` says so.
void resolveSharedStrings(QList<XlsxReader::Row>& rows, const QList<QString>& strings, const QString& sheetName,
                          QString* failure);

/// The refusal of a workbook with more than XlsxReader::kMaxSharedStrings shared strings (translated).
QString tooManySharedStringsMessage();

} // namespace xlsx

} // namespace ud::core
