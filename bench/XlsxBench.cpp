// readiness_xlsx_bench: time of the Excel export (issue 15, item 3) on the
// largest assessment the benchmarks build (bench/SyntheticAssessment: 20
// sections × 100 questions, every one answered, 500 evidence files, with
// realistic texts and 200 actions), next to the JSON and CSV exports of the
// same model. Times XlsxExport::write / AssessmentExport::write as the
// export command calls them (model, workbook, atomic move into place) over
// N runs; prints median and max and the file sizes. Not part of CTest
// (docs/benchmarks.md, "Excel export").
//
//   readiness_xlsx_bench [--runs N]

#include "AssessmentDocument.h"
#include "AssessmentExport.h"
#include "SyntheticAssessment.h"
#include "XlsxExport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <functional>

using namespace Qt::StringLiterals;
using namespace readiness;

namespace {

[[noreturn]] void fail(const QString &message)
{
    std::fprintf(stderr, "readiness_xlsx_bench: %s\n", qUtf8Printable(message));
    std::exit(1);
}

void measure(const char *label, int runs, const QString &out, const std::function<Status()> &write)
{
    QList<double> ms;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        if (Status s = write(); !s)
            fail(s.error().toString());
        ms << t.nsecsElapsed() / 1e6;
    }
    std::sort(ms.begin(), ms.end());
    std::printf("%-6s %2d runs  median %8.1f ms  min %8.1f ms  max %8.1f ms  %9lld bytes\n", label, runs,
                ms.at(ms.size() / 2), ms.constFirst(), ms.constLast(), QFileInfo(out).size());
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int runs = 5;
    for (int i = 1; i < argc; ++i) {
        if (QByteArray(argv[i]) == "--runs" && i + 1 < argc)
            runs = std::max(1, std::atoi(argv[++i]));
        else
            fail(u"usage: readiness_xlsx_bench [--runs N]"_s);
    }
    QTemporaryDir dir;
    if (!dir.isValid())
        fail(u"no temporary folder"_s);
    benchsupport::SyntheticAssessment::Shape shape; // 2,000 questions, 500 evidence files
    shape.realisticText = true;
    shape.actions = 200;
    auto path = benchsupport::SyntheticAssessment::build(dir.path(), shape);
    if (!path)
        fail(path.error().toString());
    auto doc = AssessmentDocument::open(*path, AssessmentFile::Mode::ReadOnly);
    if (!doc)
        fail(doc.error().toString());
    std::printf("assessment: %d sections x %d questions, %d evidence files, %d actions, %lld bytes\n", shape.sections,
                shape.questionsPerSection, shape.evidenceFiles, shape.actions, QFileInfo(*path).size());
    const QString xlsx = dir.filePath(u"export.xlsx"_s);
    const QString json = dir.filePath(u"export.json"_s);
    const QString csv = dir.filePath(u"export.csv"_s);
    measure("xlsx", runs, xlsx, [&] { return XlsxExport::write(**doc, u"en"_s, xlsx); });
    measure("json", runs, json,
            [&] { return AssessmentExport::write(**doc, AssessmentExport::Format::Json, u"en"_s, json); });
    measure("csv", runs, csv,
            [&] { return AssessmentExport::write(**doc, AssessmentExport::Format::Csv, u"en"_s, csv); });
    return 0;
}
