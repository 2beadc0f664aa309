#pragma once

#include "AssessmentRecords.h"
#include "Result.h"
#include "WorkshopRecords.h"

#include <QJsonObject>

namespace readiness {
class AssessmentDocument;
}

namespace readiness::workshop {

/// What one workshop session produced, as plain data: the answers given
/// (per section, with who gave them), the time per section, the parking lot
/// and the actions created while it ran. The PDF (ui) and the command
/// line's --json read this one model.
struct WorkshopSummary
{
    struct Answer
    {
        QString questionnaireId;
        QString questionId;
        QString text; // the question, in the summary's language
        QString display; // the answer in words
        QString note;
        QString givenBy; // "Name (Role)"; empty when nobody was recorded
        QDateTime at;
    };
    struct Section
    {
        qint64 questionnaireRef = 0;
        QString questionnaireTitle;
        QString sectionId;
        QString title;
        qint64 elapsedMs = 0;
        QList<Answer> answers;
    };
    struct Parked
    {
        QString questionnaireId;
        QString questionId;
        QString text;
        QString sectionTitle;
        QString note;
        QDateTime createdAt;
        bool resolved = false;
    };

    QString language;
    Organisation organisation;
    AssessmentInfo assessment;
    WorkshopSessionRecord session;
    int sessionNumber = 0; // 1-based among the assessment's sessions
    QDateTime until; // the end, or now for a running session
    QList<Participant> participants;
    QList<Section> sections; // in questionnaire order; those with answers or time
    QList<Parked> parked; // parked in this session, and still-open ones from before
    QList<ActionRecord> actions; // created while the session ran
    qint64 totalMs = 0;

    /// The summary of session @p sessionId (0: the latest) of @p document's
    /// current assessment, texts in @p language ("en" or "de").
    static Result<WorkshopSummary> build(AssessmentDocument &document, qint64 sessionId, const QString &language);

    QJsonObject toJson() const;

    /// "1 h 05 min", "12 min 30 s", "45 s".
    static QString duration(qint64 ms);
};

} // namespace readiness::workshop
