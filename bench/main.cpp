// readiness_bench: Google Benchmark runner for the core operations, plus
//   --evidence-file=PATH   import PATH in the 50 MiB import benchmark
//   --import-rss FILE      no benchmarks: measure peak memory of one import

#include "BenchEnvironment.h"
#include "ImportPeakMemory.h"

#include <QCoreApplication>

#include <benchmark/benchmark.h>
#include <cstring>
#include <vector>

using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    // The SQL driver is a plugin: an application object lets Qt find it.
    QCoreApplication app(argc, argv);

    std::vector<char *> rest;
    for (int i = 0; i < argc; ++i) {
        const char *arg = argv[i];
        if (std::strcmp(arg, "--import-rss") == 0) {
            if (i + 1 >= argc)
                benchsupport::fail(u"--import-rss needs a file"_s);
            return benchsupport::measureImportPeakMemory(QString::fromLocal8Bit(argv[i + 1]));
        }
        if (std::strncmp(arg, "--evidence-file=", 16) == 0) {
            benchsupport::BenchEnvironment::instance().setEvidenceFile(QString::fromLocal8Bit(arg + 16));
            continue;
        }
        rest.push_back(argv[i]);
    }
    int restCount = int(rest.size());
    benchmark::Initialize(&restCount, rest.data());
    if (benchmark::ReportUnrecognizedArguments(restCount, rest.data()))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
