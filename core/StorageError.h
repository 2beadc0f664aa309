#pragma once

#include <QString>

class QSqlError;

/// Telling a full disk apart from damage: SQLite reports SQLITE_FULL, file
/// writes ENOSPC, and both used to reach the user as "damaged" or
/// "locked", advice that invites throwing away a healthy file.
namespace readiness::StorageError {

/// The one message for a full disk, naming @p path.
QString diskFullMessage(const QString &path);

/// "cannot write PATH: REASON", or the disk-full message when the disk of
/// @p path is full (QSaveFile then says "Unknown error" or "No space left").
QString writeFailed(const QString &path, const QString &reason);

/// Whether @p error is SQLite's SQLITE_FULL (any extended code).
bool isDiskFull(const QSqlError &error);

/// Whether the file system holding @p path has (next to) no space left for
/// this user: the likely cause when a plain file write fails unexplained.
bool deviceIsFull(const QString &path);

} // namespace readiness::StorageError
