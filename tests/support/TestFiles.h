#pragma once

#include "support/TestDatabase.h"
#include "support/catch.h"

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QTemporaryDir>

namespace ud::test {

/// Writes `data` to `path` (the test fails when it cannot) and returns the path.
inline QString writeFile(const QString& path, const QByteArray& data)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(data);
    return path;
}

/// Writes `data` to the file `name` in the test database's temporary folder and returns its path.
inline QString writeFile(const TestDatabase& t, const QString& name, const QByteArray& data)
{
    return writeFile(t.tempPath(name), data);
}

/// Writes `data` to the file `name` in `dir` and returns its path.
inline QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& data)
{
    return writeFile(dir.filePath(name), data);
}

} // namespace ud::test
