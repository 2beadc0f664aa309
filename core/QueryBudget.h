#pragma once

#include "Result.h"

#include <QSqlDatabase>

namespace readiness {

/// A bound on the work of any one SQL statement on a connection, so a
/// crafted file (a recursive view, a runaway trigger) cannot hang a command:
/// SQLite's progress handler interrupts a statement once it has run more
/// virtual-machine steps than the budget. Installed on every assessment
/// connection; it must outlive the connection's last statement.
class QueryBudget final
{
public:
    /// About ten seconds of a fast machine's SQLite; the heaviest statement
    /// of the application (a VACUUM INTO of a large file) needs far less.
    static constexpr qint64 kDefaultSteps = 1'000'000'000;

    QueryBudget() = default;
    Q_DISABLE_COPY_MOVE(QueryBudget)

    /// Starts bounding every statement on @p db.
    Status install(const QSqlDatabase &db);

    /// Tests: a smaller bound for connections installed from now on.
    static void setDefaultSteps(qint64 steps);

private:
    static int onProgress(void *budget);
    static int onStatement(unsigned type, void *budget, void *statement, void *sql);

    qint64 m_limit = 0; // in progress-handler calls
    qint64 m_calls = 0;
};

} // namespace readiness
