#pragma once

#include "AssessmentRepository.h"
#include "Result.h"

namespace readiness::compare {

/// The assessment an assessment file names as its predecessor (meta keys
/// `predecessor.file_id` and `predecessor.path`, written by
/// `new --from-previous`): the file it was made from, to compare with.
struct PredecessorLink
{
    QString fileId;
    QString path; // as stored
    QString resolvedPath; // a relative path taken from the naming file's folder

    bool isNamed() const { return !path.isEmpty(); }

    /// The link stored in the file of @p repository, whose path is @p documentPath.
    static Result<PredecessorLink> of(const AssessmentRepository &repository, const QString &documentPath);
};

} // namespace readiness::compare
