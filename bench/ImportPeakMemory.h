#pragma once

#include <QString>

namespace benchsupport {

/// `readiness_bench --import-rss FILE`: imports FILE once into a new
/// assessment and reports the resident memory before and the peak during
/// the import, read from /proc/self/status. Returns the exit code.
int measureImportPeakMemory(const QString &file);

} // namespace benchsupport
