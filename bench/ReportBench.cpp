// readiness_report_bench: time of the readiness report for a 300-question
// assessment (every question answered, a note on every third), 100 evidence
// files of 4 KiB and 50 actions. Times, over N runs in one process:
// ReportModel::build (the model) and ReportRenderer::write to PDF (render
// and write); once, the ODT. Prints median / p95 / max, the PDF's size and
// page count (pdfinfo, when installed). Targets (docs/benchmarks.md,
// "Report"): under 1 s and under 2 MB. The whole `gdpr-readiness report`
// command, process start to exit, is timed by bench/run-benchmarks.sh on
// the assessment this program leaves in --dir.
//
//   readiness_report_bench [--runs N] [--sections S] [--actions A] [--model-only]
//                          [--dir DIR] [--json FILE]
//
// --sections: sections of 30 questions (default 10, the target's 300
// questions), to see how the report grows.
// --actions: actions in the plan (default 50), spread over the questions;
// with --model-only (no PDF, no ODT) it times ReportModel::build on a large
// plan (docs/benchmarks.md, "Report model of a large action plan").
// --dir: build the assessment and write the reports there and keep them
// (large.gdpra, report.pdf, report.odt); default a temporary folder,
// removed at exit. Offscreen unless QT_QPA_PLATFORM is set.

#include "AssessmentDocument.h"
#include "ReportModel.h"
#include "ReportRenderer.h"
#include "SyntheticAssessment.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <time.h>

using namespace Qt::StringLiterals;
using readiness::AssessmentDocument;
using readiness::ReportModel;
using readiness::ui::ReportRenderer;

