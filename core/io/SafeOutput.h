#pragma once

#include <QString>

namespace ud::core {

/// A file written under a temporary name in its target's folder and moved over the target only when complete,
/// so that a failed or cancelled write leaves the target as it was and no partial file behind.
class SafeOutput {
public:
    /// Creates the temporary file beside `target`; throws Error when the folder cannot take it.
    explicit SafeOutput(const QString& target);
    /// Removes the temporary file unless commit() succeeded.
    ~SafeOutput();
    SafeOutput(const SafeOutput&) = delete;
    SafeOutput& operator=(const SafeOutput&) = delete;

    QString targetPath() const { return m_target; }
    /// Where the content goes until commit().
    QString tempPath() const { return m_temp; }
    /// Moves the temporary file over the target in one step; throws Error (and removes the temporary file)
    /// when that fails.
    void commit();
    /// Removes the temporary file; the target is not touched.
    void discard();

    /// Throws Error when `target` cannot be an output file: it names a folder, or its folder does not exist.
    static void checkTarget(const QString& target);

private:
    QString m_target;
    QString m_temp;
    bool m_done = false;
};

} // namespace ud::core
