#include "AssessmentComparison.h"

#include <QSet>

namespace readiness::compare {

namespace {
// Scores are sums of weighted fractions: a difference below this is
// rounding, not a change of answer.
constexpr double kEpsilon = 1e-9;

AssessmentComparison::QuestionChange questionChange(const ComparedAssessment::Question *older,
                                                    const ComparedAssessment::Question *newer)
{
    const ComparedAssessment::Question &q = newer ? *newer : *older;
    return {q.questionnaireId,
            q.questionId,
            q.sectionTitle,
            q.text,
            older ? older->display : QString(),
            newer ? newer->display : QString()};
}
} // namespace

std::optional<double> pointsChange(std::optional<double> before, std::optional<double> after)
{
    if (!before || !after)
        return std::nullopt;
    return *after - *before;
}

std::optional<double> AssessmentComparison::SectionChange::change() const
{
    return pointsChange(before, after);
}

std::optional<double> AssessmentComparison::change() const
{
    return pointsChange(before, after);
}

AssessmentComparison AssessmentComparison::between(const ComparedAssessment &older, const ComparedAssessment &newer)
{
    AssessmentComparison c;
    c.olderPath = older.path;
    c.newerPath = newer.path;
    c.olderTitle = older.title;
    c.newerTitle = newer.title;
    c.olderDate = older.date;
    c.newerDate = newer.date;
    c.before = older.percent;
    c.after = newer.percent;
    c.criticalBefore = older.criticalGaps;
    c.criticalAfter = newer.criticalGaps;

    for (const ComparedAssessment::Section &s : newer.sections) {
        const ComparedAssessment::Section *o = older.section(s.key);
        c.sections.append({s.key, s.questionnaireId, s.sectionId, s.title, o ? o->percent : std::nullopt, s.percent,
                           o ? o->rag : Rag::None, s.rag});
    }
    for (const ComparedAssessment::Section &o : older.sections)
        if (!newer.section(o.key))
            c.sections.append(
                {o.key, o.questionnaireId, o.sectionId, o.title, o.percent, std::nullopt, o.rag, Rag::None});

    for (const ComparedAssessment::Question &n : newer.questions) {
        const ComparedAssessment::Question *o = older.question(n.key);
        if (!o) {
            c.added.append(questionChange(nullptr, &n));
            if (n.criticalGap)
                c.newlyCritical.append(questionChange(nullptr, &n));
            continue;
        }
        if (n.criticalGap && !o->criticalGap)
            c.newlyCritical.append(questionChange(o, &n));
        // Resolved means answered well enough, or no longer applying: an
        // answer that was simply removed resolves nothing.
        if (o->criticalGap && !n.criticalGap && (!n.value.isEmpty() || !n.applies))
            c.resolved.append(questionChange(o, &n));
        if (o->counted && n.counted) {
            if (*n.counted < *o->counted - kEpsilon)
                c.wentDown.append(questionChange(o, &n));
            else if (*n.counted > *o->counted + kEpsilon)
                c.wentUp.append(questionChange(o, &n));
        }
    }
    for (const ComparedAssessment::Question &o : older.questions)
        if (!newer.question(o.key))
            c.removed.append(questionChange(&o, nullptr));

    QSet<QString> ids;
    for (auto it = older.questionnaireVersions.cbegin(); it != older.questionnaireVersions.cend(); ++it)
        ids.insert(it.key());
    for (auto it = newer.questionnaireVersions.cbegin(); it != newer.questionnaireVersions.cend(); ++it)
        ids.insert(it.key());
    QStringList sorted(ids.cbegin(), ids.cend());
    sorted.sort();
    for (const QString &id : std::as_const(sorted)) {
        const QString before = older.questionnaireVersions.value(id);
        const QString after = newer.questionnaireVersions.value(id);
        if (before != after)
            c.versions.append({id, before, after});
    }
    return c;
}

} // namespace readiness::compare
