#pragma once
// Writes a zip package (an .xlsx or .docx made part by part in a test) with libzip.

#include "support/catch.h"

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QPair>
#include <QString>
#include <QtEndian>

#include <zip.h>

namespace ud::test {

// `stored`: the parts are written uncompressed, so that a test can find and change their bytes in the file.
inline void writeZip(const QString& path, const QList<QPair<QByteArray, QByteArray>>& parts, bool stored = false)
{
    int error = 0;
    zip_t* z = zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    REQUIRE(z != nullptr);
    // libzip reads the buffers when the archive is closed: `parts` holds them until then.
    for (const auto& part : parts) {
        zip_source_t* src = zip_source_buffer(z, part.second.constData(), zip_uint64_t(part.second.size()), 0);
        REQUIRE(src != nullptr);
        const zip_int64_t index = zip_file_add(z, part.first.constData(), src, ZIP_FL_ENC_UTF_8);
        REQUIRE(index >= 0);
        if (stored)
            REQUIRE(zip_set_file_compression(z, zip_uint64_t(index), ZIP_CM_STORE, 0) == 0);
    }
    REQUIRE(zip_close(z) == 0);
}

/// Writes an .xlsx workbook part by part: one sheet, named 名单, whose part holds `worksheet`, and `sharedStrings` as
/// the shared-strings part unless it is empty. `stored` as for writeZip() (a large sheet is written faster so).
inline void writeWorkbook(const QString& path, const QByteArray& worksheet, const QByteArray& sharedStrings = {},
                          bool stored = false)
{
    const QByteArray ns = "xmlns:x=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"";
    const QByteArray rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    const QByteArray relsNs = "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"";
    QList<QPair<QByteArray, QByteArray>> parts;
    const auto add = [&parts](const char* name, const QByteArray& data) { parts.append({QByteArray(name), data}); };
    add("[Content_Types].xml",
        "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>");
    add("_rels/.rels", "<Relationships " + relsNs + "><Relationship Id=\"rId1\" Type=\"" + rel +
                           "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
    add("xl/workbook.xml", "<x:workbook " + ns + " xmlns:r=\"" + rel +
                               "\"><x:sheets><x:sheet name=\"名单\" sheetId=\"1\" r:id=\"rId1\"/></x:sheets>"
                               "</x:workbook>");
    QByteArray rels = "<Relationships " + relsNs + "><Relationship Id=\"rId1\" Type=\"" + rel +
                      "/worksheet\" Target=\"worksheets/sheet1.xml\"/>";
    if (!sharedStrings.isEmpty())
        rels += "<Relationship Id=\"rId2\" Type=\"" + rel + "/sharedStrings\" Target=\"sharedStrings.xml\"/>";
    add("xl/_rels/workbook.xml.rels", rels + "</Relationships>");
    if (!sharedStrings.isEmpty())
        add("xl/sharedStrings.xml", sharedStrings);
    add("xl/worksheets/sheet1.xml", worksheet);
    writeZip(path, parts, stored);
}

/// Makes the archive at `path` declare `size` as the unpacked size of its entry `name`, in the entry's local header
/// and in the central directory, as a forged zip bomb does; the packed data stay as they are.
inline void setDeclaredSize(const QString& path, const QByteArray& name, quint32 size)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    QByteArray bytes = file.readAll();
    int patched = 0;
    for (qsizetype at = 0; (at = bytes.indexOf("PK", at)) >= 0 && at + 46 <= bytes.size(); ++at) {
        const auto u16 = [&bytes, at](int offset) {
            return qFromLittleEndian<quint16>(bytes.constData() + at + offset);
        };
        const quint32 signature = qFromLittleEndian<quint32>(bytes.constData() + at);
        // Local header: name length at 26, name at 30, unpacked size at 22. Central directory: 28, 46 and 24.
        const bool local = signature == 0x04034b50, central = signature == 0x02014b50;
        if ((local || central) && bytes.mid(at + (local ? 30 : 46), u16(local ? 26 : 28)) == name) {
            qToLittleEndian(size, bytes.data() + at + (local ? 22 : 24));
            ++patched;
        }
    }
    REQUIRE(patched == 2);
    REQUIRE(file.seek(0));
    REQUIRE(file.write(bytes) == bytes.size());
}

} // namespace ud::test
