#pragma once

#include "AssessmentFile.h"
#include "BackupPolicy.h"
#include "Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

/// Backups of an assessment file: a consistent copy made with SQLite's
/// VACUUM INTO (one read transaction: the committed state when it began,
/// whatever a writer does meanwhile), written under a temporary name,
/// checked on a read-only connection (integrity_check and the file checks),
/// then renamed into place, mode 0600, journal mode DELETE (a single
/// self-contained file: no -wal or -shm ever appears beside it). The folder
/// keeps the newest N; only files with the strict backup name are removed
/// (docs/backups.md).
namespace readiness::backup {

struct BackupInfo
{
    QString path;
    QDateTime time; // UTC
    QString reason;
    qint64 size = 0;
};

/// A backup of @p file on its own connection (the writer's, outside a
/// transaction). @p reason: "manual", "scheduled", "migration", ...
Result<BackupInfo> write(AssessmentFile &file, const QString &reason, const BackupPolicy &policy);

/// The same from a read-only connection of its own, opened and closed here:
/// usable from any thread while another connection or process writes (it
/// reads the last committed state of the write-ahead log).
Result<BackupInfo> writeFromPath(const QString &assessmentPath, const QString &reason, const BackupPolicy &policy);

/// The backup before a change the user cannot undo (a sign-off, a
/// questionnaire-version move), under the process-wide policy.
Status beforeChange(AssessmentFile &file, const QString &reason);

/// Makes every read-write open that migrates an older file back it up
/// first, at its old format (AssessmentFile::setBeforeMigration).
void installMigrationBackup();

/// The backups of @p assessmentPath in the policy's folder, newest first.
QList<BackupInfo> list(const QString &assessmentPath, const BackupPolicy &policy);

/// Removes all but the newest @p keep backups of @p assessmentPath from
/// @p folder; returns how many were removed.
int prune(const QString &folder, const QString &assessmentPath, int keep);

/// The checks a backup passes before it is listed as good or restored:
/// the header, integrity_check, the format and schema (AssessmentCheck),
/// rollback journal mode; all on a read-only connection.
Status check(const QString &backupPath);

/// The newest backup of @p assessmentPath that passes check(), if any.
std::optional<BackupInfo> newestGood(const QString &assessmentPath, const BackupPolicy &policy);

/// Whether an open that failed with @p failure found a damaged file (one
/// a backup may stand in for) rather than a busy, read-only or newer one.
bool isDamage(AssessmentFile::Failure failure);

/// How many answers the backup's newest assessment holds (for the list).
Result<int> answerCount(const QString &backupPath);

} // namespace readiness::backup
