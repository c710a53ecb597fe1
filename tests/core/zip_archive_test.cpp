#include "support/ZipWrite.h"
#include "support/catch.h"

#include "core/db/Error.h"
#include "core/io/ZipArchive.h"

#include <QFile>
#include <QTemporaryDir>

#include <functional>

using namespace ud::core;

namespace {

QString messageOf(const std::function<void()>& f)
{
    try {
        f();
    } catch (const Error& e) {
        return e.message();
    }
    return QString();
}

} // namespace

TEST_CASE("ZipArchive reads entries whole and in pieces", "[zip]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("parts.zip"));
    QByteArray big;
    for (int i = 0; big.size() < 1'000'000; ++i)
        big += QByteArray::number(i) + ',';
    ud::test::writeZip(path, {{"word/document.xml", "<w:document/>"}, {"xl/big.csv", big}, {"empty", ""}});

    const ZipArchive archive(path);
    CHECK(archive.path() == path);
    CHECK(archive.contains(QStringLiteral("word/document.xml")));
    CHECK(archive.contains(QStringLiteral("Word/Document.XML"))); // Office part names ignore case
    CHECK_FALSE(archive.contains(QStringLiteral("word/numbering.xml")));
    CHECK(archive.entry(QStringLiteral("word/document.xml")) == "<w:document/>");
    CHECK(archive.entry(QStringLiteral("empty")).isEmpty());
    CHECK(archive.entry(QStringLiteral("word/numbering.xml"), false).isEmpty());
    CHECK(archive.entry(QStringLiteral("xl/big.csv")) == big);

    QByteArray pieces;
    int count = 0;
    archive.read(QStringLiteral("xl/big.csv"), [&](const char* data, qsizetype size) {
        pieces.append(data, size);
        ++count;
        return true;
    });
    CHECK(pieces == big);
    CHECK(count > 1);
    // The sink can stop early.
    count = 0;
    archive.read(QStringLiteral("xl/big.csv"), [&](const char*, qsizetype) { return ++count < 2; });
    CHECK(count == 2);

    const QString missing = messageOf([&] { archive.entry(QStringLiteral("word/numbering.xml")); });
    CHECK(missing.contains(QStringLiteral("parts.zip")));
    CHECK(missing.contains(QStringLiteral("word/numbering.xml")));
    const QString tooLarge = messageOf([&] { archive.entry(QStringLiteral("xl/big.csv"), true, 1000); });
    CHECK(tooLarge.contains(QStringLiteral("parts.zip")));
    CHECK(tooLarge.contains(QStringLiteral("too large")));
}

TEST_CASE("ZipArchive names the file when it is missing, not a zip archive or damaged", "[zip]")
{
    QTemporaryDir dir;
    const QString missing = messageOf([&] { ZipArchive(dir.filePath(QStringLiteral("missing.zip"))); });
    CHECK(missing.contains(QStringLiteral("missing.zip")));
    CHECK(missing.contains(QStringLiteral("does not exist")));

    const QString textPath = dir.filePath(QStringLiteral("text.zip"));
    {
        QFile f(textPath);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("not a zip archive at all");
    }
    const QString text = messageOf([&] { ZipArchive archive(textPath); });
    CHECK(text.contains(QStringLiteral("text.zip")));
    CHECK(text.contains(QStringLiteral("damaged")));

    // An entry whose bytes changed after it was written: its CRC no longer matches, whole or in pieces.
    const QString path = dir.filePath(QStringLiteral("changed.zip"));
    const QByteArray content = QByteArray("<sheetData>") + QByteArray(5000, 'x') + "</sheetData>";
    ud::test::writeZip(path, {{"sheet.xml", content}}, true);
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    QByteArray bytes = file.readAll();
    const qsizetype at = bytes.indexOf("xxxx");
    REQUIRE(at > 0);
    bytes[at + 100] = 'y';
    file.seek(0);
    file.write(bytes);
    file.close();
    const ZipArchive archive(path);
    const QString whole = messageOf([&] { archive.entry(QStringLiteral("sheet.xml")); });
    CHECK(whole.contains(QStringLiteral("changed.zip")));
    CHECK(whole.contains(QStringLiteral("damaged")));
    const QString inPieces =
        messageOf([&] { archive.read(QStringLiteral("sheet.xml"), [](const char*, qsizetype) { return true; }); });
    CHECK(inPieces.contains(QStringLiteral("changed.zip")));
    CHECK(inPieces.contains(QStringLiteral("damaged")));

    CHECK(ZipArchive::hasZipSignature(QByteArray("PK\x03\x04\x14", 5)));
    CHECK_FALSE(ZipArchive::hasZipSignature(QByteArray("\xD0\xCF\x11\xE0", 4)));
    CHECK_FALSE(ZipArchive::hasZipSignature(QByteArray()));
}

