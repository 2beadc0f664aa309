// audit_page_bench: the Data audit page on generated CRM files (make them
// with `crm_bench generate DIR N`). Measures, through the page itself:
// - responsiveness: the longest gap between ticks of a 10 ms GUI-thread
//   timer while a whole audit runs (the audit is on a thread of its own);
// - cancel latency: from Cancel to the page idle again (worker joined,
//   nothing written), cancelling at several points of a run.
//
//   audit_page_bench DIR [CANCELS]
//
// Offscreen unless a display or QT_QPA_PLATFORM is set. Not part of CTest:
// timings are not pass/fail on a shared machine (docs/benchmarks.md).
#include "AssessmentDocument.h"
#include "AssessmentSession.h"
#include "DataAuditPage.h"
#include "DemoAssessment.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <vector>

using namespace Qt::StringLiterals;
using namespace readiness;
using namespace readiness::ui;

namespace {
double clockMs(clockid_t clock)
{
    timespec t {};
    clock_gettime(clock, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

QByteArray loadAverage()
{
    QFile f(u"/proc/loadavg"_s);
    return f.open(QIODevice::ReadOnly) ? f.readAll().split(' ').mid(0, 3).join(' ') : QByteArray("?");
}

// One gap between two ticks of the GUI thread's timer: wall time, and the
// CPU time the GUI thread itself used in it (CLOCK_THREAD_CPUTIME_ID; on a
// loaded machine the wall time includes waiting for a core).
struct Gap
{
    double at = 0; // ms since the wait started, at the gap's end
    double wall = 0;
    double cpu = 0;
};

struct Stalls
{
    double start = 0; // CLOCK_MONOTONIC ms when the wait started
    Gap longestWall;
    Gap longestCpu;
    std::vector<Gap> gaps; // every gap of more than 10 ms wall
};

// Runs the event loop until the page is idle; returns the gaps between
// ticks of a 10 ms timer meanwhile.
Stalls waitIdle(DataAuditPage &page)
{
    QEventLoop loop;
    QObject::connect(&page, &DataAuditPage::idle, &loop, &QEventLoop::quit);
    const double start = clockMs(CLOCK_MONOTONIC);
    double lastWall = start, lastCpu = clockMs(CLOCK_THREAD_CPUTIME_ID);
    Stalls stalls;
    stalls.start = start;
    auto tickNow = [&] {
        const double wall = clockMs(CLOCK_MONOTONIC), cpu = clockMs(CLOCK_THREAD_CPUTIME_ID);
        const Gap gap {wall - start, wall - lastWall, cpu - lastCpu};
        if (gap.wall > stalls.longestWall.wall)
            stalls.longestWall = gap;
        if (gap.cpu > stalls.longestCpu.cpu)
            stalls.longestCpu = gap;
        if (gap.wall > 10)
            stalls.gaps.push_back(gap);
        lastWall = wall;
        lastCpu = cpu;
    };
    QTimer tick;
    QObject::connect(&tick, &QTimer::timeout, &loop, tickNow);
    tick.start(10);
    if (page.isRunning())
        loop.exec();
    tickNow();
    return stalls;
}

void printStalls(const char *what, const Stalls &s)
{
    std::printf("%s: longest GUI-thread stall %.0f ms wall (GUI thread CPU in it %.1f ms); most GUI CPU between two "
                "ticks %.1f ms (%.0f ms wall); load average %s\n",
                what, s.longestWall.wall, s.longestWall.cpu, s.longestCpu.cpu, s.longestCpu.wall,
                loadAverage().constData());
    // The five gaps in which the GUI thread itself ran longest, in time order.
    std::vector<Gap> top = s.gaps;
    std::sort(top.begin(), top.end(), [](const Gap &a, const Gap &b) { return a.cpu > b.cpu; });
    top.resize(std::min<size_t>(top.size(), 5));
    std::sort(top.begin(), top.end(), [](const Gap &a, const Gap &b) { return a.at < b.at; });
    for (const Gap &g : top)
        std::printf("    gap ending at %7.0f ms (monotonic %.0f): %5.0f ms wall, %6.1f ms GUI CPU\n", g.at,
                    s.start + g.at, g.wall, g.cpu);
}
} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: audit_page_bench DIR (made by crm_bench generate DIR N)\n");
        return 2;
    }
    const QString dir = QString::fromLocal8Bit(argv[1]);
    QTemporaryDir scratch;
    auto copy = DemoAssessment::makeWritableCopy(scratch.path());
    if (!copy) {
        std::fprintf(stderr, "%s\n", qPrintable(copy.error().toString()));
        return 1;
    }
    auto document = AssessmentDocument::open(*copy, AssessmentFile::Mode::ReadWrite);
    if (!document) {
        std::fprintf(stderr, "%s\n", qPrintable(document.error().toString()));
        return 1;
    }
    AssessmentSession session(std::move(*document));
    DataAuditPage page(session);
    page.resize(1280, 800);
    page.show();
    if (!page.addFiles(
            {dir + u"/contacts.csv"_s, dir + u"/consent_log.csv"_s, dir + u"/subscribed_members_export.csv"_s})) {
        std::fprintf(stderr, "files not accepted\n");
        return 1;
    }

    QElapsedTimer whole;
    whole.start();
    page.runAudit();
    const Stalls stalls = waitIdle(page);
    const qint64 wholeMs = whole.elapsed();
    if (!page.result()) {
        std::fprintf(stderr, "the audit failed\n");
        return 1;
    }
    std::printf("full run: %lld ms, %zu contacts\n", static_cast<long long>(wholeMs),
                page.result()->contacts.rows.size());
    printStalls("full run", stalls);
    // Cancels at random points of a run (a fixed seed: the same points
    // again on a re-run), as many as the second argument says (default 12).
    // A run that ends before its cancel replaces the previous result.
    const int count = argc > 2 ? std::atoi(argv[2]) : 12;
    QRandomGenerator random(20261129);
    qint64 longestCancel = 0;
    double longestStall = stalls.longestWall.wall, mostCpu = stalls.longestCpu.cpu;
    for (int k = 0; k < count; ++k) {
        const int afterMs = int(random.bounded(std::max<qint64>(wholeMs, 1)));
        page.runAudit();
        QTimer::singleShot(afterMs, &page, &DataAuditPage::cancel);
        const Stalls gaps = waitIdle(page);
        longestStall = std::max(longestStall, gaps.longestWall.wall);
        mostCpu = std::max(mostCpu, gaps.longestCpu.cpu);
        char what[64];
        if (page.lastCancelLatencyMs() < 0) {
            std::snprintf(what, sizeof what, "cancel at %5d ms: the run had finished", afterMs);
        } else {
            longestCancel = std::max(longestCancel, page.lastCancelLatencyMs());
            std::snprintf(what, sizeof what, "cancel at %5d ms: idle %lld ms after Cancel", afterMs,
                          static_cast<long long>(page.lastCancelLatencyMs()));
        }
        printStalls(what, gaps);
    }
    std::printf("longest cancel: %lld ms; longest GUI-thread stall over all runs: %.0f ms wall; most GUI-thread CPU "
                "between two ticks: %.1f ms\n",
                static_cast<long long>(longestCancel), longestStall, mostCpu);
    return 0;
}
