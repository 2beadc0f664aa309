#include "CrmAudit.h"

#include <QElapsedTimer>
#include <QFileInfo>

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

// Runs @p work on a thread while this thread reports progress and watches
// the cancel flag; returns the work's result.
template<typename T> T waitReporting(std::future<T> &future, const std::function<void()> &tick)
{
    while (future.wait_for(std::chrono::milliseconds(50)) != std::future_status::ready)
        if (tick)
            tick();
    return future.get();
}
} // namespace

Result<AuditResult> runCrmAudit(const AuditInputs &inputs, const RuleSettings &rules,
                                const DuplicateSettings &duplicateSettings, const std::atomic_bool *cancel,
                                const std::function<void(const AuditProgress &)> &progress)
{
    QElapsedTimer timer;
    timer.start();
    std::atomic<qint64> contactBytes {0}, otherBytes {0};
    const StepControl contactsControl {cancel, &contactBytes};
    const StepControl otherControl {cancel, &otherBytes};
    qint64 totalBytes = 1;
    for (const QString &p : QStringList {inputs.contacts, inputs.consentLog} + inputs.mailchimp)
        if (!p.isEmpty())
            totalBytes += QFileInfo(p).size();
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

    // 1. Read: contacts on one core, the consent log and Mailchimp on the other.
    report(0, u"Reading the files"_s);
    struct Others
    {
        std::optional<ConsentLog> log;
        std::optional<MailchimpAudience> audience;
    };
    auto othersFuture = std::async(std::launch::async, [&]() -> Result<Others> {
        Others o;
        double cpu = threadCpuSeconds();
        if (!inputs.consentLog.isEmpty()) {
            auto log = readConsentLog(inputs.consentLog, otherControl);
            if (!log)
                return log.error();
            o.log = std::move(*log);
            threadDone("consent log", cpu);
        }
        cpu = threadCpuSeconds();
        if (!inputs.mailchimp.isEmpty()) {
            o.audience.emplace();
            for (const QString &path : inputs.mailchimp)
                if (Status s = readMailchimpExport(path, *o.audience, otherControl); !s)
                    return s.error();
            threadDone("Mailchimp", cpu);
        }
        return o;
    });
    auto contactsFuture = std::async(std::launch::async, [&] {
        const double cpu = threadCpuSeconds();
        auto table = readContacts(inputs.contacts, inputs.mapping, contactsControl);
        threadDone("contacts", cpu);
        return table;
    });
    const auto tick
        = [&] { report(int(60 * (contactBytes.load() + otherBytes.load()) / totalBytes), u"Reading the files"_s); };
    auto contacts = waitReporting(contactsFuture, tick);
    auto others = waitReporting(othersFuture, tick);
    if (!contacts)
        return contacts.error();
    if (!others)
        return others.error();

    if (cancel && cancel->load())
        return cancelledError();
    AuditResult result;
    result.contacts = std::move(*contacts);
    result.consentLog = std::move(others->log);
    result.audience = std::move(others->audience);
    result.settings = rules;
    if (result.settings.asOf == kNoTime)
        result.settings.asOf = result.contacts.latestModified;
    result.staleCutoff = staleCutoff(result.settings.asOf, result.settings.retentionYears);
    result.duplicateSettings = duplicateSettings;

    // 2. Duplicates (two threads inside).
    report(60, u"Finding duplicates"_s);
    const StepControl control {cancel, nullptr};
    auto dupFuture
        = std::async(std::launch::async, [&] { return findDuplicates(result.contacts, duplicateSettings, control); });
    auto duplicates = waitReporting(dupFuture, [&] { report(70, u"Finding duplicates"_s); });
    if (!duplicates)
        return duplicates.error();
    result.duplicates = std::move(*duplicates);

    // 3. Rules per record on two threads, then the cross-check.
    report(85, u"Checking the rules"_s);
    const size_t n = result.contacts.rows.size();
    result.findings.assign(n, 0);
    const auto conflicts = clusterConsentConflicts(result.contacts, result.duplicates);
    const ConsentLog *log = result.consentLog ? &*result.consentLog : nullptr;
    auto rulesOn = [&](size_t from, size_t to) {
        constexpr size_t kSlice = 16384;
        for (size_t s = from; s < to; s += kSlice) {
            if (cancel && cancel->load())
                return;
            applyRecordRules(result.contacts, log, result.duplicates, conflicts, result.settings, result.staleCutoff, s,
                             std::min(to, s + kSlice), result.findings);
        }
    };
    auto half = std::async(std::launch::async, [&] { rulesOn(n / 2, n); });
    rulesOn(0, n / 2);
    waitReporting(half, {});
    if (cancel && cancel->load())
        return cancelledError();
    report(95, u"Cross-checking Mailchimp"_s);
    if (result.audience)
        result.crossCheck = crossCheckMailchimp(result.contacts, *result.audience);
    result.durationMs = timer.elapsed();
    report(100, u"Done"_s);
    return result;
}

} // namespace readiness::crm
