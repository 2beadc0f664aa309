#include "AssessmentCheck.h"

#include "Migrations.h"
#include "QueryBudget.h"
#include "StorageError.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QtEndian>

#include <map>

using namespace Qt::StringLiterals;

namespace readiness::AssessmentCheck {

namespace {

/// Messages for the user, in the language of the user interface.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(readiness::AssessmentCheck)
};

constexpr int kBusyTimeoutMs = 5000;
constexpr int kSqliteReadOnly = 8; // SQLITE_READONLY, primary code
QAtomicInt g_probeCounter;

Error failed(AssessmentFile::Failure *out, AssessmentFile::Failure failure, QString message)
{
    if (out)
        *out = failure;
    return makeError(std::move(message));
}

/// The page size as the database header stores it (1 means 65536).
quint32 pageSizeField(quint16 field)
{
    return field == 1 ? 65536u : field;
}

bool hasLog(const QString &path)
{
    return QFileInfo(path + u"-wal"_s).size() > 0;
}

bool hasPendingJournal(const QString &path)
{
    return QFileInfo(path + u"-journal"_s).size() > 0;
}

struct SchemaObject
{
    QString type, name, table, sql;
    auto operator<=>(const SchemaObject &) const = default;
};

using Schema = QList<SchemaObject>;

Result<Schema> readSchema(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(u"SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name"_s))
        return makeError(sqlErrorText(q.lastError()));
    Schema schema;
    while (q.next())
        schema.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()});
    return schema;
}

