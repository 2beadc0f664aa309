#include "ComparisonJson.h"

#include <QJsonArray>

#include <cmath>

using namespace Qt::StringLiterals;

namespace readiness::compare {

QJsonValue percentJson(std::optional<double> value)
{
    if (!value)
        return QJsonValue(QJsonValue::Null);
    const double rounded = std::round(*value * 10.0) / 10.0;
    return rounded == 0.0 ? 0.0 : rounded; // no "-0"
}

namespace {
QJsonArray questions(const QList<AssessmentComparison::QuestionChange> &list)
{
    QJsonArray out;
    for (const AssessmentComparison::QuestionChange &c : list)
        out.append(QJsonObject {{u"questionnaire"_s, c.questionnaireId},
                                {u"question"_s, c.questionId},
                                {u"section"_s, c.sectionTitle},
                                {u"text"_s, c.text},
                                {u"before"_s, c.before},
                                {u"after"_s, c.after}});
    return out;
}

QJsonObject step(const AssessmentComparison &c)
{
    QJsonArray sections;
    for (const AssessmentComparison::SectionChange &s : c.sections)
        sections.append(QJsonObject {{u"questionnaire"_s, s.questionnaireId},
                                     {u"section"_s, s.sectionId},
                                     {u"title"_s, s.title},
                                     {u"before"_s, percentJson(s.before)},
                                     {u"after"_s, percentJson(s.after)},
                                     {u"change"_s, percentJson(s.change())}});
    QJsonArray versions;
    for (const AssessmentComparison::VersionChange &v : c.versions)
        versions.append(QJsonObject {{u"questionnaire"_s, v.questionnaireId},
                                     {u"before"_s, v.before.isEmpty() ? QJsonValue() : QJsonValue(v.before)},
                                     {u"after"_s, v.after.isEmpty() ? QJsonValue() : QJsonValue(v.after)}});
    return {{u"from"_s, c.olderPath},
            {u"to"_s, c.newerPath},
            {u"overall"_s,
             QJsonObject {{u"before"_s, percentJson(c.before)},
                          {u"after"_s, percentJson(c.after)},
                          {u"change"_s, percentJson(c.change())},
                          {u"criticalGapsBefore"_s, c.criticalBefore},
                          {u"criticalGapsAfter"_s, c.criticalAfter}}},
            {u"sections"_s, sections},
            {u"newlyCritical"_s, questions(c.newlyCritical)},
            {u"resolved"_s, questions(c.resolved)},
            {u"wentDown"_s, questions(c.wentDown)},
            {u"wentUp"_s, questions(c.wentUp)},
            {u"added"_s, questions(c.added)},
            {u"removed"_s, questions(c.removed)},
            {u"questionnaireVersions"_s, versions}};
}
} // namespace

QJsonObject comparisonJson(const AssessmentSeries &series)
{
    QJsonArray assessments;
    for (const ComparedAssessment &a : series.assessments) {
        QJsonArray sections;
        for (const ComparedAssessment::Section &s : a.sections)
            sections.append(QJsonObject {{u"questionnaire"_s, s.questionnaireId},
                                         {u"section"_s, s.sectionId},
                                         {u"title"_s, s.title},
                                         {u"percent"_s, percentJson(s.percent)},
                                         {u"rag"_s, ragName(s.rag)}});
        assessments.append(QJsonObject {{u"file"_s, a.path},
                                        {u"fileId"_s, a.fileId},
                                        {u"organisation"_s, a.organisation},
                                        {u"title"_s, a.title},
                                        {u"date"_s, a.date.toUTC().toString(Qt::ISODate)},
                                        {u"percent"_s, percentJson(a.percent)},
                                        {u"rag"_s, ragName(a.rag)},
                                        {u"criticalGaps"_s, a.criticalGaps},
                                        {u"sections"_s, sections}});
    }
    QJsonArray warnings;
    for (const AssessmentSeries::Warning &w : series.warnings)
        warnings.append(QJsonObject {
            {u"kind"_s, w.kind == AssessmentSeries::Warning::Kind::SameFile ? u"same-file"_s : u"other-organisation"_s},
            {u"message"_s, w.message()}});
    QJsonArray steps;
    for (const AssessmentComparison &c : series.steps)
        steps.append(step(c));
    return {{u"assessments"_s, assessments}, {u"warnings"_s, warnings}, {u"comparisons"_s, steps}};
}

} // namespace readiness::compare
