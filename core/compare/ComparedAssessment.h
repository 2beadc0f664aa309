#pragma once

#include "ReadinessScore.h"
#include "ReportModel.h"
#include "Result.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace readiness::compare {

/// What a comparison needs of one assessment: its identity, its date, its
/// scores per section and every question's answer and score, taken from
/// the report model (so a comparison scores exactly as the report does).
struct ComparedAssessment
{
    struct Section
    {
        QString key; // "questionnaire-id/section-id"
        QString questionnaireId;
        QString sectionId;
        QString title;
        std::optional<double> percent;
        Rag rag = Rag::None;
        int criticalGaps = 0;
    };

    struct Question
    {
        QString key; // "questionnaire-id:question-id"
        QString questionnaireId;
        QString questionId;
        QString sectionTitle;
        QString text;
        QString value; // stored form; empty when unanswered
        QString display; // the answer in words ("Unanswered" when empty)
        bool applies = true;
        bool scored = false;
        bool criticalGap = false;
        /// What the answer counts in the score: its fraction, 0 when
        /// unanswered; none when N/A, not scored or not applicable.
        std::optional<double> counted;
    };

    QString path;
    QString fileId;
    QString organisation;
    QString title;
    /// When the assessment was made: its creation time (docs/lifecycle.md).
    QDateTime date;
    std::optional<double> percent;
    Rag rag = Rag::None;
    int criticalGaps = 0;
    QList<Section> sections; // scored sections, in questionnaire order
    QList<Question> questions; // every question, in questionnaire order
    QMap<QString, QString> questionnaireVersions; // id -> version

    const Question *question(const QString &key) const;
    const Section *section(const QString &key) const;

    /// The facts of @p model (built with ReportModel::build).
    static ComparedAssessment fromModel(const ReportModel &model, const QString &path, const QString &fileId);
    /// Opens @p path read-only (it is never changed), builds its report
    /// model in @p language and takes its facts.
    static Result<ComparedAssessment> load(const QString &path, const QString &language = QStringLiteral("en"));

private:
    QHash<QString, int> m_questionIndex;
    QHash<QString, int> m_sectionIndex;
};

} // namespace readiness::compare
