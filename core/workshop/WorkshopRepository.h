#pragma once

#include "AssessmentRepository.h"
#include "Result.h"
#include "WorkshopRecords.h"

namespace readiness::workshop {

/// The SQL of workshop sessions (file format 5): sessions, participants, who
/// gave an answer, the parking lot and the time per section. Every write is
/// one transaction of the repository's file; those that change what the
/// assessment records (all but the section timers) write a chained
/// change-log entry. While the assessment is signed off the file's triggers
/// refuse every write.
class WorkshopRepository final
{
public:
    explicit WorkshopRepository(AssessmentRepository &repository);

    /// False for a file older than format 5 opened read-only.
    bool isAvailable() const;

    Result<QList<WorkshopSessionRecord>> sessions(qint64 assessmentId) const;
    Result<std::optional<WorkshopSessionRecord>> session(qint64 sessionId) const;
    /// The session that has not ended, if any (at most one at a time).
    Result<std::optional<WorkshopSessionRecord>> runningSession(qint64 assessmentId) const;
    /// Starts a session with @p participants, in one transaction: refused
    /// as a whole while another session runs or when a participant is not
    /// acceptable (no name, too long).
    Result<WorkshopSessionRecord> startSession(qint64 assessmentId, const QString &title,
                                               const QList<Participant> &participants = {});
    Status endSession(qint64 sessionId);

    Result<QList<Participant>> participants(qint64 sessionId, bool withRemoved = false) const;
    Result<qint64> addParticipant(qint64 sessionId, const QString &name, const QString &role);
    /// Changes name, role and the removed flag (removal is undoable).
    Status updateParticipant(const Participant &participant);

    /// Records that @p participantId gave @p value for the question.
    Result<qint64> attribute(qint64 sessionId, qint64 participantId, qint64 questionnaireRef, const QString &questionId,
                             const QString &value);
    Result<QList<Attribution>> attributions(qint64 sessionId) const;
    /// Every attribution of one question, oldest first (all sessions).
    Result<QList<Attribution>> attributionsOf(qint64 questionnaireRef, const QString &questionId) const;

    /// The assessment's parking lot, oldest first (all sessions).
    Result<QList<ParkedQuestion>> parked(qint64 assessmentId) const;
    /// Parks a question; @p reuseId puts a parked question back under its
    /// old id (redo after undo).
    Result<qint64> park(qint64 sessionId, qint64 questionnaireRef, const QString &questionId, const QString &note,
                        qint64 reuseId = 0);
    /// Takes a parked question off the list (undo of park).
    Status unpark(qint64 parkedId);
    Status setResolved(qint64 parkedId, bool resolved);

    Result<QList<SectionTime>> sectionTimes(qint64 sessionId) const;
    /// Adds @p elapsedMs to the section's time in the session.
    Status addSectionTime(qint64 sessionId, qint64 questionnaireRef, const QString &sectionId, qint64 elapsedMs);

private:
    Result<QList<Attribution>> readAttributions(const QString &where, const QVariantList &values) const;

    AssessmentRepository &m_repository;
};

} // namespace readiness::workshop
