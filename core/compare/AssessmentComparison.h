#pragma once

#include "ComparedAssessment.h"

namespace readiness::compare {

/// What changed from an older assessment to a newer one: the score overall
/// and per section, critical gaps that appeared or were resolved, answers
/// that count less (or more) in the score, and the questions added and
/// removed between the questionnaire versions the two used.
struct AssessmentComparison
{
    struct SectionChange
    {
        QString key;
        QString questionnaireId;
        QString sectionId;
        QString title;
        std::optional<double> before; // none: no score, or the section is new
        std::optional<double> after; // none: no score, or the section was removed
        Rag ragBefore = Rag::None;
        Rag ragAfter = Rag::None;
        std::optional<double> change() const;
    };

    struct QuestionChange
    {
        QString questionnaireId;
        QString questionId;
        QString sectionTitle;
        QString text;
        QString before; // the answer in words; empty when the question is new
        QString after; // empty when the question was removed
    };

    struct VersionChange
    {
        QString questionnaireId;
        QString before; // empty: not used before
        QString after; // empty: no longer used
    };

    QString olderPath;
    QString newerPath;
    QString olderTitle;
    QString newerTitle;
    QDateTime olderDate;
    QDateTime newerDate;
    std::optional<double> before;
    std::optional<double> after;
    int criticalBefore = 0;
    int criticalAfter = 0;
    QList<SectionChange> sections; // the newer's order, then sections only the older has
    QList<QuestionChange> newlyCritical;
    QList<QuestionChange> resolved;
    QList<QuestionChange> wentDown;
    QList<QuestionChange> wentUp;
    QList<QuestionChange> added;
    QList<QuestionChange> removed;
    QList<VersionChange> versions;

    std::optional<double> change() const;

    static AssessmentComparison between(const ComparedAssessment &older, const ComparedAssessment &newer);
};

/// @p after − @p before in percentage points; none when either is missing.
std::optional<double> pointsChange(std::optional<double> before, std::optional<double> after);

} // namespace readiness::compare
