#pragma once

#include "AssessmentComparison.h"
#include "AssessmentDocument.h"
#include "ReportModel.h"

namespace readiness::compare {

/// The report's "Since last review" section (ReportModel::SinceLastReview).
namespace SinceLastReview {

/// For @p model, built from @p document: compared with @p previousPath when
/// given (an error when it cannot be read: the user chose it), otherwise with
/// the predecessor the assessment names: none when it names none; when the
/// named file is missing, unreadable or another file (its file id differs),
/// the section says so instead of comparing.
Result<std::optional<ReportModel::SinceLastReview>> build(const AssessmentDocument &document, const ReportModel &model,
                                                          const QString &previousPath = {});

/// The section's content for a comparison already made.
ReportModel::SinceLastReview fromComparison(const AssessmentComparison &comparison);

} // namespace SinceLastReview

} // namespace readiness::compare
