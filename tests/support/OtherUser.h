#pragma once

// Read-only files for tests that may run as root, for whom the kernel ignores permission bits. Such a test makes
// a file or folder write-protected with chmod and then acts as an ordinary user (nobody) inside an AsOtherUser
// scope: the kernel then checks the permissions as it does for a clerk. Without root the test's own user is
// already bound by them.

#include <QByteArray>
#include <QFile>
#include <QFileDevice>
#include <QString>

#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

namespace ud::test {

/// The user the read-only tests act as when they run as root.
inline constexpr uid_t kOtherUid = 65534;
inline constexpr gid_t kOtherGid = 65534;

inline bool runningAsRoot()
{
    return ::geteuid() == 0;
}

/// chmod with an octal mode (0555 for a write-protected folder).
inline void setMode(const QString& path, mode_t mode)
{
    ::chmod(QFile::encodeName(path).constData(), mode);
}

inline mode_t modeOf(const QString& path)
{
    struct stat st;
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return 0;
    return st.st_mode & 07777;
}

/// While it lives, this process acts as user nobody when it runs as root (its effective ids), else nothing changes.
class AsOtherUser {
public:
    AsOtherUser()
    {
        if (runningAsRoot()) {
            m_switched = ::setegid(kOtherGid) == 0 && ::seteuid(kOtherUid) == 0;
        }
    }
    ~AsOtherUser()
    {
        if (m_switched) {
            [[maybe_unused]] const int a = ::seteuid(0);
            [[maybe_unused]] const int b = ::setegid(0);
        }
    }
    AsOtherUser(const AsOtherUser&) = delete;
    AsOtherUser& operator=(const AsOtherUser&) = delete;
    /// True when the kernel now checks permissions for this process (not root, or switched to nobody).
    bool bound() const { return m_switched || !runningAsRoot(); }

private:
    bool m_switched = false;
};

} // namespace ud::test
