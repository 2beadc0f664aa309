#include "ToReviewLabel.h"

#include "AssessmentSession.h"
#include "ReviewMarks.h"

namespace readiness::ui {

ToReviewLabel::ToReviewLabel(AssessmentSession &session, QWidget *parent)
    : QLabel(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("toReviewCount"));
    setTextFormat(Qt::PlainText);
    connect(&session.document(), &AssessmentDocument::changed, this, &ToReviewLabel::refresh);
    refresh();
}

void ToReviewLabel::refresh()
{
    const ReviewMarks &marks = m_session.reviewMarks();
    setVisible(marks.carriedCount() > 0);
    const int left = marks.toReviewCount();
    setText(left == 0 ? tr("Every carried-over answer reviewed")
                      : tr("%1 of %2 carried-over answers to review").arg(left).arg(marks.carriedCount()));
    setAccessibleName(text());
}

} // namespace readiness::ui
