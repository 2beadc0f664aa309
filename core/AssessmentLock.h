#pragma once

#include "Result.h"

#include <QString>

#include <memory>

class QLockFile;

namespace readiness {

/// The write lock of one assessment file, held for as long as it is open
/// read-write. Two locks: an OS lock (flock) on the database file itself,
/// which is per inode and so holds through hard links, symbolic links and
/// bind mounts, and is released by the kernel when its owner dies; and the
/// lock file beside it (QLockFile), which names the owner for the message.
/// A lock file whose owner is gone (proved by the OS lock) is taken over.
class AssessmentLock final
{
public:
    enum class Refusal { None, Busy, SecondName, Io };

    ~AssessmentLock();
    Q_DISABLE_COPY_MOVE(AssessmentLock)

    /// Locks @p canonicalPath (symbolic links resolved) for writing; the
    /// message names @p shownPath.
    static Result<std::unique_ptr<AssessmentLock>> acquire(const QString &canonicalPath, const QString &shownPath,
                                                           Refusal *refusal);

    /// What the user should know about how the lock was taken ("a lock left
    /// by process 123, which is no longer running, was taken over"); empty
    /// when nothing unusual happened.
    QString notice() const { return m_notice; }

private:
    AssessmentLock(int fd, std::unique_ptr<QLockFile> lockFile, QString notice);

    int m_fd;
    std::unique_ptr<QLockFile> m_lockFile;
    QString m_notice;
};

} // namespace readiness
