// portfolio_bench: the client portfolio's figures (docs/benchmarks.md,
// "Client portfolio").
//   portfolio_bench generate DIR [COUNT]   COUNT realistic clients (default
//       200) through AssessmentSpec, plus two damaged files, two from a newer
//       version, one that is not an assessment, and one held by a writer
//       (made and held by `scan`)
//   portfolio_bench scan DIR [RUNS]        times PortfolioScanner on DIR, with
//       1 thread and with one per core; the scanner (and its questionnaire
//       cache) is made inside the timing, as a new window's first scan does
//   portfolio_bench reports DIR PROGRAM [COUNT]  `report` for the first COUNT
//       (default 20) files with 1 worker process and with one per core
#include "BatchReport.h"
#include "PortfolioSample.h"
#include "PortfolioScanner.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <sys/resource.h>

using namespace readiness;
using namespace readiness::portfolio;
using namespace Qt::StringLiterals;

namespace {
double cpuSeconds(const rusage &u)
{
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

double loadAverage()
{
    double load[1] = {0};
    return getloadavg(load, 1) == 1 ? load[0] : -1;
}

int generate(const QString &dir, int count)
{
    QDir().mkpath(dir);
    auto sample = PortfolioSample::load();
    if (!sample) {
        std::fprintf(stderr, "%s\n", qPrintable(sample.error().toString()));
        return 1;
    }
    QElapsedTimer t;
    t.start();
    auto written = sample->write(dir, count, QDate::currentDate());
    if (!written) {
        std::fprintf(stderr, "%s\n", qPrintable(written.error().toString()));
        return 1;
    }
    const QString first = written->constFirst();
    bool ok = true;
    for (int i = 1; i <= 2; ++i) {
        ok = ok && PortfolioSample::writeDamaged(first, QDir(dir).filePath(u"zz-damaged-%1.gdpra"_s.arg(i))).ok();
        ok = ok && PortfolioSample::writeNewerFormat(first, QDir(dir).filePath(u"zz-newer-%1.gdpra"_s.arg(i))).ok();
    }
    {
        QFile notes(QDir(dir).filePath(u"zz-notes.gdpra"_s));
        ok = ok && notes.open(QIODevice::WriteOnly | QIODevice::NewOnly) && notes.write("notes\n") == 6;
    }
    ok = ok && QFile::copy(first, QDir(dir).filePath(u"zz-held.gdpra"_s));
    std::printf("generated %d clients and 6 other files in %s in %.1f s\n", count, qPrintable(dir),
                t.elapsed() / 1000.0);
    return ok ? 0 : 1;
}

int scan(const QString &dir, int runs)
{
    // One file held by a writer in exclusive locking mode for the whole run.
    QSqlDatabase held = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"held"_s);
    held.setDatabaseName(QDir(dir).filePath(u"zz-held.gdpra"_s));
    QSqlQuery q;
    if (held.open()) {
        q = QSqlQuery(held);
        q.exec(u"PRAGMA locking_mode = EXCLUSIVE"_s);
        q.exec(u"INSERT OR REPLACE INTO meta (key, value) VALUES ('bench', '1')"_s); // committed: in its -wal
        q.exec(u"BEGIN IMMEDIATE"_s);
    }
    std::printf("load average before: %.2f\n", loadAverage());
    for (int threads : {1, QThread::idealThreadCount()}) {
        QList<qint64> times;
        QList<double> cpu; // user + system seconds of the process per scan
        int files = 0;
        int problems = 0;
        for (int r = 0; r < runs; ++r) {
            rusage before {};
            getrusage(RUSAGE_SELF, &before);
            QElapsedTimer t;
            t.start();
            PortfolioScanner scanner({{}, 250, threads});
            auto entries = scanner.scanFolder(dir);
            times << t.nsecsElapsed();
            rusage after {};
            getrusage(RUSAGE_SELF, &after);
            cpu << cpuSeconds(after) - cpuSeconds(before);
            if (!entries) {
                std::fprintf(stderr, "%s\n", qPrintable(entries.error().toString()));
                return 1;
            }
            files = int(entries->size());
            problems = int(std::count_if(entries->cbegin(), entries->cend(),
                                         [](const PortfolioEntry &e) { return !e.readable(); }));
        }
        std::sort(times.begin(), times.end());
        std::sort(cpu.begin(), cpu.end());
        std::printf("scan %d files (%d unreadable), %d thread(s): wall min %.0f ms, median %.0f ms, max %.0f ms; "
                    "CPU (user+system) min %.0f ms, median %.0f ms; over %d runs\n",
                    files, problems, threads, times.first() / 1e6, times.at(times.size() / 2) / 1e6, times.last() / 1e6,
                    cpu.first() * 1e3, cpu.at(cpu.size() / 2) * 1e3, runs);
    }
    std::printf("load average after: %.2f\n", loadAverage());
    q.exec(u"ROLLBACK"_s);
    q = QSqlQuery();
    held.close();
    held = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"held"_s);
    return 0;
}

int reports(const QString &dir, const QString &program, int count)
{
    auto all = PortfolioScanner::assessmentFiles(dir);
    if (!all)
        return 1;
    QStringList inputs;
    for (const QString &f : std::as_const(*all))
        if (QFileInfo(f).fileName().startsWith(u"client-"_s) && inputs.size() < count)
            inputs << f;
    std::printf("load average before: %.2f\n", loadAverage());
    for (int jobs : {1, QThread::idealThreadCount()}) {
        QTemporaryDir out;
        BatchReport::Options options;
        options.program = program;
        options.outputDir = out.path();
        options.jobs = jobs;
        rusage before {};
        getrusage(RUSAGE_CHILDREN, &before);
        QElapsedTimer t;
        t.start();
        const auto items = BatchReport::run(inputs, options);
        const double s = t.elapsed() / 1000.0;
        rusage after {};
        getrusage(RUSAGE_CHILDREN, &after); // the worker processes, all ended
        const double workers = cpuSeconds(after) - cpuSeconds(before);
        const auto failed = std::count_if(items.cbegin(), items.cend(), [](const auto &i) { return !i.ok; });
        std::printf("reports for %lld files, %d worker(s): %.1f s (%.2f s a report), workers' CPU %.1f s "
                    "(%.2f s a report), %lld failed\n",
                    qlonglong(items.size()), jobs, s, s / double(items.size()), workers, workers / double(items.size()),
                    qlonglong(failed));
    }
    std::printf("load average after: %.2f\n", loadAverage());
    return 0;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList a = app.arguments().mid(1);
    if (a.size() >= 2 && a.at(0) == "generate"_L1)
        return generate(a.at(1), a.size() > 2 ? a.at(2).toInt() : 200);
    if (a.size() >= 2 && a.at(0) == "scan"_L1)
        return scan(a.at(1), a.size() > 2 ? a.at(2).toInt() : 10);
    if (a.size() >= 3 && a.at(0) == "reports"_L1)
        return reports(a.at(1), a.at(2), a.size() > 3 ? a.at(3).toInt() : 20);
    std::fprintf(stderr,
                 "usage: portfolio_bench generate DIR [COUNT] | scan DIR [RUNS] | reports DIR PROGRAM "
                 "[COUNT]\n");
    return 2;
}
