#include "AssessmentFile.h"

#include "AssessmentCheck.h"
#include "AssessmentFileSql.h"
#include "AssessmentLock.h"
#include "AssessmentName.h"
#include "ChangeLogChain.h"
#include "Migrations.h"
#include "OutputPathGuard.h"
#include "QueryBudget.h"
#include "ReaderLog.h"
#include "StorageError.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryFile>
#include <QThread>
#include <QUuid>

#include <atomic>
#include <memory>
#include <mutex>

using namespace Qt::StringLiterals;

namespace readiness {

using filesql::exec;
using filesql::kBusyTimeoutMs;
using filesql::nextConnectionName;
using filesql::scalar;
using filesql::transaction;
using filesql::WriteGate;

namespace {

/// Messages for the user, in the language of the user interface.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(readiness::AssessmentFile)
};

constexpr int kPageSize = 16384;
QMutex g_hookMutex;
AssessmentFile::MigrationHook g_beforeMigration;

Error failed(AssessmentFile::Failure *out, AssessmentFile::Failure failure, QString message)
{
    if (out)
        *out = failure;
    return makeError(std::move(message));
}

bool hasWritePermission(const QFileInfo &fi)
{
    // As root, access(W_OK) ignores permission bits; respect the user's
    // intent expressed by chmod as well.
    // (WriteUser is the current user's effective access, so it is left out.)
    constexpr auto writeBits = QFileDevice::WriteOwner | QFileDevice::WriteGroup | QFileDevice::WriteOther;
    return fi.isWritable() && (fi.permissions() & writeBits);
}

QString nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace

QString sqlErrorText(const QSqlError &error)
{
    constexpr int kSqliteInterrupt = 9; // SQLITE_INTERRUPT: stopped by QueryBudget
    if (StorageError::isDiskFull(error))
        return Text::tr("the disk is full; nothing was lost. Free some space and try again");
    if (error.nativeErrorCode() == QString::number(kSqliteInterrupt))
        return Text::tr("a query ran far too long and was stopped (the file may be crafted to hang the program)");
    QString text = error.databaseText();
    if (text.isEmpty())
        text = error.driverText();
    return text.isEmpty() ? error.text() : text;
}

AssessmentFile::AssessmentFile(QString path, QString connection, Mode mode, std::unique_ptr<AssessmentLock> lock)
    : m_path(std::move(path))
    , m_connection(std::move(connection))
    , m_mode(mode)
    , m_lock(std::move(lock))
    , m_budget(std::make_unique<QueryBudget>())
{
    if (m_lock && !m_lock->notice().isEmpty())
        m_notices << m_lock->notice();
}

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
    if (const QString real = ReaderLog::take(this); !real.isEmpty() && hasWritePermission(QFileInfo(real)))
        ReaderLog::removeMadeByReading(real, nextConnectionName());
    WriteGate::forget(this);
    // Only now the OS lock's descriptor may close (AssessmentLock).
    m_lock.reset();
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
    if (Status s = m_budget->install(db); !s)
        return s;
    if (Status s = AssessmentCheck::distrustSchema(db); !s)
        return s;
    if (Status s = exec(db, u"PRAGMA foreign_keys = ON"_s); !s)
        return s;
    if (m_mode == Mode::ReadOnly)
        return success();
    auto journal = scalar(db, u"PRAGMA journal_mode = WAL"_s);
    if (!journal)
        return journal.error();
    if (journal->toString().compare("wal"_L1, Qt::CaseInsensitive) != 0)
        return makeError(Text::tr("cannot switch to WAL journal mode (got '%1')").arg(journal->toString()));
    // FULL: in WAL mode NORMAL may lose the last commits on power loss.
    return exec(db, u"PRAGMA synchronous = FULL"_s);
}

