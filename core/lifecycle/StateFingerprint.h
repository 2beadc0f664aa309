#pragma once

#include "AssessmentRepository.h"
#include "Result.h"

namespace readiness::lifecycle {

/// The canonical serialisation of an assessment's content and its SHA-256
/// (docs/lifecycle.md "Fingerprint"): organisation, questionnaires (id,
/// version, SHA-256), every answer and note, every evidence file's SHA-256
/// and every action, as compact JSON with sorted keys and sorted lists.
class StateFingerprint final
{
public:
    static Result<QByteArray> canonical(const AssessmentRepository &repository, qint64 assessmentId);
    static QString of(const QByteArray &canonical);
};

} // namespace readiness::lifecycle
