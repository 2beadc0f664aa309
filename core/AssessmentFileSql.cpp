#include "AssessmentFileSql.h"

#include "AssessmentFile.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QSqlError>
#include <QSqlQuery>

#include <unordered_map>

using namespace Qt::StringLiterals;

namespace readiness::filesql {

namespace {

/// Messages for the user, in the language of the user interface.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(readiness::AssessmentFile)
};

QAtomicInt g_connectionCounter;

/// Each commit carries the page with the file's id (a counter beside it
/// changes; SQLite skips rewriting a page whose bytes stay the same), so a
/// -wal that lands beside another file is recognised (AssessmentCheck).
Status countCommit(QSqlDatabase &db)
{
    return exec(db,
                u"INSERT INTO meta (key, value) VALUES ('commits', '1') "
                "ON CONFLICT (key) DO UPDATE SET value = CAST(value AS INTEGER) + 1"_s);
}

std::mutex &registryMutex()
{
    static std::mutex m;
    return m;
}

std::unordered_map<const AssessmentFile *, std::shared_ptr<WriteGate>> &registry()
{
    static std::unordered_map<const AssessmentFile *, std::shared_ptr<WriteGate>> r;
    return r;
}

} // namespace

QString nextConnectionName()
{
    return u"assessment-%1"_s.arg(g_connectionCounter.fetchAndAddRelaxed(1));
}

Status exec(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        return makeError(sqlErrorText(q.lastError()));
    return success();
}

Result<QVariant> scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        return makeError(sqlErrorText(q.lastError()));
    return q.next() ? q.value(0) : QVariant();
}

/// BEGIN IMMEDIATE, @p body, the commit counter, COMMIT; ROLLBACK on any error.
Status transaction(QSqlDatabase &db, const QString &path, const std::function<Status()> &body)
{
    // IMMEDIATE takes the write lock up front, so a second writer waits
    // (busy timeout) rather than failing half-way.
    if (Status s = exec(db, u"BEGIN IMMEDIATE"_s); !s)
        return makeError(
            Text::tr("cannot start a change in %1: %2").arg(QDir::toNativeSeparators(path), s.error().message));
    Status result = body();
    if (result)
        result = countCommit(db);
    if (result) {
        if (Status c = exec(db, u"COMMIT"_s); !c) {
            (void)exec(db, u"ROLLBACK"_s);
            return makeError(
                Text::tr("cannot save the change to %1: %2").arg(QDir::toNativeSeparators(path), c.error().message));
        }
        return result;
    }
    (void)exec(db, u"ROLLBACK"_s);
    return result;
}

std::shared_ptr<WriteGate> WriteGate::of(const AssessmentFile *file)
{
    const std::lock_guard lock(registryMutex());
    std::shared_ptr<WriteGate> &gate = registry()[file];
    if (!gate)
        gate = std::make_shared<WriteGate>();
    return gate;
}

void WriteGate::forget(const AssessmentFile *file)
{
    const std::lock_guard lock(registryMutex());
    registry().erase(file);
}

} // namespace readiness::filesql