TEST_CASE("ZipArchive refuses a part that says it unpacks to more than the limit, before unpacking it", "[zip][limits]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("declared.zip"));
    ud::test::writeZip(path, {{"xl/worksheets/sheet1.xml", QByteArray(100'000, ' ')}});
    ud::test::setDeclaredSize(path, "xl/worksheets/sheet1.xml", quint32(ZipArchive::kMaxEntrySize + 1));

    const ZipArchive archive(path);
    const QString whole = messageOf([&] { archive.entry(QStringLiteral("xl/worksheets/sheet1.xml")); });
    CHECK(whole.contains(QStringLiteral("declared.zip")));
    CHECK(whole.contains(QStringLiteral("xl/worksheets/sheet1.xml")));
    CHECK(whole.contains(QStringLiteral("too large")));
    CHECK(whole.contains(QStringLiteral("512 MB"))); // the limit
    qsizetype handed = 0;
    const QString inPieces = messageOf([&] {
        archive.read(QStringLiteral("xl/worksheets/sheet1.xml"), [&](const char*, qsizetype size) {
            handed += size;
            return true;
        });
    });
    CHECK(inPieces == whole);
    CHECK(handed == 0);
}

TEST_CASE("ZipArchive refuses a large part packed more than 100 times, before unpacking it", "[zip][limits]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bomb.zip"));
    // 5 MB of spaces pack about a thousand times; numbers as a sheet holds them, a few times; small parts any amount.
    QByteArray numbers;
    for (int i = 0; numbers.size() < 4'500'000; ++i)
        numbers += QByteArray::number(qint64(i) * 7919 % 1000003) + ',';
    ud::test::writeZip(path, {{"xl/worksheets/sheet1.xml", QByteArray(5 * 1024 * 1024, ' ')},
                              {"xl/worksheets/sheet2.xml", numbers},
                              {"xl/worksheets/sheet3.xml", QByteArray(3 * 1024 * 1024, ' ')}});

    const ZipArchive archive(path);
    const QString whole = messageOf([&] { archive.entry(QStringLiteral("xl/worksheets/sheet1.xml")); });
    CHECK(whole.contains(QStringLiteral("bomb.zip")));
    CHECK(whole.contains(QStringLiteral("xl/worksheets/sheet1.xml")));
    CHECK(whole.contains(QStringLiteral("100 times")));
    CHECK(whole.contains(QStringLiteral("zip bomb")));
    qsizetype handed = 0;
    const QString inPieces = messageOf([&] {
        archive.read(QStringLiteral("xl/worksheets/sheet1.xml"), [&](const char*, qsizetype size) {
            handed += size;
            return true;
        });
    });
    CHECK(inPieces == whole);
    CHECK(handed == 0);

    CHECK(archive.entry(QStringLiteral("xl/worksheets/sheet2.xml")) == numbers);
    CHECK(archive.entry(QStringLiteral("xl/worksheets/sheet3.xml")).size() == 3 * 1024 * 1024);
}

TEST_CASE("ZipArchive unpacks no more of a part than it declares", "[zip][limits]")
{
    // A part that unpacks to 1 MB but says 1,000 bytes: reading stops there and calls it damaged.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("short.zip"));
    ud::test::writeZip(path, {{"xl/worksheets/sheet1.xml", QByteArray(1024 * 1024, 'x')}});
    ud::test::setDeclaredSize(path, "xl/worksheets/sheet1.xml", 1000);

    const ZipArchive archive(path);
    CHECK(messageOf([&] {
              archive.entry(QStringLiteral("xl/worksheets/sheet1.xml"));
          }).contains(QStringLiteral("damaged")));
    qsizetype handed = 0;
    const QString inPieces = messageOf([&] {
        archive.read(QStringLiteral("xl/worksheets/sheet1.xml"), [&](const char*, qsizetype size) {
            handed += size;
            return true;
        });
    });
    CHECK(inPieces.contains(QStringLiteral("damaged")));
    CHECK(handed <= 1000);
}
