#pragma once

#include "Backups.h"

#include <optional>

/// Putting a backup back in place of its assessment file (docs/backups.md).
namespace readiness::backup {

struct RestoreOutcome
{
    /// The backup of the file as it was just before (reason
    /// "before-restore"); empty when the file was missing or damaged.
    std::optional<BackupInfo> safetyCopy;
    /// Where a damaged file was moved to (never deleted); empty otherwise.
    QString damagedAside;
};

/// Replaces @p assessmentPath by @p backupPath. The backup must pass
/// check(); the file must not be open by a writer (its lock). A healthy
/// file is first backed up itself ("before-restore"); a damaged one is
/// renamed aside with its -wal and -shm. The copy is written beside the
/// file under a temporary name and renamed over it while no connection
/// to it is open, so a reader sees either the old or the restored file.
Result<RestoreOutcome> restore(const QString &assessmentPath, const QString &backupPath, const BackupPolicy &policy);

} // namespace readiness::backup
