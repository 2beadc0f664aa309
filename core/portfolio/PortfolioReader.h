#pragma once

#include "PortfolioEntry.h"
#include "QuestionnaireCache.h"

#include <QDate>

namespace readiness::portfolio {

/// Reads what the portfolio shows of one assessment file without changing
/// anything on disk: no write lock, no -wal, -shm or lock file created, no
/// migration (an older format is read as it is). The checks are those of
/// every open (AssessmentCheck); the reasons say why a file cannot be read.
/// One call uses one SQLite connection of its own, on the calling thread.
namespace PortfolioReader {

/// Fills @p entry (path and file fields set by the caller) from @p path;
/// questionnaires come from @p cache. A writer holding SQLite's lock is
/// waited for at most @p busyTimeoutMs.
void read(const QString &path, int busyTimeoutMs, QDate today, QuestionnaireCache &cache, PortfolioEntry &entry);

} // namespace PortfolioReader

} // namespace readiness::portfolio
