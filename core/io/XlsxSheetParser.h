#pragma once

#include "core/io/XlsxReader.h"
#include "core/io/XmlParser.h"

#include <string>

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
    const QStringList& sharedStrings;
    const QList<bool>& dateStyles; // cellXfs index → the format is a date
    bool date1904 = false;
};

/// The rows of the worksheet part `part`, parsed as it is unzipped: the XML of a large sheet is never held whole.
/// When the sheet is damaged, `*failure` says why (translated) and the rows are not to be used.
QList<XlsxReader::Row> readSheetRows(ZipArchive& zip, const QString& part, const SheetContext& context,
                                     QString* failure);

} // namespace xlsx

} // namespace ud::core
