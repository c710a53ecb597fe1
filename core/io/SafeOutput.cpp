#include "core/io/SafeOutput.h"

#include "core/db/Error.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

#ifdef Q_OS_WIN
#include <windows.h>
#else
#include <cerrno>
#include <cstdio>
#endif

namespace ud::core {

namespace {

// The context the messages of this file are translated under; written Tr::tr() so that lupdate files them there.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ud::core::SafeOutput)
};

QString native(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

void SafeOutput::checkTarget(const QString& target)
{
    if (target.trimmed().isEmpty())
        throw Error(Tr::tr("No output file was given."));
    const QFileInfo info(target);
    if (info.isDir())
        throw Error(Tr::tr("%1 is a folder. Give the name of a file to write.").arg(native(info.absoluteFilePath())));
    if (!info.absoluteDir().exists())
        throw Error(Tr::tr("The folder %1 does not exist.").arg(native(info.absolutePath())));
}

SafeOutput::SafeOutput(const QString& target) : m_target(QFileInfo(target).absoluteFilePath())
{
    checkTarget(target);
    const QFileInfo info(m_target);
    // Hidden, and named after the file it will become, so that a leftover after a power cut explains itself.
    QTemporaryFile temp(info.absolutePath() + QStringLiteral("/.") + info.fileName() + QStringLiteral(".XXXXXX.part"));
    temp.setAutoRemove(false);
    if (!temp.open())
        throw Error(Tr::tr("Cannot write to the folder %1: %2").arg(native(info.absolutePath()), temp.errorString()));
    m_temp = temp.fileName();
    temp.close();
}

SafeOutput::~SafeOutput()
{
    if (!m_done)
        discard();
}

void SafeOutput::discard()
{
    if (!m_temp.isEmpty() && !m_done)
        QFile::remove(m_temp);
    m_done = true;
}

void SafeOutput::commit()
{
    if (m_done)
        throw Error(Tr::tr("The file %1 was not written.").arg(native(m_target)));
    // The temporary file is private to its owner. Exports hold personal data (an unmasked roster holds ID numbers),
    // so a new file stays private; a file it replaces keeps the permissions its owner gave it.
    if (QFileInfo::exists(m_target))
        QFile::setPermissions(m_temp, QFile::permissions(m_target));
    else
        QFile::setPermissions(m_temp, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser |
                                          QFileDevice::WriteUser);
#ifdef Q_OS_WIN
    const bool ok = MoveFileExW(reinterpret_cast<LPCWSTR>(native(m_temp).utf16()),
                                reinterpret_cast<LPCWSTR>(native(m_target).utf16()),
                                MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH);
    const QString reason = ok ? QString() : qt_error_string(-1);
#else
    const bool ok = std::rename(QFile::encodeName(m_temp).constData(), QFile::encodeName(m_target).constData()) == 0;
    const QString reason = ok ? QString() : qt_error_string(errno);
#endif
    if (!ok) {
        discard();
        throw Error(Tr::tr("The file %1 could not be written: %2").arg(native(m_target), reason));
    }
    m_done = true;
}

} // namespace ud::core
