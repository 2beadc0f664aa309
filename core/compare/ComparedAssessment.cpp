#include "ComparedAssessment.h"

#include "AnswerValue.h"
#include "AssessmentDocument.h"

using namespace Qt::StringLiterals;

namespace readiness::compare {

const ComparedAssessment::Question *ComparedAssessment::question(const QString &key) const
{
    const auto it = m_questionIndex.constFind(key);
    return it == m_questionIndex.cend() ? nullptr : &questions.at(*it);
}

const ComparedAssessment::Section *ComparedAssessment::section(const QString &key) const
{
    const auto it = m_sectionIndex.constFind(key);
    return it == m_sectionIndex.cend() ? nullptr : &sections.at(*it);
}

ComparedAssessment ComparedAssessment::fromModel(const ReportModel &model, const QString &path, const QString &fileId)
{
    ComparedAssessment a;
    a.path = path;
    a.fileId = fileId;
    a.organisation = model.organisation.name;
    a.title = model.assessment.title;
    a.date = model.assessment.createdAt;
    a.percent = model.score.percent;
    a.rag = model.score.rag;
    a.criticalGaps = model.score.criticalGaps;
    for (const ReportModel::QuestionnaireInfo &q : model.questionnaires)
        a.questionnaireVersions.insert(q.id, q.version);
    for (const ReportModel::SectionDetail &s : model.sections) {
        if (!s.scoped) {
            a.m_sectionIndex.insert(s.questionnaireId + u'/' + s.sectionId, int(a.sections.size()));
            a.sections.append({s.questionnaireId + u'/' + s.sectionId, s.questionnaireId, s.sectionId, s.title,
                               s.score.percent, s.score.rag, s.score.criticalGaps});
        }
        for (const ReportModel::QuestionDetail &d : s.questions) {
            Question q;
            q.key = d.questionnaireId + u':' + d.questionId;
            q.questionnaireId = d.questionnaireId;
            q.questionId = d.questionId;
            q.sectionTitle = s.title;
            q.text = d.text;
            q.value = d.value;
            q.display
                = d.value.isEmpty() ? (model.language == "de"_L1 ? u"Unbeantwortet"_s : u"Unanswered"_s) : d.display;
            q.applies = d.applies;
            q.scored = d.scored;
            q.criticalGap = d.criticalGap;
            // As the score counts it: unanswered is 0, N/A drops out.
            if (d.applies && d.scored && !AnswerValue::isNotApplicable(d.value))
                q.counted = d.value.isEmpty() ? 0.0 : d.fraction;
            a.m_questionIndex.insert(q.key, int(a.questions.size()));
            a.questions.append(q);
        }
    }
    return a;
}

Result<ComparedAssessment> ComparedAssessment::load(const QString &path, const QString &language)
{
    auto doc = AssessmentDocument::open(path, AssessmentFile::Mode::ReadOnly);
    if (!doc)
        return doc.error();
    ReportModel::Options options;
    options.language = language;
    auto model = ReportModel::build(**doc, options);
    if (!model)
        return model.error();
    return fromModel(*model, path, (*doc)->repository().fileId());
}

} // namespace readiness::compare
