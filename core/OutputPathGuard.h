#pragma once

#include "Result.h"

#include <QString>
#include <QStringList>

/// Keeps a report, an export or a saved copy from being written over an open
/// assessment file or the files SQLite and the lock keep beside it.
namespace readiness::OutputPathGuard {

/// The names beside an assessment that belong to it: the file itself, its
/// -wal, -shm and -journal, the lock file and the lock's removal lock.
QStringList companions(const QString &assessmentPath);

/// Refuses @p output when writing it would replace or change @p assessmentPath
/// or one of its companions: the same name after resolving symbolic links,
/// the same file through a hard link, or the same folder reached another way
/// (a bind mount) and the same name. Nothing is written either way.
Status check(const QString &output, const QString &assessmentPath);

/// Refuses @p output when writing it would replace one of @p inputs (the
/// files a run reads: the same name after resolving links, the same file
/// through a hard link, the same folder reached another way).
Status checkNotInput(const QString &output, const QStringList &inputs);

} // namespace readiness::OutputPathGuard
