#pragma once

#include "Cli.h"

#include <QCommandLineParser>

namespace readiness::cli {

/// gdpr-readiness report FILE -o OUT [--assessment ID] [--page-size A4|Letter]
/// [--language en|de] [--format pdf|odt]
int reportCommand(const QStringList &arguments, Streams io);
/// The options of `report` a folder run uses.
struct BatchReportOptions
{
    const QCommandLineOption &output, &pageSize, &language, &format, &replace, &jobs;
};
/// gdpr-readiness report DIR -o OUTDIR [--replace] [--jobs N]: every
/// assessment's PDF, each by a worker process (core/portfolio/BatchReport).
int batchReportCommand(const QCommandLineParser &parser, const BatchReportOptions &options, Streams io);
/// gdpr-readiness export FILE --format json|csv -o OUT
int exportCommand(const QStringList &arguments, Streams io);

/// Adds report and export to the command line. They live beside the core
/// commands but in a library of their own, because the report needs the UI
/// library (QtGui fonts, PDF, Qt Charts) and the core commands must not.
void registerReportCommands();

/// Whether the command in @p arguments needs a QApplication (charts).
bool commandNeedsGuiApplication(const QStringList &arguments);

} // namespace readiness::cli
