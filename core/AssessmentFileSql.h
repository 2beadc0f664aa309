#pragma once

// What every connection to an assessment file shares (AssessmentFile and
// writeOnOwnConnection): its statements, its transaction, its write gate.
// Internal to core.

#include "Result.h"

#include <QSqlDatabase>
#include <QString>
#include <QVariant>

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>

namespace readiness {

class AssessmentFile;

namespace filesql {

/// How long a connection waits for another connection's write lock.
inline constexpr int kBusyTimeoutMs = 5000;

/// A connection name no other connection of this process has.
QString nextConnectionName();
Status exec(QSqlDatabase &db, const QString &sql);
Result<QVariant> scalar(const QSqlDatabase &db, const QString &sql);
/// BEGIN IMMEDIATE, @p body, the commit counter, COMMIT; ROLLBACK on any
/// error. The messages name @p path.
Status transaction(QSqlDatabase &db, const QString &path, const std::function<Status()> &body);

/// Per open file: held by AssessmentFile::write() for its transaction and by
/// writeOnOwnConnection while it claims the file, so the two never run a
/// transaction at the same time (OwnConnectionWrite.h). Kept beside the
/// class, not in it, so that its header (included by most of the program)
/// stays as it is.
struct WriteGate
{
    std::mutex mutex;
    std::atomic_bool busy {false};

    static std::shared_ptr<WriteGate> of(const AssessmentFile *file);
    static void forget(const AssessmentFile *file);
};

} // namespace filesql
} // namespace readiness