Status AssessmentFile::write(const std::function<Status()> &body)
{
    if (m_mode == Mode::ReadOnly)
        return makeError(Text::tr("%1 is open read-only; nothing was changed").arg(QDir::toNativeSeparators(m_path)));
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
    // The gate for the whole transaction: a writer on a second connection
    // claims the file only between two of ours, and while it holds the
    // file we refuse at once instead of waiting for SQLite's lock.
    const std::shared_ptr<WriteGate> gate = WriteGate::of(this);
    const std::lock_guard lock(gate->mutex);
    if (gate->busy.load())
        return makeError(Text::tr("%1 is busy storing a data-audit run; nothing was changed: try again in a moment")
                             .arg(QDir::toNativeSeparators(m_path)));
    ++m_depth;
    Status result = transaction(db, m_path, body);
    --m_depth;
    return result;
}

namespace {
/// Chains the entries written before the chain existed, after an entry that
/// says so: the chain cannot vouch for what happened to them before now.
Status startChain(QSqlDatabase &db, const QString &now)
{
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO change_log (at, actor, action, entity, entity_key, detail)"
              " SELECT ?, 'gdpr-readiness', 'start-chain', 'change_log', COALESCE(MAX(id), 0), ? FROM change_log"_s);
    q.addBindValue(now);
    q.addBindValue(u"{\"note\":\"the entries before this one were written before the change log was hash-chained; "
                   "they were chained when the file was migrated, so the chain shows only that they have not changed "
                   "since then\"}"_s);
    if (!q.exec())
        return makeError(sqlErrorText(q.lastError()));
    return ChangeLogChain::linkPending(db);
}
} // namespace

Status AssessmentFile::migrate()
{
    QSqlDatabase db = database();
    const auto &steps = migrations();
    Q_ASSERT(steps.size() == kSchemaVersion);
    auto current = scalar(db, u"PRAGMA user_version"_s);
    if (!current)
        return current.error();
    const int from = current->toInt();
    m_schemaVersion = from;
    // Read-only: an older format is read as it is (AssessmentCheck::contents).
    if (from >= kSchemaVersion || m_mode == Mode::ReadOnly)
        return success();
    if (from > 0) {
        const MigrationHook hook = [] {
            QMutexLocker locker(&g_hookMutex);
            return g_beforeMigration;
        }();
        if (hook)
            if (Status s = hook(*this, from); !s)
                return makeError(
                    Text::tr("no backup could be made before the upgrade, so the file was left at format %1: %2")
                        .arg(from)
                        .arg(s.error().message));
    }
    Status migrated = write([&]() -> Status {
        for (int v = from; v < kSchemaVersion; ++v)
            for (const QString &statement : steps.at(v))
                if (Status s = exec(db, statement); !s)
                    return makeError(
                        Text::tr("migration to file format %1 failed: %2").arg(v + 1).arg(s.error().message));
        if (from == 0) {
            QSqlQuery q(db);
            q.prepare(u"INSERT INTO meta (key, value) VALUES ('file_id', ?), ('created_at', ?)"_s);
            q.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
            q.addBindValue(nowText());
            if (!q.exec())
                return makeError(sqlErrorText(q.lastError()));
        }
        if (from < kChainedLogFormat && from > 0)
            if (Status s = startChain(db, nowText()); !s)
                return makeError(
                    Text::tr("migration to file format %1 failed: %2").arg(kChainedLogFormat).arg(s.error().message));
        if (Status s = exec(db, u"PRAGMA application_id = %1"_s.arg(kApplicationId)); !s)
            return s;
        return exec(db, u"PRAGMA user_version = %1"_s.arg(kSchemaVersion));
    });
    if (migrated)
        m_schemaVersion = kSchemaVersion;
    return migrated;
}

