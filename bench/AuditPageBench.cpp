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
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <cstdlib>

using namespace Qt::StringLiterals;
using namespace readiness;
using namespace readiness::ui;

namespace {
// Runs the event loop until the page is idle; returns the longest gap (ms)
// between ticks of a 10 ms timer meanwhile.
qint64 waitIdle(DataAuditPage &page)
{
    QEventLoop loop;
    QObject::connect(&page, &DataAuditPage::idle, &loop, &QEventLoop::quit);
    QElapsedTimer clock;
    clock.start();
    qint64 last = 0, longest = 0;
    QTimer tick;
    QObject::connect(&tick, &QTimer::timeout, &loop, [&] {
        const qint64 now = clock.elapsed();
        longest = std::max(longest, now - last);
        last = now;
    });
    tick.start(10);
    if (page.isRunning())
        loop.exec();
    return std::max(longest, clock.elapsed() - last);
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
    const qint64 stall = waitIdle(page);
    const qint64 wholeMs = whole.elapsed();
    if (!page.result()) {
        std::fprintf(stderr, "the audit failed\n");
        return 1;
    }
    std::printf("full run: %lld ms, %zu contacts; longest GUI-thread stall %lld ms (10 ms timer)\n",
                static_cast<long long>(whole.elapsed()), page.result()->contacts.rows.size(),
                static_cast<long long>(stall));
    // Cancels at random points of a run (a fixed seed: the same points
    // again on a re-run), as many as the second argument says (default 12).
    const int count = argc > 2 ? std::atoi(argv[2]) : 12;
    QRandomGenerator random(20261129);
    qint64 longestCancel = 0, longestStall = stall;
    for (int k = 0; k < count; ++k) {
        const int afterMs = int(random.bounded(std::max<qint64>(wholeMs, 1)));
        page.runAudit();
        QTimer::singleShot(afterMs, &page, &DataAuditPage::cancel);
        const qint64 gap = waitIdle(page);
        longestStall = std::max(longestStall, gap);
        if (page.lastCancelLatencyMs() < 0) {
            std::printf("cancel at %5d ms: the run had finished\n", afterMs);
            continue;
        }
        longestCancel = std::max(longestCancel, page.lastCancelLatencyMs());
        std::printf("cancel at %5d ms: idle %lld ms after Cancel (longest stall %lld ms)\n", afterMs,
                    static_cast<long long>(page.lastCancelLatencyMs()), static_cast<long long>(gap));
    }
    std::printf("longest cancel: %lld ms; longest GUI-thread stall over all runs: %lld ms\n",
                static_cast<long long>(longestCancel), static_cast<long long>(longestStall));
    return 0;
}
