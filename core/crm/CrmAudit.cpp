#include "CrmAudit.h"

#include "NativePath.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <chrono>
#include <cstdio>
#include <future>
#include <sys/resource.h>
#include <thread>
#include <time.h>

using namespace Qt::StringLiterals;

namespace readiness::crm {

QList<InputFingerprint> AuditResult::inputs() const
{
    QList<InputFingerprint> list {contacts.input};
    if (consentLog)
        list << consentLog->input;
    if (audience)
        list << audience->inputs;
    return list;
}

qint64 AuditResult::recordCount(RecordFinding finding) const
{
    qint64 n = 0;
    for (const std::uint16_t f : findings)
        n += (f & finding) != 0;
    return n;
}

qint64 AuditResult::addressCount(AddressFinding finding) const
{
    qint64 n = 0;
    if (crossCheck)
        for (const AddressCheck &a : crossCheck->addresses)
            n += (a.findings & finding) != 0;
    return n;
}

namespace {
double processCpuSeconds()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

double threadCpuSeconds()
{
    timespec t {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) + double(t.tv_nsec) / 1e9;
}

// Waits for @p task, calling @p tick about every 50 ms.
void waitReporting(const std::shared_future<Status> &task, const std::function<void()> &tick)
{
    while (task.wait_for(std::chrono::milliseconds(50)) != std::future_status::ready)
        tick();
}
} // namespace

void releaseInBackground(std::shared_ptr<const AuditResult> result)
{
    if (result)
        std::thread([discarded = std::move(result)]() mutable { discarded.reset(); }).detach();
}

Result<AuditResult> runCrmAudit(const AuditInputs &inputs, const RuleSettings &rules,
                                const DuplicateSettings &duplicateSettings, const std::atomic_bool *cancel,
                                const std::function<void(const AuditProgress &)> &progress)
{
    QElapsedTimer timer;
    timer.start();
    // Each step runs as soon as its inputs are read, so both cores stay busy:
    // the three inputs are read on threads of their own, duplicates start
    // when the contacts are in, the cross-check when the contacts and
    // Mailchimp are, the rules when the duplicates and the log are. A failed
    // step stops the others through `stop`; its own error is returned.
    std::atomic_bool stop {false};
    std::atomic<qint64> contactBytes {0}, logBytes {0};
    // Steps watch the caller's cancel flag themselves (no relay through this
    // thread, which may be busy) and `stop`, set when another step failed.
    const StepControl contactsControl {cancel, &contactBytes, &stop}, logControl {cancel, &logBytes, &stop},
        control {cancel, nullptr, &stop};
    qint64 totalBytes = 1, mailchimpBytes = 0;
    for (const QString &p : QStringList {inputs.contacts, inputs.consentLog} + inputs.mailchimp)
        if (!p.isEmpty())
            totalBytes += NativePath::status(p).size;
    for (const QString &p : inputs.mailchimp)
        mailchimpBytes += NativePath::status(p).size;
    // CRM_AUDIT_TIMINGS=1 prints when each step starts: wall time and the
    // process's CPU time (user + sys, both cores) so far (docs/benchmarks.md).
    const bool timings = qEnvironmentVariableIsSet("CRM_AUDIT_TIMINGS");
    const double cpuAtStart = processCpuSeconds();
    QString lastStep;
    auto report = [&](int percent, const QString &step) {
        if (timings && step != lastStep)
            std::fprintf(stderr, "%6lld ms wall %6.0f ms CPU  %3d%%  %s\n", static_cast<long long>(timer.elapsed()),
                         1000 * (processCpuSeconds() - cpuAtStart), percent, qPrintable(step));
        lastStep = step;
        if (progress)
            progress({percent, step});
    };
    // With timings: what one thread did, its wall end and its own CPU time.
    auto threadDone = [&](const char *what, double cpuStart) {
        if (timings)
            std::fprintf(stderr, "%6lld ms wall %6.0f ms CPU of its thread: %s done\n",
                         static_cast<long long>(timer.elapsed()), 1000 * (threadCpuSeconds() - cpuStart), what);
    };
    using Task = std::shared_future<Status>;
    auto start = [&stop](std::function<Status()> work) -> Task {
        return std::async(std::launch::async,
                          [&stop, work = std::move(work)] {
                              Status s = work();
                              if (!s)
                                  stop = true;
                              return s;
                          })
            .share();
    };

    // Step names are shown in the progress bar: in the user's language.
    const QString reading = QCoreApplication::translate("readiness::crm::CrmAudit", "Reading the files");
    AuditResult result;
    result.settings = rules;
    result.duplicateSettings = duplicateSettings;
    result.mapping = inputs.mapping;
    report(0, reading);
    // Runs a step that yields a value, keeps it in @p into and notes its time.
    auto keep = [&](const char *what, auto &into, auto &&step) -> Status {
        const double cpu = threadCpuSeconds();
        auto value = step();
        if (!value)
            return value.error();
        into = std::move(*value);
        threadDone(what, cpu);
        return success();
    };
    const Task contactsRead = start([&] {
        return keep("contacts", result.contacts,
                    [&] { return readContacts(inputs.contacts, inputs.mapping, contactsControl); });
    });
    const Task logRead = start([&]() -> Status {
        if (inputs.consentLog.isEmpty())
            return success();
        return keep("consent log", result.consentLog, [&] { return readConsentLog(inputs.consentLog, logControl); });
    });
    const Task mailchimpRead = start([&]() -> Status {
        if (inputs.mailchimp.isEmpty())
            return success();
        const double cpu = threadCpuSeconds();
        MailchimpAudience audience;
        // Members take ~150 bytes of an export; more room costs address space only.
        audience.emails = IdIndex(size_t(mailchimpBytes / 100) + 1024);
        audience.members.reserve(size_t(mailchimpBytes / 100) + 1024);
        for (const QString &path : inputs.mailchimp)
            if (Status s = readMailchimpExport(path, audience, control); !s)
                return s;
        result.audience = std::move(audience);
        threadDone("Mailchimp", cpu);
        return success();
    });
    const Task duplicatesFound = start([&]() -> Status {
        if (!contactsRead.get())
            return success(); // the read's error is returned
        return keep("duplicates (this thread; a second one inside)", result.duplicates,
                    [&] { return findDuplicates(result.contacts, duplicateSettings, control); });
    });
    const Task crossChecked = start([&]() -> Status {
        if (!contactsRead.get() || !mailchimpRead.get() || !result.audience)
            return success();
        const double cpu = threadCpuSeconds();
        result.crossCheck = crossCheckMailchimp(result.contacts, *result.audience, control);
        if (control.cancelled())
            return cancelledError(); // the check stopped part-way
        threadDone("cross-check", cpu);
        return success();
    });

    const auto tick = [&] {
        if (cancel && cancel->load())
            stop = true;
        if (lastStep == reading)
            report(int(60 * (contactBytes.load() + logBytes.load()) / totalBytes), lastStep);
        else
            report(70, lastStep);
    };
    const Task all[] = {contactsRead, logRead, mailchimpRead, duplicatesFound, crossChecked};
    auto finish = [&]() -> Error {
        for (const Task &t : all)
            t.wait();
        // What was read so far is freed on a thread of its own: the caller
        // should hear "cancelled" without waiting for it.
        releaseInBackground(std::make_shared<AuditResult>(std::move(result)));
        if (cancel && cancel->load())
            return cancelledError();
        for (const Task &t : all)
            if (!t.get() && t.get().error().message != cancelledError().message)
                return t.get().error();
        return cancelledError();
    };
    auto halted = [&] { return stop || (cancel && cancel->load()); };
    for (const Task &t : {contactsRead, logRead, mailchimpRead})
        waitReporting(t, tick);
    if (halted())
        return finish();
    report(60, QCoreApplication::translate("readiness::crm::CrmAudit", "Finding duplicates"));
    waitReporting(duplicatesFound, tick);
    if (halted())
        return finish();

    // Rules per record on two threads (the cross-check may still run).
    report(85, QCoreApplication::translate("readiness::crm::CrmAudit", "Checking the rules"));
    if (result.settings.asOf == kNoTime)
        result.settings.asOf = result.contacts.latestModified;
    result.staleCutoff = staleCutoff(result.settings.asOf, result.settings.retentionYears);
    const size_t n = result.contacts.rows.size();
    result.findings.assign(n, 0);
    const auto conflicts = clusterConsentConflicts(result.contacts, result.duplicates);
    const ConsentLog *log = result.consentLog ? &*result.consentLog : nullptr;
    auto rulesOn = [&](size_t from, size_t to) {
        constexpr size_t kSlice = 2048;
        for (size_t s = from; s < to; s += kSlice) {
            if (halted())
                return;
            applyRecordRules(result.contacts, log, result.duplicates, conflicts, result.settings, result.staleCutoff, s,
                             std::min(to, s + kSlice), result.findings);
        }
    };
    auto half = std::async(std::launch::async, [&] { rulesOn(n / 2, n); });
    rulesOn(0, n / 2);
    half.wait();
    report(95, QCoreApplication::translate("readiness::crm::CrmAudit", "Cross-checking Mailchimp"));
    waitReporting(crossChecked, tick);
    if (halted())
        return finish();
    result.durationMs = timer.elapsed();
    report(100, QCoreApplication::translate("readiness::crm::CrmAudit", "Done"));
    return result;
}

} // namespace readiness::crm
