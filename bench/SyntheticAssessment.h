#pragma once

#include "AssessmentDocument.h"
#include "Result.h"

#include <QString>

namespace benchsupport {

/// Builds the large assessment the benchmarks time: a generated but valid
/// questionnaire of sections × questions maturity questions, every question
/// answered, and a number of small evidence files imported. Built once, in
/// @p dir, outside any timed loop.
class SyntheticAssessment final
{
public:
    struct Shape
    {
        int sections = 20;
        int questionsPerSection = 100;
        int evidenceFiles = 500;
        int evidenceBytes = 4 * 1024; // "a few KB"
        // The report benchmark needs what a report prints to be as long as
        // in real use; the others keep the short texts their figures were
        // taken with. realisticText: question texts of 85-205 characters
        // (the bundled questionnaires average 116-144), a note on every
        // third answer, evidence named like documents.
        bool realisticText = false;
        int actions = 0; // tied to questions, with owners and due dates
    };

    /// Questionnaire JSON (format 1) with the given shape.
    static QByteArray questionnaireJson(const Shape &shape);
    static QString questionId(int section, int question);

    /// Writes the questionnaire, creates the assessment at @p dir/large.gdpra,
    /// answers every question, imports the evidence and adds the actions.
    /// Returns the path.
    static readiness::Result<QString> build(const QString &dir, const Shape &shape);

    /// A new assessment at @p path on the bundled-style questionnaire of
    /// @p shape, with no answers (for the import benchmark).
    static readiness::Result<std::unique_ptr<readiness::AssessmentDocument>>
    createEmpty(const QString &dir, const QString &path, const Shape &shape);
};

/// Writes @p bytes of pseudo-random data to @p path (fixed seed, so every
/// run imports the same bytes).
readiness::Status writeRandomFile(const QString &path, qint64 bytes);

} // namespace benchsupport
