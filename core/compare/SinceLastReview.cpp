#include "SinceLastReview.h"

#include "PredecessorLink.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace readiness::compare::SinceLastReview {

namespace {
using Section = ReportModel::SinceLastReview;

QList<Section::Change> changes(const QList<AssessmentComparison::QuestionChange> &list)
{
    QList<Section::Change> out;
    for (const AssessmentComparison::QuestionChange &c : list)
        out.append({c.questionnaireId, c.questionId, c.text, c.before, c.after});
    return out;
}
} // namespace

ReportModel::SinceLastReview fromComparison(const AssessmentComparison &c)
{
    Section s;
    s.previousFile = c.olderPath;
    s.previousTitle = c.olderTitle;
    s.previousDate = c.olderDate.toUTC().date();
    s.before = c.before;
    s.after = c.after;
    s.criticalBefore = c.criticalBefore;
    s.criticalAfter = c.criticalAfter;
    for (const AssessmentComparison::SectionChange &sc : c.sections)
        s.sections.append({sc.title, sc.before, sc.after});
    s.newlyCritical = changes(c.newlyCritical);
    s.resolved = changes(c.resolved);
    s.wentDown = changes(c.wentDown);
    s.wentUp = int(c.wentUp.size());
    s.added = int(c.added.size());
    s.removed = int(c.removed.size());
    return s;
}

Result<std::optional<ReportModel::SinceLastReview>> build(const AssessmentDocument &document, const ReportModel &model,
                                                          const QString &previousPath)
{
    const ComparedAssessment current
        = ComparedAssessment::fromModel(model, document.path(), document.repository().fileId());
    if (!previousPath.isEmpty()) {
        auto previous = ComparedAssessment::load(previousPath, model.language);
        if (!previous)
            return previous.error();
        Section s = fromComparison(AssessmentComparison::between(*previous, current));
        s.chosen = true;
        return std::optional<Section>(s);
    }
    auto link = PredecessorLink::of(document.repository(), document.path());
    if (!link)
        return link.error();
    if (!link->isNamed())
        return std::optional<Section>();
    Section s;
    s.previousFile = link->path;
    s.expectedFileId = link->fileId;
    if (!QFileInfo(link->resolvedPath).isFile()) {
        s.state = Section::State::Missing;
        return std::optional<Section>(s);
    }
    auto previous = ComparedAssessment::load(link->resolvedPath, model.language);
    if (!previous) {
        s.state = Section::State::Unreadable;
        s.problem = previous.error().message;
        return std::optional<Section>(s);
    }
    if (!link->fileId.isEmpty() && previous->fileId != link->fileId) {
        s.state = Section::State::DifferentFile;
        s.foundFileId = previous->fileId;
        return std::optional<Section>(s);
    }
    Section compared = fromComparison(AssessmentComparison::between(*previous, current));
    compared.previousFile = link->path;
    compared.expectedFileId = link->fileId;
    return std::optional<Section>(compared);
}

} // namespace readiness::compare::SinceLastReview
