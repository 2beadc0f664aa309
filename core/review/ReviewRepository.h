#pragma once

#include "AssessmentRepository.h"
#include "Result.h"
#include "ReviewRecords.h"

#include <optional>

namespace readiness::review {

/// The SQL of carried-over answers (table carried_answer, file format 4) and
/// of the predecessor recorded in meta. Writes go through the repository's
/// transactions, each with a chained change-log entry.
class ReviewRepository final
{
public:
    explicit ReviewRepository(AssessmentRepository &repository);

    /// False for a file older than format 4 opened read-only.
    bool isAvailable() const { return isAvailableIn(m_repository); }
    static bool isAvailableIn(const AssessmentRepository &repository);

    Result<QList<CarriedAnswer>> carried(qint64 assessmentId) const { return carriedOf(m_repository, assessmentId); }
    /// The same for a read-only use (the report).
    static Result<QList<CarriedAnswer>> carriedOf(const AssessmentRepository &repository, qint64 assessmentId);
    Result<std::optional<CarriedAnswer>> carried(qint64 assessmentId, qint64 questionnaireRef,
                                                 const QString &questionId) const;
    /// How many carried answers still wait for review (0 on an older file).
    Result<int> toReviewCount(qint64 assessmentId) const;

    /// Stores one carried answer (inside the carry-over's transaction).
    Status insert(qint64 assessmentId, const CarriedAnswer &answer);
    /// The assessor confirms the carried answer as still right; refused
    /// unless it is to review.
    Status confirm(qint64 assessmentId, qint64 questionnaireRef, const QString &questionId);
    /// Undoes confirm(): the answer is to review again.
    Status unconfirm(qint64 assessmentId, qint64 questionnaireRef, const QString &questionId);

    std::optional<Predecessor> predecessor() const;
    Status setPredecessor(const Predecessor &predecessor);

private:
    Status resolve(qint64 assessmentId, qint64 questionnaireRef, const QString &questionId, bool confirm);

    AssessmentRepository &m_repository;
};

} // namespace readiness::review
