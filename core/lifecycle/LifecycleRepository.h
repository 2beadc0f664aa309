#pragma once

#include "AssessmentRepository.h"
#include "LifecycleRecords.h"
#include "Result.h"

namespace readiness::lifecycle {

/// The SQL of the assessment lifecycle (file format 3): sign-offs,
/// reopenings and a question's history. Works on the repository's file and
/// writes through its transactions, with a chained change-log entry each.
class LifecycleRepository final
{
public:
    explicit LifecycleRepository(AssessmentRepository &repository);

    /// False for a file older than format 3 opened read-only: it has no
    /// sign-off tables and no chain.
    bool isAvailable() const;

    Result<QList<SignOffRecord>> signOffs(qint64 assessmentId) const { return signOffsOf(m_repository, assessmentId); }
    static Result<QList<SignOffRecord>> signOffsOf(const AssessmentRepository &repository, qint64 assessmentId);
    /// The sign-off in force (not reopened), if any.
    Result<std::optional<SignOffRecord>> activeSignOff(qint64 assessmentId) const;

    struct SignOffInput
    {
        QString name;
        QString role;
        QString opinion;
    };
    /// Freezes the assessment: stores the canonical state and its
    /// fingerprint, sets the status to signed-off. Refused when already signed.
    Result<SignOffRecord> signOff(qint64 assessmentId, const SignOffInput &input);
    /// Reopens for changes: a new revision starts; the signed state stays.
    Status reopen(qint64 assessmentId, const QString &reason);

    /// Who changed what and when for one question: its answer and evidence.
    Result<QList<HistoryEntry>> questionHistory(qint64 questionnaireRef, const QString &questionId) const;

    /// The columns of a sign-off as its change-log entry records them.
    static QString signOffStateSql();

private:
    AssessmentRepository &m_repository;
};

} // namespace readiness::lifecycle