/// What the migrations up to @p version create, read from a scratch
/// in-memory database (once per version).
Result<Schema> expectedSchema(int version)
{
    static QMutex mutex;
    static std::map<int, Schema> cache;
    QMutexLocker locker(&mutex);
    if (auto it = cache.find(version); it != cache.end())
        return it->second;
    const QString connection = u"schema-reference-%1"_s.arg(g_probeCounter.fetchAndAddRelaxed(1));
    Result<Schema> schema = makeError(Text::tr("cannot build the reference schema"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
        db.setDatabaseName(u":memory:"_s);
        if (db.open()) {
            QString problem;
            for (int v = 0; v < version && problem.isEmpty(); ++v)
                for (const QString &statement : migrations().at(v)) {
                    QSqlQuery q(db);
                    if (!q.exec(statement)) {
                        problem = sqlErrorText(q.lastError());
                        break;
                    }
                }
            schema = problem.isEmpty() ? readSchema(db) : Result<Schema>(makeError(problem));
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    if (schema)
        cache.emplace(version, *schema);
    return schema;
}

/// Tables SQLite itself makes (ANALYZE, PRAGMA optimize, AUTOINCREMENT).
bool isSqliteOwn(const SchemaObject &o)
{
    return o.type == "table"_L1
        && (o.name == "sqlite_stat1"_L1 || o.name == "sqlite_stat4"_L1 || o.name == "sqlite_sequence"_L1);
}

/// The header and SQLite itself may each tell of a newer format.
QString tooNew(const QString &native, quint32 version)
{
    return Text::tr("%1 was written by a newer version of GDPR Readiness (file format %2; this version reads "
                    "up to %3). Update the application to open it; the file was not changed.")
        .arg(native)
        .arg(version)
        .arg(AssessmentFile::kSchemaVersion);
}

QString damagedAdvice(const QString &path)
{
    return hasLog(path)
        ? Text::tr(
              " The file was not changed. A log file (%1-wal) lies beside it: if that came from another file (copied "
              "or restored separately), move it away and try again; otherwise restore the file from a backup.")
              .arg(QDir::toNativeSeparators(path))
        : Text::tr(" The file was not changed; restore it from a backup.");
}

/// The file id (meta.file_id) as @p db sees it; empty when unreadable.
QString fileId(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(u"SELECT value FROM meta WHERE key = 'file_id'"_s) || !q.next())
        return {};
    return q.value(0).toString();
}

/// The file id as the database file alone holds it, the -wal ignored
/// (SQLite's immutable mode does not read the log).
QString fileIdWithoutLog(const QString &path)
{
    const QString connection = u"assessment-id-%1"_s.arg(g_probeCounter.fetchAndAddRelaxed(1));
    QString id;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
        db.setDatabaseName(uri(path, u"immutable=1"_s));
        db.setConnectOptions(u"QSQLITE_OPEN_URI;QSQLITE_OPEN_READONLY"_s);
        if (db.open()) {
            id = fileId(db);
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return id;
}

} // namespace

QString uri(const QString &path, const QString &query)
{
    return u"file:"_s + QString::fromLatin1(QUrl::toPercentEncoding(path, "/")) + u'?' + query;
}

Status header(const QString &path, const QString &shown, AssessmentFile::Failure *failure)
{
    const QString native = QDir::toNativeSeparators(shown);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failed(failure, AssessmentFile::Failure::Io,
                      Text::tr("cannot read %1: %2").arg(native, file.errorString()));
    const QByteArray bytes = file.read(100);
    if (bytes.size() != 100 || !bytes.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return failed(
            failure, AssessmentFile::Failure::NotAssessment,
            Text::tr("%1 is not a GDPR Readiness assessment file (it is not an SQLite database)").arg(native));
    const quint32 userVersion = qFromBigEndian<quint32>(bytes.constData() + 60);
    const quint32 applicationId = qFromBigEndian<quint32>(bytes.constData() + 68);
    if (applicationId != AssessmentFile::kApplicationId || userVersion == 0)
        return failed(failure, AssessmentFile::Failure::NotAssessment,
                      Text::tr("%1 is an SQLite database but not a GDPR Readiness assessment file").arg(native));
    if (userVersion > quint32(AssessmentFile::kSchemaVersion))
        return failed(failure, AssessmentFile::Failure::TooNew, tooNew(native, userVersion));
    return success();
}

Status writeAheadLog(const QString &path, const QString &shown, AssessmentFile::Failure *failure)
{
    QFile log(path + u"-wal"_s);
    if (!log.exists() || log.size() < 32)
        return success(); // none, or a header SQLite never finished: it ignores and resets those
    QFile db(path);
    if (!log.open(QIODevice::ReadOnly) || !db.open(QIODevice::ReadOnly))
        return failed(
            failure, AssessmentFile::Failure::Io,
            Text::tr("cannot read %1 or its log: %2").arg(QDir::toNativeSeparators(shown), log.errorString()));
    const QByteArray walHeader = log.read(32);
    const QByteArray dbHeader = db.read(100);
    const quint32 magic = qFromBigEndian<quint32>(walHeader.constData());
    const quint32 logPageSize = qFromBigEndian<quint32>(walHeader.constData() + 8);
    const quint32 dbPageSize = pageSizeField(qFromBigEndian<quint16>(dbHeader.constData() + 16));
    const QString native = QDir::toNativeSeparators(shown);
    if (magic != 0x377f0682 && magic != 0x377f0683)
        return failed(failure, AssessmentFile::Failure::Corrupt,
                      Text::tr("%1 cannot be opened: the file beside it named %2-wal is not an SQLite log, and SQLite "
                               "would discard it. Move it away (or rename it) and try again; the file was not changed.")
                          .arg(native, native));
    if (logPageSize != dbPageSize)
        return failed(
            failure, AssessmentFile::Failure::Corrupt,
            Text::tr("%1 cannot be opened: its log %2-wal belongs to another database (page size %3, this file "
                     "has %4), and replaying it would damage the file. Move the log away and try again; the "
                     "file was not changed.")
                .arg(native, native)
                .arg(logPageSize)
                .arg(dbPageSize));
    return success();
}

Status contents(const QSqlDatabase &db, const QString &path, const QString &shown, AssessmentFile::Failure *failure)
{
    const QString native = QDir::toNativeSeparators(shown);
    // Every write rewrites the file id's page (AssessmentFile::write), so a
    // log from another assessment carries that one's id: it would mix the
    // other file's pages into this one, even where quick_check cannot tell.
    if (hasLog(path)) {
        const QString inFile = fileIdWithoutLog(path);
        const QString inLog = fileId(db);
        if (!inFile.isEmpty() && !inLog.isEmpty() && inFile != inLog)
            return failed(
                failure, AssessmentFile::Failure::Corrupt,
                Text::tr("%1 cannot be opened: the log beside it (%2-wal) belongs to another assessment file, and "
                         "replaying it would mix that file's pages into this one. Move the log away and try "
                         "again; the file was not changed.")
                    .arg(native, native));
    }
    // quick_check: O(N), but catches most corruption without the cost of a
    // full integrity_check.
    {
        QSqlQuery q(db);
        if (!q.exec(u"PRAGMA quick_check"_s)) {
            const QSqlError error = q.lastError();
            if (StorageError::isDiskFull(error))
                return failed(failure, AssessmentFile::Failure::DiskFull, StorageError::diskFullMessage(shown));
            bool ok = false;
            if ((error.nativeErrorCode().toInt(&ok) & 0xff) == kSqliteReadOnly && ok && hasPendingJournal(path))
                return failed(failure, AssessmentFile::Failure::PendingRecovery,
                              Text::tr("%1 has an unfinished change (%2-journal beside it) that only opening it for "
                                       "writing can finish. Open it once in GDPR Readiness (or with a command that "
                                       "changes it), then try again; the file was not changed.")
                                  .arg(native, native));
            return failed(failure, AssessmentFile::Failure::Corrupt,
                          Text::tr("%1 is damaged and cannot be opened: %2.").arg(native, sqlErrorText(error))
                              + damagedAdvice(path));
        }
        QStringList problems;
        while (q.next())
            problems << q.value(0).toString();
        if (problems != QStringList {u"ok"_s})
            return failed(
                failure, AssessmentFile::Failure::Corrupt,
                Text::tr("%1 is damaged and cannot be opened (%2).").arg(native, problems.mid(0, 3).join(u"; "_s))
                    + damagedAdvice(path));
    }
    // The header may lag behind a WAL that was never checkpointed: ask SQLite.
    int version = 0;
    {
        QSqlQuery q(db);
        if (!q.exec(u"PRAGMA user_version"_s) || !q.next())
            return failed(failure, AssessmentFile::Failure::Corrupt,
                          Text::tr("%1 cannot be read: %2").arg(native, sqlErrorText(q.lastError())));
        version = q.value(0).toInt();
    }
    if (version > AssessmentFile::kSchemaVersion)
        return failed(failure, AssessmentFile::Failure::TooNew, tooNew(native, version));
    if (version < 1)
        return failed(failure, AssessmentFile::Failure::NotAssessment,
                      Text::tr("%1 is an SQLite database but not a GDPR Readiness assessment file").arg(native));
    // An older file opened read-only is read as it is, without upgrading:
    // every later format only adds tables (AssessmentFile::schemaVersion
    // tells readers which exist), so a report of a file from an older
    // version, or a read-only share, still works and nothing is written.
    //
    // Triggers, views and tables the migrations do not make would run (or
    // be read) during the user's work: a received file could hide or undo
    // answers with them. Compare the whole schema, SQL text included.
    auto expected = expectedSchema(version);
    if (!expected)
        return failed(failure, AssessmentFile::Failure::Io,
                      Text::tr("cannot check %1: %2").arg(native, expected.error().message));
    auto actual = readSchema(db);
    if (!actual)
        return failed(failure, AssessmentFile::Failure::Corrupt,
                      Text::tr("%1 cannot be read: %2").arg(native, actual.error().message));
    QStringList foreign;
    for (const SchemaObject &o : *actual)
        if (!expected->contains(o) && !isSqliteOwn(o))
            foreign << u"%1 %2"_s.arg(o.type, o.name);
    for (const SchemaObject &o : *expected)
        if (!actual->contains(o) && !foreign.contains(u"%1 %2"_s.arg(o.type, o.name)))
            foreign << Text::tr("%1 %2 (missing or changed)").arg(o.type, o.name);
    if (!foreign.isEmpty())
        return failed(
            failure, AssessmentFile::Failure::ForeignSchema,
            Text::tr("%1 contains database objects GDPR Readiness does not make or has changed ones (%2). They "
                     "could run during your changes and alter or hide answers, so the file is not opened. The "
                     "file was not changed.")
                .arg(native, foreign.mid(0, 5).join(u", "_s)));
    return success();
}

Status beforeWriting(const QString &path, const QString &shown, AssessmentFile::Failure *failure, bool *pendingJournal)
{
    *pendingJournal = false;
    AssessmentFile::Failure why = AssessmentFile::Failure::None;
    const QString connection = u"assessment-check-%1"_s.arg(g_probeCounter.fetchAndAddRelaxed(1));
    Status result = success();
    {
        QueryBudget budget;
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
        // mode=ro: SQLite may read the -wal (into the -shm index) but never
        // writes the database or the log, and a read-only connection never
        // checkpoints when it closes.
        db.setDatabaseName(uri(path, u"mode=ro"_s));
        db.setConnectOptions(u"QSQLITE_OPEN_URI;QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=%1"_s.arg(kBusyTimeoutMs));
        if (!db.open()) {
            result = failed(
                &why, AssessmentFile::Failure::Io,
                Text::tr("cannot open %1: %2").arg(QDir::toNativeSeparators(shown), sqlErrorText(db.lastError())));
        } else {
            if (Status s = budget.install(db); !s)
                result = failed(&why, AssessmentFile::Failure::Io, s.error().message);
            else if (Status d = distrustSchema(db); !d)
                result = failed(&why, AssessmentFile::Failure::Io, d.error().message);
            else
                result = contents(db, path, shown, &why);
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    if (!result && why == AssessmentFile::Failure::PendingRecovery) {
        *pendingJournal = true;
        return success(); // the writer rolls the journal back, as SQLite is made to
    }
    if (failure)
        *failure = why;
    return result;
}

Status distrustSchema(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(u"PRAGMA trusted_schema = OFF"_s) || !q.exec(u"PRAGMA trusted_schema"_s) || !q.next()
        || q.value(0).toInt() != 0)
        return makeError(Text::tr("cannot switch off trusted_schema on %1").arg(db.databaseName()));
    return success();
}

} // namespace readiness::AssessmentCheck
