#include "ReaderLog.h"

#include "AssessmentCheck.h"

#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <mutex>
#include <unordered_map>

using namespace Qt::StringLiterals;

namespace readiness::ReaderLog {

namespace {

std::mutex &mutex()
{
    static std::mutex m;
    return m;
}

std::unordered_map<const AssessmentFile *, QString> &files()
{
    static std::unordered_map<const AssessmentFile *, QString> f;
    return f;
}

} // namespace

void remember(const AssessmentFile *file, const QString &real)
{
    const std::lock_guard lock(mutex());
    files()[file] = real;
}

QString take(const AssessmentFile *file)
{
    const std::lock_guard lock(mutex());
    const auto it = files().find(file);
    if (it == files().end())
        return {};
    QString real = it->second;
    files().erase(it);
    return real;
}

void removeMadeByReading(const QString &real, const QString &connection)
{
    const QFileInfo log(real + u"-wal"_s);
    if (!log.exists() || log.size() != 0)
        return;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
        db.setDatabaseName(AssessmentCheck::uri(real, u"mode=rw"_s)); // never creates a file
        db.setConnectOptions(u"QSQLITE_OPEN_URI;QSQLITE_BUSY_TIMEOUT=0"_s);
        if (db.open()) {
            QSqlQuery q(db);
            q.exec(u"PRAGMA trusted_schema = OFF"_s);
            q.exec(u"SELECT count(*) FROM sqlite_master"_s); // joins the log, so that closing ends it
            q.finish();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
}

} // namespace readiness::ReaderLog
