// audit_page_bench: the Data audit page on generated CRM files (make them
// with `crm_bench generate DIR N`). Measures, through the page itself:
// - responsiveness: the longest gap between ticks of a 10 ms GUI-thread
//   timer while a whole audit runs (the audit is on a thread of its own);
// - cancel latency: from Cancel to the page idle again (worker joined,
//   nothing written), cancelling at several points of a run.
//
//   audit_page_bench DIR
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
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>

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
    if (!page.result()) {
        std::fprintf(stderr, "the audit failed\n");
        return 1;
    }
    std::printf("full run: %lld ms, %zu contacts; longest GUI-thread stall %lld ms (10 ms timer)\n",
                static_cast<long long>(whole.elapsed()), page.result()->contacts.rows.size(),
                static_cast<long long>(stall));
    for (const int afterMs : {50, 300, 700, 1500, 3000}) {
        page.runAudit();
        QTimer::singleShot(afterMs, &page, &DataAuditPage::cancel);
        const qint64 gap = waitIdle(page);
        if (page.lastCancelLatencyMs() < 0)
            std::printf("cancel at %4d ms: the run had finished\n", afterMs);
        else
            std::printf("cancel at %4d ms: idle %lld ms after Cancel (longest stall %lld ms)\n", afterMs,
                        static_cast<long long>(page.lastCancelLatencyMs()), static_cast<long long>(gap));
    }
    return 0;
}
