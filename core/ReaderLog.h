#pragma once

#include <QString>

namespace readiness {

class AssessmentFile;

/// The -wal and -shm that reading an assessment leaves behind
/// (AssessmentFile::open(ReadOnly) in a writable folder). A read-only SQLite
/// connection cannot checkpoint, so SQLite leaves the -wal and -shm it had
/// to create (the log empty), and the last of several readers leaves those
/// it shared. AssessmentFile remembers which of its files read that way and
/// removes the leftovers after closing.
namespace ReaderLog {

/// Remembers that @p file (open read-only) made or joined a log beside
/// @p real.
void remember(const AssessmentFile *file, const QString &real);
/// The path remembered for @p file, forgotten now; empty when none.
QString take(const AssessmentFile *file);

/// SQLite removes the log when the last connection that can write closes:
/// one such connection (named @p connection), opened and closed at once,
/// does it under SQLite's own locks, so nothing is removed while any other
/// connection (a writer or a reader, in this process or another) has the
/// file open. It writes nothing to the file: an empty log has nothing to
/// copy back, and a log that is not empty (a writer came and is still
/// there) is left alone. The caller checks that the file may be written.
void removeMadeByReading(const QString &real, const QString &connection);

} // namespace ReaderLog

} // namespace readiness
