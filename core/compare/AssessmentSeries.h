#pragma once

#include "AssessmentComparison.h"
#include "ComparedAssessment.h"

#include <QStringList>

namespace readiness::compare {

/// Two or more assessments of one organisation in order of assessment date
/// (oldest first), each compared with the one before it, and the trend of
/// their scores. Assessments of differently named organisations are
/// compared all the same, with a warning: a renamed company is still the
/// same company, and the user chose the files.
struct AssessmentSeries
{
    struct TrendLine
    {
        QString key; // "questionnaire-id/section-id"; empty for the overall score
        QString title;
        QList<std::optional<double>> points; // one per assessment, by date
    };

    /// Something the user should know before trusting the comparison; the
    /// command line and the window word it in the user's language.
    struct Warning
    {
        enum class Kind { OtherOrganisation, SameFile };
        Kind kind = Kind::OtherOrganisation;
        QString file; // file names, not paths
        QString otherFile;
        QString organisation; // OtherOrganisation: the names; SameFile: the file id
        QString otherOrganisation;
        QString message() const; // in English (JSON)
    };

    QList<ComparedAssessment> assessments; // oldest first
    QList<AssessmentComparison> steps; // step i: assessments[i] -> assessments[i + 1]
    QList<Warning> warnings;

    /// The overall score first, then every section any assessment scored
    /// (named as the newest assessment names it).
    QList<TrendLine> trend() const;
    /// The newest assessment compared with the one before it.
    const AssessmentComparison &latest() const { return steps.last(); }

    /// Orders @p list by date (ties keep the given order) and compares;
    /// fewer than two assessments is an error.
    static Result<AssessmentSeries> of(QList<ComparedAssessment> list);
    /// Loads each file read-only (ComparedAssessment::load) and compares.
    static Result<AssessmentSeries> load(const QStringList &paths, const QString &language = QStringLiteral("en"));
};

/// Whether two organisation names name the same organisation: equal but
/// for case and spacing.
bool sameOrganisation(const QString &a, const QString &b);

} // namespace readiness::compare
