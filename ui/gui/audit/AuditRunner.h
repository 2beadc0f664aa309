#pragma once

#include "CrmAudit.h"

#include <QObject>

#include <atomic>
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

    /// Starts an audit; false when a job is running.
    bool startAudit(const crm::AuditInputs &inputs, const crm::RuleSettings &rules,
                    const crm::DuplicateSettings &duplicates);
    /// Starts writing the fix files of @p result into @p folder.
    bool startFixFiles(std::shared_ptr<const crm::AuditResult> result, const crm::AuditInputs &inputs,
                       const QString &folder);
    void cancel();

    /// After auditFinished: the run's result (or why it failed / "cancelled").
    Result<std::shared_ptr<crm::AuditResult>> takeAuditResult();
    /// After fixFilesFinished: the files written.
    Result<QStringList> takeFixFilesResult();

signals:
    void progress(int percent, const QString &step);
    void auditFinished();
    void fixFilesFinished();

private:
    void startJob(std::function<void()> job, void (AuditRunner::*done)());

    QThread *m_thread = nullptr;
    std::atomic_bool m_cancel {false};
    std::optional<Result<std::shared_ptr<crm::AuditResult>>> m_auditResult;
    std::optional<Result<QStringList>> m_fixResult;
};

} // namespace readiness::ui
