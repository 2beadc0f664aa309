#include "ReadinessScore.h"

#include "Jurisdiction.h"

using namespace Qt::StringLiterals;

namespace readiness {

QString ragName(Rag rag)
{
    switch (rag) {
    case Rag::Red:
        return u"red"_s;
    case Rag::Amber:
        return u"amber"_s;
    case Rag::Green:
        return u"green"_s;
    case Rag::None:
        break;
    }
    return u"none"_s;
}

QString formatPercent(std::optional<double> percent)
{
    return percent ? QString::number(*percent, 'f', 1) + u" %"_s : u"—"_s;
}

Rag ragFor(std::optional<double> percent, const RagThresholds &thresholds)
{
    if (!percent)
        return Rag::None;
    if (*percent < thresholds.redBelow)
        return Rag::Red;
    if (*percent < thresholds.amberBelow)
        return Rag::Amber;
    return Rag::Green;
}

namespace {
bool conditionHolds(const Condition &c, const QString &value)
{
    switch (c.test) {
    case Condition::Test::Equals:
        return value == c.values.value(0);
    case Condition::Test::NotEquals:
        return value != c.values.value(0);
    case Condition::Test::In:
        return c.values.contains(value);
    case Condition::Test::Contains:
        return value.split(u',', Qt::SkipEmptyParts).contains(c.values.value(0));
    }
    return false;
}
} // namespace

bool questionApplies(const Questionnaire &questionnaire, const Question &question, const AnswerMap &answers,
                     const QStringList &jurisdictions)
{
    // Conditions only point at earlier questions (the loader checks), so
    // this walks back a finite chain. A question that hangs on one outside
    // the organisation's jurisdiction does not apply either.
    const Question *q = &question;
    while (true) {
        if (!Jurisdiction::applies(q->jurisdictions, jurisdictions))
            return false;
        if (!q->appliesIf)
            break;
        const Condition &c = *q->appliesIf;
        const QString value = answers.value(c.questionId);
        if (value.isEmpty() || !conditionHolds(c, value))
            return false;
        q = questionnaire.question(c.questionId);
        if (!q)
            return false;
    }
    return true;
}

QuestionnaireScore ReadinessScore::compute(const Questionnaire &questionnaire, const AnswerMap &answers,
                                           const QStringList &jurisdictions)
{
    QuestionnaireScore result;
    result.questionnaireId = questionnaire.id;
    result.version = questionnaire.version;
    result.title = questionnaire.title;
    result.thresholds = questionnaire.rag;
    double weightedSum = 0;
    double weightTotal = 0;
    for (const Section &section : questionnaire.sections) {
        SectionScore s;
        s.sectionId = section.id;
        s.title = section.title;
        s.weight = section.weight;
        s.scoped = section.scoped;
        s.levelCounts.fill(0, questionnaire.scale.levels.size());
        double sum = 0;
        double weights = 0;
        for (const Question &q : section.questions) {
            if (!questionApplies(questionnaire, q, answers, jurisdictions))
                continue;
            ++s.applicable;
            const QString value = answers.value(q.id);
            if (!value.isEmpty())
                ++s.answered;
            if (AnswerValue::isNotApplicable(value)) {
                ++s.notApplicable;
                continue;
            }
            if (section.scoped || !q.isScored())
                continue;
            if (q.type == QuestionType::Maturity && !value.isEmpty()) {
                for (int i = 0; i < questionnaire.scale.levels.size(); ++i)
                    if (questionnaire.scale.levels.at(i).value == value.toInt())
                        ++s.levelCounts[i];
            }
            // Unanswered counts 0 for readiness; coverage reports it.
            sum += q.weight * AnswerValue::fraction(q, questionnaire.scale, value).value_or(0.0);
            weights += q.weight;
            if (AnswerValue::isCriticalGap(q, questionnaire.scale, value))
                ++s.criticalGaps;
        }
        if (weights > 0)
            s.percent = 100.0 * sum / weights;
        s.rag = ragFor(s.percent, questionnaire.rag);
        if (s.criticalGaps > 0 && s.percent) {
            s.cappedByCritical = s.rag != Rag::Red;
            s.rag = Rag::Red;
        }
        if (s.percent) {
            weightedSum += section.weight * *s.percent;
            weightTotal += section.weight;
        }
        result.applicable += s.applicable;
        result.answered += s.answered;
        result.criticalGaps += s.criticalGaps;
        result.sections.append(s);
    }
    if (weightTotal > 0)
        result.percent = weightedSum / weightTotal;
    result.rag = ragFor(result.percent, result.thresholds);
    return result;
}

ReadinessScore ReadinessScore::compute(const QList<Input> &inputs)
{
    ReadinessScore score;
    double weightedSum = 0;
    double weightTotal = 0;
    bool first = true;
    for (const Input &input : inputs) {
        QuestionnaireScore qs = compute(*input.questionnaire, *input.answers, input.jurisdictions);
        // The strictest thresholds of the questionnaires included.
        score.thresholds.redBelow
            = first ? qs.thresholds.redBelow : std::max(score.thresholds.redBelow, qs.thresholds.redBelow);
        score.thresholds.amberBelow
            = first ? qs.thresholds.amberBelow : std::max(score.thresholds.amberBelow, qs.thresholds.amberBelow);
        first = false;
        for (const SectionScore &s : std::as_const(qs.sections)) {
            if (s.percent) {
                weightedSum += s.weight * *s.percent;
                weightTotal += s.weight;
            }
        }
        score.applicable += qs.applicable;
        score.answered += qs.answered;
        score.criticalGaps += qs.criticalGaps;
        score.questionnaires.append(std::move(qs));
    }
    if (weightTotal > 0)
        score.percent = weightedSum / weightTotal;
    score.rag = ragFor(score.percent, score.thresholds);
    return score;
}

} // namespace readiness
