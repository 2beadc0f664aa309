#pragma once

#include "AnswerValue.h"
#include "Questionnaire.h"

#include <QList>

#include <optional>

namespace readiness {

enum class Rag { None, Red, Amber, Green };

QString ragName(Rag rag); // "red", "amber", "green", "none"
/// "60.3 %", or "—" when there is no score: one format everywhere.
QString formatPercent(std::optional<double> percent);
Rag ragFor(std::optional<double> percent, const RagThresholds &thresholds);

/// Whether a question applies: its jurisdictions meet the organisation's
/// (@p jurisdictions, from Jurisdiction::ofCountry; empty: unknown, no
/// limit), and its applies_if holds given the answers so far.
bool questionApplies(const Questionnaire &questionnaire, const Question &question, const AnswerMap &answers,
                     const QStringList &jurisdictions = {});

struct SectionScore
{
    QString sectionId;
    LocalizedText title;
    double weight = 1.0;
    bool scoped = false;
    std::optional<double> percent; // none: nothing scored in this section
    Rag rag = Rag::None;
    bool cappedByCritical = false;
    int applicable = 0; // questions that apply
    int answered = 0; // applicable and answered (N/A counts as answered)
    int notApplicable = 0;
    int criticalGaps = 0;
    QList<int> levelCounts; // per scale level (index = position in the scale), maturity questions only

    double coverage() const { return applicable ? double(answered) / applicable : 1.0; }
};

struct QuestionnaireScore
{
    QString questionnaireId;
    QString version;
    LocalizedText title;
    RagThresholds thresholds;
    std::optional<double> percent;
    Rag rag = Rag::None;
    int applicable = 0;
    int answered = 0;
    int criticalGaps = 0;
    QList<SectionScore> sections;

    double coverage() const { return applicable ? double(answered) / applicable : 1.0; }
};

/// The readiness of an assessment: see docs/scoring.md for the method.
struct ReadinessScore
{
    std::optional<double> percent;
    Rag rag = Rag::None;
    RagThresholds thresholds;
    int applicable = 0;
    int answered = 0;
    int criticalGaps = 0;
    QList<QuestionnaireScore> questionnaires;

    double coverage() const { return applicable ? double(answered) / applicable : 1.0; }

    struct Input
    {
        const Questionnaire *questionnaire;
        const AnswerMap *answers;
        QStringList jurisdictions = {}; // the organisation's, see questionApplies()
    };
    static ReadinessScore compute(const QList<Input> &inputs);
    static QuestionnaireScore compute(const Questionnaire &questionnaire, const AnswerMap &answers,
                                      const QStringList &jurisdictions = {});
};

} // namespace readiness
