#pragma once

#include "QuestionnaireMove.h"
#include "Result.h"
#include "ReviewRecords.h"

namespace readiness::review {

/// A new assessment file made from a previous one (next year's review from
/// this year's): organisation, answers with their notes, evidence (copied,
/// with their SHA-256) and open actions, every answer marked to review.
/// The previous file is opened read-only and never changed.
class CarryOver final
{
public:
    struct Options
    {
        QString source; // the previous assessment file
        QString target; // the new file; never written over
        qint64 assessmentId = 0; // of the source; 0: its newest
        /// Use newer versions of the questionnaires where available.
        bool moveQuestionnaires = false;
        /// Who is recorded as making the new file (the change log's actor).
        QString actor;
        QuestionnaireMove::Candidates candidates = QuestionnaireMove::bundled();
    };

    /// What the carry-over takes (plan) or took (run).
    struct Summary
    {
        QString target;
        Predecessor predecessor;
        QString organisation;
        int answers = 0; // carried into the new file
        int toReview = 0;
        int history = 0; // kept as history only (removed or not valid after a move)
        int evidence = 0;
        qint64 evidenceBytes = 0;
        int actions = 0; // open and in-progress ones
        /// One per questionnaire for which a newer version exists.
        QList<QuestionnaireChange> changes;
    };

    /// What run() would do, without writing anything (for the dialog).
    static Result<Summary> plan(const Options &options);
    /// Builds the new file under a temporary name and moves it into place
    /// only when complete; on any error nothing is left at the target.
    static Result<Summary> run(const Options &options);
};

} // namespace readiness::review
