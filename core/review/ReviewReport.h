#pragma once

#include "ReportModel.h"
#include "Result.h"

namespace readiness {
class AssessmentDocument;
}

namespace readiness::review {

/// What the report and the data exports show of a carry-over: answers still
/// to review are marked, answers kept only as history are listed.
namespace ReviewReport {

/// Adds the carried answers of @p document's assessment to @p model (built
/// from the same document); a file without carried answers leaves it as is.
Status complete(const AssessmentDocument &document, ReportModel &model);

} // namespace ReviewReport

} // namespace readiness::review
