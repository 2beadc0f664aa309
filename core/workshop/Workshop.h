#pragma once

#include "Result.h"
#include "WorkshopRecords.h"
#include "WorkshopRepository.h"

namespace readiness {
class AssessmentDocument;
}

namespace readiness::workshop {

/// The workshop of one open assessment, headless: what the window's
/// controller and the command line (`gdpr-readiness workshop`) both do with
/// a session, on top of WorkshopRepository. Participants are named by the
/// user here (the command line has no list to pick from), so the running
/// session's names must tell them apart. Every write is one transaction.
class Workshop final
{
public:
    explicit Workshop(AssessmentDocument &document);

    WorkshopRepository &repository() { return m_repository; }

    /// The session that runs now, or an error that says how to start one.
    Result<WorkshopSessionRecord> running() const;
    Result<WorkshopSessionRecord> start(const QString &title, const QList<Participant> &participants);
    /// Ends the running session; refused when none runs.
    Result<WorkshopSessionRecord> end();

    /// The participant of @p sessionId called @p name (spaces around it and
    /// case aside); an error naming who is there when nobody or two are.
    Result<Participant> participantNamed(qint64 sessionId, const QString &name) const;
    /// Adds a participant to the running session; a second one of the same
    /// name is refused, so that names stay unambiguous.
    Result<Participant> addParticipant(const QString &name, const QString &role);
    /// Removes a participant from the running session (the answers they
    /// gave keep their name).
    Result<Participant> removeParticipant(const QString &name);

    /// Records that @p participantId gave the question's current answer.
    Result<qint64> attributeAnswer(qint64 sessionId, qint64 participantId, qint64 questionnaireRef,
                                   const QString &questionId);
    /// Writes the answer and who gave it in the running session, in one
    /// transaction; refused as a whole when @p givenBy is not a participant.
    /// Returns the participant as recorded.
    Result<Participant> answer(qint64 questionnaireRef, const QString &questionId, const QString &value,
                               const QString &note, const QString &givenBy);

    /// Parks a question in the running session.
    Result<qint64> park(qint64 questionnaireRef, const QString &questionId, const QString &note);
    /// Resolves (or, with @p resolved false, reopens) the question's parked
    /// entries; returns how many changed. Refused when there is none to change.
    Result<int> resolve(qint64 questionnaireRef, const QString &questionId, bool resolved);

    /// Every session of the assessment, oldest first, with its counts.
    Result<QList<SessionOverview>> overview() const;

private:
    AssessmentDocument &m_document;
    WorkshopRepository m_repository;
};

} // namespace readiness::workshop
