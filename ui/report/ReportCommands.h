#pragma once

#include "Cli.h"

namespace readiness::ui {

/// gdpr-readiness report FILE -o OUT [--assessment ID] [--page-size A4|Letter]
/// [--language en|de] [--format pdf|odt]
int reportCommand(const QStringList &arguments, cli::Streams io);
/// gdpr-readiness export FILE --format json|csv -o OUT
int exportCommand(const QStringList &arguments, cli::Streams io);

} // namespace readiness::ui
