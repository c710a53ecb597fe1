#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <functional>

struct zip; // libzip's zip_t, kept out of the header

namespace ud::core {

/// A zip archive (an .xlsx or .docx package) opened read-only; closed when the object goes.
class ZipArchive {
    Q_DECLARE_TR_FUNCTIONS(ud::core::ZipArchive)

public:
    /// An entry that unpacks to more than this is refused rather than read (a zip bomb, or not a document at all).
    /// The worksheet of a 200,000-row roster (XlsxReader::kMaxRows) is about 200 MB of XML as the usual writers put it.
    static constexpr qint64 kMaxEntrySize = 512ll * 1024 * 1024;
    /// An entry that unpacks to more than kRatioCheckedSize may be at most kMaxRatio times its packed size. Office XML
    /// packs 5 to 20 times; a zip bomb packs hundreds or a thousand times (deflate's most is about 1,032).
    static constexpr qint64 kMaxRatio = 100;
    static constexpr qint64 kRatioCheckedSize = 4ll * 1024 * 1024;

    enum class Check {
        Usual,
        Consistency, // the central directory and the local headers must agree (for a file we wrote ourselves)
    };

    /// Opens the archive. Throws Error naming the file when it does not exist, cannot be read or is damaged.
    explicit ZipArchive(const QString& path, Check check = Check::Usual);
    ~ZipArchive();
    ZipArchive(const ZipArchive&) = delete;
    ZipArchive& operator=(const ZipArchive&) = delete;

    /// True when `firstBytes` (the start of a file) are those of a zip archive.
    static bool hasZipSignature(const QByteArray& firstBytes);

    const QString& path() const { return m_path; }
    /// True when the archive has an entry of this name; case is ignored, as Office packages name their parts.
    bool contains(const QString& name) const;
    /// The whole content of an entry. Throws Error naming the file and the entry when it is missing and `required`,
    /// larger than `maxSize` or packed more tightly than kMaxRatio (both checked before it is unpacked), or damaged;
    /// a missing entry that is not required is empty. Never more than the size the archive declares is unpacked.
    QByteArray entry(const QString& name, bool required = true, qint64 maxSize = kMaxEntrySize) const;
    /// Hands the content of an entry to `sink` piece by piece, without holding all of it; `sink` returns false to stop
    /// early. Throws Error as entry() does for a required entry, also when the entry unpacks to more than it declares
    /// (it stops there).
    void read(const QString& name, const std::function<bool(const char* data, qsizetype size)>& sink,
              qint64 maxSize = kMaxEntrySize) const;

private:
    struct Opened;
    Opened open(const QString& name, bool required, qint64 maxSize) const;
    [[noreturn]] void fail(const QString& why) const;

    QString m_path;
    zip* m_zip = nullptr;
};

} // namespace ud::core
