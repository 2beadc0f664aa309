// crm_bench: generates CRM audit inputs with their own ground truth, and
// times the audit on them (wall time, peak RSS, duplicate-pair precision and
// recall). docs/benchmarks.md, "CRM data audit".
//   crm_bench generate DIR CONTACTS
//   crm_bench run DIR [--check-numbers]
//   crm_bench cancel DIR [COUNT]  (how fast a run stops, cancelled at COUNT random points)
#include "CrmAudit.h"
#include "CrmDataGenerator.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <sys/resource.h>
#include <thread>
#include <unordered_map>

using namespace readiness;
using namespace Qt::StringLiterals;

namespace {
double seconds(const timeval &t)
{
    return double(t.tv_sec) + double(t.tv_usec) / 1e6;
}

// The 1-minute load average: the machine may be shared, which inflates wall time.
double loadAverage()
{
    double load[1] = {0};
    return getloadavg(load, 1) == 1 ? load[0] : -1;
}

// Pairs within clusters, counted without listing them: sum of C(n,2).
double pairCount(const std::unordered_map<std::uint64_t, std::uint64_t> &sizes)
{
    double n = 0;
    for (const auto &[k, s] : sizes)
        n += double(s) * double(s - 1) / 2;
    return n;
}

int run(const QString &dir, bool numberCheck)
{
    crm::AuditInputs in;
    in.contacts = dir + u"/contacts.csv"_s;
    in.consentLog = dir + u"/consent_log.csv"_s;
    in.mailchimp = {dir + u"/subscribed_members_export.csv"_s, dir + u"/unsubscribed_members_export.csv"_s,
                    dir + u"/cleaned_members_export.csv"_s};
    crm::RuleSettings rules;
    rules.checkNumbersWithLibphonenumber = numberCheck;
    const double loadBefore = loadAverage();
    rusage before {};
    getrusage(RUSAGE_SELF, &before);
    QElapsedTimer timer;
    timer.start();
    auto result = crm::runCrmAudit(in, rules, {});
    const qint64 ms = timer.elapsed();
    if (!result) {
        std::fprintf(stderr, "%s\n", qPrintable(result.error().message));
        return 1;
    }
    // CPU of the audit alone (both cores), before the truth file is parsed.
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    const double user = seconds(usage.ru_utime) - seconds(before.ru_utime);
    const double sys = seconds(usage.ru_stime) - seconds(before.ru_stime);
    // Ground truth: row -> true cluster row. Precision and recall of pairs:
    // true positives are pairs in the same found cluster and the same true
    // cluster, counted per (found, true) cell.
    QFile truthFile(dir + u"/crm_truth.csv"_s);
    if (!truthFile.open(QIODevice::ReadOnly))
        return 1;
    truthFile.readLine();
    std::unordered_map<std::uint64_t, std::uint64_t> trueSizes, foundSizes, cells;
    const auto &clusterOf = result->duplicates.clusterOf;
    size_t row = 0;
    while (!truthFile.atEnd()) {
        const QByteArray line = truthFile.readLine();
        const qsizetype comma = line.indexOf(',');
        const std::uint64_t truthCluster = line.mid(comma + 1).trimmed().toULongLong();
        const std::uint64_t found = clusterOf[row];
        ++trueSizes[truthCluster];
        ++foundSizes[found];
        ++cells[(truthCluster << 32) | found];
        ++row;
    }
    const double tp = pairCount(cells), truePairs = pairCount(trueSizes), foundPairs = pairCount(foundSizes);
    std::printf("contacts %zu  events %lld  mailchimp %zu  libphonenumber check %s\n", result->contacts.rows.size(),
                static_cast<long long>(result->consentLog->events), result->audience->members.size(),
                numberCheck ? "on" : "off");
    std::printf("audit: wall %.2f s  CPU %.2f s (user %.2f + sys %.2f)  peak RSS %ld MiB  load average %.2f -> %.2f\n",
                double(ms) / 1000, user + sys, user, sys, usage.ru_maxrss / 1024, loadBefore, loadAverage());
    std::printf("duplicate pairs: truth %.0f found %.0f precision %.4f recall %.4f  candidates %llu oversized "
                "blocks %llu\n",
                truePairs, foundPairs, foundPairs > 0 ? tp / foundPairs : 0.0, truePairs > 0 ? tp / truePairs : 1.0,
                static_cast<unsigned long long>(result->duplicates.candidatePairs),
                static_cast<unsigned long long>(result->duplicates.oversizedBlocks));
    return 0;
}
// How long a run takes to stop once cancelled: one whole run to learn its
// length, then @p count cancels at random points of it (a fixed seed, so a
// re-run cancels at the same points); prints each and the longest.
int cancelLatency(const QString &dir, int count)
{
    crm::AuditInputs in;
    in.contacts = dir + u"/contacts.csv"_s;
    in.consentLog = dir + u"/consent_log.csv"_s;
    in.mailchimp = {dir + u"/subscribed_members_export.csv"_s};
    QElapsedTimer whole;
    whole.start();
    if (auto full = crm::runCrmAudit(in, {}, {}); !full) {
        std::fprintf(stderr, "%s\n", qPrintable(full.error().message));
        return 1;
    }
    const qint64 length = whole.elapsed();
    std::printf("whole run: %lld ms\n", static_cast<long long>(length));
    QRandomGenerator random(20261129);
    qint64 longest = 0;
    for (int k = 0; k < count; ++k) {
        const int afterMs = int(random.bounded(qint64(length)));
        std::atomic_bool cancel {false};
        QElapsedTimer timer;
        std::atomic<qint64> setAt {-1};
        std::thread canceller([&] {
            std::this_thread::sleep_for(std::chrono::milliseconds(afterMs));
            setAt = timer.elapsed();
            cancel = true;
        });
        timer.start();
        auto result = crm::runCrmAudit(in, {}, {}, &cancel);
        const qint64 end = timer.elapsed(); // the result (gigabytes at 1 M) is freed by then too
        canceller.join();
        const qint64 latency = end - setAt;
        if (!result)
            longest = std::max(longest, latency);
        std::printf("cancel at %5lld ms: %s after %lld ms\n", static_cast<long long>(setAt.load()),
                    result ? "finished" : qPrintable(result.error().message), static_cast<long long>(latency));
    }
    std::printf("longest: %lld ms over %d cancels\n", static_cast<long long>(longest), count);
    return 0;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.size() >= 3 && args[0] == "generate"_L1) {
        bench::CrmDataGenerator g;
        g.contacts = args[2].toLongLong();
        const QString error = g.write(args[1]);
        if (!error.isEmpty()) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        return 0;
    }
    if (args.size() >= 2 && args[0] == "cancel"_L1)
        return cancelLatency(args[1], args.size() >= 3 ? args[2].toInt() : 12);
    if (args.size() >= 2 && args[0] == "run"_L1)
        return run(args[1], args.contains("--check-numbers"_L1));
    std::fprintf(stderr, "usage: crm_bench generate DIR CONTACTS | run DIR [--check-numbers] | cancel DIR [COUNT]\n");
    return 2;
}