Result<std::unique_ptr<AssessmentFile>>
AssessmentFile::create(const QString &path, const std::function<Status(AssessmentFile &)> &initialise)
{
    if (Status s = AssessmentName::check(path); !s)
        return s.error();
    const QString native = QDir::toNativeSeparators(path);
    if (QFileInfo::exists(path) || QFileInfo(path).isSymLink())
        return makeError(Text::tr("%1 already exists; choose another name (nothing was overwritten)").arg(native));
    // SQLite and the lock own these names beside an assessment: a new file
    // called "x.gdpra-wal" would be taken as x.gdpra's log and reset.
    for (const auto suffix : {"-wal"_L1, "-shm"_L1, "-journal"_L1, ".lock"_L1, ".rmlock"_L1})
        if (path.endsWith(suffix))
            return makeError(Text::tr("cannot create %1: names ending in %2 are kept for the files SQLite and the lock "
                                      "keep beside an assessment; choose another name")
                                 .arg(native, suffix));
    const QFileInfo target(path);
    if (!QFileInfo(target.absolutePath()).isDir())
        return makeError(Text::tr("cannot create %1: the folder %2 does not exist")
                             .arg(native, QDir::toNativeSeparators(target.absolutePath())));

    // Build the file under a temporary name and move it into place only
    // when complete, so a failure never leaves a half-made assessment.
    QTemporaryFile temp(target.absolutePath() + u"/.%1.XXXXXX.creating"_s.arg(target.fileName()));
    temp.setAutoRemove(false);
    if (!temp.open())
        return makeError(Text::tr("cannot create %1: %2").arg(native, temp.errorString()));
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
                return makeError(Text::tr("cannot create %1: %2").arg(native, why));
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
        if (s && initialise)
            s = initialise(file);
        if (s) {
            QSqlDatabase db = file.database();
            s = exec(db, u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
        }
        if (!s) {
            cleanup();
            return makeError(Text::tr("cannot create %1: %2").arg(native, s.error().message));
        }
    } // the connection closes here
    if (!QFile::rename(tempPath, path)) {
        cleanup();
        return makeError(Text::tr("cannot create %1: the name is taken or the folder is not writable").arg(native));
    }
    QFile::remove(tempPath + u"-wal"_s);
    QFile::remove(tempPath + u"-shm"_s);
    return open(path);
}

