#pragma once

#include "AssessmentRecords.h"
#include "Result.h"

namespace readiness {

class AssessmentRepository;

/// One action read back by its id, as AssessmentRepository::actions() lists
/// it. Its SQL is in AssessmentRepository.cpp beside the other queries of
/// actions; a free function, so that the repository's header (included by
/// most of the program) stays as it is.
Result<ActionRecord> actionById(const AssessmentRepository &repository, qint64 actionId);

} // namespace readiness
