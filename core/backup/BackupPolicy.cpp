#include "BackupPolicy.h"

#include <QDir>
#include <QFileInfo>
#include <QMutex>

using namespace Qt::StringLiterals;

namespace readiness::backup {

namespace {
QMutex g_mutex;
BackupPolicy g_policy;
} // namespace

QString BackupPolicy::folderFor(const QString &assessmentPath) const
{
    if (!folder.isEmpty())
        return QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
    return QFileInfo(assessmentPath).absoluteFilePath() + u".backups"_s;
}

BackupPolicy defaultPolicy()
{
    QMutexLocker locker(&g_mutex);
    return g_policy;
}

void setDefaultPolicy(const BackupPolicy &policy)
{
    QMutexLocker locker(&g_mutex);
    g_policy = policy;
    g_policy.keep = qBound(1, policy.keep, BackupPolicy::kMaxKeep);
}

} // namespace readiness::backup
