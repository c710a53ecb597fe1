#include "core/io/ZipArchive.h"

#include "core/db/Error.h"
#include "core/io/FileName.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

#include <zip.h>

namespace ud::core {

namespace {

// Pieces of this size are read from an entry that is handed on in pieces.
constexpr qsizetype kPieceSize = 256 * 1024;

// A size as a message shows it: "4.6 MB", "512 MB".
QString sizeText(zip_uint64_t bytes)
{
    return QLocale().formattedDataSize(qint64(bytes), bytes < 10 * 1024 * 1024 ? 1 : 0,
                                       QLocale::DataSizeTraditionalFormat);
}

} // namespace

// An entry opened for reading, closed when it goes.
struct ZipArchive::Opened {
    zip_file_t* file = nullptr;
    zip_uint64_t size = 0;
    Opened() = default;
    Opened(Opened&& other) noexcept : file(other.file), size(other.size) { other.file = nullptr; }
    Opened(const Opened&) = delete;
    Opened& operator=(const Opened&) = delete;
    Opened& operator=(Opened&&) = delete;
    ~Opened()
    {
        if (file)
            zip_fclose(file);
    }
};

ZipArchive::ZipArchive(const QString& path, Check check) : m_path(path)
{
    if (!QFileInfo::exists(path))
        throw Error(tr("The file %1 does not exist.").arg(QDir::toNativeSeparators(path)));
    int error = 0;
    m_zip = zip_open(fileNameBytes(path).constData(),
                     check == Check::Consistency ? ZIP_RDONLY | ZIP_CHECKCONS : ZIP_RDONLY, &error);
    if (m_zip)
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(tr("The file %1 cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    zip_error_t ze;
    zip_error_init_with_code(&ze, error);
    const QString why = QString::fromLocal8Bit(zip_error_strerror(&ze));
    zip_error_fini(&ze);
    fail(tr("the file is damaged (%1).").arg(why));
}

ZipArchive::~ZipArchive()
{
    zip_discard(m_zip); // read-only: nothing to write back
}

bool ZipArchive::hasZipSignature(const QByteArray& firstBytes)
{
    return firstBytes.startsWith(QByteArrayView("PK\x03\x04", 4));
}

void ZipArchive::fail(const QString& why) const
{
    throw Error(tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(m_path), why));
}

bool ZipArchive::contains(const QString& name) const
{
    return zip_name_locate(m_zip, name.toUtf8().constData(), ZIP_FL_NOCASE) >= 0;
}

ZipArchive::Opened ZipArchive::open(const QString& name, bool required, qint64 maxSize) const
{
    Opened opened;
    const zip_int64_t index = zip_name_locate(m_zip, name.toUtf8().constData(), ZIP_FL_NOCASE);
    if (index < 0) {
        if (required)
            fail(tr("the part %1 is missing.").arg(name));
        return opened;
    }
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat_index(m_zip, zip_uint64_t(index), 0, &st) != 0 || !(st.valid & ZIP_STAT_SIZE) ||
        !(st.valid & ZIP_STAT_COMP_SIZE))
        fail(tr("the part %1 cannot be read.").arg(name));
    // Both from the archive's directory, before anything is unpacked; the unpacking stops at the declared size.
    if (st.size > zip_uint64_t(maxSize))
        fail(tr("the part %1 is too large: it unpacks to %2, more than %3, the most that is read from one part.")
                 .arg(name, sizeText(st.size), sizeText(zip_uint64_t(maxSize))));
    if (st.size > zip_uint64_t(kRatioCheckedSize) && st.size / zip_uint64_t(kMaxRatio) > st.comp_size)
        fail(tr("the part %1 unpacks from %2 to %3, more than %L4 times its packed size; a file packed this "
                "tightly is refused, as it may be a zip bomb.")
                 .arg(name, sizeText(st.comp_size), sizeText(st.size))
                 .arg(kMaxRatio));
    opened.file = zip_fopen_index(m_zip, zip_uint64_t(index), 0);
    if (!opened.file)
        fail(tr("the part %1 cannot be opened (%2).").arg(name, QString::fromLocal8Bit(zip_strerror(m_zip))));
    opened.size = st.size;
    return opened;
}

QByteArray ZipArchive::entry(const QString& name, bool required, qint64 maxSize) const
{
    const Opened opened = open(name, required, maxSize);
    if (!opened.file)
        return {};
    QByteArray data(qsizetype(opened.size), Qt::Uninitialized);
    zip_uint64_t done = 0;
    zip_int64_t n = 0;
    while (done < opened.size && (n = zip_fread(opened.file, data.data() + done, opened.size - done)) > 0)
        done += zip_uint64_t(n);
    // One read more, which must find the end: libzip checks the CRC there, so a damaged entry fails.
    char extra = 0;
    if (n < 0 || done != opened.size || zip_fread(opened.file, &extra, 1) != 0)
        fail(tr("the part %1 is damaged (%2).").arg(name, QString::fromLocal8Bit(zip_file_strerror(opened.file))));
    return data;
}

void ZipArchive::read(const QString& name, const std::function<bool(const char*, qsizetype)>& sink,
                      qint64 maxSize) const
{
    const Opened opened = open(name, true, maxSize);
    QByteArray piece(kPieceSize, Qt::Uninitialized);
    zip_uint64_t done = 0;
    zip_int64_t n = 0;
    // Read until libzip finds the end, where it checks the CRC; never more than one byte past the declared size, which
    // was checked against the limits.
    while ((n = zip_fread(opened.file, piece.data(),
                          qMin(zip_uint64_t(piece.size()), opened.size - qMin(done, opened.size) + 1))) > 0) {
        done += zip_uint64_t(n);
        if (done > opened.size)
            break;
        if (!sink(piece.constData(), qsizetype(n)))
            return;
    }
    if (n < 0 || done != opened.size)
        fail(tr("the part %1 is damaged (%2).").arg(name, QString::fromLocal8Bit(zip_file_strerror(opened.file))));
}

} // namespace ud::core
