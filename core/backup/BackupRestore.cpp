#include "BackupRestore.h"

#include "AssessmentFile.h"
#include "AssessmentLock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace readiness::backup {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(readiness::backup::BackupRestore)
};

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

/// "<dir>/<base>.damaged-<UTC stamp>.gdpra", and its companions the same.
Result<QString> moveAside(const QString &path)
{
    const QFileInfo fi(path);
    const QString aside = fi.absolutePath()
        + u"/%1.damaged-%2.%3"_s.arg(
            fi.completeBaseName(), QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd'T'HHmmsszzz'Z'"_s), fi.suffix());
    if (QFileInfo::exists(aside)
        || std::rename(QFile::encodeName(path).constData(), QFile::encodeName(aside).constData()) != 0)
        return makeError(Text::tr("cannot move the damaged %1 aside").arg(native(path)));
    for (const auto suffix : {"-wal"_L1, "-shm"_L1, "-journal"_L1})
        if (QFileInfo::exists(path + suffix))
            std::rename(QFile::encodeName(path + suffix).constData(), QFile::encodeName(aside + suffix).constData());
    return aside;
}

/// A copy of @p source beside @p target under a temporary name, flushed
/// to disk, with @p permissions; the temporary name is returned.
Result<QString> stageCopy(const QString &source, const QString &target, QFileDevice::Permissions permissions)
{
    QFile in(source);
    if (!in.open(QIODevice::ReadOnly))
        return makeError(Text::tr("cannot read %1: %2").arg(native(source), in.errorString()));
    QTemporaryFile out(QFileInfo(target).absolutePath() + u"/.%1.XXXXXX.restoring"_s.arg(QFileInfo(target).fileName()));
    out.setAutoRemove(false);
    if (!out.open())
        return makeError(Text::tr("cannot write beside %1: %2").arg(native(target), out.errorString()));
    const QString temp = out.fileName();
    bool ok = true;
    while (ok && !in.atEnd()) {
        const QByteArray block = in.read(1 << 20);
        ok = !block.isEmpty() && out.write(block) == block.size();
    }
    ok = ok && out.flush() && ::fsync(out.handle()) == 0;
    out.close();
    if (!ok) {
        QFile::remove(temp);
        return makeError(
            Text::tr("cannot write the restored copy beside %1 (is the disk full?); the file was not changed")
                .arg(native(target)));
    }
    QFile::setPermissions(temp, permissions);
    return temp;
}

} // namespace

Result<RestoreOutcome> restore(const QString &assessmentPath, const QString &backupPath, const BackupPolicy &policy)
{
    const QString path = QFileInfo(assessmentPath).absoluteFilePath();
    if (Status s = check(backupPath); !s)
        return makeError(Text::tr("%1 is not restored: the backup does not pass the checks (%2)")
                             .arg(native(path), s.error().message));
    RestoreOutcome outcome;
    bool damaged = false;
    QFileDevice::Permissions permissions = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    if (QFileInfo::exists(path)) {
        permissions = QFileInfo(path).permissions();
        AssessmentFile::Failure failure = AssessmentFile::Failure::None;
        auto current = AssessmentFile::open(path, AssessmentFile::Mode::ReadWrite, &failure);
        if (current) {
            auto copy = write(**current, u"before-restore"_s, policy);
            if (!copy)
                return makeError(Text::tr("%1 is not restored: %2").arg(native(path), copy.error().message));
            outcome.safetyCopy = *copy;
        } else if (isDamage(failure)) {
            damaged = true;
        } else {
            return makeError(Text::tr("%1 is not restored: %2").arg(native(path), current.error().message));
        }
    } // the file's connection is closed (and checkpointed) here

    // From here to the rename, the lock keeps any writer out.
    std::unique_ptr<AssessmentLock> lock;
    if (QFileInfo::exists(path)) {
        AssessmentLock::Refusal refusal = AssessmentLock::Refusal::None;
        auto locked = AssessmentLock::acquire(QFileInfo(path).canonicalFilePath(), path, &refusal);
        if (!locked)
            return makeError(Text::tr("%1 is not restored: %2").arg(native(path), locked.error().message));
        lock = std::move(locked).value();
        if (damaged) {
            auto aside = moveAside(path);
            if (!aside)
                return aside.error();
            outcome.damagedAside = *aside;
        } else if (QFileInfo(path + u"-wal"_s).size() > 0) {
            return makeError(
                Text::tr("%1 is not restored: its write-ahead log is still there (another program may have it "
                         "open); close it and try again")
                    .arg(native(path)));
        }
    }
    auto staged = stageCopy(backupPath, path, permissions);
    if (!staged)
        return staged.error();
    QFile::remove(path + u"-wal"_s);
    QFile::remove(path + u"-shm"_s);
    if (std::rename(QFile::encodeName(*staged).constData(), QFile::encodeName(path).constData()) != 0) {
        QFile::remove(*staged);
        return makeError(Text::tr("cannot put the backup in place of %1; the file was not changed").arg(native(path)));
    }
    return outcome;
}

} // namespace readiness::backup
