#include "ReviewReport.h"

#include "AssessmentDocument.h"
#include "ReviewRepository.h"

#include <QHash>

namespace readiness::review::ReviewReport {

Status complete(const AssessmentDocument &document, ReportModel &model)
{
    auto carried = ReviewRepository::carriedOf(document.repository(), document.assessment().id);
    if (!carried)
        return carried.error();
    QHash<QString, const CarriedAnswer *> toReview; // "ref/question"
    for (const CarriedAnswer &c : std::as_const(*carried)) {
        const auto *entry = document.questionnaire(c.questionnaireRef);
        const QString questionnaireId = entry ? entry->questionnaire.id : QString();
        if (c.state == CarriedState::History)
            model.carriedHistory.append({questionnaireId, c.questionId, c.questionText, c.value, c.note, c.fromVersion,
                                         carriedMoveName(c.move), c.answeredAt.date()});
        else if (c.isToReview())
            toReview.insert(QString::number(c.questionnaireRef) + u'/' + c.questionId, &c);
    }
    model.toReviewCount = int(toReview.size());
    for (ReportModel::SectionDetail &s : model.sections)
        for (ReportModel::QuestionDetail &q : s.questions)
            if (const CarriedAnswer *c = toReview.value(QString::number(q.questionnaireRef) + u'/' + q.questionId)) {
                q.toReview = true;
                q.carriedFrom = c->answeredAt.date();
            }
    return success();
}

} // namespace readiness::review::ReviewReport
