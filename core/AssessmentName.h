#pragma once

#include "Result.h"

#include <QString>

namespace readiness {

/// Whether a path may name an assessment file.
namespace AssessmentName {

/// Refuses a @p path that is not valid UTF-8 (a NativePath with escaped
/// bytes), saying which name to rename it to: SQLite takes file names as
/// UTF-8, so such a file cannot be opened or created by its name.
/// AssessmentFile::create() and open() check it before anything is read or
/// created (docs/file-safety.md, "File names that are not UTF-8").
Status check(const QString &path);

} // namespace AssessmentName

} // namespace readiness
