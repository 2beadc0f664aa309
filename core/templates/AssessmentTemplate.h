#pragma once

#include "AssessmentDocument.h"
#include "Result.h"

#include <QJsonObject>

#include <memory>

namespace readiness {

/// A starting point for a new client's assessment: the organisation profile,
/// the questionnaires and the answers to their scoping sections. Plain JSON
/// data (docs/templates.md): no file paths, no evidence, nothing executable.
struct AssessmentTemplate
{
    static constexpr auto kFormat = "gdpr-readiness-template";
    static constexpr int kVersion = 1;

    struct ScopeAnswer
    {
        QString questionnaireId;
        QString questionId;
        QString value; // stored form (AnswerValue::normalise)
        QString note;
    };

    QString name;
    QDateTime savedAt;
    Organisation organisation;
    QStringList questionnaires; // bundled ids
    QList<ScopeAnswer> answers;

    /// The profile and scope answers of @p document's current assessment.
    static Result<AssessmentTemplate> fromDocument(const AssessmentDocument &document, const QString &name);

    /// Parses and checks @p bytes; every problem names @p fileName,
    /// line:column and the JSON path. The questionnaires must be bundled and
    /// each answer must belong to a scoping section and fit its question.
    static Result<AssessmentTemplate> parse(const QByteArray &bytes, const QString &fileName);
    QJsonObject toJson() const;

    struct Overrides
    {
        QString organisationName; // empty: the template's
        QString title; // empty: "GDPR readiness assessment"
        QString assessor;
    };
    /// A new assessment file at @p path from this template; never overwrites,
    /// and removes what it made when a step fails.
    Result<std::unique_ptr<AssessmentDocument>> create(const QString &path, const Overrides &overrides) const;
};

} // namespace readiness
