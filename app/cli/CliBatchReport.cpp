// gdpr-readiness report DIR -o OUTDIR: the client portfolio's batch of
// reports. Each report is written by a worker process running the
// single-file `report` command (core/portfolio/BatchReport explains why).
#include "BatchReport.h"
#include "CliReportCommands.h"
#include "CliSupport.h"
#include "CliTranslations.h"
#include "PortfolioScanner.h"
#include "UntrustedText.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QMutex>

using namespace Qt::StringLiterals;

namespace readiness::cli {

int batchReportCommand(const QCommandLineParser &parser, const BatchReportOptions &o, Streams io)
{
    auto usage = [&](const char *message) {
        io.err << "gdpr-readiness report: " << translated(message) << '\n';
        return int(UsageError);
    };
    if (!parser.isSet(o.output))
        return usage(QT_TRANSLATE_NOOP("cli", "-o OUTDIR is required"));
    if (parser.value(o.format).toLower() != "pdf"_L1)
        return usage(QT_TRANSLATE_NOOP("cli", "a folder's reports are written as PDF only"));
    portfolio::BatchReport::Options options;
    options.program = QCoreApplication::applicationFilePath();
    options.outputDir = parser.value(o.output);
    options.replace = parser.isSet(o.replace);
    if (parser.isSet(o.jobs)) {
        bool ok = false;
        options.jobs = parser.value(o.jobs).toInt(&ok);
        if (!ok || options.jobs < 1 || options.jobs > 64)
            return usage(QT_TRANSLATE_NOOP("cli", "--jobs must be a number from 1 to 64"));
    }
    options.reportArguments = {u"--page-size"_s, parser.value(o.pageSize), u"--language"_s, parser.value(o.language)};
    const QString dir = parser.positionalArguments().constFirst();
    if (!QFileInfo(options.outputDir).isDir())
        return fail(io,
                    translated(QT_TRANSLATE_NOOP("cli", "%1 is not a folder; create it first"))
                        .arg(QDir::toNativeSeparators(options.outputDir)));
    auto inputs = portfolio::PortfolioScanner::assessmentFiles(dir);
    if (!inputs)
        return fail(io, inputs.error());
    if (inputs->isEmpty()) {
        io.out << translated(QT_TRANSLATE_NOOP("cli", "No assessment files (*.gdpra) in %1"))
                      .arg(QDir::toNativeSeparators(dir))
               << '\n';
        return Success;
    }
    // Progress goes straight to stderr as each report ends (io.err is
    // buffered until the command returns).
    QMutex mutex;
    QTextStream progress(stderr);
    const auto items = portfolio::BatchReport::run(
        *inputs, options, [&](int done, int total, const portfolio::BatchReport::Item &item) {
            QMutexLocker locker(&mutex);
            // File names are untrusted text, as in everything a command prints.
            progress << UntrustedText::forTerminal(u"[%1/%2] %3: %4"_s.arg(done).arg(total).arg(
                QFileInfo(item.input).fileName(),
                item.ok ? QDir::toNativeSeparators(item.output) : translated(QT_TRANSLATE_NOOP("cli", "failed"))))
                     << '\n';
            progress.flush();
        });
    int failed = 0;
    for (const auto &item : items)
        failed += item.ok ? 0 : 1;
    io.out << translated(QT_TRANSLATE_NOOP("cli", "Wrote %1 of %2 reports to %3"))
                  .arg(items.size() - failed)
                  .arg(items.size())
                  .arg(QDir::toNativeSeparators(options.outputDir))
           << '\n';
    if (failed) {
        io.err << translated(QT_TRANSLATE_NOOP("cli", "Not written (%1):")).arg(failed) << '\n';
        for (const auto &item : items)
            if (!item.ok)
                io.err << "  " << QFileInfo(item.input).fileName() << ": " << item.message << '\n';
    }
    return failed ? DataError : Success;
}

} // namespace readiness::cli
