// The core operations a DPO waits for, timed against the targets in
// docs/benchmarks.md. Every benchmark uses wall-clock time: opening, saving
// and importing wait on the disk (fsync), which CPU time would hide.

#include "AssessmentDocument.h"
#include "BenchEnvironment.h"
#include "QuestionnaireLoader.h"
#include "SyntheticAssessment.h"

#include <QFile>
#include <QJsonDocument>

#include <algorithm>
#include <benchmark/benchmark.h>
#include <chrono>
#include <vector>

using namespace Qt::StringLiterals;
using benchsupport::BenchEnvironment;
using benchsupport::fail;
using benchsupport::SyntheticAssessment;
using readiness::AssessmentDocument;

namespace {

constexpr int kRepetitions = 10;

/// Per-call times of one run, reported as percentiles: the mean of a run
/// hides the occasional slow fsync a user would notice.
class CallTimes
{
public:
    explicit CallTimes(benchmark::State &state) { m_ms.reserve(size_t(state.max_iterations)); }

    void start() { m_start = std::chrono::steady_clock::now(); }
    void stop()
    {
        m_ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - m_start).count());
    }

    void report(benchmark::State &state)
    {
        if (m_ms.empty())
            return;
        std::sort(m_ms.begin(), m_ms.end());
        auto at = [&](double p) { return m_ms.at(std::min(m_ms.size() - 1, size_t(p * double(m_ms.size())))); };
        state.counters["p50_ms"] = at(0.50);
        state.counters["p95_ms"] = at(0.95);
        state.counters["max_ms"] = m_ms.back();
    }

private:
    std::chrono::steady_clock::time_point m_start;
    std::vector<double> m_ms;
};

std::unique_ptr<AssessmentDocument> openOrFail(const QString &path)
{
    auto doc = AssessmentDocument::open(path);
    if (!doc)
        fail(doc.error().toString());
    return std::move(doc).value();
}

void loadBundledQuestionnaire(benchmark::State &state)
{
    const QString path = QStringLiteral(BENCH_QUESTIONNAIRE);
    qsizetype questions = 0;
    for (auto _ : state) {
        auto q = readiness::QuestionnaireLoader::loadFile(path);
        if (!q)
            fail(q.error().toString());
        questions = q->questionCount();
        benchmark::DoNotOptimize(q);
    }
    state.counters["questions"] = double(questions);
    state.SetBytesProcessed(state.iterations() * QFile(path).size());
}
BENCHMARK(loadBundledQuestionnaire)
    ->Name("LoadQuestionnaire/gdpr-principles")
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->Repetitions(kRepetitions)
    ->ReportAggregatesOnly(true);

// The part of opening that parses the frozen 2,000-question copy: shows how
// much of the open time is JSON and checking rather than SQLite.
void loadSyntheticQuestionnaire(benchmark::State &state)
{
    const QByteArray json = SyntheticAssessment::questionnaireJson(BenchEnvironment::instance().largeShape());
    for (auto _ : state) {
        auto q = readiness::QuestionnaireLoader::loadBytes(json, u"synthetic"_s);
        if (!q)
            fail(q.error().toString());
        benchmark::DoNotOptimize(q);
    }
    state.SetBytesProcessed(state.iterations() * json.size());
}
BENCHMARK(loadSyntheticQuestionnaire)
    ->Name("LoadQuestionnaire/synthetic-2000q")
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->Repetitions(kRepetitions)
    ->ReportAggregatesOnly(true);

// Reference point, not a target: Qt's own JSON parser on the same bytes,
// without positions or checks. The gap to the loader is what position
// tracking and checking cost.
void parseSyntheticJsonOnly(benchmark::State &state)
{
    const QByteArray json = SyntheticAssessment::questionnaireJson(BenchEnvironment::instance().largeShape());
    for (auto _ : state) {
        QJsonDocument doc = QJsonDocument::fromJson(json);
        if (!doc.isObject())
            fail(u"the synthetic questionnaire is not a JSON object"_s);
        benchmark::DoNotOptimize(doc);
    }
    state.SetBytesProcessed(state.iterations() * json.size());
}
BENCHMARK(parseSyntheticJsonOnly)
    ->Name("QJsonDocument/synthetic-2000q")
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->Repetitions(kRepetitions)
    ->ReportAggregatesOnly(true);

