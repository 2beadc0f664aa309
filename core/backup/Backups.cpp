#include "Backups.h"

#include "AssessmentCheck.h"
#include "AssessmentFile.h"
#include "BackupName.h"
#include "OutputPathGuard.h"
#include "StorageError.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryFile>

#include <algorithm>
#include <functional>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace readiness::backup {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(readiness::backup::Backups)
};

QAtomicInt g_connectionCounter;

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

/// Runs @p body on a connection of its own to @p path, opened read-only
/// (or read-write for the one pragma a fresh copy may need), and removes
/// the connection afterwards.
Status withConnection(const QString &path, bool readOnly, const std::function<Status(QSqlDatabase &)> &body)
{
    const QString name = u"backup-%1"_s.arg(g_connectionCounter.fetchAndAddRelaxed(1));
    Status result = success();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        if (readOnly) {
            db.setDatabaseName(AssessmentCheck::uri(path, u"mode=ro"_s));
            db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI;QSQLITE_BUSY_TIMEOUT=5000"_s);
        } else {
            db.setDatabaseName(path);
        }
        if (!db.open())
            result = makeError(sqlErrorText(db.lastError()));
        else
            result = body(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

/// Bytes 18 and 19 of the header: 1 for a rollback journal, 2 for WAL.
Result<bool> usesWriteAheadLog(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(f.errorString());
    const QByteArray header = f.read(20);
    if (header.size() < 20)
        return makeError(Text::tr("the file is too short to be an assessment"));
    return header.at(18) == 2 || header.at(19) == 2;
}

Status syncFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadWrite))
        return makeError(f.errorString());
    if (::fsync(f.handle()) != 0)
        return makeError(Text::tr("cannot flush the copy to disk"));
    return success();
}

QString uniqueName(const QString &folder, const QString &assessmentPath, const QString &reason)
{
    BackupName name {QDateTime::currentDateTimeUtc(), reason};
    while (QFileInfo::exists(folder + u'/' + name.fileName(assessmentPath)))
        name.time = name.time.addMSecs(1);
    return name.fileName(assessmentPath);
}

Status prepareFolder(const QString &folder)
{
    if (QFileInfo(folder).isDir())
        return success();
    if (!QDir().mkpath(folder))
        return makeError(Text::tr("cannot create the backup folder %1").arg(native(folder)));
    // The backups hold what the assessment holds: for the user alone.
    QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return success();
}

/// The copy (made by @p copyInto into an empty temporary file beside its
/// final name), checked and renamed into place; on any failure the
/// temporary file is removed and the assessment was never written to.
Result<BackupInfo> writeWith(const QString &assessmentPath, const QString &reason, const BackupPolicy &policy,
                             const std::function<Status(const QString &temp)> &copyInto)
{
    const QString folder = policy.folderFor(assessmentPath);
    auto failed = [&](const QString &why) {
        const bool full = StorageError::deviceIsFull(folder) || why.contains(u"disk is full"_s);
        return makeError(
            full ? Text::tr("cannot back up %1: the disk holding %2 is full. The assessment is unaffected and the "
                            "unfinished copy was removed; free some space and try again")
                       .arg(native(assessmentPath), native(folder))
                 : Text::tr("cannot back up %1 to %2: %3").arg(native(assessmentPath), native(folder), why));
    };
    if (Status s = prepareFolder(folder); !s)
        return failed(s.error().message);
    const QString name = uniqueName(folder, assessmentPath, reason);
    const QString target = folder + u'/' + name;
    if (Status s = OutputPathGuard::check(target, assessmentPath); !s)
        return failed(s.error().message);
    // An empty file is a valid VACUUM INTO target; QTemporaryFile makes it 0600.
    QTemporaryFile temp(folder + u"/.%1.XXXXXX.partial"_s.arg(name));
    temp.setAutoRemove(false);
    if (!temp.open())
        return failed(temp.errorString());
    const QString tempPath = temp.fileName();
    temp.close();
    auto removeTemp = [&] {
        QFile::remove(tempPath);
        QFile::remove(tempPath + u"-journal"_s);
    };
    Status s = copyInto(tempPath);
    if (s) {
        // VACUUM INTO writes a rollback-journal file (SQLite 3.40); should a
        // later SQLite keep WAL, switch it, so no -wal appears beside a backup.
        auto wal = usesWriteAheadLog(tempPath);
        if (!wal)
            s = wal.error();
        else if (*wal)
            s = withConnection(tempPath, false, [](QSqlDatabase &db) -> Status {
                QSqlQuery q(db);
                if (!q.exec(u"PRAGMA journal_mode = DELETE"_s))
                    return makeError(sqlErrorText(q.lastError()));
                return success();
            });
    }
    if (s)
        s = check(tempPath);
    if (s)
        s = syncFile(tempPath);
    if (s && !QFile::rename(tempPath, target))
        s = makeError(Text::tr("cannot name the copy %1").arg(name));
    if (!s) {
        removeTemp();
        return failed(s.error().message);
    }
    BackupInfo info {target, BackupName::parse(name, assessmentPath)->time, BackupName::cleanReason(reason),
                     QFileInfo(target).size()};
    prune(folder, assessmentPath, policy.keep);
    return info;
}

