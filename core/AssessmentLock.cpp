#include "AssessmentLock.h"

#include "StorageError.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLockFile>
#include <QScopeGuard>
#include <QSysInfo>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace readiness {

namespace {

/// Messages for the user, in the language of the user interface.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(readiness::AssessmentLock)
};

Error refused(AssessmentLock::Refusal *out, AssessmentLock::Refusal refusal, QString message)
{
    if (out)
        *out = refusal;
    return makeError(std::move(message));
}

/// Whether the process named in a lock file is gone for certain: it ran on
/// this machine and no such process exists now.
bool ownerIsGone(qint64 pid, const QString &host)
{
    if (pid <= 0 || host != QSysInfo::machineHostName())
        return false;
    return ::kill(pid_t(pid), 0) != 0 && errno == ESRCH;
}

QString openElsewhere(const QString &native, qint64 pid, const QString &host)
{
    return Text::tr(
               "%1 is open in another GDPR Readiness window (process %2 on %3); close it there first, or open this "
               "file read-only")
        .arg(native)
        .arg(pid)
        .arg(host);
}

} // namespace

AssessmentLock::AssessmentLock(int fd, std::unique_ptr<QLockFile> lockFile, QString notice)
    : m_fd(fd)
    , m_lockFile(std::move(lockFile))
    , m_notice(std::move(notice))
{ }

AssessmentLock::~AssessmentLock()
{
    // The lock file first: while it goes, the OS lock still keeps a second
    // writer out. Closing the descriptor releases the OS lock. (It also
    // drops this process's POSIX record locks on the file, so it must close
    // after SQLite's connection: AssessmentFile closes that first.)
    m_lockFile.reset();
    if (m_fd >= 0)
        ::close(m_fd);
}

Result<std::unique_ptr<AssessmentLock>> AssessmentLock::acquire(const QString &canonicalPath, const QString &shownPath,
                                                                Refusal *refusal)
{
    if (refusal)
        *refusal = Refusal::None;
    const QString native = QDir::toNativeSeparators(shownPath);
    const int fd = ::open(QFile::encodeName(canonicalPath).constData(), O_RDWR | O_CLOEXEC | O_NOCTTY);
    if (fd < 0)
        return refused(refusal, Refusal::Io,
                       Text::tr("cannot open %1: %2").arg(native, QString::fromLocal8Bit(strerror(errno))));
    auto closeFd = qScopeGuard([&] { ::close(fd); });

    // The OS lock, per inode: a second writer through any name waits here.
    bool osLocked = false;
    if (::flock(fd, LOCK_EX | LOCK_NB) == 0) {
        osLocked = true;
    } else if (errno == EWOULDBLOCK) {
        qint64 pid = 0;
        QString host, app;
        if (QLockFile(canonicalPath + u".lock"_s).getLockInfo(&pid, &host, &app))
            return refused(refusal, Refusal::Busy, openElsewhere(native, pid, host));
        return refused(refusal, Refusal::Busy,
                       Text::tr("%1 is open for writing in another GDPR Readiness window or program (possibly under "
                                "another name for the same file); close it there first, or open this file read-only")
                           .arg(native));
    } // other errors: a file system without flock; the lock file still guards

    // Two names for one file (hard links, as backup and snapshot tools
    // make) mean two write-ahead logs and two lock files: answers saved
    // under one name can vanish under the other.
    struct stat st
    {
    };
    if (::fstat(fd, &st) == 0 && st.st_nlink > 1)
        return refused(
            refusal, Refusal::SecondName,
            Text::tr("%1 has %2 names on this disk (hard links, as some backup and snapshot tools make). "
                     "SQLite keeps its log beside each name, so saving under two names can lose answers; it is "
                     "not opened for writing. Make an independent copy (for example: cp %1 copy.gdpra) and work "
                     "on the copy, or open this file read-only.")
                .arg(native)
                .arg(st.st_nlink));

    auto lockFile = std::make_unique<QLockFile>(canonicalPath + u".lock"_s);
    lockFile->setStaleLockTime(0); // stale only when the owning process is gone
    QString notice;
    // QLockFile silently replaces a lock whose process is gone: read the
    // owner first, so the user hears about it.
    qint64 previousPid = 0;
    QString previousHost, previousApp;
    const bool hadOwner = QLockFile(canonicalPath + u".lock"_s).getLockInfo(&previousPid, &previousHost, &previousApp);
    if (lockFile->tryLock(0) && hadOwner) {
        notice = Text::tr("%1: took over the lock left by process %2 on %3, which is no longer running")
                     .arg(native)
                     .arg(previousPid)
                     .arg(previousHost);
    } else if (!lockFile->isLocked()) {
        qint64 pid = 0;
        QString host, app;
        const bool named = lockFile->getLockInfo(&pid, &host, &app);
        const QLockFile::LockError error = lockFile->error();
        if (error != QLockFile::LockFailedError) {
            if (StorageError::deviceIsFull(canonicalPath))
                return refused(refusal, Refusal::Io, StorageError::diskFullMessage(shownPath));
            return refused(refusal, Refusal::Io,
                           Text::tr("cannot create the lock file %1.lock: %2")
                               .arg(native,
                                    error == QLockFile::PermissionError ? Text::tr("permission denied")
                                                                        : Text::tr("unknown error")));
        }
        // Holding the OS lock proves no writer of this program has the file:
        // an empty lock file (its owner died between creating and writing
        // it) or one whose owner is gone is left over, and is taken over.
        // One naming a live process elsewhere is respected.
        const bool leftOver = osLocked && (!named || ownerIsGone(pid, host));
        if (!leftOver) {
            if (named)
                return refused(refusal, Refusal::Busy, openElsewhere(native, pid, host));
            return refused(
                refusal, Refusal::Busy,
                Text::tr("%1 is locked by another program (%2.lock is in use); close it there first, or open "
                         "this file read-only")
                    .arg(native, native));
        }
        // QLockFile breaks a stale lock only through "<lock>.rmlock", which
        // an earlier crash may have left behind as well.
        QFile::remove(canonicalPath + u".lock.rmlock"_s);
        QFile::remove(canonicalPath + u".lock"_s);
        if (!lockFile->tryLock(0))
            return refused(
                refusal, Refusal::Busy,
                Text::tr("%1 is locked by another program and the lock could not be taken over").arg(native));
        notice = named
            ? Text::tr("%1: took over the lock left by process %2 on %3, which is no longer running")
                  .arg(native)
                  .arg(pid)
                  .arg(host)
            : Text::tr("%1: took over an empty lock file left by a program that stopped while opening it").arg(native);
    }
    closeFd.dismiss();
    return std::unique_ptr<AssessmentLock>(new AssessmentLock(fd, std::move(lockFile), notice));
}

} // namespace readiness
