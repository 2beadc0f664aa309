#include "QueryBudget.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QVariant>

#include <atomic>
#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace readiness {

namespace {
/// Messages for the user, in the language of the user interface.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(readiness::QueryBudget)
};

constexpr int kStepsPerCall = 10000;
std::atomic<qint64> g_defaultSteps {QueryBudget::kDefaultSteps};
} // namespace

void QueryBudget::setDefaultSteps(qint64 steps)
{
    g_defaultSteps = steps;
}

Status QueryBudget::install(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return makeError(Text::tr("cannot bound the queries of this connection (not SQLite)"));
    sqlite3 *connection = *static_cast<sqlite3 *const *>(handle.constData());
    if (!connection)
        return makeError(Text::tr("cannot bound the queries of a closed connection"));
    m_limit = std::max<qint64>(1, g_defaultSteps / kStepsPerCall);
    sqlite3_progress_handler(connection, kStepsPerCall, &QueryBudget::onProgress, this);
    // The budget restarts with each statement the application runs.
    if (sqlite3_trace_v2(connection, SQLITE_TRACE_STMT, &QueryBudget::onStatement, this) != SQLITE_OK)
        return makeError(Text::tr("cannot bound the queries of this connection"));
    return success();
}

int QueryBudget::onProgress(void *budget)
{
    auto *self = static_cast<QueryBudget *>(budget);
    return ++self->m_calls > self->m_limit ? 1 : 0; // non-zero interrupts the statement
}

int QueryBudget::onStatement(unsigned type, void *budget, void *, void *sql)
{
    // Statements inside a trigger report as "-- TRIGGER name": they share
    // the budget of the statement that fired them.
    const char *text = static_cast<const char *>(sql);
    if (type == SQLITE_TRACE_STMT && !(text && text[0] == '-' && text[1] == '-'))
        static_cast<QueryBudget *>(budget)->m_calls = 0;
    return 0;
}

} // namespace readiness