Status vacuumInto(QSqlDatabase &db, const QString &temp)
{
    QSqlQuery q(db);
    q.prepare(u"VACUUM INTO ?"_s);
    q.addBindValue(temp);
    if (!q.exec())
        return makeError(sqlErrorText(q.lastError()));
    return success();
}

} // namespace

Result<BackupInfo> write(AssessmentFile &file, const QString &reason, const BackupPolicy &policy)
{
    return writeWith(file.path(), reason, policy, [&](const QString &temp) {
        QSqlDatabase db = file.database();
        return vacuumInto(db, temp);
    });
}

Result<BackupInfo> writeFromPath(const QString &assessmentPath, const QString &reason, const BackupPolicy &policy)
{
    const QString real = QFileInfo(assessmentPath).canonicalFilePath();
    if (real.isEmpty())
        return makeError(Text::tr("%1 does not exist").arg(native(assessmentPath)));
    return writeWith(QFileInfo(assessmentPath).absoluteFilePath(), reason, policy, [&](const QString &temp) {
        return withConnection(real, true, [&](QSqlDatabase &db) {
            if (Status s = AssessmentCheck::distrustSchema(db); !s)
                return s;
            return vacuumInto(db, temp);
        });
    });
}

Status beforeChange(AssessmentFile &file, const QString &reason)
{
    if (file.isReadOnly())
        return success();
    auto made = write(file, reason, defaultPolicy());
    if (!made)
        return makeError(Text::tr("%1; nothing was changed").arg(made.error().message));
    return success();
}

void installMigrationBackup()
{
    AssessmentFile::setBeforeMigration([](AssessmentFile &file, int fromVersion) -> Status {
        auto made = write(file, u"before-format-%1-upgrade"_s.arg(fromVersion + 1), defaultPolicy());
        if (!made)
            return made.error();
        return success();
    });
}

QList<BackupInfo> list(const QString &assessmentPath, const BackupPolicy &policy)
{
    const QString folder = policy.folderFor(assessmentPath);
    QList<BackupInfo> out;
    const QDir dir(folder);
    for (const QFileInfo &fi : dir.entryInfoList({u"*.gdpra"_s}, QDir::Files | QDir::NoSymLinks)) {
        if (auto name = BackupName::parse(fi.fileName(), assessmentPath))
            out.append({fi.absoluteFilePath(), name->time, name->reason, fi.size()});
    }
    std::sort(out.begin(), out.end(), [](const BackupInfo &a, const BackupInfo &b) { return a.time > b.time; });
    return out;
}

int prune(const QString &folder, const QString &assessmentPath, int keep)
{
    BackupPolicy policy;
    policy.folder = folder;
    const QList<BackupInfo> all = list(assessmentPath, policy);
    int removed = 0;
    for (qsizetype i = qMax(1, keep); i < all.size(); ++i)
        if (QFile::remove(all.at(i).path))
            ++removed;
    return removed;
}

Status check(const QString &backupPath)
{
    const QString shown = native(backupPath);
    AssessmentFile::Failure failure = AssessmentFile::Failure::None;
    if (Status s = AssessmentCheck::header(backupPath, backupPath, &failure); !s)
        return s;
    auto wal = usesWriteAheadLog(backupPath);
    if (!wal)
        return makeError(shown + u": "_s + wal.error().message);
    if (*wal)
        return makeError(Text::tr("%1 is not a self-contained backup (it is in write-ahead-log mode)").arg(shown));
    return withConnection(backupPath, true, [&](QSqlDatabase &db) -> Status {
        if (Status s = AssessmentCheck::distrustSchema(db); !s)
            return s;
        QSqlQuery q(db);
        if (!q.exec(u"PRAGMA integrity_check"_s))
            return makeError(Text::tr("%1 cannot be checked: %2").arg(shown, sqlErrorText(q.lastError())));
        QStringList problems;
        while (q.next())
            problems << q.value(0).toString();
        q.finish();
        if (problems != QStringList {u"ok"_s})
            return makeError(Text::tr("%1 is damaged: %2").arg(shown, problems.mid(0, 3).join(u"; "_s)));
        return AssessmentCheck::contents(db, backupPath, backupPath, &failure);
    });
}

std::optional<BackupInfo> newestGood(const QString &assessmentPath, const BackupPolicy &policy)
{
    for (const BackupInfo &info : list(assessmentPath, policy))
        if (check(info.path))
            return info;
    return std::nullopt;
}

bool isDamage(AssessmentFile::Failure failure)
{
    using F = AssessmentFile::Failure;
    return failure == F::Corrupt || failure == F::NotAssessment || failure == F::ForeignSchema
        || failure == F::PendingRecovery;
}

Result<int> answerCount(const QString &backupPath)
{
    int count = -1;
    Status s = withConnection(backupPath, true, [&](QSqlDatabase &db) -> Status {
        QSqlQuery q(db);
        if (!q.exec(u"SELECT COUNT(*) FROM answer WHERE assessment_id = (SELECT MAX(id) FROM assessment)"
                    " AND value <> ''"_s)
            || !q.next())
            return makeError(sqlErrorText(q.lastError()));
        count = q.value(0).toInt();
        return success();
    });
    if (!s)
        return s.error();
    return count;
}

} // namespace readiness::backup
