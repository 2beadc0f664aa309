#pragma once

#include "AssessmentFile.h"

#include <QSqlDatabase>

/// The checks an assessment file passes before anything may write to it,
/// all made without writing: the header read as plain bytes, the -wal
/// beside it, and the contents (quick_check, version, schema) on a
/// connection that cannot write. A file that fails one is refused exactly
/// as it was: SQLite's WAL recovery and checkpoint-on-close never run on it.
namespace readiness::AssessmentCheck {

/// The 100-byte SQLite header, read without SQLite: ours, and not too new.
Status header(const QString &path, const QString &shown, AssessmentFile::Failure *failure);

/// The -wal beside @p path, if any: an SQLite log with the database's page
/// size. A log from another file would be replayed into this one.
Status writeAheadLog(const QString &path, const QString &shown, AssessmentFile::Failure *failure);

/// quick_check, user_version and the schema against the migrations, on
/// @p db (which must not be able to write). An older format passes: a
/// read-write open migrates it, a read-only one reads it as it is.
Status contents(const QSqlDatabase &db, const QString &path, const QString &shown, AssessmentFile::Failure *failure);

/// contents() on a read-only connection of its own, opened and closed here:
/// the check before a read-write open. A pending rollback journal, which
/// only a writer can roll back, passes with @p pendingJournal set: the
/// read-write open finishes it (SQLite's recovery), then check contents().
Status beforeWriting(const QString &path, const QString &shown, AssessmentFile::Failure *failure, bool *pendingJournal);

/// Per-connection settings against planted schema objects: trusted_schema
/// off (read back, since a misspelt pragma is silently ignored).
Status distrustSchema(QSqlDatabase &db);

/// SQLite's URI for @p path with @p query ("mode=ro", "immutable=1").
QString uri(const QString &path, const QString &query);

} // namespace readiness::AssessmentCheck