Result<std::unique_ptr<AssessmentFile>> AssessmentFile::open(const QString &path, Mode mode, Failure *failure)
{
    if (failure)
        *failure = Failure::None;
    if (Status s = AssessmentName::check(path); !s)
        return failed(failure, Failure::Io, s.error().message);
    const QString native = QDir::toNativeSeparators(path);
    const QFileInfo fi(path);
    if (!fi.exists())
        return failed(failure, Failure::Missing, Text::tr("%1 does not exist").arg(native));
    if (!fi.isFile())
        return failed(failure, Failure::NotAssessment, Text::tr("%1 is not a file").arg(native));

    // Symbolic links resolved: SQLite names the -wal and -shm after the
    // real file, and so must the lock file.
    const QString real = fi.canonicalFilePath();
    if (Status s = AssessmentCheck::header(real, path, failure); !s)
        return s.error();

    // WAL needs the -wal and -shm files beside the database, so the folder
    // must be writable too.
    const bool folderWritable = hasWritePermission(QFileInfo(QFileInfo(real).absolutePath()));
    const bool writable = hasWritePermission(QFileInfo(real)) && folderWritable;
    if (mode == Mode::ReadWrite && !writable)
        return failed(failure, Failure::ReadOnly,
                      Text::tr("%1 is read-only (or its folder is); it can be opened read-only").arg(native));

    std::unique_ptr<AssessmentLock> lock;
    bool pendingJournal = false;
    if (mode == Mode::ReadWrite) {
        AssessmentLock::Refusal refusal = AssessmentLock::Refusal::None;
        auto locked = AssessmentLock::acquire(real, path, &refusal);
        if (!locked) {
            const Failure why = refusal == AssessmentLock::Refusal::Busy ? Failure::Locked
                : refusal == AssessmentLock::Refusal::SecondName         ? Failure::SecondName
                : StorageError::deviceIsFull(real)                       ? Failure::DiskFull
                                                                         : Failure::Io;
            return failed(failure, why, locked.error().message);
        }
        lock = std::move(locked).value();
        // Every check before the first read-write connection: opening one
        // replays a -wal into the file and checkpoints it on close, so a
        // file refused after that would already have been changed.
        if (Status s = AssessmentCheck::writeAheadLog(real, path, failure); !s)
            return s.error();
        if (Status s = AssessmentCheck::beforeWriting(real, path, failure, &pendingJournal); !s)
            return s.error();
    }

    const QString connection = nextConnectionName();
    bool logMadeByReading = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
        QString options = u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(kBusyTimeoutMs);
        // In a folder we cannot write to (an installed demo, a read-only
        // share), SQLite cannot create the WAL's -shm file even to read.
        // With no WAL left beside the file, open it as immutable: nothing
        // can change it while we read, and nothing is written next to it.
        const bool immutable = mode == Mode::ReadOnly && !folderWritable && !QFileInfo::exists(real + u"-wal"_s)
            && !QFileInfo::exists(real + u"-shm"_s);
        // Otherwise a reader makes an empty -wal and -shm where there were
        // none (or shares those of another reader); they are removed after
        // closing when no one else uses them (ReaderLog::removeMadeByReading).
        logMadeByReading = mode == Mode::ReadOnly && !immutable;
        if (immutable) {
            db.setDatabaseName(AssessmentCheck::uri(real, u"immutable=1"_s));
            options += u";QSQLITE_OPEN_URI"_s;
        } else if (mode == Mode::ReadOnly) {
            db.setDatabaseName(AssessmentCheck::uri(real, u"mode=ro"_s));
            options += u";QSQLITE_OPEN_URI"_s;
        } else {
            db.setDatabaseName(real);
        }
        if (mode == Mode::ReadOnly)
            options += u";QSQLITE_OPEN_READONLY"_s;
        db.setConnectOptions(options);
        if (!db.open()) {
            const QString why = sqlErrorText(db.lastError());
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(connection);
            return failed(failure, Failure::Io, Text::tr("cannot open %1: %2").arg(native, why));
        }
    }
    std::unique_ptr<AssessmentFile> file(new AssessmentFile(fi.absoluteFilePath(), connection, mode, std::move(lock)));
    if (Status s = file->configureConnection(); !s) {
        const bool full = StorageError::deviceIsFull(real);
        return failed(failure, full ? Failure::DiskFull : Failure::Io,
                      full ? StorageError::diskFullMessage(path)
                           : Text::tr("cannot open %1: %2").arg(native, s.error().message));
    }
    // A read-only connection cannot write: the checks run on it directly;
    // so they do after the writer has rolled back a pending journal.
    if (mode == Mode::ReadOnly || pendingJournal)
        if (Status s = AssessmentCheck::contents(file->database(), real, path, failure); !s)
            return s.error();
    if (Status s = file->migrate(); !s)
        return failed(failure, Failure::Io, Text::tr("cannot upgrade %1: %2").arg(native, s.error().message));
    // Only for a file that passed every check: a refused one is never
    // opened by a connection that could write. A log that was there before
    // is no exception: only an empty one, and only when no one uses it.
    if (logMadeByReading)
        ReaderLog::remember(file.get(), real);
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

void AssessmentFile::setBeforeMigration(MigrationHook hook)
{
    QMutexLocker locker(&g_hookMutex);
    g_beforeMigration = std::move(hook);
}

Status AssessmentFile::backupTo(const QString &targetPath) const
{
    if (QFileInfo::exists(targetPath))
        return makeError(
            Text::tr("%1 already exists; nothing was overwritten").arg(QDir::toNativeSeparators(targetPath)));
    if (Status s = OutputPathGuard::check(targetPath, m_path); !s)
        return s;
    QSqlDatabase db = database();
    QSqlQuery q(db);
    q.prepare(u"VACUUM INTO ?"_s);
    q.addBindValue(targetPath);
    if (!q.exec())
        return makeError(Text::tr("cannot back up to %1: %2")
                             .arg(QDir::toNativeSeparators(targetPath), sqlErrorText(q.lastError())));
    return success();
}

} // namespace readiness
