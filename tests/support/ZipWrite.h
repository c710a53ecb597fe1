#pragma once
// Writes a zip package (an .xlsx or .docx made part by part in a test) with libzip.

#include "support/catch.h"

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QPair>
#include <QString>

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

} // namespace ud::test
