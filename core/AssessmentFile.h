#pragma once

#include "Result.h"

#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>
#include <thread>

class QThread;

namespace readiness {

class AssessmentLock;
class QueryBudget;

/// One engagement's SQLite file (the SQLite "application file format"):
/// opening, checking, migrating, locking and the write transaction. Opening
/// a file that is not ours, corrupt, newer, locked or read-only fails with a
/// clear message and leaves the file byte-for-byte untouched.
class AssessmentFile final
{
public:
    static constexpr quint32 kApplicationId = 0x47445052; // "GDPR"
    static constexpr int kSchemaVersion = 5;
    static constexpr auto kExtension = "gdpra";

    enum class Mode { ReadWrite, ReadOnly };

    /// What went wrong on open, for callers that react differently (the GUI
    /// offers to open a read-only file read-only).
    enum class Failure {
        None,
        Missing,
        NotAssessment,
        Corrupt,
        TooNew,
        Locked,
        ReadOnly,
        Io,
        SecondName, ///< more than one hard link: refused for writing, readable
        ForeignSchema, ///< triggers, views or tables the application does not make
        DiskFull,
        PendingRecovery, ///< a rollback journal only a writer can finish
    };

    ~AssessmentFile();
    Q_DISABLE_COPY_MOVE(AssessmentFile)

    /// Creates a new assessment file; never overwrites an existing one. The
    /// file is built under a temporary name in the same folder, filled by
    /// @p initialise, and renamed into place only when complete: a failure
    /// (a full disk, say) leaves nothing at @p path.
    static Result<std::unique_ptr<AssessmentFile>>
    create(const QString &path, const std::function<Status(AssessmentFile &)> &initialise = {});
    static Result<std::unique_ptr<AssessmentFile>> open(const QString &path, Mode mode = Mode::ReadWrite,
                                                        Failure *failure = nullptr);

    QString path() const { return m_path; }
    /// What the user should be told about the open, such as a lock taken
    /// over from a program that is no longer running.
    QStringList notices() const { return m_notices; }
    bool isReadOnly() const { return m_mode == Mode::ReadOnly; }
    /// The file's format (user_version). Always kSchemaVersion when open for
    /// writing (opening migrates); an older file opened read-only keeps its
    /// own, and lacks the tables later formats add.
    int schemaVersion() const { return m_schemaVersion; }
    QSqlDatabase database() const;

    /// Gives the connection to @p thread; call from the thread that uses it
    /// now, with no query running. A Qt SQL connection belongs to the thread
    /// of its driver (what QSqlDatabase::moveToThread does from Qt 6.8 on).
    void moveToThread(QThread *thread);

    /// Runs @p body in one BEGIN IMMEDIATE … COMMIT transaction; anything
    /// @p body reports as an error rolls the whole change back.
    Status write(const std::function<Status()> &body);

    /// Copies the write-ahead log into the database on a second connection
    /// in a background thread (after a large evidence import), so the user
    /// does not wait for SQLite writing the bytes a second time.
    void checkpointInBackground();

    /// A copy made with VACUUM INTO (safe on a live file); refuses to overwrite.
    Status backupTo(const QString &targetPath) const;

    /// What a read-write open runs just before it migrates an older file
    /// (still at @p fromVersion, its connection open, no transaction): the
    /// backup of core/backup. A failure refuses the open and the migration;
    /// the file stays at its old format. Process-wide, thread-safe.
    using MigrationHook = std::function<Status(AssessmentFile &file, int fromVersion)>;
    static void setBeforeMigration(MigrationHook hook);

private:
    AssessmentFile(QString path, QString connection, Mode mode, std::unique_ptr<AssessmentLock> lock);
    Status configureConnection();
    Status migrate();

    QString m_path;
    QString m_connection;
    Mode m_mode;
    std::unique_ptr<AssessmentLock> m_lock;
    std::unique_ptr<QueryBudget> m_budget;
    QStringList m_notices;
    int m_depth = 0;
    int m_schemaVersion = 0;
    std::thread m_checkpoint;
};

/// The text of the last error on @p query or @p db, for messages.
QString sqlErrorText(const class QSqlError &error);

} // namespace readiness
