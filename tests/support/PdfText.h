#pragma once

// What a printed PDF holds, read back with poppler-utils (pdfinfo, pdftotext).

#include "support/catch.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStringList>

namespace ud::test {

/// The number of pages of a PDF; `size` (when given) is the size of its pages in points, "595.276 x 841.89" for A4
/// portrait.
inline int pdfPageCount(const QString& path, QString* size = nullptr)
{
    QProcess p;
    p.start(QStringLiteral("pdfinfo"), {path});
    REQUIRE(p.waitForFinished(30000));
    REQUIRE(p.exitCode() == 0);
    const QString info = QString::fromUtf8(p.readAllStandardOutput());
    if (size)
        *size = QRegularExpression(QStringLiteral("Page size:\\s+([\\d.]+ x [\\d.]+)")).match(info).captured(1);
    return QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info).captured(1).toInt();
}

/// The text of each page as it is laid out on paper (pdftotext -layout): a table row is one line.
inline QStringList pdfPages(const QString& path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    REQUIRE(p.waitForFinished(60000));
    REQUIRE(p.exitCode() == 0);
    QStringList pages = QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\f'));
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast(); // after the last page's form feed
    return pages;
}

/// The text of a PDF in the order it is drawn (pdftotext -raw): a cell broken over several lines reads on.
inline QString pdfRawText(const QString& path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), path, QStringLiteral("-")});
    REQUIRE(p.waitForFinished(60000));
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput());
}

/// True when the size pdfPageCount() gives is landscape (wider than high).
inline bool isLandscape(const QString& size)
{
    const QStringList wh = size.split(QStringLiteral(" x "));
    return wh.size() == 2 && wh.at(0).toDouble() > wh.at(1).toDouble();
}

} // namespace ud::test
