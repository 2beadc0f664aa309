#include "AssessmentFile.h"

#include "Migrations.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryFile>
#include <QThread>
#include <QUrl>
#include <QUuid>
#include <QtEndian>

using namespace Qt::StringLiterals;

namespace readiness {

namespace {

constexpr int kBusyTimeoutMs = 5000;
constexpr int kPageSize = 16384;
QAtomicInt g_connectionCounter;

QString nextConnectionName()
{
    return u"assessment-%1"_s.arg(g_connectionCounter.fetchAndAddRelaxed(1));
}

Error failed(AssessmentFile::Failure *out, AssessmentFile::Failure failure, QString message)
{
    if (out)
        *out = failure;
    return makeError(std::move(message));
}

/// What the 100-byte SQLite header says, read without opening SQLite (so
/// nothing can write to a file we are about to refuse).
struct Header
{
    bool isSqlite = false;
    quint32 applicationId = 0;
    quint32 userVersion = 0;
};

Result<Header> readHeader(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(file.errorString());
    const QByteArray bytes = file.read(100);
    Header h;
    h.isSqlite = bytes.size() == 100 && bytes.startsWith(QByteArrayLiteral("SQLite format 3\0"));
    if (h.isSqlite) {
        h.userVersion = qFromBigEndian<quint32>(bytes.constData() + 60);
        h.applicationId = qFromBigEndian<quint32>(bytes.constData() + 68);
    }
    return h;
}

bool hasWritePermission(const QFileInfo &fi)
{
    // As root, access(W_OK) ignores permission bits; respect the user's
    // intent expressed by chmod as well.
    // (WriteUser is the current user's effective access, so it is left out.)
    constexpr auto writeBits = QFileDevice::WriteOwner | QFileDevice::WriteGroup | QFileDevice::WriteOther;
    return fi.isWritable() && (fi.permissions() & writeBits);
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

QString nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace

QString sqlErrorText(const QSqlError &error)
{
    QString text = error.databaseText();
    if (text.isEmpty())
        text = error.driverText();
    return text.isEmpty() ? error.text() : text;
}

AssessmentFile::AssessmentFile(QString path, QString connection, Mode mode, std::unique_ptr<QLockFile> lock)
    : m_path(std::move(path))
    , m_connection(std::move(connection))
    , m_mode(mode)
    , m_lock(std::move(lock))
{ }

AssessmentFile::~AssessmentFile()
{
    if (m_checkpoint.joinable())
        m_checkpoint.join();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen()) {
            if (m_mode == Mode::ReadWrite) {
                QSqlQuery q(db);
                q.exec(u"PRAGMA optimize"_s);
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connection);
}

QSqlDatabase AssessmentFile::database() const
{
    return QSqlDatabase::database(m_connection, false);
}

void AssessmentFile::moveToThread(QThread *thread)
{
    if (QSqlDriver *driver = database().driver())
        driver->moveToThread(thread);
}

Status AssessmentFile::configureConnection()
{
    QSqlDatabase db = database();
    if (Status s = exec(db, u"PRAGMA foreign_keys = ON"_s); !s)
        return s;
    if (m_mode == Mode::ReadOnly)
        return success();
    auto journal = scalar(db, u"PRAGMA journal_mode = WAL"_s);
    if (!journal)
        return journal.error();
    if (journal->toString().compare("wal"_L1, Qt::CaseInsensitive) != 0)
        return makeError(u"cannot switch to WAL journal mode (got '%1')"_s.arg(journal->toString()));
    // FULL: in WAL mode NORMAL may lose the last commits on power loss.
    return exec(db, u"PRAGMA synchronous = FULL"_s);
}

Status AssessmentFile::write(const std::function<Status()> &body)
{
    if (m_mode == Mode::ReadOnly)
        return makeError(u"%1 is open read-only; nothing was changed"_s.arg(QDir::toNativeSeparators(m_path)));
    QSqlDatabase db = database();
    if (m_depth > 0) {
        // A write inside a write: a savepoint, so the inner part can fail
        // alone while the outer transaction decides.
        const QString name = u"nested%1"_s.arg(m_depth);
        if (Status s = exec(db, u"SAVEPOINT "_s + name); !s)
            return s;
        ++m_depth;
        Status result = body();
        --m_depth;
        if (!result)
            (void)exec(db, u"ROLLBACK TO "_s + name);
        (void)exec(db, u"RELEASE "_s + name);
        return result;
    }
    // IMMEDIATE takes the write lock up front, so a second writer waits
    // (busy timeout) rather than failing half-way.
    if (Status s = exec(db, u"BEGIN IMMEDIATE"_s); !s)
        return makeError(u"cannot start a change in %1: %2"_s.arg(QDir::toNativeSeparators(m_path), s.error().message));
    ++m_depth;
    Status result = body();
    --m_depth;
    if (result) {
        if (Status c = exec(db, u"COMMIT"_s); !c) {
            (void)exec(db, u"ROLLBACK"_s);
            return makeError(
                u"cannot save the change to %1: %2"_s.arg(QDir::toNativeSeparators(m_path), c.error().message));
        }
        return result;
    }
    (void)exec(db, u"ROLLBACK"_s);
    return result;
}

Status AssessmentFile::migrate()
{
    QSqlDatabase db = database();
    const auto &steps = migrations();
    Q_ASSERT(steps.size() == kSchemaVersion);
    auto current = scalar(db, u"PRAGMA user_version"_s);
    if (!current)
        return current.error();
    const int from = current->toInt();
    if (from >= kSchemaVersion)
        return success();
    return write([&]() -> Status {
        for (int v = from; v < kSchemaVersion; ++v)
            for (const QString &statement : steps.at(v))
                if (Status s = exec(db, statement); !s)
                    return makeError(u"migration to file format %1 failed: %2"_s.arg(v + 1).arg(s.error().message));
        if (from == 0) {
            QSqlQuery q(db);
            q.prepare(u"INSERT INTO meta (key, value) VALUES ('file_id', ?), ('created_at', ?)"_s);
            q.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
            q.addBindValue(nowText());
            if (!q.exec())
                return makeError(sqlErrorText(q.lastError()));
        }
        if (Status s = exec(db, u"PRAGMA application_id = %1"_s.arg(kApplicationId)); !s)
            return s;
        return exec(db, u"PRAGMA user_version = %1"_s.arg(kSchemaVersion));
    });
}

Result<std::unique_ptr<AssessmentFile>> AssessmentFile::create(const QString &path)
{
    const QString native = QDir::toNativeSeparators(path);
    if (QFileInfo::exists(path) || QFileInfo(path).isSymLink())
        return makeError(u"%1 already exists; choose another name (nothing was overwritten)"_s.arg(native));
    // SQLite and the lock own these names beside an assessment: a new file
    // called "x.gdpra-wal" would be taken as x.gdpra's log and reset.
    for (const auto suffix : {"-wal"_L1, "-shm"_L1, "-journal"_L1, ".lock"_L1, ".rmlock"_L1})
        if (path.endsWith(suffix))
            return makeError(u"cannot create %1: names ending in %2 are kept for the files SQLite and the lock "
                             "keep beside an assessment; choose another name"_s.arg(native, suffix));
    const QFileInfo target(path);
    if (!QFileInfo(target.absolutePath()).isDir())
        return makeError(u"cannot create %1: the folder %2 does not exist"_s.arg(
            native, QDir::toNativeSeparators(target.absolutePath())));

    // Build the file under a temporary name and move it into place only
    // when complete, so a failure never leaves a half-made assessment.
    QTemporaryFile temp(target.absolutePath() + u"/.%1.XXXXXX.creating"_s.arg(target.fileName()));
    temp.setAutoRemove(false);
    if (!temp.open())
        return makeError(u"cannot create %1: %2"_s.arg(native, temp.errorString()));
    const QString tempPath = temp.fileName();
    temp.close();
    auto cleanup = [&] {
        QFile::remove(tempPath);
        QFile::remove(tempPath + u"-wal"_s);
        QFile::remove(tempPath + u"-shm"_s);
    };
    {
        const QString connection = nextConnectionName();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
            db.setDatabaseName(tempPath);
            if (!db.open()) {
                const QString why = sqlErrorText(db.lastError());
                db = QSqlDatabase();
                QSqlDatabase::removeDatabase(connection);
                cleanup();
                return makeError(u"cannot create %1: %2"_s.arg(native, why));
            }
        }
        AssessmentFile file(tempPath, connection, Mode::ReadWrite, nullptr);
        // Larger pages than SQLite's 4 KiB default: evidence is stored in
        // 1 MiB chunks, and 16 KiB pages cut the write calls per chunk by
        // four at little cost to the small rows. Only settable before the
        // first write.
        Status s = [&] {
            QSqlDatabase db = file.database();
            return exec(db, u"PRAGMA page_size = %1"_s.arg(kPageSize));
        }();
        if (s)
            s = file.configureConnection();
        if (s)
            s = file.migrate();
        if (s) {
            QSqlDatabase db = file.database();
            s = exec(db, u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
        }
        if (!s) {
            cleanup();
            return makeError(u"cannot create %1: %2"_s.arg(native, s.error().message));
        }
    } // the connection closes here
    if (!QFile::rename(tempPath, path)) {
        cleanup();
        return makeError(u"cannot create %1: the name is taken or the folder is not writable"_s.arg(native));
    }
    QFile::remove(tempPath + u"-wal"_s);
    QFile::remove(tempPath + u"-shm"_s);
    return open(path);
}

Result<std::unique_ptr<AssessmentFile>> AssessmentFile::open(const QString &path, Mode mode, Failure *failure)
{
    if (failure)
        *failure = Failure::None;
    const QString native = QDir::toNativeSeparators(path);
    const QFileInfo fi(path);
    if (!fi.exists())
        return failed(failure, Failure::Missing, u"%1 does not exist"_s.arg(native));
    if (!fi.isFile())
        return failed(failure, Failure::NotAssessment, u"%1 is not a file"_s.arg(native));

    auto header = readHeader(path);
    if (!header)
        return failed(failure, Failure::Io, u"cannot read %1: %2"_s.arg(native, header.error().message));
    if (!header->isSqlite)
        return failed(failure, Failure::NotAssessment,
                      u"%1 is not a GDPR Readiness assessment file (it is not an SQLite database)"_s.arg(native));
    if (header->applicationId != kApplicationId || header->userVersion == 0)
        return failed(failure, Failure::NotAssessment,
                      u"%1 is an SQLite database but not a GDPR Readiness assessment file"_s.arg(native));
    if (header->userVersion > quint32(kSchemaVersion))
        return failed(failure, Failure::TooNew,
                      u"%1 was written by a newer version of GDPR Readiness (file format %2; this version reads "
                      "up to %3). Update the application to open it; the file was not changed."_s.arg(native)
                          .arg(header->userVersion)
                          .arg(kSchemaVersion));

    // WAL needs the -wal and -shm files beside the database, so the folder
    // must be writable too.
    const bool folderWritable = hasWritePermission(QFileInfo(fi.absolutePath()));
    const bool writable = hasWritePermission(fi) && folderWritable;
    if (mode == Mode::ReadWrite && !writable)
        return failed(failure, Failure::ReadOnly,
                      u"%1 is read-only (or its folder is); it can be opened read-only"_s.arg(native));

    std::unique_ptr<QLockFile> lock;
    if (mode == Mode::ReadWrite) {
        lock = std::make_unique<QLockFile>(fi.absoluteFilePath() + u".lock"_s);
        lock->setStaleLockTime(0); // stale only when the owning process is gone
        if (!lock->tryLock(0)) {
            qint64 pid = 0;
            QString host, app;
            if (lock->error() == QLockFile::LockFailedError && lock->getLockInfo(&pid, &host, &app))
                return failed(failure, Failure::Locked,
                              u"%1 is open in another GDPR Readiness window (process %2 on %3); close it there "
                              "first, or open this file read-only"_s.arg(native)
                                  .arg(pid)
                                  .arg(host));
            return failed(failure, Failure::Locked, u"%1 is locked by another program"_s.arg(native));
        }
    }

    const QString connection = nextConnectionName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
        QString options = u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(kBusyTimeoutMs);
        // In a folder we cannot write to (an installed demo, a read-only
        // share), SQLite cannot create the WAL's -shm file even to read.
        // With no WAL left beside the file, open it as immutable: nothing
        // can change it while we read, and nothing is written next to it.
        const bool immutable = mode == Mode::ReadOnly && !folderWritable
            && !QFileInfo::exists(fi.absoluteFilePath() + u"-wal"_s)
            && !QFileInfo::exists(fi.absoluteFilePath() + u"-shm"_s);
        if (immutable) {
            db.setDatabaseName(u"file:"_s + QString::fromLatin1(QUrl::toPercentEncoding(fi.absoluteFilePath(), "/"))
                               + u"?immutable=1"_s);
            options += u";QSQLITE_OPEN_URI"_s;
        } else {
            db.setDatabaseName(fi.absoluteFilePath());
        }
        if (mode == Mode::ReadOnly)
            options += u";QSQLITE_OPEN_READONLY"_s;
        db.setConnectOptions(options);
        if (!db.open()) {
            const QString why = sqlErrorText(db.lastError());
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(connection);
            return failed(failure, Failure::Io, u"cannot open %1: %2"_s.arg(native, why));
        }
    }
    std::unique_ptr<AssessmentFile> file(new AssessmentFile(fi.absoluteFilePath(), connection, mode, std::move(lock)));
    QSqlDatabase db = file->database();

    // quick_check before anything could write (O(N), but catches most
    // corruption without the cost of a full integrity_check).
    {
        QSqlQuery q(db);
        if (!q.exec(u"PRAGMA quick_check"_s))
            return failed(failure, Failure::Corrupt,
                          u"%1 is damaged and cannot be opened: %2. The file was not changed; restore it from a "
                          "backup."_s.arg(native, sqlErrorText(q.lastError())));
        QStringList problems;
        while (q.next())
            problems << q.value(0).toString();
        if (problems != QStringList {u"ok"_s})
            return failed(failure, Failure::Corrupt,
                          u"%1 is damaged and cannot be opened (%2). The file was not changed; restore it from "
                          "a backup."_s.arg(native, problems.mid(0, 3).join(u"; "_s)));
    }
    // The header may lag behind a WAL that was never checkpointed: ask SQLite.
    auto version = scalar(db, u"PRAGMA user_version"_s);
    if (!version)
        return failed(failure, Failure::Corrupt, u"%1 cannot be read: %2"_s.arg(native, version.error().message));
    if (version->toInt() > kSchemaVersion)
        return failed(failure, Failure::TooNew,
                      u"%1 was written by a newer version of GDPR Readiness (file format %2; this version reads "
                      "up to %3). Update the application to open it; the file was not changed."_s.arg(native)
                          .arg(version->toInt())
                          .arg(kSchemaVersion));
    if (version->toInt() < kSchemaVersion && mode == Mode::ReadOnly)
        return failed(failure, Failure::ReadOnly,
                      u"%1 uses an older file format that must be upgraded, which needs write access"_s.arg(native));

    if (Status s = file->configureConnection(); !s)
        return failed(failure, Failure::Io, u"cannot open %1: %2"_s.arg(native, s.error().message));
    if (Status s = file->migrate(); !s)
        return failed(failure, Failure::Io, u"cannot upgrade %1: %2"_s.arg(native, s.error().message));
    return file;
}

void AssessmentFile::checkpointInBackground()
{
    if (m_mode == Mode::ReadOnly)
        return;
    if (m_checkpoint.joinable())
        m_checkpoint.join();
    m_checkpoint = std::thread([path = m_path] {
        // A connection belongs to the thread that made it.
        const QString connection = nextConnectionName();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
            db.setDatabaseName(path);
            db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(kBusyTimeoutMs));
            if (db.open()) {
                // PASSIVE: never blocks the writer; whatever it cannot copy
                // now is copied by the next automatic checkpoint.
                QSqlQuery q(db);
                q.exec(u"PRAGMA wal_checkpoint(PASSIVE)"_s);
                q.finish();
                db.close();
            }
        }
        QSqlDatabase::removeDatabase(connection);
    });
}

Status AssessmentFile::backupTo(const QString &targetPath) const
{
    if (QFileInfo::exists(targetPath))
        return makeError(u"%1 already exists; nothing was overwritten"_s.arg(QDir::toNativeSeparators(targetPath)));
    QSqlDatabase db = database();
    QSqlQuery q(db);
    q.prepare(u"VACUUM INTO ?"_s);
    q.addBindValue(targetPath);
    if (!q.exec())
        return makeError(
            u"cannot back up to %1: %2"_s.arg(QDir::toNativeSeparators(targetPath), sqlErrorText(q.lastError())));
    return success();
}

} // namespace readiness