void openAssessment(benchmark::State &state, bool withScore)
{
    const QString path = BenchEnvironment::instance().largeAssessment();
    CallTimes times(state);
    for (auto _ : state) {
        times.start();
        auto doc = openOrFail(path);
        if (withScore)
            benchmark::DoNotOptimize(doc->score());
        times.stop();
        // Closing (PRAGMA optimize, lock release) is not part of opening.
        state.PauseTiming();
        if (doc->evidence().size() != BenchEnvironment::instance().largeShape().evidenceFiles)
            fail(u"the large assessment lost evidence"_s);
        doc.reset();
        state.ResumeTiming();
    }
    times.report(state);
}
BENCHMARK_CAPTURE(openAssessment, open, false)
    ->Name("OpenAssessment/2000q-500ev")
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->Repetitions(kRepetitions)
    ->ReportAggregatesOnly(true);
BENCHMARK_CAPTURE(openAssessment, openAndScore, true)
    ->Name("OpenAndScore/2000q-500ev")
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->Repetitions(kRepetitions)
    ->ReportAggregatesOnly(true);

void saveOneAnswer(benchmark::State &state)
{
    auto doc = openOrFail(BenchEnvironment::instance().largeAssessment());
    const qint64 ref = doc->questionnaires().constFirst().ref;
    const QString id = SyntheticAssessment::questionId(10, 50);
    CallTimes times(state);
    int i = 0;
    for (auto _ : state) {
        // Alternate the value so every call really changes the row.
        const QString value = (++i % 2) ? u"3"_s : u"2"_s;
        times.start();
        if (readiness::Status s = doc->setAnswer(ref, id, value, u"Checked in the benchmark."_s); !s)
            fail(s.error().toString());
        times.stop();
    }
    times.report(state);
}
BENCHMARK(saveOneAnswer)
    ->Name("SaveAnswer/2000q-500ev")
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->Repetitions(kRepetitions)
    ->ReportAggregatesOnly(true);

void scoreAssessment(benchmark::State &state)
{
    auto doc = openOrFail(BenchEnvironment::instance().largeAssessment());
    for (auto _ : state) {
        readiness::ReadinessScore score = doc->score();
        benchmark::DoNotOptimize(score);
    }
}
BENCHMARK(scoreAssessment)
    ->Name("Score/2000q")
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->Repetitions(kRepetitions)
    ->ReportAggregatesOnly(true);

// closeTimed: also time closing the file, which waits for the background
// checkpoint a large import starts (the copy of the WAL into the file), so
// the total cost of the import is visible, not only the user's wait.
void importLargeEvidence(benchmark::State &state, bool closeTimed)
{
    BenchEnvironment &env = BenchEnvironment::instance();
    const QString source = env.evidenceFile();
    const qint64 size = QFile(source).size();
    const SyntheticAssessment::Shape small {1, 5, 0, 0};
    for (auto _ : state) {
        // A fresh file each time: a file that already holds earlier imports
        // would make every run slower than the last.
        state.PauseTiming();
        const QString path = env.freshPath(u"import"_s);
        auto doc = SyntheticAssessment::createEmpty(env.dir(), path, small);
        if (!doc)
            fail(doc.error().toString());
        const qint64 ref = (*doc)->questionnaires().constFirst().ref;
        state.ResumeTiming();
        auto record = (*doc)->importEvidence(ref, SyntheticAssessment::questionId(1, 1), source);
        if (closeTimed)
            doc->reset();
        state.PauseTiming();
        if (!record || record->size != size)
            fail(record ? u"imported %1 of %2 bytes"_s.arg(record->size).arg(size) : record.error().toString());
        doc->reset();
        for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
            QFile::remove(path + suffix);
        state.ResumeTiming();
    }
    state.SetBytesProcessed(state.iterations() * size);
}
BENCHMARK_CAPTURE(importLargeEvidence, import, false)
    ->Name("ImportEvidence/50MiB")
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->Iterations(2)
    ->Repetitions(5)
    ->ReportAggregatesOnly(true);
BENCHMARK_CAPTURE(importLargeEvidence, importAndClose, true)
    ->Name("ImportEvidenceAndClose/50MiB")
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->Iterations(2)
    ->Repetitions(5)
    ->ReportAggregatesOnly(true);

} // namespace
