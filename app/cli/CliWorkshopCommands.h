#pragma once

#include "Cli.h"

namespace readiness::cli {

/// gdpr-readiness workshop-summary FILE [--session N] (-o OUT.pdf | --json)
int workshopSummaryCommand(const QStringList &arguments, Streams io);

/// Adds workshop-summary to the command line: a library of its own, since
/// the PDF needs the UI library (fonts, QPdfWriter) and core commands must not.
void registerWorkshopCommands();

/// Whether the command in @p arguments needs a QGuiApplication (fonts).
bool workshopCommandNeedsGui(const QStringList &arguments);

} // namespace readiness::cli
