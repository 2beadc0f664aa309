#include "AuditRunner.h"

#include "AuditSources.h"
#include "FixFiles.h"

#include <QThread>

using namespace Qt::StringLiterals;

namespace readiness::ui {

AuditRunner::AuditRunner(QObject *parent)
    : QObject(parent)
{ }

AuditRunner::~AuditRunner()
{
    if (m_thread) {
        m_cancel = true;
        m_thread->wait();
        delete m_thread;
    }
}

void AuditRunner::startJob(std::function<void()> job, void (AuditRunner::*done)())
{
    m_cancel = false;
    m_thread = QThread::create(std::move(job));
    // finished is emitted on the worker; queued here, after which wait()
    // joins it at once and orders its writes before our reads.
    connect(m_thread, &QThread::finished, this, [this, done] {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
        emit(this->*done)();
    });
    m_thread->start();
}

std::function<void(const crm::AuditProgress &)> AuditRunner::progressReporter()
{
    // Called on the worker: queued to the GUI thread.
    return [this](const crm::AuditProgress &p) {
        QMetaObject::invokeMethod(
            this, [this, p] { emit progress(p.percent, p.step); }, Qt::QueuedConnection);
    };
}

bool AuditRunner::startAudit(const crm::AuditInputs &inputs, const crm::RuleSettings &rules,
                             const crm::DuplicateSettings &duplicates, Store store)
{
    if (m_thread)
        return false;
    m_auditResult.reset();
    m_storeResult.reset();
    m_rows.reset();
    startJob(
        [this, inputs, rules, duplicates, store = std::move(store)] {
            const auto report = progressReporter();
            auto result = crm::runCrmAudit(inputs, rules, duplicates, &m_cancel, report);
            if (!result) {
                m_auditResult = result.error();
                return;
            }
            if (store) {
                report({100, tr("Storing the run in the assessment")});
                m_storeResult = store(*result, &m_cancel);
                if (!*m_storeResult && m_cancel.load()) { // a cancel while storing rolled it back
                    m_auditResult = makeError(u"cancelled"_s);
                    m_storeResult.reset();
                    return;
                }
            }
            auto shown = std::make_shared<crm::AuditResult>(std::move(*result));
            m_rows = AuditFindingsModel::rowsOf(*shown);
            m_auditResult = std::move(shown);
        },
        &AuditRunner::auditFinished);
    return true;
}

bool AuditRunner::startReread(const crm::StoredAuditRun &run)
{
    if (m_thread)
        return false;
    m_auditResult.reset();
    m_storeResult.reset();
    m_rows.reset();
    m_sourceProblems.clear();
    startJob(
        [this, run] {
            const auto report = progressReporter();
            report({0, tr("Checking that the files of run %1 are unchanged (SHA-256)").arg(run.id)});
            const crm::SourcesCheck check = crm::checkSources(run, &m_cancel);
            if (m_cancel.load()) {
                m_auditResult = makeError(u"cancelled"_s);
                return;
            }
            if (!check.allUnchanged()) {
                m_sourceProblems = check.problems();
                m_auditResult = makeError(u"sources"_s);
                return;
            }
            auto result = crm::runCrmAudit(crm::inputsOf(run), crm::ruleSettingsOf(run), crm::duplicateSettingsOf(run),
                                           &m_cancel, report);
            if (result) {
                auto shown = std::make_shared<crm::AuditResult>(std::move(*result));
                m_rows = AuditFindingsModel::rowsOf(*shown);
                m_auditResult = std::move(shown);
            } else
                m_auditResult = result.error();
        },
        &AuditRunner::auditFinished);
    return true;
}

bool AuditRunner::startFixFiles(std::shared_ptr<const crm::AuditResult> result, const crm::AuditInputs &inputs,
                                const QString &folder)
{
    if (m_thread || !result)
        return false;
    m_fixResult.reset();
    startJob([this, result, inputs, folder] { m_fixResult = crm::writeFixFiles(*result, inputs, folder, &m_cancel); },
             &AuditRunner::fixFilesFinished);
    return true;
}

void AuditRunner::cancel()
{
    m_cancel = true;
}

Result<std::shared_ptr<crm::AuditResult>> AuditRunner::takeAuditResult()
{
    if (!m_auditResult)
        return makeError(u"no audit has finished"_s);
    auto r = std::move(*m_auditResult);
    m_auditResult.reset();
    return r;
}

std::optional<Result<qint64>> AuditRunner::takeStoreResult()
{
    auto r = std::move(m_storeResult);
    m_storeResult.reset();
    return r;
}

Result<QStringList> AuditRunner::takeFixFilesResult()
{
    if (!m_fixResult)
        return makeError(u"no fix files were written"_s);
    auto r = std::move(*m_fixResult);
    m_fixResult.reset();
    return r;
}

} // namespace readiness::ui
