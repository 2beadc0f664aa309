#include "StorageError.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>

#include <sys/statvfs.h>

using namespace Qt::StringLiterals;

namespace readiness::StorageError {

namespace {
/// Messages for the user, in the language of the user interface.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(readiness::StorageError)
};

constexpr int kSqliteFull = 13; // SQLITE_FULL
constexpr unsigned long long kNearlyFull = 64 * 1024;
} // namespace

QString diskFullMessage(const QString &path)
{
    return Text::tr("%1: the disk is full; nothing was lost. Free some space and try again.")
        .arg(QDir::toNativeSeparators(path));
}

QString writeFailed(const QString &path, const QString &reason)
{
    if (deviceIsFull(path))
        return diskFullMessage(path);
    return Text::tr("cannot write %1: %2").arg(QDir::toNativeSeparators(path), reason);
}

bool isDiskFull(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok && (code & 0xff) == kSqliteFull;
}

bool deviceIsFull(const QString &path)
{
    const QFileInfo fi(path);
    const QString where = fi.isDir() ? fi.absoluteFilePath() : fi.absolutePath();
    struct statvfs vfs
    {
    };
    if (::statvfs(QFile::encodeName(where).constData(), &vfs) != 0)
        return false;
    return static_cast<unsigned long long>(vfs.f_bavail) * vfs.f_frsize < kNearlyFull;
}

} // namespace readiness::StorageError