namespace {

[[noreturn]] void fail(const QString &message)
{
    std::fprintf(stderr, "readiness_report_bench: %s\n", qUtf8Printable(message));
    std::exit(1);
}

struct Stats
{
    int count = 0;
    double firstMs = 0, medianMs = 0, p95Ms = 0, maxMs = 0, minMs = 0;
};

// Nearest-rank percentiles, like readiness_gui_bench. The first run is
// kept in the figures but also shown alone: it pays for loading fonts.
Stats stats(const QList<qint64> &samples)
{
    Stats s;
    if (samples.isEmpty())
        return s;
    QList<qint64> ns = samples;
    std::sort(ns.begin(), ns.end());
    const auto at = [&](double q) {
        return ns.at(std::min<qsizetype>(ns.size() - 1, qsizetype(q * double(ns.size() - 1) + 0.5))) / 1e6;
    };
    s.count = int(ns.size());
    s.firstMs = samples.constFirst() / 1e6;
    s.medianMs = at(0.5);
    s.p95Ms = at(0.95);
    s.maxMs = ns.constLast() / 1e6;
    s.minMs = ns.constFirst() / 1e6;
    return s;
}

QJsonObject toJson(const Stats &s)
{
    return {{u"runs"_s, s.count},   {u"first_ms"_s, s.firstMs}, {u"median_ms"_s, s.medianMs},
            {u"p95_ms"_s, s.p95Ms}, {u"max_ms"_s, s.maxMs},     {u"min_ms"_s, s.minMs}};
}

void print(const char *label, const Stats &s)
{
    std::printf("%-28s %3d runs  first %8.1f ms  median %8.1f ms  p95 %8.1f ms  max %8.1f ms\n", label, s.count,
                s.firstMs, s.medianMs, s.p95Ms, s.maxMs);
}

// Pages according to pdfinfo (poppler-utils): an independent reader, not
// our own writer's idea of the page count. -1 when pdfinfo is missing.
int pdfPages(const QString &path)
{
    const QString pdfinfo = QStandardPaths::findExecutable(u"pdfinfo"_s);
    if (pdfinfo.isEmpty())
        return -1;
    QProcess p;
    p.start(pdfinfo, {path});
    if (!p.waitForFinished(30000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        fail(u"pdfinfo %1 failed: %2"_s.arg(path, QString::fromLocal8Bit(p.readAllStandardError())));
    const auto m = QRegularExpression(u"^Pages:\\s+(\\d+)"_s, QRegularExpression::MultilineOption)
                       .match(QString::fromLocal8Bit(p.readAllStandardOutput()));
    if (!m.hasMatch())
        fail(u"pdfinfo printed no page count for %1"_s.arg(path));
    return m.captured(1).toInt();
}

qint64 cpuNs()
{
    timespec t {};
    ::clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return qint64(t.tv_sec) * 1'000'000'000 + t.tv_nsec;
}

qint64 timeNs(const auto &work)
{
    QElapsedTimer t;
    t.start();
    work();
    return t.nsecsElapsed();
}

} // namespace

int main(int argc, char **argv)
{
    int runs = 10;
    int sections = 10;
    int actions = 50;
    bool modelOnly = false;
    QString dirArg;
    QString jsonPath;
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg = argv[i];
        if (arg == "--runs" && i + 1 < argc)
            runs = std::max(1, std::atoi(argv[++i]));
        else if (arg == "--sections" && i + 1 < argc)
            sections = std::clamp(std::atoi(argv[++i]), 1, 99); // two-digit section ids
        else if (arg == "--actions" && i + 1 < argc)
            actions = std::clamp(std::atoi(argv[++i]), 0, 1000000);
        else if (arg == "--model-only")
            modelOnly = true;
        else if (arg == "--dir" && i + 1 < argc)
            dirArg = QString::fromLocal8Bit(argv[++i]);
        else if (arg == "--json" && i + 1 < argc)
            jsonPath = QString::fromLocal8Bit(argv[++i]);
        else
            fail(u"usage: readiness_report_bench [--runs N] [--sections S] [--actions A] [--model-only] [--dir DIR] "
                 "[--json FILE]"_s);
    }
    // The report needs a QGuiApplication (fonts, QPdfWriter, Qt Charts) but
    // no display, as for `gdpr-readiness report` on a server.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);

    QTemporaryDir scratch;
    if (dirArg.isEmpty() && !scratch.isValid())
        fail(u"cannot create a temporary folder: %1"_s.arg(scratch.errorString()));
    const QString dir = dirArg.isEmpty() ? scratch.path() : QDir(dirArg).absolutePath();
    if (!QDir().mkpath(dir))
        fail(u"cannot create %1"_s.arg(dir));
    QFile::remove(dir + u"/large.gdpra"_s); // create() refuses an existing file

    // 10 sections (by default) × 30 questions, all answered, 100 evidence files of
    // 4 KiB, 50 actions (by default); texts as long as in the bundled questionnaires.
    const benchsupport::SyntheticAssessment::Shape shape {sections, 30, 100, 4 * 1024, true, actions};
    QElapsedTimer setup;
    setup.start();
    auto built = benchsupport::SyntheticAssessment::build(dir, shape);
    if (!built)
        fail(built.error().toString());
    const double buildMs = double(setup.nsecsElapsed()) / 1e6;

    // Read-only, as the report command opens it.
    std::unique_ptr<AssessmentDocument> doc;
    const qint64 openNs = timeNs([&] {
        auto opened = AssessmentDocument::open(*built, readiness::AssessmentFile::Mode::ReadOnly);
        if (!opened)
            fail(opened.error().toString());
        doc = std::move(opened).value();
    });
    if (doc->evidence().size() != shape.evidenceFiles || doc->actions().size() != shape.actions)
        fail(u"the assessment has %1 evidence files and %2 actions, not %3 and %4"_s.arg(doc->evidence().size())
                 .arg(doc->actions().size())
                 .arg(shape.evidenceFiles)
                 .arg(shape.actions));

    const QString pdfPath = dir + u"/report.pdf"_s;
    QList<qint64> modelNs, writeNs, totalNs;
    qint64 modelCpuNs = 0; // the process's CPU time in ReportModel::build, all runs

    for (int run = 0; run < runs; ++run) {
        std::optional<ReportModel> model;
        const qint64 cpuBefore = cpuNs();
        const qint64 m = timeNs([&] {
            auto result = ReportModel::build(*doc, {});
            if (!result)
                fail(result.error().toString());
            model = std::move(result).value();
        });
        // The model must hold what the report is asked to show, or the
        // timing is of a smaller report.
        int answered = 0;
        for (const ReportModel::SectionDetail &section : model->sections)
            for (const ReportModel::QuestionDetail &q : section.questions)
                answered += !q.value.isEmpty();
        if (answered != shape.sections * shape.questionsPerSection || model->evidence.size() != shape.evidenceFiles
            || model->actions.size() != shape.actions)
            fail(u"the model has %1 answers, %2 evidence files, %3 actions"_s.arg(answered)
                     .arg(model->evidence.size())
                     .arg(model->actions.size()));
        modelCpuNs += cpuNs() - cpuBefore;
        modelNs.append(m);
        if (modelOnly)
            continue;
        QFile::remove(pdfPath); // every run writes a new file, as the command does
        const qint64 w = timeNs([&] {
            if (auto s = ReportRenderer::write(*model, pdfPath, {}); !s)
                fail(s.error().toString());
        });
        writeNs.append(w);
        totalNs.append(m + w);
    }

    if (modelOnly) {
        std::printf("readiness_report_bench: %d questions answered, %d evidence files, %d actions (model only)\n",
                    shape.sections * shape.questionsPerSection, shape.evidenceFiles, shape.actions);
        std::printf("set-up (not timed): build %.0f ms; open read-only %.1f ms\n", buildMs, double(openNs) / 1e6);
        print("model (ReportModel::build)", stats(modelNs));
        // On a shared machine the wall time includes waiting for a core.
        std::printf("model CPU time: %.1f ms per run\n", double(modelCpuNs) / 1e6 / runs);
        return 0;
    }

    QFile pdf(pdfPath);
    if (!pdf.open(QIODevice::ReadOnly) || !pdf.read(5).startsWith("%PDF-"))
        fail(u"%1 is not a PDF"_s.arg(pdfPath));
    const qint64 pdfBytes = pdf.size();
    const int pages = pdfPages(pdfPath);

    // The ODT once, for information: no target.
    const QString odtPath = dir + u"/report.odt"_s;
    QFile::remove(odtPath);
    const qint64 odtNs = timeNs([&] {
        auto model = ReportModel::build(*doc, {});
        if (!model)
            fail(model.error().toString());
        ReportRenderer::Options options;
        options.format = ReportRenderer::Format::Odt;
        if (auto s = ReportRenderer::write(*model, odtPath, options); !s)
            fail(s.error().toString());
    });
    const qint64 odtBytes = QFileInfo(odtPath).size();
    const qint64 gdpraBytes = QFileInfo(*built).size();

    const Stats sModel = stats(modelNs), sWrite = stats(writeNs), sTotal = stats(totalNs);
    std::printf("readiness_report_bench: %d questions answered, %d evidence files, %d actions, platform %s\n",
                shape.sections * shape.questionsPerSection, shape.evidenceFiles, shape.actions,
                qUtf8Printable(QGuiApplication::platformName()));
    std::printf("set-up (not timed): build %.0f ms, assessment %lld bytes; open read-only %.1f ms\n", buildMs,
                static_cast<long long>(gdpraBytes), double(openNs) / 1e6);
    print("model (ReportModel::build)", sModel);
    print("PDF render + write", sWrite);
    print("model + PDF", sTotal);
    std::printf("PDF: %lld bytes (%.2f MiB), %d pages%s\n", static_cast<long long>(pdfBytes),
                double(pdfBytes) / (1024.0 * 1024.0), pages, pages < 0 ? " (pdfinfo not found)" : "");
    std::printf("ODT (once): model + write %.1f ms, %lld bytes (%.2f MiB)\n", double(odtNs) / 1e6,
                static_cast<long long>(odtBytes), double(odtBytes) / (1024.0 * 1024.0));
    if (!jsonPath.isEmpty()) {
        const QJsonObject root {
            {u"questions"_s, shape.sections * shape.questionsPerSection},
            {u"evidence_files"_s, shape.evidenceFiles},
            {u"actions"_s, shape.actions},
            {u"platform"_s, QGuiApplication::platformName()},
            {u"open_ms"_s, double(openNs) / 1e6},
            {u"model"_s, toJson(sModel)},
            {u"pdf_write"_s, toJson(sWrite)},
            {u"model_and_pdf"_s, toJson(sTotal)},
            {u"pdf_bytes"_s, pdfBytes},
            {u"pdf_pages"_s, pages},
            {u"odt_ms"_s, double(odtNs) / 1e6},
            {u"odt_bytes"_s, odtBytes},
            {u"assessment_bytes"_s, gdpraBytes},
        };
        QFile out(jsonPath);
        if (!out.open(QIODevice::WriteOnly) || out.write(QJsonDocument(root).toJson()) < 0)
            fail(u"cannot write %1"_s.arg(jsonPath));
    }
    return 0;
}
