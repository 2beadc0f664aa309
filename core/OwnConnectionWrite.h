#pragma once

#include "Result.h"

#include <QSqlDatabase>

#include <functional>

namespace readiness {

class AssessmentFile;

/// Runs @p body in one BEGIN IMMEDIATE … COMMIT transaction on a second
/// connection to @p file, made on the calling thread: a worker storing a
/// large CRM audit run, so the thread that owns the file's own connection
/// (the GUI thread) is not held up for seconds. The OS lock
/// (AssessmentLock) is this process's, and WAL lets the owner keep reading
/// meanwhile. While it runs, AssessmentFile::write() is refused at once
/// ("busy", nothing changed) rather than waiting for SQLite's lock, so the
/// owner's thread never waits; it claims the file only between two of the
/// owner's transactions. @p file must outlive the call.
Status writeOnOwnConnection(AssessmentFile &file, const std::function<Status(QSqlDatabase &)> &body);

/// True while writeOnOwnConnection runs on @p file.
bool isBusyWriting(const AssessmentFile &file);

} // namespace readiness
