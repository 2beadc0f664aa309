// Bulk additions to the action plan (issue 16): an assessment spec, a
// template or a CRM audit's findings add many actions in a row. Each
// addition used to read the whole plan back, so 5,000 of them read 12.5
// million rows. Timed in CPU time: the additions run in one transaction
// (one fsync), and what is measured is the work per action, which the disk
// does not hide.

#include "AssessmentDocument.h"
#include "BenchEnvironment.h"
#include "SyntheticAssessment.h"

#include <benchmark/benchmark.h>

using namespace Qt::StringLiterals;
using benchsupport::BenchEnvironment;
using benchsupport::fail;
using benchsupport::SyntheticAssessment;

namespace {

void addManyActions(benchmark::State &state)
{
    const int count = int(state.range(0));
    SyntheticAssessment::Shape shape;
    shape.sections = 2;
    shape.questionsPerSection = 10;
    shape.evidenceFiles = 0;
    for (auto _ : state) {
        state.PauseTiming();
        auto created = SyntheticAssessment::createEmpty(BenchEnvironment::instance().dir(),
                                                        BenchEnvironment::instance().freshPath(u"actions"_s), shape);
        if (!created)
            fail(created.error().toString());
        readiness::AssessmentDocument &doc = **created;
        const qint64 ref = doc.questionnaires().constFirst().ref;
        state.ResumeTiming();
        const readiness::Status s = doc.repository().file().write([&]() -> readiness::Status {
            for (int i = 0; i < count; ++i) {
                readiness::ActionRecord action;
                action.questionnaireRef = ref;
                action.questionId = SyntheticAssessment::questionId(i % 2, i % 10);
                action.title = u"Action %1 of the bulk import"_s.arg(i);
                action.owner = u"DPO"_s;
                if (auto id = doc.addAction(action); !id)
                    return id.error();
            }
            return readiness::success();
        });
        if (!s)
            fail(s.error().toString());
        state.PauseTiming();
        if (doc.actions().size() != count)
            fail(u"the action plan holds %1 actions, not %2"_s.arg(doc.actions().size()).arg(count));
        created->reset();
        state.ResumeTiming();
    }
    state.SetItemsProcessed(state.iterations() * count);
}
BENCHMARK(addManyActions)
    ->Name("AddActions/bulk")
    ->Arg(500)
    ->Arg(5000)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(1)
    ->Repetitions(3);

} // namespace
