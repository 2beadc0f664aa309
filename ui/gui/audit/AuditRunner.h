#pragma once

#include "AuditFindingsModel.h"
#include "AuditRepository.h"
#include "CrmAudit.h"

#include <QObject>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class QThread;

namespace readiness::ui {

/// Runs the CRM audit, or the writing of its fix files, on a thread of its
/// own so the window stays responsive; progress arrives as signals on the
/// GUI thread. cancel() sets the engine's flag: it stops within ~100 ms and
/// writes nothing. One job at a time; destroying the runner cancels and
/// waits for the job.
class AuditRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditRunner)

public:
    explicit AuditRunner(QObject *parent = nullptr);
    ~AuditRunner() override;

    bool isRunning() const { return m_thread != nullptr; }

    /// Stores a finished run on the worker thread (a connection of its own):
    /// returns the run id, or an error ("cancelled" when @p cancel was set).
    using Store = std::function<Result<qint64>(const crm::AuditResult &, const std::atomic_bool *cancel)>;

    /// Starts an audit, then @p store on the same thread once it succeeded
    /// (the GUI thread never waits for the storing); false when a job is running.
    bool startAudit(const crm::AuditInputs &inputs, const crm::RuleSettings &rules,
                    const crm::DuplicateSettings &duplicates, Store store = {});
    /// Starts reading a stored run's files again for its detail views: the
    /// files are re-hashed (checkSources) and, when every one is unchanged,
    /// audited again with the run's settings and mapping; ends with
    /// auditFinished. When one is missing or changed, the result is the
    /// error "sources" and sourceProblems() says which and what.
    bool startReread(const crm::StoredAuditRun &run);
    /// After a reread refused for its files: one line per file.
    QString sourceProblems() const { return m_sourceProblems; }
    /// Starts writing the fix files of @p result into @p folder.
    bool startFixFiles(std::shared_ptr<const crm::AuditResult> result, const crm::AuditInputs &inputs,
                       const QString &folder);
    void cancel();

    /// After auditFinished: the run's result (or why it failed / "cancelled").
    Result<std::shared_ptr<crm::AuditResult>> takeAuditResult();
    /// After auditFinished with a result: its rows for the results table,
    /// built on the worker (AuditFindingsModel::rowsOf).
    std::shared_ptr<const AuditFindingsModel::Rows> takeRows() { return std::move(m_rows); }
    /// After auditFinished with a result: the stored run's id, or why it was
    /// not stored (nullopt when no Store was given).
    std::optional<Result<qint64>> takeStoreResult();
    /// After fixFilesFinished: the files written.
    Result<QStringList> takeFixFilesResult();

signals:
    void progress(int percent, const QString &step);
    void auditFinished();
    void fixFilesFinished();

private:
    void startJob(std::function<void()> job, void (AuditRunner::*done)());
    std::function<void(const crm::AuditProgress &)> progressReporter();

    QThread *m_thread = nullptr;
    std::atomic_bool m_cancel {false};
    std::optional<Result<std::shared_ptr<crm::AuditResult>>> m_auditResult;
    std::optional<Result<QStringList>> m_fixResult;
    std::optional<Result<qint64>> m_storeResult;
    std::shared_ptr<const AuditFindingsModel::Rows> m_rows;
    QString m_sourceProblems;
};

} // namespace readiness::ui
