#pragma once

#include "AssessmentDocument.h"
#include "Result.h"

#include <memory>

namespace readiness {

/// Builds an assessment file from a JSON description (organisation,
/// questionnaires, answers, evidence files, actions, key dates). The demo
/// assessment is kept as such text so it always matches the current schema.
/// Shape: docs/assessment-spec.md.
namespace AssessmentSpec {

/// Writes a new assessment file at @p outputPath; never overwrites, and
/// leaves nothing behind on failure. @p imported, if given, receives the
/// evidence files stored (so the caller can say what went in).
Status build(const QString &specPath, const QString &outputPath, QList<EvidenceRecord> *imported = nullptr);

} // namespace AssessmentSpec

} // namespace readiness
